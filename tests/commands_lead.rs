#![cfg(not(target_arch = "wasm32"))]
//! What a participant's device may do in a live room: its own notes and its own turn in a vote; the rest is
//! the facilitator's.

use querwerk::commands::{participant_may, Command, CommandError};
use querwerk::model::*;

struct Room {
    ws: Workshop,
    board: BoardId,
    anna: MemberId,
    ben: MemberId,
    annas: NoteId,
    shared: NoteId,
}

/// A free board with a note Anna wrote on her phone and one from the shared screen, and a vote of Anna and Ben.
fn room() -> Room {
    let mut ws = Workshop::new("Kick-off", "", Timestamp(0));
    let anna = Member::new("Anna", Role::Creative, Timestamp(0));
    let ben = Member::new("Ben", Role::Company, Timestamp(0));
    let mut board = Board::from_template(&templates::free(), "Ideen", Timestamp(0));
    let mut annas = Note::new("Von Anna", "notes", 1.0, Timestamp(0));
    annas.author = Some(anna.id);
    let shared = Note::new("Vom Bildschirm", "notes", 2.0, Timestamp(0));
    let (annas_id, shared_id) = (annas.id, shared.id);
    board.notes = vec![annas, shared];
    board.voting = Some(Voting::new([anna.id, ben.id], 3, Timestamp(0)));
    let board_id = board.id;
    ws.members = vec![anna.clone(), ben.clone()];
    ws.boards = vec![board];
    Room {
        ws,
        board: board_id,
        anna: anna.id,
        ben: ben.id,
        annas: annas_id,
        shared: shared_id,
    }
}

fn voting(r: &Room) -> Voting {
    r.ws.boards[0].voting.clone().unwrap()
}

#[test]
fn a_participant_removes_and_carries_off_only_their_own_notes() {
    let r = room();
    let delete = |note| {
        vec![Command::DeleteNote {
            board: r.board,
            note,
        }]
    };
    assert_eq!(
        participant_may(&r.ws, &delete(r.annas), Some(r.anna)),
        Ok(())
    );
    assert_eq!(
        participant_may(&r.ws, &delete(r.shared), Some(r.anna)),
        Err(CommandError::LeadOnly)
    );
    assert_eq!(
        participant_may(&r.ws, &delete(r.annas), Some(r.ben)),
        Err(CommandError::LeadOnly)
    );
    assert_eq!(
        participant_may(&r.ws, &delete(r.annas), None),
        Err(CommandError::LeadOnly)
    );
    // Inside a batch too.
    let batch = vec![Command::Batch(delete(r.shared))];
    assert_eq!(
        participant_may(&r.ws, &batch, Some(r.anna)),
        Err(CommandError::LeadOnly)
    );
    // Renumbering a neighbour within its zone is part of placing one's own note; another zone is not.
    let to = |note, zone: &str| {
        vec![Command::MoveNote {
            board: r.board,
            note,
            zone: zone.into(),
            order: 5.0,
        }]
    };
    assert_eq!(
        participant_may(&r.ws, &to(r.shared, "notes"), Some(r.anna)),
        Ok(())
    );
    assert_eq!(
        participant_may(&r.ws, &to(r.shared, "elsewhere"), Some(r.anna)),
        Err(CommandError::LeadOnly)
    );
    assert_eq!(
        participant_may(&r.ws, &to(r.annas, "elsewhere"), Some(r.anna)),
        Ok(())
    );
    // Writing is everyone's.
    let edit = vec![Command::EditNote {
        board: r.board,
        note: r.shared,
        text: "Ergänzt".into(),
    }];
    assert_eq!(participant_may(&r.ws, &edit, None), Ok(()));
}

#[test]
fn a_participant_takes_only_their_own_turn_and_never_starts_changes_or_reveals_a_vote() {
    let r = room();
    let set = |v: Option<Voting>| {
        vec![Command::SetVoting {
            board: r.board,
            voting: v,
        }]
    };
    let mut mine = voting(&r);
    mine.voters[0].dots = vec![r.shared, r.shared];
    mine.voters[0].done = true;
    assert_eq!(
        participant_may(&r.ws, &set(Some(mine.clone())), Some(r.anna)),
        Ok(())
    );
    // The same change as Ben's device, or with no one picked: not theirs.
    assert_eq!(
        participant_may(&r.ws, &set(Some(mine.clone())), Some(r.ben)),
        Err(CommandError::LeadOnly)
    );
    assert_eq!(
        participant_may(&r.ws, &set(Some(mine)), None),
        Err(CommandError::LeadOnly)
    );
    let mut revealed = voting(&r);
    revealed.revealed = true;
    let mut more_dots = voting(&r);
    more_dots.dots_each = 5;
    let mut fewer = voting(&r);
    fewer.voters.pop();
    for refused in [Some(revealed), Some(more_dots), Some(fewer), None] {
        assert_eq!(
            participant_may(&r.ws, &set(refused), Some(r.anna)),
            Err(CommandError::LeadOnly)
        );
    }
    let mut ws = r.ws.clone();
    ws.boards[0].voting = None;
    let start = vec![Command::SetVoting {
        board: r.board,
        voting: Some(voting(&r)),
    }];
    assert_eq!(
        participant_may(&ws, &start, Some(r.anna)),
        Err(CommandError::LeadOnly)
    );
}

#[test]
fn boards_and_the_agenda_are_the_facilitators() {
    let r = room();
    let cmds = [
        Command::DeleteBoard { board: r.board },
        Command::SetAgenda { agenda: None },
    ];
    for cmd in cmds {
        assert_eq!(
            participant_may(&r.ws, &[cmd], Some(r.anna)),
            Err(CommandError::LeadOnly)
        );
    }
    let add = Command::AddNote {
        board: r.board,
        note: Note::new("Neu", "notes", 3.0, Timestamp(1)),
    };
    assert_eq!(participant_may(&r.ws, &[add], None), Ok(()));
}
