//! Escaping for HTML written as text, where the virtual DOM is not used:
//! the matrix's table and the phone's list (thousands of cells, which the
//! browser's parser creates about five times faster than Yew does), the
//! no-JS fallback's table, and what the export step writes into the pages
//! and the embed snippets. Every text written so goes through `escape`.

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

/// The characters escaped, and what each is written as.
const ESCAPES: [(u8, &str); 5] = [(b'&', "&amp;"), (b'<', "&lt;"), (b'>', "&gt;"), (b'"', "&quot;"), (b'\'', "&#39;")];

/// Appends `text` to `out`, escaped as `escape` does: the runs between
/// the characters escaped are copied whole (the matrix writes thousands of
/// names a render).
pub fn push_escaped(out: &mut String, mut text: &str) {
    let escaped = |(at, byte): (usize, u8)| ESCAPES.iter().find(|(c, _)| *c == byte).map(|(_, with)| (at, *with));
    while let Some((at, with)) = text.bytes().enumerate().find_map(escaped) {
        out.push_str(&text[..at]);
        out.push_str(with);
        text = &text[at + 1..];
    }
    out.push_str(text);
}
