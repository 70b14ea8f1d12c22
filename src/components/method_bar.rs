//! Running a method on its board: the current step with its instruction and timebox, previous and next, and a
//! countdown for the step. (The full room timer with sound and projector comes later; this one is enough to keep
//! a step to its time.)

use crate::browser::clock::now_ms;
use crate::i18n::Key;
use crate::model::countdown::{clock_text, Countdown};
use crate::model::{BoardId, Timestamp};
use crate::state::{use_catalogue, use_locale, use_store};
use gloo_timers::callback::Interval;
use leptos::prelude::*;

#[component]
pub fn MethodBar(board: BoardId) -> impl IntoView {
    let method = use_catalogue().board_method(use_store(), board);
    move || method.get().map(|m| view! { <Steps method=m/> })
}

#[component]
fn Steps(method: crate::model::Method) -> impl IntoView {
    let locale = use_locale();
    let total = method.steps.len();
    let step = RwSignal::new(0usize);
    let countdown = RwSignal::new(Countdown::Idle);
    let now = RwSignal::new(now_ms());
    // Ticks only while a countdown runs; the time shown is always computed from the clock.
    let ticker = StoredValue::new_local(None::<Interval>);
    let tick = move |on: bool| {
        ticker.set_value(on.then(|| Interval::new(250, move || now.set(now_ms()))));
    };
    on_cleanup(move || ticker.set_value(None));
    let timeboxes = StoredValue::new(
        method
            .steps
            .iter()
            .map(|s| i64::from(s.minutes) * 60_000)
            .collect::<Vec<_>>(),
    );
    let minutes_of = move |i: usize| timeboxes.with_value(|t| t.get(i).copied().unwrap_or(0));
    let go = move |delta: isize| {
        let next = step
            .get_untracked()
            .saturating_add_signed(delta)
            .min(total - 1);
        step.set(next);
        countdown.set(Countdown::Idle);
        tick(false);
    };
    let start = move |_| {
        let t = Timestamp(now_ms());
        now.set(t.0);
        let over = countdown.get_untracked().is_over(t);
        countdown.update(|c| {
            *c = match *c {
                // Idle, or run out: a fresh countdown for the step.
                _ if over => Countdown::start(minutes_of(step.get_untracked()), t),
                Countdown::Idle => Countdown::start(minutes_of(step.get_untracked()), t),
                Countdown::Running { .. } => c.pause(t),
                Countdown::Paused { .. } => c.resume(t),
            }
        });
        tick(countdown.get_untracked().is_running());
    };
    let reset = move |_| {
        countdown.set(Countdown::Idle);
        tick(false);
    };
    let left = move || countdown.get().left_ms(Timestamp(now.get()));
    let over = move || countdown.get().is_over(Timestamp(now.get()));
    // At zero the ticking stops; the cue stays until the next step or a reset.
    Effect::new(move |_| {
        if over() {
            tick(false);
        }
    });
    let start_label = move || match countdown.get() {
        _ if over() => locale.t(Key::StartTimer),
        Countdown::Idle => locale.t(Key::StartTimer),
        Countdown::Running { .. } => locale.t(Key::PauseTimer),
        Countdown::Paused { .. } => locale.t(Key::ResumeTimer),
    };
    let texts = move || {
        let lang = locale.lang();
        let i = step.get();
        method.steps.get(i).map(|s| {
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
    view! {
        <section class="method-bar" class:method-bar--over=over aria-label=locale.tr(Key::MethodBar)>
            <div class="method-bar__text">
                {move || texts().map(|(of, title, time, instruction)| view! {
                    <p class="method-bar__step">
                        <span class="method-bar__of">{of}</span>
                        <strong>{title}</strong>
                        <span class="method-bar__time">{time}</span>
                    </p>
                    <p class="method-bar__instruction">{instruction}</p>
                })}
                // Always in the tree, so screen readers announce the text when it appears.
                <p class="method-bar__alert" role="status">{move || over().then(|| locale.t(Key::TimeUp))}</p>
            </div>
            <div class="method-bar__controls">
                <button
                    type="button"
                    class="button"
                    disabled=move || step.get() == 0
                    on:click=move |_| go(-1)
                >
                    {locale.tr(Key::PrevStep)}
                </button>
                <button
                    type="button"
                    class="button"
                    disabled=move || { step.get() + 1 >= total }
                    on:click=move |_| go(1)
                >
                    {locale.tr(Key::NextStep)}
                </button>
                <span class="method-bar__clock" role="timer" aria-label=locale.tr(Key::TimeLeft)>
                    {move || clock_text(left().unwrap_or_else(|| minutes_of(step.get())))}
                </span>
                <button type="button" class="button button--primary" on:click=start>{start_label}</button>
                <Show when=move || countdown.get() != Countdown::Idle>
                    <button type="button" class="button" on:click=reset>{locale.tr(Key::ResetTimer)}</button>
                </Show>
            </div>
        </section>
    }
}
