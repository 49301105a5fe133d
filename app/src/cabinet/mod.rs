//! The applicant's own pages: the personal cabinet, its settings, "Müraciətlərim", and an
//! application's page with its form while it is a draft, its progress, and complaints.

mod application;
mod cabinet;
mod complaints;
mod my_applications;
mod settings;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::routes::ClientRoute;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Cabinet => view! { <cabinet::Cabinet/> }.into_any(),
        ClientRoute::Settings => view! { <settings::Settings/> }.into_any(),
        ClientRoute::MyApplications => view! { <my_applications::MyApplications/> }.into_any(),
        ClientRoute::Application(number) => {
            view! { <application::ApplicationPage number/> }.into_any()
        }
        _ => view! { <NotFound/> }.into_any(),
    }
}
