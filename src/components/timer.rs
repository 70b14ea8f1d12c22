//! The room timer on screen: the clock (with the round, for round-based steps) and its controls. The state lives
//! in the room (`state::room`), so the method bar, projector mode and a projector window all show one timer.

use crate::i18n::Key;
use crate::model::countdown::{clock_text, Countdown};
use crate::model::Timestamp;
use crate::state::{use_locale, use_room};
use leptos::prelude::*;

/// `m:ss` left, the round when there are several, and the time-up state as a class and a spoken status.
#[component]
pub fn TimerClock(#[prop(optional)] large: bool) -> impl IntoView {
    let locale = use_locale();
    let room = use_room();
    let timer = move || room.room.with(|r| r.timer);
    let left = move || timer().left_ms(Timestamp(room.now.get()));
    let over = move || timer().is_over(Timestamp(room.now.get()));
    let round = move || {
        let t = timer();
        (t.rounds > 1).then(|| {
            locale.lang().format(
                Key::RoundOf,
                &[
                    ("n", &t.round.to_string()),
                    ("total", &t.rounds.to_string()),
                ],
            )
        })
    };
    view! {
        <div class="timer" class:timer--large=large class:timer--over=over class:timer--running=move || timer().is_running()>
            <span class="timer__clock" role="timer" aria-label=locale.tr(Key::TimeLeft)>
                {move || clock_text(left())}
            </span>
            {move || round().map(|r| view! { <span class="timer__round">{r}</span> })}
            // Always in the tree, so screen readers announce the text when it appears.
            <span class="timer__alert" role="status">{move || over().then(|| locale.t(Key::TimeUp))}</span>
        </div>
    }
}

/// Start/pause/resume, one more minute, reset and the sound switch.
#[component]
pub fn TimerControls() -> impl IntoView {
    let locale = use_locale();
    let room = use_room();
    let timer = move || room.room.with(|r| r.timer);
    let start_label = move || {
        let t = timer();
        match t.countdown {
            _ if t.is_over(Timestamp(room.now.get())) => locale.t(Key::StartTimer),
            Countdown::Idle => locale.t(Key::StartTimer),
            Countdown::Running { .. } => locale.t(Key::PauseTimer),
            Countdown::Paused { .. } => locale.t(Key::ResumeTimer),
        }
    };
    let muted = room.muted;
    view! {
        <div class="timer-controls">
            <button type="button" class="button button--primary" on:click=move |_| room.toggle_timer()>
                {start_label}
            </button>
            <button type="button" class="button" on:click=move |_| room.add_minute() title=locale.tr(Key::AddMinuteLong) aria-keyshortcuts="M">
                {locale.tr(Key::AddMinute)}
            </button>
            <Show when=move || !timer().is_idle()>
                <button type="button" class="button" on:click=move |_| room.reset_timer()>{locale.tr(Key::ResetTimer)}</button>
            </Show>
            <button
                type="button"
                class="button button--quiet"
                aria-pressed=move || if muted.get() { "true" } else { "false" }
                on:click=move |_| room.set_muted(!muted.get_untracked())
            >
                {locale.tr(Key::SoundOff)}
            </button>
        </div>
    }
}
