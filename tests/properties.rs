//! Property tests: no URL fragment or embed attribute, however hostile, panics
//! or yields an invalid view; every valid view survives a round trip.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashMap;

use proptest::prelude::*;
use stancemap::dataset::Dataset;
use stancemap::embed::EmbedConfig;
use stancemap::tabs::{Tab, View};

fn data() -> Dataset {
    Dataset::bundled()
}

/// The parsed view names only ids the dataset has, and a link sets only its
/// own tab's state (and the package, which the matrix marks too).
fn assert_valid(view: &View, data: &Dataset) {
    let own = View { tab: view.tab, deal: view.deal.clone(), ..View::default() };
    let others_default = match view.tab {
        Tab::Issues => View { issues: view.issues.clone(), ..own } == *view,
        Tab::Actors => View { actors: view.actors.clone(), ..own } == *view,
        Tab::Matrix => View { matrix: view.matrix.clone(), ..own } == *view,
        Tab::Scenarios => View { scenarios: view.scenarios.clone(), ..own } == *view,
        Tab::Faq => View { faq: view.faq.clone(), ..own } == *view,
        Tab::Sources => View { sources: view.sources.clone(), ..own } == *view,
        Tab::Overview | Tab::Deal => own == *view,
    };
    assert!(others_default, "{view:?}");
    assert!(view.issues.open.as_ref().is_none_or(|id| data.issue(id).is_some()));
    assert!(view.actors.shown.as_ref().is_none_or(|id| data.actor(id).is_some()));
    assert!(view.scenarios.picked.as_ref().is_none_or(|id| data.scenario(id).is_some()));
    assert!(view.scenarios.versus.as_ref().is_none_or(|id| data.scenario(id).is_some()));
    assert!(view.faq.open.as_ref().is_none_or(|id| data.faq_entry(id).is_some()));
    assert!(view.sources.shown.as_ref().is_none_or(|id| data.source(id).is_some()));
    assert!(view.matrix.cell.as_ref().is_none_or(|c| data.actor(&c.actor).is_some() && data.issue(&c.issue).is_some()));
    // And one the matrix opens: with a stance, or marked by the package.
    assert!(!stancemap::tabs::matrix::strands_cell(view, data), "{view:?}");
    assert!(view.deal.choices().all(|(issue, option)| data.option(option).is_some_and(|o| o.issue == issue)));
}

/// Fragments built from the grammar's own pieces, valid ids and junk mixed.
fn fragment() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("matrix".to_string()), Just("issues".to_string()), Just("faq".to_string()), Just("scenarios".to_string()), Just("sources".to_string()), Just("berlin-talks".to_string()),
        Just("territory".to_string()), Just("russia".to_string()), Just("buffer-zone".to_string()), Just("ukraine.russia".to_string()),
        Just("group=mediator".to_string()), Just("cell=russia.territory".to_string()), Just("disputed=1".to_string()),
        Just("q=%E2%9C%93".to_string()), Just("deal".to_string()), Just("deal=territory.cede-donbas,ceasefire.no,".to_string()),
        Just("deal=nato-membership.ukraine-joins-nato".to_string()), "[a-z%.=&?/#-]{0,12}", any::<String>(),
    ];
    prop::collection::vec((word, prop_oneof![Just("/"), Just("?"), Just("&"), Just("."), Just("")]), 0..8)
        .prop_map(|parts| parts.into_iter().map(|(w, sep)| format!("{w}{sep}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_fragment_gives_a_valid_view_that_links_to_itself(fragment in fragment()) {
        let data = data();
        let parsed = View::parse(&fragment, &data);
        assert_valid(&parsed.view, &data);
        let again = View::parse(&parsed.view.to_fragment(), &data);
        prop_assert_eq!(again.notices, vec![]);
        prop_assert_eq!(again.view, parsed.view);
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let data = data();
        assert_valid(&View::parse(&text, &data).view, &data);
    }

    #[test]
    fn any_embed_attributes_give_a_valid_start(
        attrs in prop::collection::hash_map(
            prop_oneof![Just("data-view"), Just("data-tab"), Just("data-issue"), Just("data-actor"), Just("data-scenario"), Just("data-theme"), Just("data-fragment"), Just("data-chrome")],
            prop_oneof![fragment(), Just("issues".to_string()), Just("dark".to_string()), Just("own".to_string()), any::<String>()],
            0..8,
        )
    ) {
        let data = data();
        let attrs: HashMap<&str, String> = attrs;
        let config = EmbedConfig::read(&|name| attrs.get(name).cloned(), &data);
        assert_valid(&config.start.view, &data);
    }

    /// Text written as HTML (the matrix's cells, the fallback, the pages)
    /// holds none of its markup characters raw and reads back as written.
    #[test]
    fn escaped_text_is_inert_and_reads_back(text in "[a-zа-я &<>\"'.;#0-9]{0,40}|\\PC{0,40}") {
        let escaped = stancemap::html_text::escape(&text);
        prop_assert!(!escaped.contains(['<', '>', '"', '\'']), "{escaped}");
        let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"];
        prop_assert!(escaped.match_indices('&').all(|(at, _)| entities.iter().any(|e| escaped[at..].starts_with(e))), "{escaped}");
        let read = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        prop_assert_eq!(read, text);
    }
}
