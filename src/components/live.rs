//! The live room's controls in the workshop header: open a room, invite devices (link and QR code), the
//! connection line, and ending the room on this device. Shown only in a build that has a sync server.

use crate::components::board::icons::{Icon, LIVE};
use crate::components::dialog::Dialog;
use crate::i18n::Key;
use crate::state::{sync_server, use_live, use_locale, LiveStatus};
use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

#[component]
pub fn LiveControls() -> impl IntoView {
    let locale = use_locale();
    let live = use_live();
    let invite = RwSignal::new(live.take_invite());
    let failed = RwSignal::new(None::<Key>);
    let start = move |_| {
        failed.set(live.go_live().err().map(|e| e.message()));
        invite.set(live.link.with_untracked(Option::is_some));
    };
    // Participants get the plain link (and the code); the facilitator's link leads the room.
    let link_for = move |lead: bool| {
        live.link.with(|l| {
            l.as_ref().filter(|l| l.lead || !lead).map(|l| {
                let app = web_sys::window()
                    .and_then(|w| w.location().origin().ok())
                    .unwrap_or_default();
                let l = if lead {
                    l.clone()
                } else {
                    l.for_participants()
                };
                l.to_url(&format!("{app}{}", crate::state::Page::Join.href()))
            })
        })
    };
    let url = Memo::new(move |_| link_for(false));
    let lead_url = Memo::new(move |_| link_for(true));
    let status = move || match live.status.get() {
        LiveStatus::Off => None,
        LiveStatus::Connecting => Some(("connecting", locale.t(Key::LiveStatusConnecting))),
        LiveStatus::Live => Some(("live", locale.t(Key::LiveStatusLive))),
        LiveStatus::Offline => Some(("offline", locale.t(Key::LiveStatusOffline))),
    };
    // "Also in the room: Anna, Ben, 2 devices without a name", names read from the workshop's team.
    let store = crate::state::use_store();
    let who_is_here = move || {
        if live.status.get() != LiveStatus::Live {
            return None;
        }
        let here = live.here.get();
        if here.is_empty() {
            return None;
        }
        let mut names: Vec<String> = store.current.with(|c| {
            here.iter()
                .flatten()
                .filter_map(|id| {
                    let id = id.parse().ok()?;
                    c.as_ref()?
                        .member(id)
                        .filter(|m| !m.deleted)
                        .map(|m| m.name.clone())
                })
                .collect()
        });
        let unnamed = here.len() - names.len();
        if unnamed > 0 {
            let key = if unnamed == 1 {
                Key::LiveHereUnnamedOne
            } else {
                Key::LiveHereUnnamed
            };
            names.push(locale.format(key, &[("n", &unnamed.to_string())]));
        }
        Some(locale.format(Key::LiveHere, &[("who", &names.join(", "))]))
    };
    let end = move |_| {
        invite.set(false);
        live.end();
    };
    let end_all = move |_| {
        if live.end_for_everyone() {
            invite.set(false);
        }
    };
    let connected = move || live.status.get() == LiveStatus::Live;
    sync_server().map(|_| {
        view! {
            <Show
                when=move || live.link.with(Option::is_some)
                fallback=move || view! {
                    <button type="button" class="button header-action" aria-label=locale.tr(Key::LiveStart)
                        title=locale.tr(Key::LiveStart) on:click=start>
                        <Icon d=LIVE/>
                        <span class="header-action__label">{locale.tr(Key::LiveStart)}</span>
                    </button>
                }
            >
                <button type="button" class="button" on:click=move |_| invite.set(true)>
                    {locale.tr(Key::LiveInvite)}
                </button>
            </Show>
            <p class="live-status" role="status">
                {move || status().map(|(state, text)| view! {
                    <span class="live-status__line" data-state=state>{text}</span>
                })}
                {move || who_is_here().map(|who| view! { <span class="live-status__here">{who}</span> })}
                {move || live.refused.with(Option::is_some).then(|| view! {
                    <span class="live-status__refused">{locale.tr(Key::LiveRefused)}</span>
                    {move || live.lead.get().then(|| view! { <span>{locale.tr(Key::LiveRefusedLead)}</span> })}
                })}
                {move || live.ended.get().then(|| view! { <span>{locale.tr(Key::LiveEnded)}</span> })}
                {move || failed.get().map(|key| view! { <span>{locale.tr(key)}</span> })}
            </p>
            <Dialog open=invite labelled_by="live-invite-title">
                <h2 id="live-invite-title">{locale.tr(Key::LiveDialogTitle)}</h2>
                <p>{locale.tr(Key::LiveDialogIntro)}</p>
                // The link and its code once the room is there (the live bundle rejoins it after going live).
                {move || url.get().map(|url| view! {
                    <QrImage text=url.clone()/>
                    <label class="field">
                        <span>{locale.tr(Key::LiveLink)}</span>
                        <input class="live-link" type="text" readonly prop:value=url/>
                    </label>
                })}
                {move || lead_url.get().map(|u| view! {
                    <label class="field">
                        <span>{locale.tr(Key::LiveLeadLink)}</span>
                        <input class="live-link" type="text" readonly prop:value=u/>
                    </label>
                })}
                <Show when=move || live.lead.get()>
                    <div class="live-end-all">
                        <p id="live-end-all-hint">
                            {move || if connected() { locale.t(Key::LiveEndAllHint) } else { locale.t(Key::LiveEndAllOffline) }}
                        </p>
                        <button type="button" class="button" aria-describedby="live-end-all-hint"
                            disabled=move || !connected() on:click=end_all>
                            {locale.tr(Key::LiveEndAll)}
                        </button>
                    </div>
                </Show>
                <button type="button" class="button button--quiet" on:click=end>{locale.tr(Key::LiveEnd)}</button>
            </Dialog>
        }
    })
}

/// `text` as a QR code, drawn as one SVG path (dark modules on a light quiet zone).
#[component]
fn QrImage(text: String) -> impl IntoView {
    let locale = use_locale();
    let code = QrCode::encode_text(&text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    let side = size + 8;
    Some(view! {
        <svg class="live-qr" viewBox=format!("0 0 {side} {side}") role="img" aria-label=locale.tr(Key::LiveQr)>
            <rect width=side height=side fill="#fff"/>
            <path d=path fill="#000"/>
        </svg>
    })
}
