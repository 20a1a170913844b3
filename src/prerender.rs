//! The app's first view as HTML, rendered at build time by the app's own
//! components (Yew's server renderer), so the pages paint it before any
//! script has run and the app can replace it without a visible change.
//!
//! Native only: the export step calls it; the wasm never contains it.

use yew::{BaseComponent, Callback, LocalServerRenderer};

use crate::app::{App, AppProps};
use crate::edition::Edition;
use crate::embed::EmbedConfig;
use crate::context::Page;

/// The first view of a widget whose mount element carries `attributes`,
/// with its files served from `base`: exactly what the app renders first.
pub fn first_view(edition: &Edition, attributes: &[(&str, &str)], base: &str) -> String {
    let attr = |name: &str| attributes.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string());
    let config = EmbedConfig::read(&attr, &edition.data);
    // The build's own pages show their edition's language; a snippet's links
    // point at the widget's own page in that language.
    let page = if config.owns_fragment { Page::Own { address: base.to_string().into(), lang: edition.lang() } } else { Page::Widget };
    // The first instance on a page; in the browser each instance has its own shadow root anyway.
    let props = AppProps { prefix: "sm1".into(), config, edition: edition.clone(), host: None, base: base.into(), page, on_rendered: Callback::noop() };
    to_html::<App>(props)
}

/// What component `C` renders with `props`, as HTML without the markers
/// hydration needs: the app replaces what the pages carry, it does not
/// hydrate it.
pub fn to_html<C: BaseComponent>(props: C::Properties) -> String {
    futures::executor::block_on(LocalServerRenderer::<C>::with_props(props).hydratable(false).render())
}
