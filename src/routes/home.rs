//! The full app's start page (`/`, `/new`, `/open`): creating a workshop and opening files in place.

use crate::components::file_button::FileButton;
use crate::components::icons::PlusIcon;
use crate::components::import::{failure_text, import, ImportReport, ImportState};
use crate::components::new_workshop::NewWorkshopDialog;
use crate::i18n::Key;
use crate::persistence::take_handed;
use crate::routes::start::StartPage;
use crate::state::{use_locale, use_navigation, use_store, ImportFailure, Page};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What the page does as it opens: `/new` opens the new-project form, `/open` opens the file the start bundle
/// handed over (`persistence::hand_over`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Arrival {
    #[default]
    Plain,
    Creating,
    Opening,
}

#[component]
pub fn Home(#[prop(optional)] arrival: Arrival) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let navigation = use_navigation();
    let creating = RwSignal::new(arrival == Arrival::Creating);
    let import_state = RwSignal::new(ImportState::default());
    if arrival == Arrival::Creating {
        // Closing the form without creating leaves `/new` for the start page, so a reload does not reopen it.
        Effect::new(move |was: Option<bool>| {
            let now = creating.get();
            if was == Some(true) && !now && navigation.path.get_untracked() == Page::New.href() {
                navigation.go.run(Page::Home.href());
            }
            now
        });
    }
    if arrival == Arrival::Opening {
        spawn_local(async move {
            match take_handed().await {
                Ok(Some(file)) => import(store, locale.lang(), file, import_state),
                Ok(None) => {}
                Err(err) => import_state.set(ImportState {
                    failed: Some(failure_text(locale.lang(), &ImportFailure::Storage(err))),
                    ..Default::default()
                }),
            }
        });
    }
    let on_file = Callback::new(move |file| import(store, locale.lang(), file, import_state));
    let actions = ViewFn::from(move || {
        view! {
            <button type="button" class="button button--primary" on:click=move |_| creating.set(true)>
                <PlusIcon/>
                {locale.tr(Key::NewWorkshop)}
            </button>
            <FileButton on_file/>
        }
    });
    view! {
        <StartPage actions on_file>
            <DeletedMessage/>
            <ImportReport state=import_state/>
            <NewWorkshopDialog open=creating/>
        </StartPage>
    }
}

/// "Workshop deleted — undo".
#[component]
fn DeletedMessage() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    move || {
        store.last_deleted.get().map(|record| {
            view! {
                <div class="message" role="status">
                    <span>{locale.format(Key::WorkshopDeleted, &[("title", &record.title)])}</span>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| spawn_local(async move {
                            let _ = store.undo_delete().await;
                        })
                    >
                        {locale.tr(Key::Undo)}
                    </button>
                </div>
            }
        })
    }
}
