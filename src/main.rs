//! The wasm entry Trunk bundles: mounts the widget, with a readable error in
//! place of a blank box if anything panics.

fn main() {
    stancemap::start();
}
