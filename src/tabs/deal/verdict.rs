//! What the builder says in words of a package and of the reactions to it:
//! the one-line answer, the counts of reactions by kind, the positions of
//! actors the sources report no reaction of. Pure text of `Dataset` and
//! `Words`, tested natively.

use crate::components::stance_badge::basis_and_more;
use crate::dataset::Dataset;
use crate::deal::{reacting, ActorVerdict, Tally, Verdict};
use crate::ids::{ActorId, OptionId};
use crate::model::{DealOption, ReactionKind};
use crate::words::{Words, P, T};

/// An actor the sources report no reaction of to any of the package's
/// options (all of them its `unknown`), with its positions on what they
/// settle (`positions`).
pub fn silent_actor(data: &Dataset, w: &Words, v: &ActorVerdict) -> String {
    let stances = positions(data, w, &v.actor.id, &v.unknown);
    if stances.is_empty() {
        v.actor.name.clone()
    } else {
        w.f(T::DealSilentActor, &[("actor", &v.actor.name), ("stances", &stances.join("; "))])
    }
}

/// `actor`'s position on the question each of `options` settles, where a
/// source gives one (the current line), how that source gives it, and how
/// the others read it, as its matrix cell says: said beside options the
/// sources report no reaction of it to, so that silence on an option never
/// reads as silence on the issue, nor a reading as the actor's own line
/// ("Ukraine gives up land that Russia occupies or claims — Opposes
/// (Reported; one more source: Opposes)").
pub(super) fn positions(data: &Dataset, w: &Words, actor: &ActorId, options: &[&DealOption]) -> Vec<String> {
    options
        .iter()
        .filter_map(|option| {
            let readings = data.readings(actor, &option.issue);
            let (first, others) = readings.split_first()?;
            let issue = data.issue(&option.issue)?;
            let basis = basis_and_more(w, &w.f(T::DealSilentBasis, &[("basis", w.t(first.basis.label()))]), others);
            Some(w.f(T::DealSilentStance, &[("question", &issue.proposition), ("position", w.t(first.position.label())), ("basis", &basis)]))
        })
        .collect()
}

/// The one-line answer for the whole package: first how many reactions are
/// unknown, so that a package no source rejects is not read as one all could
/// live with when the sources are mostly silent on it, then the stated red
/// lines it crosses (whose, on which option, if `named`; else how many) and
/// the other rejections (and how many of them only readings graded analysis
/// report); where none is known, only that the sources report none.
pub fn summary(w: &Words, verdict: &Verdict, named: bool) -> String {
    if verdict.chosen.is_empty() {
        return w.t(T::DealAllOpen).to_string();
    }
    if verdict.nothing_known() {
        return w.t(T::DealNoReactionKnown).to_string();
    }
    let crossed: Vec<String> = verdict
        .red_lines()
        .map(|(actor, option, _)| w.f(T::DealCrossed, &[("actor", &actor.name), ("option", &option.label)]))
        .collect();
    let lines = match crossed.len() {
        0 => w.t(T::DealNoRedLine).to_string(),
        n if named => w.n(P::DealCrosses, n, &[("crossed", &crossed.join("; "))]),
        n => w.n(P::DealCrossesCount, n, &[]),
    };
    // Other than the red lines, where there are any, and how many of them
    // only readings graded analysis report (the source's or an analyst's):
    // not the actor's own line.
    let (rejections, read) = verdict.rejections().fold((0, 0), |(n, read), (.., only_read)| (n + 1, read + usize::from(only_read)));
    let read = w.read_apart(read, rejections, P::DealRejectionsAllRead, P::DealRejectionsRead);
    let rejected = match (rejections, crossed.is_empty()) {
        (0, _) => String::new(),
        (n, true) => format!(" {}", w.n(P::DealRejections, n, &[("read", &read)])),
        (n, false) => format!(" {}", w.n(P::DealOtherRejections, n, &[("read", &read)])),
    };
    format!("{} {lines}{rejected}", w.n(P::DealUnknown, verdict.possible(), &[("unknown", &verdict.unknown().to_string())]))
}

/// Reactions by kind (`n`), red lines first, of the kinds `shown` lets
/// through and only those there are, those only an analyst's reading
/// reports apart: how each is counted, and what it counts.
fn by_kind<K>(n: impl Fn(ReactionKind) -> Tally<K>, shown: impl Fn(ReactionKind) -> bool) -> Vec<(P, Vec<K>)> {
    let kinds = ReactionKind::ALL.into_iter().filter(|&kind| shown(kind)).flat_map(|kind| {
        let tally = n(kind);
        [(count_key(kind, false), tally.given), (count_key(kind, true), tally.read)]
    });
    kinds.filter(|(_, counted)| !counted.is_empty()).collect()
}

/// Reactions counted by kind (`by_kind`): "1 stated red line · 1 reaction
/// read as a rejection · 2 acceptances".
pub(super) fn kind_counts<K>(w: &Words, n: impl Fn(ReactionKind) -> Tally<K>, shown: impl Fn(ReactionKind) -> bool) -> Vec<String> {
    by_kind(n, shown).into_iter().map(|(key, counted)| w.n(key, counted.len(), &[])).collect()
}

/// How a kind of reaction is counted in an actor's line or under a chosen
/// option, as given or only as read (a red line is never an analysis: `validate`).
fn count_key(kind: ReactionKind, read: bool) -> P {
    match (kind, read) {
        (ReactionKind::RedLine, _) => P::CountRedLines,
        (ReactionKind::Rejects, false) => P::CountRejections,
        (ReactionKind::Rejects, true) => P::CountReadRejections,
        (ReactionKind::Conditional, false) => P::CountConditional,
        (ReactionKind::Conditional, true) => P::CountReadConditional,
        (ReactionKind::Accepts, false) => P::CountAcceptances,
        (ReactionKind::Accepts, true) => P::CountReadAcceptances,
    }
}

/// What the sources report about one option, every actor together: each
/// kind of reaction counted once per actor, as the label of who ("2
/// rejections:"), those only readings graded analysis give apart, and who,
/// by short name in the dataset's order, to list as labels (a short name
/// may hold a comma: `name_list`); none where the sources report no
/// reaction. The answer in sight where the reader chose, on a phone far
/// above the result.
pub fn reported<'a>(data: &'a Dataset, w: &Words, option: &OptionId) -> Vec<(String, Vec<&'a str>)> {
    let kinds = by_kind(|kind| reacting(data, option, kind), |_| true);
    let label = |key, n| w.f(T::DealOptionKind, &[("count", &w.n(key, n, &[]))]);
    kinds.into_iter().map(|(key, actors)| (label(key, actors.len()), actors.iter().map(|a| a.short.as_str()).collect())).collect()
}
