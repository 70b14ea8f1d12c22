//! Every UI text is shown somewhere: a key no source file names is a leftover that translators would still
//! keep up to date. Scans `src/` for `Key::Name` (the text files themselves, `i18n/texts/`, do not count).
#![cfg(not(target_arch = "wasm32"))]

use querwerk::i18n::Key;
use std::path::Path;

fn sources(dir: &Path, out: &mut String) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if !path.ends_with("i18n/texts") {
                sources(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&std::fs::read_to_string(&path).expect("source is text"));
        }
    }
}

/// Whether `name` occurs in `text` followed by something that cannot continue an identifier.
fn names(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        !text[at + name.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

#[test]
fn every_key_is_used_by_the_app() {
    let mut text = String::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut text,
    );
    let unused: Vec<String> = Key::all()
        .iter()
        .map(|(name, _)| format!("Key::{name}"))
        .filter(|name| !names(&text, name))
        .collect();
    assert!(unused.is_empty(), "keys no source uses: {unused:?}");
}
