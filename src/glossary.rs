//! Finds glossary terms in running text, so the reader can ask what they mean.

use std::collections::HashSet;

use crate::ids::TermId;
use crate::model::GlossaryTerm;
use crate::quotation::{quotations, Quotation};

/// A piece of text: plain, or a glossary term as written in the text, with
/// what its definition tells a reader of this text (`news`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Term { text: &'a str, id: &'a TermId, definition: String },
}

/// The words a sentence of a definition shares in a run with a text for the
/// text to have said it already: more than a report's attribution ("one
/// report says that…", "в одному з матеріалів ідеться, що") or a name
/// ("Kyiv International Institute of Sociology") holds.
const SAID: usize = 7;

/// How much of `text`, the words right after a term, stays on the term's
/// line: its punctuation (“Crimea;”, «мир»,), up to a letter, a digit or a
/// space, so that none begins the next line, as none would after a word.
pub fn closing(text: &str) -> usize {
    text.find(|c: char| c.is_alphanumeric() || c.is_whitespace()).unwrap_or(text.len())
}

/// Splits `text` at the first mention of each term (or alias), longest match
/// first, ignoring case (in any script) and matching whole words only. A
/// quotation is the source's words, so nothing opens inside it: a term that
/// is a whole quotation is marked with its quotation marks (`"Article
/// 5-like"`), its definition after them; one inside a longer quotation is
/// not a mention. A term whose definition the text already says in full
/// (`news`) is not marked at all.
pub fn mark<'a>(text: &'a str, terms: &'a [GlossaryTerm]) -> Vec<Segment<'a>> {
    let lower = fold(text);
    // An unclosed mark begins no quotation here: a stray mark would hide every term after it.
    let quotations: Vec<Quotation> = quotations(text).into_iter().filter(|q| q.closed).collect();
    let text_words = words(&lower);
    // The text's runs of words, made at the first mention found.
    let mut said: Option<HashSet<&[&str]>> = None;
    let mut names: Vec<(String, &GlossaryTerm)> = terms
        .iter()
        .flat_map(|t| std::iter::once(&t.term).chain(&t.aliases).map(move |n| (fold(n), t)))
        .filter(|(n, _)| !n.is_empty())
        .collect();
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));

    // (start, end, term, what it adds) of each first mention, skipping
    // overlaps and terms already marked or with nothing to add.
    let mut found: Vec<(usize, usize, &TermId, String)> = Vec::new();
    let mut done: Vec<&TermId> = Vec::new();
    for (name, term) in &names {
        if done.contains(&&term.id) {
            continue;
        }
        let hit = lower.match_indices(name.as_str())
            .filter(|&(i, _)| is_boundary(text, i, i + name.len()))
            .filter_map(|(i, _)| outside(text, &quotations, i, i + name.len()))
            .find(|&(s, e)| !found.iter().any(|f| s < f.1 && f.0 < e));
        if let Some((s, e)) = hit {
            done.push(&term.id);
            let said = said.get_or_insert_with(|| text_words.windows(SAID).collect());
            let definition = news(&term.definition, said);
            if !definition.is_empty() {
                found.push((s, e, &term.id, definition));
            }
        }
    }
    found.sort_unstable();

    let mut segments = Vec::new();
    let mut at = 0;
    for (s, e, id, definition) in found {
        if s > at {
            segments.push(Segment::Text(&text[at..s]));
        }
        segments.push(Segment::Term { text: &text[s..e], id, definition });
        at = e;
    }
    if at < text.len() {
        segments.push(Segment::Text(&text[at..]));
    }
    segments
}

/// What `definition` tells a reader of a text whose runs of `SAID` words
/// are `said` that the text does not already say (a sentence that shares
/// such a run with it does; a set, since a card's text holds hundreds):
/// its sentences but those, as one text; nothing where the text says its
/// first, which the others may refer back to ("after it"). A
/// definition that names its source ("One report says…") would otherwise
/// repeat the very sentence it opens in, where that sentence reports the
/// same.
fn news(definition: &str, said: &HashSet<&[&str]>) -> String {
    let already = |sentence: &&str| words(&fold(sentence)).windows(SAID).any(|run| said.contains(run));
    let sentences = sentences(definition);
    if sentences.first().is_none_or(already) {
        return String::new();
    }
    sentences.into_iter().filter(|sentence| !already(sentence)).collect::<Vec<_>>().join(" ")
}

/// The sentences of `text`: each ends at a full stop, question or
/// exclamation mark before a space and a capital or an opening quotation
/// mark.
fn sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let next = text[i + c.len_utf8()..].strip_prefix(' ').and_then(|rest| rest.chars().next());
        if matches!(c, '.' | '?' | '!') && next.is_some_and(|n| capital(n) || matches!(n, '"' | '“' | '«' | '„')) {
            sentences.push(&text[start..=i]);
            start = i + 2;
        }
    }
    sentences.push(&text[start..]);
    sentences
}

/// Whether `c` is a capital: a letter its lower case changes (the case
/// mapping `fold` uses, not another table in the wasm).
fn capital(c: char) -> bool {
    c.to_lowercase().ne(std::iter::once(c))
}

/// The words of `text`, as runs of letters, digits and apostrophes.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | 'ʼ'))).filter(|w| !w.is_empty()).collect()
}

/// `text` in lower case, letter for letter where a letter's lower case is one
/// letter of the same length in UTF-8 (Latin, Cyrillic…), so that positions
/// in it are positions in `text`. (The FAQ search folds with it too: one
/// case mapping in the wasm, not two.)
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}

/// The mention `text[s..e]` as marked: as it is outside every quotation;
/// with its marks where it is a whole quotation, inside no other; none
/// inside a quotation.
fn outside(text: &str, quotations: &[Quotation], s: usize, e: usize) -> Option<(usize, usize)> {
    let mut around = quotations.iter().filter(|q| q.start < s && e < q.end);
    match (around.next(), around.next()) {
        (None, _) => Some((s, e)),
        (Some(&q), None) if q.inner(text).len() == e - s => Some((q.start, q.end)),
        _ => None,
    }
}

/// Whether `text[s..e]` stands as whole words.
fn is_boundary(text: &str, s: usize, e: usize) -> bool {
    let word = |c: char| c.is_alphanumeric();
    !text[..s].chars().next_back().is_some_and(word) && !text[e..].chars().next().is_some_and(word)
}
