//! Embed attributes, host events, snippets and the pages the build writes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashMap;
use std::path::Path;

use stancemap::notice::{Notice, Unused};
use stancemap::edition::Edition;
use stancemap::embed::{iframe_snippet, in_language, with_param, without_framing, mount_snippet, page_name, standalone_link, Chrome, EmbedConfig, History, HostEvent, ATTRIBUTES, VIEW_ATTRIBUTES};
use stancemap::lang::Lang;
use stancemap::words::{Words, T};
use stancemap::export::{compact_css, compact_js, glue_factory, mount_content, pages, stylesheets, FALLBACK_MARKER, GLUE_FACTORY, STYLES_DIR};
use stancemap::prerender::first_view;
use stancemap::fallback::{static_html, Place};
use stancemap::tabs::matrix::{self, Cell};
use stancemap::tabs::{faq, scenarios, sources, Tab, View};
use stancemap::state::Theme;

fn config(attrs: &[(&str, &str)]) -> EmbedConfig {
    let map: HashMap<String, String> = attrs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    EmbedConfig::read(&|name| map.get(name).cloned(), &common::dataset())
}

#[test]
fn a_bare_mount_starts_on_the_overview_without_owning_the_fragment() {
    let c = config(&[]);
    assert_eq!((c.start.view.clone(), c.start.notices.clone()), (View::default(), vec![]));
    assert_eq!((c.theme, c.owns_fragment, c.history, c.chrome), (Theme::Auto, false, History::Push, Chrome::Embedded));
}

#[test]
fn attributes_choose_the_starting_view() {
    let c = config(&[("data-tab", "issues"), ("data-issue", "river"), ("data-theme", "dark"), ("data-fragment", "own")]);
    assert_eq!((c.start.view.tab, c.start.view.issues.open.as_deref()), (Tab::Issues, Some("river")));
    assert_eq!((c.theme, c.owns_fragment), (Theme::Dark, true));
    let c = config(&[("data-tab", "actors"), ("data-actor", "gamma")]);
    assert_eq!(c.start.view.actors.shown.as_deref(), Some("gamma"));
    // An article that wants Back to leave it has each view rewrite the entry it is on.
    assert_eq!(config(&[("data-fragment", "own"), ("data-history", "replace")]).history, History::Replace);
    assert_eq!(config(&[("data-fragment", "own"), ("data-history", "push")]).history, History::Push);
    // Without the fragment there is no history to rewrite: the setting is named as unused.
    assert_eq!(config(&[("data-history", "replace")]).start.notices, [Notice::EmbedPartlyUsed(vec![Unused::HistorySetting("replace".into())])]);
}

#[test]
fn a_full_view_attribute_uses_the_deep_link_syntax_and_wins() {
    let c = config(&[("data-view", "matrix?disputed=1"), ("data-tab", "faq")]);
    assert_eq!(c.start.view.tab, Tab::Matrix);
    assert!(c.start.view.matrix.filter.disputed);
}

#[test]
fn attributes_as_a_cms_template_writes_them_empty_spaced_or_capitalised_are_read_as_meant() {
    // An empty attribute is no setting: nothing to name, and `data-view=""` leaves the shorthand to speak.
    let c = config(&[("data-view", ""), ("data-tab", "deal"), ("data-theme", ""), ("data-lang", ""), ("data-fragment", ""), ("data-history", " "), ("data-chrome", ""), ("data-dataset-url", "")]);
    assert_eq!((c.start.view.tab, c.start.notices.clone()), (Tab::Deal, vec![]));
    assert_eq!((c.theme, c.owns_fragment, c.history, c.chrome, c.lang, c.dataset_url), (Theme::Auto, false, History::Push, Chrome::Embedded, None, None));
    // Spaces around a value, and its case, do not matter (an id's neither, as in links).
    let c = config(&[("data-tab", " Issues "), ("data-issue", "River "), ("data-theme", "Dark "), ("data-fragment", "OWN"), ("data-history", "Replace"), ("data-chrome", " Standalone")]);
    assert_eq!((c.start.view.tab, c.start.view.issues.open.as_deref(), c.start.notices.clone()), (Tab::Issues, Some("river"), vec![]));
    assert_eq!((c.theme, c.owns_fragment, c.history, c.chrome), (Theme::Dark, true, History::Replace, Chrome::Standalone));
    // A value still refused is named as written, without its spaces.
    assert_eq!(config(&[("data-theme", " Neon ")]).start.notices, [Notice::EmbedPartlyUsed(vec![Unused::Theme("Neon".into())])]);
}

#[test]
fn bad_attributes_fall_back_and_are_named_in_the_notice() {
    let c = config(&[("data-tab", "issues"), ("data-issue", "atlantis"), ("data-theme", "neon"), ("data-fragment", "steal"), ("data-history", "forget"), ("data-chrome", "huge")]);
    assert_eq!((c.start.view.tab, c.start.view.issues.open.clone()), (Tab::Issues, None));
    assert_eq!((c.theme, c.owns_fragment, c.history, c.chrome), (Theme::Auto, false, History::Push, Chrome::Embedded));
    // Settings, not a link: one notice names them all as the embed's.
    assert_eq!(c.start.notices, [Notice::EmbedPartlyUsed(vec![
        Unused::Issue("atlantis".into()),
        Unused::Theme("neon".into()),
        Unused::FragmentSetting("steal".into()),
        Unused::HistorySetting("forget".into()),
        Unused::Chrome("huge".into()),
    ])]);
    let words = c.start.notices[0].words(&Words::english());
    for part in ["Some settings of this embed", "issue “atlantis”", "theme “neon”", "fragment setting “steal”", "history setting “forget”", "chrome “huge”"] {
        assert!(words.contains(part), "{words} lacks {part}");
    }
    // A record the start view does not read is named too: another tab's (an empty one is none).
    let unused = |attrs: &[(&str, &str)]| config(attrs).start.notices;
    assert_eq!(unused(&[("data-tab", "issues"), ("data-actor", "alpha")]), [Notice::EmbedPartlyUsed(vec![Unused::Actor("alpha".into())])]);
    assert_eq!(unused(&[("data-tab", "actors"), ("data-actor", "alpha"), ("data-issue", "river")]), [Notice::EmbedPartlyUsed(vec![Unused::Issue("river".into())])]);
    // A link to a view pasted whole into `data-view` is read as its fragment.
    let c = config(&[("data-view", "https://static.example.org/stancemap/index.html#issues/river")]);
    assert_eq!((c.start.view.tab, c.start.view.issues.open.as_ref().map(|id| id.as_str()), c.start.notices), (Tab::Issues, Some("river"), vec![]));
    // Named without its tab, a record opens on its tab; two of two tabs are both named.
    let c = config(&[("data-issue", "River")]);
    assert_eq!((c.start.view.tab, c.start.view.issues.open.as_ref().map(|id| id.as_str()), c.start.notices), (Tab::Issues, Some("river"), vec![]));
    assert_eq!(unused(&[("data-issue", "river"), ("data-actor", "alpha")]), [Notice::EmbedPartlyUsed(vec![Unused::Issue("river".into()), Unused::Actor("alpha".into())])]);
    let c = config(&[("data-scenario", "calm")]);
    assert_eq!((c.start.view.tab, c.start.notices), (Tab::Scenarios, vec![Notice::EmbedPartlyUsed(vec![Unused::Scenario("calm".into())])]), "an unknown one opens its tab and is named");
    // A link's fragment, from its first `#`; an empty one is no setting.
    assert_eq!(config(&[("data-view", "#matrix")]).start.view.tab, Tab::Matrix);
    assert_eq!(config(&[("data-view", "https://static.example.org/stancemap/#"), ("data-tab", "faq")]).start.view.tab, Tab::Faq);
    assert!(unused(&[("data-tab", "faq"), ("data-issue", ""), ("data-actor", " ")]).is_empty());
    // Beside `data-view`, which wins, the shorthand is not read: nothing to name.
    assert!(unused(&[("data-view", "issues/river"), ("data-tab", "issues"), ("data-issue", "river")]).is_empty());
    assert!(unused(&[("data-tab", "issues"), ("data-issue", "river")]).is_empty());
    let c = config(&[("data-tab", " Matrx ")]);
    assert_eq!((c.start.view.tab, c.start.notices), (Tab::Overview, vec![Notice::EmbedPartlyUsed(vec![Unused::Tab("Matrx".into())])]), "named as the tab, as it was given");
    let c = config(&[("data-view", "matrx")]);
    assert_eq!((c.start.view.tab, c.start.notices), (Tab::Overview, vec![Notice::EmbedPartlyUsed(vec![Unused::View("matrx".into())])]));
}

#[test]
fn host_events_say_what_the_reader_did() {
    let before = View::default();
    let after = View { tab: Tab::Matrix, matrix: matrix::State { cell: Some(Cell { actor: "alpha".into(), issue: "river".into() }), ..Default::default() }, ..View::default() };
    assert_eq!(HostEvent::between(&before, &after), vec![
        HostEvent::View { tab: "matrix", fragment: "matrix?cell=alpha.river".into() },
        HostEvent::Open { kind: "cell", id: "alpha.river".into() },
    ]);
    let cited = View { tab: Tab::Sources, sources: sources::State { shown: Some("doc".into()) }, ..View::default() };
    assert_eq!(HostEvent::between(&after, &cited)[1], HostEvent::Open { kind: "source", id: "doc".into() }, "a citation followed");
    let typed = View { faq: faq::State { query: "nato".into(), ..Default::default() }, ..before.clone() };
    assert_eq!(HostEvent::between(&before, &typed), vec![HostEvent::Search { query: "nato".into() }]);
    assert!(HostEvent::between(&after, &View { matrix: matrix::State::default(), ..after.clone() }).is_empty(), "closing is not an event");
    // One step that changes several things: the tab first, then each tab's own, in tab order.
    let searched = View { tab: Tab::Faq, faq: faq::State { query: "nato".into(), ..Default::default() }, ..View::default() };
    let back = View { tab: Tab::Deal, deal: stancemap::deal::Deal::from_iter([("river", "share-river")]), ..View::default() };
    let events: Vec<&str> = HostEvent::between(&searched, &back).iter().map(HostEvent::name).collect();
    assert_eq!(events, ["stancemap:view", "stancemap:deal", "stancemap:search"]);
    // A second scenario, to compare the first with, is opened too.
    let picked = View { tab: Tab::Scenarios, scenarios: scenarios::State { picked: Some("calm".into()), versus: None }, ..View::default() };
    let compared = View { scenarios: scenarios::State { versus: Some("storm".into()), ..picked.scenarios.clone() }, ..picked.clone() };
    assert_eq!(HostEvent::between(&picked, &compared), vec![HostEvent::Open { kind: "scenario", id: "storm".into() }]);
    let built = View { deal: stancemap::deal::Deal::from_iter([("river", "share-river")]), ..after.clone() };
    assert_eq!(HostEvent::between(&after, &built), vec![HostEvent::Deal {
        choices: vec![stancemap::embed::Choice { issue: "river".into(), option: "share-river".into() }],
    }]);
}

#[test]
fn snippets_embed_exactly_the_given_view_from_the_given_host() {
    let view = View { tab: Tab::Faq, faq: faq::State { open: Some("who-owns".into()), query: "a b".into() }, ..View::default() };
    let iframe = iframe_snippet("https://cdn.example/sm/", "stancemap-faq", &view, Lang::En, None, "A \"title\"");
    assert!(iframe.contains(r#"src="https://cdn.example/sm/embed.html?id=stancemap-faq#faq/who-owns?q=a%20b""#));
    assert!(iframe.contains(r#"data-stancemap-embed="stancemap-faq""#) && iframe.contains(r#"title="A &quot;title&quot;""#));
    // The reader may copy code from "Embed this view" inside it, too.
    assert!(iframe.contains(r#" allow="clipboard-write""#), "{iframe}");
    assert!(iframe.contains(r#"<script src="https://cdn.example/sm/stancemap-embed.js" async></script>"#));
    let mount = mount_snippet("https://cdn.example/sm/", &view, Lang::En, None, "Who & what");
    // Until the app is styled, or where it cannot run, the reader has a link to the view.
    assert!(mount.starts_with(r#"<div data-stancemap data-view="faq/who-owns?q=a%20b" data-lang="en"><a href="https://cdn.example/sm/#faq/who-owns?q=a%20b">Who &amp; what</a></div>"#), "{mount}");
    // The loader runs as soon as it has come, not after the article's deferred scripts.
    assert!(mount.ends_with(r#"<script type="module" src="https://cdn.example/sm/stancemap-loader.js" async></script>"#), "{mount}");
}

#[test]
fn snippets_and_links_carry_a_newsrooms_own_dataset() {
    let view = View { tab: Tab::Matrix, ..View::default() };
    let dataset = Some("https://news.example/data/talks.json?v=2&x=\"1\"");
    let iframe = iframe_snippet("https://cdn.example/sm/", "stancemap-matrix", &view, Lang::En, dataset, "t");
    assert!(iframe.contains(r#"src="https://cdn.example/sm/embed.html?id=stancemap-matrix&dataset=https%3A%2F%2Fnews.example%2Fdata%2Ftalks.json%3Fv%3D2%26x%3D%221%22#matrix""#), "{iframe}");
    let mount = mount_snippet("https://cdn.example/sm/", &view, Lang::En, dataset, "t");
    assert!(mount.starts_with(r#"<div data-stancemap data-view="matrix" data-lang="en" data-dataset-url="https://news.example/data/talks.json?v=2&amp;x=&quot;1&quot;"><a href="https://cdn.example/sm/?dataset=https%3A%2F%2Fnews.example"#), "{mount}");
    assert_eq!(standalone_link("/sm/", &view, Lang::Uk, Some("/d.json")), "/sm/index.uk.html?dataset=%2Fd.json#matrix");
}

#[test]
fn snippets_and_links_keep_the_language() {
    let view = View { tab: Tab::Matrix, ..View::default() };
    let iframe = iframe_snippet("https://cdn.example/sm/", "stancemap-matrix", &view, Lang::Uk, None, "t");
    // The iframe page prerendered in that language, so the reader never sees another first.
    assert!(iframe.contains(r#"src="https://cdn.example/sm/embed.uk.html?id=stancemap-matrix#matrix""#), "{iframe}");
    assert_eq!((page_name("embed.html", Lang::Uk), page_name("", Lang::Uk), page_name("", Lang::En)), ("embed.uk.html".into(), "index.uk.html".into(), String::new()));
    let mount = mount_snippet("/", &view, Lang::Uk, None, "t");
    assert!(mount.contains(r#"data-lang="uk""#) && mount.contains(r##"<a href="/index.uk.html#matrix">"##), "{mount}");
    let x = "https://x.example";
    for (page, lang, default, expected) in [
        ("/a?lang=uk&b=1", Lang::En, Lang::En, "/a?b=1"),
        ("/a?b=1&lang=en", Lang::Uk, Lang::En, "/a?b=1&lang=uk"),
        ("/a", Lang::Uk, Lang::En, "/a?lang=uk"),
        ("/a?lang", Lang::En, Lang::En, "/a"),
        // A page of another name in Ukrainian needs the parameter for English only.
        ("/a.html", Lang::En, Lang::Uk, "/a.html?lang=en"),
        ("/a.html?lang=en", Lang::Uk, Lang::Uk, "/a.html"),
        // The build's own pages become the page prerendered in the language, whatever the parameter said.
        ("/sm/index.uk.html?b=1", Lang::En, Lang::Uk, "/sm/index.html?b=1"),
        ("/sm/index.html?lang=uk&b=1", Lang::Uk, Lang::En, "/sm/index.uk.html?b=1"),
        ("/sm/embed.html?id=m&lang=uk", Lang::Uk, Lang::En, "/sm/embed.uk.html?id=m"),
        ("/sm/embed.uk.html?id=m", Lang::En, Lang::Uk, "/sm/embed.html?id=m"),
        ("/sm/index.uk.html", Lang::Uk, Lang::Uk, "/sm/index.uk.html"),
        // The folder serves the standalone index.html, in English, whatever the page on screen
        // (Back from a page reloaded in Ukrainian may land on the folder's address).
        ("/sm/?lang=uk", Lang::Uk, Lang::En, "/sm/index.uk.html"),
        ("/sm/?theme=dark", Lang::En, Lang::En, "/sm/?theme=dark"),
        ("/sm/", Lang::Uk, Lang::Uk, "/sm/index.uk.html"),
        ("/sm/?lang=uk", Lang::En, Lang::Uk, "/sm/"),
    ] {
        assert_eq!(in_language(&format!("{x}{page}"), lang, default), format!("{x}{expected}"), "{page} in {lang:?}");
    }
    assert_eq!(with_param("https://x.example/a?theme=dark&lang=uk", "theme", Some("light")), "https://x.example/a?lang=uk&theme=light");
    assert_eq!(with_param("https://x.example/a?theme=dark&themes=1", "theme", None), "https://x.example/a?themes=1", "only that parameter");
}

#[test]
fn links_from_an_iframe_page_pym_framed_leave_out_the_article_s_address_and_title_and_keep_the_widget_s_settings() {
    let framed = "https://x.example/sm/embed.html?theme=dark&history=replace&initialWidth=720&childId=pm&parentTitle=DRAFT%20piece&parentUrl=https%3A%2F%2Fnews.example%2Fa%3Fpreview_token%3Ds";
    assert_eq!(without_framing(framed), "https://x.example/sm/embed.html?theme=dark&history=replace");
    assert_eq!(without_framing("https://x.example/sm/embed.html?initialWidth=720&childId=pm"), "https://x.example/sm/embed.html");
    assert_eq!(without_framing("https://x.example/sm/embed.html?id=m"), "https://x.example/sm/embed.html?id=m", "nothing of pym's");
    let renamed = "https://x.example/sm/embed.html?lang=uk&initialWidth=720&childId=pm&parentTitle=T&article=https%3A%2F%2Fnews.example%2Fa";
    assert_eq!(without_framing(renamed), "https://x.example/sm/embed.html?lang=uk", "the article's address under a name of the newsroom's");
}

#[test]
fn a_language_the_widget_does_not_speak_falls_back_and_is_named() {
    assert_eq!(config(&[("data-lang", "uk-UA")]).lang, Some(Lang::Uk));
    assert_eq!(config(&[]).lang, None, "left to the page");
    let c = config(&[("data-lang", "tlh")]);
    assert_eq!(c.lang, None);
    assert_eq!(c.start.notices, [Notice::EmbedPartlyUsed(vec![Unused::Language("tlh".into())])]);
}

#[test]
fn the_build_fills_each_page_and_derives_the_iframe_page() {
    let head = "<head>\n  <link rel=\"stylesheet\" href=\"page.css\">\n  <link data-trunk rel=\"rust\" data-bin=\"stancemap\" data-trunk-id=\"2\">\n</head>\n";
    let index = format!("{head}<div data-stancemap data-chrome=\"standalone\" data-fragment=\"own\">{FALLBACK_MARKER}</div>");
    let (page, embed) = pages(&index, "<p>page</p>", "<p>frame</p>").unwrap();
    let head = "<head>\n  <link rel=\"stylesheet\" href=\"page.css\">\n  \n</head>\n";
    assert_eq!(page, format!("{head}<div data-stancemap data-chrome=\"standalone\" data-fragment=\"own\"><p>page</p></div>"), "Trunk's own link left out");
    // The iframe page stays out of search results but for the articles it is in.
    let framed = head.replace("</head>", "  <meta name=\"robots\" content=\"noindex, indexifembedded\">\n</head>");
    assert_eq!(embed, format!("{framed}<div data-stancemap data-chrome=\"embedded\" data-post-height data-fragment=\"own\"><p>frame</p></div>"));
    assert!(pages("<div data-stancemap></div>", "x", "y").is_err(), "a page without the marker is a build error");
    let unknown = index.replace("<link data-trunk rel", "<link rel=\"rust\" data-trunk data-x");
    assert!(pages(&unknown, "x", "y").is_err(), "a directive the build cannot take out is a build error");
    assert!(pages(&index.replace("</head>", ""), "x", "y").is_err(), "a page whose head is not closed is a build error");
}

#[test]
fn a_mount_carries_its_first_view_styled_in_a_declarative_shadow_root_and_a_fallback_behind_a_slot() {
    let html = mount_content("<p>first</p>", "<p>static</p>", "https://cdn.example/sm/", "b1");
    assert!(html.starts_with(r#"<template shadowrootmode="open"><link rel="stylesheet" href="https://cdn.example/sm/stancemap.css">"#));
    assert!(html.contains(r#"<div class="sm-mount" data-prerendered="b1" hidden><p>first</p></div>"#), "revealed by the stylesheet, naming its build");
    assert!(html.ends_with(r#"<slot class="sm-fallback-slot"></slot></template><p>static</p>"#), "the fallback in the light DOM, behind the slot");
}

#[test]
fn a_builds_first_views_are_named_by_what_they_show() {
    use stancemap::export::first_views_id;
    let id = |views: &[&str]| first_views_id(views.iter().copied());
    assert_eq!(id(&["<p>a</p>", "<p>b</p>"]), id(&["<p>a</p>", "<p>b</p>"]), "the same views, the same id, build after build");
    assert_ne!(id(&["<p>a</p>", "<p>b</p>"]), id(&["<p>a</p>", "<p>c</p>"]), "a record corrected in one view");
    assert_ne!(id(&["ab", "c"]), id(&["a", "bc"]), "where one view ends counts");
    // One a language: a Ukrainian record corrected leaves the English snippets current.
    let views = |uk: &str| [["<p>en</p>".to_string(), "<p>en, framed</p>".into()], [uk.to_string(), "<p>uk, framed</p>".into()]];
    let (before, after) = (stancemap::export::first_views_ids(&views("<p>uk</p>")), stancemap::export::first_views_ids(&views("<p>uk, corrected</p>")));
    assert_eq!((before[0] == after[0], before[1] == after[1]), (true, false), "{before:?} {after:?}");
    // The loader is told each language's, in its one line for them.
    let built = [id(&["en"]), id(&["uk"])];
    let loader = std::fs::read_to_string("assets/stancemap-loader.js").expect("the loader reads");
    let written = stancemap::export::loader_facts(&loader, &built).expect("the loader has its lines");
    assert!(written.lines().any(|l| l == format!("const BUILT = [\"{}\",\"{}\"];", built[0], built[1])), "{written}");
    assert_eq!(written.lines().count(), loader.lines().count());
    // So is the stylesheet, for its rule on another build's first view; one without that rule fails the build.
    let css = std::fs::read_to_string("styles/20-base.css").expect("the stylesheet reads");
    let built = ["b1".to_string(), "b2".to_string()];
    let written = stancemap::export::stylesheet_built(&css, &built).expect("the stylesheet has its rule");
    assert!(written.contains(r#"[data-prerendered]:not([data-prerendered="b1"], [data-prerendered="b2"])"#) && !written.contains(r#"[data-prerendered="BUILT"]"#));
    assert!(stancemap::export::stylesheet_built("p { color: red; }", &built).is_err());
    let written = stancemap::export::loader_facts(&loader, &built).expect("the loader has its lines");
    // Each language's edition file but English's, which it fetches beside the app, as the widget would.
    let editions = written.lines().find(|l| l.starts_with("const EDITIONS = ")).expect("the loader's line for the editions");
    assert!(editions.contains(&format!("\"uk\":\"{}\"", Edition::file(Lang::Uk))) && !editions.contains("\"en\""), "{editions}");
    // And each tab's record attribute and the themes, which the loader as written already has.
    let line = |text: &str, name: &str| text.lines().find(|l| l.starts_with(&format!("const {name} = "))).map(str::to_string);
    assert_eq!(line(&written, "RECORDS"), line(&loader, "RECORDS"), "the record attributes in assets/stancemap-loader.js are the tabs'");
    assert_eq!(line(&written, "THEMES"), line(&loader, "THEMES"), "the themes in assets/stancemap-loader.js are the widget's");
}

#[test]
fn the_prerendered_first_view_is_the_apps_own_overview() {
    let edition = common::edition();
    let data = edition.data.clone();
    let html = first_view(&edition, &[("data-chrome", "standalone")], "/");
    assert!(html.contains(&format!("<h1 class=\"sm-title\">{}</h1>", data.records.meta.title)), "{html}");
    assert!(html.contains(r#"role="tablist""#) && html.contains(r#"aria-selected="true""#));
    assert!(html.contains(&data.records.issues[0].title), "the overview lists the issues");
    assert!(!html.contains("<!--<["), "no hydration markers: the app replaces the view, it does not hydrate it");
    let embedded = first_view(&edition, &[], "/");
    assert!(embedded.contains("<h2 class=\"sm-title sm-title-embedded\">"));
}

#[test]
fn markup_in_the_data_is_escaped_in_the_static_fallback() {
    let mut records = common::records();
    records.actors[0].short = "<script>alert(1)</script>".into();
    records.faq[0].answer = "<img src=x onerror=alert(1)> & more".into();
    let html = static_html(&Edition::new(stancemap::dataset::Dataset::new(records), Words::english()), Place::OwnPage);
    assert!(!html.contains("<script>") && !html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; more"));
}

#[test]
fn in_an_article_the_static_fallback_is_a_named_complementary_landmark_and_on_the_widgets_own_pages_it_is_not() {
    let edition = Edition::new(stancemap::dataset::Dataset::bundled(), Words::english());
    let title = stancemap::html_text::escape(&edition.data.records.meta.title);
    let article = static_html(&edition, Place::Article);
    let opening = &article[..article.find('>').unwrap()];
    assert!(opening.contains("role=\"complementary\"") && opening.contains(&format!("aria-label=\"{title}\"")), "{opening}");
    // On the widget's own pages it is the page's content, not a part beside it.
    let own = static_html(&edition, Place::OwnPage);
    assert!(!own[..own.find('>').unwrap()].contains("role="), "{own}");
}

#[test]
fn readers_without_javascript_get_every_option_with_its_quoted_reactions() {
    let edition = common::edition();
    let data = &edition.data;
    let html = static_html(&edition, Place::OwnPage);
    let first_tag = &html[..html.find('>').unwrap()];
    assert!(first_tag.starts_with("<div") && first_tag.contains("class=\"sm-fallback\"") && first_tag.contains("lang=\"en\"") && first_tag.contains("dir=\"ltr\""), "the fallback says its language and direction on any article: {first_tag}");
    for option in &data.records.options {
        assert!(html.contains(&option.label), "{}", option.id);
    }
    for reaction in &data.records.reactions {
        let quoted = format!("<q lang=\"en\">{}</q>", reaction.quote.text);
        assert!(html.contains(&quoted), "{}: quoted, in its own language", reaction.key());
        // Its summary before the quote, which says what the quote does not,
        // and its condition, if any, after its kind.
        let item = html.split("<li>").find(|li| li.find(reaction.summary.as_str()).is_some_and(|at| li[at..].contains(&quoted)));
        let item = item.unwrap_or_else(|| panic!("{}: its summary before its quote", reaction.key()));
        let quote = item.find(&quoted).unwrap();
        if let Some(condition) = &reaction.condition {
            assert!(item[..quote].contains(&format!("({} {condition})", edition.words.t(T::ReactionCondition))), "{}: its condition in {item}", reaction.key());
        }
    }
}

#[test]
fn readers_without_javascript_get_each_stances_basis_its_sources_number_and_how_many_more_read_it_and_how() {
    let edition = common::edition();
    let html = static_html(&edition, Place::OwnPage);
    // Beta on the river: two sources' readings.
    let data = &edition.data;
    let readings = data.readings(&"beta".into(), &"river".into());
    let number = data.records.sources.iter().position(|s| s.id == readings[0].source).unwrap() + 1;
    let label = |t| edition.words.t(t).to_string();
    let cell = format!("{}<br><small>{}, source {number}; one more source: {}</small>", label(readings[0].position.label()), label(readings[0].basis.label()), label(readings[1].position.label()));
    assert!(html.contains(&cell), "{cell} in {html}");
    // That number is the source's place in the numbered list below.
    let listed = html.split("<ol>").last().unwrap().split("<li>").nth(number).unwrap();
    let headline = &data.source(&readings[0].source).unwrap().headline;
    assert!(listed.contains(headline.as_str()), "source {number} is {headline}: {listed}");
    let reaction = &data.records.reactions[0];
    assert!(html.contains(&format!("({}: {};", label(reaction.basis.label()), reaction.quote.speaker)), "a reaction says its basis beside who spoke");
}

#[test]
fn the_static_fallback_cites_an_untitled_document_by_its_opening_words_not_as_a_title() {
    let mut records = common::records();
    records.sources[1].untitled = true;
    records.sources[1].headline = "Officials said Beta’s leaders…".into();
    let html = static_html(&Edition::new(stancemap::dataset::Dataset::new(records), Words::english()), Place::OwnPage);
    assert!(html.contains("Untitled report beginning <q lang=\"en\">Officials said Beta’s leaders…</q>"), "{html}");
    assert!(!html.contains("<cite lang=\"en\">Officials said"), "never presented as a headline");
    assert!(html.contains("<cite lang=\"en\">A document</cite>"), "a titled document keeps its headline");
}

/// The shape of wasm-bindgen's `--target web` glue, cut down.
const GLUE: &str = "import * as snippet from './snippets/x.js';
let wasm;
export function mount(host, base, n) {
    wasm.mount(host, base, n);
}
export class Handle {
}
async function __wbg_init(module_or_path) {
    if (wasm !== undefined) return wasm;
}
export { initSync, __wbg_init as default };
";

#[test]
fn the_glue_becomes_one_factory_that_returns_a_fresh_copy_of_every_export() {
    let factory = glue_factory(GLUE).unwrap();
    assert!(factory.starts_with("import * as snippet from './snippets/x.js';\n"), "imports stay at the module's top");
    let exports: Vec<&str> = factory.lines().filter(|l| l.starts_with("export")).collect();
    assert_eq!(exports, [format!("export function {GLUE_FACTORY}() {{")], "the factory is the module's only export");
    assert!(factory.contains("\nlet wasm;\n"), "the glue's state is declared inside the factory, once per call");
    assert!(factory.contains("\nfunction mount(host, base, n) {\n"));
    assert!(factory.trim_end().ends_with("return { mount, Handle, initSync, default: __wbg_init };\n}"));
}

#[test]
fn glue_with_an_export_the_build_does_not_know_fails_the_build_naming_it() {
    let error = glue_factory("export * from './other.js';\nexport default init;\n").unwrap_err();
    assert!(error.contains("export * from './other.js';"), "{error}");
    let error = glue_factory("export function mount() {}\n").unwrap_err();
    assert!(error.contains("no default export"), "{error}");
}

#[test]
fn the_widget_stylesheets_are_joined_the_tokens_first_and_the_print_rules_last() {
    let names: Vec<String> = stylesheets(Path::new(STYLES_DIR)).unwrap().iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    // Every other file uses the tokens' custom properties; the print rules override the screen's.
    assert!(names.first().is_some_and(|n| n.ends_with("-tokens.css")), "{names:?}");
    assert!(names.last().is_some_and(|n| n.ends_with("-print.css")), "{names:?}");
}

#[test]
fn stylesheets_are_joined_by_the_number_their_names_begin_with_and_one_without_fails_the_build() {
    let dir = std::env::temp_dir().join(format!("stancemap-styles-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["90-print.css", "100-late.css", "20-base.css", ".#20-base.css", "notes.txt"] {
        std::fs::write(dir.join(name), "").unwrap();
    }
    let names = |dir: &Path| stylesheets(dir).map(|files| files.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect::<Vec<_>>());
    assert_eq!(names(&dir), Ok(vec!["20-base.css".to_string(), "90-print.css".into(), "100-late.css".into()]), "by number, not by letter; an editor's file and other files left out");
    std::fs::write(dir.join("scenarios.css"), "").unwrap();
    let error = names(&dir).unwrap_err();
    assert!(error.contains("scenarios.css") && error.contains("place in the cascade"), "{error}");
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::create_dir_all(&dir).unwrap();
    assert!(names(&dir).unwrap_err().contains("holds no stylesheet"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_engine_without_light_dark_gets_each_colour_token_light_and_dark_where_it_would() {
    use stancemap::export::with_colours_without_light_dark as written;
    let css = ".r {\ncolor-scheme: light dark;\n--bg: light-dark(#fff, #111);\n--gap: 1em;\n--fg: light-dark(#222, #eee);\n}\n@media (prefers-contrast: more) {\n.r { --bg: #000; }\n}\n";
    let out = written(css).unwrap();
    let fallback = "@supports not (color: light-dark(#000, #fff)) {\n.r { --bg: #fff; --fg: #222; }\n\
        @media screen and (prefers-color-scheme: dark) { .r:where(:not([data-theme=\"light\"])) { --bg: #111; --fg: #eee; } }\n\
        @media screen { .r:where([data-theme=\"dark\"]) { --bg: #111; --fg: #eee; } }\n}\n";
    // Right after the tokens' rule, before what overrides them (more contrast), the rest as it was.
    assert_eq!(out, css.replacen("}\n", &format!("}}\n{fallback}"), 1), "{out}");
    assert_eq!(written(".r { color: red; }\n").unwrap(), ".r { color: red; }\n", "nothing to write again");
    for (css, why) in [
        (".r {\n--bg: light-dark(#fff, #111);\n}\n.s { color: light-dark(red, blue); }\n", "outside the rule"),
        (".r {\n--bg: light-dark(rgb(1, 2, 3), #111);\n}\n", "a value with parentheses"),
        (".r {\ncolor: light-dark(#fff, #111);\n}\n", "not a token"),
    ] {
        assert!(written(css).is_err(), "{why}");
    }
}

#[test]
fn the_stylesheet_readers_get_has_no_comments_but_every_rule_and_string_as_written() {
    let css = "/* The tokens. */\n:root {\n  --a: 1px; /* after code */\n}\n\n.q::before { content: \"/* not a comment */\"; }\n.e::after { content: '\\'/*'; } /* two\n   lines */\n.x\\\"y { margin: calc(1em - 2px) 1px/**/2px; }\n";
    assert_eq!(compact_css(css).unwrap(), ":root {\n--a: 1px;\n}\n.q::before { content: \"/* not a comment */\"; }\n.e::after { content: '\\'/*'; }\n.x\\\"y { margin: calc(1em - 2px) 1px/**/2px; }\n");
    for (css, why) in [(".a::before { content: 'one\\\n  two'; }\n", "a string continued on the next line"), (".b { background: url(a/*b.png); }\n", "an unquoted url()")] {
        let error = compact_css(css).unwrap_err();
        assert!(error.contains("line 1"), "{why}: {error}");
    }
    // The real stylesheet: every rule kept (as many braces), no comment left.
    let source: String = stylesheets(Path::new(STYLES_DIR)).expect("the stylesheets are listed").iter().map(|path| std::fs::read_to_string(path).expect("a stylesheet reads")).collect::<Vec<_>>().join("\n");
    let compacted = compact_css(&source).unwrap();
    assert!(!compacted.contains("/*") && !compacted.contains("*/"));
    let braces = |css: &str| css.matches('{').count() + css.matches('}').count();
    let in_comments: String = source.split("/*").skip(1).map(|c| c.split_once("*/").map_or(c, |(comment, _)| comment)).collect();
    assert_eq!(braces(&compacted), braces(&source) - braces(&in_comments));
}

#[test]
fn a_script_readers_get_has_no_comment_lines_and_keeps_every_line_of_code() {
    let js = "// A note.\n/**\n * Docs with a `quote.\n */\nfunction f(a) {\n    return a + '//'; // kept: after code\n}\n\n  /* one line */ const b = `x${1}`;\n/* opened\n   here */ g();\n";
    assert_eq!(compact_js(js).unwrap(), "function f(a) {\nreturn a + '//'; // kept: after code\n}\nconst b = `x${1}`;\ng();\n");
    for (script, why) in [
        ("const t = `one\ntwo`;\n", "a template literal over two lines"),
        ("const s = 'one\\\ntwo';\n", "a string continued on the next line"),
        ("f(); /* opened\n// here */\n", "a comment opened after code"),
        ("/* a */ f(); /* opened\n// here */ g();\n", "a comment opened after code that follows a comment"),
    ] {
        let error = compact_js(script).unwrap_err();
        assert!(error.contains("line 1:"), "{why}: {error}");
    }
    // The scripts as written: the lines of code, each as it was, in order.
    for name in ["assets/stancemap-loader.js", "assets/stancemap-embed.js"] {
        let source = std::fs::read_to_string(name).expect("a script reads");
        let compacted = compact_js(&source).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut in_comment = false;
        let code: Vec<&str> = source
            .lines()
            .map(str::trim)
            .filter(|l| {
                let comment = in_comment || l.starts_with("//") || l.starts_with("/*");
                in_comment = (in_comment || l.starts_with("/*")) && !l.contains("*/");
                !comment && !l.is_empty()
            })
            .collect();
        assert_eq!(compacted.lines().collect::<Vec<_>>(), code, "{name}");
    }
}

#[test]
fn the_attributes_that_ask_for_a_start_view_are_the_view_the_tab_and_each_tabs_item() {
    // (`VIEW_ATTRIBUTES` is the head of `ATTRIBUTES`: this keeps the split where it belongs.)
    let mut asked: Vec<&str> = ["data-view", "data-tab"].into_iter().chain(Tab::ALL.iter().filter_map(|tab| tab.attribute())).collect();
    asked.sort_unstable();
    asked.dedup();
    let mut view = VIEW_ATTRIBUTES.to_vec();
    view.sort_unstable();
    assert_eq!(view, asked);
    assert!(ATTRIBUTES[VIEW_ATTRIBUTES.len()..].iter().all(|a| !asked.contains(a)));
}
