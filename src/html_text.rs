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

/// Appends `text` to `out`, escaped as `escape` does.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
