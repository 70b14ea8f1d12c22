#![cfg(not(target_arch = "wasm32"))]
//! The join link carries the sync server, the room and its key in the fragment; anything else is refused.

use querwerk::live::{checked_server, JoinLink, LinkError, RoomId, RoomKey};

fn link() -> JoinLink {
    JoinLink {
        server: "wss://sync.example.org/querwerk?region=süd&x=1#no".replace("#no", ""),
        room: RoomId::generate().unwrap(),
        key: RoomKey::generate().unwrap(),
        lead: false,
    }
}

#[test]
fn keys_and_ids_are_random_and_fit_a_fragment() {
    let (a, b) = (RoomKey::generate().unwrap(), RoomKey::generate().unwrap());
    assert_ne!(a, b);
    assert_eq!(a.to_text().len(), 43);
    assert_eq!(RoomKey::from_text(&a.to_text()).unwrap(), a);
    let id = RoomId::generate().unwrap();
    assert_eq!(id.as_str().len(), 22);
    assert_eq!(RoomId::from_text(id.as_str()).unwrap(), id);
    for text in [a.to_text(), id.to_string()] {
        assert!(text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }
}

#[test]
fn a_key_never_shows_in_debug_output() {
    let key = RoomKey::from_bytes([0xAB; 32]);
    let printed = format!("{:?}", link_with(key.clone()));
    assert!(!printed.contains(&key.to_text()), "{printed}");
}

fn link_with(key: RoomKey) -> JoinLink {
    JoinLink { key, ..link() }
}

#[test]
fn a_link_round_trips() {
    let l = link();
    let url = l.to_url("https://querwerk.example/join");
    assert!(url.starts_with("https://querwerk.example/join#room="));
    assert_eq!(JoinLink::parse(&url).unwrap(), l);
    // Only the fragment, with or without `#`; an old fragment on the app address is replaced.
    assert_eq!(JoinLink::parse(&l.fragment()).unwrap(), l);
    assert_eq!(JoinLink::parse(&format!("#{}", l.fragment())).unwrap(), l);
    assert_eq!(
        JoinLink::parse(&l.to_url("http://10.0.0.2:8080/j#alt")).unwrap(),
        l
    );
    // The server address cannot end a part of the fragment.
    let fragment = l.fragment();
    assert_eq!(fragment.matches('&').count(), 1);
    assert!(!fragment.contains("#"));
}

#[test]
fn the_facilitators_link_says_so_and_the_participants_link_does_not() {
    let lead = JoinLink {
        lead: true,
        ..link()
    };
    assert!(lead.fragment().ends_with("&lead=1"));
    assert_eq!(JoinLink::parse(&lead.fragment()).unwrap(), lead);
    let participants = lead.for_participants();
    assert!(!participants.lead && !participants.fragment().contains("lead"));
    assert_eq!(participants.room, lead.room);
    // Anything but `1` leads nothing.
    assert!(
        !JoinLink::parse(&format!("{}&lead=yes", participants.fragment()))
            .unwrap()
            .lead
    );
}

#[test]
fn plain_ws_is_fine_for_a_hotspot() {
    let l = JoinLink {
        server: "ws://10.42.0.1:1234".into(),
        ..link()
    };
    assert_eq!(
        JoinLink::parse(&l.to_url("http://10.42.0.1:8080/")).unwrap(),
        l
    );
}

#[test]
fn bad_links_are_refused() {
    let l = link();
    let (id, key) = (l.room.to_string(), l.key.to_text());
    let sync = "sync=wss%3A%2F%2Fsync.example.org";
    let cases: Vec<(String, LinkError)> = vec![
        (String::new(), LinkError::NoRoom),
        ("https://querwerk.example/join".into(), LinkError::NoRoom),
        (format!("#{sync}"), LinkError::NoRoom),
        (format!("#room={id}&{sync}"), LinkError::BadKey),
        (format!("#room={id}.&{sync}"), LinkError::BadKey),
        (
            format!("#room={id}.{}&{sync}", &key[..42]),
            LinkError::BadKey,
        ),
        (format!("#room={id}.{key}A&{sync}"), LinkError::BadKey),
        (
            format!("#room={id}.{}+&{sync}", &key[..42]),
            LinkError::BadKey,
        ),
        (format!("#room=.{key}&{sync}"), LinkError::BadRoomId),
        (
            format!("#room={}.{key}&{sync}", &id[..21]),
            LinkError::BadRoomId,
        ),
        (format!("#room=../etc.{key}&{sync}"), LinkError::BadRoomId),
        (format!("#room={id}.{key}"), LinkError::NoServer),
        (format!("#room={id}.{key}&sync="), LinkError::BadServer),
        (
            format!("#room={id}.{key}&sync=https%3A%2F%2Fa.org"),
            LinkError::BadServer,
        ),
        (
            format!("#room={id}.{key}&sync=wss%3A%2F%2F"),
            LinkError::BadServer,
        ),
        (
            format!("#room={id}.{key}&sync=wss%3A%2F%2Fa.org%2"),
            LinkError::BadServer,
        ),
        (
            format!("#room={id}.{key}&sync=wss%3A%2F%2Fa.org%G1"),
            LinkError::BadServer,
        ),
        (
            format!("#room={id}.{key}&sync=wss%3A%2F%2Fa.org%+1"),
            LinkError::BadServer,
        ),
        (
            format!("#room={id}.{key}&sync=wss%3A%2F%2Fa.org%FF"),
            LinkError::BadServer,
        ),
        (
            format!("#room={id}.{key}&sync=wss%3A%2F%2Fa%20b.org"),
            LinkError::BadServer,
        ),
        (
            format!("#room={id}.{key}&sync=javascript%3Aalert(1)"),
            LinkError::BadServer,
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(JoinLink::parse(&text), Err(expected.clone()), "{text}");
    }
}

#[test]
fn server_addresses() {
    assert!(checked_server("wss://sync.example.org").is_ok());
    assert!(checked_server("ws://127.0.0.1:1234").is_ok());
    for bad in [
        "http://a.org",
        "wss://",
        "wss:///path",
        "wss://a.org/\"x",
        "ws://a b",
        "",
    ] {
        assert_eq!(checked_server(bad), Err(LinkError::BadServer), "{bad}");
    }
}
