#![cfg(not(target_arch = "wasm32"))]
//! The Markdown documentation export: the whole document against an expected file, the English words, and user
//! text that must stay text.
//!
//! After an intended change of the document, write the expected file anew with
//! `QW_BLESS=1 cargo test --test format_markdown` and read the diff before committing it.

mod support;

use querwerk::format::markdown::escape;
use querwerk::format::workshop_markdown;
use querwerk::i18n::Lang;

fn document(lang: Lang) -> String {
    let methods = support::catalogue();
    let date = match lang {
        Lang::De => "28.11.2026",
        Lang::En => "28 Nov 2026",
    };
    workshop_markdown(
        &support::documented_workshop(&methods),
        &methods,
        &lang,
        date,
    )
}

#[test]
fn the_german_document_matches_the_expected_file() {
    let actual = document(Lang::De);
    let path = support::fixture_path("expected/workshop.de.md");
    if std::env::var_os("QW_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("folder");
        std::fs::write(&path, &actual).expect("expected file written");
    }
    let expected = std::fs::read_to_string(&path).expect("tests/fixtures/expected/workshop.de.md");
    assert!(
        actual == expected,
        "the document differs from {}; if the change is intended, run with QW_BLESS=1.\n--- actual ---\n{actual}",
        path.display()
    );
}

#[test]
fn the_english_document_uses_english_words_throughout() {
    let doc = document(Lang::En);
    for line in [
        "# Dorfladen digital \\#2",
        "**Challenge question:** Wie könnten wir ältere Kundinnen\\\nfür Online-Bestellungen gewinnen?",
        "As of 28 Nov 2026",
        "## Team",
        "- Anna Vogel (Company/organisation)",
        "| Time | Item | Minutes |",
        "| 9:20–9:35 | Kaffee \\| Kuchen | 15 |",
        "| 10:20–10:30 | Break | 10 |",
        "## Kickoff & team",
        "### Check-in & profile (done)",
        "## Understand the problem",
        "### Empathy map: Frau Berger, 78",
        "#### Says",
        "**Unnamed group**",
        "#### Where this board starts from",
        "**Guiding question:** Wie könnten wir Frau Berger das Bestellen leicht machen? (from “Frau Berger, 78”)",
        "- Bestellen per Telefon, Lieferung mit dem Bürgerbus (3 dots)",
        "- Tablet im Laden (1 dot)",
        "**Most dots:** Bestellen per Telefon, Lieferung mit dem Bürgerbus (3 dots)",
        "- Bestellen per Telefon (from a deleted board, 3 dots)",
        "## Other boards",
    ] {
        assert!(doc.contains(line), "missing {line:?} in:\n{doc}");
    }
    for german in [
        "Stand",
        "Fragestellung",
        "Punkte",
        "Weitere Boards",
        "fertig",
        "Pause",
    ] {
        assert!(!doc.contains(german), "German {german:?} in:\n{doc}");
    }
}

#[test]
fn phases_come_in_journey_order_and_other_boards_last() {
    let doc = document(Lang::De);
    let at = |heading: &str| {
        doc.find(heading)
            .unwrap_or_else(|| panic!("{heading} missing"))
    };
    let order = [
        at("## Start & Team"),
        at("## Problem verstehen"),
        at("## Ideen entwickeln"),
        at("## Prototypen bauen & testen"),
        at("## Weitere Boards"),
        at("### Parkplatz"),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // Phases without boards are left out.
    assert!(!doc.contains("## Pitch vorbereiten"));
}

#[test]
fn deleted_things_and_ids_stay_out() {
    let doc = document(Lang::De);
    for hidden in ["Gelöschtes Board", "Unsichtbar", "gelöscht\n", "Dora"] {
        assert!(!doc.contains(hidden), "{hidden:?} in:\n{doc}");
    }
    // No uuid of the workshop leaks into the document.
    assert!(!doc.contains("00000000-0000"));
    assert_eq!(doc, document(Lang::De), "same workshop, same document");
}

#[test]
fn dots_are_shown_only_after_the_reveal() {
    let methods = support::catalogue();
    let mut ws = support::documented_workshop(&methods);
    for b in &mut ws.boards {
        if let Some(v) = &mut b.voting {
            v.revealed = false;
        }
    }
    let doc = workshop_markdown(&ws, &methods, &Lang::De, "1.1.2027");
    assert!(doc.contains("- Tablet im Laden\n"), "{doc}");
    assert!(!doc.contains("Meiste Punkte"));
    assert!(!doc.contains("Ergebnis der Punktabfrage"));
}

#[test]
fn notes_that_look_like_markdown_stay_text() {
    assert_eq!(
        escape::inline("*wichtig* <b>fett</b>"),
        "\\*wichtig\\* \\<b\\>fett\\</b\\>"
    );
    assert_eq!(escape::inline("[Link](x)"), "\\[Link\\](x)");
    assert_eq!(
        escape::inline("`code` _k_ ~~s~~"),
        "\\`code\\` \\_k\\_ \\~\\~s\\~\\~"
    );
    assert_eq!(escape::inline("a | b"), "a \\| b");
    assert_eq!(escape::inline("# Titel"), "\\# Titel");
    assert_eq!(escape::inline("C:\\temp"), "C:\\\\temp");
    assert_eq!(escape::inline("> Zitat"), "\\> Zitat");
    for start in ["- Liste", "+ Liste", "1. Eins", "12) Zwölf", "=== Linie"] {
        let escaped = escape::inline(start);
        assert!(escaped.starts_with(|c: char| c.is_ascii_digit()) || escaped.starts_with('\\'));
        assert_eq!(unescape(&escaped), start);
    }
}

#[test]
fn escaping_loses_nothing() {
    let nasty = [
        "*wichtig* <b>",
        "\\ ` * _ [ ] < > | ~ # & &amp; &#60; ! ( ) { } . + - =",
        "1. 2) - + = # > Zitat",
        "Ümläute ß €  und Emoji 🙂",
        "<img src=x onerror=alert(1)>",
        "<!-- Kommentar -->",
    ];
    for text in nasty {
        assert_eq!(unescape(&escape::inline(text)), text, "{text:?}");
    }
}

#[test]
fn line_breaks_in_a_note_continue_its_list_item() {
    let doc = document(Lang::De);
    // Each line escaped on its own, blank lines dropped, later lines indented under the item.
    assert!(
        doc.contains("- \\- sieht aus wie eine Liste\\\n  1\\. und eine Nummer\\\n  \\---\n"),
        "{doc}"
    );
    assert_eq!(escape::block("a\r\nb", "   "), "a\\\n   b");
    assert_eq!(escape::inline("a\n\n b"), "a b");
}

/// CommonMark's reading of backslash escapes: a backslash before ASCII punctuation stands for that character.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}
