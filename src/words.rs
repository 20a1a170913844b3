//! The interface's words in the reader's language: `T` and `P` name every
//! message (generated from the English catalogue, so a key English lacks
//! does not compile), `Words` holds one language's texts for them.

use serde::Deserialize;

use crate::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

// The English catalogue's `MESSAGES`, each ended by `END`, written by the
// build: the words every instance starts with need no parse (which took
// about 30 ms at 4× CPU throttling, in the task that mounts the widget).
include!(concat!(env!("OUT_DIR"), "/words-en.rs"));

// `on_its_way`, `edition_unavailable`: each language's own words for its edition on
// the way and for one that could not be loaded (`catalogue::OWN_WORDS`),
// written by the build.
include!(concat!(env!("OUT_DIR"), "/words-own.rs"));

/// One language's messages, in the order of `T` and `P`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Words {
    #[serde(skip)]
    pub lang: Lang,
    texts: Vec<String>,
    /// Each counted message's forms, in `Category::ALL` order.
    counted: Vec<[String; 4]>,
}

impl Words {
    /// The English words, which the wasm carries.
    pub fn english() -> Words {
        let mut messages = MESSAGES.split_terminator(END).map(str::to_string);
        let texts = messages.by_ref().take(TEXTS).collect();
        // The build writes `MESSAGES` and the counts from one catalogue, so
        // every form is there (a native test compares it with the catalogue).
        let counted = (0..COUNTED).map(|_| std::array::from_fn(|_| messages.next().unwrap_or_default())).collect();
        Words { lang: Lang::En, texts, counted }
    }

    /// These words as `lang`'s, unless a message is missing.
    pub fn checked(self, lang: Lang) -> Result<Words, String> {
        if (self.texts.len(), self.counted.len()) != (TEXTS, COUNTED) {
            return Err(format!("the {} catalogue has {} and {} messages, not {TEXTS} and {COUNTED}", lang.code(), self.texts.len(), self.counted.len()));
        }
        Ok(Words { lang, ..self })
    }

    /// A message.
    pub fn t(&self, key: T) -> &str {
        &self.texts[key as usize]
    }

    /// A message with its `{placeholders}` filled.
    pub fn f(&self, key: T, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }

    /// A message naming the analysis grade as its label does (`{grade}`):
    /// "only a reading graded “Analysis” reports…".
    pub fn graded(&self, key: T) -> String {
        self.f(key, &self.grade())
    }

    /// After a count of `of` things, how many of them only readings graded
    /// analysis give: `all` where every one is, `some` where some are,
    /// nothing where none is (", 3 of them only in readings graded “Analysis”").
    pub fn read_apart(&self, read: usize, of: usize, all: P, some: P) -> String {
        match read {
            0 => String::new(),
            n if n == of => self.n(all, n, &self.grade()),
            n => self.n(some, n, &self.grade()),
        }
    }

    fn grade(&self) -> [(&'static str, &str); 1] {
        [("grade", self.t(crate::model::Basis::Analysis.label()))]
    }

    /// A counted message for `n`, in the form the language uses for that
    /// number, with `{n}` and any other placeholders filled.
    pub fn n(&self, key: P, n: usize, args: &[(&str, &str)]) -> String {
        let forms = &self.counted[key as usize];
        let category = match self.lang.category(n) {
            // A form without the count names exactly one thing ("Джерело:"):
            // where "one" also counts 21, 31… (Ukrainian), those take "other".
            crate::lang::Category::One if n != 1 && !forms[0].contains("{n}") => crate::lang::Category::Other,
            category => category,
        };
        let at = crate::lang::Category::ALL.iter().position(|c| *c == category).unwrap_or(3);
        let count = n.to_string();
        let mut all = vec![("n", count.as_str())];
        all.extend_from_slice(args);
        fill(&forms[at], &all)
    }

    /// Items as the language lists them in a sentence: "a, b and c".
    pub fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        let separator = self.t(T::ListSeparator);
        match items {
            [] => String::new(),
            [one] => one.as_ref().to_string(),
            [rest @ .., last] => {
                let rest = rest.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(separator);
                self.f(T::ListAnd, &[("items", &rest), ("last", last.as_ref())])
            }
        }
    }

    /// A name as it reads inside a sentence or a list: in English a
    /// leading article loses its capital ("no reaction of the Ukrainian public").
    pub fn within(&self, name: &str) -> String {
        match name.strip_prefix("The ") {
            Some(rest) if self.lang == Lang::En => format!("the {rest}"),
            _ => name.to_string(),
        }
    }

    /// An ISO date (`2026-11-30`) as the language writes it (`30 November
    /// 2026`); anything but a calendar date (see `validate::is_iso_date`) as it is.
    pub fn date(&self, iso: &str) -> String {
        if !crate::validate::is_iso_date(iso) {
            return iso.to_string();
        }
        let number = |range: std::ops::Range<usize>| iso[range].parse::<usize>().unwrap_or_default();
        let month = self.t(MONTHS[number(5..7) - 1]);
        self.f(T::DateLong, &[("day", &number(8..10).to_string()), ("month", month), ("year", &iso[..4])])
    }
}

/// Month names as a date uses them (the genitive, in Ukrainian).
const MONTHS: [T; 12] = [
    T::Month1, T::Month2, T::Month3, T::Month4, T::Month5, T::Month6, T::Month7, T::Month8, T::Month9, T::Month10, T::Month11, T::Month12,
];

/// Replaces each `{name}` in `template` by its value, in one pass: a value
/// is never read for names in its turn (a name that holds "{issue}"), and
/// a `{…}` without a value stays as written. (The matrix fills one
/// message per cell, by the thousand.)
fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + args.iter().map(|(_, value)| value.len()).sum::<usize>());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name = after.find('}').map(|close| &after[..close]);
        match name.and_then(|name| args.iter().find(|(n, _)| *n == name)) {
            Some((name, value)) => {
                out.push_str(value);
                rest = &after[name.len() + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// What the model's kinds are called (their names live in the catalogue).
mod names {
    use super::T;
    use crate::model::{Basis, Group, Pillar, Position, Reaction, ReactionKind};

    impl Pillar {
        pub fn label(self) -> T {
            match self {
                Pillar::FrontLine => T::PillarFrontLine,
                Pillar::SecurityGuarantees => T::PillarSecurityGuarantees,
                Pillar::Reconstruction => T::PillarReconstruction,
            }
        }
    }

    impl Group {
        /// Its name, for the bundled dataset (whose sources support the
        /// United States' leading the Berlin talks, not a mediator's part)
        /// or a newsroom's own (`bundled` false), whose mediators it names plainly.
        pub fn label(self, bundled: bool) -> T {
            match self {
                Group::Belligerent => T::GroupBelligerent,
                Group::Mediator if bundled => T::GroupMediator,
                Group::Mediator => T::GroupMediatorNewsroom,
                Group::Institution => T::GroupInstitution,
                Group::EuropeanState => T::GroupEuropeanState,
                Group::Observer => T::GroupObserver,
                Group::Public => T::GroupPublic,
            }
        }
    }

    impl Position {
        pub fn label(self) -> T {
            match self {
                Position::Supports => T::PositionSupports,
                Position::Conditional => T::PositionConditional,
                Position::Open => T::PositionOpen,
                Position::Divided => T::PositionDivided,
                Position::OpposesIf => T::PositionOpposesIf,
                Position::Opposes => T::PositionOpposes,
            }
        }

        /// The matrix's compact label; the legend pairs it with `label`.
        pub fn short(self) -> T {
            match self {
                Position::Supports => T::PositionSupportsShort,
                Position::Conditional => T::PositionConditionalShort,
                Position::Open => T::PositionOpenShort,
                Position::Divided => T::PositionDividedShort,
                Position::OpposesIf => T::PositionOpposesIfShort,
                Position::Opposes => T::PositionOpposesShort,
            }
        }
    }

    impl Basis {
        pub fn label(self) -> T {
            match self {
                Basis::Statement => T::BasisStatement,
                Basis::Reported => T::BasisReported,
                Basis::Analysis => T::BasisAnalysis,
            }
        }
    }

    impl ReactionKind {
        pub fn label(self) -> T {
            match self {
                ReactionKind::Accepts => T::ReactionAccepts,
                ReactionKind::Conditional => T::ReactionConditional,
                ReactionKind::Rejects => T::ReactionRejects,
                ReactionKind::RedLine => T::ReactionRedLine,
            }
        }
    }

    impl Reaction {
        /// Its kind as its heading says it: an analyst's reading is read as
        /// one ("Read as rejecting"), never given as the actor's own answer.
        /// (A red line is never an analysis: `validate`.)
        pub fn heading(&self) -> T {
            match (self.basis, self.kind) {
                (Basis::Analysis, ReactionKind::Accepts) => T::ReactionReadAccepts,
                (Basis::Analysis, ReactionKind::Conditional) => T::ReactionReadConditional,
                (Basis::Analysis, ReactionKind::Rejects) => T::ReactionReadRejects,
                (_, kind) => kind.label(),
            }
        }
    }
}
