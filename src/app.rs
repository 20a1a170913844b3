//! The widget: header, tabs, the open view and the footer, around one reducer.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::browser::{self, Step};
use crate::components::tabs::Tabs;
use crate::context::Widget;
use crate::dataset::Dataset;
use crate::route::{Tab, View};
use crate::state::{Action, State, Theme};
use crate::views::{actors::Actors, faq::Faq, issues::Issues, matrix::Matrix, overview::Overview, scenarios::Scenarios, sources::Sources};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Prefixes this instance's element ids.
    #[prop_or(AttrValue::Static("sm"))]
    pub prefix: AttrValue,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let widget = use_memo(props.prefix.clone(), |prefix| Widget { data: Rc::new(Dataset::bundled()), prefix: prefix.clone() });
    let state = use_reducer(State::default);
    use_fragment(&widget.data, &state);

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let view = state.view.clone();
    let meta = &widget.data.records.meta;
    let panel = match view.tab {
        Tab::Overview => html! { <Overview view={view.clone()} on_action={dispatch.clone()} /> },
        Tab::Issues => html! { <Issues view={view.clone()} on_action={dispatch.clone()} /> },
        Tab::Actors => html! { <Actors view={view.clone()} on_action={dispatch.clone()} /> },
        Tab::Matrix => html! { <Matrix view={view.clone()} on_action={dispatch.clone()} /> },
        Tab::Scenarios => html! { <Scenarios view={view.clone()} on_action={dispatch.clone()} /> },
        Tab::Faq => html! { <Faq view={view.clone()} on_action={dispatch.clone()} /> },
        Tab::Sources => html! { <Sources /> },
    };
    let themes = Theme::ALL.into_iter().map(|t| {
        let onclick = dispatch.reform(move |_: MouseEvent| Action::SetTheme(t));
        html! { <button type="button" class="sm-chip" aria-pressed={(state.theme == t).to_string()} {onclick}>{ t.label() }</button> }
    });
    html! {
        <ContextProvider<Widget> context={(*widget).clone()}>
            <div class="sm-root" data-theme={state.theme.slug()}>
                <header class="sm-header">
                    <p class="sm-brand">{ "Stancemap" }</p>
                    <h1 class="sm-title">{ &meta.title }</h1>
                    <p class="sm-description">{ &meta.description }</p>
                </header>
                if let Some(notice) = &state.notice {
                    <div class="sm-notice" role="status">
                        <p>{ notice }</p>
                        <button type="button" class="sm-button" onclick={dispatch.reform(|_: MouseEvent| Action::DismissNotice)}>{ "Dismiss" }</button>
                    </div>
                }
                <Tabs current={view.tab} on_select={dispatch.reform(Action::ShowTab)} />
                <div class="sm-panel" role="tabpanel" id={widget.id(&["panel"])} aria-labelledby={widget.id(&["tab", view.tab.slug()])}>
                    { panel }
                </div>
                <footer class="sm-footer">
                    <p><strong>{ "As of: " }</strong>{ &meta.as_of }</p>
                    <p>{ format!("Built from {} source documents; every position cites one. ", widget.data.records.sources.len()) }
                        <button type="button" class="sm-link" onclick={dispatch.reform(|_: MouseEvent| Action::ShowTab(Tab::Sources))}>{ "Sources and data" }</button>
                    </p>
                    <div class="sm-theme" role="group" aria-label="Colour theme">{ for themes }</div>
                </footer>
            </div>
        </ContextProvider<Widget>>
    }
}

/// Keeps the view and the URL fragment in step: reads it on load and on
/// back/forward, and writes every change so that each view can be linked.
#[hook]
fn use_fragment(data: &Rc<Dataset>, state: &UseReducerHandle<State>) {
    {
        let (data, state) = (data.clone(), state.clone());
        use_effect_with((), move |_| {
            let navigate = move || state.dispatch(Action::Navigate(View::parse(&browser::fragment(), &data)));
            navigate();
            let window = gloo_utils::window();
            let on_pop = { let navigate = navigate.clone(); EventListener::new(&window, "popstate", move |_| navigate()) };
            let on_hash = EventListener::new(&window, "hashchange", move |_| navigate());
            move || drop((on_pop, on_hash))
        });
    }
    let data = data.clone();
    use_effect_with(state.view.clone(), move |view| {
        let current = browser::fragment();
        let next = view.to_fragment();
        if current == next || (current.is_empty() && *view == View::default()) {
            return;
        }
        // Typing in the search box, or tidying a link we just followed, rewrites the entry.
        let before = View::parse(&current, &data).view;
        let only_typed = View { query: view.query.clone(), ..before.clone() } == *view;
        let step = if only_typed { Step::Replace } else { Step::Push };
        browser::set_fragment(&next, step);
    });
}
