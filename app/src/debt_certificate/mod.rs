//! Azərişıq's certificate of debt or no debt (42.1): the application, and its result.

pub mod application;
pub mod form;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::components::service_flow::ServiceFlow;
use crate::routes::ClientRoute;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Apply(number) => view! {
            <ServiceFlow number flow=|_| view! { <form::DebtCertificate/> }.into_any()/>
        }
        .into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}
