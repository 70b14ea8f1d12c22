//! The team of a workshop: members with a name and a role, added, renamed and removed here (each an undoable
//! step), and who works at this device, so the notes written here carry their name. On a shared screen nobody
//! is picked and notes carry no name.

use crate::components::board::icons::{Icon, TEAM};
use crate::components::dialog::Dialog;
use crate::i18n::{role_key, Key};
use crate::model::{Member, MemberId, Role, Timestamp};
use crate::state::{use_locale, use_store, Locale, Store};
use leptos::prelude::*;

/// A role as its place in [`Role::ALL`], the value of its `<option>`.
fn role_from(value: &str) -> Role {
    value
        .parse::<usize>()
        .ok()
        .and_then(|i| Role::ALL.get(i).copied())
        .unwrap_or_default()
}

/// The role choices, `selected` marked.
fn role_options(locale: Locale, selected: Role) -> impl IntoView {
    Role::ALL
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            view! { <option value=i.to_string() selected=r == selected>{locale.tr(role_key(r))}</option> }
        })
        .collect_view()
}

#[component]
pub fn TeamButton() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let open = RwSignal::new(false);
    let count = move || {
        store.current.with(|c| {
            c.as_ref()
                .map_or(0, |w| w.members.iter().filter(|m| !m.deleted).count())
        })
    };
    view! {
        <button
            type="button"
            class="button header-action"
            aria-label=move || locale.format(Key::TeamButton, &[("n", &count().to_string())])
            title=move || locale.format(Key::TeamButton, &[("n", &count().to_string())])
            on:click=move |_| open.set(true)
        >
            <Icon d=TEAM/>
            // The visible words are the accessible name's ("Team (2)"; "(2)" where labels hide).
            <span class="header-action__label">{locale.tr(Key::TeamTitle)}</span>
            " "
            <span class="header-action__count">{move || format!("({})", count())}</span>
        </button>
        <Dialog open labelled_by="team-title">
            <TeamPanel/>
        </Dialog>
    }
}

#[component]
fn TeamPanel() -> impl IntoView {
    let locale = use_locale();
    let store = use_store();
    let error = RwSignal::new(None::<String>);
    let members = Memo::new(move |_| {
        store.current.with(|c| {
            c.as_ref()
                .map(|w| {
                    w.members
                        .iter()
                        .filter(|m| !m.deleted)
                        .cloned()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let run = move |cmds| error.set(store.apply(cmds).err().map(|r| r.to_string()));
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(Role::default());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let member = Member::new(
            name.get_untracked().trim(),
            role.get_untracked(),
            Timestamp(crate::browser::clock::now_ms()),
        );
        run(vec![crate::commands::Command::AddMember { member }]);
        if error.with_untracked(Option::is_none) {
            name.set(String::new());
        }
    };
    let me = move || store.me.get();
    view! {
        <h2 id="team-title">{locale.tr(Key::TeamTitle)}</h2>
        <p>{locale.tr(Key::TeamIntro)}</p>
        <fieldset class="team">
            <legend>{locale.tr(Key::TeamMe)}</legend>
            <ul class="team__list">
                <For each=move || members.get() key=|m: &Member| (m.id, m.name.clone(), m.role) let:member>
                    <MemberRow member=member.clone() store run me=Signal::derive(me)/>
                </For>
            </ul>
            <label class="team__nobody">
                <input type="radio" name="team-me" prop:checked=move || me().is_none() on:change=move |_| store.set_me(None)/>
                {locale.tr(Key::TeamNobody)}
            </label>
        </fieldset>
        <form class="team__add" on:submit=add>
            <label class="field">
                <span>{locale.tr(Key::TeamName)}</span>
                <input type="text" required maxlength="80" prop:value=move || name.get() on:input:target=move |ev| name.set(ev.target().value())/>
            </label>
            <label class="field">
                <span>{locale.tr(Key::TeamRole)}</span>
                <select on:change:target=move |ev| role.set(role_from(&ev.target().value()))>
                    {role_options(locale, Role::default())}
                </select>
            </label>
            <button type="submit" class="button button--primary">{locale.tr(Key::TeamAdd)}</button>
        </form>
        <p class="team__error" role="alert">{move || error.get()}</p>
    }
}

#[component]
fn MemberRow(
    member: Member,
    store: Store,
    run: impl Fn(Vec<crate::commands::Command>) + Copy + Send + Sync + 'static,
    me: Signal<Option<MemberId>>,
) -> impl IntoView {
    let locale = use_locale();
    let Member { id, name, role, .. } = member;
    let update = move |name: String, role: Role| {
        run(vec![crate::commands::Command::UpdateMember {
            member: id,
            name,
            role,
        }]);
    };
    let current_name = name.clone();
    let on_name = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if value.trim() != current_name {
            update(value.trim().to_owned(), role);
        }
    };
    let name_for_role = name.clone();
    // Follow the language switch, like the visible words beside them.
    let remove_label = {
        let name = name.clone();
        move || locale.format(Key::TeamRemove, &[("name", &name)])
    };
    let me_label = {
        let name = name.clone();
        move || locale.format(Key::TeamIsMe, &[("name", &name)])
    };
    view! {
        <li class="team__member">
            <input type="radio" name="team-me" aria-label=me_label prop:checked=move || me.get() == Some(id) on:change=move |_| store.set_me(Some(id))/>
            <input type="text" class="team__name" aria-label=locale.tr(Key::TeamName) maxlength="80" prop:value=name.clone() on:change=on_name/>
            <select aria-label=locale.tr(Key::TeamRole) on:change:target=move |ev| update(name_for_role.clone(), role_from(&ev.target().value()))>
                {role_options(locale, role)}
            </select>
            <button type="button" class="button button--quiet" aria-label=remove_label on:click=move |_| run(vec![crate::commands::Command::DeleteMember { member: id }])>
                {locale.tr(Key::TeamRemoveShort)}
            </button>
        </li>
    }
}
