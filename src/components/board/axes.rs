//! The axes of a 2×2 matrix: the vertical one on the left (high at the top), the horizontal one below (low on the
//! left), so a quadrant's place reads as what it means (e.g. high impact, low effort).

use crate::model::method::Axis;
use crate::state::use_locale;
use leptos::prelude::*;

#[component]
pub fn YAxis(y: Axis) -> impl IntoView {
    let locale = use_locale();
    let lang = move || locale.lang();
    view! {
        <div class="board__axis board__axis--y">
            <span>{move || format!("↑ {}", lang().pick(&y.high))}</span>
            <strong>{move || lang().pick(&y.label).to_owned()}</strong>
            <span>{move || format!("↓ {}", lang().pick(&y.low))}</span>
        </div>
    }
}

#[component]
pub fn XAxis(x: Axis) -> impl IntoView {
    let locale = use_locale();
    let lang = move || locale.lang();
    view! {
        <div class="board__axis board__axis--x">
            <span>{move || format!("← {}", lang().pick(&x.low))}</span>
            <strong>{move || lang().pick(&x.label).to_owned()}</strong>
            <span>{move || format!("{} →", lang().pick(&x.high))}</span>
        </div>
    }
}
