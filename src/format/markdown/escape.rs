//! User text (notes, titles, names) as Markdown that renders as exactly that text.
//!
//! Every character CommonMark or GitHub would read as markup is backslash-escaped; what only matters at the start
//! of a line (list markers, `1.`, setext underlines) is escaped there. Each line of a multi-line text is escaped
//! on its own, because each starts a line in the output.

/// Characters that are markup anywhere in a line. `|` splits table cells, `~` strikes through (GFM), `#` closes
/// an ATX heading when it ends one.
const ALWAYS: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '#'];

/// One line of text: line breaks become spaces (for headings, table cells and labels).
pub fn inline(text: &str) -> String {
    let joined: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    line(&joined.join(" "))
}

/// A multi-line text whose later lines continue the block they start in: each line break becomes a hard break
/// (`\` at the end of the line) and the next line is indented by `indent`, so a list item stays one item. Blank
/// lines are dropped (they would end the item); leading spaces are dropped (four would start a code block).
pub fn block(text: &str, indent: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(line)
        .collect();
    lines.join(&format!("\\\n{indent}"))
}

/// Escapes one line that starts a line of the output.
fn line(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&line_start(text));
    let rest = &text[start_len(text)..];
    for (i, c) in rest.char_indices() {
        if ALWAYS.contains(&c) || (c == '&' && is_entity(&rest[i..])) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The escaped form of what would start a block at the beginning of a line: `-`, `+`, `=` (list item, setext
/// underline) and `12.` / `12)` (ordered list). Other markup at the start is handled like anywhere else.
fn line_start(text: &str) -> String {
    let len = start_len(text);
    if len == 0 {
        return String::new();
    }
    let (head, mark) = text[..len].split_at(len - 1);
    format!("{head}\\{mark}")
}

/// Bytes of `text` that [`line_start`] escapes: 1 for a leading `-`/`+`/`=`, digits plus the `.`/`)` after
/// them, else 0.
fn start_len(text: &str) -> usize {
    if text.starts_with(['-', '+', '=']) {
        return 1;
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    match text.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => digits + 1,
        _ => 0,
    }
}

/// Whether `text` (starting at `&`) reads as an HTML entity such as `&amp;` or `&#60;`, which Markdown would
/// decode; a lone `&` ("Müller & Söhne") stays as it is.
fn is_entity(text: &str) -> bool {
    let body = &text[1..];
    let len = body
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    len > 0 && body.as_bytes().get(len) == Some(&b';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_starts_are_escaped_once() {
        assert_eq!(inline("- a"), "\\- a");
        assert_eq!(inline("2026. Jahr"), "2026\\. Jahr");
        assert_eq!(inline("3) drei"), "3\\) drei");
        assert_eq!(inline("30 Jahre"), "30 Jahre");
        assert_eq!(inline("a - b"), "a - b");
        assert_eq!(inline(""), "");
    }

    #[test]
    fn entities_only_when_they_are_entities() {
        assert_eq!(inline("A & B"), "A & B");
        assert_eq!(inline("&amp; &#60;"), "\\&amp; \\&\\#60;");
    }
}
