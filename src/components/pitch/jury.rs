//! The jury check: a 1–5 self-rating per criterion with a prompt each, the weakest points named at the top, and
//! the questions juries ask, each marked "sitzt", "wackelt" or "offen", plus the team's own questions.

use super::{use_pitch_edit, PitchEdit};
use crate::i18n::pitch;
use crate::i18n::Key;
use crate::model::pitch::{BankQuestion, Criterion, OwnQuestion, QuestionStatus};
use crate::state::use_locale;
use leptos::prelude::*;

const RATINGS: [u8; 5] = [1, 2, 3, 4, 5];

#[component]
pub fn JuryCheckView() -> impl IntoView {
    let locale = use_locale();
    let edit = use_pitch_edit();
    let jury = Memo::new(move |_| edit.pitch.with(|p| p.jury.clone()));
    let weakest = Memo::new(move |_| jury.with(|j| j.weakest()));
    let summary = move || {
        let weak = weakest.get();
        if jury.with(|j| j.ratings.is_empty()) {
            locale.t(Key::JuryNothingRated).to_string()
        } else if weak.is_empty() {
            locale.t(Key::JuryNoWeakPoints).to_string()
        } else {
            let names: Vec<&str> = weak
                .iter()
                .map(|c| locale.t(pitch::criterion(*c).0))
                .collect();
            locale.format(Key::JuryWeakest, &[("criteria", &names.join(", "))])
        }
    };
    let readiness = move || {
        let (sure, shaky, open) = jury.with(|j| j.readiness());
        locale.format(
            Key::JuryReadiness,
            &[
                ("sure", &sure.to_string()),
                ("shaky", &shaky.to_string()),
                ("open", &open.to_string()),
            ],
        )
    };
    let criteria = Criterion::ALL
        .into_iter()
        .map(|c| view! { <CriterionRow criterion=c jury=weakest edit/> })
        .collect_view();
    let bank = BankQuestion::ALL
        .into_iter()
        .map(|q| {
            let status = Signal::derive(move || jury.with(|j| j.status(q)));
            let set = Callback::new(move |s: QuestionStatus| {
                edit.change(|p| {
                    p.jury.bank.insert(q, s);
                })
            });
            view! {
                <li class="jury-question">
                    <span class="jury-question__text">{locale.tr(pitch::bank(q))}</span>
                    <StatusPicker name=format!("bank-{q:?}") label=locale.t(pitch::bank(q)).to_string() status set/>
                </li>
            }
        })
        .collect_view();
    let new_question = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = new_question.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        edit.change(|p| {
            p.jury.own.push(OwnQuestion {
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
        let set = Callback::new(move |s: QuestionStatus| {
            edit.change(|p| {
                if let Some(q) = p.jury.own.get_mut(i) {
                    q.status = s;
                }
            })
        });
        let remove = move |_| {
            edit.change(|p| {
                if i < p.jury.own.len() {
                    p.jury.own.remove(i);
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
                    <For each=own_rows key=|(i, q)| (*i, q.text.clone()) children=own_row/>
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
    jury: Memo<Vec<Criterion>>,
    edit: PitchEdit,
) -> impl IntoView {
    let locale = use_locale();
    let (label, prompt) = pitch::criterion(criterion);
    let rating = Memo::new(move |_| edit.pitch.with(|p| p.jury.ratings.get(&criterion).copied()));
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
                        on:change=move |_| edit.change(|p| { p.jury.ratings.insert(criterion, r); })/>
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
