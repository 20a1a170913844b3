//! The validated dataset and the questions the views ask of it.
//!
//! The bundled data was validated by `build.rs` and is embedded as JSON. In the
//! browser it is parsed by the engine's own `JSON.parse` and handed to serde
//! through `serde-wasm-bindgen`, so no JSON parser ships in the wasm.

use std::collections::HashMap;

use crate::ids::{ActorId, FaqId, FigureId, IssueId, OptionId, ScenarioId, SourceId, TermId};
use crate::lang::Lang;
use crate::model::*;
use crate::search::FaqIndex;

/// The bundled dataset, minified and validated at build time.
pub const BUNDLED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.json"));

/// Parses a JSON document the app loads: a dataset (`Records`) or the
/// corrections beside the app (`Vec<Correction>`).
pub fn parse_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    #[cfg(target_arch = "wasm32")]
    {
        // The browser's own words, which in Chromium and Firefox say where
        // (a line and column; WebKit's do not).
        let value = js_sys::JSON::parse(json).map_err(|e| format!("the document is not valid JSON: {}", wasm_bindgen::JsCast::dyn_into::<js_sys::Error>(e).map(|e| String::from(e.message())).unwrap_or_default()))?;
        serde_wasm_bindgen::from_value(value).map_err(|e| reason(&e))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }
}

/// Parses a dataset document loaded at run time (a newsroom's): where it
/// is not one, the reason names the first record that is not (its
/// collection's file, as the build names it, and its id, else its place).
pub fn parse_records(json: &str) -> Result<Records, String> {
    let parsed = parse_json(json);
    // (Read again, record by record, only once the whole has failed.)
    #[cfg(target_arch = "wasm32")]
    let parsed = parsed.map_err(|whole| js_sys::JSON::parse(json).ok().and_then(|document| first_unreadable(&document)).unwrap_or(whole));
    parsed
}

/// serde-wasm-bindgen's words, without the JS error's "Error: ".
#[cfg(target_arch = "wasm32")]
fn reason(e: &serde_wasm_bindgen::Error) -> String {
    let words = e.to_string();
    words.strip_prefix("Error: ").map(str::to_string).unwrap_or(words)
}

/// The first record of `document` that does not parse, and why, named as
/// the build names it (`load`): its collection's file, its id or place.
/// Each record is read as the one record of a dataset otherwise empty, so
/// that `Records` says what type each collection's records are.
#[cfg(target_arch = "wasm32")]
fn first_unreadable(document: &wasm_bindgen::JsValue) -> Option<String> {
    use wasm_bindgen::{JsCast, JsValue};
    let get = |name: &str| js_sys::Reflect::get(document, &JsValue::from_str(name)).ok().filter(|value| !value.is_undefined());
    // (A document with no meta at all is better named by the whole's error.)
    let meta = get("meta")?;
    if let Some(e) = serde_wasm_bindgen::from_value::<Meta>(meta.clone()).err() {
        return Some(format!("meta.json: {}", reason(&e)));
    }
    let alone = |name: &str, record: JsValue| {
        let dataset = js_sys::Object::new();
        let set = |key: &str, value: &JsValue| js_sys::Reflect::set(&dataset, &key.into(), value).is_ok();
        set("meta", &meta);
        COLLECTIONS.iter().for_each(|c| _ = set(c, &js_sys::Array::new()));
        set(name, &js_sys::Array::of1(&record));
        serde_wasm_bindgen::from_value::<Records>(dataset.into()).err()
    };
    COLLECTIONS.into_iter().find_map(|name| {
        let Ok(records) = get(name)?.dyn_into::<js_sys::Array>() else {
            return Some(format!("{name}.json: the file must hold a JSON array of records"));
        };
        records.iter().enumerate().find_map(|(n, record)| {
            let field = |k: &str| js_sys::Reflect::get(&record, &k.into()).ok().and_then(|v| v.as_string());
            let named = record_name(name, field, n);
            let why = reason(&alone(name, record)?);
            Some(format!("{name}.json: record \"{named}\": {why}"))
        })
    })
}

/// One collection (or the meta) of the bundled dataset, parsed from `json`
/// (`JSON.parse`d; the default where the build left it out), and a task
/// ended after it.
#[cfg(target_arch = "wasm32")]
async fn collection<T: serde::de::DeserializeOwned + Default>(json: &wasm_bindgen::JsValue, name: &str) -> T {
    let value = js_sys::Reflect::get(json, &name.into()).unwrap_or_default();
    let parsed = if value.is_undefined() { T::default() } else { serde_wasm_bindgen::from_value(value).expect("the bundled dataset was validated at build time") };
    crate::browser::next_task().await;
    parsed
}

/// Records plus the indexes that make lookups cheap. Immutable once built.
#[derive(Debug, PartialEq)]
pub struct Dataset {
    pub records: Records,
    /// actor → issue → indexes into `records.stances`, in file order (the
    /// first is the actor's current stated line).
    cells: HashMap<ActorId, HashMap<IssueId, Vec<usize>>>,
    /// Actor and issue ids → their index in `records`: the matrix looks them up per cell.
    actors: HashMap<ActorId, usize>,
    issues: HashMap<IssueId, usize>,
    /// option → actor → indexes into `records.reactions`, in file order: the
    /// matrix looks them up per cell while it marks a deal.
    reactions: HashMap<OptionId, HashMap<ActorId, Vec<usize>>>,
    /// Whether the corrections ship beside the app rather than in the records
    /// (true for the bundled dataset, see `build.rs`).
    pub corrections_beside: bool,
    /// Where a dataset loaded at run time came from (its full address), so
    /// that the code to embed a view, the links to one and the download
    /// carry it; `None` for the data the build checked.
    pub address: Option<String>,
    /// Each FAQ entry's question and answer, and each glossary term's forms, as the search reads them.
    faq_text: FaqIndex,
}

/// How many actors stand where on one issue (`Dataset::split`): for its
/// proposition (or open to it), against it, divided, or with no stated
/// position; together, every actor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Split {
    pub for_: usize,
    pub against: usize,
    pub divided: usize,
    pub silent: usize,
}

/// Which side of an issue's proposition a position falls on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    For,
    Against,
    Mixed,
}

impl Position {
    pub fn side(self) -> Side {
        match self {
            Position::Supports | Position::Conditional | Position::Open => Side::For,
            Position::OpposesIf | Position::Opposes => Side::Against,
            Position::Divided => Side::Mixed,
        }
    }
}

/// What a correction is about, as the reader knows it.
#[derive(Clone, Debug, PartialEq)]
pub enum RecordLabel {
    /// The record's title in the reader's language.
    Title(String),
    /// A stance or a reaction: who, on what (an issue, a deal's option), and
    /// the source it names (its headline is cited as written).
    Reading { actor: String, on: String, source: Source },
    /// A source, cited by its headline.
    Source(Source),
    /// A record whose id names nothing the dataset still holds, by that id.
    Id(String),
}

/// How often a source is cited, for the Sources view: by every kind of
/// record that names its source, in the order its entry lists them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Citations {
    /// Issues that list it among their sources.
    pub issues: usize,
    pub stances: usize,
    pub quotes: usize,
    /// People the actors' profiles name.
    pub people: usize,
    /// The deal builder's options.
    pub options: usize,
    /// Reported reactions to the options.
    pub reactions: usize,
    pub scenarios: usize,
    /// How actors receive a scenario.
    pub receptions: usize,
    pub faq: usize,
    pub figures: usize,
    /// Events of the overview's timeline.
    pub events: usize,
    /// Glossary terms it defines or uses.
    pub terms: usize,
}

impl Dataset {
    pub fn new(records: Records) -> Dataset {
        let mut cells: HashMap<ActorId, HashMap<IssueId, Vec<usize>>> = HashMap::new();
        for (i, s) in records.stances.iter().enumerate() {
            cells.entry(s.actor.clone()).or_default().entry(s.issue.clone()).or_default().push(i);
        }
        let actors = records.actors.iter().enumerate().map(|(i, a)| (a.id.clone(), i)).collect();
        let issues = records.issues.iter().enumerate().map(|(i, x)| (x.id.clone(), i)).collect();
        let mut reactions: HashMap<OptionId, HashMap<ActorId, Vec<usize>>> = HashMap::new();
        for (i, r) in records.reactions.iter().enumerate() {
            reactions.entry(r.option.clone()).or_default().entry(r.actor.clone()).or_default().push(i);
        }
        Dataset { records, cells, actors, issues, reactions, corrections_beside: false, address: None, faq_text: FaqIndex::default() }
    }

    /// The dataset compiled into this build.
    pub fn bundled() -> Dataset {
        // build.rs parsed and validated this very text, so failure here is a build defect.
        Dataset::beside(parse_json(BUNDLED_JSON).expect("the bundled dataset was validated at build time"))
    }

    /// The same, parsed a collection a task: on a slow phone the whole parse
    /// is long enough to keep a tap waiting, so the browser may answer input
    /// between collections.
    pub async fn bundled_in_steps() -> Dataset {
        #[cfg(target_arch = "wasm32")]
        {
            let json = js_sys::JSON::parse(BUNDLED_JSON).expect("the bundled dataset was validated at build time");
            let records = Records {
                meta: collection(&json, "meta").await,
                sources: collection(&json, "sources").await,
                issues: collection(&json, "issues").await,
                actors: collection(&json, "actors").await,
                stances: collection(&json, "stances").await,
                scenarios: collection(&json, "scenarios").await,
                faq: collection(&json, "faq").await,
                figures: collection(&json, "figures").await,
                timeline: collection(&json, "timeline").await,
                glossary: collection(&json, "glossary").await,
                options: collection(&json, "options").await,
                reactions: collection(&json, "reactions").await,
                corrections: collection(&json, "corrections").await,
            };
            Dataset::beside(records)
        }
        #[cfg(not(target_arch = "wasm32"))]
        Dataset::bundled()
    }

    /// Whether this is the data the build checked, not a newsroom's own
    /// loaded at run time: words of the interface that speak of the
    /// bundled sources are for it alone.
    pub fn is_bundled(&self) -> bool {
        self.address.is_none()
    }

    /// A dataset loaded at run time from `address` (`remote`).
    pub fn loaded_from(records: Records, address: &str) -> Dataset {
        Dataset { address: Some(address.to_string()), ..Dataset::new(records) }
    }

    /// A dataset the build checked, whose corrections ship beside the app.
    pub fn beside(records: Records) -> Dataset {
        Dataset { corrections_beside: true, ..Dataset::new(records) }
    }

    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.records.sources.iter().find(|s| s.id == id)
    }

    pub fn issue(&self, id: &IssueId) -> Option<&Issue> {
        self.issues.get(id).map(|&i| &self.records.issues[i])
    }

    pub fn actor(&self, id: &ActorId) -> Option<&Actor> {
        self.actors.get(id).map(|&i| &self.records.actors[i])
    }

    pub fn scenario(&self, id: &ScenarioId) -> Option<&Scenario> {
        self.records.scenarios.iter().find(|s| s.id == id)
    }

    /// The deal builder's option with this id.
    pub fn option(&self, id: &OptionId) -> Option<&DealOption> {
        self.records.options.iter().find(|o| o.id == id)
    }

    /// The options the sources put on the table for `issue`, in file order.
    pub fn options_for<'a>(&'a self, issue: &'a IssueId) -> impl Iterator<Item = &'a DealOption> {
        self.records.options.iter().filter(move |o| o.issue == issue)
    }

    /// The issues the deal builder offers: those with options, in issue order.
    pub fn issues_with_options(&self) -> impl Iterator<Item = &Issue> {
        self.records.issues.iter().filter(|i| self.options_for(&i.id).next().is_some())
    }

    /// How `actor` receives `option`, one reading per source that says, in
    /// file order (the current line first); none: the sources do not say.
    pub fn reactions(&self, option: &OptionId, actor: &ActorId) -> Vec<&Reaction> {
        let at = self.reactions.get(option).and_then(|by_actor| by_actor.get(actor));
        at.into_iter().flatten().map(|&i| &self.records.reactions[i]).collect()
    }

    pub fn faq_entry(&self, id: &FaqId) -> Option<&FaqEntry> {
        self.records.faq.iter().find(|q| q.id == id)
    }

    pub fn figure(&self, id: &FigureId) -> Option<&Figure> {
        self.records.figures.iter().find(|f| f.id == id)
    }

    pub fn term(&self, id: &TermId) -> Option<&GlossaryTerm> {
        self.records.glossary.iter().find(|g| g.id == id)
    }

    /// The stance of `actor` on `issue` (its current stated line, where
    /// sources differ), or `None`: "no stated position".
    pub fn stance(&self, actor: &ActorId, issue: &IssueId) -> Option<&Stance> {
        self.cells.get(actor)?.get(issue)?.first().map(|&i| &self.records.stances[i])
    }

    /// Every source's reading of `actor` on `issue`, the current stated line
    /// first; empty for "no stated position".
    pub fn readings(&self, actor: &ActorId, issue: &IssueId) -> Vec<&Stance> {
        let indexes = self.cells.get(actor).and_then(|issues| issues.get(issue));
        indexes.map_or_else(Vec::new, |list| list.iter().map(|&i| &self.records.stances[i]).collect())
    }

    pub fn actors_in(&self, group: Group) -> impl Iterator<Item = &Actor> {
        self.records.actors.iter().filter(move |a| a.group == group)
    }

    /// The groups that have actors, in `Group::ALL`'s order.
    pub fn groups(&self) -> impl Iterator<Item = Group> + '_ {
        Group::ALL.into_iter().filter(|&g| self.actors_in(g).next().is_some())
    }

    pub fn issues_in(&self, pillar: Pillar) -> impl Iterator<Item = &Issue> {
        self.records.issues.iter().filter(move |i| i.pillar == Some(pillar))
    }

    /// Each actor's current stated line on `issue`, for actors that have one.
    pub fn stances_on<'a>(&'a self, issue: &'a IssueId) -> impl Iterator<Item = &'a Stance> {
        self.records.actors.iter().filter_map(move |a| self.stance(&a.id, issue))
    }

    /// Whether, among `actors`, someone is for the issue's proposition and
    /// someone against it, by each actor's current stated line (as the
    /// matrix colours it).
    pub fn is_disputed_among<'a>(&self, issue: &IssueId, actors: impl IntoIterator<Item = &'a Actor>) -> bool {
        let sides: Vec<Side> = actors
            .into_iter()
            .filter_map(|a| self.stance(&a.id, issue))
            .map(|s| s.position.side())
            .collect();
        sides.contains(&Side::For) && sides.contains(&Side::Against)
    }

    /// How the actors stand on `issue` by their stated lines: every actor
    /// counted once, on one side or the other, divided, or silent.
    pub fn split(&self, issue: &IssueId) -> Split {
        let mut split = Split { silent: self.records.actors.len(), ..Split::default() };
        for s in self.stances_on(issue) {
            split.silent -= 1;
            match s.position.side() {
                Side::For => split.for_ += 1,
                Side::Against => split.against += 1,
                Side::Mixed => split.divided += 1,
            }
        }
        split
    }

    /// Issues ordered from the widest disagreement down: the more actors on the
    /// smaller side of a for/against split (`split`), the wider it is.
    pub fn most_contested(&self) -> Vec<&Issue> {
        let width = |issue: &Issue| {
            let Split { for_, against, .. } = self.split(&issue.id);
            (for_.min(against), for_ + against)
        };
        let mut issues: Vec<&Issue> = self.records.issues.iter().collect();
        issues.sort_by_key(|i| std::cmp::Reverse(width(i)));
        issues
    }

    /// Scenarios that say what happens to `issue`.
    pub fn scenarios_settling(&self, issue: &IssueId) -> impl Iterator<Item = &Scenario> {
        self.records.scenarios.iter().filter(move |s| s.settles.iter().any(|x| x.issue == issue))
    }

    /// Glossary terms for an issue's card: those it names, then any other its
    /// text marks (every term the reader can open there is listed).
    pub fn terms_of<'a>(&'a self, issue: &'a Issue) -> impl Iterator<Item = &'a GlossaryTerm> {
        let marked = [&issue.summary, &issue.why_hard].into_iter().flat_map(|text| crate::glossary::mark(text, &self.records.glossary));
        let mut ids: Vec<&TermId> = issue.glossary.iter().collect();
        for segment in marked {
            if let crate::glossary::Segment::Term { id, .. } = segment
                && !ids.contains(&id)
            {
                ids.push(id);
            }
        }
        ids.into_iter().filter_map(|id| self.term(id))
    }

    /// FAQ entries whose question or answer holds every word of `query`
    /// (without the ending the forms of a word vary by in `lang`, the
    /// entries' language), as the start of one of its words, ignoring case, punctuation around words, which
    /// apostrophe a keyboard typed (' ’ ʼ), accents on Latin letters ("Støre" as "Store"), and the hyphens and doubled
    /// letters spellings vary by, in the sources too ("cease-fire" and
    /// "ceasefire", "Zelenskyy" and "Zelensky"). A word, or a run of words,
    /// that is a form of a glossary term finds the term in any of its forms:
    /// its cases, where the language has them, and its synonyms ("truce").
    /// A query of punctuation alone finds nothing.
    pub fn faq_matching(&self, query: &str, lang: Lang) -> impl Iterator<Item = &FaqEntry> {
        self.faq_text.matching(&self.records.faq, &self.records.glossary, query, lang).map(|i| &self.records.faq[i])
    }

    /// How a correction's record reads to a reader: the record's own title
    /// (`actor on issue` or `actor on option` and the source's headline for
    /// a stance or a reaction, read from its id, so also where it was
    /// removed or now cites another source), or its id where that names
    /// nothing the dataset still holds.
    pub fn record_label(&self, c: &Correction) -> RecordLabel {
        let r = &self.records;
        let title = |text: &str| RecordLabel::Title(text.to_string());
        let reading = |actor: &str, on: Option<&String>, source: &str| {
            Some(RecordLabel::Reading { actor: self.actor(&actor.into())?.name.clone(), on: on?.clone(), source: self.source(&source.into())?.clone() })
        };
        let label = match c.file.as_str() {
            "meta" => Some(title(&r.meta.title)),
            "stances" => three_parts(&c.record).and_then(|(actor, issue, source)| reading(actor, self.issue(&issue.into()).map(|i| &i.title), source)),
            "reactions" => three_parts(&c.record).and_then(|(option, actor, source)| reading(actor, self.option(&option.into()).map(|o| &o.label), source)),
            "sources" => self.source(&c.record.as_str().into()).cloned().map(RecordLabel::Source),
            "issues" => self.issue(&c.record.as_str().into()).map(|i| title(&i.title)),
            "actors" => self.actor(&c.record.as_str().into()).map(|a| title(&a.name)),
            "scenarios" => self.scenario(&c.record.as_str().into()).map(|s| title(&s.title)),
            "faq" => self.faq_entry(&c.record.as_str().into()).map(|q| title(&q.question)),
            "figures" => self.figure(&c.record.as_str().into()).map(|f| title(&format!("{}: {}", f.value, f.label))),
            "timeline" => r.timeline.iter().find(|e| e.id == c.record).map(|e| title(&format!("{}: {}", e.when, e.event))),
            "glossary" => self.term(&c.record.as_str().into()).map(|g| title(&g.term)),
            "options" => self.option(&c.record.as_str().into()).map(|o| title(&o.label)),
            _ => None,
        };
        label.unwrap_or_else(|| RecordLabel::Id(c.record.clone()))
    }

    pub fn citations(&self, source: &SourceId) -> Citations {
        let r = &self.records;
        let stances = r.stances.iter().filter(|s| s.source == source);
        let scenarios = r.scenarios.iter();
        Citations {
            issues: r.issues.iter().filter(|i| i.sources.contains(source)).count(),
            stances: stances.clone().count(),
            quotes: stances.filter(|s| s.quote.is_some()).count(),
            people: r.actors.iter().flat_map(|a| &a.people).filter(|p| p.source == source).count(),
            options: r.options.iter().filter(|o| o.source == source).count(),
            reactions: r.reactions.iter().filter(|x| x.source == source).count(),
            scenarios: scenarios.clone().filter(|s| s.sources.contains(source)).count(),
            receptions: scenarios.flat_map(|s| &s.reception).filter(|x| x.source == source).count(),
            faq: r.faq.iter().filter(|q| q.sources.contains(source)).count(),
            figures: r.figures.iter().filter(|f| f.source == source).count(),
            events: r.timeline.iter().filter(|e| e.source == source).count(),
            terms: r.glossary.iter().filter(|t| t.source.as_ref() == Some(source)).count(),
        }
    }
}

/// A stance's or a reaction's id, `actor/issue/source` or
/// `option/actor/source`: its three parts.
fn three_parts(id: &str) -> Option<(&str, &str, &str)> {
    let mut parts = id.splitn(3, '/');
    Some((parts.next()?, parts.next()?, parts.next()?))
}
