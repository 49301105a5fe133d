//! Each hand-built service's pages for an application of it: the applicant's form while it is
//! a draft or returned, what the applicant sees once it is sent, and how the officer reads it.
//! The pages live in the service's folder; a service is registered here once for the applicant
//! and once for the officer. The cabinet's and the office's application pages ask this, not the
//! service's number.

use leptos::prelude::*;
use serde_json::Value;

use crate::api::{ApplicationView, ReferenceData, SessionInfo, UploadLimits};
use crate::domain::ServiceNumber;
use crate::services::HandBuilt;

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
}

/// The applicant's pages of a service's application.
pub struct ApplicantPages {
    pub service: &'static HandBuilt,
    pub editor: fn(Editing) -> AnyView,
    /// Beside the status, result and history every application shows.
    pub sent: fn(Sent) -> AnyView,
}

/// The officer's reading of a service's application: the answers as the applicant gave them,
/// laid out for the decision. Apart from the applicant's pages, so that the back office's
/// module holds none of the applicants' forms.
pub struct OfficerPage {
    pub service: &'static HandBuilt,
    pub answers: fn(ForOfficer) -> AnyView,
}

static APPLICANT_PAGES: [&ApplicantPages; 3] = [
    &crate::place_of_stay::application::APPLICANT,
    &crate::debt_certificate::application::APPLICANT,
    &crate::customs::application::APPLICANT,
];

static OFFICER_PAGES: [&OfficerPage; 3] = [
    &crate::place_of_stay::application::OFFICER,
    &crate::debt_certificate::application::OFFICER,
    &crate::customs::application::OFFICER,
];

/// The applicant's pages of a service's applications, if it has hand-built ones.
pub fn applicant_pages(number: ServiceNumber) -> Option<&'static ApplicantPages> {
    APPLICANT_PAGES
        .iter()
        .copied()
        .find(|pages| pages.service.is(number))
}

/// The officer's page of a service's applications, if it has a hand-built one.
pub fn officer_page(number: ServiceNumber) -> Option<&'static OfficerPage> {
    OFFICER_PAGES
        .iter()
        .copied()
        .find(|page| page.service.is(number))
}
