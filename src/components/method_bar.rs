//! Running a method on its board: the current step with its instruction and timebox, previous and next, and the
//! room timer preset from the step (rounds included).

use crate::components::timer::{TimerClock, TimerControls};
use crate::i18n::Key;
use crate::model::BoardId;
use crate::state::{expect_catalogue, use_locale, use_room, use_store};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn MethodBar(board: BoardId) -> impl IntoView {
    let method = expect_catalogue().board_method(use_store(), board);
    move || method.get().map(|m| view! { <Steps board method=m/> })
}

#[component]
fn Steps(board: BoardId, method: crate::model::Method) -> impl IntoView {
    let locale = use_locale();
    let room = use_room();
    let steps = Arc::new(method.steps.clone());
    let total = steps.len();
    // Preset the timer once the room shows this board (the page's effect may switch the room after this runs).
    let shown = Memo::new(move |_| room.room.with(|r| r.board));
    {
        let steps = steps.clone();
        Effect::new(move |_| {
            if shown.get() == Some(board) {
                room.know_steps(&steps);
            }
        });
    }
    let step = move || room.room.with(|r| r.step).min(total.saturating_sub(1));
    let go = {
        let steps = steps.clone();
        Callback::new(move |delta: isize| {
            let next = step().saturating_add_signed(delta).min(total - 1);
            room.go_to_step(&steps, next);
        })
    };
    let texts = move || {
        let lang = locale.lang();
        let i = step();
        steps.get(i).map(|s| {
            (
                lang.format(
                    Key::StepOf,
                    &[("n", &(i + 1).to_string()), ("total", &total.to_string())],
                ),
                lang.pick(&s.title).to_owned(),
                lang.format(Key::MethodMinutes, &[("n", &s.minutes.to_string())]),
                lang.pick(&s.instruction).to_owned(),
            )
        })
    };
    let lead = crate::state::use_live().lead;
    view! {
        <section class="method-bar" aria-label=locale.tr(Key::MethodBar)>
            <div class="method-bar__text">
                {move || texts().map(|(of, title, time, instruction)| view! {
                    <p class="method-bar__step">
                        <span class="method-bar__of">{of}</span>
                        <strong>{title}</strong>
                        <span class="method-bar__time">{time}</span>
                    </p>
                    <p class="method-bar__instruction">{instruction}</p>
                })}
            </div>
            <div class="method-bar__controls">
                // In a live room the lead moves through the steps and runs the timer; a phone follows.
                <Show when=move || lead.get()>
                    <button type="button" class="button" disabled=move || step() == 0 on:click=move |_| go.run(-1)>
                        {locale.tr(Key::PrevStep)}
                    </button>
                    <button type="button" class="button" disabled=move || { step() + 1 >= total } on:click=move |_| go.run(1)>
                        {locale.tr(Key::NextStep)}
                    </button>
                </Show>
                <TimerClock/>
                <Show when=move || lead.get()>
                    <TimerControls/>
                </Show>
            </div>
        </section>
    }
}
