//! The agency's back office, everything under `/office`: the queue, an application, hosts to
//! verify, complaints, officers, the audit log, the holiday calendar, registry applications, the
//! editor of the agency's application forms, and the agency's regulations (rules 9.1–9.8). The
//! form's preview and the agency's correspondence are areas of their own (`crate::form_preview`,
//! `crate::letters`).
//! Each page is a part of the area's module loaded when it is opened.

mod admin;
mod application;
mod calendar;
mod complaints;
mod forms;
mod hosts;
mod queue;
mod registry;
mod regulations;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::domain::{ApplicationNumber, ServiceNumber};
use crate::routes::ClientRoute;
use crate::shell::lazy_page;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Office => lazy_page(office),
        ClientRoute::OfficeApplication(number) => lazy_page(move || office_application(number)),
        ClientRoute::OfficeHosts => lazy_page(|| office_registry_application(Request::Hosts(None))),
        ClientRoute::OfficeHostPlace(id) => {
            lazy_page(move || office_registry_application(Request::Hosts(Some(id))))
        }
        ClientRoute::OfficeOfficers => lazy_page(office_officers),
        ClientRoute::OfficeAudit => lazy_page(office_audit),
        ClientRoute::OfficeCalendar => lazy_page(office_calendar),
        ClientRoute::OfficeComplaints => lazy_page(office_complaints),
        ClientRoute::OfficeRegistry => lazy_page(office_registry),
        ClientRoute::OfficeRegistryNew => lazy_page(office_registry_new),
        ClientRoute::OfficeRegistryQueue => lazy_page(office_registry_queue),
        ClientRoute::OfficeRegistryApplication(id) => {
            lazy_page(move || office_registry_application(Request::Registry(id)))
        }
        ClientRoute::OfficeForms => lazy_page(office_forms),
        ClientRoute::OfficeForm(number) => lazy_page(move || office_form(number)),
        ClientRoute::OfficeRegulations => lazy_page(|| office_regulations(None)),
        ClientRoute::OfficeRegulation(number) => {
            lazy_page(move || office_regulations(Some(number)))
        }
        _ => view! { <NotFound/> }.into_any(),
    }
}

/// What the requests' part opens: a registry application, or the hosts' addresses (one of
/// them when named).
enum Request {
    Registry(i64),
    Hosts(Option<i64>),
}

lazy_pages! {
    office() => view! { <queue::Office/> };
    office_application(number: ApplicationNumber) => {
        view! { <application::OfficeApplicationPage number/> }
    };
    office_officers() => view! { <admin::Officers/> };
    office_audit() => view! { <admin::Audit/> };
    office_calendar() => view! { <calendar::OfficeCalendar/> };
    office_complaints() => view! { <complaints::OfficeComplaints/> };
    office_registry() => view! { <registry::RegistryApplications/> };
    office_registry_new() => view! { <registry::NewRegistryApplication/> };
    office_registry_queue() => view! { <registry::RegistryQueue/> };
    // A registry application and a host's address in one part: each is a request the officer
    // answers with the same decision form. Apart, the parts they share with the application's
    // page, the one opened all day, would be cut into smaller pieces that it pays for.
    office_registry_application(request: Request) => match request {
        Request::Registry(id) => view! { <registry::RegistryApplicationPage id/> }.into_any(),
        Request::Hosts(place) => view! { <hosts::OfficeHosts place/> }.into_any(),
    };
    office_forms() => view! { <forms::OfficeForms/> };
    office_form(number: ServiceNumber) => view! { <forms::OfficeForm number/> };
    // The list and the editor in one part: split apart, the code they share would be cut into
    // small shared parts that every page of the area pays for.
    office_regulations(number: Option<ServiceNumber>) => match number {
        None => view! { <regulations::OfficeRegulations/> }.into_any(),
        Some(number) => view! { <regulations::OfficeRegulation number/> }.into_any(),
    };
}
