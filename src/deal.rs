//! The deal builder's logic: a package of options, one per issue at most,
//! and what each actor's reported reactions say about it.
//!
//! Pure and native-tested. The verdicts are a function of the package and
//! the dataset only; a reaction the sources do not report is unknown, and
//! unknown is never counted as acceptance.

use std::collections::BTreeMap;

use crate::dataset::Dataset;
use crate::ids::{ActorId, IssueId, OptionId, ScenarioId};
use crate::model::{Actor, Basis, DealOption, Reaction, ReactionKind};

/// The reader's package: for each issue, the option chosen. An issue that is
/// not in it is left open. Ordered by issue id, so the order of choices
/// never matters and the link is stable.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Deal(BTreeMap<IssueId, OptionId>);

impl Deal {
    /// Chooses `option` for `issue`, or leaves the issue open (`None`).
    pub fn choose(&mut self, issue: &IssueId, option: Option<&OptionId>) {
        match option {
            Some(option) => self.0.insert(issue.clone(), option.clone()),
            None => self.0.remove(issue),
        };
    }

    /// The option chosen for `issue`, if any.
    pub fn choice(&self, issue: &IssueId) -> Option<&OptionId> {
        self.0.get(issue)
    }

    /// (issue, option) pairs, by issue id.
    pub fn choices(&self) -> impl Iterator<Item = (&IssueId, &OptionId)> {
        self.0.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The one issue on which `after` chooses another option than this
    /// package, where it chooses one and changes nothing else.
    pub fn chosen_in<'a>(&self, after: &'a Deal) -> Option<&'a IssueId> {
        let mut changed = self.0.keys().chain(after.0.keys()).filter(|issue| self.choice(issue) != after.choice(issue));
        let issue = changed.next()?;
        changed.all(|other| other == issue).then(|| after.0.get_key_value(issue).map(|(issue, _)| issue)).flatten()
    }

    /// The package a scenario describes: its settlements that are options.
    /// (Settlements that are none of the builder's options are not in it.)
    pub fn of_scenario(data: &Dataset, scenario: &ScenarioId) -> Deal {
        data.scenario(scenario).into_iter().flat_map(|s| &s.settles).filter_map(|x| Some((x.issue.clone(), x.option.clone()?))).collect()
    }
}

/// A package from (issue, option) pairs; a later pair for an issue replaces an earlier one.
impl<I: Into<IssueId>, O: Into<OptionId>> FromIterator<(I, O)> for Deal {
    fn from_iter<T: IntoIterator<Item = (I, O)>>(choices: T) -> Deal {
        Deal(choices.into_iter().map(|(issue, option)| (issue.into(), option.into())).collect())
    }
}

/// One reading of an actor's reaction to an option: its kind and its grade.
pub type Reading = (ReactionKind, Basis);

/// Whether only readings graded analysis give a reaction (none is the
/// actor's own words or a report of them): it is then headed, counted and
/// named as read ("Read as rejecting"), never as the actor's own answer.
/// Every caller has at least one reading (of none, it would say true).
fn only_read(mut bases: impl Iterator<Item = Basis>) -> bool {
    bases.all(|b| b == Basis::Analysis)
}

/// What the sources report of one actor's reactions to one option of a
/// package: the strongest conflict (a red line before a rejection), whether
/// another source reports acceptance (with or without a condition), which
/// the builder's verdict (`ActorVerdict::differing`) and the matrix's marked
/// cell both say, and whether only readings graded analysis report the
/// conflict (`read`). None where no source reports a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub kind: ReactionKind,
    pub disputed: bool,
    pub read: bool,
}

impl Conflict {
    pub fn of(readings: &[Reading]) -> Option<Conflict> {
        let conflicting = || readings.iter().filter(|(kind, _)| kind.conflicts());
        let kind = conflicting().map(|&(kind, _)| kind).max()?;
        let disputed = readings.iter().any(|(kind, _)| !kind.conflicts());
        Some(Conflict { kind, disputed, read: only_read(conflicting().map(|&(_, basis)| basis)) })
    }

    /// `actor`'s conflict with `option`, as its reactions in the sources give it.
    pub fn with(data: &Dataset, option: &OptionId, actor: &ActorId) -> Option<Conflict> {
        let readings: Vec<Reading> = data.reactions(option, actor).iter().map(|r| (r.kind, r.basis)).collect();
        Conflict::of(&readings)
    }
}

/// One actor's reactions to the options in a package, by option, the
/// options with the strongest reaction first.
#[derive(Debug, PartialEq)]
pub struct ActorVerdict<'a> {
    pub actor: &'a Actor,
    /// Every reported reaction to a chosen option, the options with a red
    /// line first; where sources differ, each source's reading, in the
    /// dataset's order.
    pub reactions: Vec<(&'a DealOption, &'a Reaction)>,
    /// The chosen options the sources give no reaction of this actor to.
    pub unknown: Vec<&'a DealOption>,
}

impl<'a> ActorVerdict<'a> {
    /// Each chosen option this actor's sources react to, once, in the order
    /// shown, with the conflict they report, if any.
    /// (An option's readings sit together: `assess`.)
    fn by_option(&self) -> impl Iterator<Item = (&'a DealOption, Option<Conflict>)> + '_ {
        self.reactions.chunk_by(|(a, _), (b, _)| a.id == b.id).map(|group| {
            let readings: Vec<Reading> = group.iter().map(|(_, r)| (r.kind, r.basis)).collect();
            (group[0].0, Conflict::of(&readings))
        })
    }

    /// The chosen options this actor's sources read differently (a
    /// `Conflict` disputed: one reports a red line or a rejection, another
    /// acceptance, with or without a condition), each option once, in the
    /// order shown.
    pub fn differing(&self) -> Vec<&'a DealOption> {
        self.by_option().filter(|(_, c)| c.is_some_and(|c| c.disputed)).map(|(option, _)| option).collect()
    }

    /// The chosen options this actor has a reaction of `kind` to, apart
    /// where only readings graded analysis give it.
    pub fn count(&self, kind: ReactionKind) -> Tally<&'a OptionId> {
        Tally::of(self.reactions.iter().filter(|(_, r)| r.kind == kind).map(|(o, r)| (&o.id, r.basis)))
    }
}

/// What readings are of, each key once however many readings there are (an
/// option an actor has a reaction of one kind to, in an actor's line; an
/// actor, by kind under a chosen option; an issue an actor has stances on), in the
/// order first read: as given where any source gives it as the actor's own
/// or reports it, as read where only readings graded analysis do, as the
/// reactions' headings say ("Read as rejecting").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally<K> {
    pub given: Vec<K>,
    pub read: Vec<K>,
}

impl<K: PartialEq> Tally<K> {
    pub fn of(readings: impl IntoIterator<Item = (K, Basis)>) -> Tally<K> {
        let mut keys: Vec<(K, Vec<Basis>)> = Vec::new();
        for (key, basis) in readings {
            match keys.iter_mut().find(|(k, _)| *k == key) {
                Some((_, bases)) => bases.push(basis),
                None => keys.push((key, vec![basis])),
            }
        }
        let (read, given): (Vec<_>, Vec<_>) = keys.into_iter().partition(|(_, bases)| only_read(bases.iter().copied()));
        Tally { given: given.into_iter().map(|(k, _)| k).collect(), read: read.into_iter().map(|(k, _)| k).collect() }
    }
}

/// The actors the sources report receiving `option` with `kind`, in the
/// dataset's order, each once however many sources say so, apart where only
/// readings graded analysis give it.
pub fn reacting<'a>(data: &'a Dataset, option: &OptionId, kind: ReactionKind) -> Tally<&'a Actor> {
    let readings = data.records.actors.iter().flat_map(|actor| data.reactions(option, &actor.id).into_iter().filter(|r| r.kind == kind).map(move |r| (actor, r.basis)));
    Tally::of(readings)
}

/// What the sources say about a package, actor by actor.
#[derive(Debug, PartialEq)]
pub struct Verdict<'a> {
    /// Every actor, in the dataset's order.
    pub actors: Vec<ActorVerdict<'a>>,
    /// The options chosen, in issue order.
    pub chosen: Vec<&'a DealOption>,
}

impl<'a> Verdict<'a> {
    /// The stated red lines the package crosses: (actor, option, reaction),
    /// one per actor and option (the first source that reports it).
    pub fn red_lines(&self) -> impl Iterator<Item = (&'a Actor, &'a DealOption, &'a Reaction)> + '_ {
        self.actors.iter().flat_map(|v| {
            let mut seen: Vec<&str> = Vec::new();
            v.reactions
                .iter()
                .filter(|(_, r)| r.kind == ReactionKind::RedLine)
                .filter(move |(o, _)| !seen.contains(&o.id.as_str()) && { seen.push(&o.id); true })
                .map(move |&(o, r)| (v.actor, o, r))
        })
    }

    /// The rejections the package meets, besides its red lines: (actor,
    /// option, whether only readings graded analysis report it) for each pair
    /// with a rejection and no red line, once each.
    pub fn rejections(&self) -> impl Iterator<Item = (&'a Actor, &'a DealOption, bool)> + '_ {
        self.actors.iter().flat_map(|v| {
            v.by_option().filter_map(|(option, c)| c.filter(|c| c.kind == ReactionKind::Rejects).map(|c| (v.actor, option, c.read)))
        })
    }

    /// Reactions the package could have (chosen options × actors).
    pub fn possible(&self) -> usize {
        self.chosen.len() * self.actors.len()
    }

    /// Of those, how many the sources do not report.
    pub fn unknown(&self) -> usize {
        self.actors.iter().map(|v| v.unknown.len()).sum()
    }

    /// Whether the sources report no reaction at all to the package.
    pub fn nothing_known(&self) -> bool {
        self.unknown() == self.possible()
    }

    /// The actors a red line or a rejection of the package is reported of.
    pub fn conflicting(&self) -> impl Iterator<Item = &ActorVerdict<'a>> {
        self.actors.iter().filter(|v| v.reactions.iter().any(|(_, r)| r.kind.conflicts()))
    }
}

/// What the sources say about `deal`. Choices naming an option that does
/// not exist, or that belongs to another issue, are ignored (links are
/// checked on the way in; a remote dataset may differ).
pub fn assess<'a>(data: &'a Dataset, deal: &Deal) -> Verdict<'a> {
    let chosen: Vec<&DealOption> = data
        .records
        .issues
        .iter()
        .filter_map(|issue| deal.choice(&issue.id).and_then(|o| data.option(o)).filter(|o| o.issue == issue.id))
        .collect();
    let actors = data
        .records
        .actors
        .iter()
        .map(|actor| {
            let mut by_option: Vec<_> = chosen.iter().map(|&option| (option, data.reactions(&option.id, &actor.id))).collect();
            let unknown = by_option.iter().filter(|(_, readings)| readings.is_empty()).map(|&(option, _)| option).collect();
            // The options with a red line first, then those with a rejection,
            // and so on, by the strongest reaction reported to each; issue
            // order within a kind, and one option's readings together in
            // the dataset's order, the current line first (a stable sort).
            by_option.sort_by_key(|(_, readings)| std::cmp::Reverse(readings.iter().map(|r| r.kind).max()));
            let reactions = by_option.into_iter().flat_map(|(option, readings)| readings.into_iter().map(move |r| (option, r))).collect();
            ActorVerdict { actor, reactions, unknown }
        })
        .collect();
    Verdict { actors, chosen }
}
