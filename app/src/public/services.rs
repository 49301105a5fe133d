use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::home::services_search_href;
use crate::api::{CATALOGUE_PATH, Catalogue};
use crate::client::{load, page_title, t, tr, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::search_box::SearchBox;
use crate::components::service_list::{ServiceItem, ServiceList};
use crate::domain::SearchQuery;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// All services on one page, grouped by agency; with `?q=` in the address, the services that
/// match, best first. Each keystroke updates the address, so a search can be shared.
#[component]
pub fn Services() -> impl IntoView {
    let i18n = use_i18n();
    let catalogue = load::<Catalogue>(CATALOGUE_PATH.into());
    let query_map = use_query_map();
    let typed = Signal::derive(move || query_map.get().get("q").unwrap_or_default());
    let query = Memo::new(move |_| SearchQuery::parse(&typed.get()));
    page_title(move || {
        let title = if query.get().is_some() {
            Msg::SearchResultsTitle
        } else {
            Msg::AllServicesTitle
        };
        i18n.t(title).to_owned()
    });
    let navigate = use_navigate();
    let search = Callback::new(move |q: String| {
        navigate(
            &services_search_href(&q),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        )
    });

    view! {
        <h1 class="q-heading-xl">{t(Msg::AllServicesTitle)}</h1>
        <SearchBox id="services-search" value=typed on_search=search instant=true/>
        {move || match catalogue.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => {
                view! { <LoadFailed error retry=Callback::new(move |()| catalogue.refetch())/> }.into_any()
            }
            Some(Ok(data)) => view! { <Listing data query typed/> }.into_any(),
        }}
    }
}

#[component]
fn Listing(
    data: Catalogue,
    query: Memo<Option<SearchQuery>>,
    typed: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let data = StoredValue::new(data);
    move || match query.get() {
        None => data
            .with_value(|data| view! { <Grouped data=data.clone()/> })
            .into_any(),
        Some(query) => {
            let hits = data.with_value(|data| data.search(&query));
            let count = hits.len().to_string();
            let status = move || {
                let typed = typed.get();
                let values = [("query", typed.trim()), ("count", count.as_str())];
                let msg = if count == "0" {
                    Msg::NoResults
                } else {
                    Msg::ResultsCount
                };
                i18n.fill(msg, &values)
            };
            view! {
                <p class="q-search-status" role="status">{status}</p>
                {hits.is_empty().then(|| view! {
                    <p class="q-body">{t(Msg::NoResultsHint)}</p>
                    <p class="q-body">
                        <A href=ClientRoute::Services.href()>{t(Msg::ClearSearch)}</A>
                    </p>
                })}
                <ul class="q-service-list">
                    {hits
                        .into_iter()
                        .map(|hit| view! { <ServiceItem service=hit.service agency=hit.agency_name/> })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }
    }
}

#[component]
fn Grouped(data: Catalogue) -> impl IntoView {
    let i18n = use_i18n();
    let agencies = data.agencies.len().to_string();
    let services = data.service_count().to_string();
    view! {
        <p class="q-search-status" role="status">
            {move || i18n.fill(Msg::CatalogueSummary, &[("agencies", &agencies), ("services", &services)])}
        </p>
        {data
            .agencies
            .into_iter()
            .filter(|agency| !agency.services.is_empty())
            .map(|agency| {
                let name = agency.name.clone();
                view! {
                    <section class="q-agency-group" aria-labelledby=format!("agency-{}", agency.number)>
                        <h2 class="q-heading-m" id=format!("agency-{}", agency.number)>
                            <A href=ClientRoute::Agency(agency.number).href()>
                                {tr(name.clone())}
                            </A>
                        </h2>
                        <ServiceList services=agency.services/>
                    </section>
                }
            })
            .collect_view()}
    }
}
