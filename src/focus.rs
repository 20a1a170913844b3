//! Where the reader's focus goes when Back or Forward has moved the view
//! under it (`keep_focus`): the policy `navigation` applies, over the DOM
//! calls in `browser`.

use wasm_bindgen::JsCast;

use crate::browser::{focus, host_of, reveal, reveal_in_table, shadow_of, window_height, EDGE};

/// What the widget keeps hidden with its layout (`content-visibility`: hidden
/// panels, closed disclosure bodies): what it holds is never measured, which
/// would lay it out.
const SKIPPED: &str = ".sm-panel[hidden], .sm-disclosure-body[hidden]";

/// A radio not checked: a choice not made, never where focus is left.
const UNCHECKED: &str = "input[type=radio]:not(:checked)";

/// In a view, the button of a card or an answer closed, or of a matrix cell
/// not open: where a move opened another item, it no longer says where the
/// reader is.
const LEFT_CLOSED: &str = ".sm-panel :is(.sm-disclosure-heading button[aria-expanded=false], button.sm-cell[aria-pressed=false])";

/// What a move did to the item `keep_focus` may take the reader's focus to.
pub enum Moved {
    /// The item the view opens (`Widget::linked_item`); where the reader
    /// opened it, shown, where that is not its own button (a matrix cell:
    /// `Widget::opened_from`); and whether the move opened it (not where the
    /// view left had it open too, a filter changed under an open cell).
    Opened { from: Option<web_sys::Element>, anew: bool },
    /// A choice the view makes again (`Widget::changed_item`).
    Changed,
    /// The item the view left closed (`Widget::closed_item`).
    Closed,
}

/// Where a move (Back, Forward) has stranded the reader's focus in the
/// shadow root holding `root` (gone: hidden or removed with what held it; on
/// a tab not selected; on a choice no longer made, an unchecked radio; on
/// another card's, answer's or cell's button, closed, where the move opened
/// an item; or off screen where the browser put the page back), moves it to
/// the first of:
/// 1. a link to `left` (the view the move left) in view: `followed`, the
///    link the reader followed there, if it leads there, else (not on the
///    iframe page, whose first may be the footer's) the first; none where
///    focus was on a tab;
/// 2. the button of the card or answer that closed around it, in view; the
///    choice made instead in the group of the one unmade; or, where it was
///    on another item's button, closed (`LEFT_CLOSED`), and the move opened
///    `item`, where the reader opened it (a cell), else `item`, in view
///    (none in view, that button is not stranded for it: the page is where
///    the reader left that view; nor on the iframe page, all of it "in view"
///    to itself);
/// 3. `item` where `moved` is `Changed`: a choice the move made again, what
///    the move was for, wherever it is;
/// 4. `item` (what the view opens, or what it closed: a card, a matrix
///    cell; only where it can take focus, as a source's heading only while
///    shown) or the selected tab, whichever is in view (the tab first where
///    focus was on a tab);
/// 5. `item` where it is what the view closed, within a window of the screen
///    (the reader's place, as Close or Escape leaves it; not where Forward
///    put the page back far from it), or what it opens, partly on screen
///    (`ITEMS`);
/// 6. the first control in view (not an unchecked radio: its group's
///    checked one is the control);
/// 7. `item`; else the selected tab.
///
/// What it chose out of view in 2, 3, 5 and 7 is brought into view: nothing
/// else scrolls the page. A matrix cell is "in view" up and down; where the
/// table's box scrolls sideways, the box (and only the box) is scrolled to
/// it. The iframe page, all of it "in view" to
/// itself, cannot tell what of it the article shows: there a link back is
/// only the one followed, and the article brings what took focus into view
/// (`reveal`; the selected tab is the top of a view without an item), which
/// the browser's own return to a scroll position does not do there (the
/// iframe has grown or shrunk under it).
pub fn keep_focus(root: &yew::NodeRef, left: Option<&str>, item: Option<web_sys::Element>, moved: Moved, followed: Option<web_sys::Element>) {
    let Some(shadow) = shadow_of(root) else { return };
    // (An item that cannot take focus, as a source's heading hidden again, is passed over.)
    let item = item.filter(|el| el.matches("button, a[href], input, [tabindex]").unwrap_or(false));
    let bottom = window_height();
    // (The iframe page's height may not have caught up with the view yet.)
    let framed = host_of(root).is_some_and(|host| crate::mount::framed(&host));
    let in_view = |el: &web_sys::Element| {
        let r = el.get_bounding_client_rect();
        r.height() > 0.0 && (framed || (r.top() >= -EDGE && r.bottom() <= bottom + EDGE))
    };
    let unskipped = |el: &web_sys::Element| el.closest(SKIPPED).ok().flatten().is_none();
    let active = shadow.active_element();
    let on_tab = active.as_ref().is_some_and(|el| el.matches("[role=tab]").unwrap_or(false));
    // Where it was inside a card or an answer that closed, that item's own
    // button: the reader is still at the item, not at the tabs.
    let closed_item = active.as_ref()
        .and_then(|el| el.closest(".sm-disclosure-body[hidden]").ok().flatten())
        .and_then(|body| body.closest(".sm-disclosure").ok().flatten())
        .and_then(|item| item.query_selector(".sm-disclosure-heading button").ok().flatten())
        .filter(|button| unskipped(button));
    // A choice unmade (an unchecked radio).
    let unmade = active.as_ref().filter(|el| el.matches(UNCHECKED).unwrap_or(false));
    // On another card's, answer's or cell's button, closed, where the move
    // opened an item: where the reader opened it, else the item, in view.
    let passed_by = match &moved {
        Moved::Opened { from, anew: true } if !framed && active.as_ref().is_some_and(|el| el.matches(LEFT_CLOSED).unwrap_or(false) && unskipped(el)) => {
            from.iter().chain(&item).find(|el| unskipped(el) && in_view(el)).cloned()
        }
        _ => None,
    };
    // (Not measured where skipped: measuring would lay it out.)
    let stranded = match &active {
        None => true,
        Some(el) => {
            el.closest(&format!("{SKIPPED}, [role=tab][aria-selected=false]")).ok().flatten().is_some()
                || unmade.is_some()
                || passed_by.is_some()
                || {
                    let r = el.get_bounding_client_rect();
                    r.bottom() <= EDGE || r.top() >= bottom - EDGE
                }
        }
    };
    if !stranded {
        return;
    }
    let tab = shadow.query_selector("[role=tab][aria-selected=true]").ok().flatten();
    // The choice made instead of one unmade, in its group (its radios share a name).
    let made_instead = unmade
        .and_then(|el| el.get_attribute("name"))
        .and_then(|name| shadow.query_selector(&format!("input[type=radio][name=\"{name}\"]:checked")).ok().flatten());
    // The first in view that `wanted` keeps; measured last, and never what
    // is `SKIPPED` (a big matrix's cells): laid out to be measured, it would
    // be "in view" over what follows.
    let first_in_view = |selector: &str, wanted: &dyn Fn(&web_sys::Element) -> bool| {
        let found = shadow.query_selector_all(selector).ok()?;
        (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
            .find(|el| wanted(el) && unskipped(el) && in_view(el))
    };
    let link_back = left.filter(|_| !on_tab).and_then(|view| {
        let end = format!("#{view}");
        let leads_back = |a: &web_sys::Element| a.get_attribute("href").is_some_and(|href| href.ends_with(&end));
        // (In the iframe page, not the first link there: it may be the
        // footer's, which the article would scroll down to.)
        let first_back = || (!framed).then(|| first_in_view("a[href]", &leads_back)).flatten();
        followed.filter(|a| a.is_connected() && leads_back(a) && unskipped(a) && in_view(a)).or_else(first_back)
    });
    // From a tab, to the tab selected now: the reader was using the tab list.
    let first = if on_tab { [tab.clone(), item.clone()] } else { [item.clone(), tab.clone()] };
    // What the view opens, partly on screen but its heading above it (the
    // scroll an entry keeps is the page's as the view after it was laid
    // out), is brought into view: not passed over for a control inside it
    // that happens to be on screen, as a citation in the answer.
    let partly_shown = |item: &web_sys::Element| {
        let r = item.closest(ITEMS).ok().flatten().unwrap_or_else(|| item.clone()).get_bounding_client_rect();
        r.bottom() > 0.0 && r.top() < bottom
    };
    let laid_out = |el: &web_sys::Element| unskipped(el) && el.get_bounding_client_rect().height() > 0.0;
    // Laid out within a window of the screen, above or below it.
    let near = |el: &web_sys::Element| {
        let r = el.get_bounding_client_rect();
        unskipped(el) && r.height() > 0.0 && r.bottom() > -bottom && r.top() < 2.0 * bottom
    };
    let changed = item.clone().filter(|el| matches!(moved, Moved::Changed) && laid_out(el));
    let reached = |el: &web_sys::Element| if matches!(moved, Moved::Closed) { near(el) } else { partly_shown(el) };
    let brought_if_out = |el: web_sys::Element| {
        let out = !in_view(&el);
        (el, out)
    };
    // The target, and whether it is brought into view, in the doc's order.
    // With no control in view either (a key or a list of text fills the
    // window), `item`, brought into view, rather than focus on a tab off screen.
    let chosen = link_back.map(|el| (el, false))
        .or_else(|| closed_item.filter(|button| in_view(button)).map(|el| (el, false)))
        .or_else(|| made_instead.filter(|el| unskipped(el)).map(brought_if_out))
        .or_else(|| passed_by.map(|el| (el, false)))
        .or_else(|| changed.map(brought_if_out))
        .or_else(|| first.into_iter().flatten().find(|el| in_view(el)).map(|el| (el, false)))
        .or_else(|| item.clone().filter(reached).map(|el| (el, true)))
        .or_else(|| first_in_view(&format!(":is(a[href], button, input, select, [tabindex='0']):not([disabled], [tabindex='-1'], {UNCHECKED})"), &|_| true).map(|el| (el, false)))
        .or_else(|| item.filter(laid_out).map(|el| (el, true)))
        .or_else(|| tab.map(|el| (el, false)));
    if let Some((target, brought)) = chosen {
        focus(&target, false);
        // (Focused without a scroll, a cell past the edge of the table's box,
        // where it scrolls sideways, would take focus unseen.)
        reveal_in_table(&target);
        if framed || brought {
            reveal(&target, host_of(root).as_ref());
        }
    }
}

/// What a view's item heads (`Widget::linked_item`): a card or an answer, an
/// actor's profile, a cell's detail, a source's entry.
const ITEMS: &str = ".sm-disclosure, .sm-profile, .sm-cell-detail, .sm-source";
