//! Azərişıq's certificate of debt or no debt (42.1): asked with a subscriber code of the
//! applicant's own, answered by an automated check against billing.

mod checks;

use app::api::{ApplicationView, DebtCertificateForm, ErrorCode};
use app::domain::{ApplicationNumber, ServiceNumber};
use app::services::DEBT_CERTIFICATE_SERVICE;
use async_trait::async_trait;
use serde::Deserialize;
use serde_json::Value;

use super::{Applicant, Checked, Context, Draft, Refusal, Service, registered_fields};
use crate::notify::Template;

pub use checks::DebtChecks;

pub struct DebtCertificate {
    checks: DebtChecks,
}

impl DebtCertificate {
    pub fn new(checks: DebtChecks) -> Self {
        Self { checks }
    }
}

#[async_trait]
impl Service for DebtCertificate {
    fn number(&self) -> ServiceNumber {
        DEBT_CERTIFICATE_SERVICE.service_number()
    }

    /// Billing answers by FIN: a person without one cannot ask. The draft starts with the
    /// account's e-mail.
    async fn new_draft(
        &self,
        _: &Context<'_>,
        applicant: &Applicant<'_>,
        _: Option<ApplicationNumber>,
    ) -> Result<Draft, Refusal> {
        if applicant.me.fin.is_none() {
            return Err(Refusal::NotNow(ErrorCode::FinNeeded));
        }
        Ok(Draft::of(serde_json::to_value(DebtCertificateForm {
            email: applicant.me.email.clone().unwrap_or_default(),
            ..DebtCertificateForm::default()
        })?))
    }

    fn holds(&self, form: &Value) -> bool {
        DebtCertificateForm::deserialize(form).is_ok()
    }

    /// The code must be the person's own (billing says whose), and the mobile number confirmed.
    async fn check(
        &self,
        context: &Context<'_>,
        applicant: &Applicant<'_>,
        application: &ApplicationView,
    ) -> Result<Checked, Refusal> {
        let form =
            DebtCertificateForm::deserialize(&application.form).map_err(|_| Refusal::Malformed)?;
        let fin = applicant
            .me
            .fin
            .as_ref()
            .ok_or(Refusal::NotNow(ErrorCode::FinNeeded))?;
        // Billing down does not stop the application: it is sent, and the check asks whose the
        // code is when billing answers again.
        let subscribers = context.billing.subscribers(fin).await.ok();
        let (settings, _) = context.store.account_settings(applicant.account_id).await?;
        let request = form
            .parse(fin, subscribers.as_deref(), &settings.phones)
            .map_err(Refusal::Invalid)?;
        Ok(Checked {
            text_to: request.phones.clone(),
            email_to: Some(request.email.as_str().to_owned()),
            summary: serde_json::to_value(&request)?,
            files: Vec::new(),
            fee: None,
        })
    }

    /// A fully automated service answers in seconds: the check starts now, not at the next
    /// round.
    fn after_submit(&self) {
        let checks = self.checks.clone();
        tokio::spawn(async move {
            if let Err(error) = checks.check_waiting().await {
                tracing::warn!(%error, "the debt check failed; the next round tries again");
            }
        });
    }

    /// No officer looks at it: the received e-mail says the portal checks it now.
    fn received_message(&self) -> Template {
        Template::ApplicationReceivedAutomated
    }

    async fn fixable_fields(
        &self,
        _: &Context<'_>,
        _: Option<&Value>,
    ) -> Result<Vec<String>, Refusal> {
        Ok(registered_fields(&DEBT_CERTIFICATE_SERVICE))
    }

    /// The certificate itself is the result; its decision says what billing found.
    async fn result_subject(&self, _: &Context<'_>, _: &Value) -> Result<Vec<String>, Refusal> {
        Ok(Vec::new())
    }
}
