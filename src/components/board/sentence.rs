//! A sentence-builder board reads as its sentence: the first note of each gap fills it, so the team sees the
//! problem statement („Die Kassenwartin braucht …, weil …“) take shape while they write.

use super::ctx::use_board;
use crate::model::LocalText;
use leptos::prelude::*;

#[component]
pub fn Sentence(gaps: Vec<(String, Option<LocalText>)>, after: LocalText) -> impl IntoView {
    let ctx = use_board();
    let locale = ctx.locale;
    let parts = move || {
        let lang = locale.lang();
        let mut parts: Vec<(String, Option<bool>)> = Vec::new();
        for (key, before) in &gaps {
            if let Some(b) = before {
                parts.push((lang.pick(b).to_owned(), None));
            }
            let filled = ctx
                .with_board(|b| {
                    b.live_notes_in(key)
                        .first()
                        .map(|n| n.text.trim().to_owned())
                })
                .flatten()
                .filter(|t| !t.is_empty());
            let shown = filled
                .clone()
                .unwrap_or_else(|| format!("[{}]", ctx.zone_label(key)));
            parts.push((shown, Some(filled.is_some())));
        }
        parts.push((lang.pick(&after).to_owned(), None));
        // Tracks the workshop so the sentence follows every edit.
        ctx.store.current.track();
        parts
    };
    view! {
        <p class="board__sentence">
            {move || {
                parts()
                    .into_iter()
                    .filter(|(text, _)| !text.trim().is_empty())
                    .enumerate()
                    .map(|(i, (text, gap))| {
                        let attaches = text.trim_start().starts_with([',', '.', ';', ':', '?', '!']);
                        let space = if i > 0 && !attaches { " " } else { "" };
                        let class = match gap {
                            Some(true) => "board__gap board__gap--filled",
                            Some(false) => "board__gap",
                            None => "",
                        };
                        view! { {space} <span class=class>{text.trim().to_owned()}</span> }
                    })
                    .collect_view()
            }}
        </p>
    }
}
