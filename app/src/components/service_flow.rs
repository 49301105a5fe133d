//! A service's own page under the way back to its agency: the service's card is loaded for the
//! breadcrumbs and the page's title, then the page shows.

use leptos::prelude::*;

use crate::api::{ServiceHeading, service_path};
use crate::client::{LoadError, load, use_i18n};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::load_state::{LoadFailed, Loading};
use crate::domain::{AgencyNumber, ServiceNumber, Text};
use crate::i18n::Msg;
use crate::routes::ClientRoute;
use crate::shell::first_paint_done;

pub fn load_service<T: serde::de::DeserializeOwned + 'static>(
    number: ServiceNumber,
) -> LocalResource<Result<T, LoadError>> {
    load(service_path(number))
}

/// The way back from a service to its agency.
pub fn service_breadcrumbs(
    agency: AgencyNumber,
    agency_name: Text,
) -> Signal<Vec<(String, String)>> {
    let i18n = use_i18n();
    Signal::derive(move || {
        vec![
            (i18n.t(Msg::NavHome).to_owned(), ClientRoute::Home.href()),
            (
                i18n.t(Msg::NavAgencies).to_owned(),
                ClientRoute::Agencies.href(),
            ),
            (
                agency_name.get(i18n.lang()).to_owned(),
                ClientRoute::Agency(agency).href(),
            ),
        ]
    })
}

/// "Müraciət et" leads here: the service's flow (or the public page saying it is not open yet),
/// once its card has loaded.
#[component]
pub fn ServiceFlow(number: ServiceNumber, flow: fn(ServiceHeading) -> AnyView) -> impl IntoView {
    let page = load_service::<ServiceHeading>(number);
    move || match page.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            // What the server painted first of the flow stands for a page that is not coming.
            first_paint_done();
            view! { <LoadFailed error retry=Callback::new(move |()| page.refetch())/> }.into_any()
        }
        Some(Ok(page)) => {
            let steps = service_breadcrumbs(page.agency, page.agency_name.clone());
            view! { <Breadcrumbs steps/> {flow(page)} }.into_any()
        }
    }
}
