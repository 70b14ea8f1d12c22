//! How saving stands: a quiet indicator, and messages that stay while something needs the user.

use crate::i18n::Key;
use crate::persistence::StorageError;
use crate::state::{use_locale, use_store, Opened, Saving, Storage, BACKUP_REMINDER_AFTER};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// "Gespeichert" / "Wird gespeichert …" next to the board tabs.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    view! {
        <p class="save-status" role="status" data-state=move || store.saving.with(Saving::name)>
            {move || match store.saving.get() {
                Saving::Saved => locale.t(Key::SaveSaved),
                Saving::Pending => locale.t(Key::SavePending),
                Saving::Failed(_) | Saving::Conflict { .. } => locale.t(Key::SaveNotSaved),
            }}
        </p>
    }
}

/// Failure, conflict, deletion elsewhere, no storage, and the backup reminder.
#[component]
pub fn SaveMessages() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let reminder_dismissed = RwSignal::new(false);
    let export = move |_| {
        if let Err(err) = store.export_current() {
            web_sys::console::error_1(&format!("Querwerk: export failed: {err}").into());
        }
    };
    let export_button = move || {
        view! { <button type="button" class="button" on:click=export>{locale.tr(Key::ExportWorkshop)}</button> }
    };
    view! {
        {move || match store.saving.get() {
            // storage and worker (issue 11): a newer Querwerk owns this workshop's stored data.
            Saving::Failed(StorageError::NewerData { .. }) => Some(view! {
                <div class="message message--warning" role="alert" data-reason="newer-data">
                    <p>{locale.tr(Key::SaveNewerData)}</p>
                    <div class="actions">
                        <button type="button" class="button button--primary" on:click=move |_| spawn_local(async move { store.reload_page().await })>
                            {locale.tr(Key::ReloadPage)}
                        </button>
                        {export_button()}
                    </div>
                </div>
            }.into_any()),
            // The connection was taken by another tab: StorageNotices says whether it came back or a reload is needed.
            Saving::Failed(StorageError::Closed) => None,
            Saving::Failed(err) => {
                let key = if err == StorageError::QuotaExceeded { Key::SaveQuota } else { Key::SaveFailed };
                Some(view! {
                    <div class="message message--error" role="alert">
                        <p>{locale.tr(key)}</p>
                        {export_button()}
                    </div>
                }.into_any())
            }
            Saving::Conflict { .. } => Some(view! {
                <div class="message message--warning" role="alert">
                    <p>{locale.tr(Key::SaveConflict)}</p>
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| spawn_local(async move { store.take_stored_version().await })>
                            {locale.tr(Key::TakeOtherVersion)}
                        </button>
                        <button type="button" class="button" on:click=move |_| spawn_local(async move { store.keep_this_version().await })>
                            {locale.tr(Key::KeepThisVersion)}
                        </button>
                        {export_button()}
                    </div>
                </div>
            }.into_any()),
            _ => None,
        }}
        {move || store.merged_elsewhere.get().then(|| view! {
            <div class="message message--info" role="status">
                <p>{locale.tr(Key::MergedElsewhere)}</p>
                <button type="button" class="button button--quiet" on:click=move |_| store.merged_elsewhere.set(false)>
                    {locale.tr(Key::Close)}
                </button>
            </div>
        })}
        {move || matches!(store.opened.get(), Opened::DeletedElsewhere(_)).then(|| view! {
            <div class="message message--warning" role="alert">
                <p>{locale.tr(Key::DeletedElsewhere)}</p>
                <div class="actions">
                    <button type="button" class="button" on:click=move |_| spawn_local(async move { store.restore_deleted().await })>
                        {locale.tr(Key::RestoreWorkshop)}
                    </button>
                    {export_button()}
                </div>
            </div>
        })}
        {move || matches!(store.storage.get(), Storage::Unavailable(_)).then(|| view! {
            <div class="message message--error" role="alert">
                <p>{locale.tr(Key::StorageUnavailable)}</p>
                {export_button()}
            </div>
        })}
        {move || (store.unexported.get() >= BACKUP_REMINDER_AFTER && !reminder_dismissed.get()).then(|| view! {
            <div class="message message--info" role="status">
                <p>{locale.tr(Key::BackupReminder)}</p>
                <div class="actions">
                    {export_button()}
                    <button type="button" class="button button--quiet" on:click=move |_| reminder_dismissed.set(true)>
                        {locale.tr(Key::Later)}
                    </button>
                </div>
            </div>
        })}
    }
}
