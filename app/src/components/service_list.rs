use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{ServiceCard, ServiceKind};
use crate::client::{tr, use_i18n};
use crate::domain::Text;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// One service in a list: its title as a link, its number and type, and (in search results)
/// the agency it belongs to.
#[component]
pub fn ServiceItem(service: ServiceCard, #[prop(optional)] agency: Option<Text>) -> impl IntoView {
    let i18n = use_i18n();
    let href = ClientRoute::Service(service.number).href();
    let title = service.title.clone();
    let kind = service.kind;
    let number = service.number.to_string();
    view! {
        <li class="q-service-list__item">
            <A href=href attr:class="q-service-list__link">{tr(title.clone())}</A>
            <p class="q-service-list__meta">
                <span class="q-service-list__number">{number}</span>
                " · "
                {move || i18n.t(kind_label(kind))}
                {agency.map(|agency| view! {
                    " · "
                    <span class="q-service-list__agency">{tr(agency.clone())}</span>
                })}
            </p>
        </li>
    }
}

pub fn kind_label(kind: ServiceKind) -> Msg {
    match kind {
        ServiceKind::Informative => Msg::KindInformative,
        ServiceKind::Interactive => Msg::KindInteractive,
    }
}

#[component]
pub fn ServiceList(services: Vec<ServiceCard>) -> impl IntoView {
    view! {
        <ul class="q-service-list">
            {services.into_iter().map(|service| view! { <ServiceItem service/> }).collect_view()}
        </ul>
    }
}
