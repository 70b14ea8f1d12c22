//! The top of a workshop page: title and workshop actions, then the challenge question on a slim strip that stays
//! under the top bar while the page scrolls, so the team always sees what it is working on.

use crate::commands::Command;
use crate::components::board::icons::{Icon, DELETE, EDIT};
use crate::components::dialog::Dialog;
use crate::components::export::ExportMenu;
use crate::components::merge::MergeFile;
use crate::i18n::Key;
use crate::state::Page;
use crate::state::{use_locale, use_store};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// `children`: the room's controls (agenda, pitch, projector), on the same line where the screen is wide enough.
#[component]
pub fn WorkshopHeader(children: Children) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let navigate = use_navigate();
    let editing = RwSignal::new(false);

    let delete = move |_| {
        let Some(id) = store.current.with_untracked(|c| c.as_ref().map(|w| w.id)) else {
            return;
        };
        let navigate = navigate.clone();
        spawn_local(async move {
            if store.delete(id).await.is_ok() {
                navigate(&Page::Home.href(), NavigateOptions::default());
            }
        });
    };

    view! {
        <header class="workshop-header">
            <Title/>
            // Icons with their names as tooltips on wide screens, so the board gets the height; named on phones.
            <div class="workshop-header__actions">
                <button type="button" class="button header-action" aria-label=locale.tr(Key::EditWorkshop)
                    title=locale.tr(Key::EditWorkshop) on:click=move |_| editing.set(true)>
                    <Icon d=EDIT/>
                    <span class="header-action__label">{locale.tr(Key::EditWorkshop)}</span>
                </button>
                <ExportMenu/>
                <MergeFile/>
                <button type="button" class="button button--quiet-danger header-action" aria-label=locale.tr(Key::DeleteWorkshop)
                    title=locale.tr(Key::DeleteWorkshop) on:click=delete>
                    <Icon d=DELETE/>
                    <span class="header-action__label">{locale.tr(Key::DeleteWorkshop)}</span>
                </button>
            </div>
            <div class="workshop-header__room">{children()}</div>
            <EditWorkshopDialog open=editing/>
        </header>
        <Question/>
    }
}

/// A participant's header in a live room (`routes::phone`): the title and question without the workshop's
/// actions (editing, files, deleting), which are the facilitator's or wait until this device leaves the room.
#[component]
pub fn ParticipantHeader(children: Children) -> impl IntoView {
    view! {
        <header class="workshop-header">
            <Title/>
            <div class="workshop-header__room">{children()}</div>
        </header>
        <Question/>
    }
}

#[component]
fn Title() -> impl IntoView {
    let store = use_store();
    let title = move || {
        store
            .current
            .with(|c| c.as_ref().map(|w| w.title.clone()).unwrap_or_default())
    };
    view! {
        <div class="workshop-header__text">
            <h1 class="workshop-header__title">{title}</h1>
        </div>
    }
}

/// The challenge question on its strip.
#[component]
fn Question() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let question = move || {
        store
            .current
            .with(|c| c.as_ref().map(|w| w.question.clone()).unwrap_or_default())
    };
    view! {
        <p class="workshop-question" title=question>
            <span class="workshop-question__label">{locale.tr(Key::ChallengeQuestion)}": "</span>
            {move || {
                let q = question();
                if q.trim().is_empty() { locale.t(Key::NoQuestionYet).to_owned() } else { q }
            }}
        </p>
    }
}

#[component]
fn EditWorkshopDialog(open: RwSignal<bool>) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let title = RwSignal::new(String::new());
    let question = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // Fill the fields from the workshop each time the dialog opens.
    Effect::new(move |_| {
        if open.get() {
            store.current.with_untracked(|c| {
                if let Some(ws) = c {
                    title.set(ws.title.clone());
                    question.set(ws.question.clone());
                }
            });
            error.set(None);
        }
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (new_title, new_question) = (title.get_untracked(), question.get_untracked());
        if crate::model::is_blank(&new_title) {
            error.set(Some(locale.t(Key::TitleRequired).to_owned()));
            return;
        }
        let mut commands = Vec::new();
        store.current.with_untracked(|c| {
            if let Some(ws) = c {
                if ws.title != new_title.trim() {
                    commands.push(Command::SetTitle {
                        title: new_title.trim().to_owned(),
                    });
                }
                if ws.question != new_question.trim() {
                    commands.push(Command::SetQuestion {
                        question: new_question.trim().to_owned(),
                    });
                }
            }
        });
        if commands.is_empty() {
            open.set(false);
            return;
        }
        match store.apply(commands) {
            Ok(()) => open.set(false),
            Err(refused) => error.set(Some(refused.into())),
        }
    };
    view! {
        <Dialog open=open labelled_by="edit-workshop-title">
            <form class="form" on:submit=save novalidate>
                <h2 id="edit-workshop-title">{locale.tr(Key::EditWorkshop)}</h2>
                <label class="field">
                    <span class="field__label">{locale.tr(Key::FieldTitle)}</span>
                    <input type="text" maxlength="200" prop:value=title on:input:target=move |ev| title.set(ev.target().value())/>
                </label>
                <label class="field">
                    <span class="field__label">{locale.tr(Key::FieldQuestion)}</span>
                    <textarea rows="3" maxlength="2000" prop:value=question on:input:target=move |ev| question.set(ev.target().value())></textarea>
                </label>
                <p class="field__error" role="alert">{move || error.get()}</p>
                <div class="actions actions--end">
                    <button type="button" class="button" on:click=move |_| open.set(false)>{locale.tr(Key::Cancel)}</button>
                    <button type="submit" class="button button--primary">{locale.tr(Key::Save)}</button>
                </div>
            </form>
        </Dialog>
    }
}
