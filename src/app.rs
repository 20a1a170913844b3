//! The widget: header, tabs, the open view and the footer, around one reducer.
//! History, Back and focus, which it hooks in, are `navigation`'s.

use std::rc::Rc;

use gloo_events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use crate::browser;
use crate::components::embed_code::EmbedCode;
use crate::components::progressive::Opened;
use crate::components::source_citation::use_citation_links;
use crate::components::switch::{switch, Choice};
use crate::components::tabs::Tabs;
use crate::components::view_link::view_link;
use crate::context::{use_kept_in_place, Page, Printing, Widget};
use crate::edition::Edition;
use crate::embed::{Chrome, EmbedConfig, HostEvent};
use crate::history;
use crate::lang::Lang;
use crate::mount;
use crate::navigation::{use_follow, use_fragment, use_moves};
use crate::notice::Notice;
use crate::state::{Action, State, Theme};
use crate::tabs::{Tab, View};
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
        let framed = props.host.as_ref().is_some_and(crate::mount::framed);
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
    let dispatch = use_fragment(config, matches!(props.page, Page::Host(_)), &widget, &state, moves.clone());
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
                item.scroll_into_view();
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
            value: t.slug(),
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
        value: l.code(),
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
    let header = html! {
        <header class="sm-header">
            <p class="sm-brand">{ w.t(T::Brand) }</p>
            if config.chrome == Chrome::Standalone {
                <h1 class="sm-title">{ &meta.title }</h1>
                <p class="sm-description">{ &meta.description }</p>
            } else {
                <h2 class="sm-title sm-title-embedded">{ &meta.title }</h2>
            }
        </header>
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
                    { switch(widget.id(&["theme-switch"]), mount::THEME, w.t(T::FooterTheme), themes) }
                    // A run-time dataset comes in one language: the newsroom's.
                    if config.dataset_url.is_none() {
                        { switch(widget.id(&["language-switch"]), mount::LANG, w.t(T::FooterLanguage), languages) }
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
/// `browser::lay_out_unseen`), so opening it for the first time builds no
/// DOM and mostly paints it (it re-renders what changed since). Panels
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
    // What the instance says if it fails, and an own page's language (from
    // the first render: a page shown in another language, `?lang=`, speaks
    // it), follow the edition on screen: in an effect, which an app the page
    // has removed meanwhile never runs (its instance may serve the next
    // widget already).
    {
        let (words, own) = (edition.words.clone(), matches!(page, Page::Own { .. }));
        use_effect_with(edition.lang(), move |&lang| {
            crate::panic::set_message(words.t(T::PanicMessage), lang);
            if own {
                browser::set_document_language(lang);
            }
        });
    }
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
        let (edition, state, wanted, shown, used, base, coming) = (edition.clone(), state.clone(), wanted.clone(), shown.clone(), used.clone(), base.clone(), setter.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = Edition::load(lang, &base).await;
            // Another language asked for since, or this one shown already (asked for again while on its way).
            if *wanted.borrow() != lang || *shown.borrow() == lang {
                return;
            }
            coming.set(None);
            match loaded {
                Ok(loaded) => {
                    // Where the button is now: the reader may have scrolled while the edition loaded.
                    if let Some(button) = button {
                        used.mark(button);
                    }
                    edition.set(loaded);
                    *shown.borrow_mut() = lang;
                    state.dispatch(Action::LanguageShown);
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
/// (`navigation::use_fragment`'s write, set after the paint before this
/// one): earlier, it would rename the entry the reader left.
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
/// keeps the address saying the theme and the language the reader chose (`?theme=`, the page in that language; `history::set_page_settings`),
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
                history::set_page_settings(settings.0, settings.1, page_lang);
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
                history::set_page_settings(theme, lang, page_lang);
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
