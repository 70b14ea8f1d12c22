//! Every UI text exists in both languages with the same placeholders. (A key missing from a language's
//! `match` already fails the build; this catches empty texts and placeholder typos.)
#![cfg(not(target_arch = "wasm32"))]

use querwerk::i18n::{fill, Key, Lang};
use std::collections::BTreeSet;

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.insert(rest[start + 1..start + len].to_owned());
        rest = &rest[start + len + 1..];
    }
    out
}

#[test]
fn every_key_has_a_text_in_every_language() {
    for &key in Key::ALL {
        for lang in Lang::ALL {
            let text = lang.text(key);
            assert!(!text.trim().is_empty(), "{key:?} is empty in {lang:?}");
            assert_eq!(text, text.trim(), "{key:?} has stray spaces in {lang:?}");
        }
    }
}

#[test]
fn placeholders_match_between_languages() {
    for &key in Key::ALL {
        assert_eq!(
            placeholders(Lang::De.text(key)),
            placeholders(Lang::En.text(key)),
            "placeholders differ for {key:?}"
        );
    }
}

#[test]
fn german_uses_real_umlauts_and_typographic_quotes() {
    for &key in Key::ALL {
        let text = Lang::De.text(key);
        assert!(
            !text.contains("ae ") && !text.contains(" ue"),
            "{key:?} spells umlauts out: {text}"
        );
        assert!(!text.contains('"'), "{key:?} uses straight quotes: {text}");
    }
}

#[test]
fn fill_replaces_named_placeholders_only() {
    assert_eq!(
        fill("{n} Notizen in {zone}", &[("n", "3"), ("zone", "Sagt")]),
        "3 Notizen in Sagt"
    );
    assert_eq!(fill("{n} und {m}", &[("n", "1")]), "1 und {m}");
    assert_eq!(Lang::from_code("en"), Some(Lang::En));
    assert_eq!(Lang::from_code("fr"), None);
}
