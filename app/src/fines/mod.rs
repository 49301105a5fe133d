//! "Cərimələrin internet vasitəsilə ödənilməsi" (seed 000): finding a fine and paying it, and
//! a payment's page with its receipt.

mod pay;
mod payment;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::components::service_flow::ServiceFlow;
use crate::routes::ClientRoute;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Apply(number) => {
            view! { <ServiceFlow number flow=|_| view! { <pay::PayFine/> }.into_any()/> }.into_any()
        }
        ClientRoute::Payment(id) => view! { <payment::PaymentPage id/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}
