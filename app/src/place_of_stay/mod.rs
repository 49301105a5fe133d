//! "Olduğu yer üzrə qeydiyyata alınma" (seed 002): the host's registration and table, the
//! hotel's staff, the application in five steps, and changes to an accepted registration.

pub mod application;
pub mod changes;
mod host;
mod places;
mod staff;
pub mod wizard;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::components::service_flow::ServiceFlow;
use crate::routes::ClientRoute;

pub use host::{GENDERS, stay_href};

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Apply(number) => {
            view! { <ServiceFlow number flow=|_| view! { <host::PlaceOfStay/> }.into_any()/> }
                .into_any()
        }
        ClientRoute::HostRegistration => view! { <host::HostRegistration/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}
