//! Azərişıq's debt certificate is fully automated: each sent application is checked against
//! billing at once and answered with a certificate. When billing is down the application waits,
//! the applicant is told once that it is delayed (not lost), and the check is tried again.

use std::sync::Arc;
use std::time::Duration;

use app::api::{ApplicationAction, DebtCertificateRequest, DebtFinding};
use app::domain::{ApplicationNumber, Lang, Qepik, Text};
use app::i18n::Msg;
use app::services::DEBT_CERTIFICATE_SERVICE;

use crate::calendar::today;
use crate::documents;
use crate::jobs::{Job, Periodic, Round};
use crate::registries::billing::UtilityBilling;
use crate::store::{Decision, OfficeError, Store};
use crate::workflow::applications;

#[derive(Clone)]
pub struct DebtChecks {
    store: Store,
    billing: Arc<dyn UtilityBilling>,
    base_url: String,
}

impl DebtChecks {
    pub fn new(store: Store, billing: Arc<dyn UtilityBilling>, base_url: &str) -> Self {
        Self {
            store,
            billing,
            base_url: base_url.trim_end_matches('/').to_owned(),
        }
    }

    /// Checks every application waiting; how many were answered.
    pub async fn check_waiting(&self) -> anyhow::Result<usize> {
        let service = DEBT_CERTIFICATE_SERVICE.service_number();
        let mut answered = 0;
        for (number, version, summary) in self.store.awaiting_check(&service).await? {
            let request: DebtCertificateRequest = serde_json::from_value(summary)?;
            if self.check(&number, version, &request).await? {
                answered += 1;
            }
        }
        Ok(answered)
    }

    async fn check(
        &self,
        number: &ApplicationNumber,
        version: i64,
        request: &DebtCertificateRequest,
    ) -> anyhow::Result<bool> {
        let link = format!("{}/applications/{number}", self.base_url);
        let asked = async {
            let address = match &request.address {
                Some(address) => Some(address.clone()),
                None => self
                    .billing
                    .subscribers(&request.fin)
                    .await?
                    .into_iter()
                    .find(|s| s.code == request.subscriber_code)
                    .map(|s| s.address),
            };
            let debt = match &address {
                Some(_) => self.billing.debt(&request.subscriber_code).await?,
                None => None,
            };
            Ok::<_, crate::registries::billing::BillingUnavailable>((address, debt))
        };
        let (address, debt) = match asked.await {
            Ok(answer) => answer,
            Err(unavailable) => {
                tracing::info!(%number, %unavailable, "the debt check waits for billing");
                applications::tell_delayed(&self.store, number, &link, &request.phones).await?;
                return Ok(false);
            }
        };
        let as_of = today();
        let az = |msg: Msg| msg.text(Lang::Az);
        let (action, title, note) = match (&address, debt) {
            (None, _) => (
                ApplicationAction::Refuse,
                Msg::ResultRefusedTitle,
                Some(az(Msg::ErrNotYourSubscriber)),
            ),
            (Some(_), Some(Qepik(0))) => (ApplicationAction::Accept, Msg::CertificateNoDebt, None),
            (Some(_), Some(_)) => (ApplicationAction::Accept, Msg::CertificateDebt, None),
            (Some(_), None) => (
                ApplicationAction::Refuse,
                Msg::ResultRefusedTitle,
                Some(az(Msg::SubscriberUnknownToBilling)),
            ),
        };
        let finding = debt.map(|debt| DebtFinding {
            debt,
            as_of: as_of.iso(),
        });
        let mut subject = vec![format!(
            "{}: {}",
            az(Msg::SubscriberCodeLabel),
            request.subscriber_code
        )];
        if let Some(address) = &address {
            subject.push(format!("{}: {address}", az(Msg::AddressGroup)));
        }
        if let Some(finding) = &finding {
            subject.push(format!(
                "{} ({}): {}",
                az(Msg::DebtAsOf),
                as_of,
                finding.debt.shown(Lang::Az)
            ));
        }
        // Every answer the applicant gave is on the certificate, labelled as on the form: the
        // numbers and the address the answer was sent to as well.
        subject.push(format!(
            "{}: {}",
            az(Msg::NewPhoneLabel),
            request.phones_shown()
        ));
        subject.push(format!("{}: {}", az(Msg::EmailLabel), request.email));
        let title = Text {
            az: title.text(Lang::Az).to_owned(),
            en: title.text(Lang::En).to_owned(),
            ru: title.text(Lang::Ru).to_owned(),
        };
        let decided = async {
            let standing = self
                .store
                .standing(number)
                .await?
                .ok_or(OfficeError::NotFound)?;
            let step = applications::office_step(&standing, version, action)?;
            let messages = applications::decided(
                &standing.applicant,
                number,
                note,
                &link,
                &request.phones,
                step.to,
            );
            let decision = Decision {
                step,
                note,
                fields_to_fix: &[],
                result: step.to.decided().then(documents::new_code),
                title: Some(title),
                subject,
                messages: &messages,
                signature: None,
            };
            self.store.decide_by_system(number, &decision).await
        }
        .await;
        match decided {
            Ok(()) => Ok(true),
            // Another round (or server) answered it first.
            Err(OfficeError::Stale | OfficeError::NotAllowed) => Ok(false),
            Err(error) => Err(error.into()),
        }
    }
}

/// Applications that billing could not answer at once are asked about again.
impl Periodic for DebtChecks {
    const JOB: Job = Job::DebtChecks;
    const PAUSE: Duration = Duration::from_secs(30);

    async fn round(&self) -> anyhow::Result<Round> {
        self.check_waiting().await?;
        Ok(Round::Finished)
    }
}
