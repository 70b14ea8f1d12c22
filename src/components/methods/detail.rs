//! One method as a facilitator reads it before a workshop: purpose, time, steps, tips, the pitfall, what follows;
//! and the button that starts it as a board in the open workshop.

use super::{people, CatalogueStatus};
use crate::i18n::numbers::minutes;
use crate::i18n::Key;
use crate::model::{Method, WorkshopId};
use crate::state::Page;
use crate::state::{use_catalogue, use_locale, use_store, CatalogueState};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn MethodDetail(workshop: WorkshopId, method: Memo<String>) -> impl IntoView {
    let locale = use_locale();
    let catalogue = use_catalogue();
    let back = Page::Methods(workshop).href();
    let body = move || {
        let id = method.get();
        match (
            catalogue.method(&id),
            catalogue
                .state
                .with(|s| matches!(s, CatalogueState::Ready(_))),
        ) {
            (Some(m), _) => Some(view! { <MethodText workshop method=m/> }.into_any()),
            (None, true) => {
                Some(view! { <p role="status">{locale.t(Key::MethodMissing)}</p> }.into_any())
            }
            (None, false) => None,
        }
    };
    view! {
        <section class="page method-detail">
            <p class="methods__back"><A href=back>{locale.tr(Key::AllMethods)}</A></p>
            <CatalogueStatus/>
            {body}
        </section>
    }
}

#[component]
fn MethodText(workshop: WorkshopId, method: Method) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let catalogue = use_catalogue();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
    let start = {
        let method = method.clone();
        move |_| match store.start_method(&catalogue, &method) {
            Ok(board) => {
                error.set(None);
                navigate(&Page::Board(workshop, board).href(), Default::default());
            }
            Err(refused) => error.set(Some(refused.into())),
        }
    };
    // Rebuilt on a language switch: every text below is read once.
    move || {
        let lang = locale.lang();
        let m = &method;
        let steps = m
            .steps
            .iter()
            .map(|s| {
                view! {
                    <li class="method-step">
                        <h3 class="method-step__title">
                            {lang.pick(&s.title).to_owned()}
                            <span class="method-step__time">{minutes(lang, u32::from(s.minutes))}</span>
                        </h3>
                        <p>{lang.pick(&s.instruction).to_owned()}</p>
                    </li>
                }
            })
            .collect_view();
        let tips = m
            .tips
            .iter()
            .map(|t| view! { <li>{lang.pick(t).to_owned()}</li> })
            .collect_view();
        let next = m
            .next
            .iter()
            .filter_map(|id| {
                let n = catalogue.method(id)?;
                let link = Page::Method(workshop, id.clone()).href();
                Some(view! { <li><A href=link>{lang.pick(&n.name).to_owned()}</A></li> })
            })
            .collect_view();
        let start = start.clone();
        view! {
            <h1>{lang.pick(&m.name).to_owned()}</h1>
            <p class="lead">{lang.pick(&m.purpose).to_owned()}</p>
            <dl class="method-facts" aria-label=locale.t(Key::MethodFacts)>
                <div><dt>{locale.t(Key::FilterPhase)}</dt><dd>{lang.phase(m.phase)}</dd></div>
                <div><dt>{locale.t(Key::FilterDuration)}</dt><dd>{minutes(lang, m.total_minutes())}</dd></div>
                <div><dt>{locale.t(Key::FilterPeople)}</dt><dd>{people(lang, m)}</dd></div>
                <div><dt>{locale.t(Key::MethodOutput)}</dt><dd>{lang.pick(&m.output).to_owned()}</dd></div>
            </dl>
            <p class="method-detail__start">
                <button type="button" class="button button--primary" on:click=start>
                    {locale.t(Key::StartMethod)}
                </button>
            </p>
            <p class="field__error" role="alert">{move || error.get()}</p>
            <h2>{locale.t(Key::MethodSteps)}</h2>
            <ol class="method-steps">{steps}</ol>
            <h2>{locale.t(Key::MethodTips)}</h2>
            <ul class="method-tips">{tips}</ul>
            <h2>{locale.t(Key::MethodPitfall)}</h2>
            <p>{lang.pick(&m.pitfall).to_owned()}</p>
            <h2>{locale.t(Key::MethodNext)}</h2>
            <ul class="method-next">{next}</ul>
        }
    }
}
