//! The dataset's record types, exactly as editors write them in `data/<dataset>/*.json`.
//!
//! This module depends on `serde` alone: `build.rs` includes it to validate the
//! data at build time, and the app deserialises the same types at run time.
//! Queries over these records live in `dataset`; checks live in `validate`.

use serde::{Deserialize, Serialize};

use crate::ids::{ActorId, FaqId, FigureId, IssueId, OptionId, ScenarioId, SourceId, TermId};

/// Everything one dataset holds, one field per file in its folder.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Records {
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub issues: Vec<Issue>,
    pub actors: Vec<Actor>,
    pub stances: Vec<Stance>,
    pub scenarios: Vec<Scenario>,
    pub faq: Vec<FaqEntry>,
    pub figures: Vec<Figure>,
    pub timeline: Vec<TimelineEvent>,
    pub glossary: Vec<GlossaryTerm>,
    /// The deal builder's menu: ways each issue could be settled.
    #[serde(default)]
    pub options: Vec<DealOption>,
    /// How actors receive those options, where the sources say.
    #[serde(default)]
    pub reactions: Vec<Reaction>,
    /// What editors changed after publication, and why, newest last.
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// What the dataset is about, shown in the widget's header and "as of" line.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    pub description: String,
    /// The period the sources cover, in the sources' own terms (they give few dates).
    pub as_of: String,
    /// When editors last re-read the data against its sources (`YYYY-MM-DD`).
    pub reviewed: String,
}

/// One source document. Every other record cites sources by `id`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    /// The document's file name in `documents/`, where its full text is kept for quote checks.
    pub file: String,
    /// The document's headline; where it has none (`untitled`), its opening words.
    pub headline: String,
    /// Whether the document has no headline: a citation then says so, and
    /// quotes its opening words rather than naming them as a title.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub untitled: bool,
    /// Author, outlet or contributors, only where the text itself names them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The period the text implies, never an invented date.
    pub period: String,
    pub description: String,
    /// Where the document can be read, if anywhere. Only `https:` addresses
    /// become links; anything else is shown as text (see `Source::link`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Source {
    /// The address to link to, when it is a plain `https:` URL.
    pub fn link(&self) -> Option<&str> {
        self.url.as_deref().filter(|u| u.starts_with("https://") && !u.chars().any(|c| c.is_whitespace() || c.is_control()))
    }
}

/// A question on the negotiating table, phrased so that actors can support or oppose it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Issue {
    pub id: IssueId,
    pub title: String,
    /// A short column label for the stance matrix.
    pub short: String,
    /// The proposition a stance's position refers to ("Ukraine joins NATO").
    pub proposition: String,
    pub summary: String,
    pub why_hard: String,
    /// One of the three open pillars seed 000 names, where the issue belongs to one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pillar: Option<Pillar>,
    #[serde(default)]
    pub figures: Vec<FigureId>,
    #[serde(default)]
    pub glossary: Vec<TermId>,
    pub sources: Vec<SourceId>,
}

/// The three pillars the talks are said to hinge on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pillar {
    FrontLine,
    SecurityGuarantees,
    Reconstruction,
}

impl Pillar {
    pub const ALL: [Pillar; 3] = [Pillar::FrontLine, Pillar::SecurityGuarantees, Pillar::Reconstruction];
}

/// A state, bloc, alliance or public whose position the sources report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: ActorId,
    pub name: String,
    /// A short row label for the stance matrix.
    pub short: String,
    pub group: Group,
    #[serde(default)]
    pub people: Vec<Person>,
}

/// How an actor stands in the talks; the matrix filters by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    Belligerent,
    Mediator,
    Institution,
    EuropeanState,
    /// Diplomats and former officials speaking for no government.
    Observer,
    Public,
}

impl Group {
    pub const ALL: [Group; 6] = [
        Group::Belligerent,
        Group::Mediator,
        Group::Institution,
        Group::EuropeanState,
        Group::Observer,
        Group::Public,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Group::Belligerent => "belligerent",
            Group::Mediator => "mediator",
            Group::Institution => "institution",
            Group::EuropeanState => "european-state",
            Group::Observer => "observer",
            Group::Public => "public",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.slug() == slug)
    }
}

/// Someone the sources quote or name for an actor, with the role the text gives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    pub role: String,
    pub source: SourceId,
}

/// One actor's position on one issue, as one source reports it. Where sources
/// differ, an actor has one stance per source on the same issue; the first in
/// the file is its current stated line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stance {
    pub actor: ActorId,
    pub issue: IssueId,
    pub position: Position,
    /// One neutral line in our own words.
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    pub basis: Basis,
    /// The person or office of the actor who is on the record: the `name` of
    /// one of the actor's `people`. Required when `basis` is `statement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    pub source: SourceId,
}

impl Stance {
    /// The stance's record id in messages and corrections: `actor/issue/source`.
    pub fn key(&self) -> String {
        format!("{}/{}/{}", self.actor, self.issue, self.source)
    }
}

/// Where an actor stands on an issue's proposition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    Supports,
    /// For it on a condition ("Yes, if").
    Conditional,
    Open,
    Divided,
    /// Would let it go on a condition ("No, if"): a potential willingness
    /// to forgo it in exchange for something, which `Conditional` or `Open`
    /// would show the wrong way round.
    OpposesIf,
    Opposes,
}

impl Position {
    pub const ALL: [Position; 6] = [
        Position::Supports,
        Position::Conditional,
        Position::Open,
        Position::Divided,
        Position::OpposesIf,
        Position::Opposes,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Position::Supports => "supports",
            Position::Conditional => "conditional",
            Position::Open => "open",
            Position::Divided => "divided",
            Position::OpposesIf => "opposes-if",
            Position::Opposes => "opposes",
        }
    }

    /// A text glyph shown beside the label, so that colour is never the only cue.
    pub fn icon(self) -> &'static str {
        match self {
            Position::Supports => "✓",
            Position::Conditional => "◐",
            Position::Open => "○",
            Position::Divided => "±",
            Position::OpposesIf => "◑",
            Position::Opposes => "✕",
        }
    }
}

/// How firmly a stance is on the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// A named person of the actor, or its office, on the record in the source.
    Statement,
    /// Relayed: unnamed officials, "people familiar", "according to", a poll.
    Reported,
    /// The document author's or an analyst's reading, never the actor's own words.
    Analysis,
}

impl Basis {
    pub fn slug(self) -> &'static str {
        match self {
            Basis::Statement => "statement",
            Basis::Reported => "reported",
            Basis::Analysis => "analysis",
        }
    }
}

/// A verbatim excerpt of a source document and who said it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Exactly as in the source text, typographic quotes and all.
    pub text: String,
    pub speaker: String,
    /// The explainer's translation, in an edition of another language (see
    /// `translation`); never in the dataset's own files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<String>,
}

/// A possible outcome of the talks, as the sources sketch it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: ScenarioId,
    pub title: String,
    pub summary: String,
    /// What the scenario settles, issue by issue.
    pub settles: Vec<Settlement>,
    /// Who the sources say backs or rejects it.
    #[serde(default)]
    pub reception: Vec<Reception>,
    #[serde(default)]
    pub preconditions: Vec<String>,
    #[serde(default)]
    pub risks: Vec<String>,
    /// Historical precedents the sources name.
    #[serde(default)]
    pub analogues: Vec<String>,
    pub sources: Vec<SourceId>,
}

/// A scenario's outcome on one issue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settlement {
    pub issue: IssueId,
    pub outcome: String,
    /// The deal builder's option this outcome is, where it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<OptionId>,
}

/// One way an issue could be settled, as a source puts it on the table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DealOption {
    pub id: OptionId,
    pub issue: IssueId,
    /// A few neutral words, for the radio button.
    pub label: String,
    /// What the option is, as the source describes it.
    pub summary: String,
    /// Who proposed or floated it, with the source's attribution.
    pub proposed_by: String,
    pub source: SourceId,
}

/// One actor's reaction to one option, as one source reports it. Where the
/// sources are silent there is no record: the reaction is unknown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reaction {
    pub option: OptionId,
    pub actor: ActorId,
    #[serde(rename = "reaction")]
    pub kind: ReactionKind,
    /// What the actor's acceptance depends on; only for `conditional`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// One neutral line in our own words.
    pub summary: String,
    /// Every reaction is quoted: a verdict must be traceable to words.
    pub quote: Quote,
    pub basis: Basis,
    /// As for stances: one of the actor's `people`; required for `statement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    pub source: SourceId,
}

impl Reaction {
    /// The record's id in messages and corrections: `option/actor/source`.
    pub fn key(&self) -> String {
        format!("{}/{}/{}", self.option, self.actor, self.source)
    }
}

/// How an actor receives an option, from most to least agreeable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReactionKind {
    Accepts,
    /// Acceptable if something else holds.
    Conditional,
    Rejects,
    /// The actor has said it will not accept it.
    RedLine,
}

impl ReactionKind {
    pub const ALL: [ReactionKind; 4] = [ReactionKind::RedLine, ReactionKind::Rejects, ReactionKind::Conditional, ReactionKind::Accepts];

    pub fn slug(self) -> &'static str {
        match self {
            ReactionKind::Accepts => "accepts",
            ReactionKind::Conditional => "conditional",
            ReactionKind::Rejects => "rejects",
            ReactionKind::RedLine => "red-line",
        }
    }

    /// Whether a package with this option is in conflict with the actor.
    pub fn conflicts(self) -> bool {
        matches!(self, ReactionKind::Rejects | ReactionKind::RedLine)
    }
}

/// One actor's reported attitude to a scenario, graded as a stance is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reception {
    pub actor: ActorId,
    pub position: Position,
    pub note: String,
    pub basis: Basis,
    /// As a stance's: required when `basis` is `statement`, absent for
    /// `analysis`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    pub source: SourceId,
}

/// A reader's question, answered only from the sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaqEntry {
    pub id: FaqId,
    pub question: String,
    pub answer: String,
    pub sources: Vec<SourceId>,
    /// Other questions the answer sends the reader to ("see the question
    /// below"), linked under it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<FaqId>,
}

/// A number the sources give, with what it measures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: FigureId,
    /// The number as displayed ("80–90%").
    pub value: String,
    /// What it measures.
    pub label: String,
    /// The source's own words around the number, verbatim.
    pub quote: String,
    pub source: SourceId,
}

/// Something that happened, dated only as precisely as the source allows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineEvent {
    pub id: String,
    /// The date or period as the source gives or implies it.
    pub when: String,
    pub event: String,
    pub source: SourceId,
}

/// A term a reader may not know.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    pub id: TermId,
    pub term: String,
    pub definition: String,
    /// Other spellings to mark in text ("Article 5-like").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The source that defines or uses it; none for a neutral general definition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceId>,
}

/// A published correction: what changed in a record, when and why. (`Eq`
/// lets a shared log's parts compare by address, `Rc`'s shortcut.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The collection, e.g. `stances` (the file without `.json`).
    pub file: String,
    /// The record's id (`actor/issue/source` for a stance, `meta` for the meta file).
    pub record: String,
    /// What the explainer said before and says now, for readers.
    pub change: String,
    /// Why: what the source actually says.
    pub reason: String,
    /// Whether the record was removed (it then no longer resolves).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
}

/// The collections of a dataset (a folder's files, a document's keys) after
/// its meta, in the order they are read.
pub const COLLECTIONS: [&str; 12] = [
    "sources", "issues", "actors", "stances", "scenarios", "faq", "figures", "timeline", "glossary", "options", "reactions", "corrections",
];

/// How a record is named in a message before it has parsed (`field` reads
/// one of its text fields): its id, or `actor/issue/source`, or its
/// position in the file.
pub fn record_name(collection: &str, field: impl Fn(&str) -> Option<String>, n: usize) -> String {
    let or_unknown = |k: &str| field(k).unwrap_or_else(|| "?".to_string());
    match (collection, field("id"), field("actor"), field("issue")) {
        (_, Some(id), _, _) => id,
        ("stances", None, Some(actor), Some(issue)) => format!("{actor}/{issue}/{}", or_unknown("source")),
        ("reactions", None, Some(actor), _) => format!("{}/{actor}/{}", or_unknown("option"), or_unknown("source")),
        _ => format!("#{} in the file", n + 1),
    }
}
