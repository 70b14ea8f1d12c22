//! What counts as a visible text. A name of zero-width spaces or direction marks looks empty on screen, so it
//! must count as empty: in a list of members it would be a row nobody can read or click.

/// Characters that take no space and show nothing: zero-width spaces and joiners, direction marks and
/// embeddings, the word joiner and invisible operators, the byte order mark, the soft hyphen, Mongolian vowel
/// separator and Hangul fillers. Used together with `char::is_whitespace`.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
    )
}

/// True when `text` shows nothing: only whitespace and invisible characters (or nothing at all).
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_names_are_blank_and_visible_ones_are_not() {
        assert!(is_blank(""));
        assert!(is_blank(" \t\u{3000}"));
        assert!(is_blank("\u{200B}\u{200D}\u{FEFF}\u{2060}\u{200F}"));
        assert!(!is_blank("\u{200B}A"));
        assert!(!is_blank("שלום"));
        assert!(!is_blank("👩‍👩‍👧"));
    }
}
