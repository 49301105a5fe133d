use leptos::prelude::*;
use leptos_router::components::A;

use crate::client::{page_title, t, use_i18n};
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::NotFoundTitle).to_owned());
    view! {
        <h1 class="q-heading-xl">{t(Msg::NotFoundTitle)}</h1>
        <p class="q-body">{t(Msg::NotFoundBody)}</p>
        <p class="q-body">
            <A href=ClientRoute::Services.href()>{t(Msg::SeeAllServices)}</A>
        </p>
    }
}
