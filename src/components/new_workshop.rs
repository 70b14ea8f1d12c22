use crate::components::dialog::Dialog;
use crate::i18n::messages::storage_error;
use crate::i18n::Key;
use crate::state::Page;
use crate::state::{use_locale, use_navigation, use_store};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The "new workshop" dialog: a title (required) and the challenge question (may come later).
#[component]
pub fn NewWorkshopDialog(open: RwSignal<bool>) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let navigation = use_navigation();
    let title = RwSignal::new(String::new());
    let question = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // Invisible characters alone count as empty, as on import (a title nobody can see or click).
        if crate::model::is_blank(&title.get_untracked()) {
            error.set(Some(locale.t(Key::TitleRequired).to_owned()));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let result = store
                .create(&title.get_untracked(), &question.get_untracked())
                .await;
            busy.set(false);
            match result {
                Ok(id) => {
                    open.set(false);
                    title.set(String::new());
                    question.set(String::new());
                    error.set(None);
                    navigation.go.run(Page::Workshop(id).href());
                }
                Err(err) => error.set(Some(locale.format(
                    Key::CreateFailed,
                    &[("detail", &storage_error(locale.lang(), &err))],
                ))),
            }
        });
    };

    view! {
        <Dialog open=open labelled_by="new-workshop-title">
            <form class="form" on:submit=submit novalidate>
                <h2 id="new-workshop-title">{locale.tr(Key::NewWorkshopTitle)}</h2>
                <label class="field">
                    <span class="field__label">{locale.tr(Key::FieldTitle)}</span>
                    // The native dialog focuses this first, not its close button: whoever opens it came to
                    // name a project.
                    <input
                        type="text"
                        required
                        autofocus
                        maxlength="200"
                        autocomplete="off"
                        aria-invalid=move || error.get().is_some().to_string()
                        aria-describedby="new-workshop-error"
                        prop:value=title
                        on:input:target=move |ev| title.set(ev.target().value())
                    />
                </label>
                <label class="field">
                    <span class="field__label">{locale.tr(Key::FieldQuestion)}</span>
                    <textarea
                        rows="3"
                        maxlength="2000"
                        aria-describedby="new-workshop-hint"
                        prop:value=question
                        on:input:target=move |ev| question.set(ev.target().value())
                    ></textarea>
                    <span class="field__hint" id="new-workshop-hint">{locale.tr(Key::FieldQuestionHint)}</span>
                </label>
                <p class="field__error" id="new-workshop-error" role="alert">{move || error.get()}</p>
                <div class="actions actions--end">
                    <button type="button" class="button" on:click=move |_| open.set(false)>
                        {locale.tr(Key::Cancel)}
                    </button>
                    <button type="submit" class="button button--primary" disabled=busy>
                        {locale.tr(Key::Create)}
                    </button>
                </div>
            </form>
        </Dialog>
    }
}
