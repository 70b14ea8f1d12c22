//! Messages about the device's storage that matter on every page (issue 11): another tab blocks or took the
//! database, and — once — what the browser promised about keeping the workshops.

use crate::i18n::Key;
use crate::persistence::DbEvent;
use crate::state::{use_locale, use_store};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn StorageNotices() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let reload = move |_| spawn_local(async move { store.reload_page().await });
    view! {
        <div class="notices">
            {move || match store.db_notice.get() {
                Some(DbEvent::Blocked) => Some(view! {
                    <div class="message message--warning" role="status">
                        <p>{locale.tr(Key::DbBlocked)}</p>
                    </div>
                }.into_any()),
                Some(DbEvent::NeedsReload) => Some(view! {
                    <div class="message message--error" role="alert">
                        <p>{locale.tr(Key::DbNeedsReload)}</p>
                        <button type="button" class="button button--primary" on:click=reload>
                            {locale.tr(Key::ReloadPage)}
                        </button>
                    </div>
                }.into_any()),
                _ => None,
            }}
            {move || store.persistence.get().map(|kept| view! {
                <div class="message message--info" role="status" data-persisted=kept.to_string()>
                    <p>{locale.tr(if kept { Key::PersistGranted } else { Key::PersistDenied })}</p>
                    <button type="button" class="button" on:click=move |_| store.dismiss_persistence()>
                        {locale.tr(Key::PersistDismiss)}
                    </button>
                </div>
            })}
        </div>
    }
}
