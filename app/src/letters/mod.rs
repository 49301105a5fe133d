//! Official correspondence (rules 11.6–11.7), both sides of it: "Yazışmalarım", where a person
//! writes to any agency and follows each letter, and the agency's correspondence queue, where its
//! officers read, answer or forward them.
//!
//! An area of its own (ADR 0010): as lazy pages of the cabinet and the back office, the letters'
//! forms shared their components with the application pages, and the splitter cut those into
//! shared parts that every page of both areas paid for (the cabinet's page 9 KiB heavier, an
//! application's 23 KiB). Its five pages are small enough to be one module.

mod mine;
mod office;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::routes::ClientRoute;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Letters => view! { <mine::MyLetters/> }.into_any(),
        ClientRoute::NewLetter => view! { <mine::NewLetter/> }.into_any(),
        ClientRoute::Letter(number) => view! { <mine::LetterPage number/> }.into_any(),
        ClientRoute::OfficeLetters => view! { <office::OfficeLetters/> }.into_any(),
        ClientRoute::OfficeLetter(number) => {
            view! { <office::OfficeLetterPage number/> }.into_any()
        }
        _ => view! { <NotFound/> }.into_any(),
    }
}
