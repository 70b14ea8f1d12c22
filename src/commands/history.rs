//! Undo/redo history of inverse commands.

use super::{apply_group, Command, CommandError};
use crate::model::{Timestamp, Workshop};

/// One undo step: inverse commands in the order they must be applied. Several commands run together
/// (a drag that renormalises a zone, later a merge) form one step.
pub type Step = Vec<Command>;

/// Undo and redo stacks. The history only records user intent: loading, importing or reloading from another tab
/// replaces the workshop without going through here, and should be followed by [`History::clear`].
#[derive(Clone, Debug)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

impl History {
    /// Steps kept by [`History::new`].
    pub const DEFAULT_LIMIT: usize = 200;

    pub fn new() -> Self {
        Self::with_limit(Self::DEFAULT_LIMIT)
    }

    /// A history keeping at most `limit` undo steps (at least one).
    pub fn with_limit(limit: usize) -> Self {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            limit: limit.max(1),
        }
    }

    /// Applies `cmds` as one undoable step, all or nothing. Clears the redo stack. An empty list does nothing.
    pub fn run(
        &mut self,
        ws: &mut Workshop,
        cmds: Vec<Command>,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        if cmds.is_empty() {
            return Ok(());
        }
        let step = apply_group(ws, &cmds, now)?;
        if self.undo.len() >= self.limit {
            // At most `limit` (≈200) entries, so shifting the Vec is cheap next to applying a command.
            self.undo.remove(0);
        }
        self.undo.push(step);
        self.redo.clear();
        Ok(())
    }

    /// Undoes the last step; `false` if there was none or it no longer applies.
    pub fn undo(&mut self, ws: &mut Workshop, now: Timestamp) -> bool {
        Self::replay(ws, now, &mut self.undo, &mut self.redo)
    }

    /// Redoes the last undone step; `false` if there was none or it no longer applies.
    pub fn redo(&mut self, ws: &mut Workshop, now: Timestamp) -> bool {
        Self::replay(ws, now, &mut self.redo, &mut self.undo)
    }

    /// Pops a step from `from`, applies it and pushes its inverse onto `to`.
    ///
    /// If a step fails (the workshop was changed behind the history's back), both stacks are cleared: the steps
    /// below it were recorded against the same outdated state and would fail or do something surprising.
    fn replay(ws: &mut Workshop, now: Timestamp, from: &mut Vec<Step>, to: &mut Vec<Step>) -> bool {
        let Some(step) = from.pop() else {
            return false;
        };
        match apply_group(ws, &step, now) {
            Ok(inverse) => {
                to.push(inverse);
                true
            }
            Err(_) => {
                from.clear();
                to.clear();
                false
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Forgets everything, e.g. after the workshop was replaced by an import or a reload.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}
