//! The applicant's own pages: the personal cabinet, its settings, "Müraciətlərim", and an
//! application's page with its form while it is a draft, its progress, and complaints. Each page
//! is a part of the area's module loaded when it is opened; an application's page is the part
//! of its service (`crate::service_pages`). The person's letters are an area of their own
//! (`crate::letters`).

mod application;
mod complaints;
mod my_applications;
mod overview;
mod settings;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::routes::ClientRoute;
use crate::service_pages::Opened;
use crate::shell::lazy_page;

pub(crate) use application::application_page;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Cabinet => lazy_page(cabinet),
        ClientRoute::Settings => lazy_page(settings),
        ClientRoute::MyApplications => lazy_page(my_applications),
        // Not a part: the page reads which service the application is of, and the part of
        // that service draws it. Arriving at the page (a deep link, or from another area), no
        // file of that part is loaded yet, so it comes in one file, its pack (app/packs.js).
        ClientRoute::Application(number) => {
            view! { <application::ApplicationPage number/> }.into_any()
        }
        _ => view! { <NotFound/> }.into_any(),
    }
}

lazy_pages! {
    cabinet() => view! { <overview::Cabinet/> };
    settings() => view! { <settings::Settings/> };
    my_applications() => view! { <my_applications::MyApplications/> };
    // An application of a service with no pages of its own: its progress alone. The server
    // preloads it by its name in `services::OTHER_APPLICATION_PART`.
    other_application(opened: Opened, changed: Callback<()>) => application_page(opened, changed, None);
}
