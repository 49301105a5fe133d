//! The back office's frame: the officer's own menu above each page, and the page only for an
//! officer (the server checks the role again on every request). Shared by the back office and the
//! agency's side of correspondence, which is an area of its own (`crate::letters`).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{OfficeRole, OfficerRole, SessionInfo};
use crate::client::{LoadError, session, t, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::session_timeout::SessionTimeout;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// The session of an officer, or why the page cannot be shown.
#[derive(Clone)]
enum Desk {
    Open(SessionInfo, OfficeRole),
    NotAnOfficer,
}

async fn desk() -> Result<Desk, LoadError> {
    let info = session().await?;
    Ok(match info.me.office {
        Some(role) => Desk::Open(info, role),
        None => Desk::NotAnOfficer,
    })
}

/// Draws `page` for an officer at their desk; anyone else is told this is the agency's side.
#[component]
pub fn AtDesk<F, V>(page: F) -> impl IntoView
where
    F: Fn(SessionInfo, OfficeRole) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let session = LocalResource::new(desk);
    move || match session.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(LoadError::LoggedOut)) | Some(Ok(Desk::NotAnOfficer)) => view! {
            <h1 class="q-heading-xl">{t(Msg::NavOffice)}</h1>
            <p class="q-body">{t(Msg::ErrForbidden)}</p>
            <p class="q-body"><A href=ClientRoute::Login.href()>{t(Msg::LogIn)}</A></p>
        }
        .into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| session.refetch())/> }
                .into_any()
        }
        Some(Ok(Desk::Open(info, role))) => {
            let minutes = info.me.session_minutes;
            let csrf = info.csrf_token.clone();
            view! {
                <SessionTimeout session_minutes=minutes csrf/>
                <OfficeNav role/>
                {page(info, role)}
            }
            .into_any()
        }
    }
}

/// The back office's own menu: what the role may open.
#[component]
fn OfficeNav(role: OfficeRole) -> impl IntoView {
    let i18n = use_i18n();
    let works = role.role.works_applications();
    let mut items = Vec::new();
    if works {
        items.push((ClientRoute::Office, Msg::OfficeTitle));
        items.push((ClientRoute::OfficeLetters, Msg::OfficeLettersTitle));
        if role.agency.get() == 33 {
            items.push((ClientRoute::OfficeHosts, Msg::OfficeHostsTitle));
        }
    }
    if role.role == OfficerRole::Supervisor {
        items.push((ClientRoute::OfficeComplaints, Msg::ComplaintsTitle));
    }
    // Registry applications (rule 10): the supervisor files the agency's, the operator works
    // every agency's.
    match role.role {
        OfficerRole::Supervisor => {
            items.push((ClientRoute::OfficeRegistry, Msg::RegistryApplicationsTitle));
        }
        OfficerRole::RegistryOperator => {
            items.push((ClientRoute::OfficeRegistryQueue, Msg::RegistryQueueTitle));
        }
        _ => {}
    }
    // The supervisor and the service editor build the forms of the agency's interactive
    // services.
    if role.role.edits_forms() {
        items.push((ClientRoute::OfficeForms, Msg::FormsTitle));
    }
    // The supervisor writes the agency's regulations and agrees to other agencies' drafts.
    if role.role.writes_regulations() {
        items.push((ClientRoute::OfficeRegulations, Msg::RegDeskTitle));
    }
    if matches!(
        role.role,
        OfficerRole::Administrator | OfficerRole::Supervisor
    ) {
        items.push((ClientRoute::OfficeOfficers, Msg::OfficersTitle));
        items.push((ClientRoute::OfficeAudit, Msg::OfficeAudit));
    }
    if role.role == OfficerRole::Administrator {
        items.push((ClientRoute::OfficeCalendar, Msg::CalendarTitle));
    }
    view! {
        <nav class="q-office-nav" aria-label=move || i18n.t(Msg::NavOffice)>
            <ul class="q-office-nav__list">
                {items.into_iter().map(|(route, msg)| {
                    // The queue's address begins the others': only the page itself is current.
                    view! {
                        <li class="q-office-nav__item">
                            <A href=route.href() exact=true attr:class="q-office-nav__link">{t(msg)}</A>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}
