#![cfg(not(target_arch = "wasm32"))]
//! What a zone lists: cluster headings before their notes, collapsed clusters without their notes, the heading
//! that carries a cluster's name only in its first zone, and the notes arrow keys and drops count.

use querwerk::model::zone_list::{zone_lists, Entry, Heading};
use querwerk::model::*;

/// A zone's list as ids, to compare: `Card` by its note's id.
#[derive(Debug, PartialEq)]
enum Line {
    Heading(Heading),
    Card(NoteId),
}

fn lines(b: &Board) -> Vec<Vec<Line>> {
    zone_lists(b)
        .into_iter()
        .map(|list| {
            list.into_iter()
                .map(|e| match e {
                    Entry::Heading(h) => Line::Heading(h),
                    Entry::Card(n) => Line::Card(n.id),
                })
                .collect()
        })
        .collect()
}

fn board(zones: &[&str]) -> Board {
    let mut b = Board::from_template(&templates::free(), "B", Timestamp(0));
    b.zones = zones.iter().map(|z| Zone::new(*z, *z, *z)).collect();
    b
}

fn note(b: &mut Board, zone: &str, order: f64, cluster: Option<ClusterId>) -> NoteId {
    let mut n = Note::new(format!("{zone}{order}"), zone, order, Timestamp(0));
    n.cluster = cluster;
    let id = n.id;
    b.notes.push(n);
    id
}

fn cluster(b: &mut Board, collapsed: bool) -> ClusterId {
    let mut c = Cluster::new("G", Timestamp(0));
    c.collapsed = collapsed;
    let id = c.id;
    b.clusters.push(c);
    id
}

#[test]
fn lists_every_zone_in_order_by_note_order() {
    let mut b = board(&["a", "b"]);
    let a2 = note(&mut b, "a", 2.0, None);
    let b1 = note(&mut b, "b", 1.0, None);
    let a1 = note(&mut b, "a", 1.0, None);
    let gone = note(&mut b, "a", 3.0, None);
    b.notes.iter_mut().find(|n| n.id == gone).unwrap().deleted = true;
    note(&mut b, "nowhere", 1.0, None);
    assert_eq!(
        lines(&b),
        vec![vec![Line::Card(a1), Line::Card(a2)], vec![Line::Card(b1)]]
    );
}

#[test]
fn a_heading_comes_before_its_notes_and_only_the_first_zone_is_primary() {
    let mut b = board(&["a", "b"]);
    let g = cluster(&mut b, false);
    let free = note(&mut b, "a", 1.0, None);
    let x = note(&mut b, "a", 2.0, Some(g));
    let y = note(&mut b, "a", 3.0, Some(g));
    let z = note(&mut b, "b", 1.0, Some(g));
    let heading = |count, primary| {
        Line::Heading(Heading {
            cluster: g,
            count,
            collapsed: false,
            primary,
        })
    };
    assert_eq!(
        lines(&b),
        vec![
            vec![
                Line::Card(free),
                heading(2, true),
                Line::Card(x),
                Line::Card(y)
            ],
            vec![heading(1, false), Line::Card(z)],
        ]
    );
}

#[test]
fn a_collapsed_cluster_shows_its_heading_with_the_count_but_not_its_notes() {
    let mut b = board(&["a"]);
    let g = cluster(&mut b, true);
    note(&mut b, "a", 1.0, Some(g));
    note(&mut b, "a", 2.0, Some(g));
    let after = note(&mut b, "a", 3.0, None);
    let lists = lines(&b);
    assert_eq!(
        lists[0],
        vec![
            Line::Heading(Heading {
                cluster: g,
                count: 2,
                collapsed: true,
                primary: true
            }),
            Line::Card(after)
        ]
    );
    assert_eq!(b.visible_notes_in("a"), vec![after]);
}

#[test]
fn scattered_cluster_notes_are_drawn_together_where_the_first_one_is() {
    let mut b = board(&["a"]);
    let g = cluster(&mut b, false);
    let x = note(&mut b, "a", 1.0, Some(g));
    let free = note(&mut b, "a", 2.0, None);
    let y = note(&mut b, "a", 3.0, Some(g));
    let cards: Vec<NoteId> = zone_lists(&b)[0].iter().filter_map(Entry::note).collect();
    assert_eq!(cards, vec![x, y, free]);
    assert_eq!(b.visible_notes_in("a"), cards);
}

#[test]
fn a_note_of_a_deleted_cluster_counts_as_ungrouped() {
    let mut b = board(&["a"]);
    let g = cluster(&mut b, true);
    let x = note(&mut b, "a", 1.0, Some(g));
    b.clusters[0].deleted = true;
    assert_eq!(lines(&b), vec![vec![Line::Card(x)]]);
    assert_eq!(b.visible_notes_in("a"), vec![x]);
}
