//! Opening a workshop file (picked with `file_button`, or dropped on the start page) and the answers to what
//! can go wrong.

use crate::components::dialog::Dialog;
use crate::i18n::messages::storage_error;
use crate::i18n::{messages, numbers, Key, Lang};
use crate::model::Workshop;
use crate::state::{use_locale, use_store, ImportFailure, ImportOutcome, Store};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What the import UI shows after a file was handled.
#[derive(Clone, Debug, Default)]
pub struct ImportState {
    /// A success message.
    pub done: Option<String>,
    /// A failure message (the stored workshops are untouched).
    pub failed: Option<String>,
    /// A workshop with the same id exists: waiting for "replace" or "keep both".
    pub pending: Option<(Workshop, String)>,
}

pub fn failure_text(lang: Lang, failure: &ImportFailure) -> String {
    match failure {
        ImportFailure::Format(err) => messages::import_error(lang, err),
        ImportFailure::File(crate::browser::files::FileError::TooLarge { bytes, max }) => lang
            .format(
                Key::ErrTooLarge,
                &[
                    ("size", &numbers::bytes(lang, *bytes)),
                    ("max", &numbers::bytes(lang, *max)),
                ],
            ),
        ImportFailure::File(crate::browser::files::FileError::NotText) => {
            lang.text(Key::ErrNotText).to_owned()
        }
        ImportFailure::File(_) => lang.text(Key::ErrRead).to_owned(),
        ImportFailure::Storage(err) => {
            lang.format(Key::ErrStorage, &[("detail", &storage_error(lang, err))])
        }
    }
}

/// Imports one file and reports into `state`.
pub fn import(store: Store, lang: Lang, file: web_sys::File, state: RwSignal<ImportState>) {
    state.set(ImportState::default());
    spawn_local(async move {
        let next = match store.import_file(file).await {
            Ok(ImportOutcome::Added(id)) => {
                let title = store
                    .workshops
                    .with_untracked(|l| l.iter().find(|s| s.id == id).map(|s| s.title.clone()))
                    .unwrap_or_default();
                ImportState {
                    done: Some(lang.format(Key::ImportDone, &[("title", &title)])),
                    ..Default::default()
                }
            }
            Ok(ImportOutcome::Exists {
                incoming,
                existing_title,
            }) => ImportState {
                pending: Some((*incoming, existing_title)),
                ..Default::default()
            },
            Err(failure) => {
                web_sys::console::warn_1(&format!("Querwerk: import failed: {failure}").into());
                ImportState {
                    failed: Some(failure_text(lang, &failure)),
                    ..Default::default()
                }
            }
        };
        state.set(next);
    });
}

/// Messages and the replace-or-keep-both question after an import.
#[component]
pub fn ImportReport(state: RwSignal<ImportState>) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let asking = RwSignal::new(false);
    Effect::new(move |_| asking.set(state.with(|s| s.pending.is_some())));
    let resolve = move |replace: bool| {
        let Some((ws, _)) = state.get_untracked().pending else {
            return;
        };
        let lang = locale.lang();
        spawn_local(async move {
            let title = ws.title.clone();
            let result = if replace {
                store.import_replace(ws).await
            } else {
                store.import_copy(ws).await
            };
            state.set(match result {
                Ok(_) => ImportState {
                    done: Some(lang.format(Key::ImportDone, &[("title", &title)])),
                    ..Default::default()
                },
                Err(err) => ImportState {
                    failed: Some(
                        lang.format(Key::ErrStorage, &[("detail", &storage_error(lang, &err))]),
                    ),
                    ..Default::default()
                },
            });
        });
    };
    view! {
        <div class="import-report" aria-live="polite">
            {move || state.with(|s| s.done.clone()).map(|text| view! { <p class="message message--success">{text}</p> })}
        </div>
        {move || {
            state.with(|s| s.failed.clone()).map(|text| {
                view! {
                    <div class="message message--error" role="alert">
                        <strong>{locale.tr(Key::ImportFailedTitle)}</strong>
                        <p>{text}</p>
                        <p>{locale.tr(Key::ImportUntouched)}</p>
                    </div>
                }
            })
        }}
        <Dialog open=asking labelled_by="import-exists-title">
            <h2 id="import-exists-title">{locale.tr(Key::ImportExistsTitle)}</h2>
            <p>
                {move || {
                    let title = state.with(|s| s.pending.as_ref().map(|p| p.1.clone()).unwrap_or_default());
                    locale.format(Key::ImportExistsText, &[("title", &title)])
                }}
            </p>
            <div class="actions actions--end">
                <button type="button" class="button" on:click=move |_| state.set(ImportState::default())>
                    {locale.tr(Key::Cancel)}
                </button>
                <button type="button" class="button" on:click=move |_| resolve(true)>
                    {locale.tr(Key::ImportReplace)}
                </button>
                <button type="button" class="button button--primary" on:click=move |_| resolve(false)>
                    {locale.tr(Key::ImportKeepBoth)}
                </button>
            </div>
        </Dialog>
    }
}
