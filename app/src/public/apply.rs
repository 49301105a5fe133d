use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{PublishedForm, ServiceHeading, published_form_path};
use crate::client::{LoadError, load, page_title, t, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::service_flow::ServiceFlow;
use crate::defined_form::DefinedFormStart;
use crate::domain::ServiceNumber;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// Where "Müraciət et" leads for a service whose flow is not hand-built (those have areas of
/// their own): the start of its form if the agency has published one, else a page saying that
/// online applications are not open yet.
#[component]
pub fn Apply(number: ServiceNumber) -> impl IntoView {
    view! { <ServiceFlow number flow=defined_or_not_open/> }
}

fn defined_or_not_open(page: ServiceHeading) -> AnyView {
    let i18n = use_i18n();
    let number = page.service.number;
    let form = load::<PublishedForm>(published_form_path(number));
    let title = page.service.title.clone();
    page_title(move || match form.get() {
        Some(Err(LoadError::NotFound)) => i18n.t(Msg::ApplyNotOpenTitle).to_owned(),
        _ => title.get(i18n.lang()).to_owned(),
    });
    (move || match form.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok(form)) => view! { <DefinedFormStart page=page.clone() form/> }.into_any(),
        Some(Err(LoadError::NotFound)) => not_open(page.clone()),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| form.refetch())/> }.into_any()
        }
    })
    .into_any()
}

fn not_open(page: ServiceHeading) -> AnyView {
    let i18n = use_i18n();
    let number = page.service.number;
    let title = page.service.title;
    view! {
        <h1 class="q-heading-xl">{t(Msg::ApplyNotOpenTitle)}</h1>
        <p class="q-body">
            {move || i18n.fill(Msg::ApplyNotOpenBody, &[("service", title.get(i18n.lang()))])}
        </p>
        <p class="q-body">
            <A href=ClientRoute::Service(number).href()>{t(Msg::BackToService)}</A>
        </p>
    }
    .into_any()
}
