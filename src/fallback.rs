//! The explainer's interactive parts as plain HTML, written into the pages at
//! build time in the mount's light DOM: the matrix, the deal builder's options
//! with their reported reactions, the answers and the sources for a reader
//! without JavaScript, one whose browser could not start the widget or never
//! ran its loader (or a search engine), below the first view that the app's
//! own components prerender.

use std::fmt::Write;

use crate::components::stance_badge::more_sources;
use crate::edition::Edition;
use crate::lang::Lang;
use crate::model::{Actor, Basis, Issue, Source};
use crate::tabs::matrix::{Grid, MatrixFilter};
use crate::words::{Words, P, T};

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

/// A source as a citation names it: its headline, or, where the document has
/// none, its opening words so introduced (as `source_title` shows it).
fn cite(s: &Source, w: &Words) -> String {
    let en = Lang::En.code();
    if s.untitled {
        format!("{} <q lang=\"{en}\">{}</q>", escape(w.t(T::SourceUntitled)), escape(&s.headline))
    } else {
        format!("<cite lang=\"{en}\">{}</cite>", escape(&s.headline))
    }
}

/// The stance matrix as a plain table, every option with its quoted
/// reactions, every FAQ answer and the sources:
/// what readers without JavaScript get below the prerendered first view
/// (`prerender`), whose interactive parts need the app.
pub fn static_html(edition: &Edition) -> String {
    let (data, w) = (&edition.data, &edition.words);
    let r = &data.records;
    let e = escape;
    // Quotes and headlines are in the dataset's language.
    let en = Lang::En.code();
    let mut h = format!("<div class=\"sm-fallback\" lang=\"{}\" dir=\"{}\">", edition.lang().code(), edition.lang().dir());
    // The key above the table, not in its caption: a caption is as wide as
    // the table, which scrolls sideways on a phone, and cut the key short.
    let _ = write!(h, "<h3>{}</h3><p>{}</p><table><caption>{}</caption>", e(w.t(T::TabMatrix)), e(&w.f(T::FallbackKey, &[("statement", w.t(Basis::Statement.label())), ("reported", w.t(Basis::Reported.label())), ("analysis", w.t(Basis::Analysis.label()))])), e(w.t(T::FallbackCaption)));
    let head = |h: &mut String, i: &Issue| {
        let _ = write!(h, "<th scope=\"col\" title=\"{}\">{}</th>", e(&i.proposition), e(&i.short));
    };
    // Each stance says how its source knows it and which source that is (by
    // its number in the list of sources below), as every view of the app does.
    let cell = |h: &mut String, a: &Actor, i: &Issue| match data.readings(&a.id, &i.id).as_slice() {
        [s, more @ ..] => {
            let number = r.sources.iter().position(|x| x.id == s.source).map_or(0, |at| at + 1);
            let source = w.f(T::FallbackSource, &[("n", &number.to_string())]);
            let more = more_sources(w, more).map_or(String::new(), |more| format!("; {more}"));
            let _ = write!(h, "<td title=\"{}\">{}<br><small>{}, {}{}</small></td>", e(&s.summary), e(w.t(s.position.label())), e(w.t(s.basis.label())), e(&source), e(&more));
        }
        [] => h.push_str("<td>–</td>"),
    };
    write_grid(&mut h, &MatrixFilter::default().grid(data), w.t(T::MatrixActor), head, cell);
    h.push_str("</table>");

    if !r.options.is_empty() {
        let _ = write!(h, "<h3>{}</h3><p>{}</p>", e(w.t(T::FallbackOptions)), e(w.t(T::FallbackNoReaction)));
        for i in data.issues_with_options() {
            let _ = write!(h, "<h4>{}</h4><ul>", e(&i.title));
            for o in data.options_for(&i.id) {
                // Who proposes it below the label, as the builder shows it (a
                // dash between them would meet the dashes the texts hold).
                let _ = write!(h, "<li><strong>{}</strong><br>{}<ul>", e(&o.label), e(&o.proposed_by));
                for reaction in r.reactions.iter().filter(|x| x.option == o.id) {
                    let actor = data.actor(&reaction.actor).map_or("", |a| a.name.as_str());
                    let source = data.source(&reaction.source).map_or(String::new(), |s| cite(s, w));
                    let translation = reaction.quote.translation.as_ref().map(|t| format!(" ({} {})", e(w.t(T::QuoteTranslation)), e(t))).unwrap_or_default();
                    let _ = write!(h, "<li>{}: {} — <q lang=\"{}\">{}</q>{translation} ({}: {}; {source})</li>", e(actor), e(w.t(reaction.kind.label())), en, e(&reaction.quote.text), e(w.t(reaction.basis.label())), e(&reaction.quote.speaker));
                }
                h.push_str("</ul></li>");
            }
            h.push_str("</ul>");
        }
    }

    let _ = write!(h, "<h3>{}</h3><dl>", e(w.t(T::FaqTitle)));
    for q in &r.faq {
        let sources: Vec<String> = q.sources.iter().filter_map(|id| data.source(id)).map(|s| cite(s, w)).collect();
        let _ = write!(h, "<dt>{}</dt><dd>{} <small>{} {}</small></dd>", e(&q.question), e(&q.answer), e(&w.n(P::SourceLabel, sources.len(), &[])), sources.join("; "));
    }
    let _ = write!(h, "</dl><p>{}</p><ol>", e(&w.n(P::SourceLabel, r.sources.len(), &[])));
    for s in &r.sources {
        let _ = write!(h, "<li>{} — {}</li>", cite(s, w), e(&s.period));
    }
    h.push_str("</ol></div>");
    h
}
