//! The agenda of the day. One command replaces it whole (or removes it), so its inverse is the previous one.

use super::{Command, CommandError};
use crate::model::agenda::Agenda;
use crate::model::validate::validate_agenda;
use crate::model::{Timestamp, Workshop};

pub(super) fn set(
    ws: &mut Workshop,
    agenda: Option<&Agenda>,
    now: Timestamp,
) -> Result<Command, CommandError> {
    if let Some(a) = agenda {
        validate_agenda(a)?;
    }
    let next = agenda.map(|a| Agenda {
        updated: now,
        ..a.clone()
    });
    Ok(Command::SetAgenda {
        agenda: std::mem::replace(&mut ws.agenda, next),
    })
}
