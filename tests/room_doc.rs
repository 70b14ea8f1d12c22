#![cfg(not(target_arch = "wasm32"))]
//! The live room's shared document: a workshop survives the round trip, devices converge, concurrent edits of
//! different notes and fields both survive, and only changed fields are written.

mod support;

use proptest::prelude::*;
use querwerk::format::{import_workshop, to_stored};
use querwerk::live::{RoomDoc, RoomKey};
use querwerk::model::*;
use support::{catalogue, documented_workshop};

fn key() -> RoomKey {
    RoomKey::from_bytes([7; 32])
}

/// What the file reader makes of `ws`: the room must give exactly this.
fn as_imported(ws: &Workshop) -> Workshop {
    import_workshop(&to_stored(ws, "now")).unwrap().workshop
}

/// A device that joined: it holds everything `from` holds.
fn joined(from: &RoomDoc) -> RoomDoc {
    let doc = RoomDoc::new(&key());
    doc.apply(&from.state()).unwrap();
    doc
}

/// Both devices send each other what the other has not seen; returns what each reads afterwards.
fn exchange(a: &RoomDoc, b: &RoomDoc) -> (Workshop, Workshop) {
    let to_b = a.update_since(&b.state_vector()).unwrap();
    let to_a = b.update_since(&a.state_vector()).unwrap();
    (a.apply(&to_a).unwrap(), b.apply(&to_b).unwrap())
}

fn first_note(ws: &mut Workshop, board: usize, note: usize) -> &mut Note {
    &mut ws.boards[board].notes[note]
}

#[test]
fn a_realistic_workshop_round_trips() {
    let ws = documented_workshop(&catalogue());
    assert_eq!(as_imported(&ws), ws, "the fixture is what the reader keeps");
    let doc = RoomDoc::new(&key());
    assert!(doc.write(&ws).unwrap().is_some());
    assert_eq!(doc.read().unwrap(), ws);
    // And on a second device that only got the bytes.
    assert_eq!(joined(&doc).read().unwrap(), ws);
}

#[test]
fn writing_the_same_workshop_again_changes_nothing() {
    let ws = documented_workshop(&catalogue());
    let doc = RoomDoc::new(&key());
    doc.write(&ws).unwrap();
    let before = doc.state_vector();
    assert_eq!(doc.write(&ws).unwrap(), None);
    assert_eq!(doc.write(&doc.read().unwrap()).unwrap(), None);
    assert_eq!(doc.state_vector(), before);
}

#[test]
fn one_edit_sends_one_field() {
    let mut ws = documented_workshop(&catalogue());
    let doc = RoomDoc::new(&key());
    let whole = doc.write(&ws).unwrap().unwrap();
    first_note(&mut ws, 1, 0).colour = NoteColour::Blue;
    let edit = doc.write(&ws).unwrap().unwrap();
    // A key name, an id and a colour: far below one sealed text.
    assert!(edit.len() < 120, "{} bytes", edit.len());
    first_note(&mut ws, 1, 0).text = "Telefon, Bürgerbus und Abholstation".into();
    let text = doc.write(&ws).unwrap().unwrap();
    assert!(text.len() < 250, "{} bytes", text.len());
    assert!(whole.len() > 20 * text.len());
    assert_eq!(doc.read().unwrap(), ws);
}

#[test]
fn two_devices_converge() {
    let mut ws = documented_workshop(&catalogue());
    let a = RoomDoc::new(&key());
    a.write(&ws).unwrap();
    let b = joined(&a);
    let mut on_b = b.read().unwrap();
    ws.title = "Dorfladen digital #3".into();
    ws.members[0].name = "Anna V.".into();
    on_b.question = "Wie könnten wir alle Kundinnen erreichen?".into();
    on_b.boards[2].done = false;
    a.write(&ws).unwrap();
    b.write(&on_b).unwrap();
    let (on_a, on_b) = exchange(&a, &b);
    assert_eq!(on_a, on_b);
    assert_eq!(on_a.title, "Dorfladen digital #3");
    assert_eq!(on_a.members[0].name, "Anna V.");
    assert_eq!(on_a.question, "Wie könnten wir alle Kundinnen erreichen?");
    assert!(!on_a.boards[2].done);
}

#[test]
fn concurrent_edits_of_different_notes_and_fields_both_survive() {
    let ws = documented_workshop(&catalogue());
    let a = RoomDoc::new(&key());
    a.write(&ws).unwrap();
    let b = joined(&a);
    let (mut on_a, mut on_b) = (ws.clone(), ws.clone());
    // Different notes.
    first_note(&mut on_a, 3, 0).text = "Text von A".into();
    first_note(&mut on_b, 3, 1).text = "Text von B".into();
    // Different fields of one note.
    first_note(&mut on_a, 3, 2).text = "Neuer Text von A".into();
    first_note(&mut on_b, 3, 2).colour = NoteColour::Green;
    first_note(&mut on_b, 3, 2).zone = "thinks".into();
    // A new note on each side, on the same board.
    let t = Timestamp(1_795_856_400_000 + 90 * 60_000);
    on_a.boards[3]
        .notes
        .push(Note::new("Neu von A", "feels", 10.0, t));
    on_b.boards[3]
        .notes
        .push(Note::new("Neu von B", "feels", 11.0, t));
    // A deletes a note while B edits its text: the tombstone stays.
    first_note(&mut on_a, 3, 6).deleted = true;
    first_note(&mut on_b, 3, 6).text = "Fühlt sich allein".into();
    a.write(&on_a).unwrap();
    b.write(&on_b).unwrap();
    let (on_a, on_b) = exchange(&a, &b);
    assert_eq!(on_a, on_b);
    let notes = &on_a.boards[3].notes;
    let text = |i: usize| notes[i].text.as_str();
    assert_eq!(text(0), "Text von A");
    assert_eq!(text(1), "Text von B");
    assert_eq!(text(2), "Neuer Text von A");
    assert_eq!(notes[2].colour, NoteColour::Green);
    assert_eq!(notes[2].zone, "thinks");
    assert!(notes[6].deleted);
    assert_eq!(text(6), "Fühlt sich allein");
    let new: Vec<&str> = notes[9..].iter().map(|n| n.text.as_str()).collect();
    assert_eq!(new.len(), 2);
    assert!(new.contains(&"Neu von A") && new.contains(&"Neu von B"));
    // After the merge both devices write the same list order, and then nothing more.
    a.write(&on_a).unwrap();
    b.write(&on_b).unwrap();
    let (on_a, on_b) = exchange(&a, &b);
    assert_eq!(on_a, on_b);
    assert_eq!(a.write(&on_a).unwrap(), None);
}

#[test]
fn two_phones_writing_different_pitch_fields_both_keep_their_text() {
    use querwerk::model::pitch::PitchField;
    let ws = documented_workshop(&catalogue());
    let a = RoomDoc::new(&key());
    a.write(&ws).unwrap();
    let b = joined(&a);
    let mut on_a = ws.clone();
    on_a.pitch = on_a
        .pitch
        .with_text(PitchField::Challenge, Some("Frage von A".into()));
    let mut on_b = ws.clone();
    on_b.pitch = on_b
        .pitch
        .with_text(PitchField::Audience, Some("Publikum von B".into()));
    a.write(&on_a).unwrap();
    b.write(&on_b).unwrap();
    let (on_a, on_b) = exchange(&a, &b);
    assert_eq!(on_a, on_b);
    let text = |f| on_a.pitch.texts.get(&f).map(|t| t.text.as_str());
    assert_eq!(text(PitchField::Challenge), Some("Frage von A"));
    assert_eq!(text(PitchField::Audience), Some("Publikum von B"));
    // Taking a text back removes its key.
    let mut cleared = on_a.clone();
    cleared.pitch = cleared.pitch.with_text(PitchField::Audience, None);
    a.write(&cleared).unwrap();
    assert_eq!(joined(&a).read().unwrap(), cleared);
}

#[test]
fn two_phones_voting_at_once_both_count() {
    let ws = documented_workshop(&catalogue());
    let a = RoomDoc::new(&key());
    a.write(&ws).unwrap();
    let b = joined(&a);
    let (mut on_a, mut on_b) = (ws.clone(), ws.clone());
    let ideas = |w: &mut Workshop| w.boards[1].voting.as_mut().unwrap().voters.clone();
    let (first, second) = (ideas(&mut on_a)[0].member, ideas(&mut on_a)[1].member);
    let dots = |w: &Workshop| w.boards[1].notes.iter().map(|n| n.id).collect::<Vec<_>>();
    let (da, db) = (dots(&on_a), dots(&on_b));
    let set = |w: &mut Workshop, member, d: Vec<NoteId>| {
        let v = w.boards[1].voting.as_mut().unwrap();
        let voter = v.voters.iter_mut().find(|x| x.member == member).unwrap();
        voter.dots = d;
    };
    set(&mut on_a, first, vec![da[1], da[1], da[1]]);
    set(&mut on_b, second, vec![db[2], db[2], db[0]]);
    a.write(&on_a).unwrap();
    b.write(&on_b).unwrap();
    let (on_a, on_b) = exchange(&a, &b);
    assert_eq!(on_a, on_b);
    let voting = on_a.boards[1].voting.as_ref().unwrap();
    assert_eq!(voting.voter(first).unwrap().dots, vec![da[1]; 3]);
    assert_eq!(
        voting.voter(second).unwrap().dots,
        vec![db[2], db[2], db[0]]
    );
}

#[test]
fn a_voter_taken_out_stays_out_and_a_vote_removed_is_gone() {
    let mut ws = documented_workshop(&catalogue());
    let a = RoomDoc::new(&key());
    a.write(&ws).unwrap();
    ws.boards[1].voting.as_mut().unwrap().voters.remove(0);
    a.write(&ws).unwrap();
    assert_eq!(a.read().unwrap(), ws);
    ws.boards[1].voting = None;
    a.write(&ws).unwrap();
    assert_eq!(joined(&a).read().unwrap(), ws);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Any valid workshop comes out of the room as the file reader reads it.
    #[test]
    fn any_workshop_round_trips(ws in support::workshop()) {
        let doc = RoomDoc::new(&key());
        doc.write(&ws).unwrap();
        prop_assert_eq!(joined(&doc).read().unwrap(), as_imported(&ws));
    }
}
