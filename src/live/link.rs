//! The join link: `<app address>#room=<room id>.<key>&sync=<sync server>`, with `&lead=1` on the link that makes a
//! device the facilitator's.
//!
//! Everything a phone needs is in the fragment, which browsers never send to a server: the web server that
//! serves the app learns nothing, and the sync server learns only the room id (its document name).

use super::key::{RoomId, RoomKey};
use super::LinkError;

/// A room to join: where it is, which one, and the key to its texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JoinLink {
    /// The sync server, `ws://…` or `wss://…`.
    pub server: String,
    pub room: RoomId,
    pub key: RoomKey,
    /// The facilitator's link: the device leads the room (steps, timer, the vote, others' notes). Without
    /// accounts this is the clients' rule, not the server's.
    pub lead: bool,
}

impl JoinLink {
    /// The fragment, without `#`.
    pub fn fragment(&self) -> String {
        format!(
            "room={}.{}&sync={}{}",
            self.room,
            self.key.to_text(),
            escape(&self.server),
            if self.lead { "&lead=1" } else { "" }
        )
    }

    /// The same room as a participant joins it.
    pub fn for_participants(&self) -> JoinLink {
        JoinLink {
            lead: false,
            ..self.clone()
        }
    }

    /// `app` (the address of the page that joins) with this room in its fragment.
    pub fn to_url(&self, app: &str) -> String {
        let app = app.split_once('#').map_or(app, |(base, _)| base);
        format!("{app}#{}", self.fragment())
    }

    /// Reads a whole link, or only its fragment (with or without `#`).
    pub fn parse(link: &str) -> Result<Self, LinkError> {
        let fragment = link.split_once('#').map_or(link, |(_, f)| f);
        let mut room = None;
        let mut server = None;
        let mut lead = false;
        for part in fragment.split('&') {
            match part.split_once('=') {
                Some(("room", value)) => room = Some(value),
                Some(("sync", value)) => server = Some(value),
                Some(("lead", "1")) => lead = true,
                _ => {}
            }
        }
        let (id, key) = room
            .ok_or(LinkError::NoRoom)?
            .split_once('.')
            .ok_or(LinkError::BadKey)?;
        let server = unescape(server.ok_or(LinkError::NoServer)?).ok_or(LinkError::BadServer)?;
        Ok(JoinLink {
            server: checked_server(&server)?.to_owned(),
            room: RoomId::from_text(id)?,
            key: RoomKey::from_text(key)?,
            lead,
        })
    }
}

/// A `ws://` or `wss://` address with a host and nothing that would break out of a URL.
pub fn checked_server(server: &str) -> Result<&str, LinkError> {
    let rest = server
        .strip_prefix("wss://")
        .or_else(|| server.strip_prefix("ws://"))
        .ok_or(LinkError::BadServer)?;
    let host = rest.split('/').next().unwrap_or_default();
    let clean = |c: char| !c.is_whitespace() && !c.is_control() && !"#\"'<>\\`".contains(c);
    if host.is_empty() || !server.chars().all(clean) {
        return Err(LinkError::BadServer);
    }
    Ok(server)
}

/// Percent-encodes all but the unreserved characters, so `&`, `=` and `#` in the address cannot end a part.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn unescape(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
