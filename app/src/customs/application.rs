//! A customs copy application on the cabinet's and the office's pages.

use leptos::prelude::*;

use super::copies::{CustomsDocumentEditor, CustomsDocumentRows};
use crate::api::{ApplicationStatus, CustomsDocument, CustomsDocumentForm};
use crate::client::today;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::i18n::Msg;
use crate::service_pages::{Editing, ForOfficer, OfficerPage, Sent};

applicant_part!(customs_application of crate::services::CUSTOMS_COPIES_SERVICE: editor, sent);

pub static OFFICER: OfficerPage = OfficerPage {
    answers: for_officer,
};

fn editor(editing: Editing) -> AnyView {
    let Editing {
        info,
        view,
        reference,
        limits,
    } = editing;
    let note = (view.status == ApplicationStatus::Returned)
        .then(|| view.agency_note())
        .flatten();
    view! { <CustomsDocumentEditor info view reference limits note/> }.into_any()
}

/// Sent, the form held its rules: it reads as the committee received it.
fn sent(sent: Sent) -> AnyView {
    let form: CustomsDocumentForm = serde_json::from_value(sent.view.form).unwrap_or_default();
    let pages = form
        .scan
        .iter()
        .map(|p| p.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let document = form.parse(&sent.reference, today()).ok();
    let reference = sent.reference;
    view! {
        {document.map(|document| view! { <CustomsDocumentRows document reference/> })}
        <SummaryList>
            <SummaryRow key=Msg::CustomsScanLabel>{pages}</SummaryRow>
        </SummaryList>
    }
    .into_any()
}

/// The document as its rules read it at submit.
fn for_officer(case: ForOfficer) -> AnyView {
    let document = case
        .summary
        .and_then(|summary| serde_json::from_value::<CustomsDocument>(summary).ok());
    let reference = case.reference;
    document
        .map(|document| view! { <CustomsDocumentRows document reference/> })
        .into_any()
}
