//! The about page's storage section: what the browser reports, and deleting everything.

use crate::components::dialog::Dialog;
use crate::i18n::messages::storage_error;
use crate::i18n::{numbers, Key};
use crate::persistence::storage_info;
use crate::state::{use_locale, use_store};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn StoragePanel() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let info = LocalResource::new(storage_info);
    let confirming = RwSignal::new(false);
    let done = RwSignal::new(None::<String>);

    let describe = move || {
        let lang = locale.lang();
        let Some(info) = info.get() else {
            return vec![locale.t(Key::Loading).to_owned()];
        };
        let mut lines = Vec::new();
        match (info.usage, info.quota) {
            (Some(usage), Some(quota)) => lines.push(lang.format(
                Key::StorageUsage,
                &[
                    ("usage", &numbers::bytes(lang, usage as u64)),
                    ("quota", &numbers::bytes(lang, quota as u64)),
                ],
            )),
            _ => lines.push(lang.text(Key::StorageUnknown).to_owned()),
        }
        match info.persisted {
            Some(true) => lines.push(lang.text(Key::StoragePersisted).to_owned()),
            Some(false) => lines.push(lang.text(Key::StorageNotPersisted).to_owned()),
            None => {}
        }
        lines
    };
    let delete_all = move |_| {
        spawn_local(async move {
            let lang = locale.lang();
            let text = match store.delete_everything().await {
                Ok(()) => lang.text(Key::AllDataDeleted).to_owned(),
                Err(err) => lang.format(
                    Key::DeleteAllFailed,
                    &[("detail", &storage_error(lang, &err))],
                ),
            };
            confirming.set(false);
            done.set(Some(text));
            info.refetch();
        });
    };

    view! {
        <section aria-labelledby="storage-title">
            <h2 id="storage-title">{locale.tr(Key::StorageTitle)}</h2>
            <ul class="checklist">
                {move || describe().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <button type="button" class="button button--quiet-danger" on:click=move |_| confirming.set(true)>
                {locale.tr(Key::DeleteAllData)}
            </button>
            <p role="status">{move || done.get()}</p>
            <Dialog open=confirming labelled_by="delete-all-title">
                <h2 id="delete-all-title">{locale.tr(Key::DeleteAllData)}</h2>
                <p>{locale.tr(Key::DeleteAllConfirm)}</p>
                <div class="actions actions--end">
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>
                        {locale.tr(Key::Cancel)}
                    </button>
                    <button type="button" class="button button--danger" on:click=delete_all>
                        {locale.tr(Key::DeleteAllButton)}
                    </button>
                </div>
            </Dialog>
        </section>
    }
}
