use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::ServicePage;
use crate::client::{page_title, t, use_i18n};
use crate::components::service_flow::ServiceFlow;
use crate::domain::ServiceNumber;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// Where "Müraciət et" leads for a service whose online flow is not built yet: a page that says
/// so (the services whose flows are built have areas of their own).
#[component]
pub fn ApplyNotOpen(number: ServiceNumber) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::ApplyNotOpenTitle).to_owned());
    view! { <ServiceFlow number flow=not_open/> }
}

fn not_open(page: ServicePage) -> AnyView {
    let i18n = use_i18n();
    let number = page.service.number;
    let title = page.service.title;
    view! {
        <h1 class="q-heading-xl">{t(Msg::ApplyNotOpenTitle)}</h1>
        <p class="q-body">
            {move || i18n.fill(Msg::ApplyNotOpenBody, &[("service", title.get(i18n.lang()))])}
        </p>
        <p class="q-body">
            <A href=ClientRoute::Service(number).href()>{t(Msg::BackToService)}</A>
        </p>
    }
    .into_any()
}
