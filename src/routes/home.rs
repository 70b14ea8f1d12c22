use crate::components::icons::{Logo, PlusIcon};
use crate::components::import::{import, ImportButton, ImportReport, ImportState};
use crate::components::new_workshop::NewWorkshopDialog;
use crate::i18n::{grouped, Key};
use crate::state::Page;
use crate::state::{use_locale, use_store, Storage, Summary};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The start page: the workshops on this device (or an empty state that explains Querwerk), creating and
/// opening files, and dropping a file anywhere on the page.
#[component]
pub fn Home() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let creating = RwSignal::new(false);
    let import_state = RwSignal::new(ImportState::default());
    let dragging = RwSignal::new(false);
    let empty = move || store.looks_empty();

    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            import(store, locale.lang(), file, import_state);
        }
    };

    view! {
        <section
            class="page home"
            class:home--dragging=dragging
            aria-labelledby="home-title"
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <Show
                when=empty
                fallback=move || view! { <h1 id="home-title">{locale.tr(Key::HomeTitle)}</h1> }
            >
                <div class="empty-state">
                    <Logo/>
                    <h1 id="home-title">{locale.tr(Key::HomeEmptyTitle)}</h1>
                    <p class="lead">{locale.tr(Key::HomeEmptyIntro)}</p>
                </div>
            </Show>
            <div class="actions">
                <button type="button" class="button button--primary" on:click=move |_| creating.set(true)>
                    <PlusIcon/>
                    {locale.tr(Key::NewWorkshop)}
                </button>
                <ImportButton state=import_state/>
            </div>
            <p class="drop-hint" aria-hidden="true">{locale.tr(Key::DropFileHere)}</p>
            <StorageMessage/>
            <DeletedMessage/>
            <ImportReport state=import_state/>
            <ul class="workshop-list" role="list">
                <For
                    each=move || store.workshops.get()
                    key=|s| (s.id, s.updated, s.title.clone())
                    children=move |summary| view! { <WorkshopCard summary/> }
                />
            </ul>
            <UnreadableList/>
            <NewWorkshopDialog open=creating/>
        </section>
    }
}

#[component]
fn WorkshopCard(summary: Summary) -> impl IntoView {
    let locale = use_locale();
    let link = Page::Workshop(summary.id).href();
    let updated = summary.updated.0;
    // German and English both use the singular for exactly one.
    let count = move |n: usize, one: Key, many: Key| {
        if n == 1 {
            locale.t(one).to_owned()
        } else {
            locale.format(many, &[("n", &grouped(locale.lang(), n))])
        }
    };
    let counts = move || {
        format!(
            "{} · {}",
            count(summary.boards, Key::BoardCountOne, Key::BoardsCount),
            count(summary.notes, Key::NoteCountOne, Key::NotesCount)
        )
    };
    view! {
        <li class="workshop-card">
            <h2 class="workshop-card__title">
                <a href=link>{summary.title.clone()}</a>
            </h2>
            <p class="workshop-card__question">{summary.question.clone()}</p>
            <p class="workshop-card__meta">
                {counts} " · " {move || {
                    let when = crate::browser::clock::local_date_time(updated, locale.lang().code());
                    locale.format(Key::ChangedAt, &[("when", &when)])
                }}
            </p>
        </li>
    }
}

/// Says so when the browser gives Querwerk no storage at all.
#[component]
fn StorageMessage() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    move || {
        matches!(store.storage.get(), Storage::Unavailable(_)).then(|| {
            view! { <p class="message message--error" role="alert">{locale.tr(Key::StorageUnavailable)}</p> }
        })
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

/// Stored data this version cannot read: listed, never deleted, offered as a download.
#[component]
fn UnreadableList() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    move || {
        let items = store.unreadable.get();
        (!items.is_empty()).then(|| {
            view! {
                <section class="message message--warning" aria-labelledby="unreadable-title">
                    <h2 id="unreadable-title">{locale.tr(Key::UnreadableTitle)}</h2>
                    <p>{locale.tr(Key::UnreadableText)}</p>
                    <ul>
                        {items
                            .into_iter()
                            .map(|u| {
                                let key = u.id.clone();
                                let name = if u.title.is_empty() { u.id.clone() } else { u.title.clone() };
                                view! {
                                    <li>
                                        <span>{name}</span>
                                        " "
                                        <button
                                            type="button"
                                            class="button"
                                            on:click=move |_| {
                                                let _ = store.download_unreadable(&key);
                                            }
                                        >
                                            {locale.tr(Key::DownloadRaw)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
