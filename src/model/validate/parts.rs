//! The parts of a workshop a command only ever copies or computes (zones, carried results, the agenda, the
//! pitch): a file may hold anything there, so each number and text is bounded before any page uses it.

use super::{
    check_chars, check_count, check_key, over_limit, unique, violation, Violation, ViolationKind,
};
use crate::model::carry::{Carried, CarriedIn};
use crate::model::limits::LimitKind;
use crate::model::{is_blank, Zone};
use std::collections::HashSet;

/// At least one zone and at most [`LimitKind::Zones`]; each key shows something, fits a key and is unique on
/// its board; labels fit a title.
pub(super) fn validate_zones(zones: &[Zone]) -> Result<(), Violation> {
    if zones.is_empty() {
        return Err(violation("zones", ViolationKind::NoZones));
    }
    check_count("zones", LimitKind::Zones, zones.len())?;
    let mut keys = HashSet::new();
    for (i, zone) in zones.iter().enumerate() {
        let path = format!("zones[{i}].key");
        if is_blank(&zone.key) {
            return Err(violation(path, ViolationKind::Empty));
        }
        check_key(path.as_str(), &zone.key)?;
        if !keys.insert(zone.key.as_str()) {
            return Err(violation(path, ViolationKind::DuplicateZone));
        }
        check_chars(
            format!("zones[{i}].label.de"),
            &zone.label.de,
            LimitKind::Title,
        )?;
        check_chars(
            format!("zones[{i}].label.en"),
            &zone.label.en,
            LimitKind::Title,
        )?;
    }
    Ok(())
}

/// What a board started from: texts within [`LimitKind::CarriedText`], items within their count.
pub(super) fn validate_carried(carried: &CarriedIn) -> Result<(), Violation> {
    let text = |path: String, c: &Carried| check_chars(path, &c.text, LimitKind::CarriedText);
    if let Some(prompt) = &carried.prompt {
        text("carried.prompt.text".to_owned(), prompt)?;
    }
    check_count(
        "carried.items",
        LimitKind::CarriedItems,
        carried.items.len(),
    )?;
    for (i, item) in carried.items.iter().enumerate() {
        text(format!("carried.items[{i}].text"), item)?;
    }
    Ok(())
}

/// Items within the limit, each with 1 to the maximum minutes, a unique id, a method id of key length and a
/// label of title length; the day starts before midnight.
pub fn validate_agenda(agenda: &crate::model::agenda::Agenda) -> Result<(), Violation> {
    if agenda.start >= crate::model::agenda::DAY_MINUTES {
        return Err(over_limit(
            "agenda.start",
            LimitKind::ItemMinutes,
            agenda.start.into(),
        ));
    }
    check_count("agenda.items", LimitKind::AgendaItems, agenda.items.len())?;
    let mut ids = HashSet::new();
    for (i, item) in agenda.items.iter().enumerate() {
        unique(&mut ids, item.id, || format!("agenda.items[{i}].id"))?;
        let path = format!("agenda.items[{i}].minutes");
        if item.minutes == 0 {
            return Err(violation(path, ViolationKind::Empty));
        }
        check_count(path, LimitKind::ItemMinutes, item.minutes.into())?;
        if let Some(method) = item.method() {
            check_key(format!("agenda.items[{i}].activity.method"), method)?;
        }
        check_chars(
            format!("agenda.items[{i}].label"),
            &item.label,
            LimitKind::Title,
        )?;
    }
    Ok(())
}

/// Texts within the note limit, times within an hour, ratings from 1 to 5, the lists within their limits,
/// and every recorded rehearsal with at most one entry per section and times within a day.
pub fn validate_pitch(pitch: &crate::model::pitch::Pitch) -> Result<(), Violation> {
    for (field, t) in &pitch.texts {
        check_chars(
            format!("pitch.texts.{field:?}"),
            &t.text,
            LimitKind::NoteText,
        )?;
    }
    for (kind, plan) in &pitch.plans {
        let path = |what: &str| format!("pitch.plans.{}.{what}", kind.key());
        let secs = [plan.length_secs, plan.qa_secs]
            .into_iter()
            .chain(plan.budgets.values().copied());
        for s in secs {
            // `usize::try_from` cannot fail on the targets Querwerk runs on (32 and 64 bit); MAX keeps it honest.
            let s = usize::try_from(s).unwrap_or(usize::MAX);
            check_count(path("budgets"), LimitKind::PitchSeconds, s)?;
        }
        for note in plan.notes.values() {
            check_chars(path("notes"), note, LimitKind::NoteText)?;
        }
    }
    for (name, jury) in [
        ("jury", &pitch.jury),
        ("questionJury", &pitch.question_jury),
    ] {
        for (criterion, &r) in &jury.ratings {
            let path = format!("pitch.{name}.ratings.{criterion:?}");
            if r == 0 {
                return Err(violation(path, ViolationKind::Empty));
            }
            check_count(path, LimitKind::Rating, r.into())?;
        }
        check_count(
            format!("pitch.{name}.own"),
            LimitKind::JuryQuestions,
            jury.own.len(),
        )?;
        for (i, q) in jury.own.iter().enumerate() {
            check_chars(
                format!("pitch.{name}.own[{i}].text"),
                &q.text,
                LimitKind::Question,
            )?;
        }
    }
    check_count(
        "pitch.rehearsals",
        LimitKind::Rehearsals,
        pitch.rehearsals.len(),
    )?;
    let ms = |path: String, v: u64| {
        check_count(
            path,
            LimitKind::SpokenMs,
            usize::try_from(v).unwrap_or(usize::MAX),
        )
    };
    for (i, r) in pitch.rehearsals.iter().enumerate() {
        let path = |what: &str| format!("pitch.rehearsals[{i}].{what}");
        check_count(path("sections"), LimitKind::Sections, r.sections.len())?;
        for (j, (_, spoken)) in r.sections.iter().enumerate() {
            ms(path(&format!("sections[{j}]")), *spoken)?;
        }
        if let Some(qa) = r.qa_ms {
            ms(path("qaMs"), qa)?;
        }
        // A plan's sections: each at most the pitch limit.
        let planned = usize::try_from(r.planned_secs).unwrap_or(usize::MAX);
        let max = LimitKind::PitchSeconds.max() * LimitKind::Sections.max();
        if planned > max {
            return Err(violation(
                path("plannedSecs"),
                ViolationKind::Limit {
                    what: LimitKind::PitchSeconds,
                    max,
                    found: planned,
                },
            ));
        }
    }
    Ok(())
}
