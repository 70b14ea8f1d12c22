//! "Exportieren": one button in the crowded workshop header opens a dialog with the three things a team can take
//! away: the workshop file (to open again), the documentation (Markdown) and all notes (CSV).

use crate::browser::files::FileError;
use crate::components::board::icons::{Icon, DOWNLOAD};
use crate::components::dialog::Dialog;
use crate::i18n::Key;
use crate::state::{use_catalogue, use_locale, use_store, CatalogueState, Document};
use leptos::prelude::*;

#[component]
pub fn ExportMenu() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    // The documents place boards by the catalogue: start loading it with the page, not on the click.
    let catalogue = use_catalogue();
    let open = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let show = move |_| {
        error.set(None);
        open.set(true);
    };
    let finish = move |result: Result<(), FileError>| match result {
        Ok(()) => open.set(false),
        Err(err) => {
            web_sys::console::error_1(&format!("Querwerk: export failed: {err}").into());
            error.set(Some(
                locale.format(Key::ExportFailed, &[("detail", &err.to_string())]),
            ));
        }
    };
    let loading = move || {
        matches!(
            catalogue.state.get(),
            CatalogueState::NotLoaded | CatalogueState::Loading
        )
    };
    let document = move |kind: Document| {
        // Without the catalogue (it failed to load) the document still has every note, with all boards under
        // "Weitere Boards": better than no document.
        let methods = catalogue.methods().unwrap_or_default();
        finish(store.export_document(kind, locale.lang(), &methods));
    };
    let choice = move |key: Key, hint: Key, id: &'static str, doc: bool, run: Callback<()>| {
        view! {
            <li class="export__choice">
                <button
                    type="button"
                    class="button export__button"
                    aria-describedby=id
                    disabled=move || doc && loading()
                    on:click=move |_| run.run(())
                >
                    {locale.tr(key)}
                </button>
                <p class="export__hint" id=id>{locale.tr(hint)}</p>
            </li>
        }
    };
    view! {
        <button type="button" class="button header-action" aria-haspopup="dialog" aria-label=locale.tr(Key::ExportMenu)
            title=locale.tr(Key::ExportMenu) on:click=show>
            <Icon d=DOWNLOAD/>
            <span class="header-action__label">{locale.tr(Key::ExportMenu)}</span>
        </button>
        <Dialog open=open labelled_by="export-title">
            <h2 id="export-title">{locale.tr(Key::ExportMenu)}</h2>
            <ul class="export" role="list">
                {choice(
                    Key::ExportJson,
                    Key::ExportJsonHint,
                    "export-json-hint",
                    false,
                    Callback::new(move |()| finish(store.export_current())),
                )}
                {choice(
                    Key::ExportMarkdown,
                    Key::ExportMarkdownHint,
                    "export-md-hint",
                    true,
                    Callback::new(move |()| document(Document::Markdown)),
                )}
                {choice(
                    Key::ExportCsv,
                    Key::ExportCsvHint,
                    "export-csv-hint",
                    true,
                    Callback::new(move |()| document(Document::Csv)),
                )}
            </ul>
            <p class="export__status" role="status">
                {move || loading().then(|| locale.t(Key::ExportCatalogueLoading))}
            </p>
            <p class="field__error" role="alert">{move || error.get()}</p>
        </Dialog>
    }
}
