//! A run-time dataset must be small, well formed and valid, or it is refused with a reason.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use stancemap::remote::{accept, is_allowed, MAX_BYTES};
use stancemap::words::Words;

#[test]
fn a_valid_dataset_is_accepted() {
    let data = accept(&common::records_json().to_string(), "https://news.example/d.json").expect("the fixture is valid");
    assert_eq!(data.records.meta.title, "Test talks");
    // Its address goes with it, into the code to embed it and the links to it.
    assert_eq!(data.address.as_deref(), Some("https://news.example/d.json"));
}

#[test]
fn each_kind_of_bad_document_is_refused_with_its_reason() {
    let mut dangling = common::records_json();
    dangling["stances"][0]["source"] = "nowhere".into();
    let mut wrong_type = common::records_json();
    wrong_type["actors"] = "everyone".into();
    let cases = [
        ("not json".to_string(), "not a Stancemap dataset"),
        ("[1, 2, 3]".to_string(), "not a Stancemap dataset"),
        ("{}".to_string(), "not a Stancemap dataset"),
        (wrong_type.to_string(), "not a Stancemap dataset"),
        (dangling.to_string(), "unknown sources id \"nowhere\""),
        (format!("{{\"pad\": \"{}\"}}", "x".repeat(MAX_BYTES)), "larger than the 1024 KB limit"),
    ];
    for (text, reason) in cases {
        let error = accept(&text, "https://news.example/d.json").err().unwrap_or_else(|| panic!("accepted: {}", &text[..text.len().min(60)]));
        let words = error.words(&Words::english());
        assert!(words.contains(reason), "{words} lacks {reason}");
    }
}

#[test]
fn only_the_widgets_own_origin_and_the_allow_list_may_serve_data() {
    let own = "https://widgets.example.org";
    assert!(is_allowed(own, own, &[]));
    assert!(is_allowed("https://data.example.org", own, &["https://data.example.org"]));
    assert!(!is_allowed("https://evil.example", own, &["https://data.example.org"]));
    assert!(!is_allowed("https://widgets.example.org.evil.example", own, &[]));
}
