//! Queries the views ask of the dataset, on a small hand-made fixture.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use stancemap::dataset::{Citations, RecordLabel};
use stancemap::dataset::{Dataset, Split};
use stancemap::lang::Lang;
use stancemap::model::{Group, Pillar, Position};

#[test]
fn a_stated_position_is_found_and_silence_is_none() {
    let data = common::dataset();
    assert_eq!(data.stance(&"alpha".into(), &"river".into()).map(|s| s.position), Some(Position::Opposes));
    assert!(data.stance(&"gamma".into(), &"bridge".into()).is_none());
    assert!(data.stance(&"nobody".into(), &"river".into()).is_none());
}

#[test]
fn an_issue_is_disputed_only_with_someone_for_and_someone_against() {
    let data = common::dataset();
    let all = &data.records.actors;
    assert!(data.is_disputed_among(&"river".into(), all));
    assert!(!data.is_disputed_among(&"bridge".into(), all), "supports and open are both on the same side");
    assert!(!data.is_disputed_among(&"river".into(), all.iter().filter(|a| a.id != "alpha")));
}

#[test]
fn the_widest_split_comes_first() {
    let data = common::dataset();
    let order: Vec<&str> = data.most_contested().iter().map(|i| i.id.as_str()).collect();
    assert_eq!(order[0], "river");
    // Each actor's stated line counts once (beta's first reading on the river, not its second).
    let split = |issue: &str| { let s = data.split(&issue.into()); (s.for_, s.against) };
    assert_eq!(split("river"), (2, 1), "beta and gamma (with conditions) for, alpha against");
    assert_eq!(split("bridge"), (2, 0), "beta is open to it");
    assert_eq!(split("tolls"), (0, 0));
}

#[test]
fn a_split_counts_every_actor_once_the_divided_and_the_silent_too() {
    let mut records = common::records();
    records.stances.iter_mut().filter(|s| s.actor.as_str() == "gamma").for_each(|s| s.position = Position::Divided);
    let data = Dataset::new(records);
    assert_eq!(data.split(&"river".into()), Split { for_: 1, against: 1, divided: 1, silent: 0 }, "beta's current line for, alpha against, gamma divided");
    assert_eq!(data.split(&"bridge".into()), Split { for_: 2, against: 0, divided: 0, silent: 1 }, "gamma says nothing on the bridge");
    assert_eq!(data.split(&"tolls".into()), Split { silent: data.records.actors.len(), ..Split::default() });
}

#[test]
fn actors_are_found_by_group_and_issues_by_pillar() {
    let data = common::dataset();
    let belligerents: Vec<&str> = data.actors_in(Group::Belligerent).map(|a| a.id.as_str()).collect();
    assert_eq!(belligerents, ["alpha", "beta"]);
    let front: Vec<&str> = data.issues_in(Pillar::FrontLine).map(|i| i.id.as_str()).collect();
    assert_eq!(front, ["river"]);
}

#[test]
fn scenarios_are_found_by_the_issue_they_settle() {
    let data = common::dataset();
    assert_eq!(data.scenarios_settling(&"river".into()).count(), 1);
    assert_eq!(data.scenarios_settling(&"tolls".into()).count(), 0);
}

#[test]
fn citations_count_every_kind_of_record() {
    let c = common::dataset().citations(&"doc".into());
    let every = Citations { issues: 3, stances: 5, quotes: 1, people: 1, options: 3, reactions: 3, scenarios: 1, receptions: 1, faq: 2, figures: 1, events: 1, terms: 1 };
    assert_eq!(c, every);
    // The memo is cited by one stance and one reaction, and by nothing else.
    assert_eq!(common::dataset().citations(&"memo".into()), Citations { stances: 1, reactions: 1, ..Citations::default() });
    assert_eq!(common::dataset().citations(&"elsewhere".into()), Citations::default());
}

#[test]
fn faq_search_needs_every_word_in_any_order_and_case() {
    let data = common::dataset();
    let ids = |q: &str| data.faq_matching(q, Lang::En).map(|e| e.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids("RIVER nobody"), ["who-owns"]);
    assert_eq!(ids("bridge"), ["bridge-cost"]);
    assert_eq!(ids(""), ["who-owns", "bridge-cost"]);
    assert!(ids("river bridge").is_empty());
}

/// The fixture with its two FAQ entries answered so.
fn answered(first: &str, second: &str) -> Dataset {
    let mut records = common::records();
    records.faq[0].answer = first.into();
    records.faq[1].answer = second.into();
    Dataset::new(records)
}

#[test]
fn faq_search_takes_any_apostrophe_for_any_other() {
    let data = answered("Nobody agrees on the river’s course.", "Kyivʼs sources do not say.");
    for query in ["river's", "river’s", "RIVERʼS"] {
        assert_eq!(data.faq_matching(query, Lang::En).map(|e| e.id.as_str()).collect::<Vec<_>>(), ["who-owns"], "{query}");
    }
    for query in ["kyiv's", "Kyiv’s", "kyivʼs"] {
        assert_eq!(data.faq_matching(query, Lang::En).map(|e| e.id.as_str()).collect::<Vec<_>>(), ["bridge-cost"], "{query}");
    }
}

#[test]
fn faq_search_reads_a_latin_letter_with_or_without_its_accent_and_leaves_cyrillic_letters_as_they_are() {
    let data = answered("Jonas Gahr Støre met Radosław Sikorski in Brussels.", "Зустріч в Україні, кажуть джерела.");
    let ids = |q: &str, lang| data.faq_matching(q, lang).map(|e| e.id.as_str()).collect::<Vec<_>>();
    for query in ["Store", "støre", "STØRE", "Radoslaw", "radosław"] {
        assert_eq!(ids(query, Lang::En), ["who-owns"], "{query}");
    }
    let accented = answered("Nobody agrees.", "Emmanuel Macron said so.");
    assert_eq!(accented.faq_matching("Mâcron", Lang::En).map(|e| e.id.as_str()).collect::<Vec<_>>(), ["bridge-cost"]);
    // "ї" is not "і".
    assert_eq!(ids("Україні", Lang::Uk), ["bridge-cost"]);
    assert!(ids("Украіні", Lang::Uk).is_empty());
}

#[test]
fn faq_search_finds_a_word_in_the_forms_its_language_gives_it() {
    let data = answered("Росії потрібні гарантії, а Україні — мир. Натомість нічого, до розміщення сил.", "The guarantee is not perpetual, the news says.");
    let ids = |q: &str, lang| data.faq_matching(q, lang).map(|e| e.id.as_str()).collect::<Vec<_>>();
    // The case or number the reader types finds the one the answer uses.
    for query in ["Росія", "Росією", "гарантія", "гарантіями", "Україна", "України"] {
        assert_eq!(ids(query, Lang::Uk), ["who-owns"], "{query}");
    }
    for query in ["guarantees", "guarantee's"] {
        assert_eq!(ids(query, Lang::En), ["bridge-cost"], "{query}");
    }
    // An ending goes only where four letters stay, five for "-ові": "Натові" is not "нат…",
    // which would find "Натомість", nor "розмові" "розм…", which would find "розміщення".
    assert!(ids("Натові", Lang::Uk).is_empty());
    assert!(ids("розмові", Lang::Uk).is_empty());
    // A word's other number, where the stem keeps it whole, but never "part…".
    let party = answered("Only partial answers.", "The parties agree.");
    let found = |q: &str| party.faq_matching(q, Lang::En).map(|e| e.id.as_str()).collect::<Vec<_>>();
    for query in ["party", "party's", "parties"] {
        assert_eq!(found(query), ["bridge-cost"], "{query}");
    }
    let party = answered("Only partial answers.", "A party agrees.");
    let found = |q: &str| party.faq_matching(q, Lang::En).map(|e| e.id.as_str()).collect::<Vec<_>>();
    assert_eq!(found("parties"), ["bridge-cost"]);
    // A verb finds its noun and the noun its verb, in either spelling, half
    // typed too.
    let forms = answered(
        "Kyiv will not recognize the occupied territories in negotiations; allies offer guarantees and peacekeeping.",
        "The state of the defense, a promise, and honor.",
    );
    let found = |q: &str, lang| forms.faq_matching(q, lang).map(|e| e.id.as_str()).collect::<Vec<_>>();
    for query in ["recognise", "recognising", "recognition", "Recognized", "recogniz", "negotiate", "negotiating", "guaranteed", "allied", "peacekeepers", "occupation"] {
        assert_eq!(found(query, Lang::En), ["who-owns"], "{query}");
    }
    for query in ["defence", "defens", "promised", "honour", "statement"] {
        assert_eq!(found(query, Lang::En), ["bridge-cost"], "{query}");
    }
    // The older spelling of Kyiv, as many readers still type it.
    for query in ["Kiev", "kiev's"] {
        assert_eq!(found(query, Lang::En), ["who-owns"], "{query}");
    }
    // A root a word shares with another is no stem.
    let roots = answered("Its status is significant, formal, and aggression is a word.", "Nothing here.");
    for query in ["state", "stated", "signed", "former", "agreement", "agreements"] {
        assert!(roots.faq_matching(query, Lang::En).next().is_none(), "{query}");
    }
    let forms = answered("Київ не визнає окупованих територій; визнання неможливе без гарантій.", "Переговори у Львові та Києві визначать згідно з планом.");
    let found = |q: &str, lang| forms.faq_matching(q, lang).map(|e| e.id.as_str()).collect::<Vec<_>>();
    for query in ["визнати", "визнання", "гарантувати"] {
        assert_eq!(found(query, Lang::Uk), ["who-owns"], "{query}: not \"визначать\"");
    }
    // A word as the dictionary gives it finds the forms whose ending opens
    // its last syllable: "Київ" finds "Києві"; "згода" is not "згідно".
    for query in ["Київ", "Львів"] {
        assert_eq!(found(query, Lang::Uk).last(), Some(&"bridge-cost"), "{query}");
    }
    assert_eq!(found("Київ", Lang::Uk), ["who-owns", "bridge-cost"]);
    assert!(found("згода", Lang::Uk).is_empty());
    // And such a form finds the dictionary's: "Києва" finds "Київ" as well as "Києві".
    for query in ["Києва", "Києву", "Києві"] {
        assert_eq!(found(query, Lang::Uk), ["who-owns", "bridge-cost"], "{query}");
    }
    // Those forms are whole words: "осіб" finds "особа", never "особливо".
    let persons = answered("Одна особа.", "Особливо важливо.");
    assert_eq!(persons.faq_matching("осіб", Lang::Uk).map(|e| e.id.as_str()).collect::<Vec<_>>(), ["who-owns"]);
    // Another language's endings are its own: English reads "гарантія" as typed.
    assert!(ids("гарантія", Lang::En).is_empty());
}

#[test]
fn faq_search_reads_a_hyphen_between_digits_as_a_range_as_the_answers_write_it() {
    let data = answered("Roughly 80 to 90% of the items.", "Within 6–12 months, a cease-fire.");
    let ids = |q: &str| data.faq_matching(q, Lang::En).map(|e| e.id.as_str()).collect::<Vec<_>>();
    for query in ["80-90", "80–90", "80 90"] {
        assert_eq!(ids(query), ["who-owns"], "{query}");
    }
    for query in ["6-12", "6‑12", "6 12"] {
        assert_eq!(ids(query), ["bridge-cost"], "{query}");
    }
    // Between letters a hyphen still joins a word, either way.
    assert_eq!(ids("ceasefire"), ["bridge-cost"]);
    // A range's two ends are both wanted, as any two words are: one alone is not enough.
    assert!(ids("90-95").is_empty());
}

#[test]
fn faq_search_reads_the_spellings_names_and_words_vary_by() {
    let data = answered("Zelenskyy wants a cease-fire first.", "Zelensky and the Donbas; a so-called buffer.");
    let ids = |q: &str| data.faq_matching(q, Lang::En).map(|e| e.id.as_str()).collect::<Vec<_>>();
    for query in ["Zelensky", "zelenskyy", "ZELENSKY"] {
        assert_eq!(ids(query), ["who-owns", "bridge-cost"], "{query}");
    }
    for query in ["ceasefire", "cease-fire", "cease fire", "ceasefire zelensky"] {
        assert_eq!(ids(query), ["who-owns"], "{query}");
    }
    for query in ["Donbass", "so called buffer", "socalled"] {
        assert_eq!(ids(query), ["bridge-cost"], "{query}");
    }
    // Letters that differ still differ, and a run of one letter is no wildcard.
    assert!(ids("Zelenska").is_empty());
    assert!(ids("Donbus").is_empty());
    assert!(ids("zzzz").is_empty());
    // Punctuation alone finds nothing; around words, it is no part of them.
    assert!(ids("-").is_empty());
    assert!(ids("?").is_empty());
    assert_eq!(ids("cease -"), ["who-owns"]);
    assert!(ids("bufffer").is_empty());
}

#[test]
fn faq_search_reads_words_whatever_the_punctuation_around_them_from_their_start() {
    let data = answered("Is Article 5 (the NATO clause) on the table? The US says: \"later\".", "Russia must take the river; talks continue.");
    let ids = |q: &str| data.faq_matching(q, Lang::En).map(|e| e.id.as_str()).collect::<Vec<_>>();
    for query in ["is article 5?", "Article 5?", "\"NATO\"", "(NATO)", "nato.", "«NATO»", "'nato'", "Article-5", "table?!"] {
        assert_eq!(ids(query), ["who-owns"], "{query}");
    }
    // A word is looked for as the start of a word, as the reader types it, never inside one.
    assert_eq!(ids("US"), ["who-owns"]);
    // Full stops inside a word are no part of it, in the query and the text alike.
    let dotted = answered("The U.S. and its allies.", "Cooperation, e.g. on the river.");
    let found = |q: &str| dotted.faq_matching(q, Lang::En).map(|e| e.id.as_str()).collect::<Vec<_>>();
    assert_eq!((found("US"), found("U.S."), found("u.s")), (vec!["who-owns"], vec!["who-owns"], vec!["who-owns"]));
    assert_eq!((found("eg"), found("co-operation")), (vec!["bridge-cost"], vec!["bridge-cost"]));
    assert_eq!(ids("tab"), ["who-owns"]);
    assert_eq!(ids("ssia"), Vec::<&str>::new());
    assert_eq!(ids("contin"), ["bridge-cost"]);
}

#[test]
fn faq_search_finds_a_glossary_term_by_any_of_its_forms() {
    let mut records = common::records();
    records.faq[0].answer = "Talks on a cease-fire stalled over the Донбас.".into();
    records.faq[1].answer = "Нова пропозиція щодо припинення вогню.".into();
    let term = |id: &str, term: &str, aliases: &[&str]| stancemap::model::GlossaryTerm {
        id: id.into(),
        term: term.into(),
        definition: "A definition.".into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        source: None,
    };
    records.glossary = vec![
        term("ceasefire", "Ceasefire", &["truce"]),
        term("ceasefire-uk", "Припинення вогню", &["припиненні вогню", "перемир’я", "перемир’ї"]),
        term("donbas", "Донбас", &["Донбасу", "Донбасі"]),
    ];
    let data = Dataset::new(records);
    let ids = |q: &str| data.faq_matching(q, Lang::Uk).map(|e| e.id.as_str()).collect::<Vec<_>>();
    // A synonym, in any apostrophe and case; a case the text does not use; the start of a form, four letters on.
    assert_eq!(ids("truce"), ["who-owns"]);
    for query in ["перемир'я", "ПЕРЕМИР’Я", "перемир’ї", "перемир"] {
        assert_eq!(ids(query), ["bridge-cost"], "{query}");
    }
    assert_eq!(ids("донбасі"), ["who-owns"]);
    assert_eq!(ids("truce донбасу"), ["who-owns"], "every word still needed");
    // Words that are no term's form are looked for as typed.
    assert!(ids("перемога").is_empty());
    // A form of several words finds the term in any of its forms, however the text words it.
    for query in ["припинення вогню", "припиненні вогню", "Припинення вогню?"] {
        assert_eq!(ids(query), ["bridge-cost"], "{query}");
    }
    // Hyphens and spaces, in a form of several words, as in one: however the text and the query write them.
    records = common::records();
    records.faq[0].answer = "A public-private partnership would pay; so would a ceasefire.".into();
    records.faq[1].answer = "Партнерство держави та бізнесу, тобто державно-приватне партнерство.".into();
    records.glossary = vec![
        term("ceasefire", "Ceasefire", &["truce"]),
        term("ppp", "Public-private partnership (PPP)", &["public-private partnership", "державно-приватне партнерство", "державно-приватного партнерства"]),
    ];
    let data = Dataset::new(records);
    let ids = |q: &str| data.faq_matching(q, Lang::Uk).map(|e| e.id.as_str()).collect::<Vec<_>>();
    for query in ["Public-private partnership (PPP)", "державно-приватного партнерства", "public private partnership"] {
        assert_eq!(ids(query), ["who-owns", "bridge-cost"], "{query}");
    }
    for query in ["cease fire", "cease-fire", "truce"] {
        assert_eq!(ids(query), ["who-owns"], "{query}");
    }
    assert!(ids("пер").is_empty(), "three letters name no term");
}

#[test]
fn what_stays_on_a_terms_line_is_the_punctuation_right_after_it() {
    use stancemap::glossary::closing;
    fn kept(text: &str) -> &str {
        &text[..closing(text)]
    }
    assert_eq!(kept("; and then"), ";");
    assert_eq!(kept("»,\u{a0}we"), "»,", "several marks, in any script, up to a space (a no-break one too)");
    assert_eq!(kept("’s demands"), "’", "not the word's letters, which stay joined to it anyway");
    assert_eq!(kept("/EU-led force"), "/", "not a run of words");
    assert_eq!(kept(" and"), "", "a space: nothing");
    assert_eq!(kept(""), "", "the text's end");
    assert_eq!(kept(")."), ").", "to the text's end");
}

#[test]
fn an_issue_card_lists_every_term_its_text_lets_the_reader_open() {
    let mut records = common::records();
    let bridge = records.issues.iter_mut().find(|i| i.id == "bridge").expect("the fixture has a bridge");
    bridge.why_hard = "A buffer is needed first.".into();
    let data = Dataset::new(records);
    let terms = |id: &str| data.terms_of(data.issue(&id.into()).expect("in the fixture")).map(|t| t.id.to_string()).collect::<Vec<_>>();
    assert_eq!(terms("bridge"), ["buffer"], "marked in its text, not named");
    assert_eq!(terms("river"), ["buffer"], "named, and not listed twice");
    assert!(terms("tolls").is_empty());
}

#[test]
fn the_bundled_dataset_parses_from_the_embedded_json() {
    let data = Dataset::bundled();
    assert!(!data.records.stances.is_empty());
    for s in &data.records.stances {
        assert!(data.stance(&s.actor, &s.issue).is_some());
    }
}

#[test]
fn only_plain_https_addresses_become_links() {
    let mut source = common::records().sources.remove(0);
    for (url, link) in [
        ("https://example.org/story", true),
        ("http://example.org/story", false),
        ("javascript:alert(1)", false),
        ("HTTPS://example.org", false),
        ("https://example.org/a b", false),
        ("data:text/html,<script>alert(1)</script>", false),
    ] {
        source.url = Some(url.into());
        assert_eq!(source.link().is_some(), link, "{url}");
    }
    source.url = None;
    assert_eq!(source.link(), None);
}

#[test]
fn where_sources_differ_every_reading_is_kept_with_the_current_line_first() {
    let data = common::dataset();
    let sources: Vec<&str> = data.readings(&"beta".into(), &"river".into()).iter().map(|s| s.source.as_str()).collect();
    assert_eq!(sources, ["doc", "memo"], "in file order");
    assert_eq!(data.stance(&"beta".into(), &"river".into()).map(|s| s.source.as_str()), Some("doc"));
    assert!(data.readings(&"gamma".into(), &"bridge".into()).is_empty(), "silence stays silence");
}


#[test]
fn a_correction_names_its_record_as_readers_know_it() {
    let data = common::dataset();
    let correction = &data.records.corrections[0];
    let document = data.source(&"doc".into()).cloned().unwrap();
    assert_eq!(data.record_label(correction), RecordLabel::Reading { actor: "Beta Land".into(), on: "The river".into(), source: document.clone() });
    let reaction = stancemap::model::Correction { file: "reactions".into(), record: "share-river/alpha/doc".into(), ..correction.clone() };
    assert_eq!(data.record_label(&reaction), RecordLabel::Reading { actor: "Alpha Land".into(), on: "Share the river".into(), source: document });
    let option = stancemap::model::Correction { file: "options".into(), record: "share-river".into(), ..correction.clone() };
    assert_eq!(data.record_label(&option), RecordLabel::Title("Share the river".into()));
    // A stance no longer there (removed, or citing another source now) is read from its id.
    assert!(!data.records.stances.iter().any(|s| s.key() == "beta/tolls/memo"));
    let removed = stancemap::model::Correction { record: "beta/tolls/memo".into(), removed: true, ..correction.clone() };
    let memo = data.source(&"memo".into()).cloned().unwrap();
    assert_eq!(data.record_label(&removed), RecordLabel::Reading { actor: "Beta Land".into(), on: data.issue(&"tolls".into()).unwrap().title.clone(), source: memo });
    let reaction = stancemap::model::Correction { file: "reactions".into(), record: "keep-river/gamma/memo".into(), removed: true, ..correction.clone() };
    let (gamma, keep) = (data.actor(&"gamma".into()).unwrap().name.clone(), data.option(&"keep-river".into()).unwrap().label.clone());
    assert_eq!(data.record_label(&reaction), RecordLabel::Reading { actor: gamma, on: keep, source: data.source(&"memo".into()).cloned().unwrap() }, "a reaction likewise");
    // One whose id names something the dataset no longer holds, by its id.
    for (file, record) in [("stances", "beta/ferry/doc"), ("reactions", "share-river/alpha/gone"), ("figures", "gone")] {
        let gone = stancemap::model::Correction { file: file.into(), record: record.into(), removed: true, ..correction.clone() };
        assert_eq!(data.record_label(&gone), RecordLabel::Id(record.into()), "{file} {record}");
    }
}

#[test]
fn a_willingness_to_let_a_proposition_go_on_a_condition_counts_against_it() {
    let mut records = common::records();
    let mut forgo = records.stances.iter().find(|s| s.actor.as_str() == "gamma" && s.issue.as_str() == "river").unwrap().clone();
    forgo.issue = "bridge".into();
    forgo.position = Position::OpposesIf;
    records.stances.push(forgo);
    let data = Dataset::new(records);
    let split = data.split(&"bridge".into());
    assert_eq!((split.for_, split.against), (2, 1), "gamma would do without the bridge, on a condition: against it, as “No, if” says");
    assert!(data.is_disputed_among(&"bridge".into(), &data.records.actors));
}
