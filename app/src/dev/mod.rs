//! Development and demo only: the simulators' pages under `/dev`. Only the development entry
//! point links this code; a production build has no such entry point.

mod gateway;
mod identity;
mod mailbox;
mod officers;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::routes::ClientRoute;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::DevOfficers => view! { <officers::DevOfficers/> }.into_any(),
        ClientRoute::DevMailbox => view! { <mailbox::DevMailbox/> }.into_any(),
        ClientRoute::DevAsanImza => view! { <identity::DevAsanImza/> }.into_any(),
        ClientRoute::DevIdentity => view! { <identity::DevIdentity/> }.into_any(),
        ClientRoute::DevGateway => view! { <gateway::DevGateway/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}
