//! Where in a JSON text reading stopped, as the path a person can look for (`workshop.boards[1].notes[0]`):
//! what an import error names. serde_json reports the place as line and column; this walks the text up to
//! there. (serde_path_to_error tracks the path while reading instead, which compiles a second copy of every
//! reader into the wasm: about 25 KB brotli in each bundle.)

enum Frame {
    /// Inside an object: the last key read, and whether its value has begun.
    Object { key: Option<String>, in_value: bool },
    /// Inside an array: the index of the current item, and whether that item has begun.
    Array { index: usize, in_item: bool },
}

/// The path of the value being read at 1-based `line` and `column` (in bytes, as serde_json counts them);
/// `.` for the whole text.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let bytes = &text.as_bytes()[..offset(text, line, column)];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i;
                i = string_end(bytes, i + 1);
                match stack.last_mut() {
                    Some(Frame::Object {
                        key,
                        in_value: false,
                    }) => *key = Some(key_text(text, start, i)),
                    _ => begin_value(&mut stack),
                }
            }
            b'{' => {
                begin_value(&mut stack);
                stack.push(Frame::Object {
                    key: None,
                    in_value: false,
                });
            }
            b'[' => {
                begin_value(&mut stack);
                stack.push(Frame::Array {
                    index: 0,
                    in_item: false,
                });
            }
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, in_value }) => {
                    *key = None;
                    *in_value = false;
                }
                Some(Frame::Array { index, in_item }) => {
                    *index += 1;
                    *in_item = false;
                }
                None => {}
            },
            b if b.is_ascii_whitespace() => {}
            _ => begin_value(&mut stack),
        }
        i += 1;
    }
    render(&stack)
}

/// The byte offset of a 1-based line and a column counted in bytes from the line's start.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(at, _)| at + 1)
    };
    start.saturating_add(column).min(text.len())
}

/// The index of the quote that closes the string whose first byte is at `from` (or the end of `bytes`).
fn string_end(bytes: &[u8], mut from: usize) -> usize {
    while from < bytes.len() {
        match bytes[from] {
            b'\\' => from += 2,
            b'"' => return from,
            _ => from += 1,
        }
    }
    bytes.len()
}

/// A key as written between the quotes at `open` and `close`, its escapes read.
fn key_text(text: &str, open: usize, close: usize) -> String {
    let raw = text.get(open..=close).unwrap_or_default();
    serde_json::from_str(raw).unwrap_or_else(|_| raw.trim_matches('"').to_owned())
}

fn begin_value(stack: &mut [Frame]) {
    if let Some(Frame::Array { in_item, .. }) = stack.last_mut() {
        *in_item = true;
    }
}

fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object {
                key: Some(key),
                in_value: true,
            } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Array {
                index,
                in_item: true,
            } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
            _ => break,
        }
    }
    if path.is_empty() {
        ".".to_owned()
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        boards: Vec<Board>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Board {
        title: String,
        notes: Vec<Note>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Note {
        id: u32,
        #[serde(default)]
        text: String,
    }

    /// The path of the place where serde_json stopped reading `text` as a `Doc`.
    fn place(text: &str) -> String {
        let err = serde_json::from_str::<Doc>(text).unwrap_err();
        assert!(err.is_data(), "{err}");
        path_at(text, err.line(), err.column())
    }

    #[test]
    fn names_the_value_serde_stopped_at() {
        let ok = r#"{"title": "A", "notes": [{"id": 1}]}"#;
        assert_eq!(
            place(&format!(
                r#"{{"boards": [{ok}, {{"title": 7, "notes": []}}]}}"#
            )),
            "boards[1].title"
        );
        assert_eq!(
            place(&format!(
                "{{\n  \"boards\": [\n    {ok},\n    {{\"title\": \"B\", \"notes\": [{{\"id\": 1}}, {{\"id\": 2, \"text\": [\"x, ]}}\"]}}]}}\n  ]\n}}"
            )),
            "boards[1].notes[1].text"
        );
        // A missing field: the object that lacks it.
        assert_eq!(
            place(r#"{"boards": [{"title": "A", "notes": [{"text": "ohne id"}]}]}"#),
            "boards[0].notes[0]"
        );
        assert_eq!(place(r#"{"boards": 3}"#), "boards");
        assert_eq!(place("[]"), ".");
    }

    #[test]
    fn reads_escaped_keys_and_quotes_inside_strings() {
        let text = r#"{"b\u006fards": [{"title": "\"{[,", "notes": [{"id": -1}]}]}"#;
        assert_eq!(place(text), "boards[0].notes[0].id");
        // Multi-byte text before the place: columns count bytes.
        let text = "{\"boards\": [{\"title\": \"Ärger 🐛\", \"notes\": [{\"id\": \"x\"}]}]}";
        assert_eq!(place(text), "boards[0].notes[0].id");
    }

    #[test]
    fn a_place_outside_the_text_is_the_whole_text_or_its_end() {
        assert_eq!(path_at("{}", 9, 9), ".");
        assert_eq!(path_at("", 1, 0), ".");
    }
}
