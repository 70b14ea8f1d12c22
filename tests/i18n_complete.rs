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
    for (name, key) in Key::all() {
        for lang in Lang::ALL {
            let text = lang.text(key);
            assert!(!text.trim().is_empty(), "{name} is empty in {lang:?}");
            assert_eq!(text, text.trim(), "{name} has stray spaces in {lang:?}");
        }
    }
}

#[test]
fn placeholders_match_between_languages() {
    for (name, key) in Key::all() {
        assert_eq!(
            placeholders(Lang::De.text(key)),
            placeholders(Lang::En.text(key)),
            "placeholders differ for {name}"
        );
    }
}

#[test]
fn german_uses_real_umlauts_and_typographic_quotes() {
    for (name, key) in Key::all() {
        let text = Lang::De.text(key);
        assert!(
            !text.contains("ae ") && !text.contains(" ue"),
            "{name} spells umlauts out: {text}"
        );
        assert!(!text.contains('"'), "{name} uses straight quotes: {text}");
    }
}

#[test]
fn fill_replaces_named_placeholders_only() {
    assert_eq!(
        fill("{n} Notizen in {zone}", &[("n", "3"), ("zone", "Sagt")]),
        "3 Notizen in Sagt"
    );
    assert_eq!(fill("{n} und {m}", &[("n", "1")]), "1 und {m}");
}

/// Informal address, which the interface never uses: it speaks to people as "Sie".
const INFORMAL: [&str; 15] = [
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch", "euer",
    "eure", "euren", "eurem", "eurer",
];

/// A gender form other than the spelled-out pair ("Nutzerinnen und Nutzer") the texts use.
fn other_gender_form(text: &str) -> bool {
    [":in", "*in", "_in", "/-in", "Innen"]
        .iter()
        .any(|form| text.contains(form))
}

#[test]
fn german_addresses_people_as_sie_with_one_gender_form() {
    for (name, key) in Key::all() {
        let text = Lang::De.text(key);
        for word in text.split(|c: char| !c.is_alphabetic()) {
            assert!(
                !INFORMAL.contains(&word.to_lowercase().as_str()),
                "{name} is informal („{word}“): {text}"
            );
        }
        assert!(!other_gender_form(text), "{name}: {text}");
    }
}

/// Every file under `dir`, recursively.
fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn a_board_is_called_board_never_tafel() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    files(&root.join("src"), &mut all);
    files(&root.join("public"), &mut all);
    let mut read = 0;
    for path in all {
        // Icons and other binary files are not text.
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        read += 1;
        assert!(!text.contains("Tafel"), "{} says „Tafel“", path.display());
    }
    assert!(read > 100, "only {read} files read");
    for (name, key) in Key::all() {
        assert!(!Lang::De.text(key).contains("Tafel"), "{name}");
    }
}

/// A sentence that names a method or a board by its title says "die Methode" or "das Board" first, so the
/// pronoun after it agrees whatever the title's own gender ("Folgt auf die Methode „Persona“, deren …").
#[test]
fn generated_sentences_name_the_noun_their_pronouns_refer_to() {
    let de = |key| Lang::De.text(key);
    assert!(de(Key::NextFollowUp).contains("die Methode „{after}“, deren"));
    assert!(de(Key::NextContinue).starts_with("Das Board „{board}“"));
    assert!(de(Key::NextContinueEmpty).starts_with("Das Board „{board}“"));
    let en = |key| Lang::En.text(key);
    assert!(en(Key::NextFollowUp).contains("the method “{after}”"));
}
