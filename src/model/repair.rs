//! Tolerant restore: fix dangling references instead of rejecting a whole file over one broken link
//! (the lesson from Excalidraw's `restore.ts`).

use super::{ClusterId, MemberId, Workshop};
use std::collections::HashSet;

impl Workshop {
    /// Clears references that point nowhere and moves notes from unknown zones into the board's first zone.
    /// Returns how many items were changed. Timestamps are left alone: a repair is not an edit.
    pub fn repair_references(&mut self) -> usize {
        let members: HashSet<MemberId> = self.members.iter().map(|m| m.id).collect();
        let mut repaired = 0;
        for board in &mut self.boards {
            let clusters: HashSet<ClusterId> = board.clusters.iter().map(|c| c.id).collect();
            let first_zone = board.zones.first().map(|z| z.key.clone());
            let zones: HashSet<String> = board.zones.iter().map(|z| z.key.clone()).collect();
            for note in &mut board.notes {
                let mut changed = false;
                if note.cluster.is_some_and(|c| !clusters.contains(&c)) {
                    note.cluster = None;
                    changed = true;
                }
                if note.author.is_some_and(|a| !members.contains(&a)) {
                    note.author = None;
                    changed = true;
                }
                if let Some(first) = &first_zone {
                    if !zones.contains(&note.zone) {
                        note.zone = first.clone();
                        changed = true;
                    }
                }
                repaired += usize::from(changed);
            }
            // Votes from unknown members, or on notes that are not live on this board, are dropped.
            let live: HashSet<super::NoteId> = board.live_notes().map(|n| n.id).collect();
            if let Some(voting) = &mut board.voting {
                let before = voting.voters.len();
                voting.voters.retain(|v| members.contains(&v.member));
                repaired += before - voting.voters.len();
                for voter in &mut voting.voters {
                    let before = voter.dots.len();
                    voter.dots.retain(|d| live.contains(d));
                    repaired += usize::from(before != voter.dots.len());
                }
            }
        }
        repaired
    }
}
