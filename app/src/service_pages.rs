//! Each hand-built service's pages for an application of it: the applicant's form while it is
//! a draft or returned, what the applicant sees once it is sent, and how the officer reads it.
//! The pages live in the service's folder; a service is registered here once for the applicant
//! and once for the officer. An application of a form the agency defined as data has the
//! renderer's pages (`crate::defined_form`), whatever its service. The cabinet's and the
//! office's application pages ask this, not the service's number.

use leptos::prelude::*;
use serde_json::Value;

use crate::api::{ApplicationView, PublishedForm, ReferenceData, SessionInfo, UploadLimits};
use crate::domain::ServiceNumber;
use crate::services::{
    CUSTOMS_COPIES_SERVICE, DEBT_CERTIFICATE_SERVICE, HandBuilt, PLACE_OF_STAY_SERVICE,
    application_part,
};

/// An application the applicant is filling in, with what its page loaded.
#[derive(Clone)]
pub struct Editing {
    pub info: SessionInfo,
    pub view: ApplicationView,
    pub reference: ReferenceData,
    pub limits: UploadLimits,
}

/// A sent application on the applicant's page; `changed` reloads it after an action.
pub struct Sent {
    pub view: ApplicationView,
    pub reference: ReferenceData,
    pub csrf: String,
    pub changed: Callback<()>,
}

/// An application on the officer's page, with the summary its rules made at submit.
pub struct ForOfficer {
    pub view: ApplicationView,
    pub summary: Option<Value>,
    pub reference: ReferenceData,
    /// The version of a defined form the application was sent on, for an application of one.
    pub form: Option<PublishedForm>,
}

/// An application as its page loaded it, for its service's part of the cabinet's module to
/// draw: the application, the portal's lists and the upload limits as the API sent them, each
/// decoded in the part, which carries the decoders.
#[derive(Clone)]
pub struct Opened {
    pub info: SessionInfo,
    pub view: String,
    pub reference: String,
    pub limits: String,
}

/// How a hand-built service or the renderer draws its share of an application's page: the form
/// while the application is a draft or returned, the answers as sent beside the status, result
/// and history every application shows.
#[derive(Clone, Copy)]
pub struct ServiceViews {
    pub editor: fn(Editing) -> AnyView,
    pub sent: fn(Sent) -> AnyView,
}

/// The applicant's pages of an application: each service's are a part of the cabinet's module
/// of their own (`applicant_part!`), the whole page with the service's form and answers, so an
/// application downloads its own service's form and no other's. `changed` loads the
/// application again after an action.
pub struct ApplicantPages {
    /// The part's name, as `services::application_part` gives it.
    pub part: &'static str,
    pub page: fn(Opened, Callback<()>) -> AnyView,
}

/// The officer's reading of an application: the answers as the applicant gave them, laid out
/// for the decision. Apart from the applicant's pages, so that the back office's module links
/// none of the applicants' forms.
pub struct OfficerPage {
    pub answers: fn(ForOfficer) -> AnyView,
}

/// Each service's applicant pages, found by the name of their part.
static APPLICANT_PAGES: [&ApplicantPages; 4] = [
    &crate::place_of_stay::application::APPLICANT,
    &crate::debt_certificate::application::APPLICANT,
    &crate::customs::application::APPLICANT,
    &crate::defined_form::APPLICANT,
];

static OFFICER_PAGES: [(&HandBuilt, &OfficerPage); 3] = [
    (
        &PLACE_OF_STAY_SERVICE,
        &crate::place_of_stay::application::OFFICER,
    ),
    (
        &DEBT_CERTIFICATE_SERVICE,
        &crate::debt_certificate::application::OFFICER,
    ),
    (
        &CUSTOMS_COPIES_SERVICE,
        &crate::customs::application::OFFICER,
    ),
];

/// The applicant's pages of an application of this service: those of the part
/// `services::application_part` names, the answer the server preloads by; none for a service
/// without pages of its own.
pub fn applicant_pages(service: ServiceNumber) -> Option<&'static ApplicantPages> {
    let part = application_part(service);
    APPLICANT_PAGES
        .iter()
        .copied()
        .find(|pages| pages.part == part)
}

/// The officer's page of this application: the renderer's for a defined form (the application
/// names the form's version), else its hand-built service's, if it has one.
pub fn officer_page(view: &ApplicationView) -> Option<&'static OfficerPage> {
    if view.form_version.is_some() {
        Some(&crate::defined_form::OFFICER)
    } else {
        OFFICER_PAGES
            .iter()
            .find(|(service, _)| service.is(view.service))
            .map(|(_, page)| *page)
    }
}
