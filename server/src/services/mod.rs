//! The services that take applications, one module each behind one trait: how a draft starts,
//! which forms are its own, the checks at submit, what happens after, and what its result
//! document says. The HTTP handlers and the office ask the registry; none matches on a number.
//! What client and server both know of a service (its area, the fields an officer may return)
//! is its entry in `app::services`.

mod customs_copies;
pub mod debt_certificate;
mod defined;
mod place_of_stay;

use std::collections::HashMap;
use std::sync::Arc;

use app::api::{ApplicationView, ErrorCode, FieldProblem, FileRef, Me, ReferenceData};
use app::domain::{ApplicationNumber, CalendarDate, Phone, Qepik, ServiceNumber};
use app::services::HandBuilt;
use async_trait::async_trait;
use serde_json::Value;

use crate::notify::Template;
use crate::registries::billing::UtilityBilling;
use crate::store::Store;

use customs_copies::CustomsCopies;
use debt_certificate::DebtCertificate;
use defined::DefinedForm;
use place_of_stay::PlaceOfStay;

/// Why a service does not take what was asked, for the API to say.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// Values that break the form's rules: every problem at once.
    #[error("invalid form")]
    Invalid(Vec<FieldProblem>),
    /// The applicant may not do this now: the code says why (not a host yet, no FIN …).
    #[error("not now: {0:?}")]
    NotNow(ErrorCode),
    /// What was sent is not a form of this service.
    #[error("not a form of the service")]
    Malformed,
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
}

impl From<sqlx::Error> for Refusal {
    fn from(error: sqlx::Error) -> Self {
        Self::Failed(error.into())
    }
}

impl From<serde_json::Error> for Refusal {
    fn from(error: serde_json::Error) -> Self {
        Self::Failed(error.into())
    }
}

/// What the services read to decide: the store, the forms' lists, the state systems, the day.
pub struct Context<'a> {
    pub store: &'a Store,
    pub reference: &'a ReferenceData,
    pub billing: &'a dyn UtilityBilling,
    /// Today in Baku, which is what "in the future" means to the rules.
    pub today: CalendarDate,
}

/// Who applies.
pub struct Applicant<'a> {
    pub account_id: i64,
    pub me: &'a Me,
}

/// How a new application starts: the form as the portal fills it in, and the version of a
/// defined form it is read against.
pub struct Draft {
    pub form: Value,
    pub form_version: Option<u32>,
}

impl Draft {
    /// A hand-built service's draft.
    pub fn of(form: Value) -> Self {
        Self {
            form,
            form_version: None,
        }
    }
}

/// What a submit records, as the service's rules make it from the form.
pub struct Checked {
    /// The form as the rules read it, kept for the officer and the result.
    pub summary: Value,
    /// The uploads the application now holds.
    pub files: Vec<String>,
    /// Where the applicant asked to be told by SMS and by e-mail.
    pub text_to: Vec<Phone>,
    pub email_to: Option<String>,
    /// The fee of the form version checked, to be paid before the application is sent: read
    /// here with the form, so a submit reads the definition once.
    pub fee: Option<Qepik>,
}

#[async_trait]
pub trait Service: Send + Sync {
    fn number(&self) -> ServiceNumber;

    /// The draft a new application starts with (what the portal already knows), or why this
    /// applicant cannot apply now. `copy_from` is an earlier application of theirs to start from.
    async fn new_draft(
        &self,
        context: &Context<'_>,
        applicant: &Applicant<'_>,
        copy_from: Option<ApplicationNumber>,
    ) -> Result<Draft, Refusal>;

    /// Whether a draft being saved is a form of this service, however incomplete.
    fn holds(&self, form: &Value) -> bool;

    /// The rules at submit, all problems at once.
    async fn check(
        &self,
        context: &Context<'_>,
        applicant: &Applicant<'_>,
        application: &ApplicationView,
    ) -> Result<Checked, Refusal>;

    /// The fee an application on this form version costs, paid before it can be sent.
    async fn fee(
        &self,
        _context: &Context<'_>,
        _form_version: Option<u32>,
    ) -> Result<Option<Qepik>, Refusal> {
        Ok(None)
    }

    /// What starts once an application is sent (a fully automated service's check).
    fn after_submit(&self) {}

    /// The e-mail that says the application was received: that an officer of the agency will
    /// review it, unless the service answers by itself.
    fn received_message(&self) -> Template {
        Template::ApplicationReceived
    }

    /// The fields an officer may mark when returning an application with this summary.
    async fn fixable_fields(
        &self,
        context: &Context<'_>,
        summary: Option<&Value>,
    ) -> Result<Vec<String>, Refusal>;

    /// What the result document says the decision is about, in the state language, from the
    /// summary its rules made at submit.
    async fn result_subject(
        &self,
        context: &Context<'_>,
        summary: &Value,
    ) -> Result<Vec<String>, Refusal>;
}

/// A hand-built service's fields to return, from its entry in the register.
fn registered_fields(service: &HandBuilt) -> Vec<String> {
    (service.fixable_fields)()
        .into_iter()
        .map(|(field, _)| field.to_owned())
        .collect()
}

/// Every service that takes applications, by number.
#[derive(Clone)]
pub struct Services(Arc<HashMap<ServiceNumber, Arc<dyn Service>>>);

impl Services {
    /// The hand-built services, one line each.
    pub fn hand_built(debt_checks: debt_certificate::DebtChecks) -> Self {
        Self::of(vec![
            Arc::new(PlaceOfStay),
            Arc::new(DebtCertificate::new(debt_checks)),
            Arc::new(CustomsCopies),
        ])
    }

    fn of(services: Vec<Arc<dyn Service>>) -> Self {
        Self(Arc::new(
            services
                .into_iter()
                .map(|service| (service.number(), service))
                .collect(),
        ))
    }

    /// The service of this number if it takes applications here: hand-built, or with a form
    /// its agency has published.
    pub async fn get(
        &self,
        store: &Store,
        number: ServiceNumber,
    ) -> sqlx::Result<Option<Arc<dyn Service>>> {
        if let Some(service) = self.0.get(&number) {
            return Ok(Some(service.clone()));
        }
        let published = store.has_published_form(number).await?;
        Ok(published.then(|| Arc::new(DefinedForm::new(number)) as Arc<dyn Service>))
    }
}

/// The uploads a form lists, by id.
pub fn file_ids(pages: &[FileRef]) -> Vec<String> {
    pages.iter().map(|page| page.id.clone()).collect()
}

/// Every page must be one the applicant uploaded.
pub async fn own_pages(
    store: &Store,
    pages: &[FileRef],
    account_id: i64,
    field: &str,
) -> Result<(), Refusal> {
    let ids: Vec<&str> = pages.iter().map(|page| page.id.as_str()).collect();
    if store.files_not_owned(&ids, account_id).await?.is_empty() {
        Ok(())
    } else {
        Err(Refusal::Invalid(vec![(
            ErrorCode::FileUnknown,
            field.into(),
        )]))
    }
}
