//! The plan of one pitch: speaking time, time for questions, and per section its seconds and speaker notes.

use super::PitchEdit;
use crate::i18n::numbers::{decimal_minutes, parse_decimal_minutes, stopwatch as clock};
use crate::i18n::pitch;
use crate::i18n::Key;
use crate::model::pitch::{PitchField, PitchKind};
use crate::state::use_locale;
use leptos::prelude::*;

#[component]
pub fn PlanEditor(kind: Memo<PitchKind>, edit: PitchEdit) -> impl IntoView {
    let locale = use_locale();
    let plan = Memo::new(move |_| edit.pitch.with(|p| p.plan(kind.get())));
    let set_length = move |ev: leptos::ev::Event, qa: bool| {
        let Some(secs) = parse_decimal_minutes(&event_target_value(&ev)) else {
            edit.error
                .set(Some(locale.t(Key::PitchMinutesInvalid).to_string()));
            return;
        };
        let k = kind.get_untracked();
        edit.change(|p| {
            let mut next = p.plan(k);
            if qa {
                next.qa_secs = secs;
            } else {
                next.length_secs = secs;
            }
            p.plans.insert(k, next);
        });
    };
    let summary = move || {
        let k = kind.get();
        plan.with(|p| {
            let planned = p.planned_secs(k);
            let args = [
                ("sections", clock(i64::from(planned) * 1000)),
                ("length", clock(i64::from(p.length_secs) * 1000)),
            ];
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let key = if planned > p.length_secs {
                Key::PitchPlanOver
            } else {
                Key::PitchPlanFits
            };
            (planned > p.length_secs, locale.format(key, &args))
        })
    };
    let rows = move || kind.get().fields().to_vec();
    view! {
        <section class="pitch-plan" aria-labelledby="pitch-plan-title">
            <h2 id="pitch-plan-title">{locale.tr(Key::PitchPlanTitle)}</h2>
            <div class="pitch-plan__times">
                <label class="field field--narrow">
                    <span class="field__label">{locale.tr(Key::PitchLength)}</span>
                    <input type="text" inputmode="decimal" prop:value=move || plan.with(|p| decimal_minutes(locale.lang(), p.length_secs))
                        on:change=move |ev| set_length(ev, false)/>
                </label>
                <label class="field field--narrow">
                    <span class="field__label">{locale.tr(Key::PitchQa)}</span>
                    <input type="text" inputmode="decimal" prop:value=move || plan.with(|p| decimal_minutes(locale.lang(), p.qa_secs))
                        on:change=move |ev| set_length(ev, true)/>
                </label>
                <p class="pitch-plan__summary" class:pitch-plan__summary--over=move || summary().0>{move || summary().1}</p>
            </div>
            <ol class="pitch-plan__sections">
                <For each=rows key=|f| *f let:f>
                    <SectionRow field=f kind plan edit/>
                </For>
            </ol>
        </section>
    }
}

#[component]
fn SectionRow(
    field: PitchField,
    kind: Memo<PitchKind>,
    plan: Memo<crate::model::pitch::PitchPlan>,
    edit: PitchEdit,
) -> impl IntoView {
    let locale = use_locale();
    let (label, _) = pitch::field(field);
    let secs = move || {
        plan.with(|p| {
            p.budgets(kind.get())
                .into_iter()
                .find(|(f, _)| *f == field)
                .map_or(0, |(_, s)| s)
        })
    };
    let timed = move || plan.with(|p| p.budgets.contains_key(&field));
    let set_secs = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let k = kind.get_untracked();
        match value.trim().parse::<u32>() {
            Ok(s) if s <= 3_600 => edit.change(|p| {
                let mut next = p.plan(k);
                next.budgets.insert(field, s);
                p.plans.insert(k, next);
            }),
            _ => edit
                .error
                .set(Some(locale.t(Key::PitchSecondsInvalid).to_string())),
        }
    };
    let share = move |_| {
        let k = kind.get_untracked();
        edit.change(|p| {
            let mut next = p.plan(k);
            next.budgets.remove(&field);
            p.plans.insert(k, next);
        });
    };
    let set_notes = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let k = kind.get_untracked();
        edit.change(|p| {
            let mut next = p.plan(k);
            if value.trim().is_empty() {
                next.notes.remove(&field);
            } else {
                next.notes.insert(field, value);
            }
            p.plans.insert(k, next);
        });
    };
    let notes = move || plan.with(|p| p.notes.get(&field).cloned().unwrap_or_default());
    let id = format!("section-{field:?}").to_lowercase();
    view! {
        <li class="pitch-plan__section">
            <span class="pitch-plan__name" id=format!("{id}-name")>{locale.tr(label)}</span>
            <label class="pitch-plan__secs">
                <input type="number" min="0" max="3600" step="5" prop:value=move || secs().to_string()
                    aria-label=move || format!("{}: {}", locale.t(label), locale.t(Key::PitchSectionSeconds))
                    on:change=set_secs/>
                <span aria-hidden="true">{locale.tr(Key::SecondsShort)}</span>
            </label>
            <Show when=timed>
                <button type="button" class="button button--quiet button--small" on:click=share
                    aria-label=move || locale.format(Key::PitchShareTimeOf, &[("section", locale.t(label))])>
                    {locale.tr(Key::PitchShareTime)}
                </button>
            </Show>
            <textarea class="pitch-plan__notes" rows="2" prop:value=notes on:change=set_notes
                aria-label=move || format!("{}: {}", locale.t(label), locale.t(Key::PitchSpeakerNotes))
                placeholder=locale.tr(Key::PitchSpeakerNotes)></textarea>
        </li>
    }
}
