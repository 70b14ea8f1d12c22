//! The timer's chime, synthesised with Web Audio (no sound files to download or cache). Browsers only let a page
//! make sound after a user gesture, so [`unlock`] runs on the click that starts the timer; the chime at zero
//! then plays even though nobody clicked at that moment.

use std::cell::RefCell;
use web_sys::{AudioContext, AudioContextState, OscillatorType};

thread_local! {
    static CONTEXT: RefCell<Option<AudioContext>> = const { RefCell::new(None) };
}

/// Which chime: a short single tone between rounds, a soft falling three-note chime when the time is up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chime {
    NextRound,
    TimeUp,
}

/// Creates or wakes the audio context; call from a click handler.
pub fn unlock() {
    CONTEXT.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = AudioContext::new().ok();
        }
        if let Some(ctx) = c
            .as_ref()
            .filter(|ctx| ctx.state() == AudioContextState::Suspended)
        {
            let _ = ctx.resume();
        }
    });
}

/// Plays the chime; `Err` when the browser has no Web Audio or refused (the visual cue still shows).
pub fn play(chime: Chime) -> Result<(), wasm_bindgen::JsValue> {
    unlock();
    CONTEXT.with(|c| {
        let c = c.borrow();
        let Some(ctx) = c.as_ref() else {
            return Err("no audio".into());
        };
        let notes: &[f32] = match chime {
            Chime::NextRound => &[660.0],
            Chime::TimeUp => &[784.0, 659.3, 523.3],
        };
        let start = ctx.current_time();
        for (i, freq) in notes.iter().enumerate() {
            tone(ctx, *freq, start + i as f64 * 0.35)?;
        }
        Ok(())
    })
}

/// One sine tone with a gentle attack and a long fade, so it rings rather than beeps.
fn tone(ctx: &AudioContext, freq: f32, at: f64) -> Result<(), wasm_bindgen::JsValue> {
    let osc = ctx.create_oscillator()?;
    let gain = ctx.create_gain()?;
    osc.set_type(OscillatorType::Sine);
    osc.frequency().set_value_at_time(freq, at)?;
    let g = gain.gain();
    g.set_value_at_time(0.0001, at)?;
    g.exponential_ramp_to_value_at_time(0.25, at + 0.03)?;
    g.exponential_ramp_to_value_at_time(0.0001, at + 0.9)?;
    osc.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&ctx.destination())?;
    osc.start_with_when(at)?;
    osc.stop_with_when(at + 1.0)?;
    Ok(())
}
