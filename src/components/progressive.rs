//! Long lists drawn a few items at a time. A tab's first opening on a slow
//! phone would otherwise build every card before the reader sees any: here
//! the first few are on screen in the frame after the tap, and the rest
//! follow below them, a few each time the browser is idle (at most half a
//! second apart; after each paint where the browser cannot say, as in
//! Safari). A step taken after each paint often came between a click and
//! the frame that answers it (another tab opened while a list was still
//! growing); one that waits for the browser to be idle comes after that
//! frame unless it has waited half a second. A panel rendered ahead, which
//! the reader has not yet opened, holds its first items until it is opened:
//! laid out unseen, they are all its first showing has to paint, and no
//! item is built while the reader may be clicking elsewhere.

use yew::prelude::*;

use crate::browser;
use crate::context::{use_printing, use_widget};

/// Items drawn at once in a list that is what its panel shows first: a
/// phone's screenful of closed cards, and more. (An open issue card draws
/// its stances whole up to as many, else its first alone: they come below
/// its text. An actor's profile draws up to its first stated stance.)
pub const SCREENFUL: usize = 4;
/// Items added in each step after.
const STEP: usize = 3;

/// Whether the reader has opened the panel a list is in (`App` provides it
/// to each panel; none: yes).
#[derive(Clone, Copy, PartialEq)]
pub struct Opened(pub bool);

/// How many of `items` to draw so that every one `wanted` is drawn: up to
/// the last of them (none: 0). What `use_drawn` needs for a link's item, a
/// package's choices or a search's answers.
pub fn through<T>(items: impl IntoIterator<Item = T>, wanted: impl Fn(&T) -> bool) -> usize {
    items.into_iter().enumerate().filter(|(_, item)| wanted(item)).last().map_or(0, |(n, _)| n + 1)
}

/// How many of a list's `total` items to draw. A list drawn with the
/// widget's first view (and on the prerendered page, which never runs
/// effects) is drawn whole; one that appears later draws its `first` items,
/// or the first `needed` (up to the item a link opens, or all a search
/// found), and what it drew for them stays drawn (focus may be in it)
/// however `needed` falls after; then, once its
/// panel is opened, a few more each time the browser is idle until all are
/// there (`browser::Wait::Briefly`). A print draws them all (`Printing`).
/// Once whole, a list stays whole, however `total` changes.
#[hook]
pub fn use_drawn(first: usize, total: usize, needed: usize) -> usize {
    let widget = use_widget();
    let opened = use_context::<Opened>().is_none_or(|Opened(opened)| opened);
    let printing = use_printing();
    // A list that fits at once starts whole, and stays so.
    let drawn = use_state_eq(|| widget.started.get().then_some(first).filter(|&first| first < total));
    // Drawn whole for a print, the list stays whole after it.
    let printed = use_mut_ref(|| false);
    *printed.borrow_mut() |= printing;
    let whole = *printed.borrow();
    {
        let drawn = drawn.clone();
        // Growing from what is on screen: a linked item's, at least.
        use_effect_with((*drawn, total, needed, opened && !whole), move |&(now, total, needed, growing)| {
            if now.is_some_and(|n| n < needed) {
                drawn.set(Some(needed));
            }
            let next = now.map(|n| n.max(needed) + STEP).filter(|&n| n < total);
            let grow = now.filter(|_| growing).map(|_| browser::when_idle(browser::Wait::Briefly, move || drawn.set(next)));
            move || drop(grow)
        });
    }
    match *drawn {
        Some(n) if !whole => n.max(needed).min(total),
        _ => total,
    }
}
