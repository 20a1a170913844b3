//! Validates `data/ukraine-peace-talks/` and bundles it for the app.
//!
//! A malformed dataset fails the build here, naming the file, the record, the
//! field and the reason. A sound one is written, minified, to
//! `$OUT_DIR/dataset.json`, which `src/dataset.rs` embeds, without its
//! corrections: they ship beside the app (`stancemap-corrections.json`, written
//! by the export step) and load when a reader asks for them.

#[allow(dead_code)]
#[path = "src/ids.rs"]
mod ids;
#[allow(dead_code)]
#[path = "src/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/quotation.rs"]
mod quotation;
#[allow(dead_code)]
#[path = "src/validate.rs"]
mod validate;
#[allow(dead_code)]
#[path = "src/load.rs"]
mod load;
#[allow(dead_code)]
#[path = "src/lang.rs"]
mod lang;
#[allow(dead_code)]
#[path = "src/catalogue.rs"]
mod catalogue;
#[allow(dead_code)]
#[path = "src/translation.rs"]
mod translation;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed={}", load::BUNDLED_DIR);
    println!("cargo:rerun-if-changed={}", catalogue::INTERFACE_DIR);
    // (The modules above are this script's own sources: a change to one
    // rebuilds it, and a rebuilt script runs again.)
    let mut records = load::load_dir(Path::new(load::BUNDLED_DIR)).unwrap_or_else(|problems| refuse("the dataset is not valid", problems));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    interface(&out_dir);
    let out = out_dir.join("dataset.json");
    // Every other language's edition must be complete and up to date (the
    // export step writes it beside the app).
    for lang in &lang::Lang::ALL[1..] {
        if let Err(problems) = translation::translate(Path::new(load::BUNDLED_DIR), *lang, &records) {
            // Named from the crate's root, as the dataset's own files are.
            let named = problems.into_iter().map(|mut p| {
                p.file = Path::new(load::BUNDLED_DIR).join(&p.file).display().to_string();
                p
            });
            refuse(&format!("the {} translation of the dataset is not complete", lang.code()), named.collect::<Vec<_>>());
        }
    }
    records.corrections.clear();
    let json = serde_json::to_string(&records).expect("records serialise");
    std::fs::write(&out, json).expect("write the bundled dataset");
}

/// Checks every interface catalogue against the English one, and writes the
/// typed keys and the English words the app embeds, as Rust constants.
fn interface(out_dir: &Path) {
    let dir = Path::new(catalogue::INTERFACE_DIR);
    let read = |lang| catalogue::Catalogue::read(dir, lang).unwrap_or_else(|problems| refuse(CATALOGUES, problems));
    let catalogues = lang::Lang::ALL.map(read);
    let english = catalogues.iter().find(|c| c.lang == lang::Lang::En).expect("English is a language of the widget");
    let problems: Vec<String> = catalogues
        .iter()
        .flat_map(|c| c.problems(english).into_iter().map(move |p| format!("{}: {p}", catalogue::path(dir, c.lang).display())))
        .collect();
    if !problems.is_empty() {
        refuse(CATALOGUES, problems);
    }
    std::fs::write(out_dir.join("keys.rs"), english.keys_source()).expect("write the catalogue's keys");
    std::fs::write(out_dir.join("words-en.rs"), english.words_source()).expect("write the English words");
    let own = catalogue::Catalogue::own_words_source(&catalogues)
        .unwrap_or_else(|problems| refuse(CATALOGUES, problems.into_iter().map(|(l, p)| format!("{}: {p}", catalogue::path(dir, l).display())).collect()));
    std::fs::write(out_dir.join("words-own.rs"), own).expect("write each language's own words");
}

const CATALOGUES: &str = "the interface catalogues are not valid";

/// Fails the build: `what` is wrong, and each of its `problems`.
fn refuse(what: &str, problems: Vec<impl std::fmt::Display>) -> ! {
    eprintln!("error: {what} ({} problem(s)):", problems.len());
    for p in problems {
        eprintln!("  {p}");
    }
    std::process::exit(1);
}
