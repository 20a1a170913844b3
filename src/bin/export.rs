//! Writes the "get the data" files into a folder: `stancemap-data.json` and
//! `stancemap-stances.csv`. Trunk's post-build hook runs it on the staging dir.

use std::path::PathBuf;

use stancemap::dataset::Dataset;
use stancemap::export::stances_csv;

fn main() {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: stancemap-export <folder>");
        std::process::exit(2);
    };
    let data = Dataset::bundled();
    let json = serde_json::to_string_pretty(&data.records).expect("records serialise");
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("error: cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    };
    write("stancemap-data.json", &json);
    write("stancemap-stances.csv", &stances_csv(&data));
}
