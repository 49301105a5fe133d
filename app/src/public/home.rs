use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::api::{AGENCIES_PATH, AgencySummary};
use crate::client::{load, page_title, t, tr, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::search_box::SearchBox;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::NavHome).to_owned());
    let navigate = use_navigate();
    let search =
        Callback::new(move |q: String| navigate(&services_search_href(&q), Default::default()));
    view! {
        <div class="q-hero">
            <h1 class="q-heading-xl">{t(Msg::HomeTitle)}</h1>
            <p class="q-lead">{t(Msg::HomeLead)}</p>
            <SearchBox id="home-search" value=Signal::stored(String::new()) on_search=search large=true/>
        </div>
        <h2 class="q-heading-l">{t(Msg::AgenciesTitle)}</h2>
        <AgencyList/>
    }
}

/// The address of a search: shareable, and the same search the services page runs.
pub fn services_search_href(query: &str) -> String {
    let query = query.trim();
    if query.is_empty() {
        ClientRoute::Services.href()
    } else {
        format!(
            "{}?q={}",
            ClientRoute::Services.href(),
            js_sys::encode_uri_component(query)
        )
    }
}

/// Every agency with the number of its services, as links to the agency's page.
#[component]
pub fn AgencyList() -> impl IntoView {
    let i18n = use_i18n();
    let agencies = load::<Vec<AgencySummary>>(AGENCIES_PATH.into());
    move || match agencies.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| agencies.refetch())/> }
                .into_any()
        }
        Some(Ok(agencies)) => {
            let summary = summary(&agencies);
            view! {
                <p class="q-body">{move || summary(i18n.lang())}</p>
                <ul class="q-agency-list">
                    {agencies
                        .into_iter()
                        .map(|agency| {
                            let count = agency.service_count.to_string();
                            let name = agency.name.clone();
                            view! {
                                <li class="q-agency-list__item">
                                    <A href=ClientRoute::Agency(agency.number).href() attr:class="q-agency-list__link">
                                        {tr(name.clone())}
                                    </A>
                                    <span class="q-agency-list__count">
                                        {move || i18n.fill(Msg::ServiceCount, &[("count", &count)])}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }
    }
}

fn summary(agencies: &[AgencySummary]) -> impl Fn(crate::domain::Lang) -> String + use<> {
    let services = agencies
        .iter()
        .map(|a| a.service_count)
        .sum::<usize>()
        .to_string();
    let agencies = agencies.len().to_string();
    move |lang| {
        Msg::CatalogueSummary.fill(lang, &[("agencies", &agencies), ("services", &services)])
    }
}
