//! The start page. Its frame (`StartPage`) is shared: the start bundle shows it with [`StartHome`], the full
//! app with `home::Home`. They differ in what creating and opening a file do: the start bundle leaves both to
//! the full app, so a first visit downloads neither the file format's reader nor its writer.

use crate::components::file_button::FileButton;
use crate::components::icons::{Logo, PlusIcon};
use crate::i18n::messages::storage_error;
use crate::i18n::{grouped, Key};
use crate::persistence::hand_over;
use crate::state::Page;
use crate::state::{use_locale, use_navigation, use_store, Storage, Summary};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The start page's frame: the workshops on this device (or a greeting that explains Querwerk), `actions`
/// (create, open a file), `children` (the messages of those), the stored data this version cannot read, and
/// dropping a file anywhere on the page, which goes to `on_file`.
#[component]
pub fn StartPage(
    actions: ViewFn,
    on_file: Callback<web_sys::File>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let dragging = RwSignal::new(false);
    let empty = move || store.looks_empty();
    // Drawn whole, not keyed (`<For>`'s diffing is 3 KB of the start bundle, for a list of a few projects):
    // the memo keeps a list that was read again unchanged (another tab saved) from being drawn again.
    store.sort_list();
    let workshops = Memo::new(move |_| store.workshops.get());

    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            on_file.run(file);
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
            <div class="actions">{actions.run()}</div>
            <p class="drop-hint" aria-hidden="true">{locale.tr(Key::DropFileHere)}</p>
            <StorageMessage/>
            {children.map(|c| c())}
            <ul class="workshop-list" role="list">
                {move || {
                    workshops
                        .get()
                        .into_iter()
                        .map(|summary| view! { <WorkshopCard summary/> })
                        .collect_view()
                }}
            </ul>
            <UnreadableList/>
        </section>
    }
}

/// The start bundle's start page. "New project" opens the form in the full app (`/new`): the same button as
/// there, which here loads the page with the form open; a picked or dropped file is handed over to the full
/// app, which opens it (`/open`). If the hand-over fails, nothing was
/// stored or changed, and the page says so.
#[component]
pub fn StartHome() -> impl IntoView {
    let locale = use_locale();
    let navigation = use_navigation();
    let failed = RwSignal::new(None::<String>);
    let on_file = Callback::new(move |file: web_sys::File| {
        failed.set(None);
        spawn_local(async move {
            match hand_over(&file).await {
                Ok(()) => navigation.go.run(Page::Open.href()),
                Err(err) => {
                    web_sys::console::warn_1(&format!("Querwerk: hand-over failed: {err}").into());
                    failed.set(Some(locale.format(
                        Key::ErrStorage,
                        &[("detail", &storage_error(locale.lang(), &err))],
                    )));
                }
            }
        });
    });
    let actions = ViewFn::from(move || {
        view! {
            <button
                type="button"
                class="button button--primary"
                on:click=move |_| navigation.go.run(Page::New.href())
            >
                <PlusIcon/>
                {locale.tr(Key::NewWorkshop)}
            </button>
            <FileButton on_file/>
        }
    });
    view! {
        <StartPage actions on_file>
            {move || failed.get().map(|text| view! {
                <div class="message message--error" role="alert">
                    <strong>{locale.tr(Key::ImportFailedTitle)}</strong>
                    <p>{text}</p>
                    <p>{locale.tr(Key::ImportUntouched)}</p>
                </div>
            })}
        </StartPage>
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
    // A record stored before records carried their counts shows its date only, until it is next saved.
    let counts = move || {
        summary.counts.map(|(boards, notes)| {
            format!(
                "{} · {} · ",
                count(boards, Key::BoardCountOne, Key::BoardsCount),
                count(notes, Key::NoteCountOne, Key::NotesCount)
            )
        })
    };
    view! {
        <li class="workshop-card">
            <h2 class="workshop-card__title">
                <a href=link>{summary.title.clone()}</a>
            </h2>
            <p class="workshop-card__question">{summary.question.clone()}</p>
            <p class="workshop-card__meta">
                {counts} {move || {
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
