//! The public area, what every visitor downloads first: the home page in the area's module, and
//! each other page (the catalogue and its search, the agencies, a service's card, its
//! regulation's versions and public discussion, checking a result document, the statements,
//! and paying a fine, `crate::fines`) a part of it loaded when it is opened.

mod agencies;
mod agency;
mod apply;
mod discussion;
mod home;
mod regulation_history;
mod service;
mod services;
mod statements;
mod verify;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::domain::{AgencyNumber, PaymentId, ResultCode, ServiceNumber};
use crate::routes::ClientRoute;
use crate::services::FINES_SERVICE;
use crate::shell::lazy_page;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Home => view! { <home::Home/> }.into_any(),
        ClientRoute::Services => lazy_page(services),
        ClientRoute::Agencies => lazy_page(agencies),
        ClientRoute::Agency(number) => lazy_page(move || agency(number)),
        ClientRoute::Service(number) => lazy_page(move || service(number)),
        ClientRoute::Apply(number) if FINES_SERVICE.is(number) => lazy_page(move || fines(number)),
        ClientRoute::Payment(id) => lazy_page(move || payment(id)),
        ClientRoute::Apply(number) => lazy_page(move || apply(number)),
        ClientRoute::ServiceDiscussion(number) => lazy_page(move || service_discussion(number)),
        ClientRoute::RegulationHistory(number) => lazy_page(move || regulation_history(number)),
        ClientRoute::Discussions => lazy_page(discussions),
        ClientRoute::Privacy => lazy_page(privacy),
        ClientRoute::Accessibility => lazy_page(accessibility),
        ClientRoute::Verify => lazy_page(verify),
        ClientRoute::VerifyCode(code) => lazy_page(move || verify_code(code)),
        _ => view! { <NotFound/> }.into_any(),
    }
}

lazy_pages! {
    services() => view! { <services::Services/> };
    agencies() => view! { <agencies::Agencies/> };
    agency(number: AgencyNumber) => view! { <agency::AgencyPage number/> };
    service(number: ServiceNumber) => view! { <service::ServicePage number/> };
    apply(number: ServiceNumber) => view! { <apply::Apply number/> };
    service_discussion(number: ServiceNumber) => {
        view! { <discussion::ServiceDiscussion number/> }
    };
    regulation_history(number: ServiceNumber) => {
        view! { <regulation_history::RegulationHistory number/> }
    };
    discussions() => view! { <discussion::Discussions/> };
    privacy() => view! { <statements::Privacy/> };
    accessibility() => view! { <statements::Accessibility/> };
    verify() => view! { <verify::Verify code=None/> };
    verify_code(code: ResultCode) => view! { <verify::Verify code=Some(code)/> };
    fines(number: ServiceNumber) => crate::fines::pay(number);
    payment(id: PaymentId) => crate::fines::payment(id);
}
