use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{CUSTOMS_COPIES, DEBT_CERTIFICATE, PLACE_OF_STAY};
use crate::client::{page_title, t, use_i18n};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::load_state::{LoadFailed, Loading};
use crate::domain::ServiceNumber;
use crate::i18n::Msg;
use crate::pages::customs::CustomsCopies;
use crate::pages::debt_certificate::DebtCertificate;
use crate::pages::fines::PayFine;
use crate::pages::place_of_stay::PlaceOfStay;
use crate::pages::service::{load_service, service_breadcrumbs};
use crate::routes::ClientRoute;

/// "Cərimələrin internet vasitəsilə ödənilməsi": the service whose online flow is built here.
pub const PAY_FINES: &str = "33.10";

/// Where "Müraciət et" leads: the service's online flow, or, until it opens, a page that says so.
#[component]
pub fn Apply(number: ServiceNumber) -> impl IntoView {
    let i18n = use_i18n();
    let page = load_service(number);
    let online = [PAY_FINES, PLACE_OF_STAY, DEBT_CERTIFICATE, CUSTOMS_COPIES]
        .contains(&number.to_string().as_str());
    if !online {
        page_title(move || i18n.t(Msg::ApplyNotOpenTitle).to_owned());
    }
    move || match page.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| page.refetch())/> }.into_any()
        }
        Some(Ok(page)) if number.to_string() == PAY_FINES => {
            let steps = service_breadcrumbs(&page);
            view! { <Breadcrumbs steps/> <PayFine/> }.into_any()
        }
        Some(Ok(page)) if number.to_string() == PLACE_OF_STAY => {
            let steps = service_breadcrumbs(&page);
            view! { <Breadcrumbs steps/> <PlaceOfStay/> }.into_any()
        }
        Some(Ok(page)) if number.to_string() == DEBT_CERTIFICATE => {
            let steps = service_breadcrumbs(&page);
            view! { <Breadcrumbs steps/> <DebtCertificate/> }.into_any()
        }
        Some(Ok(page)) if number.to_string() == CUSTOMS_COPIES => {
            let steps = service_breadcrumbs(&page);
            view! { <Breadcrumbs steps/> <CustomsCopies/> }.into_any()
        }
        Some(Ok(page)) => {
            let steps = service_breadcrumbs(&page);
            let title = page.service.title.clone();
            view! {
                <Breadcrumbs steps/>
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
    }
}
