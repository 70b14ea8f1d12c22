#![cfg(not(target_arch = "wasm32"))]
//! The notes table (CSV) for German Excel: BOM, `;`, RFC 4180 quoting, no formulas, the header in the UI language.

mod support;

use querwerk::format::csv::{iso_utc, write_row, BOM};
use querwerk::format::notes_csv;
use querwerk::i18n::Lang;
use querwerk::model::*;

fn table(lang: Lang) -> String {
    let methods = support::catalogue();
    notes_csv(&support::documented_workshop(&methods), &methods, &lang)
}

/// Splits a CSV text into records of fields, the way RFC 4180 reads it (quoted fields may hold `;`, `""` and
/// line breaks).
fn parse(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ';') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the last line ends with CRLF"
    );
    rows
}

#[test]
fn starts_with_a_bom_and_a_german_header() {
    let csv = table(Lang::De);
    assert!(csv.starts_with(BOM));
    assert!(csv.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
    let header = csv.trim_start_matches(BOM).lines().next().unwrap();
    assert_eq!(
        header,
        "Phase;Methode;Board;Bereich;Gruppe;Text;Person;Farbe;Punkte;Erstellt;Geändert"
    );
}

#[test]
fn the_header_follows_the_language() {
    let csv = table(Lang::En);
    let header = csv.trim_start_matches(BOM).lines().next().unwrap();
    assert_eq!(
        header,
        "Phase;Method;Board;Area;Group;Text;Author;Colour;Dots;Created;Updated"
    );
}

#[test]
fn one_row_per_live_note_in_document_order() {
    let rows = parse(table(Lang::De).trim_start_matches(BOM));
    assert!(rows.iter().all(|r| r.len() == 11), "{rows:?}");
    let texts: Vec<&str> = rows[1..].iter().map(|r| r[5].as_str()).collect();
    assert_eq!(
        texts,
        [
            "Anna: Bäckerei in dritter Generation",
            "Ben: Illustration & Erklärfilme",
            "„Online ist mir zu kompliziert.“",
            "Brötchen sind teurer geworden",
            // The cluster's notes stay together, as on the board.
            "Zweite Preisnotiz",
            "*wichtig* <b>fett</b> [Link](x) `code` | Pipe #1 _kursiv_ &amp; \\",
            "'- sieht aus wie eine Liste\n1. und eine Nummer\n\n  ---",
            "'=SUMME(A1:A9)",
            "Fühlt sich allein; „vergessen“",
            "   ",
            "Bestellen per Telefon, Lieferung mit dem Bürgerbus",
            "Tablet im Laden",
            "Brötchen-Abo",
            "Später klären: Lieferzeiten",
        ]
    );
    let pink = &rows[4];
    assert_eq!(
        pink,
        &[
            "Problem verstehen",
            "Empathiekarte (Empathy Map)",
            "Frau Berger, 78",
            "Sagt",
            "Preise",
            "Brötchen sind teurer geworden",
            "Dora Gelöscht",
            "Rosa",
            "",
            "2026-11-28T09:12:00Z",
            "2026-11-28T09:13:00Z",
        ]
    );
    // A revealed vote fills the dots; a board without a method in the catalogue has no phase.
    assert_eq!(rows[11][8], "3");
    assert_eq!(rows[12][8], "1");
    assert_eq!(&rows[14][..4], ["", "Freies Board", "Parkplatz", "Notizen"]);
    assert_eq!(rows[8][4], "Gruppe ohne Namen");
}

#[test]
fn delimiters_quotes_and_line_breaks_are_quoted() {
    let mut out = String::new();
    write_row(
        &mut out,
        &[
            "a;b",
            "sagt \"ja\"",
            "zwei\nZeilen",
            "cr\rlf",
            "schlicht",
            "",
        ],
    );
    assert_eq!(
        out,
        "\"a;b\";\"sagt \"\"ja\"\"\";\"zwei\nZeilen\";\"cr\rlf\";schlicht;\r\n"
    );
}

#[test]
fn cells_that_a_spreadsheet_would_run_get_an_apostrophe() {
    let mut out = String::new();
    write_row(
        &mut out,
        &[
            "=1+1",
            "+49 351",
            "-5 °C",
            "@SUMME(A1)",
            "\tx",
            "\r=1",
            "a=1",
            "'schon",
        ],
    );
    assert_eq!(
        out,
        "'=1+1;'+49 351;'-5 °C;'@SUMME(A1);'\tx;\"'\r=1\";a=1;'schon\r\n"
    );
    // The guard comes inside the quotes when a cell needs both.
    let mut out = String::new();
    write_row(&mut out, &["=HYPERLINK(\"x\";\"y\")"]);
    assert_eq!(out, "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"\r\n");
}

#[test]
fn times_are_iso_8601_in_utc() {
    assert_eq!(iso_utc(Timestamp(0)), "1970-01-01T00:00:00Z");
    assert_eq!(iso_utc(Timestamp(951_782_400_000)), "2000-02-29T00:00:00Z");
    assert_eq!(
        iso_utc(Timestamp(1_795_856_400_999)),
        "2026-11-28T09:00:00Z"
    );
    assert_eq!(iso_utc(Timestamp(-1000)), "1969-12-31T23:59:59Z");
}

#[test]
fn formulas_after_spaces_and_in_full_width_characters_are_guarded_too() {
    use querwerk::format::csv::runs_as_formula;
    for cell in [
        " =1+1",
        "  +49",
        "\u{3000}=1+1",
        "\u{a0}@SUMME(A1)",
        "\u{200b}=1",
        "＝1+1",
        "＋1",
        "－1",
        "＠SUMME(A1)",
        " ＝1",
        "﹦1",
    ] {
        assert!(runs_as_formula(cell), "{cell:?}");
        let mut out = String::new();
        write_row(&mut out, &[cell]);
        assert_eq!(out, format!("'{cell}\r\n"), "{cell:?}");
    }
    for cell in ["", "   ", "a=1", "1+1", "Ｘ=1", "'=schon Text"] {
        assert!(!runs_as_formula(cell), "{cell:?}");
    }
}
