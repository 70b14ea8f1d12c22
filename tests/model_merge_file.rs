#![cfg(not(target_arch = "wasm32"))]
//! Merging a file honestly (issue 11): future times are clamped and counted, the preview lists every item of
//! this copy the merge overwrites or deletes, of every kind, and the result is repaired as an import is.

mod support;

use proptest::prelude::*;
use querwerk::i18n::merge::loss_text;
use querwerk::i18n::Lang;
use querwerk::model::agenda::DayTemplate;
use querwerk::model::merge::*;
use querwerk::model::pitch::{Criterion, FieldText, PitchField, PitchKind, PitchPlan};
use querwerk::model::*;

const NOW: Timestamp = Timestamp(2_000_000_000_000);

/// A workshop with one of everything, all stamped at `t`.
fn start(t: Timestamp) -> Workshop {
    let mut ws = Workshop::new("Kickoff", "Wie könnten wir?", t);
    ws.members.push(Member::new("Anna", Role::Company, t));
    let mut board = Board::from_template(&templates::empathy_map(), "Empathy Map", t);
    let cluster = Cluster::new("Zeit", t);
    let mut note = Note::new("Öffnungszeiten", "says", 1.0, t);
    note.cluster = Some(cluster.id);
    board.clusters.push(cluster);
    board.notes.push(note);
    board.notes.push(Note::new("Parkplatz", "does", 1.0, t));
    board.voting = Some(Voting::new([ws.members[0].id], 3, t));
    ws.boards.push(board);
    ws.agenda = Some(DayTemplate::Kickoff.agenda(540, t));
    ws.pitch.texts.insert(
        PitchField::Team,
        FieldText {
            text: "Anna und Ben".into(),
            updated: t,
        },
    );
    ws.pitch.plans.insert(
        PitchKind::Question,
        PitchPlan {
            updated: t,
            ..PitchPlan::default()
        },
    );
    ws.pitch.jury.ratings.insert(Criterion::Clarity, 3);
    ws.pitch.jury.updated = t;
    ws
}

#[test]
fn the_preview_lists_every_kind_of_item_the_merge_overwrites_or_deletes() {
    let local = start(Timestamp(1_000));
    let mut file = local.clone();
    let t = Timestamp(2_000);
    file.title = "Kickoff (Kopie)".into();
    file.question = "Wie können wir?".into();
    file.updated = t;
    file.members[0].name = "Anna R.".into();
    file.members[0].updated = t;
    let b = &mut file.boards[0];
    b.title = "Empathie".into();
    b.zones.pop();
    b.updated = t;
    b.notes[0].text = "Öffnungszeiten bis 18 Uhr".into();
    b.notes[0].updated = t;
    b.notes[1].deleted = true;
    b.notes[1].updated = t;
    b.clusters[0].name = "Zeiten".into();
    b.clusters[0].updated = t;
    b.voting.as_mut().unwrap().dots_each = 5;
    b.voting.as_mut().unwrap().updated = t;
    let agenda = file.agenda.as_mut().unwrap();
    agenda.start = 600;
    agenda.updated = t;
    let team = file.pitch.texts.get_mut(&PitchField::Team).unwrap();
    team.text = "Anna, Ben und Cem".into();
    team.updated = t;
    let plan = file.pitch.plans.get_mut(&PitchKind::Question).unwrap();
    plan.length_secs = 300;
    plan.updated = t;
    file.pitch.jury.ratings.insert(Criterion::Clarity, 5);
    file.pitch.jury.updated = t;

    // Only the file changed since they parted: no conflicts, so the note text is a plain loss.
    let p = preview_file(&local, &file, Some(Timestamp(1_500)), NOW);
    assert!(p.conflicts.is_empty());
    assert_eq!(p.clamped, 0);
    let items: Vec<(Item, bool)> = p.losses.iter().map(|l| (l.item, l.deleted)).collect();
    assert_eq!(
        items,
        vec![
            (Item::Title, false),
            (Item::Question, false),
            (Item::Member, false),
            (Item::BoardTitle, false),
            (Item::Zones, false),
            (Item::Note, false),
            (Item::Note, true),
            (Item::Cluster, false),
            (Item::Vote, false),
            (Item::Agenda, false),
            (Item::PitchText(PitchField::Team), false),
            (Item::PitchPlan(PitchKind::Question), false),
            (Item::Jury(PitchKind::Result), false),
        ]
    );
    assert_eq!(p.losses[0].was, "Kickoff");
    assert_eq!(p.losses[6].was, "Parkplatz");
    assert_eq!(p.losses[6].board.as_deref(), Some("Empathy Map"));
    let lines: Vec<String> = p.losses.iter().map(|l| loss_text(Lang::De, l)).collect();
    assert_eq!(
        lines[6],
        "Notiz auf „Empathy Map“: „Parkplatz“ – wird gelöscht"
    );
    assert_eq!(
        lines[10],
        "Pitch-Feld „Team“: „Anna und Ben“ – wird ersetzt"
    );
    assert_eq!(lines[12], "Jury-Check zum Ergebnis-Pitch – wird ersetzt");
    assert_eq!(
        loss_text(Lang::En, &p.losses[8]),
        "Dot vote on “Empathy Map” – replaced"
    );

    // Members and boards deleted in the file are listed as deleted.
    let mut gone = file.clone();
    gone.members[0].deleted = true;
    gone.boards[0].deleted = true;
    let p = preview_file(&local, &gone, None, NOW);
    assert!(p.losses.contains(&Loss {
        item: Item::Member,
        board: None,
        was: "Anna".into(),
        deleted: true
    }));
    assert!(p.losses.contains(&Loss {
        item: Item::Board,
        board: None,
        was: "Empathy Map".into(),
        deleted: true
    }));
    // Nothing to lose when the file is this copy.
    assert!(preview_file(&local, &local, None, NOW).losses.is_empty());
}

#[test]
fn future_times_in_a_file_are_clamped_and_cannot_win_later_merges() {
    let local = start(Timestamp(1_000));
    let mut file = local.clone();
    let far = Timestamp(i64::MAX);
    file.boards[0].notes[0].text = "aus der Zukunft".into();
    file.boards[0].notes[0].updated = far;
    file.updated = Timestamp(NOW.0 + 3 * 365 * 86_400_000);
    // Within the skew: kept as it is.
    file.members[0].updated = Timestamp(NOW.0 + SKEW_MS - 1);

    let p = preview_file(&local, &file, None, NOW);
    assert_eq!(p.clamped, 2);
    let id = local.boards[0].notes[0].id;
    let text = |ws: &Workshop| ws.boards[0].note(id).unwrap().text.clone();
    let merged = merge_file(&local, &file, None, NOW);
    let note = merged.boards[0].note(id).unwrap();
    assert_eq!(note.text, "aus der Zukunft");
    assert_eq!(note.updated, Timestamp(NOW.0 + SKEW_MS));
    assert_eq!(merged.members[0].updated, Timestamp(NOW.0 + SKEW_MS - 1));
    assert!(merged.updated <= Timestamp(NOW.0 + SKEW_MS));

    // A copy edited honestly ten minutes after the merge wins over what came from the broken clock.
    let ten = Timestamp(NOW.0 + 10 * 60 * 1000);
    let edit = |ws: &Workshop| {
        let mut ws = ws.clone();
        let cmd = querwerk::commands::Command::EditNote {
            board: note_board(&ws),
            note: id,
            text: "hier geändert".into(),
        };
        ws.apply(&cmd, ten).unwrap();
        ws
    };
    let honest = edit(&merged);
    let result = merge_file(&merged, &honest, None, ten);
    assert_eq!(text(&result), "hier geändert");

    // Without clamping, the broken clock would have won that one too, and every later one.
    let unclamped = merge::merge(&local, &file);
    let result = merge::merge(&unclamped, &edit(&unclamped));
    assert_eq!(text(&result), "aus der Zukunft");
}

fn note_board(ws: &Workshop) -> BoardId {
    ws.boards[0].id
}

#[test]
fn the_merged_workshop_is_repaired_like_an_import() {
    let local = start(Timestamp(1_000));
    let mut file = local.clone();
    // The file's board lost the zone "does" and is newer, so its zones win; the local note there must move.
    let b = &mut file.boards[0];
    b.zones.retain(|z| z.key != "does");
    b.updated = Timestamp(2_000);
    // The file's vote is newer and has a dot on a note only the local copy deleted meanwhile.
    let voted = b.notes[0].id;
    let member = file.members[0].id;
    let v = b.voting.as_mut().unwrap();
    v.voters[0].dots = vec![voted];
    v.updated = Timestamp(2_000);
    let mut local = local;
    local.boards[0].notes[0].deleted = true;
    local.boards[0].notes[0].updated = Timestamp(1_500);
    // And the local copy removed the group the file's note still points at.
    local.boards[0].clusters.clear();
    file.boards[0].clusters.clear();

    let merged = merge_file(&local, &file, None, NOW);
    let board = &merged.boards[0];
    assert!(board
        .notes
        .iter()
        .all(|n| board.zones.iter().any(|z| z.key == n.zone)));
    assert!(board.notes.iter().all(|n| n.cluster.is_none()));
    let voter = board.voting.as_ref().unwrap().voter(member).unwrap();
    assert!(voter.dots.is_empty(), "no dot on a deleted note");
    assert_eq!(validate::validate_workshop(&merged), Ok(()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Clamping on the way in keeps the merge's laws for files from the same moment, and a file merged twice
    /// changes nothing the second time.
    #[test]
    fn clamping_keeps_merge_laws_and_merging_twice_changes_nothing(a in support::workshop(), b in support::workshop()) {
        let now = Timestamp(2_000_000_000_000);
        let mut b = b;
        b.id = a.id;
        let (mut ca, mut cb) = (a.clone(), b.clone());
        clamp_future(&mut ca, now);
        clamp_future(&mut cb, now);
        prop_assert_eq!(merge::merge(&ca, &cb), merge::merge(&cb, &ca));
        let mut twice = cb.clone();
        prop_assert_eq!(clamp_future(&mut twice, now), 0);
        prop_assert_eq!(&twice, &cb);
        let once = merge_file(&a, &b, None, now);
        let again = merge_file(&once, &b, None, now);
        prop_assert_eq!(preview_file(&again, &b, None, now).losses, vec![]);
    }
}
