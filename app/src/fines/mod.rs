//! "Cərimələrin internet vasitəsilə ödənilməsi" (seed 000): finding a fine and paying it, and
//! a payment's page with its receipt. It needs no login, so a visitor comes to it from the
//! service's card: its two pages are parts of the public area's module (`public::pages`).

mod pay;
mod payment;

use leptos::prelude::*;

use crate::components::service_flow::ServiceFlow;
use crate::domain::{PaymentId, ServiceNumber};

/// Finding a fine and paying it, the service's flow.
pub fn pay(number: ServiceNumber) -> AnyView {
    view! { <ServiceFlow number flow=|_| view! { <pay::PayFine/> }.into_any()/> }.into_any()
}

/// A payment's page with its receipt, where the gateway sends the payer back.
pub fn payment(id: PaymentId) -> AnyView {
    view! { <payment::PaymentPage id/> }.into_any()
}
