//! Planning the day: start time, items with durations and computed times, reorder by drag or keyboard
//! (Alt+↑/↓, or the buttons), the three ready-made days, and starting the run. Every change is one command, so
//! undo works here as on the boards.

use super::row::{AgendaRow, Plan, DEFAULT_START};
use crate::browser::clock::now_ms;
use crate::commands::Command;
use crate::components::methods::CatalogueStatus;
use crate::components::undo_keys::listen_undo_keys;
use crate::i18n::numbers::duration;
use crate::i18n::Key;
use crate::model::agenda::{clock, Activity, Agenda, AgendaRun, DayTemplate};
use crate::model::{Phase, Timestamp};
use crate::state::Page;
use crate::state::{run_agenda_item, use_catalogue, use_locale, use_room, use_store};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// "09:30" for `<input type=time>`.
fn time_value(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn parse_time(value: &str) -> Option<u16> {
    let (h, m) = value.split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

#[component]
pub fn AgendaEditor() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let catalogue = use_catalogue();
    catalogue.ensure_loaded();
    let room = use_room();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
    let agenda = Memo::new(move |_| {
        store
            .current
            .with(|c| c.as_ref().and_then(|w| w.agenda.clone()))
    });
    let plan = Plan {
        store,
        agenda,
        error,
        locale,
    };
    let change = move |f: &dyn Fn(&mut Agenda)| plan.change(f);
    let use_template = move |t: DayTemplate| {
        let start = agenda.get_untracked().map_or(DEFAULT_START, |a| a.start);
        let result = store.apply(vec![Command::SetAgenda {
            agenda: Some(t.agenda(start, Timestamp(now_ms()))),
        }]);
        error.set(result.err().map(String::from));
    };
    let new_method = RwSignal::new(String::new());
    let new_minutes = RwSignal::new(30u16);
    let add = move |activity: Activity, minutes: u16| {
        change(&|a| a.push(activity.clone(), minutes.clamp(1, 600)))
    };
    let lead = crate::state::use_live().lead;
    let start_run = move |_| {
        let run = AgendaRun::start(Timestamp(now_ms()));
        match run_agenda_item(store, catalogue, room, run) {
            Ok(board) => {
                let Some(id) = store.current.with_untracked(|c| c.as_ref().map(|w| w.id)) else {
                    return;
                };
                navigate(&Page::board(id, board).href(), NavigateOptions::default());
            }
            Err(e) => error.set(Some(e.message(locale.lang_untracked()))),
        }
    };
    listen_undo_keys(move || error.set(None));
    let dragged = RwSignal::new(None::<u32>);
    let ids = move || {
        agenda.with(|a| {
            a.as_ref()
                .map(|a| a.items.iter().map(|i| i.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let summary = move || {
        let lang = locale.lang();
        agenda.get().filter(|a| !a.items.is_empty()).map(|a| {
            let end = a.slots().last().map_or(u32::from(a.start), |s| s.end);
            lang.format(
                Key::AgendaSummary,
                &[
                    ("end", &clock(end)),
                    ("total", &duration(lang, a.total_minutes())),
                ],
            )
        })
    };
    let methods = move || {
        let lang = locale.lang();
        let all = catalogue.methods().unwrap_or_default();
        Phase::ALL
            .iter()
            .map(|p| {
                let options = all
                    .iter()
                    .filter(|m| m.phase == *p)
                    .map(|m| view! { <option value=m.id.clone()>{lang.pick(&m.name).to_owned()}</option> })
                    .collect_view();
                view! { <optgroup label=lang.phase(*p)>{options}</optgroup> }
            })
            .collect_view()
    };
    view! {
        <section class="agenda" aria-labelledby="agenda-title">
            <h1 id="agenda-title">{locale.tr(Key::AgendaTitle)}</h1>
            <CatalogueStatus/>
            <div class="agenda__templates" role="group" aria-label=locale.tr(Key::AgendaTemplates)>
                <span>{locale.tr(Key::AgendaTemplates)}</span>
                {DayTemplate::ALL.into_iter().map(|t| view! {
                    <button type="button" class="button" on:click=move |_| use_template(t)>
                        {locale.tr(match t {
                            DayTemplate::Kickoff => Key::TemplateKickoff,
                            DayTemplate::IdeasWorkshop => Key::TemplateIdeas,
                            DayTemplate::PitchTraining => Key::TemplatePitch,
                        })}
                    </button>
                }).collect_view()}
            </div>
            <div class="agenda__head">
                <label class="field field--inline">
                    <span>{locale.tr(Key::AgendaStart)}</span>
                    <input type="time" prop:value=move || time_value(agenda.get().map_or(DEFAULT_START, |a| a.start))
                        on:change=move |ev| {
                            if let Some(start) = parse_time(&event_target_value(&ev)) {
                                change(&|a| a.start = start);
                            }
                        }/>
                </label>
                <p class="agenda__summary" aria-live="polite">{summary}</p>
            </div>
            {move || error.get().map(|m| view! { <p class="message message--error" role="alert">{m}</p> })}
            <ol class="agenda__list">
                <For each=ids key=|id| *id let:id>
                    <AgendaRow id plan dragged/>
                </For>
            </ol>
            {move || agenda.with(|a| a.as_ref().is_none_or(|a| a.items.is_empty())).then(|| view! {
                <p class="agenda__empty">{locale.tr(Key::AgendaEmpty)}</p>
            })}
            <form class="agenda__add" on:submit=move |ev| {
                ev.prevent_default();
                let method = new_method.get_untracked();
                if !method.is_empty() {
                    add(Activity::Method { method }, new_minutes.get_untracked());
                }
            }>
                <label class="field">
                    <span>{locale.tr(Key::AgendaMethod)}</span>
                    <select on:change=move |ev| new_method.set(event_target_value(&ev)) prop:value=move || new_method.get()>
                        <option value="">{locale.tr(Key::AgendaChooseMethod)}</option>
                        {methods}
                    </select>
                </label>
                <label class="field field--narrow">
                    <span>{locale.tr(Key::AgendaMinutes)}</span>
                    <input type="number" min="1" max="600" step="5" prop:value=move || new_minutes.get().to_string()
                        on:change=move |ev| if let Ok(m) = event_target_value(&ev).parse() { new_minutes.set(m) }/>
                </label>
                <button type="submit" class="button" disabled=move || new_method.with(|m| m.is_empty())>
                    {locale.tr(Key::AgendaAddMethod)}
                </button>
                <button type="button" class="button" on:click=move |_| add(Activity::Break, 15)>
                    {locale.tr(Key::AgendaAddBreak)}
                </button>
            </form>
            <div class="agenda__actions">
                // In a live room the facilitator runs the agenda; a phone follows.
                <button type="button" class="button button--primary" on:click=start_run hidden=move || !lead.get()
                    disabled=move || agenda.with(|a| a.as_ref().is_none_or(|a| a.items.is_empty()))>
                    {locale.tr(Key::AgendaStartRun)}
                </button>
                <button type="button" class="button" on:click=move |_| {
                    if let Some(w) = web_sys::window() { let _ = w.print(); }
                }>{locale.tr(Key::Print)}</button>
                <button type="button" class="button button--quiet" aria-keyshortcuts="Control+Z"
                    disabled=move || !store.undo_redo.get().0 on:click=move |_| { store.undo(); }>
                    {locale.tr(Key::Undo)}
                </button>
                <button type="button" class="button button--quiet" aria-keyshortcuts="Control+Shift+Z"
                    disabled=move || !store.undo_redo.get().1 on:click=move |_| { store.redo(); }>
                    {locale.tr(Key::Redo)}
                </button>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_and_write_like_the_time_field() {
        assert_eq!(time_value(570), "09:30");
        assert_eq!(parse_time("09:30"), Some(570));
        assert_eq!(parse_time("23:59:00"), Some(1439));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time(""), None);
    }
}
