//! Rehearsing: the plan, then a run through the sections against the clock with the slide and the speaker notes
//! in view, a warning as soon as a section or the whole pitch runs over, and the record of earlier runs.
//! The run lives in the room, so the projector window shows the slides while the team speaks.

use super::plan::PlanEditor;
use super::slide::PitchSlide;
use super::{use_pitch_edit, PitchEdit};
use crate::browser::clock::{local_date_time, now_ms};
use crate::i18n::numbers::stopwatch as clock;
use crate::i18n::pitch::kind_name;
use crate::i18n::Key;
use crate::model::pitch::{PitchKind, RehearsalRun};
use crate::model::Timestamp;
use crate::state::{use_locale, use_room};
use leptos::prelude::*;

#[component]
pub fn RehearsalView(kind: Memo<PitchKind>) -> impl IntoView {
    let locale = use_locale();
    let room = use_room();
    let edit = use_pitch_edit();
    let blocked = RwSignal::new(false);
    let running = Memo::new(move |_| room.room.with(|r| r.rehearsal.is_some()));
    let start = move |_| {
        let k = kind.get_untracked();
        let plan = edit.pitch.with_untracked(|p| p.plan(k));
        room.start_rehearsal(RehearsalRun::start(k, &plan, Timestamp(now_ms())));
    };
    let open_window = move |_| blocked.set(!room.open_projector_window());
    view! {
        <div class="rehearsal">
            {move || edit.error.get().map(|e| view! { <p class="message message--error" role="alert">{e}</p> })}
            <Show when=move || !running.get()>
                <PlanEditor kind edit/>
            </Show>
            <section class="rehearsal__run" aria-labelledby="rehearsal-title">
                <h2 id="rehearsal-title">{locale.tr(Key::RehearsalTitle)}</h2>
                <div class="rehearsal__actions">
                    <Show when=move || !running.get()>
                        <button type="button" class="button button--primary" on:click=start>{locale.tr(Key::RehearsalStart)}</button>
                    </Show>
                    <button type="button" class="button" on:click=open_window>{locale.tr(Key::RehearsalSlidesWindow)}</button>
                </div>
                <Show when=move || blocked.get()>
                    <p class="message message--error" role="alert">{locale.tr(Key::PopupBlocked)}</p>
                </Show>
                <Show when=move || running.get()>
                    <RunPanel edit/>
                </Show>
            </section>
            <Records edit/>
        </div>
    }
}

#[component]
fn RunPanel(edit: PitchEdit) -> impl IntoView {
    let locale = use_locale();
    let room = use_room();
    let run = Memo::new(move |_| room.room.with(|r| r.rehearsal.clone()));
    let in_qa = move || run.with(|r| r.as_ref().is_some_and(|r| r.in_qa()));
    let now = move || Timestamp(room.now.get());
    let times = move || {
        run.with(|r| {
            r.as_ref().map(|r| {
                let now = now();
                (
                    r.section_left_ms(now),
                    r.total_left_ms(now),
                    r.elapsed_ms(now),
                    r.planned_ms(),
                    r.is_last(),
                )
            })
        })
    };
    let warning = move || {
        let (section, total, ..) = times()?;
        let over = |key, ms: i64| Some(locale.format(key, &[("over", &clock(-ms))]));
        // In the questions round the speaking time is over and done: only the round's own clock counts.
        if in_qa() {
            (section < 0)
                .then_some(())
                .and_then(|_| over(Key::RehearsalQaOver, section))
        } else if total < 0 {
            over(Key::RehearsalTotalOver, total)
        } else if section < 0 {
            over(Key::RehearsalSectionOver, section)
        } else {
            None
        }
    };
    let notes = move || {
        run.with(|r| {
            let r = r.as_ref()?;
            let f = r.field()?;
            edit.pitch.with(|p| p.plan(r.kind).notes.get(&f).cloned())
        })
    };
    let finish = move || {
        if let Some(record) = room.stop_rehearsal() {
            edit.change(|p| *p = p.with_rehearsal(record));
        }
    };
    let next = move |_| {
        if !room.next_section() {
            finish();
        }
    };
    let last = move || times().is_some_and(|t| t.4);
    view! {
        <div class="rehearsal__panel">
            <div class="rehearsal__clocks">
                <p class="rehearsal__clock" class:rehearsal__clock--over=move || times().is_some_and(|t| t.0 < 0)>
                    <span class="rehearsal__clock-label">
                        {move || locale.t(if in_qa() { Key::RehearsalQaLeft } else { Key::RehearsalSectionLeft })}
                    </span>
                    <span class="rehearsal__clock-value">{move || times().map(|t| clock(t.0))}</span>
                </p>
                <p class="rehearsal__clock" class:rehearsal__clock--over=move || times().is_some_and(|t| t.1 < 0)>
                    <span class="rehearsal__clock-label">{locale.tr(Key::RehearsalTotal)}</span>
                    <span class="rehearsal__clock-value">
                        {move || times().map(|t| locale.format(Key::RehearsalOfPlanned, &[("elapsed", &clock(t.2)), ("planned", &clock(t.3))]))}
                    </span>
                </p>
            </div>
            // Always in the tree, so a screen reader hears the warning when it appears.
            <p class="rehearsal__warning" role="status">{warning}</p>
            <PitchSlide preview=true/>
            <div class="rehearsal__notes">
                <h3>{locale.tr(Key::PitchSpeakerNotes)}</h3>
                <p>{move || notes().unwrap_or_else(|| locale.t(Key::RehearsalNoNotes).to_string())}</p>
            </div>
            <div class="rehearsal__actions">
                <button type="button" class="button button--primary" on:click=next>
                    {move || locale.t(if last() { Key::RehearsalFinish } else { Key::RehearsalNext })}
                </button>
                <Show when=move || !last()>
                    <button type="button" class="button" on:click=move |_| finish()>{locale.tr(Key::RehearsalStopSave)}</button>
                </Show>
                <button type="button" class="button button--quiet" on:click=move |_| { room.stop_rehearsal(); }>
                    {locale.tr(Key::RehearsalCancel)}
                </button>
            </div>
        </div>
    }
}

/// Earlier runs, newest first: how long, against what plan, and the section that ran over most.
#[component]
fn Records(edit: PitchEdit) -> impl IntoView {
    let locale = use_locale();
    let rows = move || {
        let lang = locale.lang();
        edit.pitch
            .with(|p| p.rehearsals.iter().rev().cloned().collect::<Vec<_>>())
            .into_iter()
            .map(|r| {
                let total = i64::try_from(r.total_ms()).unwrap_or(i64::MAX);
                let planned = i64::from(r.planned_secs) * 1000;
                let diff = total.saturating_sub(planned);
                let over = diff > 0;
                let (key, by) = if over {
                    (Key::RehearsalOverBy, diff)
                } else {
                    (Key::RehearsalUnderBy, diff.saturating_neg())
                };
                let diff_text = locale.format(key, &[("time", &clock(by))]);
                view! {
                    <tr>
                        <td>{local_date_time(r.at.0, lang.code())}</td>
                        <td>{locale.t(kind_name(r.kind))}</td>
                        <td class="num">{clock(total)}</td>
                        <td class="num">{clock(planned)}</td>
                        <td class:rehearsal__over=over>{diff_text}</td>
                        <td>{r.sections.len()}" / "{r.kind.fields().len()}</td>
                        <td class="num">{r.qa_ms.map_or_else(|| "–".to_string(), |ms| clock(i64::try_from(ms).unwrap_or(i64::MAX)))}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let empty = move || edit.pitch.with(|p| p.rehearsals.is_empty());
    view! {
        // Not a landmark: the table's scroll region below has the name (one name, one region).
        <section class="rehearsal__records">
            <h2 id="records-title">{locale.tr(Key::RehearsalRecords)}</h2>
            <Show when=move || !empty() fallback=move || view! { <p>{locale.tr(Key::RehearsalNoRecords)}</p> }>
                // A narrow screen scrolls the table, not the page; focusable so the keyboard can scroll it.
                <div class="records-wrap" role="region" tabindex="0" aria-labelledby="records-title">
                <table class="records">
                    <thead>
                        <tr>
                            <th scope="col">{locale.tr(Key::RehearsalWhen)}</th>
                            <th scope="col">{locale.tr(Key::RehearsalPitch)}</th>
                            <th scope="col">{locale.tr(Key::RehearsalDuration)}</th>
                            <th scope="col">{locale.tr(Key::RehearsalPlanned)}</th>
                            <th scope="col">{locale.tr(Key::RehearsalDifference)}</th>
                            <th scope="col">{locale.tr(Key::RehearsalSections)}</th>
                            <th scope="col">{locale.tr(Key::RehearsalQaColumn)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                </div>
            </Show>
        </section>
    }
}
