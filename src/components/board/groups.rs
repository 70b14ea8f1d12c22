//! Clusters on the board: selecting notes, grouping and ungrouping them, renaming, collapsing and dissolving a
//! group. Each change is one undo step; the selection itself is UI state and never stored.

use super::ctx::{note_dom, BoardCtx};
use super::dom;
use crate::browser::clock::now_ms;
use crate::commands::{group_notes, group_onto, join_cluster, ungroup_notes, Command};
use crate::i18n::Key;
use crate::model::{Cluster, ClusterId, NoteId, Timestamp};
use leptos::prelude::*;

/// Class of a selected card, set on the DOM directly like the drag feedback.
pub const SELECTED: &str = "note--selected";

/// DOM id of a control in a cluster's heading. A group with notes in several zones has a heading in each; the
/// first one (in zone order) carries the ids.
pub fn cluster_dom(id: ClusterId, part: &str) -> String {
    format!("cluster-{id}-{part}")
}

impl BoardCtx {
    /// Adds the note to the selection or takes it out, and says so.
    pub fn toggle_selected(&self, id: NoteId) {
        let on = !self.focus.is_selected(id);
        self.focus.selected.update(|s| {
            if on {
                s.push(id);
            } else {
                s.retain(|n| *n != id);
            }
        });
        dom::set_class(&note_dom(id), SELECTED, on);
        let n = self.focus.selected.with_untracked(Vec::len).to_string();
        let key = if on {
            Key::NoteSelected
        } else {
            Key::NoteUnselected
        };
        self.notices.announce(self.locale.format(key, &[("n", &n)]));
    }

    pub fn clear_selection(&self) {
        for id in self.focus.selected.get_untracked() {
            dom::set_class(&note_dom(id), SELECTED, false);
        }
        self.focus.selected.set(Vec::new());
    }

    /// Back to the note focused last, when the control that had focus goes away.
    pub fn refocus_current(&self) {
        if let Some(id) = self.focus.current.get_untracked() {
            if self.position(id).is_some() {
                self.focus_note(id);
            }
        }
    }

    /// Focuses a note, opening its group first if it is collapsed.
    pub fn show_note(&self, id: NoteId) {
        let collapsed = self
            .with_board(|b| {
                b.live_note(id)
                    .filter(|n| b.hidden(n))
                    .and_then(|n| n.cluster)
            })
            .flatten();
        if let Some(c) = collapsed {
            self.set_collapsed(c, false);
        }
        self.focus_note(id);
    }

    /// Live selected notes in display order (zones in order), so a group reads as the board does.
    fn selection_in_order(&self) -> Vec<NoteId> {
        let selected = self.focus.selected.get_untracked();
        self.with_board(|b| {
            b.zones
                .iter()
                .flat_map(|z| b.live_notes_in(&z.key))
                .map(|n| n.id)
                .filter(|id| selected.contains(id))
                .collect()
        })
        .unwrap_or_default()
    }

    /// Groups the selected notes into a new cluster named "Gruppe n" and opens its name for editing.
    pub fn group_selected(&self) {
        let ids = self.selection_in_order();
        self.group(ids);
    }

    /// `note` dropped onto `other`: it joins `other`'s group, or the two become a new one.
    pub fn group_onto(&self, note: NoteId, zone: &str, other: NoteId) {
        let cluster = self
            .with_board(|b| {
                b.live_note(other)
                    .and_then(|n| n.cluster)
                    .filter(|c| b.live_cluster(*c).is_some())
            })
            .flatten();
        match cluster {
            Some(c) => self.join_cluster(note, zone, c),
            None => {
                let Some(cmds) = self.with_board(|b| {
                    group_onto(
                        b,
                        note,
                        other,
                        Cluster::new(self.next_cluster_name(b), Timestamp(now_ms())),
                    )
                }) else {
                    return;
                };
                let id = cmds.iter().find_map(|c| match c {
                    Command::AddCluster { cluster, .. } => Some(cluster.id),
                    _ => None,
                });
                if self.run(cmds) {
                    self.notices.announce(self.cluster_created_text(2));
                    self.menus.renaming.set(id);
                }
            }
        }
    }

    /// "Gruppe n", n one more than the live groups.
    fn next_cluster_name(&self, b: &crate::model::Board) -> String {
        let n = b.live_clusters().count() + 1;
        self.locale
            .format(Key::ClusterDefaultName, &[("n", &n.to_string())])
    }

    fn cluster_created_text(&self, n: usize) -> String {
        if n == 1 {
            self.locale.t(Key::ClusterCreatedOne).to_owned()
        } else {
            self.locale
                .format(Key::ClusterCreated, &[("n", &n.to_string())])
        }
    }

    fn group(&self, ids: Vec<NoteId>) {
        if ids.is_empty() {
            return;
        }
        let Some(name) = self.with_board(|b| self.next_cluster_name(b)) else {
            return;
        };
        let cluster = Cluster::new(name, Timestamp(now_ms()));
        let id = cluster.id;
        let Some(cmds) = self.with_board(|b| group_notes(b, &ids, cluster)) else {
            return;
        };
        if self.run(cmds) {
            self.clear_selection();
            self.notices.announce(self.cluster_created_text(ids.len()));
            self.menus.renaming.set(Some(id));
        }
    }

    /// Takes the selected notes out of their clusters.
    pub fn ungroup_selected(&self) {
        let ids = self.selection_in_order();
        let Some(cmds) = self.with_board(|b| ungroup_notes(b, &ids)) else {
            return;
        };
        if !cmds.is_empty() && self.run(cmds) {
            self.clear_selection();
            self.notices
                .announce(self.locale.t(Key::NotesUngrouped).to_owned());
            self.refocus_current();
        }
    }

    /// Whether any selected note is in a cluster (offers "take out of group").
    pub fn selection_grouped(&self) -> bool {
        let selected = self.focus.selected.get();
        self.store.current.with(|w| {
            w.as_ref()
                .and_then(|w| w.live_board(self.board))
                .is_some_and(|b| {
                    selected
                        .iter()
                        .any(|id| b.live_note(*id).is_some_and(|n| n.cluster.is_some()))
                })
        })
    }

    /// A note dropped on a cluster's heading joins the cluster, at the end of its notes in `zone`.
    pub fn join_cluster(&self, id: NoteId, zone: &str, cluster: ClusterId) {
        let cmds = self.with_board(|b| join_cluster(b, id, zone, cluster));
        if let Some(cmds) = cmds {
            if self.run(cmds) {
                self.notices.announce(self.locale.format(
                    Key::NoteJoinedCluster,
                    &[("name", &self.cluster_name(cluster))],
                ));
                self.focus_note(id);
            }
        }
    }

    /// The cluster's name, or "unnamed group".
    pub fn cluster_name(&self, id: ClusterId) -> String {
        self.with_board(|b| b.cluster(id).map(|c| c.name.trim().to_owned()))
            .flatten()
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| self.locale.t(Key::ClusterUnnamed).to_owned())
    }

    pub fn rename_cluster(&self, id: ClusterId, name: &str) {
        self.menus.renaming.set(None);
        dom::focus_later(cluster_dom(id, "rename"));
        let same = self
            .with_board(|b| b.cluster(id).is_some_and(|c| c.name == name))
            .unwrap_or(true);
        if !same {
            self.run(vec![Command::RenameCluster {
                board: self.board,
                cluster: id,
                name: name.trim().to_owned(),
            }]);
        }
    }

    pub fn set_collapsed(&self, id: ClusterId, collapsed: bool) {
        if self.run(vec![Command::SetClusterCollapsed {
            board: self.board,
            cluster: id,
            collapsed,
        }]) {
            // The heading is rebuilt: keep focus on its toggle.
            dom::focus_later(cluster_dom(id, "toggle"));
        }
    }

    /// Dissolves the group; its notes stay where they are, and focus goes to the first of them.
    pub fn dissolve(&self, id: ClusterId) {
        let name = self.cluster_name(id);
        let first = self
            .with_board(|b| {
                b.zones
                    .iter()
                    .flat_map(|z| b.live_notes_in(&z.key))
                    .find(|n| n.cluster == Some(id))
                    .map(|n| n.id)
            })
            .flatten();
        if self.run(vec![Command::DeleteCluster {
            board: self.board,
            cluster: id,
        }]) {
            self.notices.announce(
                self.locale
                    .format(Key::ClusterDissolved, &[("name", &name)]),
            );
            if let Some(first) = first {
                self.focus_note(first);
            }
        }
    }
}
