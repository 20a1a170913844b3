//! The table and the phone's list as HTML text (`Html::from_html_unchecked`
//! in the view): the table may hold thousands of cells, and the browser's
//! parser creates them about five times faster than the virtual DOM (`make
//! bench`, the matrix at 100×). Every text in them is escaped
//! (`html_text`); each cell's name says in words all that it shows.

use std::fmt::Write;

use yew::AttrValue;

use crate::components::stance_badge::basis_and_more;
use crate::context::Widget;
use crate::deal::{Conflict, Deal};
use crate::html_text::{escape, push_escaped};
use crate::model::{Actor, Issue, ReactionKind};
use crate::words::T;

use super::{Cell, Grid, LAYOUTS};

/// The table of `grid`'s cells, `deal`'s conflicts marked if given.
pub fn write_table(widget: &Widget, grid: &Grid, deal: Option<&Deal>) -> AttrValue {
    let w = &widget.words;
    // Room for every cell at once (about 165 bytes each in a big English
    // table; Ukrainian's letters take two bytes, and its table may grow
    // once): grown as written, a big table's text was copied at each
    // doubling, which cost a third as much as writing it.
    let mut h = String::with_capacity(200 * (grid.actors.len() + 1) * (grid.issues.len() + 1));
    h.push_str("<table class=\"sm-table\"><caption id=\"");
    push_escaped(&mut h, &widget.id(&["matrix-caption"]));
    // The hint is for the screen: on paper no cell opens.
    let _ = write!(h, "\">{} <span class=\"sm-caption-hint\">{}</span></caption>", escape(w.t(T::MatrixCaption)), escape(w.t(T::MatrixCaptionHint)));
    let head = |h: &mut String, i: &Issue| {
        let _ = write!(h, "<th scope=\"col\"><span class=\"sm-col-label\" title=\"{}\">{}</span></th>", escape(&i.proposition), escape(&i.short));
    };
    // One stop for Tab, the first cell (then the one last focused, `rove`):
    // arrow keys move between cells (`step`).
    let entered = std::cell::Cell::new(false);
    let cell = |h: &mut String, a: &Actor, i: &Issue| {
        h.push_str("<td>");
        let stop = if entered.get() { "-1" } else { "0" };
        if write_cell(h, widget, a, i, LAYOUTS[0], Some(stop), conflict(widget, deal, a, i)) {
            entered.set(true);
        }
        h.push_str("</td>");
    };
    grid.write_rows(&mut h, w.t(T::MatrixActor), head, cell);
    h.push_str("</table>");
    h.into()
}

/// The phone's list: every actor of `grid` on `issue`, each cell a stop for
/// Tab (the list is short; the table's cells are one stop, and arrow keys within).
pub fn write_phone_list(widget: &Widget, grid: &Grid, issue: &Issue, deal: Option<&Deal>) -> AttrValue {
    let mut h = String::from("<ul class=\"sm-phone-list\">");
    for a in &grid.actors {
        let _ = write!(h, "<li><span class=\"sm-phone-actor\">{}</span>", escape(&a.name));
        write_cell(&mut h, widget, a, issue, LAYOUTS[1], None, conflict(widget, deal, a, issue));
        h.push_str("</li>");
    }
    h.push_str("</ul>");
    h.into()
}

/// Where `deal` chooses an option `actor` rejects or has a red line on,
/// the `Conflict` (its `mark`: whether another source reports acceptance, as
/// the builder's verdict says the sources differ, and whether only a reading
/// graded analysis reports the rejection) and the cell's words, which say so.
pub(super) fn conflict(widget: &Widget, deal: Option<&Deal>, actor: &Actor, issue: &Issue) -> Option<(Conflict, T)> {
    let option = deal?.choice(&issue.id)?;
    let c = Conflict::with(&widget.data, option, &actor.id)?;
    let words = match (c.kind, c.disputed, c.read) {
        (ReactionKind::RedLine, false, _) => T::CellCrossesRedLine,
        (ReactionKind::RedLine, true, _) => T::CellRedLineDisputed,
        (_, false, false) => T::CellRejected,
        (_, true, false) => T::CellRejectionDisputed,
        (_, false, true) => T::CellRejectionRead,
        (_, true, true) => T::CellRejectionReadDisputed,
    };
    Some((c, words))
}

/// A conflict's mark, in a cell and in the key: "!" on a disc, or, where the
/// sources differ, "?" in a ring: not the same alarm. Where only a reading
/// graded analysis reports the rejection, either is a dotted ring, as
/// analysis is dotted everywhere (a badge's outline, a cell's border).
pub fn mark(disputed: bool, read: bool) -> String {
    let (disputed, sign) = if disputed { (" sm-cell-disputed", "?") } else { ("", "!") };
    let read = if read { " sm-cell-read" } else { "" };
    format!("<span class=\"sm-cell-conflict{disputed}{read}\">{sign}</span>")
}

/// One actor's position on one issue, compact, written into `h`: icon,
/// colour, a short label, the basis as the outline's style and how many
/// other sources read it; all of it in words as its name for screen readers.
/// Silence is a dash, not a button, unless the marked package conflicts
/// there (`opens`); activating one is heard by the matrix (its `value` is
/// the cell's key). `layout` is the id stem: `cell` in the
/// table, `phone-cell` in the phone's list; `tabindex`, if any, the button's.
/// Written unpressed: `use_open_cell` marks the open one. Whether it wrote a
/// button.
fn write_cell(h: &mut String, widget: &Widget, actor: &Actor, issue: &Issue, layout: &str, tabindex: Option<&str>, conflict: Option<(Conflict, T)>) -> bool {
    let w = &widget.words;
    // The deal's conflict: a visible mark, and its words in the name.
    let mark = conflict.map_or(String::new(), |(c, _)| format!(" {}", mark(c.disputed, c.read)));
    let conflict = conflict.map_or(String::new(), |(_, words)| format!("; {}", w.graded(words)));
    let readings = widget.data.readings(&actor.id, &issue.id);
    let Some(s) = readings.first() else {
        if mark.is_empty() {
            // A symbol named in words, read as a graphic. The stylesheet's dash
            // with the words as its alternative text would be read as text, but
            // its box per cell cost the matrix's every row at 100× about 14 %.
            h.push_str("<span class=\"sm-cell-empty\" role=\"img\" aria-label=\"");
            push_escaped(h, w.t(T::PositionNone));
            let _ = write!(h, "\">–</span>");
            return false;
        }
        // Marked, it opens the reactions behind its mark (`opens`).
        h.push_str("<button type=\"button\" class=\"sm-cell sm-cell-empty\" id=\"");
        push_cell_ids(h, widget, actor, issue, layout, tabindex);
        let about = w.f(T::CellOn, &[("actor", &actor.name), ("issue", cell_issue(issue, layout))]);
        for part in [w.t(T::PositionNone), " (", &about, &conflict, ")"] {
            push_escaped(h, part);
        }
        let _ = write!(h, "\" aria-pressed=\"false\">–{mark}</button>");
        return true;
    };
    let more = readings.len() - 1;
    let tag = if more > 0 { format!(" +{more}") } else { String::new() };
    let short = w.t(s.position.short());
    let _ = write!(h, "<button type=\"button\" class=\"sm-cell sm-pos-{} sm-basis-{}\" id=\"", s.position.slug(), s.basis.slug());
    push_cell_ids(h, widget, actor, issue, layout, tabindex);
    // A name rather than hidden text: each hidden span would be one more
    // positioned, clipped box to lay out and paint. It starts with what the
    // cell shows, "+1" too (so speech input finds it), then who, on what,
    // the position in full (a short label alone, "Open", would be heard as
    // the button's command), the basis and what "+1" means.
    let about = w.f(T::CellOn, &[("actor", &actor.name), ("issue", cell_issue(issue, layout))]);
    for part in [short, &tag, " (", &about, ": ", w.t(s.position.label()), ", ", &basis_and_more(w, w.t(s.basis.label()), &readings[1..]), &conflict, ")"] {
        push_escaped(h, part);
    }
    // The icon never parts from the label. A label of several words is a
    // span of its own, which the table on screen keeps on one line (only
    // "+1" or a deal's mark then goes below it where the column is narrow:
    // a label broken in two made its row taller, and a Ukrainian table ran
    // past a laptop's screen); on paper and in the phone's list it breaks
    // between its words, as the room there needs (50-matrix.css). One word
    // needs no span: most cells, by the thousand in a big matrix, have none.
    let _ = write!(h, "\" aria-pressed=\"false\">{}&nbsp;", s.position.icon());
    if short.contains(char::is_whitespace) {
        h.push_str("<span class=\"sm-cell-label\">");
        push_escaped(h, short);
        h.push_str("</span>");
    } else {
        push_escaped(h, short);
    }
    if more > 0 {
        let _ = write!(h, " <span class=\"sm-cell-more\">{}</span>", tag.trim_start());
    }
    let _ = write!(h, "{mark}</button>");
    true
}

/// A cell button's id, stop for Tab and key (its `value`), up to its name's
/// opening quote (`write_cell`).
fn push_cell_ids(h: &mut String, widget: &Widget, actor: &Actor, issue: &Issue, layout: &str, tabindex: Option<&str>) {
    push_escaped(h, &widget.id(&[layout, &Cell::id_of(&actor.id, &issue.id)]));
    if let Some(tabindex) = tabindex {
        let _ = write!(h, "\" tabindex=\"{tabindex}");
    }
    h.push_str("\" value=\"");
    push_escaped(h, &Cell::key_of(&actor.id, &issue.id));
    h.push_str("\" aria-label=\"");
}

/// The issue as a cell's name gives it: as the table's column heading
/// names it, the question its "Yes" or "No" answers; in the phone's list,
/// as its heading there does.
fn cell_issue<'a>(issue: &'a Issue, layout: &str) -> &'a str {
    if layout == LAYOUTS[0] { &issue.short } else { &issue.title }
}
