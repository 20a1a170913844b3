//! The deal builder's verdicts: unknown is never acceptance, leaving an issue
//! open never adds a crossing, the order of choices does not matter, and
//! every crossing comes with its quote.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use stancemap::words::Words;
use proptest::prelude::*;
use stancemap::dataset::Dataset;
use stancemap::deal::{assess, reacting, Conflict, Deal, Tally};
use stancemap::ids::{ActorId, IssueId, OptionId};
use stancemap::model::{Basis, Reaction, ReactionKind};
use stancemap::lang::Lang;
use stancemap::tabs::deal::{reported, silent_actor, summary};

fn deal(choices: &[(&str, &str)]) -> Deal {
    choices.iter().copied().collect()
}

#[test]
fn a_matrix_cell_is_marked_with_its_strongest_conflict_and_whether_another_source_reports_acceptance() {
    use ReactionKind::*;
    let of = |kinds: &[ReactionKind]| Conflict::of(&kinds.iter().map(|&k| (k, Basis::Reported)).collect::<Vec<_>>()).map(|c| (c.kind, c.disputed));
    assert_eq!(of(&[]), None);
    assert_eq!(of(&[Accepts, Conditional]), None, "no conflict, no mark");
    assert_eq!(of(&[Rejects]), Some((Rejects, false)));
    assert_eq!(of(&[Rejects, RedLine]), Some((RedLine, false)), "a red line before a rejection");
    assert_eq!(of(&[Accepts, Rejects]), Some((Rejects, true)));
    assert_eq!(of(&[RedLine, Conditional]), Some((RedLine, true)), "a red line disputed is still named as one");
}

#[test]
fn a_conflict_is_read_only_where_every_reading_of_it_is_an_analysis() {
    use Basis::*;
    use ReactionKind::*;
    let read = |readings: &[(ReactionKind, Basis)]| Conflict::of(readings).map(|c| c.read);
    assert_eq!(read(&[(Rejects, Analysis)]), Some(true));
    assert_eq!(read(&[(Rejects, Analysis), (Accepts, Statement)]), Some(true), "an acceptance given does not make the rejection given");
    assert_eq!(read(&[(Rejects, Analysis), (Rejects, Reported)]), Some(false));
    assert_eq!(read(&[(Rejects, Reported), (Rejects, Analysis)]), Some(false), "whatever order the readings come in");
    assert_eq!(read(&[(RedLine, Statement), (Rejects, Analysis)]), Some(false), "a red line on the record is the actor's own");
    assert_eq!(read(&[(Accepts, Analysis)]), None);
}

#[test]
fn a_reaction_any_source_gives_as_the_actors_own_is_counted_as_given_whatever_order_the_readings_come_in() {
    use Basis::*;
    assert_eq!(Tally::of([("a", Analysis), ("a", Reported), ("b", Analysis)]), Tally { given: vec!["a"], read: vec!["b"] });
    assert_eq!(Tally::of([("a", Statement), ("a", Analysis)]), Tally { given: vec!["a"], read: vec![] });
    assert_eq!(Tally::of([("a", Analysis), ("a", Analysis)]), Tally { given: vec![], read: vec!["a"] }, "each key once");
    assert_eq!(Tally::of([("b", Reported), ("a", Reported)]), Tally { given: vec!["b", "a"], read: vec![] }, "in the order first read");
    assert_eq!(Tally::of(Vec::<(&str, Basis)>::new()), Tally { given: vec![], read: vec![] });
}

#[test]
fn a_package_left_entirely_open_is_judged_on_nothing() {
    let data = common::dataset();
    let verdict = assess(&data, &Deal::default());
    assert_eq!((verdict.possible(), verdict.unknown(), verdict.red_lines().count()), (0, 0, 0));
}

#[test]
fn a_crossed_red_line_names_the_actor_the_option_and_its_quote() {
    let data = common::dataset();
    let verdict = assess(&data, &deal(&[("river", "share-river")]));
    let crossed: Vec<_> = verdict.red_lines().map(|(actor, option, r)| (actor.id.as_str(), option.id.as_str(), r.quote.text.as_str())).collect();
    assert_eq!(crossed, [("alpha", "share-river", "we will never give up the river")]);
}

#[test]
fn silence_is_unknown_and_never_acceptance() {
    let data = common::dataset();
    // Gamma says nothing about sharing the river; Beta rejects it.
    let verdict = assess(&data, &deal(&[("river", "share-river")]));
    let gamma = verdict.actors.iter().find(|v| v.actor.id == "gamma").unwrap();
    assert!(gamma.reactions.is_empty());
    assert_eq!(gamma.unknown.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), ["share-river"]);
    assert_eq!((verdict.possible(), verdict.unknown()), (3, 1));
    let beta = verdict.actors.iter().find(|v| v.actor.id == "beta").unwrap();
    assert_eq!(beta.count(ReactionKind::Rejects), Tally { given: vec![&"share-river".into()], read: vec![] });
}

#[test]
fn an_actors_reactions_list_red_lines_before_acceptance() {
    let data = common::dataset();
    let verdict = assess(&data, &deal(&[("bridge", "build-bridge"), ("river", "keep-river")]));
    let alpha = verdict.actors.iter().find(|v| v.actor.id == "alpha").unwrap();
    assert_eq!(alpha.reactions.iter().map(|(o, _)| o.id.as_str()).collect::<Vec<_>>(), ["keep-river"]);
    assert_eq!(alpha.unknown.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), ["build-bridge"]);
    let mixed = assess(&data, &deal(&[("river", "share-river"), ("bridge", "build-bridge")]));
    let gamma = mixed.actors.iter().find(|v| v.actor.id == "gamma").unwrap();
    assert_eq!(gamma.reactions[0].1.condition.as_deref(), Some("If most agree."));
}

#[test]
fn the_summary_leads_with_the_unknown_then_names_each_crossed_red_line_and_counts_other_rejections_once() {
    let data = common::dataset();
    let w = Words::english();
    let one = assess(&data, &deal(&[("river", "share-river")]));
    // Alpha's red line; Beta's rejection; Gamma silent: 1 of 3 unknown.
    assert_eq!(summary(&w, &one, true), "Unknown: 1 of 3 possible reactions. Crosses 1 stated red line: Alpha Land on “Share the river”. 1 other rejection in the sources.");
    // What a screen reader hears at each change: how many, not which.
    assert_eq!(summary(&w, &one, false), "Unknown: 1 of 3 possible reactions. Crosses 1 stated red line. 1 other rejection in the sources.");
    let none = assess(&data, &deal(&[("bridge", "build-bridge")]));
    assert_eq!(summary(&w, &none, true), "Unknown: 2 of 3 possible reactions. The sources report no red line this package crosses.");
    assert!(summary(&w, &assess(&data, &Deal::default()), true).starts_with("Every issue is open."));
    // With no red line crossed, rejections are not "other".
    let mut records = common::records();
    records.reactions.iter_mut().filter(|r| r.kind == ReactionKind::RedLine).for_each(|r| r.kind = ReactionKind::Rejects);
    let softened = Dataset::new(records);
    let rejected = assess(&softened, &deal(&[("river", "share-river")]));
    assert_eq!(summary(&w, &rejected, false), "Unknown: 1 of 3 possible reactions. The sources report no red line this package crosses. 2 rejections in the sources.");
}

#[test]
fn the_summary_says_how_many_rejections_only_a_reading_graded_analysis_reports() {
    let w = Words::english();
    let river = deal(&[("river", "share-river")]);
    // Beta's rejection read by an analyst, not reported as its line.
    let mut records = common::records();
    records.reactions.iter_mut().filter(|r| r.actor == "beta").for_each(|r| r.basis = Basis::Analysis);
    let read = Dataset::new(records.clone());
    assert_eq!(summary(&w, &assess(&read, &river), false), "Unknown: 1 of 3 possible reactions. Crosses 1 stated red line. 1 other rejection in the sources, only a reading graded “Analysis”.");
    // Alpha's red line softened to a rejection on the record: one of two is a reading.
    records.reactions.iter_mut().filter(|r| r.kind == ReactionKind::RedLine).for_each(|r| r.kind = ReactionKind::Rejects);
    let one_of_two = Dataset::new(records.clone());
    assert_eq!(summary(&w, &assess(&one_of_two, &river), false), "Unknown: 1 of 3 possible reactions. The sources report no red line this package crosses. 2 rejections in the sources, 1 of them only a reading graded “Analysis”.");
    records.reactions.iter_mut().for_each(|r| r.basis = Basis::Analysis);
    let all = Dataset::new(records);
    assert_eq!(summary(&w, &assess(&all, &river), false), "Unknown: 1 of 3 possible reactions. The sources report no red line this package crosses. 2 rejections in the sources, each only a reading graded “Analysis”.");
}

#[test]
fn a_package_no_reaction_is_known_to_says_only_that() {
    let w = Words::english();
    let mut records = common::records();
    records.reactions.retain(|r| r.option != "build-bridge");
    let silent = Dataset::new(records);
    let verdict = assess(&silent, &deal(&[("bridge", "build-bridge")]));
    assert_eq!(summary(&w, &verdict, true), "The sources report no reaction to this package.");
    assert_eq!(summary(&w, &verdict, false), summary(&w, &verdict, true));
}

#[test]
fn a_scenario_becomes_the_package_of_its_settlements_that_are_options() {
    let data = common::dataset();
    assert_eq!(Deal::of_scenario(&data, &"shared-river".into()), Deal::from_iter([("river", "share-river")]));
    assert!(Deal::of_scenario(&data, &"no-such-scenario".into()).is_empty());
}

#[test]
fn a_choice_naming_an_option_of_another_issue_is_ignored() {
    let data = common::dataset();
    let verdict = assess(&data, &deal(&[("river", "build-bridge")]));
    assert!(verdict.chosen.is_empty());
}

/// A package over `data`'s issues: for each issue with options, an option or open.
fn package(data: &Dataset, picks: &[usize]) -> Vec<(IssueId, OptionId)> {
    data.issues_with_options()
        .zip(picks)
        .filter_map(|(issue, &pick)| {
            let options: Vec<_> = data.options_for(&issue.id).collect();
            (pick % (options.len() + 1)).checked_sub(1).map(|i| (issue.id.clone(), options[i].id.clone()))
        })
        .collect()
}

fn build(choices: &[(IssueId, OptionId)]) -> Deal {
    choices.iter().cloned().collect()
}

/// Every reaction to `option` by `actor`, read from the records themselves
/// (not through the index `assess` uses).
fn from_records<'a>(data: &'a Dataset, option: &OptionId, actor: &ActorId) -> Vec<&'a Reaction> {
    data.records.reactions.iter().filter(|r| r.option == *option && r.actor == *actor).collect()
}

/// The fixture and the bundled data alike.
fn datasets() -> [Dataset; 2] {
    [common::dataset(), Dataset::bundled()]
}

#[test]
fn how_many_actors_react_to_an_option_counts_each_actor_once_from_the_records_apart_where_only_readings_say_so() {
    for data in datasets() {
        for option in &data.records.options {
            for kind in ReactionKind::ALL {
                let of_kind = |actor: &ActorId| data.records.reactions.iter().filter(|r| r.option == option.id && r.kind == kind && r.actor == *actor).collect::<Vec<_>>();
                let (mut given, mut read) = (Vec::new(), Vec::new());
                for actor in &data.records.actors {
                    let reactions = of_kind(&actor.id);
                    if reactions.is_empty() {
                        continue;
                    }
                    if reactions.iter().all(|r| r.basis == Basis::Analysis) {
                        read.push(actor);
                    } else {
                        given.push(actor);
                    }
                }
                assert_eq!(reacting(&data, &option.id, kind), Tally { given, read }, "{} {:?}", option.id, kind);
            }
        }
    }
}

#[test]
fn what_the_sources_report_about_an_option_counts_each_actor_once_and_names_them_in_the_datasets_order() {
    let mut records = common::records();
    // Gamma's reading of the bridge comes first in the file; Beta and then
    // Alpha accept it on a condition as reported, Beta in two sources.
    let gamma = records.reactions.iter().find(|r| r.actor == "gamma").unwrap().clone();
    for (actor, source) in [("beta", "doc"), ("beta", "memo"), ("alpha", "doc")] {
        records.reactions.push(Reaction { actor: actor.into(), source: source.into(), basis: Basis::Reported, ..gamma.clone() });
    }
    let data = Dataset::new(records);
    let w = Words::english();
    assert_eq!(
        reported(&data, &w, &"build-bridge".into()),
        [("2\u{a0}acceptances on a condition:".to_string(), vec!["Alpha", "Beta"]), ("1 reaction read as an acceptance on a condition:".to_string(), vec!["Gamma"])]
    );
    assert_eq!(reported(&common::dataset(), &w, &"keep-river".into()), [("1\u{a0}acceptance:".to_string(), vec!["Alpha"])]);
    let mut records = common::records();
    records.reactions.retain(|r| r.option != "build-bridge");
    assert!(reported(&Dataset::new(records), &w, &"build-bridge".into()).is_empty(), "none reported, none said");
}

#[test]
fn a_reaction_only_a_reading_reports_is_counted_as_read() {
    let data = common::dataset();
    let verdict = assess(&data, &deal(&[("bridge", "build-bridge")]));
    let gamma = verdict.actors.iter().find(|v| v.actor.id == "gamma").unwrap();
    assert_eq!(gamma.count(ReactionKind::Conditional), Tally { given: vec![], read: vec![&"build-bridge".into()] });
    let read: Vec<&str> = reacting(&data, &"build-bridge".into(), ReactionKind::Conditional).read.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(read, ["gamma"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn every_reaction_shown_is_recorded_and_everything_else_is_unknown(picks in prop::collection::vec(0usize..8, 16)) {
        for data in datasets() {
            let deal = build(&package(&data, &picks));
            let verdict = assess(&data, &deal);
            for v in &verdict.actors {
                for option in &verdict.chosen {
                    let recorded = from_records(&data, &option.id, &v.actor.id);
                    let shown: Vec<_> = v.reactions.iter().filter(|(o, _)| o.id == option.id).map(|(_, r)| *r).collect();
                    // Each chosen option is either unknown or shown with every reading the sources give.
                    prop_assert_eq!(v.unknown.iter().any(|o| o.id == option.id), recorded.is_empty());
                    prop_assert_eq!(shown.len(), recorded.len());
                    prop_assert!(shown.iter().all(|r| recorded.contains(r)));
                }
                // Acceptance is only ever a recorded acceptance.
                let accepted = v.reactions.iter().filter(|(_, r)| r.kind == ReactionKind::Accepts).count();
                let recorded = verdict.chosen.iter().flat_map(|o| from_records(&data, &o.id, &v.actor.id)).filter(|r| r.kind == ReactionKind::Accepts).count();
                prop_assert_eq!(accepted, recorded);
            }
        }
    }

    #[test]
    fn an_option_is_said_to_divide_the_sources_exactly_when_one_reports_a_conflict_and_another_acceptance(picks in prop::collection::vec(0usize..8, 16)) {
        for data in datasets() {
            let verdict = assess(&data, &build(&package(&data, &picks)));
            for v in &verdict.actors {
                let differing: Vec<&OptionId> = v.differing().iter().map(|o| &o.id).collect();
                for option in &verdict.chosen {
                    let conflicts: Vec<bool> = from_records(&data, &option.id, &v.actor.id).iter().map(|r| r.kind.conflicts()).collect();
                    let split = conflicts.contains(&true) && conflicts.contains(&false);
                    prop_assert_eq!(differing.iter().filter(|&&o| *o == option.id).count(), usize::from(split), "{} on {}", v.actor.id, option.id);
                }
            }
        }
    }

    #[test]
    fn leaving_an_issue_open_never_adds_a_crossing(picks in prop::collection::vec(0usize..8, 16), drop in 0usize..16) {
        for data in datasets() {
            let choices = package(&data, &picks);
            if choices.is_empty() { continue; }
            let mut fewer = choices.clone();
            fewer.remove(drop % choices.len());
            let (all, open) = (assess(&data, &build(&choices)), assess(&data, &build(&fewer)));
            let crossed: Vec<_> = all.red_lines().map(|(a, o, _)| (a.id.clone(), o.id.clone())).collect();
            for (actor, option, _) in open.red_lines() {
                prop_assert!(crossed.contains(&(actor.id.clone(), option.id.clone())));
            }
            prop_assert!(open.unknown() <= all.unknown());
        }
    }

    #[test]
    fn the_order_of_choices_does_not_matter(picks in prop::collection::vec(0usize..8, 16), seed in any::<u64>()) {
        for data in datasets() {
            let choices = package(&data, &picks);
            let mut shuffled = choices.clone();
            // A deterministic shuffle from the seed.
            let mut state = seed;
            for i in (1..shuffled.len()).rev() {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                shuffled.swap(i, (state >> 33) as usize % (i + 1));
            }
            prop_assert_eq!(assess(&data, &build(&choices)), assess(&data, &build(&shuffled)));
        }
    }

    #[test]
    fn each_actors_options_come_by_their_strongest_reaction_with_each_options_readings_together_in_the_records_order(picks in prop::collection::vec(0usize..8, 16)) {
        for data in datasets() {
            let verdict = assess(&data, &build(&package(&data, &picks)));
            for v in &verdict.actors {
                // The options in the order shown, each once, with its readings as shown.
                let mut options: Vec<(&OptionId, Vec<&Reaction>)> = Vec::new();
                for &(option, r) in &v.reactions {
                    match options.last_mut() {
                        Some((last, readings)) if *last == &option.id => readings.push(r),
                        _ => {
                            prop_assert!(!options.iter().any(|(o, _)| *o == &option.id), "{}'s readings of {} are apart", v.actor.id, option.id);
                            options.push((&option.id, vec![r]));
                        }
                    }
                }
                for (option, readings) in &options {
                    prop_assert_eq!(readings, &from_records(&data, option, &v.actor.id));
                }
                let strongest: Vec<ReactionKind> = options.iter().map(|(_, readings)| readings.iter().map(|r| r.kind).max().unwrap()).collect();
                prop_assert!(strongest.windows(2).all(|w| w[0] >= w[1]), "{:?}", strongest);
            }
        }
    }

    #[test]
    fn every_crossing_shown_is_a_reported_red_line_to_an_option_of_the_package(picks in prop::collection::vec(0usize..8, 16)) {
        for data in datasets() {
            let deal = build(&package(&data, &picks));
            let verdict = assess(&data, &deal);
            for (actor, option, r) in verdict.red_lines() {
                prop_assert_eq!(deal.choice(&option.issue), Some(&option.id));
                let reported = from_records(&data, &option.id, &actor.id);
                prop_assert!(reported.iter().any(|x| std::ptr::eq(*x, r) && x.kind == ReactionKind::RedLine));
            }
        }
    }
}

#[test]
fn an_actor_silent_on_the_package_is_named_with_its_position_on_each_question_and_how_the_sources_give_it() {
    let data = common::dataset();
    // Only Alpha reacts to Alpha keeping the river: Beta's two sources read it
    // on the river differently, and Gamma's one is an analyst's reading.
    let verdict = assess(&data, &Deal::from_iter([("river", "keep-river")]));
    let line = |id: &str, lang: Lang| {
        let v = verdict.actors.iter().find(|v| v.actor.id.as_str() == id).expect("every actor has a verdict");
        assert!(v.reactions.is_empty(), "{id} is silent");
        silent_actor(&data, &common::words(lang), v)
    };
    assert_eq!(line("beta", Lang::En), "Beta Land: The river is shared — Supports (Reported; one more source: Opposes)");
    assert_eq!(line("gamma", Lang::En), "Gamma Union: The river is shared — Conditional (Analysis)");
    assert_eq!(line("beta", Lang::Uk), "Beta Land: The river is shared\u{a0}— «Підтримка» («За повідомленнями»; ще 1\u{a0}джерело: «Проти»)");
}
