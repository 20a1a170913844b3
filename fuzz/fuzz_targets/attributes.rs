//! Any bytes split into embed attribute values: reading them never panics
//! and the start view links back to itself.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use stancemap::dataset::Dataset;
use stancemap::embed::{EmbedConfig, ATTRIBUTES};
use stancemap::tabs::View;

static DATA: OnceLock<Dataset> = OnceLock::new();

fuzz_target!(|bytes: &[u8]| {
    let data = DATA.get_or_init(Dataset::bundled);
    let text = String::from_utf8_lossy(bytes);
    let values: Vec<&str> = text.split('\u{0}').collect();
    let attr = |name: &str| {
        let i = ATTRIBUTES.iter().position(|a| *a == name)?;
        values.get(i).filter(|v| !v.is_empty()).map(|v| v.to_string())
    };
    let config = EmbedConfig::read(&attr, data);
    assert_eq!(View::parse(&config.start.view.to_fragment(), data).view, config.start.view);
});
