//! The workshop's boards as tabs, and the form that adds one from a template.

use crate::i18n::Key;
use crate::model::carry::CarriedIn;
use crate::model::{templates, BoardId};
use crate::state::{use_locale, use_store};
use leptos::prelude::*;

/// One button per live board; the current one is pressed.
#[component]
pub fn BoardTabs(
    selected: RwSignal<Option<BoardId>>,
    current: Memo<Option<BoardId>>,
) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let boards = move || {
        store.current.with(|c| {
            c.as_ref()
                .map(|ws| {
                    ws.live_boards()
                        .map(|b| (b.id, b.title.clone(), b.done))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <nav class="board-tabs" aria-label=locale.tr(Key::Boards)>
            <For
                each=boards
                key=|(id, title, done)| (*id, title.clone(), *done)
                children=move |(id, title, done)| {
                    view! {
                        <button
                            type="button"
                            class="board-tabs__tab"
                            aria-pressed=move || (current.get() == Some(id)).to_string()
                            on:click=move |_| selected.set(Some(id))
                        >
                            {title}
                            {done.then(|| view! {
                                <span class="board-tabs__done" aria-hidden="true">" ✓"</span>
                                <span class="visually-hidden">" ("{locale.tr(Key::BoardStateDone)}")"</span>
                            })}
                        </button>
                    }
                }
            />
        </nav>
    }
}

/// Picks a template and adds a board made from it.
#[component]
pub fn NewBoardForm(on_created: Callback<BoardId>) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let choice = RwSignal::new(templates::FREE.to_owned());
    let error = RwSignal::new(None::<String>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(template) = templates::by_method(&choice.get_untracked()) else {
            return;
        };
        match store.add_board(&template, CarriedIn::default()) {
            Ok(id) => {
                error.set(None);
                on_created.run(id);
            }
            Err(refused) => error.set(Some(refused.into())),
        }
    };
    view! {
        <form class="new-board" on:submit=create>
            <label class="new-board__field">
                <span class="field__label">{locale.tr(Key::BoardTemplate)}</span>
                <select on:change:target=move |ev| choice.set(ev.target().value())>
                    {templates::all()
                        .into_iter()
                        .map(|t| {
                            let title = t.title.clone();
                            view! {
                                <option value=t.method.clone() selected=t.method == templates::FREE>
                                    {move || locale.lang().pick(&title).to_owned()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <button type="submit" class="button">
                <crate::components::icons::PlusIcon/>
                {locale.tr(Key::CreateBoard)}
            </button>
            <p class="field__error" role="alert">{move || error.get()}</p>
        </form>
    }
}
