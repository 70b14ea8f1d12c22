//! A cluster's heading in a zone: collapse/expand, its name (editable in place), its size, dissolve. Notes
//! dragged onto it join the group (see `drag.rs`).

use super::ctx::use_board;
use super::dom;
use super::groups::cluster_dom;
use super::icons::{self, Icon, IconButton};
use super::view::ClusterView;
use crate::i18n::Key;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn ClusterHead(cluster: ClusterView) -> impl IntoView {
    let ctx = use_board();
    let ClusterView {
        id,
        name,
        count,
        collapsed,
        renaming,
        primary,
        lang,
    } = cluster;
    let shown = if name.trim().is_empty() {
        lang.text(Key::ClusterUnnamed).to_owned()
    } else {
        name.clone()
    };
    // The name only: `aria-expanded` says whether it is open.
    let toggle_label = lang.format(Key::ClusterToggle, &[("name", &shown)]);
    let dom_id = move |part: &str| primary.then(|| cluster_dom(id, part));
    let count_text = if count == 1 {
        lang.text(Key::NoteCountOne).to_owned()
    } else {
        lang.format(Key::NotesCount, &[("n", &count.to_string())])
    };
    let input_id = cluster_dom(id, "name");
    let title = if renaming && primary {
        let input = NodeRef::<leptos::html::Input>::new();
        // Focus and select the name once the field is in the page.
        dom::focus_later(input_id.clone());
        let commit = move || {
            if let Some(el) = input.get_untracked() {
                ctx.rename_cluster(id, &el.value());
            }
        };
        Either::Left(view! {
            <input
                id=input_id
                node_ref=input
                class="cluster__input"
                type="text"
                maxlength="200"
                value=name
                aria-label=lang.text(Key::ClusterName)
                on:focus=move |_| {
                    if let Some(el) = input.get_untracked() {
                        el.select();
                    }
                }
                on:keydown=move |ev| match ev.key().as_str() {
                    "Enter" => {
                        ev.prevent_default();
                        commit();
                    }
                    "Escape" => {
                        ev.prevent_default();
                        ctx.menus.renaming.set(None);
                        dom::focus_later(cluster_dom(id, "rename"));
                    }
                    _ => {}
                }
                on:blur=move |_| {
                    if ctx.menus.renaming.get_untracked() == Some(id) {
                        commit();
                    }
                }
            />
        })
    } else {
        Either::Right(view! { <h3 class="cluster__name">{shown.clone()}</h3> })
    };
    view! {
        <div
            class="cluster"
            class:cluster--collapsed=collapsed
            class:cluster--drop=move || ctx.drag.drop.with(|d| d.as_ref().is_some_and(|d| d.cluster == Some(id)))
            data-cluster=id.to_string()
        >
            <button
                type="button"
                id=dom_id("toggle")
                class="cluster__toggle"
                aria-expanded=(!collapsed).to_string()
                aria-label=toggle_label
                on:click=move |_| ctx.set_collapsed(id, !collapsed)
            >
                <Icon d=icons::CHEVRON class="cluster__chevron"/>
            </button>
            {title}
            <span class="cluster__count">{count_text}</span>
            <IconButton
                icon=icons::EDIT
                class="cluster__action"
                id=dom_id("rename")
                label=Signal::stored(lang.format(Key::ClusterRename, &[("name", &shown)]))
                on_click=move || ctx.menus.renaming.set(Some(id))
            />
            <IconButton
                icon=icons::UNGROUP
                class="cluster__action"
                label=Signal::stored(lang.format(Key::ClusterDissolve, &[("name", &shown)]))
                title=Signal::stored(lang.text(Key::ClusterDissolveHint).to_owned())
                on_click=move || ctx.dissolve(id)
            />
        </div>
    }
}
