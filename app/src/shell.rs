//! The frame every area shares (header, footer, focus after each step) and the page for the
//! address: the area's own, or — for an address of another area — a full load of that area.

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};
use send_wrapper::SendWrapper;
use std::cell::Cell;
use std::time::Duration;
use wasm_bindgen::JsCast;

use crate::area::Area;
use crate::client::{I18n, LoadError};
use crate::components::footer::Footer;
use crate::components::header::{Header, focus_main};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::not_found::NotFound;
use crate::routes::ClientRoute;

/// An area's pages: the page for each of its routes.
pub type Pages = fn(ClientRoute) -> AnyView;

/// What the server painted first of the page itself (a service's heading,
/// `app/shell/service.html`), in the words and the place the page then draws it.
const FIRST_PAINT: &str = "q-first-paint";

/// The page the server sent, shown until the app takes its place.
const STATIC_PAINT: &str = "q-static";

/// Starts an area's entry point in the page the server sent.
///
/// The app is drawn hidden beside the static first paint, a part in each task (the frame, then
/// the page, then the footer: `Later`), and takes its place in the task after them, so that no
/// task of the start is long enough to hold up a tap on a slow phone and no frame shows both or
/// neither.
pub fn start(area: Area, pages: Pages) {
    console_error_panic_hook::set_once();
    let app = document()
        .create_element("div")
        .expect("a document makes elements");
    let _ = app.set_attribute("hidden", "");
    if let Some(body) = document().body() {
        let _ = body.append_child(&app);
    }
    leptos::mount::mount_to(
        app.clone().unchecked_into(),
        move || view! { <App area pages/> },
    )
    .forget();
    // Timers run in the order they were set: the `Later`s set theirs while the app was mounted.
    set_timeout(move || show(&app), Duration::ZERO);
}

/// The app takes the static first paint's place; what the server painted of the page itself
/// stays at the top of the app's main until the page is drawn (`first_paint_done`), so that its
/// heading does not blink out while the page loads.
fn show(app: &web_sys::Element) {
    let first_paint = document().get_element_by_id(FIRST_PAINT);
    if let Some(placeholder) = document().get_element_by_id(STATIC_PAINT) {
        placeholder.remove();
    }
    let _ = app.remove_attribute("hidden");
    match (first_paint, document().get_element_by_id("main")) {
        (Some(first_paint), _) if FIRST_PAINT_DONE.get() => first_paint.remove(),
        (Some(first_paint), Some(main)) => {
            let _ = main.prepend_with_node_1(&first_paint);
        }
        _ => {}
    }
}

thread_local! {
    /// The page was drawn before the app took the static page's place.
    static FIRST_PAINT_DONE: Cell<bool> = const { Cell::new(false) };
}

/// The page is drawn, or cannot be, or the visitor went on: what the server painted first of it
/// goes (once the app is shown: until then it stands in the static page).
pub fn first_paint_done() {
    if document().get_element_by_id(STATIC_PAINT).is_some() {
        FIRST_PAINT_DONE.set(true);
    } else if let Some(first_paint) = document().get_element_by_id(FIRST_PAINT) {
        first_paint.remove();
    }
}

/// Draws its children in a task after the one that draws what holds it.
#[component]
fn Later(children: ChildrenFn) -> impl IntoView {
    let due = RwSignal::new(false);
    set_timeout(move || due.set(true), Duration::ZERO);
    move || due.get().then(|| children())
}

#[component]
fn App(area: Area, pages: Pages) -> impl IntoView {
    provide_context(I18n::detect());
    view! {
        <Router>
            <Header/>
            <FocusAfterNavigation/>
            <div class="q-width-container">
                <main id="main" class="q-main" tabindex="-1">
                    <Later>
                        <CurrentPage area pages/>
                    </Later>
                </main>
            </div>
            <Later>
                <Footer/>
            </Later>
        </Router>
    }
}

/// After moving to another page, starts keyboard and screen reader users at its content.
#[component]
fn FocusAfterNavigation() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            first_paint_done();
            focus_main();
        }
        path
    });
}

/// The page for the address. Routes are parsed by `ClientRoute`, the same list the server
/// uses to tell a page from a 404.
#[component]
fn CurrentPage(area: Area, pages: Pages) -> impl IntoView {
    let location = use_location();
    let route = Memo::new(move |_| ClientRoute::parse(&location.pathname.get()));
    // The router writes the address to the history once the new page is drawn; with no route
    // table of its own to draw from, this component says when. Another area's address is not
    // drawn here: the full load of that area puts it in the history, once.
    let history = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        location.search.track();
        let foreign = route.get().is_some_and(|r| r.area() != area);
        if let Some(history) = history.as_ref().filter(|_| !foreign) {
            history.ready_to_complete();
        }
    });
    // The address the server sent this page for: if it belongs to another area, the server has
    // no page for that area (a production build has no development area), so it is not found.
    let first = ClientRoute::parse(&location.pathname.get_untracked());
    move || match route.get() {
        Some(route) if route.area() == area => pages(route),
        Some(route) if Some(route) == first => view! { <NotFound/> }.into_any(),
        Some(route) => {
            load_area_of(route);
            view! { <Loading/> }.into_any()
        }
        None => view! { <NotFound/> }.into_any(),
    }
}

/// Another area's page is a full load: the server sends that area's entry point. After "back"
/// or "forward" the browser's address is already that page's; then the load replaces the entry
/// rather than adding one.
fn load_area_of(route: ClientRoute) {
    let location = window().location();
    let search = use_location().search.get_untracked();
    let query = search.trim_start_matches('?');
    let href = if query.is_empty() {
        route.href()
    } else {
        format!("{}?{query}", route.href())
    };
    let there = location
        .pathname()
        .is_ok_and(|path| ClientRoute::parse(&path) == Some(route));
    let _ = if there {
        location.replace(&href)
    } else {
        location.assign(&href)
    };
}

/// A part of an area's module that did not arrive (the network dropped, or a new deploy removed
/// the files this page was built from).
#[derive(Debug)]
pub struct PartNotLoaded;

impl From<leptos::wasm_split::SplitLoaderError> for PartNotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartNotLoaded
    }
}

/// A page that is a part of its area's module (one of `lazy_pages!`), with "loading" until the
/// part has arrived, and if it does not, the error page whose "Yenidən cəhd edin" asks again.
pub fn lazy_page<F>(page: impl Fn() -> F + Send + Sync + 'static) -> AnyView
where
    F: Future<Output = Result<AnyView, PartNotLoaded>> + 'static,
{
    let attempt = RwSignal::new(0_u32);
    let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
    view! {
        <Suspense fallback=Loading>
            {move || {
                attempt.track();
                // The browser runs the load on its one thread; the future is not `Send`.
                let part = SendWrapper::new(page());
                Suspend::new(async move {
                    part.await.unwrap_or_else(|PartNotLoaded| {
                        first_paint_done();
                        view! { <LoadFailed error=LoadError::Failed retry/> }.into_any()
                    })
                })
            }}
        </Suspense>
    }
    .into_any()
}
