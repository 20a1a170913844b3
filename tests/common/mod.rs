//! A small hand-made dataset for the native tests, so that expectations come
//! from the fixture rather than from what the code happens to compute.
#![allow(dead_code)]

use std::path::PathBuf;

use serde_json::{json, Value};
use stancemap::catalogue::{Catalogue, INTERFACE_DIR};
use stancemap::dataset::Dataset;
use stancemap::lang::Lang;
use stancemap::model::Records;
use stancemap::words::Words;

pub const DOCUMENT: &str = "Alpha said “we will never give up the river” on Monday. About 40 percent agreed.";
/// A second document, which reads Beta differently.
pub const MEMO: &str = "Officials said Beta’s leaders would “rather keep the river” for now.";

/// Three actors, three issues, one scenario: enough to make every query say something.
pub fn records_json() -> Value {
    json!({
        "meta": { "title": "Test talks", "description": "A fixture.", "as_of": "Monday", "reviewed": "2026-01-05" },
        "sources": [
            { "id": "doc", "file": "doc.txt", "headline": "A document", "period": "Monday", "description": "Fixture." },
            { "id": "memo", "file": "memo.txt", "headline": "A memo", "period": "Tuesday", "description": "Fixture." }
        ],
        "issues": [
            { "id": "river", "title": "The river", "short": "River", "proposition": "The river is shared", "summary": "Who gets the river.", "why_hard": "Both want it.", "pillar": "front-line", "figures": ["share"], "glossary": ["buffer"], "sources": ["doc"] },
            { "id": "bridge", "title": "The bridge", "short": "Bridge", "proposition": "A bridge is built", "summary": "A bridge.", "why_hard": "Money.", "sources": ["doc"] },
            { "id": "tolls", "title": "Tolls", "short": "Tolls", "proposition": "Tolls are charged", "summary": "Tolls.", "why_hard": "Nobody says.", "sources": ["doc"] }
        ],
        "actors": [
            { "id": "alpha", "name": "Alpha Land", "short": "Alpha", "group": "belligerent", "people": [{ "name": "A. Person", "role": "Leader", "source": "doc" }] },
            { "id": "beta", "name": "Beta Land", "short": "Beta", "group": "belligerent" },
            { "id": "gamma", "name": "Gamma Union", "short": "Gamma", "group": "institution" }
        ],
        "stances": [
            { "actor": "alpha", "issue": "river", "position": "opposes", "summary": "Will not share.", "quote": { "text": "we will never give up the river", "speaker": "A. Person" }, "basis": "statement", "speaker": "A. Person", "source": "doc" },
            { "actor": "beta", "issue": "river", "position": "supports", "summary": "Wants to share.", "basis": "reported", "source": "doc" },
            { "actor": "beta", "issue": "river", "position": "opposes", "summary": "Officials say its leaders would \"rather keep the river\".", "basis": "reported", "source": "memo" },
            { "actor": "gamma", "issue": "river", "position": "conditional", "summary": "Only with guarantees.", "basis": "analysis", "source": "doc" },
            { "actor": "alpha", "issue": "bridge", "position": "supports", "summary": "Wants a bridge.", "basis": "statement", "speaker": "A. Person", "source": "doc" },
            { "actor": "beta", "issue": "bridge", "position": "open", "summary": "Might agree.", "basis": "reported", "source": "doc" }
        ],
        "scenarios": [
            { "id": "shared-river", "title": "Shared river", "summary": "They share it.", "settles": [{ "issue": "river", "outcome": "Shared.", "option": "share-river" }],
              "reception": [{ "actor": "alpha", "position": "opposes", "note": "No.", "basis": "reported", "source": "doc" }], "sources": ["doc"] }
        ],
        "faq": [
            { "id": "who-owns", "question": "Who owns the river?", "answer": "Nobody agrees on the River yet.", "sources": ["doc"] },
            { "id": "bridge-cost", "question": "What will the bridge cost?", "answer": "The sources do not say.", "sources": ["doc"] }
        ],
        "figures": [{ "id": "share", "value": "40 %", "label": "Who agreed", "quote": "About 40 percent agreed", "source": "doc" }],
        "timeline": [{ "id": "monday", "when": "Monday", "event": "Alpha speaks.", "source": "doc" }],
        "glossary": [{ "id": "buffer", "term": "Buffer zone", "aliases": ["buffer"], "definition": "A strip between forces.", "source": "doc" }],
        "options": [
            { "id": "share-river", "issue": "river", "label": "Share the river", "summary": "Both sides use it.", "proposed_by": "Beta, reportedly", "source": "doc" },
            { "id": "keep-river", "issue": "river", "label": "Alpha keeps the river", "summary": "Alpha alone uses it.", "proposed_by": "Alpha", "source": "doc" },
            { "id": "build-bridge", "issue": "bridge", "label": "Build a bridge", "summary": "A bridge is built.", "proposed_by": "Alpha", "source": "doc" }
        ],
        "reactions": [
            { "option": "share-river", "actor": "alpha", "reaction": "red-line", "summary": "Alpha says it will never give up the river.",
              "quote": { "text": "we will never give up the river", "speaker": "A. Person, Leader" }, "basis": "statement", "speaker": "A. Person", "source": "doc" },
            { "option": "share-river", "actor": "beta", "reaction": "rejects", "summary": "Officials say Beta would rather keep it.",
              "quote": { "text": "rather keep the river", "speaker": "Officials" }, "basis": "reported", "source": "memo" },
            { "option": "keep-river", "actor": "alpha", "reaction": "accepts", "summary": "Alpha wants to keep it.",
              "quote": { "text": "we will never give up the river", "speaker": "A. Person, Leader" }, "basis": "statement", "speaker": "A. Person", "source": "doc" },
            { "option": "build-bridge", "actor": "gamma", "reaction": "conditional", "condition": "If most agree.", "summary": "A reading of the poll.",
              "quote": { "text": "About 40 percent agreed", "speaker": "The document" }, "basis": "analysis", "source": "doc" }
        ],
        "corrections": [{ "date": "2026-01-05", "file": "stances", "record": "beta/river/doc", "change": "It said Beta insists on sharing; it now says Beta wants to share.", "reason": "The document gives no insistence." }]
    })
}

pub fn records() -> Records {
    serde_json::from_value(records_json()).expect("the fixture is well formed")
}

pub fn dataset() -> Dataset {
    Dataset::new(records())
}

/// The fixture with the English words.
pub fn edition() -> stancemap::edition::Edition {
    stancemap::edition::Edition::new(dataset(), stancemap::words::Words::english())
}

/// Writes `records` as a dataset folder (one file per collection, plus the
/// document) under a fresh temporary directory, and returns its path.
pub fn write_dir(name: &str, records: &Value) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("stancemap-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("documents")).unwrap();
    for (key, value) in records.as_object().unwrap() {
        std::fs::write(dir.join(format!("{key}.json")), serde_json::to_string_pretty(value).unwrap()).unwrap();
    }
    std::fs::write(dir.join("documents/doc.txt"), DOCUMENT).unwrap();
    std::fs::write(dir.join("documents/memo.txt"), MEMO).unwrap();
    dir
}

/// `lang`'s interface words, read from its catalogue as another edition's are.
pub fn words(lang: Lang) -> Words {
    let catalogue = Catalogue::read(std::path::Path::new(INTERFACE_DIR), lang).expect("the catalogue reads");
    let words = stancemap::dataset::parse_json::<Words>(&catalogue.compact()).expect("the compact form reads");
    words.checked(lang).expect("the catalogue has every message")
}
