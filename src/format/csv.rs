//! All live notes of a workshop as a table (CSV), for spreadsheets.
//!
//! Written for German Excel, which most teams open it with: UTF-8 with a byte order mark (without it Excel reads
//! the file as Windows-1252 and breaks every umlaut) and `;` between fields (Excel splits on the regional list
//! separator, which is `;` wherever `,` is the decimal comma). Fields are quoted as RFC 4180 says, lines end in
//! CRLF. LibreOffice and Numbers read the same file.
//!
//! A small writer instead of the `csv` crate: quoting is a dozen lines, while the crate (writing the same rows)
//! made the release wasm 22.7 KB larger, 15.0 KB after brotli (measured Nov 2026: 569,662 against 554,652 bytes).

use super::words::{Column, Word, Words};
use crate::model::{Board, Method, Note, Phase, Timestamp, Workshop};

/// The field separator (see the module comment).
pub const DELIMITER: char = ';';
/// Starts the file so Excel knows it is UTF-8.
pub const BOM: char = '\u{feff}';

/// One row per live note, boards in the order of the Markdown document (phases of the journey, then other
/// boards), notes in display order. `words` gives the header and the names of phases, colours and such.
pub fn notes_csv(ws: &Workshop, methods: &[Method], words: &impl Words) -> String {
    let mut out = String::new();
    out.push(BOM);
    let header: Vec<&str> = Column::ALL
        .iter()
        .map(|c| words.word(Word::Column(*c)))
        .collect();
    write_row(&mut out, &header);
    let method_of = |b: &Board| methods.iter().find(|m| m.id == b.method);
    let mut boards: Vec<(&Board, Option<&Method>)> = Vec::new();
    for phase in Phase::ALL {
        boards.extend(ws.live_boards().filter_map(|b| {
            method_of(b)
                .filter(|m| m.phase == phase)
                .map(|m| (b, Some(m)))
        }));
    }
    boards.extend(
        ws.live_boards()
            .filter(|b| method_of(b).is_none())
            .map(|b| (b, None)),
    );
    for (board, method) in boards {
        for zone in &board.zones {
            for note in board.live_notes_in(&zone.key) {
                let row = row(ws, board, method, words.pick(&zone.label), note, words);
                let cells: Vec<&str> = row.iter().map(String::as_str).collect();
                write_row(&mut out, &cells);
            }
        }
    }
    out
}

/// The cells of one note, in [`Column::ALL`] order.
fn row(
    ws: &Workshop,
    board: &Board,
    method: Option<&Method>,
    zone: &str,
    note: &Note,
    words: &impl Words,
) -> [String; 11] {
    let phase = method.map_or("", |m| words.word(Word::Phase(m.phase)));
    let method_name = match method {
        Some(m) => words.pick(&m.name).to_owned(),
        // Free boards and methods of a newer Querwerk: the built-in name if there is one, else the id.
        None => crate::model::templates::by_method(&board.method)
            .map_or_else(|| board.method.clone(), |t| words.pick(&t.title).to_owned()),
    };
    let cluster = match note.cluster.and_then(|c| board.live_cluster(c)) {
        Some(c) if c.name.trim().is_empty() => words.word(Word::Unnamed).to_owned(),
        Some(c) => c.name.clone(),
        None => String::new(),
    };
    let author = note
        .author
        .and_then(|a| ws.member(a))
        .map_or_else(String::new, |m| m.name.clone());
    // Dots only once revealed: before that they are secret.
    let dots = board
        .voting
        .as_ref()
        .filter(|v| v.revealed)
        .map_or_else(String::new, |v| v.dots_on(note.id).to_string());
    [
        phase.to_owned(),
        method_name,
        board.title.clone(),
        zone.to_owned(),
        cluster,
        note.text.clone(),
        author,
        words.word(Word::Colour(note.colour)).to_owned(),
        dots,
        iso_utc(note.created),
        iso_utc(note.updated),
    ]
}

/// Appends one CSV line (CRLF-terminated).
pub fn write_row(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(DELIMITER);
        }
        write_cell(out, cell);
    }
    out.push_str("\r\n");
}

/// One field: guarded against formula injection, then quoted if it holds the delimiter, a quote or a line
/// break (quotes doubled, RFC 4180).
fn write_cell(out: &mut String, cell: &str) {
    let guard = runs_as_formula(cell);
    let quote = cell.contains([DELIMITER, '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    if quote {
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// What starts a formula: ASCII, and the full-width and small forms that Excel on East Asian systems (and
/// LibreOffice after its input autocorrect) also reads as operators.
const FORMULA_STARTS: [char; 12] = [
    '=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫',
];

/// True when a spreadsheet would run the cell as a formula (`=HYPERLINK(…)`, `@SUM(…)`), also after leading
/// spaces or invisible characters, which Excel skips (" =1+1"), and for a tab or CR at the start; the caller
/// then puts an apostrophe in front, which makes it text. OWASP's advice for CSV injection, widened.
pub fn runs_as_formula(cell: &str) -> bool {
    if cell.starts_with(['\t', '\r']) {
        return true;
    }
    cell.chars()
        .find(|c| !c.is_whitespace() && !crate::model::is_invisible(*c))
        .is_some_and(|c| FORMULA_STARTS.contains(&c))
}

/// A moment as ISO 8601 in UTC to the second, e.g. `2026-11-28T09:15:00Z` (sorts as text, reads everywhere).
pub fn iso_utc(t: Timestamp) -> String {
    let secs = t.0.div_euclid(1000);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Year, month, day of a count of days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
