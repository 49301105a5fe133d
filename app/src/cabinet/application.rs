//! An applicant's application of any service: while a draft (or returned for correction) the
//! service's form, after sending its number, status, the agency's word and history.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use super::complaints::Complaints;
use crate::api::{
    ApplicationAction, ApplicationStatus, ApplicationView, CUSTOMS_COPIES, CustomsDocumentForm,
    DEBT_CERTIFICATE, DebtCertificateForm, PLACE_OF_STAY, ReferenceData, ReferenceList,
    SessionInfo, StayChange, StayChangeStatus, StayChangeView, StayForm, StaySummary, UploadLimits,
};
use crate::client::today;
use crate::client::{LoadError, Method, csrf_header, get_json, page_title, send_json, t, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::session_timeout::SessionTimeout;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::timeline::{Timeline, moment};
use crate::customs::copies::{CustomsDocumentEditor, CustomsDocumentRows};
use crate::debt_certificate::form::DebtCertificate;
use crate::domain::{ApplicationNumber, CalendarDate};
use crate::i18n::Msg;
use crate::place_of_stay::changes::StayChanges;
use crate::place_of_stay::wizard::StayWizard;
use crate::routes::ClientRoute;

#[derive(Clone)]
struct Loaded {
    info: SessionInfo,
    view: ApplicationView,
    reference: ReferenceData,
    limits: UploadLimits,
}

async fn load_application(number: ApplicationNumber) -> Result<Loaded, LoadError> {
    let info = get_json::<SessionInfo>("/api/session").await?;
    let view = get_json::<ApplicationView>(&format!("/api/applications/{number}")).await?;
    let reference = get_json::<ReferenceData>("/api/reference").await?;
    let limits = get_json::<UploadLimits>("/api/files/limits").await?;
    Ok(Loaded {
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
                {if loaded.view.status.editable() && loaded.view.service.to_string() == DEBT_CERTIFICATE {
                    view! { <DebtCertificate/> }.into_any()
                } else if loaded.view.status.editable() && loaded.view.service.to_string() == CUSTOMS_COPIES {
                    let note = (loaded.view.status == ApplicationStatus::Returned).then(|| loaded.view.agency_note()).flatten();
                    let Loaded { info, view, reference, limits } = loaded;
                    view! { <CustomsDocumentEditor info view reference limits note/> }.into_any()
                } else if loaded.view.status.editable() {
                    let Loaded { info, view, reference, limits } = loaded;
                    view! { <StayWizard info view reference limits/> }.into_any()
                } else {
                    let changed = Callback::new(move |()| page.refetch());
                    view! { <ApplicationProgress view=loaded.view reference=loaded.reference csrf changed/> }.into_any()
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
    let decided = matches!(
        view.status,
        ApplicationStatus::Accepted | ApplicationStatus::Refused
    );
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
    let form: StayForm = serde_json::from_value(view.form.clone()).unwrap_or_default();
    let debt = (view.service.to_string() == DEBT_CERTIFICATE).then(|| {
        serde_json::from_value::<DebtCertificateForm>(view.form.clone()).unwrap_or_default()
    });
    // An accepted registration at the place of stay changes by the host's report or request.
    let stay_changes = (view.service.to_string() == PLACE_OF_STAY
        && view.status == ApplicationStatus::Accepted)
        .then(|| {
            let stay = StaySummary {
                surname: form.surname.clone(),
                name: form.name.clone(),
                citizenship: form.citizenship.clone(),
                stay_days: latest_stay_days(&form, &view.stay_changes),
                entry_date: CalendarDate::parse(&form.entry_date)?,
                companions: form.companions.len(),
            };
            Some((stay, view.stay_changes.clone()))
        })
        .flatten();
    let visa_until = form
        .has_visa
        .then(|| CalendarDate::parse(&form.visa_until))
        .flatten();
    let customs = (view.service.to_string() == CUSTOMS_COPIES).then(|| {
        serde_json::from_value::<CustomsDocumentForm>(view.form.clone()).unwrap_or_default()
    });
    let citizenship = reference
        .name(ReferenceList::Countries, &form.citizenship, i18n.lang())
        .unwrap_or(&form.citizenship)
        .to_owned();
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
        {match (debt, customs) {
            (Some(debt), _) => view! {
                <SummaryList>
                    <SummaryRow key=Msg::SubscriberCodeLabel>{debt.subscriber_code}</SummaryRow>
                    <SummaryRow key=Msg::EmailLabel>{debt.email}</SummaryRow>
                </SummaryList>
            }.into_any(),
            (None, Some(form)) => {
                let pages = form.scan.iter().map(|p| p.name.clone()).collect::<Vec<_>>().join(", ");
                // Sent, the form held its rules: it reads as the committee received it.
                let document = form.parse(&reference, today()).ok();
                view! {
                    {document.map(|document| view! { <CustomsDocumentRows document reference=reference.clone()/> })}
                    <SummaryList>
                        <SummaryRow key=Msg::CustomsScanLabel>{pages}</SummaryRow>
                    </SummaryList>
                }.into_any()
            }
            (None, None) => view! {
                <SummaryList>
                    <SummaryRow key=Msg::ForeignerNameColumn>{format!("{} {}", form.name, form.surname)}</SummaryRow>
                    <SummaryRow key=Msg::CitizenshipLabel>{citizenship}</SummaryRow>
                    <SummaryRow key=Msg::PassportNumberLabel>{form.passport_number.clone()}</SummaryRow>
                    <SummaryRow key=Msg::EntryDateLabel>{CalendarDate::parse(&form.entry_date).map(|d| d.to_string()).unwrap_or_default()}</SummaryRow>
                    <SummaryRow key=Msg::StayDaysLabel>{form.stay_days.clone()}</SummaryRow>
                </SummaryList>
            }.into_any(),
        }}
        {stay_changes.map(|(stay, changes)| view! {
            <StayChanges number stay visa_until changes csrf=change_csrf.clone() changed/>
        })}
        <h2 class="q-heading-l">{t(Msg::HistoryTitle)}</h2>
        <Timeline history=view.history/>
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
                        view! { <li>{move || format!("{}, {} — {}", i18n.t(role.msg()), agency.get(i18n.lang()), moment(&v.at))}</li> }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <p class="q-body"><A href=ClientRoute::MyApplications.href()>{t(Msg::MyApplications)}</A></p>
    }
}

/// The stay's days as registered, or as the last accepted extension made them.
fn latest_stay_days(form: &StayForm, changes: &[StayChangeView]) -> u32 {
    changes
        .iter()
        .rev()
        .find_map(|c| match (&c.change, c.status) {
            (StayChange::Extension { stay_days, .. }, StayChangeStatus::Accepted) => {
                Some(*stay_days)
            }
            _ => None,
        })
        .unwrap_or_else(|| form.stay_days.trim().parse().unwrap_or_default())
}
