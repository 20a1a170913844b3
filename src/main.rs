//! The wasm entry Trunk bundles. `stancemap-loader.js` instantiates it once
//! per widget on the page and calls `mount` for that widget's `<div>`.

use wasm_bindgen::prelude::*;
use web_sys::Element;

/// Nothing to do at start-up: the loader says what to mount.
fn main() {}

/// Starts the widget in `host`, the `n`th on the page, with its files served from `base`.
#[wasm_bindgen]
pub fn mount(host: Element, base: &str, n: u32) {
    stancemap::mount::mount(host, base, n);
}

/// Destroys the widget in `host` (for pages that remove widgets).
#[wasm_bindgen]
pub fn unmount(host: Element) {
    stancemap::mount::unmount(&host);
}

/// Whether this instance has panicked: stopped for good (its panic hook
/// cannot be installed again), it serves no other widget, so the loader
/// lets it go rather than keep it for the next.
#[wasm_bindgen]
pub fn crashed() -> bool {
    std::thread::panicking()
}

/// Makes this instance panic, so that a host page can see (and test) what
/// readers see if the widget fails: the error message in this widget only.
#[wasm_bindgen]
pub fn simulate_panic() {
    panic!("simulate_panic was called");
}
