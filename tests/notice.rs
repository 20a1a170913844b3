//! What the widget tells the reader about itself, word for word.
#![cfg(not(target_arch = "wasm32"))]

use stancemap::lang::Lang;
use stancemap::words::Words;
use stancemap::notice::{Failure, Notice, SetUp, Unused, NAMED};

#[test]
fn each_notice_reads_as_a_sentence_naming_what_could_not_be_used() {
    let link = Notice::LinkPartlyUsed(vec![
        Unused::Issue("atlantis".into()),
        Unused::Actor("martians".into()),
        Unused::Scenario("peace".into()),
        Unused::Question("why".into()),
        Unused::Group("aliens".into()),
    ]);
    assert_eq!(
        link.words(&Words::english()),
        "Part of this link could not be used (issue “atlantis”, actor “martians”, scenario “peace”, question “why” and group “aliens”), \
         so it shows the nearest view we have."
    );
    let link = Notice::LinkPartlyUsed(vec![
        Unused::Comparison("a.a".into()),
        Unused::Cell("x".into()),
        Unused::Choice("moon.cheese".into()),
        Unused::Setting("zoom".into()),
        Unused::RestOfAddress,
    ]);
    assert_eq!(
        link.words(&Words::english()),
        "Part of this link could not be used (comparison “a.a”, cell “x”, choice “moon.cheese”, setting “zoom” and the rest of the address), \
         so it shows the nearest view we have."
    );
    let embed = Notice::EmbedPartlyUsed(vec![Unused::Theme("neon".into()), Unused::FragmentSetting("steal".into()), Unused::Chrome("huge".into())]);
    assert_eq!(embed.words(&Words::english()), "Some settings of this embed could not be used (theme “neon”, fragment setting “steal” and chrome “huge”).");
    assert_eq!(
        Notice::UnknownView("nonsense".into()).words(&Words::english()),
        "This link asked for a view called “nonsense”, which this explainer does not have, so here is the overview."
    );
    assert_eq!(
        Notice::DatasetRefused { url: "https://example.org/d.json".into(), reason: Failure::Status(404) }.words(&Words::english()),
        "The dataset at “https://example.org/d.json” could not be used: the server answered 404. Showing the explainer’s own data instead."
    );
    let invalid = |more| Failure::Invalid { first: "stances.json: record \"a\"".into(), more }.words(&Words::english());
    assert_eq!(invalid(0), "it did not pass validation: stances.json: record \"a\"");
    assert_eq!(invalid(2), "it did not pass validation: stances.json: record \"a\", and 2 more problems");
    let unavailable = Notice::EditionUnavailable { lang: Lang::Uk, reason: Failure::NoAnswer(stancemap::fetch::ANSWER_WITHIN) };
    assert_eq!(
        unavailable.words(&Words::english()),
        "The explainer could not load this language (no answer came within 15 seconds), so it is shown in English."
    );
}

#[test]
fn a_language_that_could_not_be_loaded_is_also_named_in_its_own_words() {
    // Its reader may not read the English the widget is left in.
    let unavailable = Notice::EditionUnavailable { lang: Lang::Uk, reason: Failure::Unreachable };
    assert_eq!(unavailable.own_words(Lang::En), Some((Lang::Uk, stancemap::words::edition_unavailable(Lang::Uk))));
    assert_eq!(unavailable.own_words(Lang::Uk), None, "not twice in the language shown");
    assert_eq!(Notice::UnknownView("x".into()).own_words(Lang::En), None);
}

#[test]
fn text_echoed_back_reads_as_the_characters_a_link_escapes() {
    let words = Notice::LinkPartlyUsed(vec![Unused::Issue("%D0%BA%D1%80%D0%B8%D0%BC".into())]).words(&Words::english());
    assert!(words.contains("issue “крим”"), "{words}");
    assert!(Notice::UnknownView("%E2%9C%93".into()).words(&Words::english()).contains("“✓”"));
    let unreadable = Notice::LinkPartlyUsed(vec![Unused::Setting("q=%E0%A4%A".into())]).words(&Words::english());
    assert!(unreadable.contains("“q=%E0%A4%A”"), "escapes that spell no text, as written: {unreadable}");
    // Never a quotation mark closing the notice's own, nor a mark that reverses or breaks its words.
    let forged = Notice::LinkPartlyUsed(vec![Unused::Issue("x%E2%80%9D%20was%20retracted%E2%80%AE%0A".into())]).words(&Words::english());
    assert!(forged.contains("issue “x%E2%80%9D was retracted%E2%80%AE%0A”"), "{forged}");
}

#[test]
fn a_notice_names_the_first_unusable_parts_and_counts_the_rest() {
    let parts = |n: usize| Notice::LinkPartlyUsed((0..n).map(|i| Unused::Setting(format!("key{i}"))).collect()).words(&Words::english());
    let named = |words: &str| (0..100).filter(|i| words.contains(&format!("“key{i}”"))).count();
    let all = parts(NAMED);
    assert_eq!(named(&all), NAMED, "as many as it names, all named: {all}");
    assert!(!all.contains("more"), "{all}");
    // One past the limit: never "and 1 more", which would take the room of the part it counts.
    let one_past = parts(NAMED + 1);
    assert_eq!(named(&one_past), NAMED - 1, "{one_past}");
    assert!(one_past.ends_with(" and 2 more), so it shows the nearest view we have."), "{one_past}");
    let many = parts(60);
    assert_eq!(named(&many), NAMED - 1, "{many}");
    assert!(many.contains(&format!("“key{}” and {} more)", NAMED - 2, 60 - (NAMED - 1))), "the rest counted, the count last: {many}");
}

#[test]
fn text_echoed_back_is_cut_to_forty_characters() {
    let long = "x".repeat(60);
    let words = Notice::LinkPartlyUsed(vec![Unused::Setting(long.clone())]).words(&Words::english());
    assert!(words.contains(&format!("setting “{}…”", "x".repeat(40))), "{words}");
    assert!(!words.contains(&long));
}

#[test]
fn the_start_names_each_kind_of_unusable_part_once_and_on_the_builds_own_pages_all_of_it_is_the_links() {
    let theme = || Notice::EmbedPartlyUsed(vec![Unused::Theme("drak".into())]);
    let issue = || Notice::LinkPartlyUsed(vec![Unused::Issue("atlantis".into())]);
    let language = || Notice::LinkPartlyUsed(vec![Unused::Language("xx".into())]);
    let unknown = || Notice::UnknownView("nonsense".into());
    // On an article: the embed's settings and the reader's link are told apart.
    assert_eq!(
        Notice::gather(vec![theme(), issue(), language()], false),
        [theme(), Notice::LinkPartlyUsed(vec![Unused::Issue("atlantis".into()), Unused::Language("xx".into())])]
    );
    // On the standalone or iframe page, `?theme=` is part of the address the reader opened.
    assert_eq!(
        Notice::gather(vec![theme(), issue(), language()], true),
        [Notice::LinkPartlyUsed(vec![Unused::Theme("drak".into()), Unused::Issue("atlantis".into()), Unused::Language("xx".into())])]
    );
    assert_eq!(Notice::gather(vec![unknown(), language()], true), [unknown(), language()], "other notices stay as they are");
}

#[test]
fn only_what_the_page_set_up_is_told_to_its_console() {
    let (article, iframe) = (SetUp { framed: false, named_dataset: true }, SetUp { framed: true, named_dataset: true });
    let readers_dataset = SetUp { framed: false, named_dataset: false };
    let unused = || vec![Unused::Theme("drak".into())];
    let refused = |reason| Notice::DatasetRefused { url: "data.json".into(), reason };
    assert!(Notice::EmbedPartlyUsed(unused()).concerns_the_setup(article), "an embed's setting");
    assert!(refused(Failure::Status(404)).concerns_the_setup(article), "the dataset it named, not served");
    assert!(refused(Failure::Unreachable).concerns_the_setup(article), "or not reachable (a server's CORS headers)");
    assert!(!refused(Failure::NoAnswer(15)).concerns_the_setup(article), "a reader's slow connection");
    assert!(!refused(Failure::Status(404)).concerns_the_setup(readers_dataset), "a dataset a reader's link named (?dataset=)");
    assert!(Notice::EditionUnavailable { lang: Lang::Uk, reason: Failure::Status(404) }.concerns_the_setup(article), "an edition the server lacks");
    assert!(Notice::EditionUnavailable { lang: Lang::Uk, reason: Failure::Redirected }.concerns_the_setup(article), "or redirects");
    // What whoever set the page up can do, where the reader's words do not say: the build's allow-list for an origin.
    assert!(refused(Failure::OriginNotAllowed("https://data.example".into())).remedy().is_some_and(|r| r.contains("STANCEMAP_DATASET_ORIGINS")));
    assert!(refused(Failure::Status(404)).remedy().is_none(), "the status says it");
    assert!(!Notice::EditionUnavailable { lang: Lang::Uk, reason: Failure::Unreachable }.concerns_the_setup(article), "the reader's connection");
    assert!(!Notice::LinkPartlyUsed(unused()).concerns_the_setup(article), "a reader's link");
    assert!(!Notice::UnknownView("atlantis".into()).concerns_the_setup(article), "a reader's link to a view");
    assert!(Notice::LinkPartlyUsed(unused()).concerns_the_setup(iframe), "on the iframe page, the article's src");
}
