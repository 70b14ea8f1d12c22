//! The pitch pages' heading: which pitch (question or result) and which part (canvas, jury check, rehearsal,
//! handout). Both live in the address, so a reload or a shared link opens the same view.

use crate::components::save_status::{SaveMessages, SaveStatus};
use crate::i18n::pitch::{kind_intro, kind_name};
use crate::i18n::Key;
use crate::model::pitch::PitchKind;
use crate::state::{use_locale, use_store, Page, PitchPart};
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PitchSection {
    Canvas,
    Jury,
    Rehearsal,
    Handout,
}

impl PitchSection {
    const ALL: [PitchSection; 4] = [
        PitchSection::Canvas,
        PitchSection::Jury,
        PitchSection::Rehearsal,
        PitchSection::Handout,
    ];

    fn part(self) -> PitchPart {
        match self {
            PitchSection::Canvas => PitchPart::Canvas,
            PitchSection::Jury => PitchPart::Jury,
            PitchSection::Rehearsal => PitchPart::Rehearsal,
            PitchSection::Handout => PitchPart::Handout,
        }
    }

    fn name(self) -> Key {
        match self {
            PitchSection::Canvas => Key::PitchCanvasTab,
            PitchSection::Jury => Key::PitchJuryTab,
            PitchSection::Rehearsal => Key::PitchRehearsalTab,
            PitchSection::Handout => Key::PitchHandoutTab,
        }
    }
}

#[component]
pub fn PitchNav(section: PitchSection, kind: Memo<PitchKind>) -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let link = move |s: PitchSection, k: PitchKind| {
        store
            .current
            .with(|c| {
                c.as_ref()
                    .map(|w| Page::Pitch(w.id, s.part(), Some(k)).href())
            })
            .unwrap_or_default()
    };
    let back = move || {
        store
            .current
            .with(|c| c.as_ref().map(|w| Page::Workshop(w.id).href()))
            .unwrap_or_default()
    };
    let tabs = PitchSection::ALL
        .into_iter()
        .map(|s| {
            view! {
                <A href=move || link(s, kind.get())
                    attr:class=move || if s == section { "pitch-nav__tab pitch-nav__tab--current" } else { "pitch-nav__tab" }
                    attr:aria-current=move || (s == section).then_some("page")>
                    {locale.tr(s.name())}
                </A>
            }
        })
        .collect_view();
    let kinds = PitchKind::ALL
        .into_iter()
        .map(|k| {
            view! {
                <A href=move || link(section, k)
                    attr:class=move || if kind.get() == k { "button pitch-kind pitch-kind--current" } else { "button pitch-kind" }
                    attr:aria-current=move || (kind.get() == k).then_some("true")>
                    {locale.tr(kind_name(k))}
                </A>
            }
        })
        .collect_view();
    view! {
        <header class="pitch-head">
            <p class="methods__back"><A href=back>{locale.tr(Key::BackToWorkshop)}</A></p>
            <div class="pitch-head__title">
                <h1>{locale.tr(Key::PitchTitle)}</h1>
                <SaveStatus/>
            </div>
            <SaveMessages/>
            <nav class="pitch-nav" aria-label=locale.tr(Key::PitchNavLabel)>{tabs}</nav>
            <div class="pitch-kinds" role="group" aria-label=locale.tr(Key::PitchKindLabel)>{kinds}</div>
            <p class="pitch-head__intro">{move || locale.t(kind_intro(kind.get()))}</p>
        </header>
    }
}
