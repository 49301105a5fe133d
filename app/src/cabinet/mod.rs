//! The applicant's own pages: the personal cabinet, its settings, "Müraciətlərim", an
//! application's page with its form while it is a draft, its progress, and complaints, and
//! "Yazışmalarım", the person's official letters. Each page
//! is a part of the area's module loaded when it is opened.

mod application;
mod cabinet;
mod complaints;
mod letters;
mod my_applications;
mod settings;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::domain::{ApplicationNumber, LetterNumber};
use crate::routes::ClientRoute;
use crate::shell::lazy_page;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Cabinet => lazy_page(cabinet),
        ClientRoute::Settings => lazy_page(settings),
        ClientRoute::MyApplications => lazy_page(my_applications),
        ClientRoute::Application(number) => lazy_page(move || application(number)),
        ClientRoute::Letters => lazy_page(letters),
        ClientRoute::NewLetter => lazy_page(new_letter),
        ClientRoute::Letter(number) => lazy_page(move || letter(number)),
        _ => view! { <NotFound/> }.into_any(),
    }
}

lazy_pages! {
    cabinet() => view! { <cabinet::Cabinet/> };
    settings() => view! { <settings::Settings/> };
    my_applications() => view! { <my_applications::MyApplications/> };
    application(number: ApplicationNumber) => view! { <application::ApplicationPage number/> };
    letters() => view! { <letters::MyLetters/> };
    new_letter() => view! { <letters::NewLetter/> };
    letter(number: LetterNumber) => view! { <letters::LetterPage number/> };
}
