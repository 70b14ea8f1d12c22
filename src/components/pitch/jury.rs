//! The jury check of one pitch: a 1–5 self-rating per criterion of that moment with a prompt each, the weakest
//! points named at the top, and the questions juries ask then (with what a good answer covers, for the legal
//! ones), each marked "sitzt", "wackelt" or "offen", plus the team's own questions.

use super::{use_pitch_edit, PitchEdit};
use crate::i18n::pitch;
use crate::i18n::Key;
use crate::model::pitch::{BankQuestion, Criterion, OwnQuestion, PitchKind, QuestionStatus};
use crate::state::use_locale;
use leptos::prelude::*;

const RATINGS: [u8; 5] = [1, 2, 3, 4, 5];

#[component]
pub fn JuryCheckView(kind: Memo<PitchKind>) -> impl IntoView {
    let locale = use_locale();
    let edit = use_pitch_edit();
    let jury = Memo::new(move |_| edit.pitch.with(|p| p.jury(kind.get()).clone()));
    let weakest = Memo::new(move |_| jury.with(|j| j.weakest(kind.get())));
    let summary = move || {
        let weak = weakest.get();
        if jury.with(|j| j.unrated(kind.get())) {
            locale.t(Key::JuryNothingRated).to_string()
        } else if weak.is_empty() {
            locale.t(Key::JuryNoWeakPoints).to_string()
        } else {
            let names: Vec<&str> = weak
                .iter()
                .map(|c| locale.t(pitch::criterion(*c, PitchKind::Result).0))
                .collect();
            locale.format(Key::JuryWeakest, &[("criteria", &names.join(", "))])
        }
    };
    let readiness = move || {
        let (sure, shaky, open) = jury.with(|j| j.readiness(kind.get()));
        locale.format(
            Key::JuryReadiness,
            &[
                ("sure", &sure.to_string()),
                ("shaky", &shaky.to_string()),
                ("open", &open.to_string()),
            ],
        )
    };
    // Rebuilt when the pitch changes: each has its own criteria and questions.
    let criteria = move || {
        let k = kind.get();
        Criterion::of(k)
            .iter()
            .map(|&c| view! { <CriterionRow criterion=c kind=k jury=weakest edit/> })
            .collect_view()
    };
    let bank = move || {
        let k = kind.get();
        BankQuestion::of(k)
            .iter()
            .map(|&q| {
                let status = Signal::derive(move || jury.with(|j| j.status(q)));
                let set = Callback::new(move |s: QuestionStatus| {
                    edit.change(|p| {
                        p.jury_mut(k).bank.insert(q, s);
                    })
                });
                let help = pitch::bank_help(q).map(|h| {
                    view! {
                        <details class="jury-question__help">
                            <summary>{locale.tr(Key::JuryHelp)}</summary>
                            <p>{locale.tr(h)}</p>
                        </details>
                    }
                });
                view! {
                    <li class="jury-question">
                        <span class="jury-question__text">{locale.tr(pitch::bank(q))}</span>
                        <StatusPicker name=format!("bank-{q:?}") label=locale.t(pitch::bank(q)).to_string() status set/>
                        {help}
                    </li>
                }
            })
            .collect_view()
    };
    let new_question = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = new_question.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        edit.change(|p| {
            p.jury_mut(kind.get_untracked()).own.push(OwnQuestion {
                text,
                status: QuestionStatus::Open,
            })
        });
        if edit.error.with_untracked(|e| e.is_none()) {
            new_question.set(String::new());
        }
    };
    let own_rows = move || jury.with(|j| j.own.iter().cloned().enumerate().collect::<Vec<_>>());
    let own_row = move |(i, q): (usize, OwnQuestion)| {
        let status = Signal::derive(move || {
            jury.with(|j| j.own.get(i).map(|q| q.status).unwrap_or_default())
        });
        let k = kind.get_untracked();
        let set = Callback::new(move |s: QuestionStatus| {
            edit.change(|p| {
                if let Some(q) = p.jury_mut(k).own.get_mut(i) {
                    q.status = s;
                }
            })
        });
        let remove = move |_| {
            edit.change(|p| {
                let own = &mut p.jury_mut(k).own;
                if i < own.len() {
                    own.remove(i);
                }
            })
        };
        let remove_label = locale.format(Key::JuryRemoveQuestion, &[("question", &q.text)]);
        view! {
            <li class="jury-question">
                <span class="jury-question__text">{q.text.clone()}</span>
                <StatusPicker name=format!("own-{i}") label=q.text.clone() status set/>
                <button type="button" class="button button--quiet button--small" aria-label=remove_label on:click=remove>
                    {locale.tr(Key::Remove)}
                </button>
            </li>
        }
    };
    view! {
        <div class="jury">
            {move || edit.error.get().map(|e| view! { <p class="message message--error" role="alert">{e}</p> })}
            <section class="jury__criteria" aria-labelledby="jury-criteria-title">
                <h2 id="jury-criteria-title">{locale.tr(Key::JuryCriteriaTitle)}</h2>
                <p class="jury__summary" class:jury__summary--weak=move || !weakest.with(|w| w.is_empty())>{summary}</p>
                <ul class="jury__list">{criteria}</ul>
            </section>
            <section class="jury__questions" aria-labelledby="jury-questions-title">
                <h2 id="jury-questions-title">{locale.tr(Key::JuryQuestionsTitle)}</h2>
                <p class="jury__summary">{readiness}</p>
                <ul class="jury__list">
                    {bank}
                    // Keyed by place and text: a new status keeps the row (and the focus in it).
                    <For each=own_rows key=move |(i, q)| (kind.get_untracked(), *i, q.text.clone()) children=own_row/>
                </ul>
                <form class="jury__add" on:submit=add>
                    <label class="field">
                        <span class="field__label">{locale.tr(Key::JuryOwnQuestion)}</span>
                        <input type="text" maxlength="2000" prop:value=move || new_question.get()
                            on:input=move |ev| new_question.set(event_target_value(&ev))/>
                    </label>
                    <button type="submit" class="button">{locale.tr(Key::JuryAddQuestion)}</button>
                </form>
            </section>
        </div>
    }
}

#[component]
fn CriterionRow(
    criterion: Criterion,
    kind: PitchKind,
    jury: Memo<Vec<Criterion>>,
    edit: PitchEdit,
) -> impl IntoView {
    let locale = use_locale();
    let (label, prompt) = pitch::criterion(criterion, kind);
    let rating = Memo::new(move |_| {
        edit.pitch
            .with(|p| p.jury(kind).ratings.get(&criterion).copied())
    });
    let weak = move || jury.with(|w| w.contains(&criterion));
    let name = format!("rating-{criterion:?}").to_lowercase();
    let buttons = RATINGS
        .into_iter()
        .map(|r| {
            let aria = locale.format(Key::JuryRatingOf, &[("n", &r.to_string())]);
            view! {
                <label class="rating__option">
                    <input type="radio" name=name.clone() value=r.to_string() aria-label=aria
                        prop:checked=move || rating.get() == Some(r)
                        on:change=move |_| edit.change(|p| { p.jury_mut(kind).ratings.insert(criterion, r); })/>
                    <span aria-hidden="true">{r}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <li class="criterion" class:criterion--weak=weak>
            <fieldset class="criterion__set">
                <legend class="criterion__label">
                    {locale.tr(label)}
                    <Show when=weak>" "<span class="criterion__badge">{locale.tr(Key::JuryWeakPoint)}</span></Show>
                </legend>
                <p class="criterion__prompt">{locale.tr(prompt)}</p>
                <div class="rating">
                    <span class="rating__end">{locale.tr(Key::JuryRatingLow)}</span>
                    {buttons}
                    <span class="rating__end">{locale.tr(Key::JuryRatingHigh)}</span>
                </div>
            </fieldset>
        </li>
    }
}

/// Three radio buttons: sitzt / wackelt / offen.
#[component]
fn StatusPicker(
    name: String,
    label: String,
    status: Signal<QuestionStatus>,
    set: Callback<QuestionStatus>,
) -> impl IntoView {
    let locale = use_locale();
    let options = QuestionStatus::ALL
        .into_iter()
        .map(|s| {
            view! {
                <label class=format!("status status--{s:?}").to_lowercase()>
                    <input type="radio" name=name.clone() prop:checked=move || status.get() == s
                        on:change=move |_| set.run(s)/>
                    <span>{locale.tr(pitch::status(s))}</span>
                </label>
            }
        })
        .collect_view();
    view! { <div class="status-picker" role="radiogroup" aria-label=label>{options}</div> }
}
