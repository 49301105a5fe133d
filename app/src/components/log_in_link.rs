//! "Daxil ol" on a page that needs a login: the page is remembered, so the person comes back to
//! it after logging in, whichever of the four ways they choose (E-Gov's leaves the site and
//! returns in the same tab).

use leptos::prelude::*;

use crate::client::{here, remember_way_back, t};
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// A link to the login page (a page of another area, so a plain link) that brings the person
/// back here; `class` makes it a button where it is the page's one action.
#[component]
pub fn LogInLink(#[prop(optional)] class: &'static str) -> impl IntoView {
    view! {
        <a class=class href=ClientRoute::Login.href() on:click=move |_| remember_way_back(&here())>
            {t(Msg::LogIn)}
        </a>
    }
}
