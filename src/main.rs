//! The wasm entry Trunk bundles. `stancemap-loader.js` initialises the module
//! and calls `mount_all` with the URL the files are served from.

use wasm_bindgen::prelude::*;


/// Nothing to do at start-up: mounting waits for the loader to say where it lives.
fn main() {}

/// Starts an instance in every `<div data-stancemap>` not yet started.
#[wasm_bindgen]
pub fn mount_all(base: &str) {
    stancemap::mount::mount_all(base);
}

/// Destroys the instance mounted on `host` (for pages that remove widgets).
#[wasm_bindgen]
pub fn unmount(host: web_sys::Element) {
    stancemap::mount::unmount(&host);
}
