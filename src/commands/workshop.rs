//! The workshop's own fields: its title and question, and the whole workshop after a merge.

use super::{error, Command, CommandError};
use crate::model::validate::validate_workshop;
use crate::model::{LimitKind, Workshop};

pub(super) fn set_title(ws: &mut Workshop, title: &str) -> Result<Command, CommandError> {
    error::check_title(title, CommandError::EmptyTitle)?;
    Ok(Command::SetTitle {
        title: std::mem::replace(&mut ws.title, title.to_owned()),
    })
}

pub(super) fn set_question(ws: &mut Workshop, question: &str) -> Result<Command, CommandError> {
    error::check_limit(LimitKind::Question, question.chars().count())?;
    Ok(Command::SetQuestion {
        question: std::mem::replace(&mut ws.question, question.to_owned()),
    })
}

/// Another version of the same workshop (same id), valid as a whole.
pub(super) fn replace(ws: &mut Workshop, next: &Workshop) -> Result<Command, CommandError> {
    if next.id != ws.id {
        return Err(CommandError::OtherWorkshop);
    }
    validate_workshop(next)?;
    Ok(Command::ReplaceWorkshop {
        workshop: Box::new(std::mem::replace(ws, next.clone())),
    })
}
