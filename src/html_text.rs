//! HTML written as text, where the virtual DOM is not used: the matrix's
//! table and the phone's list (thousands of cells, which the browser's
//! parser creates about five times faster than Yew does), the no-JS
//! fallback's table and the pages the export step writes. Every text in
//! them goes through `escape`.

use std::fmt::Write;

use crate::model::{Actor, Issue};
use crate::tabs::matrix::Grid;

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

/// The rows and columns of an actors × issues table, written into `h` from
/// `<thead>` to `</tbody>`: `corner` heads the actors' column, `head` writes
/// each issue's column heading and `cell` each actor's cell on each issue;
/// the actors' short names head the rows. The app's matrix and this
/// fallback's are both written so.
pub fn write_grid(h: &mut String, grid: &Grid, corner: &str, head: impl Fn(&mut String, &Issue), cell: impl Fn(&mut String, &Actor, &Issue)) {
    let _ = write!(h, "<thead><tr><th scope=\"col\">{}</th>", escape(corner));
    for i in &grid.issues {
        head(h, i);
    }
    h.push_str("</tr></thead><tbody>");
    for a in &grid.actors {
        let _ = write!(h, "<tr><th scope=\"row\">{}</th>", escape(&a.short));
        for i in &grid.issues {
            cell(h, a, i);
        }
        h.push_str("</tr>");
    }
    h.push_str("</tbody>");
}
