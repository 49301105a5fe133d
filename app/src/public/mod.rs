//! The public area, what every visitor downloads first: the catalogue and its search, the
//! agencies, a service's card, checking a result document, the statements, and 404.

mod agencies;
mod agency;
mod apply;
mod home;
mod service;
mod services;
mod statements;
mod verify;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::routes::ClientRoute;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Home => view! { <home::Home/> }.into_any(),
        ClientRoute::Services => view! { <services::Services/> }.into_any(),
        ClientRoute::Agencies => view! { <agencies::Agencies/> }.into_any(),
        ClientRoute::Agency(number) => view! { <agency::AgencyPage number/> }.into_any(),
        ClientRoute::Service(number) => view! { <service::ServicePage number/> }.into_any(),
        ClientRoute::Apply(number) => view! { <apply::ApplyNotOpen number/> }.into_any(),
        ClientRoute::Privacy => view! { <statements::Privacy/> }.into_any(),
        ClientRoute::Accessibility => view! { <statements::Accessibility/> }.into_any(),
        ClientRoute::Verify => view! { <verify::Verify code=None/> }.into_any(),
        ClientRoute::VerifyCode(code) => view! { <verify::Verify code=Some(code)/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}
