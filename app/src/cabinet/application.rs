//! An applicant's application of any service: while a draft (or returned for correction) the
//! service's form, after sending its number, status, the agency's word and history.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use super::complaints::Complaints;
use crate::api::{ApplicationAction, ApplicationView, ReferenceData, SignatureView, UploadLimits};
use crate::client::today;
use crate::client::{
    LoadError, Method, csrf_header, get_json, load, page_title, send_json, session, t, use_i18n,
};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::session_timeout::SessionTimeout;
use crate::components::signature_list::SignatureList;
use crate::components::timeline::{Timeline, moment};
use crate::domain::{ApplicationNumber, CalendarDate};
use crate::i18n::Msg;
use crate::routes::ClientRoute;
use crate::service_pages::{Editing, Sent, applicant_pages};

/// The application with what a service's form needs beside it.
async fn load_application(number: ApplicationNumber) -> Result<Editing, LoadError> {
    let info = session().await?;
    let view = get_json::<ApplicationView>(&format!("/api/applications/{number}")).await?;
    let reference = get_json::<ReferenceData>("/api/reference").await?;
    let limits = get_json::<UploadLimits>("/api/files/limits").await?;
    Ok(Editing {
        info,
        view,
        reference,
        limits,
    })
}

#[component]
pub fn ApplicationPage(number: ApplicationNumber) -> impl IntoView {
    let page = LocalResource::new(move || load_application(number));
    move || match page.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| page.refetch())/> }.into_any()
        }
        Some(Ok(loaded)) => {
            let session_minutes = loaded.info.me.session_minutes;
            let csrf = loaded.info.csrf_token.clone();
            view! {
                <SessionTimeout session_minutes csrf=csrf.clone()/>
                {match applicant_pages(&loaded.view) {
                    Some(pages) if loaded.view.status.editable() => {
                        (pages.editor)(loaded)
                    }
                    _ => {
                        let changed = Callback::new(move |()| page.refetch());
                        view! { <ApplicationProgress view=loaded.view reference=loaded.reference csrf changed/> }.into_any()
                    }
                }}
            }
            .into_any()
        }
    }
}

/// A sent application: its status, the agency's word, and what happened when.
#[component]
fn ApplicationProgress(
    view: ApplicationView,
    reference: ReferenceData,
    csrf: String,
    changed: Callback<()>,
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
    let service_part = applicant_pages(&view).map(|pages| {
        (pages.sent)(Sent {
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
