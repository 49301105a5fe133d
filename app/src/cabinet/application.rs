//! An applicant's application of any service: while a draft (or returned for correction) the
//! service's form, after sending its number, status, the agency's word and history.

use futures_util::future::try_join4;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use serde::Deserialize;

use super::complaints::Complaints;
use crate::api::{ApplicationAction, ApplicationView, ReferenceData, SignatureView, UploadLimits};
use crate::client::today;
use crate::client::{
    LoadError, Method, csrf_header, get_text, load, page_title, send_json, session, t, use_i18n,
};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::session_timeout::SessionTimeout;
use crate::components::signature_list::SignatureList;
use crate::components::timeline::{Timeline, moment};
use crate::domain::{ApplicationNumber, CalendarDate, ServiceNumber};
use crate::i18n::Msg;
use crate::routes::ClientRoute;
use crate::service_pages::{ApplicantPages, Editing, Opened, Sent, ServiceViews, applicant_pages};
use crate::shell::lazy_page;

/// What the page reads before it knows its service's part: which service the application is
/// of. The rest of the view is decoded in the part.
#[derive(Deserialize)]
struct Opens {
    service: ServiceNumber,
}

/// The application with what a service's form needs beside it, and the pages of its service.
/// Read at once, not one after another: a logged-out visitor's application answers 401 beside
/// the session's `null`, and either makes the page ask them to log in.
async fn open(
    number: ApplicationNumber,
) -> Result<(Opened, Option<&'static ApplicantPages>), LoadError> {
    let (info, view, reference, limits) = try_join4(
        session(),
        get_text(&format!("/api/applications/{number}")),
        get_text("/api/reference"),
        get_text("/api/files/limits"),
    )
    .await?;
    let opens: Opens = serde_json::from_str(&view).map_err(|_| LoadError::Failed)?;
    let opened = Opened {
        info,
        view,
        reference,
        limits,
    };
    Ok((opened, applicant_pages(opens.service)))
}

/// An application's page: the part of the cabinet's module for its service draws it, or the
/// page of an application whose service has no pages of its own.
#[component]
pub fn ApplicationPage(number: ApplicationNumber) -> impl IntoView {
    let page = LocalResource::new(move || open(number));
    let changed = Callback::new(move |()| page.refetch());
    move || match page.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed error retry=changed/> }.into_any(),
        Some(Ok((opened, Some(pages)))) => (pages.page)(opened, changed),
        Some(Ok((opened, None))) => {
            lazy_page(move || super::other_application(opened.clone(), changed))
        }
    }
}

/// The page of an application, in its service's part: the service's form while the applicant
/// may change it, else the application's progress with the answers as sent.
pub fn application_page(
    opened: Opened,
    changed: Callback<()>,
    views: Option<ServiceViews>,
) -> AnyView {
    let Opened {
        info,
        view,
        reference,
        limits,
    } = opened;
    let decoded = serde_json::from_str::<ApplicationView>(&view).ok().zip(
        serde_json::from_str::<ReferenceData>(&reference)
            .ok()
            .zip(serde_json::from_str::<UploadLimits>(&limits).ok()),
    );
    let Some((view, (reference, limits))) = decoded else {
        return view! { <LoadFailed error=LoadError::Failed retry=changed/> }.into_any();
    };
    let session_minutes = info.me.session_minutes;
    let csrf = info.csrf_token.clone();
    let page = match views {
        Some(views) if view.status.editable() => (views.editor)(Editing {
            info,
            view,
            reference,
            limits,
        }),
        _ => view! {
            <ApplicationProgress view reference csrf=csrf.clone() changed sent=views.map(|v| v.sent)/>
        }
        .into_any(),
    };
    view! {
        <SessionTimeout session_minutes csrf/>
        {page}
    }
    .into_any()
}

/// A sent application: its status, the agency's word, and what happened when.
#[component]
fn ApplicationProgress(
    view: ApplicationView,
    reference: ReferenceData,
    csrf: String,
    changed: Callback<()>,
    /// The service's rows of the answers as sent, if it has them.
    sent: Option<fn(Sent) -> AnyView>,
) -> impl IntoView {
    let i18n = use_i18n();
    let number = view.number;
    let can_withdraw = view.status.after(ApplicationAction::Withdraw).is_some();
    let signatures = load::<Vec<SignatureView>>(format!("/api/applications/{number}/signatures"));
    let decided = view.status.decided();
    let complaints = view.complaints.clone();
    let complaint_csrf = csrf.clone();
    let change_csrf = csrf.clone();
    let asking = RwSignal::new(false);
    let withdraw = move |_| {
        let csrf = csrf.clone();
        spawn_local(async move {
            let path = format!("/api/applications/{number}/withdraw");
            let _ =
                send_json::<ApplicationView>(&path, &(), &csrf_header(&csrf), Method::Post).await;
            changed.run(());
        });
    };
    page_title(move || i18n.fill(Msg::ApplicationTitle, &[("number", &number.to_string())]));
    let service_part = sent.map(|sent| {
        sent(Sent {
            view: view.clone(),
            reference,
            csrf: change_csrf,
            changed,
        })
    });
    let status = view.status;
    let waiting = status.awaits_agency();
    let due = view
        .due_on
        .as_deref()
        .and_then(CalendarDate::parse)
        .filter(|_| waiting);
    let late = due.is_some_and(|d| d < today());
    let due = due.map(|d| d.to_string());
    let result = view.result;
    let viewers = view.viewers.clone();
    view! {
        <h1 class="q-heading-xl">{move || i18n.fill(Msg::ApplicationTitle, &[("number", &number.to_string())])}</h1>
        <p class="q-body"><strong class="q-status">{move || i18n.t(status.msg())}</strong></p>
        {due.map(|date| {
            let msg = if late { Msg::DuePassed } else { Msg::DueBy };
            view! { <p class="q-inset">{move || i18n.fill(msg, &[("date", &date)])}</p> }
        })}
        {result.map(|code| view! {
            <div class="q-panel q-panel--plain">
                <p class="q-body">
                    <a class="q-button" href=format!("/api/applications/{number}/result.pdf") download="">{t(Msg::ResultDownload)}</a>
                </p>
                <p class="q-body">
                    {move || i18n.fill(Msg::ResultCode, &[("code", &code.to_string())])} " "
                    <A href=ClientRoute::VerifyCode(code).href()>{t(Msg::VerifyTitle)}</A>
                </p>
            </div>
        })}
        {can_withdraw.then(|| view! {
            <div class="q-withdraw">
                <Show
                    when=move || asking.get()
                    fallback=move || view! {
                        <button type="button" class="q-button q-button--secondary" on:click=move |_| asking.set(true)>{t(Msg::Withdraw)}</button>
                    }
                >
                    <p class="q-body" role="status">{t(Msg::WithdrawConfirm)}</p>
                    <div class="q-button-group">
                        <button type="button" class="q-button q-button--warning" on:click=withdraw.clone()>{t(Msg::Withdraw)}</button>
                        <button type="button" class="q-button q-button--secondary" on:click=move |_| asking.set(false)>{t(Msg::Cancel)}</button>
                    </div>
                </Show>
            </div>
        })}
        {service_part}
        <h2 class="q-heading-l">{t(Msg::HistoryTitle)}</h2>
        <Timeline history=view.history/>
        {move || signatures.get().and_then(Result::ok).map(|signatures| view! {
            <SignatureList signatures bundles=format!("/api/applications/{number}/signatures")/>
        })}
        {decided.then(|| view! { <Complaints number complaints=complaints.clone() csrf=complaint_csrf.clone() changed/> })}
        <h2 class="q-heading-l">{t(Msg::ViewersTitle)}</h2>
        {if viewers.is_empty() {
            view! { <p class="q-body">{t(Msg::ViewersNone)}</p> }.into_any()
        } else {
            view! {
                <ul class="q-list">
                    {viewers.into_iter().map(|v| {
                        let role = v.role;
                        let agency = v.agency;
                        let times = v.looked_at.iter().map(|at| moment(at)).collect::<Vec<_>>().join(", ");
                        view! { <li>{move || format!("{}, {} — {}", i18n.t(role.msg()), agency.get(i18n.lang()), times)}</li> }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <p class="q-body"><A href=ClientRoute::MyApplications.href()>{t(Msg::MyApplications)}</A></p>
    }
}
