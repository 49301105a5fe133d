//! Registration of a foreigner at the place of stay (33.11): filed by a verified host for a
//! guest, with the guest's passport scanned; a returning guest's application starts from the
//! earlier one.

use app::api::{ErrorCode, ReferenceData, ReferenceList, StayForm, StaySummary};
use app::domain::{ApplicationNumber, Lang};
use app::i18n::Msg;
use app::services::{HandBuilt, PLACE_OF_STAY_SERVICE};
use async_trait::async_trait;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Applicant, Checked, Context, Refusal, Service, file_ids, own_pages};

pub struct PlaceOfStay;

#[async_trait]
impl Service for PlaceOfStay {
    fn definition(&self) -> &'static HandBuilt {
        &PLACE_OF_STAY_SERVICE
    }

    /// Only a verified host applies.
    async fn new_draft(
        &self,
        context: &Context<'_>,
        applicant: &Applicant<'_>,
        copy_from: Option<ApplicationNumber>,
    ) -> Result<Value, Refusal> {
        match context.store.host(applicant.account_id).await? {
            None => return Err(Refusal::NotNow(ErrorCode::NotAHost)),
            Some(host) if host.verified_at.is_none() => {
                return Err(Refusal::NotNow(ErrorCode::HostNotVerified));
            }
            Some(_) => {}
        }
        let Some(earlier) = copy_from else {
            return Ok(json!({}));
        };
        let earlier = context
            .store
            .application_of(applicant.account_id, &earlier)
            .await?
            .ok_or_else(|| Refusal::Invalid(vec![(ErrorCode::NotFound, "copy_from".into())]))?;
        let earlier = StayForm::deserialize(&earlier.form).map_err(|_| Refusal::Malformed)?;
        Ok(serde_json::to_value(
            earlier.for_returning_guest(context.today),
        )?)
    }

    fn holds(&self, form: &Value) -> bool {
        StayForm::deserialize(form).is_ok()
    }

    /// The guest's details by the rules, the passport pages the host's own; the summary
    /// carries the host's verified address, the place of stay.
    async fn check(
        &self,
        context: &Context<'_>,
        applicant: &Applicant<'_>,
        form: &Value,
    ) -> Result<Checked, Refusal> {
        let form = StayForm::deserialize(form).map_err(|_| Refusal::Malformed)?;
        let summary = form
            .parse(context.reference, context.today)
            .map_err(Refusal::Invalid)?;
        own_pages(context.store, &form.scan, applicant.account_id, "scan").await?;
        let host = context
            .store
            .host(applicant.account_id)
            .await?
            .ok_or(Refusal::NotNow(ErrorCode::NotAHost))?;
        let mut summary = serde_json::to_value(&summary)?;
        summary["address"] = json!(host.address);
        Ok(Checked {
            summary,
            files: file_ids(&form.scan),
            text_to: Vec::new(),
            email_to: None,
        })
    }

    /// The guest, the entry and the stay.
    fn result_subject(&self, reference: &ReferenceData, summary: &Value) -> Vec<String> {
        let Ok(stay) = StaySummary::deserialize(summary) else {
            return Vec::new();
        };
        let az = |msg: Msg| msg.text(Lang::Az);
        let citizenship = reference
            .name(ReferenceList::Countries, &stay.citizenship, Lang::Az)
            .unwrap_or(&stay.citizenship);
        vec![
            format!("{}: {} {}", az(Msg::ResultGuest), stay.name, stay.surname),
            format!("{}: {citizenship}", az(Msg::CitizenshipLabel)),
            format!("{}: {}", az(Msg::EntryDateLabel), stay.entry_date),
            format!("{}: {}", az(Msg::StayDaysLabel), stay.stay_days),
        ]
    }
}
