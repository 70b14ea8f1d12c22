#![cfg(not(target_arch = "wasm32"))]
//! yrs and the JavaScript Yjs that the sync server and its clients run (server/package.json) read each
//! other's updates: Querwerk's document goes through `node server/interop.mjs` and an edit made there comes back.

mod support;

use querwerk::live::{RoomDoc, RoomKey};
use querwerk::model::NoteColour;
use std::path::Path;
use std::process::Command;
use support::{catalogue, documented_workshop};

#[test]
fn javascript_yjs_reads_the_room_and_querwerk_reads_its_edit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // `make test` installs it (scripts/setup.sh); a bare `cargo test` on a fresh checkout says what is missing.
    assert!(
        root.join("server/node_modules/yjs").is_dir(),
        "run `make setup` (or `npm ci` in server/) first"
    );
    let ws = documented_workshop(&catalogue());
    let room = RoomDoc::new(&RoomKey::from_bytes([7; 32]));
    room.write(&ws).unwrap();
    let dir = std::env::temp_dir().join(format!("querwerk-interop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (state, edit) = (dir.join("state.bin"), dir.join("edit.bin"));
    std::fs::write(&state, room.state()).unwrap();
    let note = ws.boards[3].notes[0].id;
    let out = Command::new("node")
        .arg(root.join("server/interop.mjs"))
        .arg(&state)
        .arg(note.to_string())
        .arg(&edit)
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read = room.apply(&std::fs::read(&edit).unwrap()).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(read.boards[3].note(note).unwrap().colour, NoteColour::Green);
    let mut expected = ws.clone();
    expected.boards[3].notes[0].colour = NoteColour::Green;
    assert_eq!(read, expected);
}
