//! "Olduğu yer üzrə qeydiyyata alınma" (seed 002): the host's registration and table, the
//! hotel's staff, the application in five steps, and changes to an accepted registration. The
//! area's module holds what a guest sees; the registration form and the host's desk are parts of
//! it.

pub mod application;
pub mod changes;
#[cfg(feature = "place_of_stay")]
mod host;
#[cfg(feature = "place_of_stay")]
mod places;
#[cfg(feature = "place_of_stay")]
mod staff;
pub mod wizard;

#[cfg(feature = "place_of_stay")]
use leptos::prelude::*;

#[cfg(feature = "place_of_stay")]
use crate::api::HostView;
#[cfg(feature = "place_of_stay")]
use crate::components::{not_found::NotFound, service_flow::ServiceFlow};
use crate::i18n::Msg;
use crate::routes::ClientRoute;
use crate::services::PLACE_OF_STAY_SERVICE;
#[cfg(feature = "place_of_stay")]
use crate::shell::lazy_page;

pub const GENDERS: [(&str, Msg); 3] = [
    ("male", Msg::GenderMale),
    ("female", Msg::GenderFemale),
    ("unknown", Msg::GenderUnknown),
];

/// The service's online page: the host's desk, or the way to become a host.
pub fn stay_href() -> String {
    ClientRoute::Apply(PLACE_OF_STAY_SERVICE.service_number()).href()
}

// The area's own pages are in its module alone: a lazy function compiled into another area's
// module would be exported and kept there (ADR 0010).
#[cfg(feature = "place_of_stay")]
pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Apply(number) => {
            view! { <ServiceFlow number flow=|_| view! { <host::PlaceOfStay/> }.into_any()/> }
                .into_any()
        }
        // The host registration page for someone without an account.
        ClientRoute::HostRegistration => lazy_page(|| host_registration(None)),
        _ => view! { <NotFound/> }.into_any(),
    }
}

// A guest reads only the choice to register or log in: the registration form and the host's
// desk are parts of the module, each loaded for the visitor who opens it (on a deep link the
// server preloads the desk for a visitor with a session: `ClientRoute::page_name_signed_in`).
#[cfg(feature = "place_of_stay")]
lazy_pages! {
    host_registration(csrf: Option<String>) => view! { <host::HostRegistrationForm csrf/> };
    host_desk(host: HostView, csrf: String) => view! { <host::HostApplications host csrf/> };
}
