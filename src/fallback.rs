//! What needs the app, for readers without JavaScript, one whose browser
//! could not start the widget or never ran its loader (or a search engine):
//! the stance matrix as a plain table, every deal option with its quoted
//! reactions, every FAQ answer and the sources, below the first view that
//! `prerender` renders. Rendered at build time by Yew's server renderer into
//! the mount's light DOM, with the pieces the app's views share (a source's
//! headline, how many more sources read a stance, the matrix's rows and
//! columns) and plain lists where the app's views need the app.
//!
//! Native only: the export step calls it; the wasm never contains it.

use std::fmt::Write;

use yew::prelude::*;

use crate::components::proposition::column_questions;
use crate::components::source_citation::headline;
use crate::components::stance_badge::more_sources;
use crate::edition::Edition;
use crate::html_text::escape;
use crate::lang::Lang;
use crate::model::{Actor, Basis, Issue};
use crate::tabs::matrix::MatrixFilter;
use crate::words::{P, T};

/// Where a fallback is read.
#[derive(Clone, Copy, PartialEq)]
pub enum Place {
    /// The widget's own pages (standalone and iframe): it is the page's content.
    OwnPage,
    /// A newsroom's article (the mount snippet): a part beside the article's
    /// own story, a landmark of its own, named, which reader views and
    /// read-later apps built on Readability leave out (it drops a
    /// `complementary` role, where the article's own text passes its
    /// threshold) rather than take its table for the article's text.
    Article,
}

/// The fallback of `edition`, as HTML, for `place`.
pub fn static_html(edition: &Edition, place: Place) -> String {
    crate::prerender::to_html::<Fallback>(FallbackProps { edition: edition.clone(), place })
}

#[derive(Properties, PartialEq)]
struct FallbackProps {
    edition: Edition,
    place: Place,
}

#[function_component(Fallback)]
fn fallback(props: &FallbackProps) -> Html {
    let (data, w) = (&props.edition.data, &props.edition.words);
    let lang = props.edition.lang();
    let r = &data.records;
    let in_article = props.place == Place::Article;
    // Quotes are in the dataset's language (`headline` marks headlines so).
    let en = Lang::En.code();
    let key = w.f(T::FallbackKey, &[("statement", w.t(Basis::Statement.label())), ("reported", w.t(Basis::Reported.label())), ("analysis", w.t(Basis::Analysis.label()))]);
    let options = data.issues_with_options().map(|i| {
        let choices = data.options_for(&i.id).map(|o| {
            let reactions = r.reactions.iter().filter(|x| x.option == o.id).map(|reaction| {
                let actor = data.actor(&reaction.actor).map_or("", |a| a.name.as_str());
                let translation = reaction.quote.translation.as_ref().map(|t| format!(" ({} {t})", w.t(T::QuoteTranslation)));
                // Its condition and its summary, which says what the quote
                // does not (a report describing no response as such): what
                // the app's `tabs::deal::reaction_item` gives, in plain text.
                let condition = reaction.condition.as_ref().map(|c| format!(" ({} {c})", w.t(T::ReactionCondition)));
                html! {
                    <li>
                        { format!("{actor}: {}{}\u{a0}— {} ", w.t(reaction.heading()), condition.unwrap_or_default(), reaction.summary) }<q lang={en}>{ &reaction.quote.text }</q>{ translation }
                        { format!(" ({}: {}; ", w.t(reaction.basis.label()), reaction.quote.speaker) }{ for data.source(&reaction.source).map(|s| headline(w, s)) }{ ")" }
                    </li>
                }
            });
            // Who proposes it below the label, as the builder shows it (a
            // dash between them would meet the dashes the texts hold).
            html! { <li><strong>{ &o.label }</strong><br />{ &o.proposed_by }<ul>{ for reactions }</ul></li> }
        });
        html! { <><h4>{ &i.title }</h4><ul>{ for choices }</ul></> }
    });
    let answers = r.faq.iter().map(|q| {
        let sources: Vec<_> = q.sources.iter().filter_map(|id| data.source(id)).collect();
        let cited = sources.iter().enumerate().map(|(n, s)| html! { <>{ (n > 0).then_some("; ") }{ headline(w, s) }</> });
        html! {
            <><dt>{ &q.question }</dt><dd>{ &q.answer }{ " " }<small>{ w.n(P::SourceLabel, sources.len(), &[]) }{ " " }{ for cited }</small></dd></>
        }
    });
    let sources = r.sources.iter().map(|s| html! { <li>{ headline(w, s) }{ "\u{a0}— " }{ &s.period }</li> });
    html! {
        <div class="sm-fallback" lang={lang.code()} dir={lang.dir()} role={in_article.then_some("complementary")} aria-label={in_article.then(|| r.meta.title.clone())}>
            <h3>{ w.t(T::TabMatrix) }</h3>
            // The key above the table, not in its caption: a caption is as
            // wide as the table, which scrolls sideways on a phone, and cut
            // the key short.
            <p>{ key }</p>
            { Html::from_html_unchecked(matrix(&props.edition).into()) }
            { column_questions(w, &r.issues) }
            if !r.options.is_empty() {
                <h3>{ w.t(T::FallbackOptions) }</h3>
                <p>{ w.t(T::FallbackNoReaction) }</p>
                { for options }
            }
            <h3>{ w.t(T::FaqTitle) }</h3>
            <dl>{ for answers }</dl>
            <p>{ w.n(P::SourceLabel, r.sources.len(), &[]) }</p>
            <ol>{ for sources }</ol>
        </div>
    }
}

/// The stance matrix as a table, written as text as the app's is
/// (`Grid::write_rows`).
fn matrix(edition: &Edition) -> String {
    let (data, w) = (&edition.data, &edition.words);
    let e = escape;
    let mut h = format!("<table><caption>{}</caption>", e(w.t(T::FallbackCaption)));
    let head = |h: &mut String, i: &Issue| {
        let _ = write!(h, "<th scope=\"col\" title=\"{}\">{}</th>", e(&i.proposition), e(&i.short));
    };
    // Each stance says how its source knows it and which source that is (by
    // its number in the list of sources below), as every view of the app does.
    let cell = |h: &mut String, a: &Actor, i: &Issue| match data.readings(&a.id, &i.id).as_slice() {
        [s, more @ ..] => {
            let number = data.records.sources.iter().position(|x| x.id == s.source).map_or(0, |at| at + 1);
            let source = w.f(T::FallbackSource, &[("n", &number.to_string())]);
            let more = more_sources(w, more).map_or(String::new(), |more| format!("; {more}"));
            let _ = write!(h, "<td title=\"{}\">{}<br><small>{}, {}{}</small></td>", e(&s.summary), e(w.t(s.position.label())), e(w.t(s.basis.label())), e(&source), e(&more));
        }
        [] => h.push_str("<td>–</td>"),
    };
    MatrixFilter::default().grid(data).write_rows(&mut h, w.t(T::MatrixActor), head, cell);
    h.push_str("</table>");
    h
}
