//! Member commands.

use super::error::check_title;
use super::{Command, CommandError};
use crate::model::{Member, MemberId, Role, Timestamp, Workshop};

fn live_member_mut(ws: &mut Workshop, id: MemberId) -> Result<&mut Member, CommandError> {
    ws.members
        .iter_mut()
        .find(|m| m.id == id && !m.deleted)
        .ok_or(CommandError::UnknownMember(id))
}

pub(super) fn add(
    ws: &mut Workshop,
    member: &Member,
    now: Timestamp,
) -> Result<Command, CommandError> {
    check_title(&member.name, CommandError::EmptyName)?;
    super::error::check_limit(
        crate::model::LimitKind::Members,
        ws.live_members().count() + 1,
    )?;
    if ws.member(member.id).is_some() {
        return Err(CommandError::DuplicateId);
    }
    ws.members.push(Member {
        updated: now,
        deleted: false,
        ..member.clone()
    });
    Ok(Command::DeleteMember { member: member.id })
}

pub(super) fn update(
    ws: &mut Workshop,
    id: MemberId,
    name: &str,
    role: Role,
    now: Timestamp,
) -> Result<Command, CommandError> {
    check_title(name, CommandError::EmptyName)?;
    let m = live_member_mut(ws, id)?;
    m.updated = now;
    Ok(Command::UpdateMember {
        member: id,
        name: std::mem::replace(&mut m.name, name.to_owned()),
        role: std::mem::replace(&mut m.role, role),
    })
}

/// Notes keep their author: the tombstone still carries the name to show.
pub(super) fn delete(
    ws: &mut Workshop,
    id: MemberId,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let m = live_member_mut(ws, id)?;
    m.deleted = true;
    m.updated = now;
    Ok(Command::RestoreMember { member: id })
}

pub(super) fn restore(
    ws: &mut Workshop,
    id: MemberId,
    now: Timestamp,
) -> Result<Command, CommandError> {
    let m = ws.member_mut(id).ok_or(CommandError::UnknownMember(id))?;
    if !m.deleted {
        return Err(CommandError::NotDeleted);
    }
    m.deleted = false;
    m.updated = now;
    Ok(Command::DeleteMember { member: id })
}
