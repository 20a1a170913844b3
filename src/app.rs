//! The widget: header, tabs, the open view and the footer, around one reducer.
//!
//! # History, Back and focus
//!
//! `route` decides, natively tested, whether a view makes a new history
//! entry, rewrites the one the page is on, or leaves it, and which view Back
//! or Forward shows; the hooks here carry that out.
//!
//! **Who writes the fragment.** The widget's own pages do; a direct mount
//! only with `data-fragment="own"`, and then:
//! - it leaves the article's address as it opened until the reader moves,
//!   whatever view its attributes start on;
//! - it leaves the article's own anchors alone (`browser::links_a_view`: a
//!   fragment naming no view, or one that is an id in the article, which the
//!   widget writes with a `/` after it, `browser::written`); Back to the bare
//!   address shows the view its entry kept, else the start view;
//! - on an article only, when it leaves an entry, it writes into
//!   `history.state` the view the entry showed, under `stancemapView`, and
//!   only where the host keeps no state of its own; it is read only when
//!   Back or Forward lands on an anchor, to show that view again (on the
//!   widget's own pages every address names its view, and the entry left is
//!   not written again, which would cost a layout);
//! - an entry it adds carries the host's own state, for a single-page app's
//!   router; Back or Forward to another path is that router's business.
//!
//! **One entry for a run.** A run of keyboard steps through the tabs writes
//! one entry (`State::steps`); so does typing in the search
//! (`Section::typed`: the address and the view read as links), and so do
//! choices in a row in one list, however many options the arrow keys pass
//! over (the options for one issue of the deal, the matrix's group, issue or
//! either actor compared, either scenario compared: `Section::chosen`,
//! `route::chosen`). `App` remembers the run, its list and the entry it
//! wrote: a further choice in that list rewrites the entry
//! (`Painted::again`); a choice that leaves the list empty, or any other
//! change, is a new entry; Back, Forward or a link ends the run. A choice
//! back to where the run started rewrites the entry too, so Back then shows
//! that view twice, rather than the widget stepping back through a history
//! it shares with the article and other frames. With `data-history="replace"`
//! (on the widget's own pages `?history=replace`, which an iframe's address
//! carries) each of those entries rewrites the one the page is on instead
//! (`embed::History`, `route::moved`; an article's own anchor still keeps its
//! entry), so Back leaves the article; the loader does the same for a tab or
//! link of the prerendered view followed before the app arrives.
//!
//! **When it is written.** The address is written after the view it names is
//! painted (`browser::after_paint`): a history entry makes the browser lay out
//! the page first. A link's is written before its view is built
//! (`use_fragment`'s dispatch), so that the entry it leaves behind records
//! the reader's place, and the page as it was, for Back. A link read from the
//! address (opened on the page, Back, Forward) is written back as its view's
//! own link even where that view was already on screen (`State::navigations`),
//! so a link the widget could not use in full never stays in the address to
//! be shared.
//!
//! **A link inside the widget** that opens another tab takes the reader there
//! (`State::links_taken`, `use_follow`): focus on the item it opened or the
//! panel, scrolled into view when out of view (in the iframe, by the host
//! script), after the paint; the tab list moves nothing.
//!
//! **A link to one item** (an issue, an answer, a source, a matrix cell, an
//! actor's profile) starts the standalone page scrolled to it, with focus on
//! it (`Widget::linked_item`: its button, heading, or the title of the cell's
//! detail or the profile), so that the first Tab goes on from there; in an
//! article or an iframe the start view moves neither the page nor focus (a
//! cell open in the first view counts as opened by the link,
//! `use_open_cell`). A link to a view followed later from outside the widget
//! (the article's own, an address typed or pasted; not a bare `#`) takes the
//! reader there as a link to an anchor does: its item, else its panel,
//! brought into view and focused after the paint (`take_reader_to`). Only the
//! Navigation API's `navigate` event tells such a navigation from Back or
//! Forward, which both fire `popstate` (`browser::on_navigation`; the
//! widget's own `pushState` fires none); without it, the widget treats it as
//! Back or Forward.
//!
//! **Back or Forward never strands focus.** Where focus was in the widget and
//! is now gone, on a tab no longer selected, or off screen where the browser
//! put the page back (never in the iframe, which is as tall as its content),
//! it goes to what the reader sees, the first of:
//! - a link to the view Back or Forward left: the one the reader followed
//!   there, which `use_fragment` remembers, since many links lead to one view
//!   (every citation of a source); not where focus was on a tab; on the
//!   iframe page only that one, as the first link there to the view may be
//!   the footer's;
//! - the button of the card or answer that closed around it;
//! - the item the view opens (or, on the same tab, the card it closed, or
//!   the matrix's cell whose detail it closed, `Widget::closed_item`; either
//!   only where it can take focus), or the selected tab if in view (the tab
//!   first where focus was on a tab);
//! - else the item the view opens (or what it closed) where what it heads
//!   is partly on screen, its heading above (the page put back as it was
//!   after the view), brought into view;
//! - else the first control in view, else the item brought into view, else
//!   the selected tab.
//!
//! Nothing else scrolls the standalone page (but a late Back's view, below),
//! and the iframe page, all of it in view to itself, asks the article to
//! bring what took focus into view (`browser::keep_focus`). What a hidden
//! panel or a closed disclosure body holds (`SKIPPED`) is never chosen nor
//! measured: measuring would lay it out.
//!
//! **A late Back.** Focus and place wait for the render that shows Back's
//! view, not its event (`use_moves`). Yew renders it in the `popstate`'s
//! microtasks, before the browser puts the page back, unless a long run of
//! its own has just yielded to the browser (its scheduler does after 16 ms,
//! on a slow phone often); then it renders a task later, after a paint, on a
//! page put back while it showed the view left and cut to that view's
//! height. There the widget puts the page back itself, as it was when it last
//! left that history entry (`browser::record_return`: the place each entry
//! had when a new entry of the widget's, a link to a fragment, Back or
//! Forward left it, for the last fifty; entries told apart by the Navigation
//! API's keys, else by their address, and then none where the entry left and
//! the one come to are one address, which only the browser can tell apart;
//! none where the page restores its own scroll,
//! `history.scrollRestoration = "manual"`). A link's move not yet done when
//! Back comes, waiting for its paint or its render's effects, is superseded
//! (`Moves`: one slot for focus work waiting for a paint, shared by a link's
//! move, `use_follow`, and a move read from the address, the later winning;
//! `State::links_superseded`): it never runs, and where it leaves focus on
//! nothing (the link it was on is hidden), focus counts as the widget's.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::browser;
use crate::components::embed_code::EmbedCode;
use crate::components::progressive::Opened;
use crate::components::switch::{switch, Choice};
use crate::components::tabs::Tabs;
use crate::components::source_citation::use_citation_links;
use crate::components::view_link::view_link;
use crate::context::{use_kept_in_place, Page, Printing, Widget};
use crate::edition::Edition;
use crate::lang::Lang;
use crate::embed::{Chrome, EmbedConfig, History, HostEvent};
use crate::notice::Notice;
use crate::route::{self, Address, Entry, Painted};
use crate::tabs::{Tab, View};
use crate::state::{Action, State, Theme};
use crate::words::{self, P, T};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Prefixes this instance's element ids.
    pub prefix: AttrValue,
    pub config: EmbedConfig,
    /// The data and words it starts with, in the language asked for.
    pub edition: Edition,
    /// The page element the instance is mounted on; host events are sent
    /// there. None when the build prerenders the first view.
    #[prop_or_default]
    pub host: Option<Element>,
    /// Where the widget's files are served from, for the embed snippets.
    pub base: AttrValue,
    /// Where links to a view point.
    pub page: Page,
    /// Called once the first render is in the page: the mount then swaps out
    /// the prerendered first view.
    #[prop_or_default]
    pub on_rendered: Callback<()>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let config = &props.config;
    let edition = use_state(|| props.edition.clone());
    // Keyed by the edition's addresses: comparing datasets by value on every render would be slow.
    let key = (Rc::as_ptr(&edition.data) as usize, Rc::as_ptr(&edition.words) as usize, props.prefix.clone());
    // One root for the widget's life: another edition is another `Widget`, on the same element.
    let root = use_node_ref();
    let started = use_memo((), |_| Rc::new(std::cell::Cell::new(false)));
    let navigating = use_memo((), |_| Rc::new(std::cell::Cell::new(false)));
    // Whether a print is under way: listened for here, from the start, so
    // that what a tab has just drawn prints whole though its own effects
    // have not run (Yew may let a task pass between). It renders in the
    // event's microtasks, before the browser lays the page out for paper,
    // when Yew is idle; in the task Yew let pass, only after. Not on the
    // iframe page: an article prints its iframe at the height it has on
    // screen, so the widget prints there as it is, not grown and cut off.
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        let framed = props.host.as_ref().is_some_and(|host| host.has_attribute(crate::mount::POST_HEIGHT));
        use_effect_with((), move |_| {
            let on = |kind, value: bool| {
                let printing = printing.clone();
                EventListener::new(&gloo_utils::window(), kind, move |_| printing.set(value))
            };
            let listeners = (!framed).then(|| [on("beforeprint", true), on("afterprint", false)]);
            move || drop(listeners)
        });
    }
    let widget = use_memo(key, |(_, _, prefix)| Widget {
        data: edition.data.clone(),
        words: edition.words.clone(),
        prefix: prefix.clone(),
        root,
        base: props.base.clone(),
        page: props.page.clone(),
        started: (*started).clone(),
        navigating: (*navigating).clone(),
    });
    let state = use_reducer(|| State { view: config.start.view.clone(), notices: config.start.notices.clone(), theme: config.theme, ..State::default() });
    let moves = use_moves(&state, (*navigating).clone());
    let dispatch = use_fragment(config.owns_fragment, config.history, matches!(props.page, Page::Host(_)), &widget, &state, moves.clone());
    use_follow(&widget, &state, props.host.clone(), moves);
    use_host_events(props.host.clone(), config.left.as_ref(), &state.view, edition.lang());
    use_host_theme(props.host.clone(), &state);
    let (on_lang, coming) = use_language(edition.clone(), &state, props.base.clone(), props.page.clone(), &widget);
    let on_citation = use_citation_links(dispatch.clone());
    use_page_address(state.theme, edition.lang(), &props.page);
    use_page_title(state.view.tab, &edition, &props.page);
    // The first render is in the page: swap out the prerendered view, and mark
    // it for `make bench` (Element Timing cannot see into shadow roots).
    let on_rendered = props.on_rendered.clone();
    {
        // A link to one item (`#faq/article-5`, a matrix cell) starts the
        // standalone page there, and the keyboard with it, as a link to a
        // fragment of a page does: the next Tab goes on from the item, not
        // from the top (unless the reader is already somewhere). In an
        // article (even one asking for the standalone chrome) or an iframe
        // the host page keeps its place and its focus.
        let own_page = matches!(props.page, Page::Own { .. }) && config.chrome == Chrome::Standalone;
        let start = use_memo((), |_| own_page.then(|| config.start.view.clone()));
        let widget = widget.clone();
        use_effect_with((), move |_| {
            widget.started.set(true);
            on_rendered.emit(());
            browser::mark("stancemap:rendered");
            if let Some(view) = (*start).as_ref()
                && let Some(item) = view.tab.linked(view).and_then(|[kind, id]| widget.element(&[&kind, &id]))
            {
                browser::scroll_to(&item);
                if browser::focused_in(&widget.root).is_none()
                    && let Some(target) = widget.linked_item(view)
                {
                    browser::focus(&target, false);
                }
            }
        });
    }

    let view = state.view.clone();
    let meta = &widget.data.records.meta;
    let w = &widget.words;
    // Before the notices, what they say in another language, in it: that
    // its edition could not be loaded, for a reader who may read no English.
    let own_words = state.notices.iter().filter_map(|n| n.own_words(w.lang))
        .map(|(lang, text)| html! { <><span lang={lang.code()} dir={lang.dir()}>{ text }</span>{ " " }</> });
    let Panels { shown: panels, laying_out, opened } = use_panels(&view, widget.root.clone(), matches!(props.page, Page::Own { .. }));
    {
        let widget = widget.clone();
        use_effect_with(laying_out, move |&tab| {
            if let Some(panel) = tab.and_then(|tab| widget.element(&["panel", tab.slug()])) {
                browser::lay_out_unseen(&panel);
            }
        });
    }
    let panels = panels.into_iter().map(|shown| {
        let tab = shown.tab;
        html! {
            <div class="sm-panel" role="tabpanel" tabindex="-1" key={tab.slug()} id={widget.id(&["panel", tab.slug()])}
                aria-labelledby={widget.id(&["tab", tab.slug()])} hidden={tab != view.tab}
                aria-hidden={(tab != view.tab).then_some("true")}>
                <ContextProvider<Opened> context={Opened(opened.contains(&tab))}>{ tab.panel(shown, dispatch.clone()) }</ContextProvider<Opened>>
            </div>
        }
    });
    let themes = Theme::ALL.into_iter().map(|t| {
        // The host hears the reader's choice (`stancemap:theme`), not the widget following its `data-theme`.
        let (host, dispatch, lang, on) = (props.host.clone(), dispatch.clone(), edition.lang(), state.theme == t);
        Choice {
            label: w.t(t.label()).to_string().into(),
            lang: None,
            on,
            onclick: Callback::from(move |_: MouseEvent| {
                if let Some(host) = host.as_ref().filter(|_| !on) {
                    browser::notify(host, &HostEvent::Theme { theme: t.slug() }, lang);
                }
                dispatch.emit(Action::SetTheme(t));
            }),
        }
    });
    // Each language by its own name, in itself.
    let languages = Lang::ALL.into_iter().map(|l| Choice {
        label: l.endonym().into(),
        lang: Some(l.code()),
        on: edition.lang() == l,
        onclick: on_lang.reform(move |e: MouseEvent| (l, e.target_dyn_into::<Element>())),
    });
    // The notice's button goes with it: the reader's focus goes to the tab shown, just below.
    let on_dismiss = {
        let (dispatch, widget, tab) = (dispatch.clone(), widget.clone(), view.tab);
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::DismissNotice);
            widget.focus(&["tab", tab.slug()]);
        })
    };
    let header = match config.chrome {
        Chrome::Standalone => html! {
            <header class="sm-header">
                <p class="sm-brand">{ w.t(T::Brand) }</p>
                <h1 class="sm-title">{ &meta.title }</h1>
                <p class="sm-description">{ &meta.description }</p>
            </header>
        },
        Chrome::Embedded => html! {
            <header class="sm-header">
                <p class="sm-brand">{ w.t(T::Brand) }</p>
                <h2 class="sm-title sm-title-embedded">{ &meta.title }</h2>
            </header>
        },
    };
    html! {
        <ContextProvider<Widget> context={(*widget).clone()}><ContextProvider<Printing> context={Printing(*printing)}>
            // The widget says which language it is in: on an article in
            // another language it would otherwise inherit the page's, and be
            // read aloud, hyphenated and offered for translation as such.
            <div class="sm-root" lang={edition.lang().code()} dir={edition.lang().dir()} data-theme={state.theme.slug()} ref={widget.root.clone()}>
                { header }
                // Prerendered only: the stylesheet shows it where no app will
                // take this view over (no scripts, or none that could start).
                if props.host.is_none() {
                    <p class="sm-static-note">{ w.t(T::ViewStatic) }</p>
                }
                if !state.notices.is_empty() {
                    <div class="sm-notice" role="status">
                        <p>{ for own_words }{ state.notices.iter().map(|n| n.words(w)).collect::<Vec<_>>().join(" ") }</p>
                        <button type="button" class="sm-button" onclick={on_dismiss}>{ w.t(T::NoticeDismiss) }</button>
                    </div>
                }
                <Tabs current={view.tab} on_select={dispatch.reform(Action::ShowTab)} on_step={dispatch.reform(Action::StepTab)} />
                // Prerendered only: where a link asks for another view, or
                // the reader chooses one, the loader shows it until the app does.
                if props.host.is_none() {
                    <p class="sm-waiting" role="status">{ w.t(T::ViewLoading) }</p>
                }
                // Keyed, so in a container of their own: a keyed list among
                // unkeyed siblings makes Yew move the tab the reader is on.
                <div class="sm-panels" onclick={on_citation}>{ for panels }</div>
                <footer class="sm-footer">
                    <p><strong>{ w.t(T::FooterAsOf) }</strong>{ " " }{ &meta.as_of }{ " " }{ w.f(T::FooterReviewed, &[("date", &w.date(&meta.reviewed))]) }</p>
                    <p>{ w.n(P::FooterBuiltFrom, widget.data.records.sources.len(), &[]) }{ " " }
                        { view_link(&widget, w.t(T::FooterSources), Action::GoTo(Tab::Sources), &dispatch) }
                    </p>
                    { switch(widget.id(&["theme-switch"]), w.t(T::FooterTheme), themes) }
                    // A run-time dataset comes in one language: the newsroom's.
                    if config.dataset_url.is_none() {
                        { switch(widget.id(&["language-switch"]), w.t(T::FooterLanguage), languages) }
                        // In the app from its first render (never in the prerendered view,
                        // whose switch loads nothing), so that a screen reader announces
                        // what appears in it.
                        if props.host.is_some() {
                            <p class="sm-switch-status" role="status" lang={coming.map(Lang::code)} dir={coming.map(Lang::dir)}>{ coming.map(words::on_its_way) }</p>
                        }
                    }
                    <EmbedCode view={view.clone()} />
                </footer>
            </div>
        </ContextProvider<Printing>></ContextProvider<Widget>>
    }
}

/// The panels in the page, each with the view it last showed, in tab order.
///
/// Panels the reader has opened stay in the page, hidden: their props do not
/// change, so a tab switch renders only the panel coming into view, and a
/// panel shown again keeps its DOM. The others are rendered ahead, hidden,
/// the matrix first, one each time the browser is idle, from the start on
/// the widget's own page (`own_page`), and in an article once the reader
/// reaches for the widget (a pointer over it, focus in it). A panel rendered
/// ahead shows the view as if its tab had been opened then, and is styled and
/// laid out once, unseen, as soon as it is built (`laying_out`,
/// `browser::lay_out_unseen`), so opening it
/// for the first time builds no DOM and mostly paints it (it re-renders what
/// changed since). Panels
/// already in the page are never laid out again. Widgets nobody reaches for,
/// like the others on an article with several, render nothing ahead.
#[hook]
fn use_panels(view: &View, root: NodeRef, own_page: bool) -> Panels {
    let reached = use_state_eq(|| own_page);
    {
        let reached = reached.clone();
        use_effect_with((), move |_| {
            let listeners = root.cast::<Element>().map(|root| {
                let on = |kind| {
                    let reached = reached.clone();
                    EventListener::once(&root, kind, move |_| reached.set(true))
                };
                [on("pointerover"), on("focusin")]
            });
            move || drop(listeners)
        });
    }
    let in_page = use_mut_ref(Vec::<View>::new);
    // The tabs the reader has opened: never laid out unseen.
    let opened = use_mut_ref(Vec::<Tab>::new);
    if !opened.borrow().contains(&view.tab) {
        opened.borrow_mut().push(view.tab);
    }
    // The panel rendered ahead last (laid out unseen as soon as it is in
    // the page: `App`, `browser::lay_out_unseen`).
    let ahead = use_state_eq(|| None::<Tab>);
    let mut shown = in_page.borrow_mut();
    match shown.iter_mut().find(|v| v.tab == view.tab) {
        Some(last) => *last = view.clone(),
        None => shown.push(view.clone()),
    }
    if let Some(tab) = (*ahead).filter(|&tab| !shown.iter().any(|v| v.tab == tab)) {
        shown.push(View { tab, ..view.clone() });
    }
    // The matrix first: the view the explainer is named for, and the one that
    // takes longest to build on a click (about twice any other panel); then
    // tab order.
    let next = std::iter::once(Tab::Matrix).chain(Tab::ALL.iter().copied()).find(|&tab| !shown.iter().any(|v| v.tab == tab));
    {
        let ahead = ahead.clone();
        use_effect_with((*reached, next), move |&(reached, next)| {
            let idle = (reached && next.is_some()).then(|| browser::when_idle(browser::Wait::WhileBusy, move || ahead.set(next)));
            move || drop(idle)
        });
    }
    Panels {
        shown: Tab::ALL.iter().filter_map(|&tab| shown.iter().find(|v| v.tab == tab).cloned()).collect(),
        laying_out: (*ahead).filter(|tab| !opened.borrow().contains(tab)),
        opened: opened.borrow().clone(),
    }
}

/// What `use_panels` puts in the page.
struct Panels {
    shown: Vec<View>,
    laying_out: Option<Tab>,
    /// The tabs the reader has opened (a panel rendered ahead holds its
    /// long lists at their first items until then: `progressive::Opened`).
    opened: Vec<Tab>,
}

/// When the instance owns the page's fragment, keeps view and fragment in
/// step: reads it on back/forward (`mount` already started on it), and
/// writes every change so that each view can be linked. On an article
/// (`on_article`), a fragment that names no view is the article's own anchor:
/// Back or Forward to it shows the view the widget left in its entry
/// (`browser::kept_view`), and otherwise the view stays as it is; so does
/// the article's bare address (no fragment at all), which, where its entry
/// kept no view, shows the one the widget started on. Returns the widget's
/// one dispatch callback.
#[hook]
fn use_fragment(enabled: bool, history: History, on_article: bool, widget: &Widget, state: &UseReducerHandle<State>, moves: Moves) -> Callback<Action> {
    let data = widget.data.clone();
    // The listener lives as long as the widget; the edition it reads links
    // against is the one on screen (the reader may have switched language).
    let on_screen = use_mut_ref(|| widget.clone());
    *on_screen.borrow_mut() = widget.clone();
    // The paths of the page the widget has written entries on, from the one
    // it started on (a host may change its path later, a slug made canonical).
    let paths = use_mut_ref(Vec::<String>::new);
    // A run of choices in one list (`route::chosen`): the list and the entry
    // it wrote (its fragment). Back, Forward and a link end it.
    let chose = use_mut_ref(|| None::<(String, String)>);
    // The view the widget started on, which an article's bare address shows
    // where its entry kept none (a host's router keeps its own state there).
    let start = use_memo((), |_| state.view.to_fragment());
    let written_on = {
        let paths = paths.clone();
        move || {
            let path = browser::path();
            if !paths.borrow().contains(&path) {
                paths.borrow_mut().push(path);
            }
        }
    };
    // The state last rendered, for callbacks that live longer than a render
    // (a handle kept there would hold every state it was read for).
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    {
        let (state, chose, latest) = (state.clone(), chose.clone(), latest.clone());
        // Back or forward may hide or close what holds the reader's focus
        // (an item, a panel a link focused) or leave it on a tab no longer
        // selected: once the view is painted it goes to what the reader sees
        // there (`browser::keep_focus`), and the page stays where the browser
        // puts it back (or puts it there itself where the view came late:
        // `use_moves`).
        // The link the reader last followed: Back gives focus to it, not to
        // the first link to the same view (many cite one source).
        let followed = use_mut_ref(|| None::<Element>);
        let root = widget.root.clone();
        use_effect_with(enabled, move |&enabled| {
            let listeners = enabled.then(|| {
                let on_click = root.cast::<Element>().map(|root| {
                    let followed = followed.clone();
                    EventListener::new(&root, "click", move |e| {
                        *followed.borrow_mut() = e.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|t| t.closest("a[href]").ok().flatten());
                    })
                });
                // On an article, an entry of a path the widget has not been
                // on (a single-page app's next article, which its router
                // shows) is not the widget's.
                let paths = paths.clone();
                paths.borrow_mut().push(browser::path());
                let chose = chose.clone();
                // The address the last `popstate` read: the `hashchange` that
                // follows it is the same move, and leaves focus to the first
                // (it may be gone by then).
                let popped = Rc::new(RefCell::new(None::<String>));
                // Whether the move that fired this `popstate` was a link to a
                // fragment followed or typed, not Back or Forward: only the
                // Navigation API's `navigate` event, where there is one,
                // tells them apart.
                let (arriving, on_navigate) = browser::on_navigation();
                let navigate = move |popping: bool| {
                    // Where Back or Forward returns the page to; a link followed to a fragment only moves on.
                    let place = match popping && !arriving.get() {
                        true => browser::record_return(),
                        false => {
                            browser::now_at();
                            None
                        }
                    };
                    if on_article && !paths.borrow().contains(&browser::path()) {
                        return;
                    }
                    chose.borrow_mut().take();
                    let arrived = arriving.replace(false);
                    // An article's own address, bare or an anchor, shows what its entry kept (`route::entry`).
                    let (now, kept) = (browser::fragment(), browser::kept_view());
                    let again = match popping {
                        true => {
                            *popped.borrow_mut() = Some(now.clone());
                            false
                        }
                        false => popped.take().is_some_and(|then| then == now),
                    };
                    if let Some(fragment) = route::returned_to(&now, browser::links_a_view(&now), browser::bare(), kept.as_deref(), &start, on_article) {
                        let widget = on_screen.borrow().clone();
                        // Focus is the widget's too where a move was still to bring it
                        // there (a link's, whose link is hidden, or Back's), and it is on
                        // nothing; or where a move not yet rendered was to move it. The
                        // `hashchange` after a `popstate` leaves the popstate's be.
                        let superseded = !again && moves.supersede(latest.borrow().links_taken) && browser::focus_on_nothing();
                        let earlier = moves.take_pending_focus();
                        let focused = browser::focused_in(&widget.root).is_some() || superseded || earlier.is_some();
                        let parsed = View::parse(&fragment, &widget.data);
                        let view = parsed.view.clone();
                        // The view left, if another: focus goes back to its link.
                        let left_view = latest.borrow().view.clone();
                        let left = Some(left_view.to_fragment()).filter(|left| *left != view.to_fragment());
                        widget.navigating.set(true);
                        let focusing: Option<Box<dyn FnOnce()>> = if again {
                            // The `hashchange` after a `popstate`: the same move, with its focus work.
                            earlier
                        } else if arrived && !now.is_empty() {
                            // A link to a view followed from outside the
                            // widget (the article's, the address bar's) takes
                            // the reader there, as a link to an anchor does
                            // (not a bare `#`, an article's "top of the page").
                            let host = browser::host_of(&widget.root);
                            Some(Box::new(take_reader_to(widget, view, host)))
                        } else if focused {
                            let followed = followed.borrow().clone();
                            Some(Box::new(move || {
                                // What the view opens, else, on the same tab, what it closed (`Widget::closed_item`).
                                let closed = || (left_view.tab == view.tab).then(|| widget.closed_item(&left_view)).flatten();
                                let item = widget.linked_item(&view).or_else(closed);
                                browser::keep_focus(&widget.root, left.as_deref(), item, followed)
                            }))
                        } else {
                            None
                        };
                        moves.dispatch(focusing, place, || state.dispatch(Action::Navigate(Box::new(parsed))));
                    }
                };
                let window = gloo_utils::window();
                let on_pop = { let navigate = navigate.clone(); EventListener::new(&window, "popstate", move |_| navigate(true)) };
                (on_pop, EventListener::new(&window, "hashchange", move |_| navigate(false)), on_click, on_navigate)
            });
            move || drop(listeners)
        });
    }
    // The start view rewrites the entry the page was opened with (a link
    // tidied), so Back leaves the page as before; an article opened without
    // a fragment keeps its address until the reader moves (`route::entry`).
    let started = use_mut_ref(|| false);
    // The view last painted, which the entry a new one leaves keeps (not
    // one replaced before it was ever seen).
    let shown = use_mut_ref(|| state.view.clone());
    // Whether the entry on the address was written by a keyboard step through the tabs.
    let stepped = use_mut_ref(|| false);
    let steps = state.steps;
    // After the view is painted: writing a history entry makes the browser
    // lay out the page first, to record where it was scrolled. A newer view
    // before then cancels the write, and its own covers both; so does the
    // reader going back or forward meanwhile (the address has moved on).
    let on_write = written_on.clone();
    let run = chose.clone();
    // Also after the view on screen is read again from the address: a link
    // the view would not write (`#issues/atlantis`) is tidied all the same.
    let navigated = use_mut_ref(|| state.navigations);
    use_effect_with((state.view.clone(), state.navigations), move |(view, navigations)| {
        let view = view.clone();
        let first = !started.replace(true);
        let read = navigated.replace(*navigations) != *navigations;
        let when = browser::fragment();
        let write = enabled.then(|| {
            let written_on = on_write.clone();
            browser::after_paint(move || {
                let from = shown.replace(view.clone()).to_fragment();
                // Whether the entry on the address was written by the last step; Back or Forward ends the run.
                let after_a_step = stepped.replace(steps > 0);
                let (now, next) = (browser::fragment(), view.to_fragment());
                let (written, kept) = (browser::written(&next), browser::kept_view());
                let at = Address { now: &now, then: &when, links_a_view: browser::links_a_view(&now), bare: browser::bare(), written: &written, kept: kept.as_deref() };
                // Another choice in the list whose run of choices wrote the entry on the address.
                let chosen = at.links_a_view.then(|| route::chosen(&now, &next, &data)).flatten();
                let again = run.borrow_mut().take().is_some_and(|(list, at)| Some(&list) == chosen.as_ref() && at == now);
                let Some(entry) = route::entry(&view, &at, &Painted { first, steps, after_a_step, again, read }, on_article, history, &data) else { return };
                browser::set_fragment(&next, entry, on_article.then_some(from.as_str()));
                // A run starts with a new entry of its own.
                *run.borrow_mut() = chosen.filter(|_| again || entry == Entry::Push).map(|list| (list, browser::fragment()));
                written_on();
            })
        });
        move || drop(write)
    });
    // A link writes its address before its view is built, while the page is
    // still as the reader left it: the browser records their place in the
    // entry it leaves, for Back. Written after, the entry would hold the new
    // view's layout (a shorter panel clamps the offset; Chrome restores by an
    // element of the page as it then was), and Back lands elsewhere. So does
    // opening an item where another is open on the same tab: the other
    // closes, and the one opened is kept where it was on screen
    // (`Disclosure`), which scrolls the page before the paint.
    // One callback for the widget's life: a fresh one each render would be a
    // changed prop for every child, and re-render them all.
    use_callback(state.dispatcher(), move |action: Action, dispatcher| {
        let state = latest.borrow().clone();
        let swaps_items = |next: &State| {
            let item = |s: &State| s.view.tab.linked(&s.view);
            next.view.tab == state.view.tab && item(&state).is_some() && item(next).is_some() && item(next) != item(&state)
        };
        let next = enabled.then(|| state.apply(action.clone())).filter(|next| (next.links_taken > state.links_taken || swaps_items(next)) && next.view != state.view);
        if let Some(next) = next {
            let entry = route::moved(history, on_article, browser::links_a_view(&browser::fragment()), browser::bare());
            browser::set_fragment(&next.view.to_fragment(), entry, on_article.then(|| state.view.to_fragment()).as_deref());
            chose.borrow_mut().take();
            written_on();
        }
        dispatcher.dispatch(action);
    })
}

/// Where a link inside the widget opened another tab, takes the reader there:
/// their focus to the item it opened (an issue's card), else to the panel,
/// and the page scrolled to it if it is out of view. (The link is gone with
/// the panel it was on, or, in the footer, far below a shorter panel.)
#[hook]
fn use_follow(widget: &Widget, state: &UseReducerHandle<State>, host: Option<Element>, moves: Moves) {
    let (widget, view, superseded) = (widget.clone(), state.view.clone(), state.links_superseded);
    use_effect_with(state.links_taken, move |&taken| {
        let mut kept = moves.0.borrow_mut();
        kept.links_seen = taken;
        // Not a link taken before a view read from the address: where Yew
        // yielded between a link's render and its effects, a Back is
        // rendered first, and they run for its view.
        if taken > superseded {
            kept.focusing = Some(browser::after_paint(take_reader_to(widget, view, host)));
        }
    });
}

/// Where a move read from the address (Back, Forward, a link from outside)
/// leaves the reader's focus and the page: on the render that shows its
/// view, not at its event, which Yew may render a task late (the module doc,
/// on a late Back). That render's effects end `navigating`, put the page
/// back where it came late, and leave the move's focus work for its paint,
/// in the slot a link's move uses too (`use_follow`): the later move wins.
#[hook]
fn use_moves(state: &UseReducerHandle<State>, navigating: Rc<Cell<bool>>) -> Moves {
    let moves = use_mut_ref(MovesKept::default);
    {
        let moves = moves.clone();
        use_effect_with(state.navigations, move |_| {
            let mut kept = moves.borrow_mut();
            // The view is rendered whole (effects wait for every render):
            // in time, the browser puts the page back after it.
            kept.returning = None;
            if let Some(y) = kept.put_back.take() {
                browser::scroll_back_to(y);
            }
            if let Some(Pending(focusing)) = kept.pending.take() {
                kept.painted = Some(browser::after_paint(move || navigating.set(false)));
                if let Some(focusing) = focusing {
                    kept.focusing = Some(browser::after_paint(focusing));
                }
            }
        });
    }
    Moves(moves)
}

/// The reader's moves: read from the address (`use_moves`), and a link's (`use_follow`).
#[derive(Clone)]
struct Moves(Rc<RefCell<MovesKept>>);

/// A move dispatched and not yet rendered, with its focus work, if any.
struct Pending(Option<Box<dyn FnOnce()>>);

#[derive(Default)]
struct MovesKept {
    pending: Option<Pending>,
    /// Where the move returns the page to, until its view is rendered.
    returning: Option<f64>,
    /// The same, where its view was not rendered in the event's microtasks.
    put_back: Option<f64>,
    /// The end of `navigating`, and the focus work of the move last
    /// rendered (a link's too), waiting for the paint of its view.
    painted: Option<browser::AfterPaint>,
    focusing: Option<browser::AfterPaint>,
    /// `State::links_taken` when `use_follow` last saw it.
    links_seen: u32,
}

impl Moves {
    /// Dispatches a move (`dispatch`) with its focus work and the place it
    /// returns the page to (`browser::record_return`), if any.
    fn dispatch(&self, focusing: Option<Box<dyn FnOnce()>>, place: Option<f64>, dispatch: impl FnOnce()) {
        {
            let mut kept = self.0.borrow_mut();
            kept.pending = Some(Pending(focusing));
            kept.returning = place;
        }
        dispatch();
        if place.is_some() {
            let moves = self.0.clone();
            // After Yew's own microtask, where the dispatch queued one (one
            // queue, `wasm_bindgen_futures`', run in order, which Yew's
            // scheduler starts on): a view rendered whole in it has cleared
            // `returning`.
            wasm_bindgen_futures::spawn_local(async move {
                let mut kept = moves.borrow_mut();
                kept.put_back = kept.returning.take();
            });
        }
    }

    /// Whether a move was still to bring focus somewhere, as of the state
    /// last rendered (`links_taken`): its focus work waiting for a paint
    /// (cancelled now), or a link's not yet decided. Either way it no
    /// longer will.
    fn supersede(&self, links_taken: u32) -> bool {
        let mut kept = self.0.borrow_mut();
        let waiting = kept.focusing.take().is_some_and(|focusing| focusing.pending());
        waiting || links_taken > kept.links_seen
    }

    /// Takes the focus work of a move dispatched and not yet rendered.
    fn take_pending_focus(&self) -> Option<Box<dyn FnOnce()>> {
        self.0.borrow_mut().pending.take().and_then(|Pending(focusing)| focusing)
    }
}

/// What to do once `view` is painted (laid out: a link's address is written
/// before its view is built, see `use_fragment`): bring what it opens into
/// view where it is out of view, and focus to it: its item, else its panel.
fn take_reader_to(widget: Widget, view: View, host: Option<Element>) -> impl FnOnce() {
    move || {
        if let Some(target) = widget.linked_item(&view).or_else(|| widget.element(&["panel", view.tab.slug()])) {
            browser::reveal(&target, host.as_ref());
            browser::focus(&target, false);
        }
    }
}

/// Switches to another language's edition when the reader asks. The last
/// language asked for wins, however the loads finish; the crash message and,
/// on the build's own pages, the address (the page in that language,
/// `embed::in_language`) follow it. The button the
/// reader used stays where it was on screen, however much longer or shorter
/// the view is in the new language (`context::use_kept_in_place`). Also
/// returns the language on its way, if one is: the reader who chose it is
/// told so, in it, while its edition loads.
#[hook]
fn use_language(edition: UseStateHandle<Edition>, state: &UseReducerHandle<State>, base: AttrValue, page: Page, widget: &Widget) -> (Callback<(Lang, Option<Element>)>, Option<Lang>) {
    let wanted = use_mut_ref(|| edition.lang());
    let shown = use_mut_ref(|| edition.lang());
    let coming = use_state_eq(|| None::<Lang>);
    // The button used, where it was just before the other language's view replaced this one.
    let used = use_kept_in_place(widget, edition.lang());
    let state = state.clone();
    let setter = coming.setter();
    let on_lang = use_callback((), move |(lang, button): (Lang, Option<Element>), ()| {
        if *wanted.borrow() == lang {
            return;
        }
        *wanted.borrow_mut() = lang;
        // Back to the language on screen while another was on its way: that one is dropped when it comes.
        if lang == *shown.borrow() {
            setter.set(None);
            return;
        }
        // One at hand (English, one read before) arrives with no wait to tell of.
        setter.set((!Edition::at_hand(lang)).then_some(lang));
        let (edition, state, wanted, shown, used, base, page, coming) = (edition.clone(), state.clone(), wanted.clone(), shown.clone(), used.clone(), base.clone(), page.clone(), setter.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = Edition::load(lang, &base).await;
            // Another language asked for since, or this one shown already (asked for again while on its way).
            if *wanted.borrow() != lang || *shown.borrow() == lang {
                return;
            }
            coming.set(None);
            match loaded {
                Ok(loaded) => {
                    crate::panic::set_message(loaded.words.t(T::PanicMessage), lang);
                    // Where the button is now: the reader may have scrolled while the edition loaded.
                    if let Some(button) = button {
                        used.mark(button);
                    }
                    edition.set(loaded);
                    *shown.borrow_mut() = lang;
                    state.dispatch(Action::LanguageShown);
                    if let Page::Own { .. } = page {
                        browser::set_document_language(lang);
                    }
                }
                Err(reason) => {
                    // The language on screen stays the one wanted: asking again tries again.
                    *wanted.borrow_mut() = *shown.borrow();
                    state.dispatch(Action::Notify(Notice::EditionUnavailable { lang, reason }));
                }
            }
        });
    });
    (on_lang, *coming)
}

/// On the build's own pages, titles the page with the tab on screen
/// (`Edition::page_title`), in the widget's language. An article's title is
/// the host's own. The browser gives the current history entry the page's
/// title, so it changes after the paint, once the view's entry is written
/// (`use_fragment`'s write, set after the paint before this one): earlier,
/// it would rename the entry the reader left.
#[hook]
fn use_page_title(tab: Tab, edition: &Edition, page: &Page) {
    let own = matches!(page, Page::Own { .. });
    // Keyed by the words' address: another language is another edition.
    let words = Rc::as_ptr(&edition.words) as usize;
    let edition = edition.clone();
    use_effect_with((tab, words, own), move |&(tab, _, own)| {
        let titling = own.then(|| browser::after_paint(move || gloo_utils::document().set_title(&edition.page_title(tab))));
        move || drop(titling)
    });
}

/// On the build's own pages, paints the page in the widget's theme, and
/// keeps the address saying the theme and the language the reader chose (`?theme=`, the page in that language; `browser::set_page_settings`),
/// so that a reload keeps them: written when chosen, and again on the entry
/// Back or Forward lands on, whose address is as old as the entry (and may
/// be older than the page: entries a reloaded page had pushed, another
/// language's page among them, come back to it). Until the reader chooses,
/// the address says what the page opened with, less a theme or language the
/// widget could not use (`mount` takes those out).
#[hook]
fn use_page_address(theme: Theme, lang: Lang, page: &Page) {
    let page_lang = match page {
        Page::Own { lang, .. } => Some(*lang),
        _ => None,
    };
    let on_screen = use_mut_ref(|| (theme, lang));
    let opened = use_mut_ref(|| false);
    {
        let on_screen = on_screen.clone();
        use_effect_with((theme, lang), move |&settings| {
            *on_screen.borrow_mut() = settings;
            if let (true, Some(page_lang)) = (opened.replace(true), page_lang) {
                browser::set_page_settings(settings.0, settings.1, page_lang);
            }
        });
    }
    // The page around the widget in its theme too: a wide window showed a
    // dark widget between white margins.
    use_effect_with((theme, page_lang.is_some()), |&(theme, own)| {
        if own {
            browser::set_page_theme(theme);
        }
    });
    use_effect_with(page_lang, move |&page_lang| {
        let listener = page_lang.map(|page_lang| {
            EventListener::new(&gloo_utils::window(), "popstate", move |_| {
                let (theme, lang) = *on_screen.borrow();
                browser::set_page_settings(theme, lang, page_lang);
            })
        });
        move || drop(listener)
    });
}

/// Follows the host's `data-theme` as its page changes it (a site's own
/// dark-mode switch): the article's theme becomes the widget's. A value that
/// names no theme leaves the theme as it is.
#[hook]
fn use_host_theme(host: Option<Element>, state: &UseReducerHandle<State>) {
    let state = state.clone();
    use_effect_with(host, move |host| {
        let observer = host.clone().map(|host| {
            browser::on_attribute_change(&host, "data-theme", move |value| {
                if let Ok(theme) = Theme::from_setting(value.as_deref()) {
                    state.dispatch(Action::SetTheme(theme));
                }
            })
        });
        move || drop(observer)
    });
}

/// Tells the host page what the reader does, as events on the mount element:
/// from the start, where the reader left the prerendered view (`left`).
#[hook]
fn use_host_events(host: Option<Element>, left: Option<&View>, view: &View, lang: Lang) {
    let previous = use_mut_ref(|| left.unwrap_or(view).clone());
    use_effect_with(view.clone(), move |view| {
        let before = previous.replace(view.clone());
        let Some(host) = host else { return };
        for event in HostEvent::between(&before, view) {
            browser::notify(&host, &event, lang);
        }
    });
}
