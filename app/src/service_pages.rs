//! Each hand-built service's pages for an application of it: the applicant's form while it is
//! a draft or returned, what the applicant sees once it is sent, and how the officer reads it.
//! The pages live in the service's folder; a service is registered here by one line. The
//! cabinet's and the office's application pages ask this, not the service's number.

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

pub struct ServicePages {
    pub service: &'static HandBuilt,
    pub editor: fn(Editing) -> AnyView,
    /// Beside the status, result and history every application shows.
    pub sent: fn(Sent) -> AnyView,
    /// The answers as the applicant gave them, laid out for the decision.
    pub for_officer: fn(ForOfficer) -> AnyView,
}

static SERVICE_PAGES: [&ServicePages; 3] = [
    &crate::place_of_stay::application::PAGES,
    &crate::debt_certificate::application::PAGES,
    &crate::customs::application::PAGES,
];

/// The pages of a service's applications, if it has hand-built ones.
pub fn pages_of(number: ServiceNumber) -> Option<&'static ServicePages> {
    SERVICE_PAGES
        .iter()
        .copied()
        .find(|pages| pages.service.is(number))
}
