//! The agency's back office, everything under `/office`: the queue, an application, hosts to
//! verify, complaints, officers, the audit log, the holiday calendar and registry applications.

mod admin;
mod application;
mod calendar;
mod complaints;
mod queue;
mod registry;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::routes::ClientRoute;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Office => view! { <queue::Office/> }.into_any(),
        ClientRoute::OfficeApplication(number) => {
            view! { <application::OfficeApplicationPage number/> }.into_any()
        }
        ClientRoute::OfficeHosts => view! { <queue::OfficeHosts/> }.into_any(),
        ClientRoute::OfficeOfficers => view! { <admin::Officers/> }.into_any(),
        ClientRoute::OfficeAudit => view! { <admin::Audit/> }.into_any(),
        ClientRoute::OfficeCalendar => view! { <calendar::OfficeCalendar/> }.into_any(),
        ClientRoute::OfficeComplaints => view! { <complaints::OfficeComplaints/> }.into_any(),
        ClientRoute::OfficeRegistry => view! { <registry::RegistryApplications/> }.into_any(),
        ClientRoute::OfficeRegistryNew => view! { <registry::NewRegistryApplication/> }.into_any(),
        ClientRoute::OfficeRegistryQueue => view! { <registry::RegistryQueue/> }.into_any(),
        ClientRoute::OfficeRegistryApplication(id) => {
            view! { <registry::RegistryApplicationPage id/> }.into_any()
        }
        _ => view! { <NotFound/> }.into_any(),
    }
}
