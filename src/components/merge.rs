//! "Datei zusammenführen": brings a copy of this workshop, worked on elsewhere (a participant at home), back
//! in. The file is read and checked, the merge is previewed (new, changed, conflicts with both texts) and only
//! applied when the user says so, as one undo step. Nothing changes before that, whatever the file holds. The
//! text a conflict replaces is kept at its note as an earlier version (`model::merge::keep_lost`).

use crate::browser::{clock, files, prefs};
use crate::commands::Command;
use crate::components::board::icons::{Icon, MERGE};
use crate::components::dialog::Dialog;
use crate::components::import::failure_text;
use crate::format::ImportError;
use crate::format::{import_workshop, MAX_FILE_BYTES};
use crate::i18n::merge::loss_text;
use crate::i18n::messages::import_error;
use crate::i18n::{grouped, Key};
use crate::model::merge::{merge_file, preview_file, Preview};
use crate::model::{Timestamp, Workshop};
use crate::state::{use_locale, use_store, ImportFailure};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Lines of the preview's list of overwritten and deleted items.
const SHOWN_LOSSES: usize = 100;

#[component]
pub fn MergeFile() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let input = NodeRef::<html::Input>::new();
    let pending = RwSignal::new(None::<(Workshop, Preview)>);
    let open = RwSignal::new(false);
    let message = RwSignal::new(None::<(bool, String)>);
    let on_change = move |_| {
        let Some(el) = input.get() else { return };
        let Some(file) = el.files().and_then(|f| f.get(0)) else {
            return;
        };
        el.set_value("");
        message.set(None);
        let lang = locale.lang();
        spawn_local(async move {
            let read = files::read_text(file, MAX_FILE_BYTES)
                .await
                .map_err(ImportFailure::from)
                .and_then(|text| import_workshop(&text).map_err(ImportFailure::from));
            let incoming = match read {
                Ok(imported) => imported.workshop,
                Err(failure) => {
                    message.set(Some((false, failure_text(lang, &failure))));
                    return;
                }
            };
            let Some(local) = store.current.get_untracked() else {
                return;
            };
            if incoming.id != local.id {
                message.set(Some((
                    false,
                    lang.format(Key::MergeOtherWorkshop, &[("title", &incoming.title)]),
                )));
                return;
            }
            let since = prefs::last_export(local.id).map(Timestamp);
            let p = preview_file(&local, &incoming, since, Timestamp(clock::now_ms()));
            pending.set(Some((incoming, p)));
            open.set(true);
        });
    };
    let apply = move |_| {
        let Some((incoming, p)) = pending.get_untracked() else {
            return;
        };
        let Some(local) = store.current.get_untracked() else {
            return;
        };
        // Clamped, merged, the losing texts kept at their notes and references repaired, in one undo step.
        let since = prefs::last_export(local.id).map(Timestamp);
        let merged = merge_file(&local, &incoming, since, Timestamp(clock::now_ms()));
        let lang = locale.lang();
        let counts = [
            ("new", grouped(lang, p.new)),
            ("changed", grouped(lang, p.changed)),
            ("conflicts", grouped(lang, p.conflicts.len())),
        ];
        let args: Vec<(&str, &str)> = counts.iter().map(|(k, v)| (*k, v.as_str())).collect();
        message.set(Some(
            match store.apply(vec![Command::ReplaceWorkshop {
                workshop: Box::new(merged),
            }]) {
                Ok(()) => (true, lang.format(Key::MergeDone, &args)),
                Err(refused) => (false, refused.into()),
            },
        ));
        pending.set(None);
        open.set(false);
    };
    let summary = move || {
        pending.with(|p| {
            p.as_ref().map(|(_, p)| {
                let lang = locale.lang();
                lang.format(
                    Key::MergeSummary,
                    &[
                        ("new", &grouped(lang, p.new)),
                        ("changed", &grouped(lang, p.changed)),
                        ("conflicts", &grouped(lang, p.conflicts.len())),
                    ],
                )
            })
        })
    };
    let conflicts = move || {
        pending.with(|p| p.as_ref().map(|(_, p)| p.conflicts.clone()).unwrap_or_default())
            .into_iter()
            .map(|c| view! {
                <li class="merge__conflict">
                    <p><span class="merge__label">{locale.tr(Key::MergeKept)}</span>" "{c.kept}</p>
                    <p><span class="merge__label">{locale.tr(Key::MergeLost)}</span>" "<span class="merge__lost">{c.lost}</span></p>
                </li>
            })
            .collect_view()
    };
    // Two copies within the limits may together break one: say where, and offer no merge.
    let refused = move || {
        let lang = locale.lang();
        pending.with(|p| {
            p.as_ref().and_then(|(_, p)| p.refused.clone()).map(|v| {
                let err = ImportError::from_violation(format!("workshop.{}", v.path), v.kind);
                lang.format(Key::MergeRefused, &[("detail", &import_error(lang, &err))])
            })
        })
    };
    let clamped = move || {
        pending.with(|p| {
            p.as_ref().filter(|(_, p)| p.clamped > 0).map(|(_, p)| {
                locale.format(
                    Key::MergeClamped,
                    &[("count", &grouped(locale.lang(), p.clamped))],
                )
            })
        })
    };
    let losses = move || {
        let lang = locale.lang();
        pending
            .with(|p| {
                p.as_ref().map(|(_, p)| {
                    // A file that deletes a whole board may list thousands of notes: the first ones say enough.
                    let more = p.losses.len().saturating_sub(SHOWN_LOSSES);
                    p.losses
                        .iter()
                        .take(SHOWN_LOSSES)
                        .map(|l| loss_text(lang, l))
                        .chain((more > 0).then(|| {
                            lang.format(Key::MergeLossesMore, &[("n", &grouped(lang, more))])
                        }))
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view()
    };
    view! {
        <button type="button" class="button header-action" aria-label=locale.tr(Key::MergeFile) title=locale.tr(Key::MergeFile)
            on:click=move |_| if let Some(i) = input.get() { i.click() }>
            <Icon d=MERGE/>
            <span class="header-action__label">{locale.tr(Key::MergeFile)}</span>
        </button>
        <input node_ref=input type="file" class="visually-hidden" tabindex="-1" aria-label=locale.tr(Key::MergeFile)
            accept=".json,application/json" on:change=on_change/>
        {move || message.get().map(|(ok, text)| view! {
            <p class=if ok { "message message--success" } else { "message message--error" } role=if ok { "status" } else { "alert" }>{text}</p>
        })}
        <Dialog open labelled_by="merge-title">
            <h2 id="merge-title">{locale.tr(Key::MergeTitle)}</h2>
            <p>{summary}</p>
            {move || refused().map(|text| view! { <p class="message message--error" role="alert">{text}</p> })}
            {move || clamped().map(|text| view! { <p class="message">{text}</p> })}
            <Show when=move || pending.with(|p| p.as_ref().is_some_and(|(_, p)| !p.losses.is_empty()))>
                <p>{locale.tr(Key::MergeLossesIntro)}</p>
                <ul class="merge__losses">{losses}</ul>
            </Show>
            <Show when=move || pending.with(|p| p.as_ref().is_some_and(|(_, p)| !p.conflicts.is_empty()))>
                <p>{locale.tr(Key::MergeConflictsIntro)}</p>
                <ul class="merge__conflicts">{conflicts}</ul>
            </Show>
            <div class="dialog__actions">
                <button type="button" class="button button--primary" on:click=apply
                    disabled=move || pending.with(|p| p.as_ref().is_some_and(|(_, p)| p.refused.is_some()))>{locale.tr(Key::MergeApply)}</button>
                <button type="button" class="button" on:click=move |_| { pending.set(None); open.set(false); }>{locale.tr(Key::Cancel)}</button>
            </div>
        </Dialog>
    }
}
