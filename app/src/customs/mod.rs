//! The State Customs Committee's copies of documents required for clearance (7.8).

pub mod application;
pub mod copies;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::components::service_flow::ServiceFlow;
use crate::routes::ClientRoute;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Apply(number) => view! {
            <ServiceFlow number flow=|_| view! { <copies::CustomsCopies/> }.into_any()/>
        }
        .into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}
