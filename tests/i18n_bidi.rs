#![cfg(not(target_arch = "wasm32"))]
//! User text inside interface sentences is isolated for bidirectional text, and filling a sentence never
//! reads placeholders out of user text.

use querwerk::i18n::{fill, isolate};

#[test]
fn a_right_to_left_override_is_closed_inside_its_value() {
    let evil = "\u{202e}abc";
    let line = fill("Projekt „{title}“ gelöscht.", &[("title", evil)]);
    assert_eq!(line, "Projekt „\u{2068}\u{202e}abc\u{2069}“ gelöscht.");
    assert_eq!(isolate("שלום"), "\u{2068}שלום\u{2069}");
    assert_eq!(isolate("مرحبا"), "\u{2068}مرحبا\u{2069}");
}

#[test]
fn plain_text_stays_as_it_is() {
    for plain in ["Öffnungszeiten", "", "x\u{200b}y", "<b>", "5.000"] {
        assert_eq!(isolate(plain), plain);
    }
    assert_eq!(
        fill("Notiz hinzufügen in „{zone}“", &[("zone", "Notizen")]),
        "Notiz hinzufügen in „Notizen“"
    );
}

#[test]
fn user_text_cannot_pull_in_another_placeholder_and_unknown_ones_stay() {
    let line = fill(
        "{n} von {max}: {text}",
        &[("n", "3"), ("max", "5"), ("text", "{max} {n}")],
    );
    assert_eq!(line, "3 von 5: {max} {n}");
    assert_eq!(fill("{missing} {n", &[("n", "1")]), "{missing} {n");
}
