//! Each hand-built service's pages for an application of it: the applicant's form while it is
//! a draft or returned, what the applicant sees once it is sent, and how the officer reads it.
//! The pages live in the service's folder; a service is registered here by one line. An
//! application of a form the agency defined as data has the renderer's pages
//! (`crate::defined_form`), whatever its service. The cabinet's and the office's application
//! pages ask this, not the service's number.

use leptos::prelude::*;
use serde_json::Value;

use crate::api::{ApplicationView, PublishedForm, ReferenceData, SessionInfo, UploadLimits};
use crate::domain::ServiceNumber;
use crate::services::{
    CUSTOMS_COPIES_SERVICE, DEBT_CERTIFICATE_SERVICE, HandBuilt, PLACE_OF_STAY_SERVICE,
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

pub struct ServicePages {
    pub editor: fn(Editing) -> AnyView,
    /// Beside the status, result and history every application shows.
    pub sent: fn(Sent) -> AnyView,
    /// The answers as the applicant gave them, laid out for the decision.
    pub for_officer: fn(ForOfficer) -> AnyView,
}

static SERVICE_PAGES: [(&HandBuilt, &ServicePages); 3] = [
    (
        &PLACE_OF_STAY_SERVICE,
        &crate::place_of_stay::application::PAGES,
    ),
    (
        &DEBT_CERTIFICATE_SERVICE,
        &crate::debt_certificate::application::PAGES,
    ),
    (&CUSTOMS_COPIES_SERVICE, &crate::customs::application::PAGES),
];

/// The pages of a service's applications, if it has hand-built ones.
fn hand_built_pages(number: ServiceNumber) -> Option<&'static ServicePages> {
    SERVICE_PAGES
        .iter()
        .find(|(service, _)| service.is(number))
        .map(|(_, pages)| *pages)
}

/// The pages of this application: the renderer's for a defined form (it names the form's
/// version), else its service's hand-built ones, if it has them.
pub fn pages_for(view: &ApplicationView) -> Option<&'static ServicePages> {
    if view.form_version.is_some() {
        Some(&crate::defined_form::PAGES)
    } else {
        hand_built_pages(view.service)
    }
}
