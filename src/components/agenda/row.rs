//! One agenda item in the editor. Rows are keyed by item id and read their item reactively, so an edit (a new
//! length, a move) updates texts in place: the field or button in use keeps focus.

use super::names::item_name;
use crate::commands::Command;
use crate::components::board::dom;
use crate::i18n::Key;
use crate::model::agenda::{clock, Activity, Agenda};
use crate::state::{use_catalogue, Locale, Store};
use leptos::prelude::*;

/// A new day starts at nine.
pub const DEFAULT_START: u16 = 9 * 60;

/// The agenda being edited and how to change it: every edit replaces it as one undo step.
#[derive(Clone, Copy)]
pub struct Plan {
    pub store: Store,
    pub agenda: Memo<Option<Agenda>>,
    pub error: RwSignal<Option<String>>,
    pub locale: Locale,
}

impl Plan {
    pub fn change(&self, f: &dyn Fn(&mut Agenda)) {
        let mut next = self
            .agenda
            .get_untracked()
            .unwrap_or_else(|| Agenda::new(DEFAULT_START));
        f(&mut next);
        let result = self
            .store
            .apply(vec![Command::SetAgenda { agenda: Some(next) }]);
        self.error.set(result.err().map(String::from));
    }

    fn index_of(&self, id: u32) -> Option<usize> {
        self.agenda
            .with_untracked(|a| a.as_ref()?.items.iter().position(|i| i.id == id))
    }

    /// Moves item `id` by `delta` places (or to `to`), keeping focus on its handle.
    pub fn move_to(&self, id: u32, to: usize) {
        if let Some(from) = self.index_of(id) {
            self.change(&|a| {
                a.move_item(from, to);
            });
            dom::focus_later(handle_id(id));
        }
    }
}

pub fn handle_id(item: u32) -> String {
    format!("agenda-item-{item}-handle")
}

#[component]
pub fn AgendaRow(id: u32, plan: Plan, dragged: RwSignal<Option<u32>>) -> impl IntoView {
    let catalogue = use_catalogue();
    let locale = plan.locale;
    // (index, count, name, minutes, start–end, is a break), all following the agenda.
    let info = Memo::new(move |_| {
        let lang = locale.lang();
        plan.agenda.with(|a| {
            let a = a.as_ref()?;
            let i = a.items.iter().position(|it| it.id == id)?;
            let item = &a.items[i];
            let slot = a.slots()[i];
            Some((
                i,
                a.items.len(),
                item_name(item, lang, &catalogue),
                item.minutes,
                format!("{}–{}", clock(slot.start), clock(slot.end)),
                item.activity == Activity::Break,
            ))
        })
    });
    let index = move || info.with(|i| i.as_ref().map_or(0, |i| i.0));
    let last = move || info.with(|i| i.as_ref().is_none_or(|i| i.0 + 1 >= i.1));
    let name = move || info.with(|i| i.as_ref().map(|i| i.2.clone()).unwrap_or_default());
    let named = move |key: Key| locale.format(key, &[("item", &name())]);
    let set_minutes = move |ev: leptos::ev::Event| {
        if let (Ok(m), Some(i)) = (event_target_value(&ev).parse::<u16>(), plan.index_of(id)) {
            plan.change(&|a| {
                if let Some(it) = a.items.get_mut(i) {
                    it.minutes = m.clamp(1, 600);
                }
            });
        }
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        let i = index();
        let to = match (ev.alt_key(), ev.key().as_str()) {
            (true, "ArrowUp") if i > 0 => i - 1,
            (true, "ArrowDown") if !last() => i + 1,
            _ => return,
        };
        ev.prevent_default();
        plan.move_to(id, to);
    };
    let remove = move |_| {
        let Some(i) = plan.index_of(id) else { return };
        // Focus goes to the next item (or the one before the last), not to the top of the page.
        let neighbour = plan.agenda.with_untracked(|a| {
            let items = &a.as_ref()?.items;
            items
                .get(i + 1)
                .or_else(|| i.checked_sub(1).and_then(|p| items.get(p)))
                .map(|n| n.id)
        });
        plan.change(&|a| {
            a.items.remove(i);
        });
        if let Some(n) = neighbour {
            dom::focus_later(handle_id(n));
        }
    };
    view! {
        <li
            class="agenda__item"
            class:agenda__item--break=move || info.with(|i| i.as_ref().is_some_and(|i| i.5))
            on:dragover=move |ev| ev.prevent_default()
            on:drop=move |ev| {
                ev.prevent_default();
                if let Some(from) = dragged.get_untracked() {
                    plan.move_to(from, index());
                }
                dragged.set(None);
            }
            on:keydown=keys
        >
            <button
                type="button"
                id=handle_id(id)
                class="agenda__handle button button--quiet"
                draggable="true"
                aria-label=move || named(Key::AgendaMoveHint)
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                on:dragstart=move |ev| {
                    if let Some(dt) = ev.data_transfer() {
                        let _ = dt.set_data("text/plain", &id.to_string());
                    }
                    dragged.set(Some(id));
                }
            >"⠿"</button>
            <span class="agenda__time">{move || info.with(|i| i.as_ref().map(|i| i.4.clone()))}</span>
            <span class="agenda__name">{name}</span>
            <label class="agenda__minutes">
                <input type="number" min="1" max="600" step="5"
                    prop:value=move || info.with(|i| i.as_ref().map_or(0, |i| i.3)).to_string()
                    aria-label=move || named(Key::AgendaMinutesOf) on:change=set_minutes/>
                <span aria-hidden="true">{locale.tr(Key::MinutesShort)}</span>
            </label>
            <span class="agenda__buttons">
                <button type="button" class="button button--quiet" disabled=move || index() == 0
                    aria-label=move || named(Key::MoveUpItem)
                    on:click=move |_| plan.move_to(id, index().saturating_sub(1))>"↑"</button>
                <button type="button" class="button button--quiet" disabled=last
                    aria-label=move || named(Key::MoveDownItem)
                    on:click=move |_| plan.move_to(id, index() + 1)>"↓"</button>
                <button type="button" class="button button--quiet-danger"
                    aria-label=move || named(Key::RemoveItem)
                    on:click=remove>{locale.tr(Key::Remove)}</button>
            </span>
        </li>
    }
}
