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
#[path = "src/validate.rs"]
mod validate;
#[allow(dead_code)]
#[path = "src/load.rs"]
mod load;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed={}", load::BUNDLED_DIR);
    for file in ["src/ids.rs", "src/model.rs", "src/validate.rs", "src/load.rs"] {
        println!("cargo:rerun-if-changed={file}");
    }
    let mut records = match load::load_dir(Path::new(load::BUNDLED_DIR)) {
        Ok(records) => records,
        Err(problems) => {
            eprintln!("error: the dataset is not valid ({} problem(s)):", problems.len());
            for p in &problems {
                eprintln!("  {p}");
            }
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.json");
    records.corrections.clear();
    let json = serde_json::to_string(&records).expect("records serialise");
    std::fs::write(&out, json).expect("write the bundled dataset");
}
