use leptos::prelude::*;
use leptos_router::components::A;

use crate::client::{t, use_i18n};
use crate::domain::Lang;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// The skip link, the portal's name, the language switch and the main menu.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a href="#main" class="q-skip-link" on:click=skip_to_main>
            {t(Msg::SkipToContent)}
        </a>
        <header class="q-header">
            <div class="q-header__container q-width-container">
                <A href=ClientRoute::Home.href() attr:class="q-header__brand">
                    <span class="q-header__name">{t(Msg::SiteName)}</span>
                    <span class="q-header__tagline">{t(Msg::SiteTagline)}</span>
                </A>
                <LanguageSwitch/>
            </div>
        </header>
        <nav class="q-nav" aria-label=move || i18n.t(Msg::MainNavigation)>
            <ul class="q-nav__list q-width-container">
                <NavItem route=ClientRoute::Home msg=Msg::NavHome/>
                <NavItem route=ClientRoute::Services msg=Msg::NavAllServices/>
                <NavItem route=ClientRoute::Agencies msg=Msg::NavAgencies/>
                <NavItem route=ClientRoute::Cabinet msg=Msg::NavCabinet/>
            </ul>
        </nav>
    }
}

/// Moves focus to the main content itself; the router would otherwise treat the link as a
/// navigation and leave focus where it was.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    focus_main();
}

pub fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

#[component]
fn NavItem(route: ClientRoute, msg: Msg) -> impl IntoView {
    view! {
        <li class="q-nav__item">
            <A href=route.href() attr:class="q-nav__link" exact=true>{t(msg)}</A>
        </li>
    }
}

/// Buttons rather than links: switching language keeps the page and anything typed on it.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="q-lang-switch" aria-label=move || i18n.t(Msg::LanguageSwitch)>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <li class="q-lang-switch__item">
                            <button
                                type="button"
                                class="q-lang-switch__button"
                                lang=lang.code()
                                aria-pressed=move || (i18n.lang() == lang).to_string()
                                on:click=move |_| i18n.choose(lang)
                            >
                                {lang.endonym()}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
