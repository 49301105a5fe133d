//! One module per page; `App` picks the page from the address.

/// A form's text fields as one signal each, read from and written back to the form's type that
/// the API and the rules share.
macro_rules! text_fields {
    ($name:ident for $form:ty { $($field:ident),* $(,)? }) => {
        #[derive(Clone, Copy)]
        struct $name {
            $($field: RwSignal<String>,)*
        }

        impl $name {
            fn new(form: &$form) -> Self {
                Self { $($field: RwSignal::new(form.$field.clone()),)* }
            }

            /// Writes what is typed now into `form`.
            fn write(&self, form: &mut $form) {
                $(form.$field = self.$field.get_untracked();)*
            }
        }
    };
}

mod account;
mod agencies;
mod agency;
pub mod application;
pub mod apply;
mod cabinet;
mod complaints;
pub mod customs;
pub mod debt_certificate;
mod dev_gateway;
mod dev_identity;
mod dev_mailbox;
mod dev_officers;
mod fines;
mod home;
mod host_staff;
mod login;
mod my_applications;
pub mod not_found;
mod office;
mod office_admin;
mod office_application;
mod office_calendar;
mod payment;
pub mod place_of_stay;
mod registry;
mod service;
mod services;
mod settings;
mod statements;
mod stay_changes;
mod verify;

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};

use crate::client::I18n;
use crate::components::footer::Footer;
use crate::components::header::{Header, focus_main};
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn App() -> impl IntoView {
    provide_context(I18n::detect());
    view! {
        <Router>
            <Header/>
            <FocusAfterNavigation/>
            <div class="q-width-container">
                <main id="main" class="q-main" tabindex="-1">
                    <CurrentPage/>
                </main>
            </div>
            <Footer/>
        </Router>
    }
}

/// After moving to another page, starts keyboard and screen reader users at its content.
#[component]
fn FocusAfterNavigation() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            focus_main();
        }
        path
    });
}

/// The page for the address. Routes are parsed by `ClientRoute`, the same list the server
/// uses to tell a page from a 404.
#[component]
fn CurrentPage() -> impl IntoView {
    let location = use_location();
    let route = Memo::new(move |_| ClientRoute::parse(&location.pathname.get()));
    // The router writes the address to the history once the new page is drawn; with no route
    // table of its own to draw from, this component says when.
    let history = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        location.pathname.track();
        location.search.track();
        if let Some(history) = &history {
            history.ready_to_complete();
        }
    });
    move || match route.get() {
        Some(ClientRoute::Home) => view! { <home::Home/> }.into_any(),
        Some(ClientRoute::Services) => view! { <services::Services/> }.into_any(),
        Some(ClientRoute::Agencies) => view! { <agencies::Agencies/> }.into_any(),
        Some(ClientRoute::Agency(number)) => view! { <agency::AgencyPage number/> }.into_any(),
        Some(ClientRoute::Service(number)) => view! { <service::ServicePage number/> }.into_any(),
        Some(ClientRoute::Apply(number)) => view! { <apply::Apply number/> }.into_any(),
        Some(ClientRoute::Privacy) => view! { <statements::Privacy/> }.into_any(),
        Some(ClientRoute::Accessibility) => view! { <statements::Accessibility/> }.into_any(),
        Some(ClientRoute::Register) => view! { <account::Register/> }.into_any(),
        Some(ClientRoute::ConfirmAccount) => view! {
            <account::ConfirmAddress api="/api/accounts/confirm" body=Msg::ConfirmedBody/>
        }
        .into_any(),
        Some(ClientRoute::ConfirmEmail) => view! {
            <account::ConfirmAddress api="/api/account/email/confirm" body=Msg::EmailChangedBody/>
        }
        .into_any(),
        Some(ClientRoute::SetPassword) => view! { <account::SetPassword/> }.into_any(),
        Some(ClientRoute::ForgotPassword) => view! { <account::ForgotPassword/> }.into_any(),
        Some(ClientRoute::Login) => view! { <login::Login/> }.into_any(),
        Some(ClientRoute::LoginHow(means)) => view! { <login::LoginHow means/> }.into_any(),
        Some(ClientRoute::LoginReturn) => view! { <login::LoginReturn/> }.into_any(),
        Some(ClientRoute::Cabinet) => view! { <cabinet::Cabinet/> }.into_any(),
        Some(ClientRoute::Settings) => view! { <settings::Settings/> }.into_any(),
        Some(ClientRoute::Payment(id)) => view! { <payment::PaymentPage id/> }.into_any(),
        Some(ClientRoute::HostRegistration) => {
            view! { <place_of_stay::HostRegistration/> }.into_any()
        }
        Some(ClientRoute::Application(number)) => {
            view! { <application::ApplicationPage number/> }.into_any()
        }
        Some(ClientRoute::MyApplications) => {
            view! { <my_applications::MyApplications/> }.into_any()
        }
        Some(ClientRoute::Verify) => view! { <verify::Verify code=None/> }.into_any(),
        Some(ClientRoute::VerifyCode(code)) => {
            view! { <verify::Verify code=Some(code)/> }.into_any()
        }
        Some(ClientRoute::Office) => view! { <office::Office/> }.into_any(),
        Some(ClientRoute::OfficeApplication(number)) => {
            view! { <office_application::OfficeApplicationPage number/> }.into_any()
        }
        Some(ClientRoute::OfficeHosts) => view! { <office::OfficeHosts/> }.into_any(),
        Some(ClientRoute::OfficeOfficers) => view! { <office_admin::Officers/> }.into_any(),
        Some(ClientRoute::OfficeAudit) => view! { <office_admin::Audit/> }.into_any(),
        Some(ClientRoute::OfficeCalendar) => {
            view! { <office_calendar::OfficeCalendar/> }.into_any()
        }
        Some(ClientRoute::OfficeComplaints) => view! { <complaints::OfficeComplaints/> }.into_any(),
        Some(ClientRoute::OfficeRegistry) => view! { <registry::RegistryApplications/> }.into_any(),
        Some(ClientRoute::OfficeRegistryNew) => {
            view! { <registry::NewRegistryApplication/> }.into_any()
        }
        Some(ClientRoute::OfficeRegistryQueue) => view! { <registry::RegistryQueue/> }.into_any(),
        Some(ClientRoute::OfficeRegistryApplication(id)) => {
            view! { <registry::RegistryApplicationPage id/> }.into_any()
        }
        Some(ClientRoute::DevOfficers) => view! { <dev_officers::DevOfficers/> }.into_any(),
        Some(ClientRoute::DevMailbox) => view! { <dev_mailbox::DevMailbox/> }.into_any(),
        Some(ClientRoute::DevAsanImza) => view! { <dev_identity::DevAsanImza/> }.into_any(),
        Some(ClientRoute::DevIdentity) => view! { <dev_identity::DevIdentity/> }.into_any(),
        Some(ClientRoute::DevGateway) => view! { <dev_gateway::DevGateway/> }.into_any(),
        None => view! { <not_found::NotFound/> }.into_any(),
    }
}
