//! The pitch. One command replaces it whole, so its inverse is the previous one.

use super::{Command, CommandError};
use crate::model::pitch::Pitch;
use crate::model::validate::validate_pitch;
use crate::model::{Timestamp, Workshop};

pub(super) fn set(
    ws: &mut Workshop,
    pitch: &Pitch,
    now: Timestamp,
) -> Result<Command, CommandError> {
    validate_pitch(pitch)?;
    let next = pitch.stamped(&ws.pitch, now);
    Ok(Command::SetPitch {
        pitch: Box::new(std::mem::replace(&mut ws.pitch, next)),
    })
}
