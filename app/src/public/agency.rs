use leptos::prelude::*;

use crate::api::{Agency, agency_path};
use crate::client::{load, page_title, t, tr, use_i18n};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::service_list::ServiceList;
use crate::domain::AgencyNumber;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// One agency and its services.
#[component]
pub fn AgencyPage(number: AgencyNumber) -> impl IntoView {
    let i18n = use_i18n();
    let agency = load::<Agency>(agency_path(number));
    page_title(move || match agency.get() {
        Some(Ok(agency)) => agency.name.get(i18n.lang()).to_owned(),
        _ => i18n.t(Msg::AgenciesTitle).to_owned(),
    });
    let steps = Signal::derive(move || {
        vec![
            (i18n.t(Msg::NavHome).to_owned(), ClientRoute::Home.href()),
            (
                i18n.t(Msg::NavAgencies).to_owned(),
                ClientRoute::Agencies.href(),
            ),
        ]
    });
    move || match agency.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| agency.refetch())/> }.into_any()
        }
        Some(Ok(agency)) => {
            let name = agency.name.clone();
            let number = agency.number.to_string();
            view! {
                <Breadcrumbs steps/>
                <h1 class="q-heading-xl">{tr(name.clone())}</h1>
                <p class="q-caption">{move || i18n.fill(Msg::AgencyNumberLabel, &[("number", &number)])}</p>
                <h2 class="q-heading-l">{t(Msg::AgencyServicesTitle)}</h2>
                <ServiceList services=agency.services/>
            }
            .into_any()
        }
    }
}
