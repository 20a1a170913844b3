//! History, Back and focus: how the widget keeps its view and the page's
//! address in step, and where the reader's place and focus go when the view
//! changes. `App` calls the hooks here.
//!
//! `route` decides, natively tested, whether a view makes a new history
//! entry, rewrites the one the page is on, or leaves it, and which view Back
//! or Forward shows; the hooks here carry that out.
//!
//! **Who writes the fragment.** The widget's own pages do; a direct mount
//! only with `data-fragment="own"`, and then:
//! - it leaves the article's address as it opened until the reader moves,
//!   whatever view its attributes start on;
//! - it leaves the article's own anchors alone (`history::links_a_view`: a
//!   fragment naming no view, or one that is an id in the article, which the
//!   widget writes with a `/` after it, `history::written`); Back to the bare
//!   address shows the view its entry kept, else the one its attributes
//!   start on, as a reload would (not a link's it was mounted on again);
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
//! `route::chosen`). `use_fragment` remembers the run, its list and the
//! entry it wrote: a further choice in that list rewrites the entry
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
//! **A link inside the widget** that opens another tab (or another answer: "See also") takes the reader there
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
//! Forward, which both fire `popstate` (`history::on_navigation`; the
//! widget's own `pushState` fires none); without it, the widget treats it as
//! Back or Forward.
//!
//! **Back or Forward never strands focus.** Where focus was in the widget and
//! is now gone, on a tab no longer selected, on a choice no longer made, or
//! off screen where the browser put the page back (never in the iframe,
//! which is as tall as its content), it goes to what the reader sees, in the
//! order `focus::keep_focus` lists; this module gives it what the move
//! opened, changed or closed (`Widget::linked_item`, `changed_item`,
//! `closed_item`) and the link the reader followed to the view left, which
//! `use_fragment` remembers, since many links lead to one view (every
//! citation of a source).
//!
//! Nothing else scrolls the standalone page (but a late Back's view, below),
//! and the iframe page, all of it in view to itself, asks the article to
//! bring what took focus into view (`focus::keep_focus`). What a hidden
//! panel or a closed disclosure body holds (`focus`'s `SKIPPED`) is never chosen nor
//! measured: measuring would lay it out.
//!
//! **A late Back.** Focus and place wait for the render that shows Back's
//! view, not its event (`use_moves`). Yew renders it in the `popstate`'s
//! microtasks, before the browser puts the page back, unless a long run of
//! its own has just yielded to the browser (its scheduler does after 16 ms,
//! on a slow phone often); then it renders a task later, after a paint, on a
//! page put back while it showed the view left and cut to that view's
//! height. There the widget puts the page back itself, as it was when it last
//! left that history entry (`history::record_return`: the place each entry
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
use crate::context::Widget;
use crate::embed::EmbedConfig;
use crate::focus;
use crate::history;
use crate::route::{self, Address, Entry, Painted};
use crate::state::{Action, State};
use crate::tabs::{matrix, View};

/// When the instance owns the page's fragment, keeps view and fragment in
/// step: reads it on back/forward (`mount` already started on it), and
/// writes every change so that each view can be linked. On an article
/// (`on_article`), a fragment that names no view is the article's own anchor:
/// Back or Forward to it shows the view the widget left in its entry
/// (`history::kept_view`), and otherwise the view stays as it is; so does
/// the article's bare address (no fragment at all), which, where its entry
/// kept no view, shows the one its attributes start on (`config.home`).
/// Returns the widget's one dispatch callback.
#[hook]
pub(crate) fn use_fragment(config: &EmbedConfig, on_article: bool, widget: &Widget, state: &UseReducerHandle<State>, moves: Moves) -> Callback<Action> {
    let (enabled, writing) = (config.owns_fragment, config.history);
    let data = widget.data.clone();
    // The listener lives as long as the widget; the edition it reads links
    // against is the one on screen (the reader may have switched language).
    let on_screen = use_mut_ref(|| widget.clone());
    *on_screen.borrow_mut() = widget.clone();
    let edition = on_screen.clone();
    // The paths of the page the widget has written entries on, from the one
    // it started on (a host may change its path later, a slug made canonical).
    let paths = use_mut_ref(Vec::<String>::new);
    // A run of choices in one list (`route::chosen`): the list and the entry
    // it wrote (its fragment). Back, Forward and a link end it.
    let chose = use_mut_ref(|| None::<(String, String)>);
    // The view an article's bare address shows where its entry kept none (a
    // host's router keeps its own state there): what a reload shows, not the
    // link a single-page app's Back mounted the widget on again.
    let start = use_memo((), |_| config.home.to_fragment());
    let written_on = {
        let paths = paths.clone();
        move || {
            let path = history::path();
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
        // there (`focus::keep_focus`), and the page stays where the browser
        // puts it back (or puts it there itself where the view came late:
        // `use_moves`), but for what focus is brought to.
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
                paths.borrow_mut().push(history::path());
                let chose = chose.clone();
                // The address the last `popstate` read: the `hashchange` that
                // follows it is the same move, and leaves focus to the first
                // (it may be gone by then).
                let popped = Rc::new(RefCell::new(None::<String>));
                // Whether the move that fired this `popstate` was a link to a
                // fragment followed or typed, not Back or Forward: only the
                // Navigation API's `navigate` event, where there is one,
                // tells them apart.
                let (arriving, on_navigate) = history::on_navigation();
                let navigate = move |popping: bool| {
                    // Where Back or Forward returns the page to; a link followed to a fragment only moves on.
                    let place = match popping && !arriving.get() {
                        true => history::record_return(),
                        false => {
                            history::now_at();
                            None
                        }
                    };
                    if on_article && !paths.borrow().contains(&history::path()) {
                        return;
                    }
                    chose.borrow_mut().take();
                    let arrived = arriving.replace(false);
                    // An article's own address, bare or an anchor, shows what its entry kept (`route::entry`).
                    let (now, kept) = (history::fragment(), history::kept_view());
                    let again = match popping {
                        true => {
                            *popped.borrow_mut() = Some(now.clone());
                            false
                        }
                        false => popped.take().is_some_and(|then| then == now),
                    };
                    if let Some(fragment) = route::returned_to(&now, history::links_a_view(&now), history::bare(), kept.as_deref(), &start, on_article) {
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
                                // What the view opens, else what it changed (a deal's
                                // choice), else, on the same tab, what it closed.
                                let anew = view.opens_anew(&left_view);
                                let opens = widget.linked_item(&view).map(|item| (item, focus::Moved::Opened { from: widget.opened_from(&view), anew }));
                                let (item, moved) = match opens.or_else(|| widget.changed_item(&left_view, &view).map(|item| (item, focus::Moved::Changed))) {
                                    Some((item, moved)) => (Some(item), moved),
                                    None => ((left_view.tab == view.tab).then(|| widget.closed_item(&left_view)).flatten(), focus::Moved::Closed),
                                };
                                focus::keep_focus(&widget.root, left.as_deref(), item, moved, followed)
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
        let when = history::fragment();
        let write = enabled.then(|| {
            let written_on = on_write.clone();
            browser::after_paint(move || {
                let from = shown.replace(view.clone()).to_fragment();
                // Whether the entry on the address was written by the last step; Back or Forward ends the run.
                let after_a_step = stepped.replace(steps > 0);
                let (now, next) = (history::fragment(), view.to_fragment());
                let (written, kept) = (history::written(&next), history::kept_view());
                let at = Address { now: &now, then: &when, links_a_view: history::links_a_view(&now), bare: history::bare(), written: &written, kept: kept.as_deref() };
                // Another choice in the list whose run of choices wrote the entry on the address.
                let chosen = at.links_a_view.then(|| route::chosen(&now, &next, &data)).flatten();
                let again = run.borrow_mut().take().is_some_and(|(list, at)| Some(&list) == chosen.as_ref() && at == now);
                let Some(entry) = route::entry(&view, &at, &Painted { first, steps, after_a_step, again, read }, on_article, writing, &data) else { return };
                history::set_fragment(&next, entry, on_article.then_some(from.as_str()));
                // A run starts with a new entry of its own.
                *run.borrow_mut() = chosen.filter(|_| again || entry == Entry::Push).map(|list| (list, history::fragment()));
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
        // The matrix's open cell closes with whatever hides it or leaves it
        // nothing to open: a filter, a package chosen anew in the builder,
        // the marks turned off (`matrix::strands_cell`).
        let close = || Action::from(matrix::Action::SelectCell(None));
        let after = state.apply(action.clone());
        let closes = matches!(action, Action::Tab(_)) && matrix::strands_cell(&after.view, &edition.borrow().data);
        let after = if closes { after.apply(close()) } else { after };
        let next = enabled.then_some(after).filter(|next| (next.links_taken > state.links_taken || swaps_items(next)) && next.view != state.view);
        if let Some(next) = next {
            let entry = route::moved(writing, on_article, history::links_a_view(&history::fragment()), history::bare());
            history::set_fragment(&next.view.to_fragment(), entry, on_article.then(|| state.view.to_fragment()).as_deref());
            chose.borrow_mut().take();
            written_on();
        }
        dispatcher.dispatch(action);
        if closes {
            dispatcher.dispatch(close());
        }
    })
}

/// Where a link inside the widget opened another tab, takes the reader there:
/// their focus to the item it opened (an issue's card), else to the panel,
/// and the page scrolled to it if it is out of view. (The link is gone with
/// the panel it was on, or, in the footer, far below a shorter panel.)
#[hook]
pub(crate) fn use_follow(widget: &Widget, state: &UseReducerHandle<State>, host: Option<Element>, moves: Moves) {
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
pub(crate) fn use_moves(state: &UseReducerHandle<State>, navigating: Rc<Cell<bool>>) -> Moves {
    let moves = use_mut_ref(MovesKept::default);
    {
        let moves = moves.clone();
        use_effect_with(state.navigations, move |_| {
            let mut kept = moves.borrow_mut();
            // The view is rendered whole (effects wait for every render):
            // in time, the browser puts the page back after it.
            kept.returning = None;
            if let Some(y) = kept.put_back.take() {
                history::scroll_back_to(y);
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
pub(crate) struct Moves(Rc<RefCell<MovesKept>>);

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
    /// returns the page to (`history::record_return`), if any.
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
