//! The applicant's own pages: the personal cabinet, its settings, "Müraciətlərim", and an
//! application's page with its form while it is a draft, its progress, and complaints. Each page
//! is a part of the area's module loaded when it is opened. The person's letters are an area of
//! their own (`crate::letters`).

mod application;
mod complaints;
mod my_applications;
mod overview;
mod settings;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::domain::ApplicationNumber;
use crate::routes::ClientRoute;
use crate::shell::lazy_page;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Cabinet => lazy_page(cabinet),
        ClientRoute::Settings => lazy_page(settings),
        ClientRoute::MyApplications => lazy_page(my_applications),
        ClientRoute::Application(number) => lazy_page(move || application(number)),
        _ => view! { <NotFound/> }.into_any(),
    }
}

lazy_pages! {
    cabinet() => view! { <overview::Cabinet/> };
    settings() => view! { <settings::Settings/> };
    my_applications() => view! { <my_applications::MyApplications/> };
    application(number: ApplicationNumber) => view! { <application::ApplicationPage number/> };
}
