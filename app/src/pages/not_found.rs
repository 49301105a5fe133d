use leptos::prelude::*;
use leptos_router::components::A;

use crate::client::{page_title, use_i18n};
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::NotFoundTitle).to_owned());
    view! {
        <h1 class="q-heading-xl">{move || i18n.t(Msg::NotFoundTitle)}</h1>
        <p class="q-body">{move || i18n.t(Msg::NotFoundBody)}</p>
        <p class="q-body">
            <A href=ClientRoute::Services.href()>{move || i18n.t(Msg::SeeAllServices)}</A>
        </p>
    }
}
