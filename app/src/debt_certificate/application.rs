//! A debt certificate application on the cabinet's and the office's pages.

use leptos::prelude::*;

use super::form::DebtCertificate;
use crate::api::{DebtCertificateForm, DebtCertificateRequest};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::domain::Phone;
use crate::i18n::Msg;
use crate::service_pages::{Editing, ForOfficer, OfficerPage, Sent};

applicant_part!(debt_certificate_application of crate::services::DEBT_CERTIFICATE_SERVICE: editor, sent);

pub static OFFICER: OfficerPage = OfficerPage {
    answers: for_officer,
};

/// The form finds the applicant's open draft itself (the debt area's page opens it too).
fn editor(_: Editing) -> AnyView {
    view! { <DebtCertificate/> }.into_any()
}

/// Every answer as sent: the code, and each number and the address the answer goes to.
fn sent(sent: Sent) -> AnyView {
    let form: DebtCertificateForm = serde_json::from_value(sent.view.form).unwrap_or_default();
    let phones = form
        .phones
        .iter()
        .map(|raw| Phone::parse(raw).map_or_else(|| raw.clone(), |phone| phone.to_string()))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <SummaryList>
            <SummaryRow key=Msg::SubscriberCodeLabel>{form.subscriber_code}</SummaryRow>
            <SummaryRow key=Msg::NewPhoneLabel>{phones}</SummaryRow>
            <SummaryRow key=Msg::EmailLabel>{form.email}</SummaryRow>
        </SummaryList>
    }
    .into_any()
}

/// The request is what its rules made of the form at submit.
fn for_officer(case: ForOfficer) -> AnyView {
    let Some(request) = case
        .summary
        .and_then(|summary| serde_json::from_value::<DebtCertificateRequest>(summary).ok())
    else {
        return ().into_any();
    };
    let phones = request.phones_shown();
    view! {
        <SummaryList>
            <SummaryRow key=Msg::FinLabel><span class="q-code">{request.fin.to_string()}</span></SummaryRow>
            <SummaryRow key=Msg::SubscriberCodeLabel>{request.subscriber_code}</SummaryRow>
            <SummaryRow key=Msg::AddressGroup>{request.address.unwrap_or_default()}</SummaryRow>
            <SummaryRow key=Msg::NewPhoneLabel>{phones}</SummaryRow>
            <SummaryRow key=Msg::EmailLabel>{request.email.to_string()}</SummaryRow>
        </SummaryList>
    }
    .into_any()
}
