//! Every view round-trips through the URL fragment; bad links fall back politely.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use stancemap::words::Words;
use stancemap::deal::Deal;
use stancemap::tabs::matrix::MatrixFilter;
use stancemap::dataset::Dataset;
use stancemap::model::{Group, ReactionKind};
use stancemap::embed::History;
use stancemap::notice::{Notice, Unused};
use stancemap::route::{self, decode, encode, names_a_view, Address, Entry, Painted};
use stancemap::tabs::matrix::{self, Cell};
use stancemap::state::{Action, State};
use stancemap::tabs::{actors, deal, faq, issues, scenarios, sources, Tab, View};

fn round_trip(view: View) {
    let data = common::dataset();
    let fragment = view.to_fragment();
    let parsed = View::parse(&format!("#{fragment}"), &data);
    assert_eq!(parsed.notices, [], "{fragment}");
    assert_eq!(parsed.view, view, "{fragment}");
}

#[test]
fn a_search_longer_than_its_field_takes_is_kept_as_its_own_link_reads_it() {
    let data = common::dataset();
    let typed = "перемир'я ".repeat(faq::MAX_QUERY);
    let view = State::default().apply(Action::ShowTab(Tab::Faq)).apply(faq::Action::Search(typed.clone()).into()).view;
    assert_eq!(view.faq.query.chars().count(), faq::MAX_QUERY);
    assert!(typed.starts_with(&view.faq.query), "its start, as typed");
    assert_eq!(View::parse(&format!("#{}", view.to_fragment()), &data).view, view, "its link shows it whole");
    let linked = View::parse(&format!("#faq?q={}", encode(&typed)), &data).view;
    assert_eq!(linked.faq.query, view.faq.query, "a longer link reads as much of it");
}

#[test]
fn a_search_whose_escapes_spell_no_text_is_named_not_searched_for() {
    let parsed = View::parse("#faq?q=%E0%A4%A", &common::dataset());
    assert_eq!(parsed.view.faq.query, "");
    assert_eq!(parsed.notices, [Notice::LinkPartlyUsed(vec![Unused::Setting("q=%E0%A4%A".into())])]);
    assert_eq!(View::parse("#faq?q=%D0%BC%D0%B8%D1%80", &common::dataset()).view.faq.query, "мир", "escapes that spell text are read");
}

#[test]
fn every_tab_and_selection_survives_a_round_trip() {
    for &tab in Tab::ALL {
        round_trip(View { tab, ..View::default() });
    }
    round_trip(View { tab: Tab::Issues, issues: issues::State { open: Some("river".into()) }, ..View::default() });
    round_trip(View { tab: Tab::Actors, actors: actors::State { shown: Some("beta".into()) }, ..View::default() });
    round_trip(View { tab: Tab::Scenarios, scenarios: scenarios::State { picked: Some("shared-river".into()), versus: None }, ..View::default() });
    round_trip(View { tab: Tab::Sources, sources: sources::State { shown: Some("doc".into()) }, ..View::default() });
    round_trip(View { tab: Tab::Faq, faq: faq::State { open: Some("who-owns".into()), query: "wer gehört — “Fluss” & 100%".into() }, ..View::default() });
    round_trip(View {
        tab: Tab::Matrix,
        matrix: matrix::State {
            cell: Some(Cell { actor: "alpha".into(), issue: "river".into() }),
            filter: MatrixFilter {
                group: Some(Group::Belligerent),
                issue: Some("river".into()),
                disputed: true,
                compare: (Some("alpha".into()), Some("gamma".into())),
            },
            overlay: false,
        },
        ..View::default()
    });
}

#[test]
fn the_default_view_is_the_overview_and_an_empty_fragment_names_it() {
    let data = common::dataset();
    assert_eq!(View::parse("", &data).view, View::default());
    assert_eq!(View::parse("#", &data).view.tab, Tab::Overview);
}

#[test]
fn an_unknown_tab_falls_back_to_the_overview_and_says_so() {
    let parsed = View::parse("#nonsense/abc", &common::dataset());
    assert_eq!(parsed.view, View::default());
    assert_eq!(parsed.notices, [Notice::UnknownView("nonsense".into())]);
    assert!(parsed.notices[0].words(&Words::english()).contains("“nonsense”"));
}

#[test]
fn an_unknown_source_keeps_the_sources_and_says_so() {
    let parsed = View::parse("#sources/atlantis", &common::dataset());
    assert_eq!((parsed.view.tab, parsed.view.sources.shown), (Tab::Sources, None));
    assert_eq!(parsed.notices, [Notice::LinkPartlyUsed(vec![Unused::Source("atlantis".into())])]);
    assert!(parsed.notices[0].words(&Words::english()).contains("source “atlantis”"));
}

#[test]
fn an_unknown_issue_keeps_the_tab_and_drops_the_card() {
    let parsed = View::parse("#issues/atlantis", &common::dataset());
    assert_eq!(parsed.view.tab, Tab::Issues);
    assert_eq!(parsed.view.issues.open, None);
    assert_eq!(parsed.notices, [Notice::LinkPartlyUsed(vec![Unused::Issue("atlantis".into())])]);
    assert!(parsed.notices[0].words(&Words::english()).contains("issue “atlantis”"));
}

#[test]
fn malformed_matrix_settings_are_dropped_one_by_one() {
    let parsed = View::parse("#matrix?group=aliens&disputed=1&cell=alpha&compare=alpha.alpha&zoom=9", &common::dataset());
    assert_eq!(parsed.view.tab, Tab::Matrix);
    let m = &parsed.view.matrix;
    assert!(m.filter.disputed, "the valid setting is kept");
    assert_eq!(m.filter.group, None);
    assert_eq!(m.cell, None);
    assert_eq!(m.filter.compare, (None, None));
    let unused = [Unused::Group("aliens".into()), Unused::Cell("alpha".into()), Unused::Comparison("alpha.alpha".into()), Unused::Setting("zoom".into())];
    assert_eq!(parsed.notices, [Notice::LinkPartlyUsed(unused.to_vec())]);
    let words = parsed.notices[0].words(&Words::english());
    for part in ["group “aliens”", "cell “alpha”", "comparison “alpha.alpha”", "setting “zoom”"] {
        assert!(words.contains(part), "{words} lacks {part}");
    }
}

#[test]
fn a_cell_the_filters_hide_opens_no_detail_and_is_named() {
    let data = common::dataset();
    // Its actor's row (a group it is not in), its issue's column (another issue).
    for fragment in ["#matrix?group=institution&cell=alpha.river", "#matrix?cell=alpha.river&issue=bridge", "#matrix?compare=beta.gamma&cell=alpha.river"] {
        let parsed = View::parse(fragment, &data);
        assert_eq!(parsed.view.matrix.cell, None, "{fragment}");
        assert_eq!(parsed.notices, [Notice::LinkPartlyUsed(vec![Unused::Cell("alpha.river".into())])], "{fragment}");
    }
    // Shown, it opens, whatever the order of the settings.
    let shown = View::parse("#matrix?cell=alpha.river&group=belligerent&issue=river", &data);
    assert_eq!(shown.view.matrix.cell, Some(Cell { actor: "alpha".into(), issue: "river".into() }));
    assert!(shown.notices.is_empty());
}

#[test]
fn a_link_to_a_cell_without_a_stance_opens_no_detail_and_is_named() {
    // The table shows such a cell as a dash, not a button: nothing the reader could open.
    let parsed = View::parse("#matrix?cell=gamma.bridge", &common::dataset());
    assert_eq!(parsed.view.matrix.cell, None);
    assert_eq!(parsed.notices, [Notice::LinkPartlyUsed(vec![Unused::Cell("gamma.bridge".into())])]);
}

#[test]
fn a_filter_that_comes_to_hide_the_open_cell_is_told_apart_from_one_that_leaves_it() {
    let data = common::dataset();
    let open = View::parse("#matrix?cell=alpha.river", &data).view;
    let after = |view: &View, action: matrix::Action| State { view: view.clone(), ..State::default() }.apply(action.into()).view;
    let hides = |action: matrix::Action| matrix::strands_cell(&after(&open, action), &data);
    assert!(hides(matrix::Action::FilterGroup(Some(Group::Institution))), "its row");
    assert!(hides(matrix::Action::FilterIssue(Some("bridge".into()))), "its column");
    assert!(hides(matrix::Action::Compare(Some("beta".into()), Some("gamma".into()))), "two others compared");
    assert!(!hides(matrix::Action::FilterGroup(Some(Group::Belligerent))));
    assert!(!hides(matrix::Action::FilterIssue(Some("river".into()))));
    assert!(!hides(matrix::Action::Compare(Some("alpha".into()), None)), "one actor chosen compares nothing yet");
    assert!(!matrix::strands_cell(&after(&View::default(), matrix::Action::FilterIssue(Some("bridge".into()))), &data), "no cell open");
}

#[test]
fn a_cell_without_a_stance_opens_where_the_marked_package_conflicts_there_and_only_there() {
    // Gamma has no stance on the bridge; here it rejects building one.
    let mut records = common::records();
    records.reactions.iter_mut().filter(|r| r.actor == "gamma").for_each(|r| r.kind = ReactionKind::Rejects);
    let data = Dataset::new(records);
    let marked = View::parse("#matrix?cell=gamma.bridge&deal=bridge.build-bridge", &data);
    assert_eq!(marked.view.matrix.cell, Some(Cell { actor: "gamma".into(), issue: "bridge".into() }), "the package comes after the cell in the link");
    assert!(marked.notices.is_empty());
    // Unmarked, or marked where it accepts on a condition (the fixture's own reaction), it is a dash.
    for (fragment, data) in [("#matrix?cell=gamma.bridge", &data), ("#matrix?cell=gamma.bridge&deal=bridge.build-bridge", &common::dataset())] {
        let parsed = View::parse(fragment, data);
        assert_eq!(parsed.view.matrix.cell, None, "{fragment}");
        assert_eq!(parsed.notices, [Notice::LinkPartlyUsed(vec![Unused::Cell("gamma.bridge".into())])], "{fragment}");
    }
    // Its marks turned off, or the package changed, nothing is left to open there (and it closes);
    // a cell with a stance always opens, and a filter that leaves the marks leaves it.
    let after = |view: &View, action: Action| State { view: view.clone(), ..State::default() }.apply(action).view;
    let stranded = |view: &View, action: Action| matrix::strands_cell(&after(view, action), &data);
    assert!(stranded(&marked.view, matrix::Action::MarkDeal(false).into()));
    assert!(stranded(&marked.view, deal::Action::Clear.into()));
    assert!(stranded(&marked.view, deal::Action::Choose { issue: "bridge".into(), option: None }.into()));
    assert!(!stranded(&marked.view, matrix::Action::FilterIssue(Some("bridge".into())).into()));
    let stated = View::parse("#matrix?cell=alpha.river&deal=bridge.build-bridge", &data).view;
    assert!(!stranded(&stated, matrix::Action::MarkDeal(false).into()));
}

#[test]
fn only_one_or_zero_turns_the_disagreement_filter_on_or_off() {
    let data = common::dataset();
    assert!(View::parse("#matrix?disputed=1", &data).view.matrix.filter.disputed);
    let off = View::parse("#matrix?disputed=0", &data);
    assert!(!off.view.matrix.filter.disputed && off.notices.is_empty());
    let odd = View::parse("#matrix?disputed=yes", &data);
    assert!(!odd.view.matrix.filter.disputed);
    assert_eq!(odd.notices, [Notice::LinkPartlyUsed(vec![Unused::Setting("disputed=yes".into())])], "said, not silently dropped");
}

#[test]
fn a_link_that_gives_a_setting_twice_or_two_options_for_one_issue_shows_the_last_and_names_the_others() {
    let data = common::dataset();
    let twice = View::parse("#matrix?issue=river&group=belligerent&issue=bridge", &data);
    assert_eq!(twice.view.matrix.filter.issue, Some("bridge".into()));
    assert_eq!(twice.view.matrix.filter.group, Some(Group::Belligerent));
    assert_eq!(twice.notices, [Notice::LinkPartlyUsed(vec![Unused::Setting("issue=river".into())])]);
    // Named once however often repeated; a repeat of the setting shown is not named.
    let over_and_over = View::parse(&format!("#matrix?{}issue=bridge", "issue=river&group=nobody&issue=bridge&".repeat(50)), &data);
    assert_eq!(over_and_over.view.matrix.filter.issue, Some("bridge".into()));
    assert_eq!(over_and_over.notices, [Notice::LinkPartlyUsed(vec![Unused::Setting("issue=river".into()), Unused::Group("nobody".into())])]);
    assert!(View::parse("#matrix?issue=bridge&Issue=Bridge", &data).notices.is_empty(), "the same setting twice");
    let two_options = View::parse("#deal?deal=river.share-river,bridge.build-bridge,river.keep-river", &data);
    assert_eq!(two_options.view.deal, Deal::from_iter([("river", "keep-river"), ("bridge", "build-bridge")]));
    assert_eq!(two_options.notices, [Notice::LinkPartlyUsed(vec![Unused::Choice("river.share-river".into())])]);
    // The same option twice is no conflict; one dropped is named once, and never the one shown.
    assert!(View::parse("#deal?deal=river.share-river,river.share-river", &data).notices.is_empty());
    let back = View::parse("#deal?deal=river.share-river,river.keep-river,river.share-river,river.keep-river,river.share-river", &data);
    assert_eq!(back.view.deal, Deal::from_iter([("river", "share-river")]));
    assert_eq!(back.notices, [Notice::LinkPartlyUsed(vec![Unused::Choice("river.keep-river".into())])]);
}

#[test]
fn a_half_chosen_comparison_is_not_written_to_the_link() {
    let view = View {
        tab: Tab::Matrix,
        matrix: matrix::State { filter: MatrixFilter { compare: (Some("alpha".into()), None), ..MatrixFilter::default() }, ..Default::default() },
        ..View::default()
    };
    assert_eq!(view.to_fragment(), "matrix");
}

#[test]
fn hostile_fragments_never_panic_and_always_give_a_tab() {
    let data = common::dataset();
    let nasty = [
        "%", "%%", "%zz", "%C3%28", "?", "??&&==", "matrix?cell=.", "matrix?cell=..", "faq/?q=%", "issues//river",
        "scenarios/shared-river/shared-river/x", "\u{0}", "матрица", "matrix?compare=alpha.beta.gamma",
        &"x".repeat(10_000), &"issues/".repeat(500), "faq?q=<script>alert(1)</script>",
    ];
    for fragment in nasty {
        let parsed = View::parse(fragment, &data);
        assert!(Tab::ALL.contains(&parsed.view.tab));
        assert!(parsed.view.faq.query.chars().count() <= 100);
        for notice in parsed.notices {
            let words = notice.words(&Words::english());
            assert!(words.chars().count() < 400, "the notice stays short: {words}");
        }
    }
}

#[test]
fn a_comparison_with_an_unknown_scenario_shows_the_known_one() {
    let parsed = View::parse("#scenarios/atlantis/shared-river", &common::dataset());
    assert_eq!(parsed.view.scenarios.picked.as_deref(), Some("shared-river"));
    assert_eq!(parsed.view.scenarios.versus, None);
}

#[test]
fn a_link_comparing_a_scenario_with_itself_shows_that_one_scenario_and_says_so() {
    let parsed = View::parse("#scenarios/shared-river/shared-river", &common::dataset());
    assert_eq!(parsed.view.scenarios.picked.as_deref(), Some("shared-river"));
    assert_eq!(parsed.view.scenarios.versus, None);
    assert_eq!(parsed.notices, [Notice::LinkPartlyUsed(vec![Unused::Comparison("shared-river/shared-river".into())])]);
    assert_eq!(parsed.view.to_fragment(), "scenarios/shared-river");
}

#[test]
fn percent_encoding_round_trips_any_text() {
    for text in ["plain", "two words", "100% “quoted” & more", "ünïcødé ✓", "a+b=c?d#e"] {
        assert_eq!(decode(&encode(text)), text);
    }
    assert_eq!(decode("%E2%9C%93%"), "✓%");
}

fn package(choices: &[(&str, &str)]) -> Deal {
    choices.iter().copied().collect()
}

#[test]
fn a_deal_lives_in_its_link_and_in_the_matrix_link_while_marked_there() {
    let deal = package(&[("river", "share-river"), ("bridge", "build-bridge")]);
    let view = View { tab: Tab::Deal, deal: deal.clone(), ..View::default() };
    assert_eq!(view.to_fragment(), "deal?deal=bridge.build-bridge,river.share-river");
    round_trip(view);
    round_trip(View { tab: Tab::Matrix, deal: deal.clone(), matrix: matrix::State { overlay: true, ..Default::default() }, ..View::default() });
    // Not marked in the matrix: its link does not carry the deal.
    assert_eq!(View { tab: Tab::Matrix, deal, ..View::default() }.to_fragment(), "matrix");
}

#[test]
fn a_deal_link_keeps_the_choices_it_can_use_and_names_the_rest() {
    let data = common::dataset();
    let parsed = View::parse("#deal?deal=river.share-river,river.build-bridge,moon.cheese,bridge", &data);
    assert_eq!(parsed.view.deal, package(&[("river", "share-river")]));
    let unused = ["river.build-bridge", "moon.cheese", "bridge"].map(|c| Unused::Choice(c.into()));
    assert_eq!(parsed.notices, [Notice::LinkPartlyUsed(unused.to_vec())]);
}

#[test]
fn a_deal_link_whose_commas_a_mail_program_encoded_keeps_every_choice() {
    let parsed = View::parse("#deal?deal=river.share-river%2Cbridge.build-bridge%2cmoon.cheese", &common::dataset());
    assert_eq!(parsed.view.deal, package(&[("river", "share-river"), ("bridge", "build-bridge")]));
    assert_eq!(parsed.notices, [Notice::LinkPartlyUsed(vec![Unused::Choice("moon.cheese".into())])]);
}

#[test]
fn a_link_in_capitals_or_with_its_path_escaped_opens_the_view_it_names() {
    let data = common::dataset();
    let view = |fragment: &str| View::parse(fragment, &data);
    let river = View::parse("#issues/river", &data);
    assert!(river.notices.is_empty() && river.view.issues.open.as_deref() == Some("river"));
    for fragment in ["#Issues/River", "#ISSUES/river", "#issues%2Friver", "#issues/r%69ver", "#Issues%2FRiver"] {
        assert_eq!(view(fragment), river, "{fragment}");
    }
    assert_eq!(view("#FAQ").view.tab, Tab::Faq);
}

#[test]
fn a_path_no_id_matches_is_named_as_the_characters_its_escapes_spell() {
    let data = common::dataset();
    let named = |fragment: &str| View::parse(fragment, &data).notices.iter().map(|n| n.words(&Words::english())).collect::<String>();
    assert!(named("#issues/%D0%BA%D1%80%D0%B8%D0%BC").contains("issue “крим”"));
    // Decoded once: an escaped `%` is a `%`, not the start of another escape.
    assert!(named("#issues/%2541").contains("issue “%41”"), "{}", named("#issues/%2541"));
    assert!(named("#%25E2%259C%2593").contains("“%e2%9c%93”"), "{}", named("#%25E2%259C%2593"));
    // Escapes that spell no text: as written, not a replacement character,
    // and the rest of the path still read.
    assert!(named("#issues/x%FF").contains("issue “x%ff”"), "{}", named("#issues/x%FF"));
    let cut = View::parse("#issues%2Fr%69ver%2Fx%E2%80", &data);
    assert_eq!(cut.view.issues.open.as_deref(), Some("river"), "{cut:?}");
    assert_eq!(cut.notices, [Notice::LinkPartlyUsed(vec![Unused::RestOfAddress])]);
    let cut = View::parse("#issues%2Friver%E2%80", &data);
    assert_eq!((cut.view.tab, cut.view.issues.open.as_deref()), (Tab::Issues, None));
    assert_eq!(cut.notices, [Notice::LinkPartlyUsed(vec![Unused::Issue("river%e2%80".into())])]);
    assert!(names_a_view("#issues%2Friver%E2%80"));
}

#[test]
fn a_links_settings_are_read_in_any_case_and_the_readers_own_text_as_written() {
    let data = common::dataset();
    let view = |fragment: &str| View::parse(fragment, &data);
    for (lower, capitals) in [
        ("#deal?deal=river.share-river", "#deal?Deal=River.Share-River"),
        ("#matrix?cell=alpha.river&group=belligerent", "#Matrix?CELL=Alpha.River&group=Belligerent"),
    ] {
        let read = view(lower);
        assert!(read.notices.is_empty(), "{lower}");
        assert_eq!(view(capitals), read, "{capitals}");
    }
    assert_eq!(view("#faq?q=Bridge%20Tolls").view.faq.query, "Bridge Tolls");
    assert_eq!(view("#faq?Q=NATO").view.faq.query, "NATO");
}

#[test]
fn an_articles_own_anchors_are_told_from_links_to_a_view() {
    // (A view's name in capitals too: an article's own element of that id keeps it, `history::links_a_view`.)
    for fragment in ["", "#", "#?x=1", "#faq", "faq/article-5", "#matrix?group=us", "#overview/", "#issues?x=1", "#/faq", "#Matrix"] {
        assert!(names_a_view(fragment), "{fragment:?} names a view");
    }
    for fragment in ["#comments", "#section-2/notes", "#faqs", "#/comments", "#comments?faq"] {
        assert!(!names_a_view(fragment), "{fragment:?} is the article's own");
    }
}

/// How a view on screen enters the history, from an address that links a view
/// (`now`, unchanged since the view was made) and a plain change.
fn entry_at(view: &View, now: &str, how: Painted) -> Option<Entry> {
    let written = view.to_fragment();
    let at = Address { now, then: now, links_a_view: names_a_view(now), bare: now.is_empty(), written: &written, kept: None };
    route::entry(view, &at, &how, false, History::Push, &common::dataset())
}

const CHANGED: Painted = Painted { first: false, steps: 0, after_a_step: false, again: false, read: false };

#[test]
fn a_change_is_a_new_entry_and_typing_tidying_or_a_run_of_steps_rewrites_one() {
    let matrix = View { tab: Tab::Matrix, ..View::default() };
    assert_eq!(entry_at(&matrix, "", CHANGED), Some(Entry::Push));
    assert_eq!(entry_at(&matrix, "issues/river", CHANGED), Some(Entry::Push));
    // The start view rewrites the entry the page was opened with: a link tidied, a host's data-tab.
    assert_eq!(entry_at(&View::default(), "issues/nowhere", Painted { first: true, ..CHANGED }), Some(Entry::Replace));
    assert_eq!(entry_at(&matrix, "", Painted { first: true, ..CHANGED }), Some(Entry::Replace));
    // The view on screen read again from a link that names it otherwise: the link tidied.
    assert_eq!(entry_at(&matrix, "matrix?group=nowhere", Painted { read: true, ..CHANGED }), Some(Entry::Replace));
    // Typing in the search box rewrites; opening an answer is a new entry.
    let typed = |query: &str, open: Option<&str>| View { tab: Tab::Faq, faq: faq::State { open: open.map(Into::into), query: query.into() }, ..View::default() };
    assert_eq!(entry_at(&typed("nat", None), "faq?q=na", CHANGED), Some(Entry::Replace));
    assert_eq!(entry_at(&typed("na", Some("who-owns")), "faq?q=na", CHANGED), Some(Entry::Push));
    // The first keyboard step through the tabs is a new entry; the run's further steps rewrite it, until something else is written.
    assert_eq!(entry_at(&matrix, "actors", Painted { steps: 1, after_a_step: false, ..CHANGED }), Some(Entry::Push));
    assert_eq!(entry_at(&matrix, "actors", Painted { steps: 2, after_a_step: true, ..CHANGED }), Some(Entry::Replace));
    assert_eq!(entry_at(&matrix, "actors", Painted { steps: 2, after_a_step: false, ..CHANGED }), Some(Entry::Push));
}

#[test]
fn nothing_is_written_where_the_address_says_it_has_moved_on_or_is_an_articles_anchor() {
    let data = common::dataset();
    let matrix = View { tab: Tab::Matrix, ..View::default() };
    let at = |now: &'static str, then, links_a_view, kept| Address { now, then, links_a_view, bare: now.is_empty(), written: "matrix", kept };
    let entry = |at: &Address, how: Painted, on_article| route::entry(&matrix, at, &how, on_article, History::Push, &data);
    assert_eq!(entry(&at("matrix", "matrix", true, None), CHANGED, false), None, "already on the address");
    // Where the article has an element of the view's id, the view is written `matrix/`: that one is on the address too.
    // (`#matrix` is then the article's own anchor, which the view leaves for Back with an entry of its own.)
    let written = |now, links_a_view| route::entry(&matrix, &Address { now, then: now, links_a_view, bare: false, written: "matrix/", kept: None }, &CHANGED, true, History::Push, &data);
    assert_eq!((written("matrix/", true), written("matrix", false)), (None, Some(Entry::Push)));
    assert_eq!(entry(&at("faq", "issues", true, None), CHANGED, false), None, "Back or Forward meanwhile");
    // The page opened bare shows the overview: no entry for it.
    assert_eq!(entry_at(&View::default(), "", CHANGED), None);
    // An article opened without a fragment keeps its address, whatever view its widget starts on;
    // the reader's first move is a new entry, and Back to the bare address shows the view its entry kept.
    assert_eq!(entry(&at("", "", true, None), Painted { first: true, ..CHANGED }, true), None);
    assert_eq!(entry(&at("", "", true, None), CHANGED, true), Some(Entry::Push));
    assert_eq!(entry(&at("", "", true, Some("matrix")), CHANGED, true), None);
    // Back to the bare address (from the article's own anchor) reads the start view again: not written over it.
    assert_eq!(entry(&at("", "", true, None), Painted { read: true, ..CHANGED }, true), None);
    // A bare `#` is no article's own address: it names the overview, a link the start view tidies.
    let hashed = Address { now: "", then: "", links_a_view: true, bare: false, written: "matrix", kept: None };
    assert_eq!(route::entry(&matrix, &hashed, &Painted { first: true, ..CHANGED }, true, History::Push, &data), Some(Entry::Replace));
    // An article opened at its own anchor keeps it until the reader uses the widget.
    assert_eq!(entry(&at("comments", "comments", false, None), Painted { first: true, ..CHANGED }, true), None);
    assert_eq!(entry(&at("comments", "comments", false, None), CHANGED, true), Some(Entry::Push));
    assert_eq!(entry(&at("comments", "comments", false, None), Painted { read: true, ..CHANGED }, true), None);
    // Back to the anchor shows the view its entry kept, not written again; another view is a new entry.
    assert_eq!(entry(&at("comments", "comments", false, Some("matrix")), CHANGED, true), None);
    assert_eq!(entry(&at("comments", "comments", false, Some("faq")), CHANGED, true), Some(Entry::Push));
    // On the widget's own page there is no article anchor: a fragment naming no view is a link tidied.
    assert_eq!(entry(&at("comments", "comments", false, None), Painted { first: true, ..CHANGED }, false), Some(Entry::Replace));
}

#[test]
fn told_to_replace_a_move_rewrites_the_entry_but_an_articles_own_anchor_keeps_its_own() {
    let data = common::dataset();
    let matrix = View { tab: Tab::Matrix, ..View::default() };
    let at = |now: &'static str, links_a_view| Address { now, then: now, links_a_view, bare: now.is_empty(), written: "matrix", kept: None };
    let entry = |at: &Address, on_article| route::entry(&matrix, at, &CHANGED, on_article, History::Replace, &data);
    // From another view, on the widget's own page or an article: rewritten.
    assert_eq!((entry(&at("faq", true), false), entry(&at("faq", true), true)), (Some(Entry::Replace), Some(Entry::Replace)));
    // From an article's own address, bare: rewritten too, so Back leaves the article.
    assert_eq!(entry(&at("", true), true), Some(Entry::Replace));
    // From its anchor: a new entry, which Back leaves for the anchor.
    assert_eq!(entry(&at("comments", false), true), Some(Entry::Push));
    // And what was already a rewrite stays one (the start view tidying its link).
    assert_eq!(route::entry(&matrix, &at("faq", true), &Painted { first: true, ..CHANGED }, false, History::Replace, &data), Some(Entry::Replace));
}

#[test]
fn back_to_an_articles_own_address_shows_the_view_its_entry_kept() {
    let back = |now: &str, kept: Option<&str>, on_article| route::returned_to(now, names_a_view(now), false, kept, "faq", on_article);
    let bare = |kept: Option<&str>, on_article| route::returned_to("", true, true, kept, "faq", on_article);
    // An address naming a view shows it, whatever its entry kept.
    assert_eq!(back("matrix", Some("issues"), true).as_deref(), Some("matrix"));
    // A bare `#` names the overview.
    assert_eq!(back("", Some("issues"), true).as_deref(), Some(""));
    // On an article, its anchor shows the view its entry kept, or leaves the view as it is.
    assert_eq!(back("comments", Some("issues"), true).as_deref(), Some("issues"));
    assert_eq!(back("comments", None, true), None);
    // Its bare address shows the kept view, or where none was kept (a host's router's entry) the start view.
    assert_eq!(bare(Some("issues"), true).as_deref(), Some("issues"));
    assert_eq!(bare(None, true).as_deref(), Some("faq"));
    // On the widget's own page every address is the widget's: a fragment naming no view is read (and falls back).
    assert_eq!(back("comments", Some("issues"), false).as_deref(), Some("comments"));
    assert_eq!(bare(Some("issues"), false).as_deref(), Some(""));
}

#[test]
fn a_choice_names_its_list_where_it_chooses_an_item_and_changes_nothing_else() {
    let data = common::dataset();
    let chosen = |now: &str, next: &str| route::chosen(now, next, &data);
    assert_eq!(chosen("deal", "deal?deal=river.share-river").as_deref(), Some("deal river"), "a first choice on an issue");
    assert_eq!(chosen("deal?deal=river.share-river", "deal?deal=river.keep-river").as_deref(), Some("deal river"));
    assert_eq!(chosen("deal?deal=river.share-river", "deal?deal=river.share-river,bridge.build-bridge").as_deref(), Some("deal bridge"));
    assert_eq!(chosen("deal?deal=river.share-river", "deal"), None, "left open: no item chosen");
    assert_eq!(chosen("deal?deal=river.share-river", "deal?deal=river.keep-river,bridge.build-bridge"), None, "two at once: a scenario's package");
    assert_eq!(chosen("matrix?group=belligerent", "matrix?group=mediator").as_deref(), Some("matrix group"));
    assert_eq!(chosen("matrix?issue=river", "matrix?issue=bridge").as_deref(), Some("matrix issue"));
    assert_eq!(chosen("matrix?compare=alpha.beta", "matrix?compare=alpha.gamma").as_deref(), Some("matrix second actor"));
    assert_eq!(chosen("matrix?group=belligerent", "matrix"), None, "every group again");
    assert_eq!(chosen("matrix?group=belligerent", "matrix?group=mediator&disputed=1"), None, "another filter too");
    assert_eq!(chosen("matrix?group=institution", "matrix?group=belligerent&cell=alpha.river"), None, "a cell opened too");
    assert_eq!(chosen("matrix?issue=river&cell=alpha.river", "matrix?issue=bridge").as_deref(), Some("matrix issue"), "the open cell it hides closed: still a choice");
    assert_eq!(chosen("matrix?cell=alpha.river", "matrix?group=belligerent"), None, "a cell it leaves shown closed too");
    assert_eq!(chosen("faq", "deal?deal=river.share-river"), None, "another tab");
}

#[test]
fn another_scenario_chosen_in_either_menu_names_that_menu() {
    let mut records = common::records_json();
    let mut other = records["scenarios"][0].clone();
    other["id"] = "no-river".into();
    records["scenarios"].as_array_mut().unwrap().push(other);
    let data = stancemap::dataset::Dataset::new(serde_json::from_value(records).unwrap());
    let chosen = |now: &str, next: &str| route::chosen(now, next, &data);
    assert_eq!(chosen("scenarios", "scenarios/no-river").as_deref(), Some("scenarios first"));
    assert_eq!(chosen("scenarios/no-river", "scenarios/shared-river").as_deref(), Some("scenarios first"));
    assert_eq!(chosen("scenarios/no-river/shared-river", "scenarios/shared-river").as_deref(), Some("scenarios first"), "the one compared shown instead");
    assert_eq!(chosen("scenarios", "scenarios/shared-river/no-river").as_deref(), Some("scenarios second"), "the first shown by default, now named");
    assert_eq!(chosen("scenarios/shared-river/no-river", "scenarios/shared-river"), None, "compared with none again");
    assert_eq!(chosen("scenarios", "scenarios/shared-river"), None, "the scenario already shown");
    assert_eq!(chosen("scenarios", "faq"), None, "another tab");
}

#[test]
fn a_further_choice_in_the_list_that_wrote_the_entry_rewrites_it() {
    let data = common::dataset();
    let view = |link: &str| View::parse(link, &data).view;
    let again = Painted { again: true, ..CHANGED };
    assert_eq!(entry_at(&view("deal?deal=river.keep-river"), "deal?deal=river.share-river", again), Some(Entry::Replace));
    assert_eq!(entry_at(&view("deal?deal=river.keep-river"), "deal?deal=river.share-river", CHANGED), Some(Entry::Push), "the entry was written otherwise");
    // The package kept on another tab, an issue left open there: the address carries neither, and typing still rewrites.
    let mut typed = view("faq?q=nat");
    typed.deal = view("deal?deal=river.share-river").deal;
    typed.issues = view("issues/river").issues;
    assert_eq!(entry_at(&typed, "faq?q=na", CHANGED), Some(Entry::Replace));
}

#[test]
fn back_or_forward_over_deal_choices_names_the_choice_now_made_on_the_first_issue_changed_as_the_builder_lists_them() {
    let data = common::dataset();
    let view = |link: &str| View::parse(&format!("#deal?deal={link}"), &data).view;
    let (both, none) = (view("bridge.build-bridge,river.share-river"), view(""));
    // The builder lists the river first (the fixture's order), before the bridge its id sorts before.
    assert_eq!(Tab::Deal.changed(&both, &none, &data), Some(["choice".to_string(), "river".to_string()]), "left open");
    assert_eq!(Tab::Deal.changed(&none, &both, &data), Some(["choice".to_string(), "river--share-river".to_string()]), "chosen again");
    assert_eq!(Tab::Deal.changed(&both, &view("bridge.build-bridge,river.keep-river"), &data), Some(["choice".to_string(), "river--keep-river".to_string()]));
    assert_eq!(Tab::Deal.changed(&both, &both, &data), None, "nothing changed");
}

#[test]
fn a_view_opens_anew_only_an_item_the_view_left_did_not_have_open() {
    let data = common::dataset();
    let view = |fragment: &str| View::parse(&format!("#{fragment}"), &data).view;
    assert!(view("matrix?cell=alpha.river").opens_anew(&view("matrix?cell=beta.river")), "another cell");
    assert!(view("matrix?cell=alpha.river").opens_anew(&view("matrix")), "a cell where none was open");
    assert!(!view("matrix?cell=alpha.river").opens_anew(&view("matrix?cell=alpha.river&issue=river")), "a filter changed under it");
    assert!(view("issues/bridge").opens_anew(&view("issues/river")), "another card");
    assert!(!view("issues/river").opens_anew(&view("issues/river")));
    assert!(!view("issues").opens_anew(&view("issues/river")), "nothing opened: one closed");
}
