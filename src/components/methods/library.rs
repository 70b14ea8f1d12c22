//! Finding a method: filter by phase, time and group size, search by name, and a list of what fits.

use super::{people, CatalogueStatus};
use crate::i18n::numbers::minutes;
use crate::i18n::Key;
use crate::model::method::filter::{Duration, MethodFilter};
use crate::model::{Phase, WorkshopId};
use crate::state::Page;
use crate::state::{use_catalogue, use_locale};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn MethodLibrary(workshop: WorkshopId) -> impl IntoView {
    let locale = use_locale();
    let catalogue = use_catalogue();
    let filter = RwSignal::new(MethodFilter::default());
    let found = Memo::new(move |_| {
        let methods = catalogue.methods()?;
        let f = filter.get();
        Some(
            f.apply(&methods)
                .into_iter()
                .map(|m| m.id.clone())
                .collect::<Vec<_>>(),
        )
    });
    let count = move || {
        found.get().map(|ids| match ids.len() {
            1 => locale.t(Key::MethodsFoundOne).to_owned(),
            n => locale.format(Key::MethodsFound, &[("n", &n.to_string())]),
        })
    };
    let back = Page::Workshop(workshop).href();
    view! {
        <section class="page methods" aria-labelledby="methods-title">
            <p class="methods__back"><A href=back>{locale.tr(Key::BackToWorkshop)}</A></p>
            <h1 id="methods-title">{locale.tr(Key::MethodsTitle)}</h1>
            <p class="lead">{locale.tr(Key::MethodsIntro)}</p>
            <Filters filter/>
            <CatalogueStatus/>
            <p class="methods__count" role="status">{count}</p>
            <ul class="method-list" role="list">
                <For
                    each=move || found.get().unwrap_or_default()
                    key=|id| id.clone()
                    children=move |id| view! { <MethodCard workshop id/> }
                />
            </ul>
            <Show when=move || found.with(|f| f.as_ref().is_some_and(Vec::is_empty))>
                <p>
                    {locale.tr(Key::NoMethodsFound)} " "
                    <button type="button" class="button" on:click=move |_| filter.set(MethodFilter::default())>
                        {locale.tr(Key::ResetFilters)}
                    </button>
                </p>
            </Show>
        </section>
    }
}

#[component]
fn Filters(filter: RwSignal<MethodFilter>) -> impl IntoView {
    let locale = use_locale();
    let duration_key = |d: Duration| match d {
        Duration::Any => Key::DurationAny,
        Duration::UpTo30 => Key::DurationUpTo30,
        Duration::UpTo60 => Key::DurationUpTo60,
        Duration::Over60 => Key::DurationOver60,
    };
    view! {
        <form class="method-filters" role="search" on:submit=|ev| ev.prevent_default()>
            <label class="field">
                <span class="field__label">{locale.tr(Key::FilterSearch)}</span>
                <input
                    type="search"
                    prop:value=move || filter.with(|f| f.query.clone())
                    on:input:target=move |ev| filter.update(|f| f.query = ev.target().value())
                />
            </label>
            <label class="field">
                <span class="field__label">{locale.tr(Key::FilterPhase)}</span>
                <select
                    prop:value=move || filter.with(|f| f.phase.map(Phase::key).unwrap_or_default())
                    on:change:target=move |ev| {
                        let key = ev.target().value();
                        filter.update(|f| f.phase = Phase::ALL.into_iter().find(|p| p.key() == key));
                    }
                >
                    <option value="">{locale.tr(Key::AllPhases)}</option>
                    {Phase::ALL
                        .into_iter()
                        .map(|p| view! { <option value=p.key()>{move || locale.lang().phase(p)}</option> })
                        .collect_view()}
                </select>
            </label>
            <label class="field">
                <span class="field__label">{locale.tr(Key::FilterDuration)}</span>
                <select
                    prop:value=move || filter.with(|f| f.duration.key())
                    on:change:target=move |ev| {
                        filter.update(|f| f.duration = Duration::from_key(&ev.target().value()))
                    }
                >
                    {Duration::ALL
                        .into_iter()
                        .map(|d| view! { <option value=d.key()>{locale.tr(duration_key(d))}</option> })
                        .collect_view()}
                </select>
            </label>
            <label class="field field--narrow">
                <span class="field__label">{locale.tr(Key::FilterPeople)}</span>
                <input
                    type="number"
                    min="1"
                    max="99"
                    inputmode="numeric"
                    prop:value=move || filter.with(|f| f.people.map(|n| n.to_string()).unwrap_or_default())
                    on:input:target=move |ev| {
                        let n = ev.target().value().trim().parse::<u16>().ok().filter(|n| *n > 0);
                        filter.update(|f| f.people = n);
                    }
                />
            </label>
        </form>
    }
}

#[component]
fn MethodCard(workshop: WorkshopId, id: String) -> impl IntoView {
    let locale = use_locale();
    let catalogue = use_catalogue();
    let link = Page::Method(workshop, id.clone()).href();
    move || {
        catalogue.method(&id).map(|m| {
            let lang = locale.lang();
            let meta = format!(
                "{} · {} · {}",
                lang.phase(m.phase),
                minutes(lang, m.total_minutes()),
                people(lang, &m)
            );
            view! {
                <li class="method-card" data-phase=m.phase.key()>
                    <h2 class="method-card__name">
                        <A href=link.clone()>{lang.pick(&m.name).to_owned()}</A>
                    </h2>
                    <p class="method-card__meta">{meta}</p>
                    <p class="method-card__purpose">{lang.pick(&m.purpose).to_owned()}</p>
                </li>
            }
        })
    }
}
