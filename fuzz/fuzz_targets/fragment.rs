//! Any bytes as a URL fragment: parsing never panics, and the view it yields
//! links back to itself without a notice.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use stancemap::dataset::Dataset;
use stancemap::tabs::View;

static DATA: OnceLock<Dataset> = OnceLock::new();

fuzz_target!(|bytes: &[u8]| {
    let data = DATA.get_or_init(Dataset::bundled);
    let parsed = View::parse(&String::from_utf8_lossy(bytes), data);
    let again = View::parse(&parsed.view.to_fragment(), data);
    assert!(again.notices.is_empty());
    assert_eq!(again.view, parsed.view);
});
