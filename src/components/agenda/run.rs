//! The bar of a running agenda: the current item, its planned time, ahead or behind, and the buttons to go on
//! (`state::run_agenda_item`) or stop.

use super::names::item_name;
use crate::browser::clock::now_ms;
use crate::i18n::Key;
use crate::model::agenda::clock;
use crate::model::Timestamp;
use crate::state::Page;
use crate::state::{run_agenda_item, use_catalogue, use_locale, use_room, use_store};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// Item of total, name, planned time, what comes next.
type RunInfo = (String, String, String, Option<String>);

fn schedule_class(behind: i64) -> &'static str {
    match behind {
        0 => "agenda-run__schedule",
        n if n > 0 => "agenda-run__schedule agenda-run__schedule--behind",
        _ => "agenda-run__schedule agenda-run__schedule--ahead",
    }
}

/// On the workshop page while the agenda runs: the current item, its planned time, ahead or behind, what comes
/// next, and the buttons to go on or stop.
#[component]
pub fn AgendaRunBar() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let catalogue = use_catalogue();
    let room = use_room();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
    let current = Memo::new(move |_| room.room.with(|r| r.run));
    let info = move || {
        let run = current.get()?;
        let lang = locale.lang();
        store.current.with(|c| {
            let agenda = c.as_ref()?.agenda.as_ref()?;
            let item = agenda.items.get(run.item)?;
            let slot = agenda.slots().get(run.item).copied()?;
            let next = agenda
                .items
                .get(run.item + 1)
                .map(|n| lang.format(Key::NextUp, &[("item", &item_name(n, lang, &catalogue))]));
            Some((
                lang.format(
                    Key::AgendaItemOf,
                    &[
                        ("n", &(run.item + 1).to_string()),
                        ("total", &agenda.items.len().to_string()),
                    ],
                ),
                item_name(item, lang, &catalogue),
                format!("{}–{}", clock(slot.start), clock(slot.end)),
                next,
            ))
        })
    };
    // Its own closure: it follows the clock, and the buttons must not be rebuilt under the pointer every tick.
    let schedule = move || {
        let run = current.get()?;
        let lang = locale.lang();
        let behind = store.current.with(|c| {
            let agenda = c.as_ref()?.agenda.as_ref()?;
            // Whole minutes, rounded: 19 min 59 s ahead reads "20 Min.".
            // Saturating: the run comes from the room's storage and the plan from a file.
            Some(
                run.behind_ms(agenda, Timestamp(room.now.get()))
                    .saturating_add(30_000)
                    .div_euclid(60_000),
            )
        })?;
        let text = match behind {
            0 => lang.text(Key::OnSchedule).to_owned(),
            n if n > 0 => lang.format(Key::BehindSchedule, &[("n", &n.to_string())]),
            n => lang.format(Key::AheadOfSchedule, &[("n", &(-n).to_string())]),
        };
        Some(view! { <span class=schedule_class(behind)>{text}</span> })
    };
    let has_next = move || {
        current.get().is_some_and(|run| {
            store.current.with(|c| {
                c.as_ref()
                    .and_then(|w| w.agenda.as_ref())
                    .is_some_and(|a| run.item.saturating_add(1) < a.items.len())
            })
        })
    };
    let advance = move |_| {
        let Some(run) = room.room.with_untracked(|r| r.run) else {
            return;
        };
        let next = store.current.with_untracked(|c| {
            let agenda = c.as_ref()?.agenda.as_ref()?;
            run.advance(agenda, Timestamp(now_ms()))
        });
        let Some(next) = next else { return };
        match run_agenda_item(store, catalogue, room, next) {
            Ok(board) => {
                error.set(None);
                if let (Some(b), Some(id)) = (
                    board,
                    store.current.with_untracked(|c| c.as_ref().map(|w| w.id)),
                ) {
                    navigate(&Page::Board(id, b).href(), NavigateOptions::default());
                }
            }
            Err(e) => error.set(Some(e.message(locale.lang_untracked()))),
        }
    };
    let stop = move |_| room.set_run(None);
    // In a live room the facilitator runs the agenda; a phone shows where it stands.
    let lead = crate::state::use_live().lead;
    // The section and its buttons stay put while the texts change, so focus stays on "Weiter".
    let advance = StoredValue::new_local(advance);
    let running = Memo::new(move |_| info().is_some());
    let text = move |pick: fn(&RunInfo) -> Option<String>| move || info().as_ref().and_then(pick);
    view! {
        <Show when=move || running.get()>
            <section class="agenda-run" aria-label=locale.tr(Key::AgendaRunning)>
                <p class="agenda-run__now">
                    <span class="agenda-run__of">{text(|i| Some(i.0.clone()))}</span>
                    <strong>{text(|i| Some(i.1.clone()))}</strong>
                    <span>{text(|i| Some(i.2.clone()))}</span>
                    {schedule}
                </p>
                <p class="agenda-run__next">{text(|i| i.3.clone())}</p>
                <div class="agenda-run__actions" hidden=move || !lead.get()>
                    <Show when=has_next>
                        <button type="button" class="button button--primary"
                            on:click=move |ev| advance.with_value(|f| f(ev))>
                            {locale.tr(Key::AgendaNext)}
                        </button>
                    </Show>
                    <button type="button" class="button" on:click=stop>{locale.tr(Key::AgendaStop)}</button>
                </div>
                {move || error.get().map(|m| view! {
                    <p class="agenda-run__error" role="alert">{m}</p>
                })}
            </section>
        </Show>
    }
}
