//! The recommended next method, with the reason and a button that starts it.

use crate::i18n::Key;
use crate::model::journey::{Journey, Next};
use crate::model::{BoardId, Method};
use crate::state::{use_catalogue, use_locale, use_store};
use leptos::prelude::*;

/// The recommended method (or board) with its reason and the button that acts on it; `compact` leaves out the
/// reason and fits on one line (the folded journey).
#[component]
pub fn NextStepCard(
    journey: Journey,
    selected: RwSignal<Option<BoardId>>,
    compact: bool,
) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let catalogue = use_catalogue();
    let error = RwSignal::new(None::<String>);
    let next = journey.next.clone();
    let method: Option<Method> = next
        .as_ref()
        .and_then(Next::method)
        .and_then(|id| catalogue.method(id));
    let title_of = move |id: BoardId| {
        journey
            .board(id)
            .map(|b| b.title.clone())
            .unwrap_or_default()
    };
    let reason = {
        let next = next.clone();
        let title_of = title_of.clone();
        move || {
            let lang = locale.lang();
            match &next {
                None => lang.text(Key::NextNothing).to_owned(),
                Some(Next::Start { .. }) => lang.text(Key::NextStart).to_owned(),
                Some(Next::Continue { board, started }) => {
                    let key = if *started {
                        Key::NextContinue
                    } else {
                        Key::NextContinueEmpty
                    };
                    lang.format(key, &[("board", &title_of(*board))])
                }
                Some(Next::FollowUp { after, .. }) => {
                    let name = catalogue
                        .method(after)
                        .map(|m| lang.pick(&m.name).to_owned())
                        .unwrap_or_else(|| after.clone());
                    lang.format(Key::NextFollowUp, &[("after", &name)])
                }
                Some(Next::NextPhase { phase, .. }) => {
                    lang.format(Key::NextPhase, &[("phase", lang.phase(*phase))])
                }
            }
        }
    };
    let heading = {
        let method = method.clone();
        let next = next.clone();
        move || match (&method, &next) {
            (Some(m), _) => Some(locale.lang().pick(&m.name).to_owned()),
            (None, Some(Next::Continue { board, .. })) => Some(title_of(*board)),
            _ => None,
        }
    };
    let minutes = method.as_ref().map(Method::total_minutes);
    let action = match (method, next) {
        (Some(m), _) => {
            let start = move |_| match store.start_method(&catalogue, &m) {
                Ok(id) => {
                    error.set(None);
                    selected.set(Some(id));
                }
                Err(refused) => error.set(Some(refused.into())),
            };
            Some(view! {
                <button type="button" class="button button--primary journey__action" on:click=start>
                    {locale.tr(Key::StartMethod)}
                </button>
            }
            .into_any())
        }
        (None, Some(Next::Continue { board, .. })) => Some(view! {
            <button type="button" class="button journey__action" on:click=move |_| selected.set(Some(board))>
                {locale.tr(Key::GoToBoard)}
            </button>
        }
        .into_any()),
        _ => None,
    };
    view! {
        <div class="journey__next" class:journey__next--compact=compact aria-labelledby="journey-next-title">
            <h3 id="journey-next-title" class="journey__next-label">{locale.tr(Key::NextStep)}</h3>
            <p class="journey__next-name">
                <strong>{heading}</strong>
                {minutes.map(|n| view! {
                    <span class="journey__next-time">
                        " · "{move || locale.format(Key::AboutMinutes, &[("n", &n.to_string())])}
                    </span>
                })}
            </p>
            {(!compact).then(|| view! { <p class="journey__next-reason">{reason}</p> })}
            {action}
            <p class="field__error" role="alert">{move || error.get()}</p>
        </div>
    }
}
