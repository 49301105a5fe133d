//! "Is this document genuine?": anyone holding a result types (or scans) its code and sees
//! what the document says, without logging in.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::api::{ErrorCode, IssuedResult, Problem};
use crate::client::{LoadError, get_json, page_title, t, tr, use_i18n};
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_input::TextInput;
use crate::components::timeline::moment;
use crate::domain::ResultCode;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn Verify(code: Option<ResultCode>) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::VerifyTitle).to_owned());
    let typed = RwSignal::new(code.map(|c| c.to_string()).unwrap_or_default());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let navigate = use_navigate();
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match ResultCode::parse(&typed.get_untracked()) {
            Some(code) => {
                problems.set(Vec::new());
                navigate(&ClientRoute::VerifyCode(code).href(), Default::default());
            }
            None => problems.set(vec![Problem::new(
                ErrorCode::VerifyCodeInvalid,
                Some("code"),
                i18n.lang(),
            )]),
        }
    };
    view! {
        <ErrorSummary problems/>
        <h1 class="q-heading-xl">{t(Msg::VerifyTitle)}</h1>
        <form class="q-form" novalidate on:submit=check>
            <TextInput field="code" label=Msg::VerifyCodeInput value=typed problems autocomplete="off"/>
            <button type="submit" class="q-button">{t(Msg::VerifyCheck)}</button>
        </form>
        {code.map(|code| view! { <Checked code/> })}
    }
}

#[component]
fn Checked(code: ResultCode) -> impl IntoView {
    let result = LocalResource::new(move || async move {
        get_json::<IssuedResult>(&format!("/api/verify/{code}")).await
    });
    move || match result.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(LoadError::NotFound)) => view! {
            <p class="q-inset q-inset--warning" role="status">{t(Msg::VerifyUnknown)}</p>
        }
        .into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| result.refetch())/> }.into_any()
        }
        Some(Ok(found)) => view! { <Genuine result=found/> }.into_any(),
    }
}

#[component]
fn Genuine(result: IssuedResult) -> impl IntoView {
    let i18n = use_i18n();
    let decision = result.decision;
    let source = result.applicant_source();
    view! {
        <div class="q-panel" role="status">
            <p class="q-panel__body">{t(Msg::VerifyGenuine)}</p>
        </div>
        <SummaryList>
            {result.title.map(|title| view! { <SummaryRow key=Msg::VerifyDocument>{tr(title)}</SummaryRow> })}
            <SummaryRow key=Msg::VerifyDecision><strong>{move || i18n.t(decision.msg())}</strong></SummaryRow>
            <SummaryRow key=Msg::AgencyOfService>{tr(result.agency)}</SummaryRow>
            <SummaryRow key=Msg::ColumnService>{tr(result.service)}</SummaryRow>
            <SummaryRow key=Msg::ApplicationNumberLabel>{result.number.to_string()}</SummaryRow>
            <SummaryRow key=Msg::ColumnApplicant>
                {result.applicant}
                <span class="q-summary-list__note">{t(source)}</span>
            </SummaryRow>
            <SummaryRow key=Msg::VerifyAbout>
                {result.subject.into_iter().map(|line| view! { <span class="q-summary-list__line">{line}</span> }).collect_view()}
            </SummaryRow>
            <SummaryRow key=Msg::VerifyReason>{result.note.unwrap_or_default()}</SummaryRow>
            <SummaryRow key=Msg::VerifyIssued>{moment(&result.issued_at)}</SummaryRow>
            <SummaryRow key=Msg::VerifyCodeLabel><span class="q-code">{result.code.to_string()}</span></SummaryRow>
            <SummaryRow key=Msg::ResultSignedBy>
                {match result.signed_by {
                    Some(signer) => {
                        let check = signer.check;
                        view! {
                            {signer.name.unwrap_or_default()}
                            <span class="q-summary-list__note">{moment(&signer.signed_at)}</span>
                            <strong class="q-summary-list__line">{move || i18n.t(check.msg())}</strong>
                        }.into_any()
                    }
                    None => view! { {t(Msg::ResultUnsigned)} }.into_any(),
                }}
            </SummaryRow>
        </SummaryList>
    }
}
