//! Checks that a dataset is whole and honest before anyone sees it.
//!
//! `build.rs` runs these checks on `data/` (a failure stops `cargo build`, and so
//! `trunk build` and `cargo test`), and the same checks guard any dataset loaded
//! later. Every problem names the file, the record, the field and the reason.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::model::*;

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
pub type Documents = HashMap<String, String>;

/// Every problem in `records`; empty when the dataset is sound.
///
/// Quotes are checked against `documents` when given (at build time); a dataset
/// fetched at run time comes without its documents and skips that one check.
pub fn validate(records: &Records, documents: Option<&Documents>) -> Vec<Problem> {
    let mut check = Checker { problems: Vec::new(), ids: HashMap::new() };
    check.ids(records);
    check.meta(&records.meta);
    for s in &records.sources {
        check.source(s, documents);
    }
    let texts = |source: &str| -> Option<&str> {
        let file = &records.sources.iter().find(|s| s.id == source)?.file;
        documents?.get(file).map(String::as_str)
    };
    for i in &records.issues {
        let at = At::new("issues", &i.id);
        check.texts(&at, &[("title", &i.title), ("short", &i.short), ("proposition", &i.proposition), ("summary", &i.summary), ("why_hard", &i.why_hard)]);
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
        }
    }
    let mut cells = HashSet::new();
    for s in &records.stances {
        let key = s.key();
        let at = At::new("stances", &key);
        check.reference(&at, "actor", "actors", &s.actor);
        check.reference(&at, "issue", "issues", &s.issue);
        check.texts(&at, &[("summary", &s.summary)]);
        check.cite(&at, "source", &s.source);
        if let Some(q) = &s.quote {
            check.quote(&at, "quote", q, texts(&s.source));
        }
        if !cells.insert(key) {
            check.problem(&at, "actor", "a second stance for the same actor and issue; merge them".into());
        }
    }
    for s in &records.scenarios {
        let at = At::new("scenarios", &s.id);
        check.texts(&at, &[("title", &s.title), ("summary", &s.summary)]);
        if s.settles.is_empty() {
            check.problem(&at, "settles", "a scenario must say what it settles on at least one issue".into());
        }
        for x in &s.settles {
            check.reference(&at, "settles.issue", "issues", &x.issue);
            check.texts(&at, &[("settles.outcome", &x.outcome)]);
        }
        for r in &s.reception {
            check.reference(&at, "reception.actor", "actors", &r.actor);
            check.texts(&at, &[("reception.note", &r.note)]);
            check.cite(&at, "reception.source", &r.source);
        }
        for (field, list) in [("preconditions", &s.preconditions), ("risks", &s.risks), ("analogues", &s.analogues)] {
            for text in list {
                check.texts(&at, &[(field, text)]);
            }
        }
        check.cites(&at, &s.sources);
    }
    for q in &records.faq {
        let at = At::new("faq", &q.id);
        check.texts(&at, &[("question", &q.question), ("answer", &q.answer)]);
        check.cites(&at, &q.sources);
    }
    for f in &records.figures {
        let at = At::new("figures", &f.id);
        check.texts(&at, &[("value", &f.value), ("label", &f.label)]);
        check.cite(&at, "source", &f.source);
        check.verbatim(&at, "quote", &f.quote, texts(&f.source));
        if let Some(n) = digits(&f.value).find(|n| !digits(&f.quote).any(|m| m == *n)) {
            check.problem(&at, "value", format!("the number {n} does not appear in the figure's quote"));
        }
    }
    for e in &records.timeline {
        let at = At::new("timeline", &e.id);
        check.texts(&at, &[("when", &e.when), ("event", &e.event)]);
        check.cite(&at, "source", &e.source);
    }
    for g in &records.glossary {
        let at = At::new("glossary", &g.id);
        check.texts(&at, &[("term", &g.term), ("definition", &g.definition)]);
        if let Some(source) = &g.source {
            check.cite(&at, "source", source);
        }
    }
    check.problems
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

struct Checker {
    problems: Vec<Problem>,
    /// The ids of each collection, to resolve references.
    ids: HashMap<&'static str, HashSet<String>>,
}

impl Checker {
    fn problem(&mut self, at: &At, field: &str, reason: String) {
        self.problems.push(Problem { file: at.file.clone(), record: at.record.clone(), field: field.to_string(), reason });
    }

    /// Collects every collection's ids, flagging empty, malformed and duplicate ones.
    fn ids(&mut self, r: &Records) {
        let collections: [(&'static str, Vec<&str>); 8] = [
            ("sources", r.sources.iter().map(|x| x.id.as_str()).collect()),
            ("issues", r.issues.iter().map(|x| x.id.as_str()).collect()),
            ("actors", r.actors.iter().map(|x| x.id.as_str()).collect()),
            ("scenarios", r.scenarios.iter().map(|x| x.id.as_str()).collect()),
            ("faq", r.faq.iter().map(|x| x.id.as_str()).collect()),
            ("figures", r.figures.iter().map(|x| x.id.as_str()).collect()),
            ("timeline", r.timeline.iter().map(|x| x.id.as_str()).collect()),
            ("glossary", r.glossary.iter().map(|x| x.id.as_str()).collect()),
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
    }

    fn source(&mut self, s: &Source, documents: Option<&Documents>) {
        let at = At::new("sources", &s.id);
        self.texts(&at, &[("file", &s.file), ("headline", &s.headline), ("period", &s.period), ("description", &s.description)]);
        if documents.is_some_and(|docs| !docs.contains_key(&s.file)) {
            self.problem(&at, "file", format!("no document \"{}\" in the dataset's documents/ folder", s.file));
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

    fn refs(&mut self, at: &At, field: &str, collection: &str, ids: &[String]) {
        for id in ids {
            self.reference(at, field, collection, id);
        }
    }

    fn cite(&mut self, at: &At, field: &str, source: &str) {
        self.reference(at, field, "sources", source);
    }

    /// A record that must cite at least one source.
    fn cites(&mut self, at: &At, sources: &[String]) {
        if sources.is_empty() {
            self.problem(at, "sources", "missing source: cite at least one".into());
        }
        self.refs(at, "sources", "sources", sources);
    }

    fn quote(&mut self, at: &At, field: &str, q: &Quote, text: Option<&str>) {
        if q.speaker.trim().is_empty() {
            self.problem(at, &format!("{field}.speaker"), "a quote needs its speaker".into());
        }
        self.verbatim(at, &format!("{field}.text"), &q.text, text);
    }

    fn verbatim(&mut self, at: &At, field: &str, quote: &str, text: Option<&str>) {
        if quote.trim().is_empty() {
            self.problem(at, field, "empty text".into());
        } else if text.is_some_and(|t| !t.contains(quote)) {
            self.problem(at, field, format!("not found verbatim in the cited source: \"{quote}\""));
        }
    }
}

/// `front-line`, `nato-membership`, `q1`: lowercase ASCII words joined by single hyphens.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}
