//! Checks that a dataset is whole and honest before anyone sees it.
//!
//! `build.rs` runs these checks on `data/` (a failure stops `cargo build`, and so
//! `trunk build` and `cargo test`), and the same checks guard any dataset loaded
//! later. Every problem names the file, the record, the field and the reason.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::ids::SourceId;
use crate::model::*;
use crate::quotation::quotations;

/// One thing wrong with a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file the record lives in, e.g. `stances.json`.
    pub file: String,
    /// The record's id (`actor/issue` for a stance), or `-` for the file itself.
    pub record: String,
    pub field: String,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: record \"{}\", field \"{}\": {}", self.file, self.record, self.field, self.reason)
    }
}

/// The full texts of the source documents, by file name, for checking quotes verbatim.
#[cfg(not(target_arch = "wasm32"))]
pub type Documents = HashMap<String, String>;
/// None in the wasm (a dataset fetched at run time comes without its
/// documents): a type with no value, so that reaching one is unreachable
/// code, which the optimiser drops with the checks that read them.
#[cfg(target_arch = "wasm32")]
pub enum Documents {}

#[cfg(target_arch = "wasm32")]
impl Documents {
    fn get(&self, _file: &str) -> Option<&String> {
        match *self {}
    }
}

/// Every problem in `records`; empty when the dataset is sound.
///
/// Quotes are checked against `documents` when given (at build time); a dataset
/// fetched at run time comes without its documents and skips that one check.
pub fn validate(records: &Records, documents: Option<&Documents>) -> Vec<Problem> {
    let mut check = Checker { problems: Vec::new(), ids: HashMap::new(), documents, sources: &records.sources, folded: HashMap::new() };
    check.ids(records);
    check.meta(&records.meta);
    let all_sources: Vec<SourceId> = records.sources.iter().map(|s| s.id.clone()).collect();
    check.quoted(&At::new("meta", "-"), &[("description", &records.meta.description), ("as_of", &records.meta.as_of)], &all_sources);
    for s in &records.sources {
        check.source(s, documents);
    }
    for i in &records.issues {
        let at = At::new("issues", &i.id);
        let prose = [("title", i.title.as_str()), ("short", &i.short), ("proposition", &i.proposition), ("summary", &i.summary), ("why_hard", &i.why_hard)];
        check.texts(&at, &prose);
        check.quoted(&at, &prose, &i.sources);
        check.refs(&at, "figures", "figures", &i.figures);
        check.refs(&at, "glossary", "glossary", &i.glossary);
        check.cites(&at, &i.sources);
    }
    for a in &records.actors {
        let at = At::new("actors", &a.id);
        check.texts(&at, &[("name", &a.name), ("short", &a.short)]);
        for p in &a.people {
            check.texts(&at, &[("people.name", &p.name), ("people.role", &p.role)]);
            check.cite(&at, "people.source", &p.source);
            check.quoted(&at, &[("people.role", &p.role)], std::slice::from_ref(&p.source));
        }
    }
    let mut keys = HashSet::new();
    for s in &records.stances {
        let key = s.key();
        let at = At::new("stances", &key);
        check.reference(&at, "actor", "actors", &s.actor);
        check.reference(&at, "issue", "issues", &s.issue);
        check.texts(&at, &[("summary", &s.summary)]);
        check.quoted(&at, &[("summary", &s.summary)], std::slice::from_ref(&s.source));
        check.cite(&at, "source", &s.source);
        if let Some(q) = &s.quote {
            check.quote(&at, "quote", q, &s.source);
        }
        check.speaker(&at, "speaker", s.speaker.as_deref(), s.basis, records.actors.iter().find(|a| a.id == s.actor));
        if !keys.insert(key) {
            check.problem(&at, "source", "a second stance for the same actor and issue from the same source; merge them".into());
        }
    }
    for s in &records.scenarios {
        let at = At::new("scenarios", &s.id);
        check.texts(&at, &[("title", &s.title), ("summary", &s.summary)]);
        check.quoted(&at, &[("title", &s.title), ("summary", &s.summary)], &s.sources);
        if s.settles.is_empty() {
            check.problem(&at, "settles", "a scenario must say what it settles on at least one issue".into());
        }
        for x in &s.settles {
            check.reference(&at, "settles.issue", "issues", &x.issue);
            check.texts(&at, &[("settles.outcome", &x.outcome)]);
            check.quoted(&at, &[("settles.outcome", &x.outcome)], &s.sources);
            if let Some(option) = &x.option {
                check.reference(&at, "settles.option", "options", option);
                if let Some(o) = records.options.iter().find(|o| o.id == *option).filter(|o| o.issue != x.issue) {
                    check.problem(&at, "settles.option", format!("option \"{option}\" settles issue \"{}\", not \"{}\"", o.issue, x.issue));
                }
            }
        }
        for (i, r) in s.reception.iter().enumerate() {
            // Which one: a scenario may hold several of one actor's.
            let field = |name: &str| format!("reception.{i}.{name}");
            check.reference(&at, &field("actor"), "actors", &r.actor);
            check.texts(&at, &[(&field("note"), &r.note)]);
            check.cite(&at, &field("source"), &r.source);
            check.quoted(&at, &[(&field("note"), &r.note)], std::slice::from_ref(&r.source));
            check.speaker(&at, &field("speaker"), r.speaker.as_deref(), r.basis, records.actors.iter().find(|a| a.id == r.actor));
        }
        for (field, list) in [("preconditions", &s.preconditions), ("risks", &s.risks), ("analogues", &s.analogues)] {
            for text in list {
                check.texts(&at, &[(field, text)]);
                check.quoted(&at, &[(field, text)], &s.sources);
            }
        }
        check.cites(&at, &s.sources);
    }
    for o in &records.options {
        let at = At::new("options", &o.id);
        check.reference(&at, "issue", "issues", &o.issue);
        let prose = [("label", o.label.as_str()), ("summary", &o.summary), ("proposed_by", &o.proposed_by)];
        check.texts(&at, &prose);
        check.quoted(&at, &prose, std::slice::from_ref(&o.source));
        check.cite(&at, "source", &o.source);
    }
    let mut reacted = HashSet::new();
    for r in &records.reactions {
        let at = At::new("reactions", &r.key());
        check.reference(&at, "option", "options", &r.option);
        check.reference(&at, "actor", "actors", &r.actor);
        check.texts(&at, &[("summary", &r.summary)]);
        check.quoted(&at, &[("summary", &r.summary)], std::slice::from_ref(&r.source));
        check.cite(&at, "source", &r.source);
        check.quote(&at, "quote", &r.quote, &r.source);
        check.speaker(&at, "speaker", r.speaker.as_deref(), r.basis, records.actors.iter().find(|a| a.id == r.actor));
        match (r.kind, &r.condition) {
            (ReactionKind::Conditional, None) => check.problem(&at, "condition", "a conditional reaction must say what it depends on".into()),
            (ReactionKind::Conditional, Some(condition)) => {
                check.texts(&at, &[("condition", condition)]);
                check.quoted(&at, &[("condition", condition)], std::slice::from_ref(&r.source));
            }
            (_, Some(_)) => check.problem(&at, "condition", "only a conditional reaction has a condition".into()),
            (_, None) => {}
        }
        if r.kind == ReactionKind::RedLine && r.basis == Basis::Analysis {
            check.problem(&at, "basis", "a red line is what the actor has said it will not accept; an analyst's reading cannot make one (use rejects)".into());
        }
        if !reacted.insert((r.option.as_str(), r.actor.as_str(), r.source.as_str())) {
            check.problem(&at, "source", "a second reaction of the same actor to the same option from the same source; merge them".into());
        }
    }
    for q in &records.faq {
        let at = At::new("faq", &q.id);
        check.texts(&at, &[("question", &q.question), ("answer", &q.answer)]);
        check.quoted(&at, &[("question", &q.question), ("answer", &q.answer)], &q.sources);
        check.cites(&at, &q.sources);
        check.refs(&at, "related", "faq", &q.related);
        if q.related.contains(&q.id) {
            check.problem(&at, "related", "a question cannot send the reader to itself".into());
        }
    }
    for f in &records.figures {
        let at = At::new("figures", &f.id);
        check.texts(&at, &[("value", &f.value), ("label", &f.label)]);
        check.quoted(&at, &[("label", &f.label)], std::slice::from_ref(&f.source));
        check.cite(&at, "source", &f.source);
        check.verbatim(&at, "quote", &f.quote, &f.source);
        if let Some(n) = digits(&f.value).find(|n| !digits(&f.quote).any(|m| m == *n)) {
            check.problem(&at, "value", format!("the number {n} does not appear in the figure's quote"));
        }
    }
    for e in &records.timeline {
        let at = At::new("timeline", &e.id);
        check.texts(&at, &[("when", &e.when), ("event", &e.event)]);
        check.quoted(&at, &[("when", &e.when), ("event", &e.event)], std::slice::from_ref(&e.source));
        check.cite(&at, "source", &e.source);
    }
    for g in &records.glossary {
        let at = At::new("glossary", &g.id);
        check.texts(&at, &[("term", &g.term), ("definition", &g.definition)]);
        check.texts(&at, &g.aliases.iter().map(|a| ("aliases", a.as_str())).collect::<Vec<_>>());
        check.quoted(&at, &[("definition", &g.definition)], g.source.as_slice());
        if let Some(source) = &g.source {
            check.cite(&at, "source", source);
        }
    }
    // A record whose id or reference is mistyped would also leave its
    // published corrections naming a record that is not there: those are
    // looked for once the records themselves are sound.
    let sound = check.problems.is_empty();
    for (n, c) in records.corrections.iter().enumerate() {
        check.correction(&At::new("corrections", &format!("#{} ({})", n + 1, c.record)), c, records, sound);
    }
    check.problems
}

/// Whether `date` is a calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize| (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten();
    let [Some(year), Some(month), Some(day)] = (match parts.as_slice() {
        [y, m, d] => [number(y, 4), number(m, 2), number(d, 2)],
        _ => return false,
    }) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// The passages a text puts in quotation marks (`quotation::quotations`),
/// without a full stop or comma typeset inside the closing mark. An
/// unclosed mark quotes to the end of the text, so it is checked, and
/// reported, rather than silently skipped.
pub fn quoted_passages(text: &str) -> Vec<&str> {
    quotations(text).into_iter().map(|q| q.inner(text).trim_end_matches([',', '.', ';', ':'])).collect()
}

/// A text with the styles of quotation marks, apostrophes, hyphens and spaces
/// folded, so that a quoted passage matches its document however it is typeset.
fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' | '`' => '\'',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => '-',
            c => c,
        }));
    }
    out
}

/// Where `quote` parts from the document `text`, for the editor to find a
/// difference the eye cannot see (a hyphen for a non-breaking one, a
/// straight apostrophe for a curly one): after the longest start of the
/// quote the document has, each one's next character and its code point.
/// Empty where not even the quote's first few words are the document's.
fn where_it_differs(quote: &str, text: &str) -> String {
    let ends: Vec<usize> = quote.char_indices().map(|(i, _)| i).skip(1).chain([quote.len()]).collect();
    // Any start of a start the document has, it has too.
    let found = ends.partition_point(|&end| text.contains(&quote[..end]));
    let Some(&end) = found.checked_sub(1).and_then(|n| ends.get(n)).filter(|&&end| quote[..end].chars().count() >= 8) else {
        return String::new();
    };
    let (start, at) = (&quote[..end], text.find(&quote[..end]).unwrap_or_default() + end);
    // A space or a line break by its code point alone, which shows it.
    let named = |c: Option<char>| match c {
        None => "nothing (the document ends)".to_string(),
        Some(c) if c.is_whitespace() || c.is_control() => format!("U+{:04X}", u32::from(c)),
        Some(c) => format!("\"{c}\" (U+{:04X})", u32::from(c)),
    };
    let shown: String = start.chars().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect();
    let ellipsis = if shown.len() < start.len() { "…" } else { "" };
    format!("; the document has \"{ellipsis}{shown}\", then {} where the quote has {}", named(text[at..].chars().next()), named(quote[end..].chars().next()))
}

/// The runs of digits in a text: "80‑90 %" → "80", "90".
fn digits(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty())
}

/// Where a problem is: a collection's file and a record in it.
struct At {
    file: String,
    record: String,
}

impl At {
    fn new(collection: &str, record: &str) -> At {
        At { file: format!("{collection}.json"), record: record.to_string() }
    }
}

struct Checker<'a> {
    problems: Vec<Problem>,
    /// The ids of each collection, to resolve references: by the
    /// collection's name and as plain strings, the one place ids are not yet
    /// typed (`ids.rs`).
    ids: HashMap<&'static str, HashSet<String>>,
    /// The documents' texts by file name; absent for a dataset loaded at run time.
    documents: Option<&'a Documents>,
    sources: &'a [Source],
    /// Each cited document's text, folded once (see `folded`), by source id.
    folded: HashMap<SourceId, String>,
}

impl<'a> Checker<'a> {
    fn problem(&mut self, at: &At, field: &str, reason: String) {
        self.problems.push(Problem { file: at.file.clone(), record: at.record.clone(), field: field.to_string(), reason });
    }

    /// Collects every collection's ids, flagging empty, malformed and duplicate ones.
    fn ids(&mut self, r: &Records) {
        let collections: [(&'static str, Vec<&str>); 9] = [
            ("sources", r.sources.iter().map(|x| x.id.as_str()).collect()),
            ("issues", r.issues.iter().map(|x| x.id.as_str()).collect()),
            ("actors", r.actors.iter().map(|x| x.id.as_str()).collect()),
            ("scenarios", r.scenarios.iter().map(|x| x.id.as_str()).collect()),
            ("faq", r.faq.iter().map(|x| x.id.as_str()).collect()),
            ("figures", r.figures.iter().map(|x| x.id.as_str()).collect()),
            ("timeline", r.timeline.iter().map(|x| x.id.as_str()).collect()),
            ("glossary", r.glossary.iter().map(|x| x.id.as_str()).collect()),
            ("options", r.options.iter().map(|x| x.id.as_str()).collect()),
        ];
        for (collection, ids) in collections {
            let mut seen = HashSet::new();
            for id in ids {
                let at = At::new(collection, id);
                if !is_kebab_case(id) {
                    self.problem(&at, "id", "an id must be non-empty kebab-case: lowercase letters, digits and single hyphens".into());
                }
                if !seen.insert(id.to_string()) {
                    self.problem(&at, "id", format!("duplicate id; another record in {collection}.json has it"));
                }
            }
            self.ids.insert(collection, seen);
        }
    }

    fn meta(&mut self, m: &Meta) {
        let at = At::new("meta", "-");
        self.texts(&at, &[("title", &m.title), ("description", &m.description), ("as_of", &m.as_of)]);
        if !is_iso_date(&m.reviewed) {
            self.problem(&at, "reviewed", format!("\"{}\" is not a date written YYYY-MM-DD", m.reviewed));
        }
    }

    /// The text of the document a source id names, when documents are at hand.
    fn document(&self, source: &str) -> Option<&'a str> {
        let file = &self.sources.iter().find(|s| s.id == source)?.file;
        self.documents?.get(file).map(String::as_str)
    }

    /// Words in quotation marks must be the cited documents' own words (once
    /// each cited source has its document: an unknown source or a missing
    /// document is reported as such, not as every quotation it holds).
    fn quoted(&mut self, at: &At, fields: &[(&str, &str)], sources: &[SourceId]) {
        if self.documents.is_none() || sources.iter().any(|s| self.document(s).is_none()) {
            return;
        }
        for source in sources {
            if !self.folded.contains_key(source) {
                let text = self.document(source).map(folded).unwrap_or_default();
                self.folded.insert(source.clone(), text);
            }
        }
        for (field, text) in fields {
            for passage in quoted_passages(text) {
                let passage_folded = folded(passage);
                if !sources.iter().any(|s| self.folded[s].contains(&passage_folded)) {
                    let cited = if sources.is_empty() { "no source is cited".to_string() } else { sources.join(", ") };
                    self.problem(at, field, format!("\"{passage}\" is in quotation marks but not in the cited source ({cited}); quote verbatim or drop the marks"));
                }
            }
        }
    }

    /// Who is on the record: a statement names one of the actor's people; an
    /// analysis is nobody's statement, so it names none.
    fn speaker(&mut self, at: &At, field: &str, speaker: Option<&str>, basis: Basis, actor: Option<&Actor>) {
        match (speaker, basis) {
            (None, Basis::Statement) => {
                self.problem(at, field, "a statement needs a speaker: the name of the actor's person or office on the record".into())
            }
            (Some(_), Basis::Analysis) => self.problem(
                at,
                field,
                "an analysis is the author's or an analyst's reading, not the actor's statement: remove the speaker or change the basis".into(),
            ),
            (Some(name), _) if actor.is_some_and(|a| !a.people.iter().any(|p| p.name == name)) => {
                self.problem(at, field, format!("\"{name}\" is not one of {}'s people in actors.json", actor.map_or("", |a| a.id.as_str())))
            }
            _ => {}
        }
    }

    /// A correction names a real record (unless it was removed; looked for
    /// only in `sound` records), a known file and a date.
    fn correction(&mut self, at: &At, c: &Correction, records: &Records, sound: bool) {
        self.texts(at, &[("change", &c.change), ("reason", &c.reason)]);
        if !is_iso_date(&c.date) {
            self.problem(at, "date", format!("\"{}\" is not a date written YYYY-MM-DD", c.date));
        } else if is_iso_date(&records.meta.reviewed) && c.date > records.meta.reviewed {
            self.problem(at, "date", format!("{} is after the data was last reviewed ({}, meta.json)", c.date, records.meta.reviewed));
        }
        let exists = match c.file.as_str() {
            "meta" => Some(c.record == "meta"),
            "stances" => Some(records.stances.iter().any(|s| s.key() == c.record)),
            "reactions" => Some(records.reactions.iter().any(|r| r.key() == c.record)),
            "corrections" => None,
            file => self.ids.get(file).map(|ids| ids.contains(&c.record)),
        };
        // An earlier correction of a record the log later records as removed stays as published.
        let removed_later = || records.corrections.iter().any(|r| r.removed && r.file == c.file && r.record == c.record && r.date >= c.date);
        match (exists, c.removed) {
            (None, _) => self.problem(at, "file", format!("unknown file \"{}\": name a collection such as stances or faq, or meta", c.file)),
            (Some(false), false) if sound && !removed_later() => self.problem(at, "record", format!("no record \"{}\" in {}.json (a stance is actor/issue/source; mark a deleted record \"removed\": true)", c.record, c.file)),
            (Some(true), true) => self.problem(at, "removed", format!("\"{}\" is marked removed but is still in {}.json", c.record, c.file)),
            _ => {}
        }
    }

    fn source(&mut self, s: &Source, documents: Option<&Documents>) {
        let at = At::new("sources", &s.id);
        let prose = [("headline", s.headline.as_str()), ("period", &s.period), ("description", &s.description)];
        self.texts(&at, &[("file", &s.file)]);
        self.texts(&at, &prose);
        self.texts(&at, &s.byline.iter().map(|b| ("byline", b.as_str())).collect::<Vec<_>>());
        // An untitled document's headline is checked word for word below (it
        // may stop inside a quotation, whose mark then never closes).
        self.quoted(&at, &prose[usize::from(s.untitled)..], std::slice::from_ref(&s.id));
        match documents.map(|docs| docs.get(&s.file)) {
            Some(None) => self.problem(&at, "file", format!("no document \"{}\" in the dataset's documents/ folder", s.file)),
            // An untitled document is cited by its opening words, so they must be its own.
            Some(Some(text)) if s.untitled && !s.headline.strip_suffix('…').is_some_and(|opening| text.trim_start().starts_with(opening.trim_end())) => {
                self.problem(&at, "headline", format!("an untitled document's headline is its opening words, verbatim, ending in “…”: \"{}\" does not begin {}", s.headline, s.file))
            }
            _ => {}
        }
    }

    fn texts(&mut self, at: &At, fields: &[(&str, &str)]) {
        for (field, text) in fields {
            if text.trim().is_empty() {
                self.problem(at, field, "empty text".into());
            }
        }
    }

    fn reference(&mut self, at: &At, field: &str, collection: &str, id: &str) {
        if !self.ids.get(collection).is_some_and(|ids| ids.contains(id)) {
            self.problem(at, field, format!("unknown {collection} id \"{id}\""));
        }
    }

    fn refs(&mut self, at: &At, field: &str, collection: &str, ids: &[impl AsRef<str>]) {
        for id in ids {
            self.reference(at, field, collection, id.as_ref());
        }
    }

    fn cite(&mut self, at: &At, field: &str, source: &str) {
        self.reference(at, field, "sources", source);
    }

    /// A record that must cite at least one source.
    fn cites(&mut self, at: &At, sources: &[SourceId]) {
        if sources.is_empty() {
            self.problem(at, "sources", "missing source: cite at least one".into());
        }
        self.refs(at, "sources", "sources", sources);
    }

    fn quote(&mut self, at: &At, field: &str, q: &Quote, source: &str) {
        if q.speaker.trim().is_empty() {
            self.problem(at, &format!("{field}.speaker"), "a quote needs its speaker".into());
        }
        if q.translation.is_some() {
            self.problem(at, &format!("{field}.translation"), "translations live in the language's own folder (see data/README.md), not in the dataset".into());
        }
        self.verbatim(at, &format!("{field}.text"), &q.text, source);
    }

    fn verbatim(&mut self, at: &At, field: &str, quote: &str, source: &str) {
        if quote.trim().is_empty() {
            self.problem(at, field, "empty text".into());
        } else if let Some(text) = self.document(source).filter(|t| !t.contains(quote)) {
            self.problem(at, field, format!("not found verbatim in the cited source: \"{quote}\"{}", where_it_differs(quote, text)));
        }
    }
}

/// `front-line`, `nato-membership`, `q1`: lowercase ASCII words joined by single hyphens.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}
