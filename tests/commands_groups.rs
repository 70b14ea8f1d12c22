#![cfg(not(target_arch = "wasm32"))]
//! Grouping notes into clusters: grouping keeps a cluster together, dragging in and out changes membership,
//! collapsing hides, ungrouping and dissolving are one undo step each.

use querwerk::commands::{group_notes, join_cluster, place_note, ungroup_notes, Command, History};
use querwerk::model::*;

fn workshop(texts: &[&str]) -> (Workshop, BoardId, Vec<NoteId>) {
    let mut ws = Workshop::new("W", "", Timestamp(0));
    let mut board = Board::from_template(&templates::free(), "B", Timestamp(0));
    let ids = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let n = Note::new(*t, "notes", i as f64 + 1.0, Timestamp(0));
            let id = n.id;
            board.notes.push(n);
            id
        })
        .collect();
    let id = board.id;
    ws.boards.push(board);
    (ws, id, ids)
}

fn texts(ws: &Workshop, board: BoardId) -> Vec<String> {
    ws.live_board(board)
        .unwrap()
        .live_notes_in("notes")
        .iter()
        .map(|n| n.text.clone())
        .collect()
}

fn cluster_of(ws: &Workshop, board: BoardId, note: NoteId) -> Option<ClusterId> {
    ws.live_board(board)
        .unwrap()
        .live_note(note)
        .unwrap()
        .cluster
}

fn group(
    ws: &mut Workshop,
    h: &mut History,
    board: BoardId,
    ids: &[NoteId],
    name: &str,
) -> ClusterId {
    let cluster = Cluster::new(name, Timestamp(1));
    let id = cluster.id;
    let cmds = group_notes(ws.live_board(board).unwrap(), ids, cluster);
    h.run(ws, cmds, Timestamp(1)).unwrap();
    id
}

#[test]
fn grouping_pulls_the_notes_together_where_the_first_one_is() {
    let (mut ws, b, n) = workshop(&["a", "b", "c", "d", "e"]);
    let mut h = History::default();
    let c = group(&mut ws, &mut h, b, &[n[1], n[4]], "Gruppe");
    assert_eq!(texts(&ws, b), ["a", "b", "e", "c", "d"]);
    assert_eq!(cluster_of(&ws, b, n[4]), Some(c));
    // Order agrees with the display, so the next move does not need to renumber.
    let board = ws.live_board(b).unwrap();
    let orders: Vec<f64> = board
        .live_notes_in("notes")
        .iter()
        .map(|n| n.order)
        .collect();
    assert!(orders.windows(2).all(|w| w[0] < w[1]), "{orders:?}");
    // One undo step takes the whole grouping back.
    assert!(h.undo(&mut ws, Timestamp(2)));
    assert_eq!(texts(&ws, b), ["a", "b", "c", "d", "e"]);
    assert_eq!(cluster_of(&ws, b, n[4]), None);
}

#[test]
fn dropping_between_two_grouped_notes_joins_and_dropping_outside_leaves() {
    let (mut ws, b, n) = workshop(&["a", "b", "c", "d"]);
    let mut h = History::default();
    let c = group(&mut ws, &mut h, b, &[n[0], n[1]], "G");
    // d between a and b: joins.
    let cmds = place_note(ws.live_board(b).unwrap(), n[3], "notes", 1);
    h.run(&mut ws, cmds, Timestamp(3)).unwrap();
    assert_eq!(texts(&ws, b), ["a", "d", "b", "c"]);
    assert_eq!(cluster_of(&ws, b, n[3]), Some(c));
    // a to the end, after c: leaves.
    let cmds = place_note(ws.live_board(b).unwrap(), n[0], "notes", 3);
    h.run(&mut ws, cmds, Timestamp(4)).unwrap();
    assert_eq!(texts(&ws, b), ["d", "b", "c", "a"]);
    assert_eq!(cluster_of(&ws, b, n[0]), None);
    // b to the first place, next to d of its own cluster: stays.
    let cmds = place_note(ws.live_board(b).unwrap(), n[1], "notes", 0);
    h.run(&mut ws, cmds, Timestamp(5)).unwrap();
    assert_eq!(texts(&ws, b), ["b", "d", "c", "a"]);
    assert_eq!(cluster_of(&ws, b, n[1]), Some(c));
}

#[test]
fn ungrouping_some_notes_moves_them_behind_their_group() {
    let (mut ws, b, n) = workshop(&["a", "b", "c", "d"]);
    let mut h = History::default();
    group(&mut ws, &mut h, b, &[n[0], n[1], n[2]], "G");
    let cmds = ungroup_notes(ws.live_board(b).unwrap(), &[n[1]]);
    h.run(&mut ws, cmds, Timestamp(3)).unwrap();
    assert_eq!(texts(&ws, b), ["a", "c", "b", "d"]);
    assert_eq!(cluster_of(&ws, b, n[1]), None);
}

#[test]
fn dissolving_a_cluster_keeps_its_notes_and_undo_regroups_them() {
    let (mut ws, b, n) = workshop(&["a", "b", "c"]);
    let mut h = History::default();
    let c = group(&mut ws, &mut h, b, &[n[0], n[2]], "G");
    let before = texts(&ws, b);
    h.run(
        &mut ws,
        vec![Command::DeleteCluster {
            board: b,
            cluster: c,
        }],
        Timestamp(3),
    )
    .unwrap();
    assert_eq!(texts(&ws, b), before);
    assert_eq!(cluster_of(&ws, b, n[2]), None);
    assert!(h.undo(&mut ws, Timestamp(4)));
    assert_eq!(cluster_of(&ws, b, n[2]), Some(c));
}

#[test]
fn a_collapsed_cluster_hides_its_notes_and_a_file_out_of_order_still_shows_groups_together() {
    let (mut ws, b, n) = workshop(&["a", "b", "c"]);
    let mut h = History::default();
    let c = group(&mut ws, &mut h, b, &[n[0], n[1]], "G");
    h.run(
        &mut ws,
        vec![Command::SetClusterCollapsed {
            board: b,
            cluster: c,
            collapsed: true,
        }],
        Timestamp(3),
    )
    .unwrap();
    let board = ws.live_board(b).unwrap();
    assert!(board.hidden(board.live_note(n[0]).unwrap()));
    assert!(!board.hidden(board.live_note(n[2]).unwrap()));

    // A hand-made file: c sits between the two grouped notes by order.
    let board = ws.board_mut(b).unwrap();
    board.note_mut(n[0]).unwrap().order = 0.0;
    board.note_mut(n[1]).unwrap().order = 1.0;
    board.note_mut(n[2]).unwrap().order = 0.5;
    assert_eq!(texts(&ws, b), ["a", "b", "c"]);
    // The next move renumbers the zone in display order.
    let cmds = place_note(ws.live_board(b).unwrap(), n[2], "notes", 0);
    h.run(&mut ws, cmds, Timestamp(4)).unwrap();
    assert_eq!(texts(&ws, b), ["c", "a", "b"]);
}

#[test]
fn dropping_onto_a_card_in_another_zone_moves_the_note_there_and_groups_the_two() {
    let mut ws = Workshop::new("W", "", Timestamp(0));
    let mut board = Board::from_template(&templates::empathy_map(), "E", Timestamp(0));
    let says = Note::new("sagt", "says", 1.0, Timestamp(0));
    let other = Note::new("andere", "thinks", 1.0, Timestamp(0));
    let target = Note::new("denkt", "thinks", 2.0, Timestamp(0));
    let (s, t) = (says.id, target.id);
    board.notes.extend([says, other, target]);
    let b = board.id;
    ws.boards.push(board);
    let mut h = History::default();
    let cluster = Cluster::new("G", Timestamp(1));
    let c = cluster.id;
    let cmds = querwerk::commands::group_onto(ws.live_board(b).unwrap(), s, t, cluster);
    h.run(&mut ws, cmds, Timestamp(1)).unwrap();
    let board = ws.live_board(b).unwrap();
    let thinks: Vec<&str> = board
        .live_notes_in("thinks")
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(thinks, ["andere", "denkt", "sagt"]);
    assert!(board.live_notes_in("says").is_empty());
    assert_eq!(board.live_note(s).unwrap().cluster, Some(c));
    assert_eq!(board.live_note(t).unwrap().cluster, Some(c));
    assert!(h.undo(&mut ws, Timestamp(2)));
    assert_eq!(ws.live_board(b).unwrap().live_note(s).unwrap().zone, "says");
}

#[test]
fn the_last_note_of_a_group_keeps_its_group_when_moved() {
    let (mut ws, b, n) = workshop(&["a", "b", "c"]);
    let mut h = History::default();
    let c = group(&mut ws, &mut h, b, &[n[0]], "Allein");
    let cmds = place_note(ws.live_board(b).unwrap(), n[0], "notes", 2);
    h.run(&mut ws, cmds, Timestamp(3)).unwrap();
    assert_eq!(texts(&ws, b), ["b", "c", "a"]);
    assert_eq!(cluster_of(&ws, b, n[0]), Some(c));
}

#[test]
fn a_note_dropped_on_a_heading_joins_behind_the_groups_last_note_as_one_step() {
    let (mut ws, b, n) = workshop(&["a", "b", "c", "d"]);
    let mut h = History::default();
    let c = group(&mut ws, &mut h, b, &[n[0], n[1]], "G");
    let cmds = join_cluster(ws.live_board(b).unwrap(), n[3], "notes", c);
    h.run(&mut ws, cmds, Timestamp(3)).unwrap();
    assert_eq!(texts(&ws, b), ["a", "b", "d", "c"]);
    assert_eq!(cluster_of(&ws, b, n[3]), Some(c));
    // Dropped on the heading again: it stays the group's last note.
    let cmds = join_cluster(ws.live_board(b).unwrap(), n[3], "notes", c);
    h.run(&mut ws, cmds, Timestamp(3)).unwrap();
    assert_eq!(texts(&ws, b), ["a", "b", "d", "c"]);
    assert!(h.undo(&mut ws, Timestamp(4)));
    // One undo step takes it out again, back where it was.
    assert!(h.undo(&mut ws, Timestamp(4)));
    assert_eq!(texts(&ws, b), ["a", "b", "c", "d"]);
    assert_eq!(cluster_of(&ws, b, n[3]), None);
}
