//! Registration of a foreigner at the place of stay (33.11): filed by a verified host for a
//! guest, with the guest's passport scanned; a returning guest's application starts from the
//! earlier one.

use app::api::{ApplicationView, ErrorCode, HostPlace, HostPlaceStatus, StayForm, StaySummary};
use app::domain::{ApplicationNumber, Lang, ServiceNumber};
use app::i18n::Msg;
use app::services::PLACE_OF_STAY_SERVICE;
use async_trait::async_trait;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{
    Applicant, Checked, Context, Draft, Refusal, Service, file_ids, own_pages, registered_fields,
};

pub struct PlaceOfStay;

/// The addresses of the host the applicant files for (their own, or their organisation's).
async fn verified_places(
    context: &Context<'_>,
    applicant: &Applicant<'_>,
) -> Result<Vec<HostPlace>, Refusal> {
    let host = context
        .store
        .host(applicant.account_id)
        .await?
        .ok_or(Refusal::NotNow(ErrorCode::NotAHost))?;
    Ok(context.store.host_places(host.account_id).await?)
}

#[async_trait]
impl Service for PlaceOfStay {
    fn number(&self) -> ServiceNumber {
        PLACE_OF_STAY_SERVICE.service_number()
    }

    /// Only a verified host applies.
    async fn new_draft(
        &self,
        context: &Context<'_>,
        applicant: &Applicant<'_>,
        copy_from: Option<ApplicationNumber>,
    ) -> Result<Draft, Refusal> {
        let places = verified_places(context, applicant).await?;
        if !places
            .iter()
            .any(|place| place.status == HostPlaceStatus::Verified)
        {
            return Err(Refusal::NotNow(ErrorCode::HostNotVerified));
        }
        let Some(earlier) = copy_from else {
            return Ok(Draft::of(json!({})));
        };
        let earlier = context
            .store
            .application_of(applicant.account_id, &earlier)
            .await?
            .ok_or_else(|| Refusal::Invalid(vec![(ErrorCode::NotFound, "copy_from".into())]))?;
        let earlier = StayForm::deserialize(&earlier.form).map_err(|_| Refusal::Malformed)?;
        Ok(Draft::of(serde_json::to_value(
            earlier.for_returning_guest(context.today),
        )?))
    }

    fn holds(&self, form: &Value) -> bool {
        StayForm::deserialize(form).is_ok()
    }

    /// The guest's details by the rules at one of the host's verified addresses, the
    /// passport pages the host's own.
    async fn check(
        &self,
        context: &Context<'_>,
        applicant: &Applicant<'_>,
        application: &ApplicationView,
    ) -> Result<Checked, Refusal> {
        let form = StayForm::deserialize(&application.form).map_err(|_| Refusal::Malformed)?;
        let places = verified_places(context, applicant).await?;
        let summary = form
            .parse(context.reference, context.today, &places)
            .map_err(Refusal::Invalid)?;
        own_pages(context.store, &form.scan, applicant.account_id, "scan").await?;
        Ok(Checked {
            summary: serde_json::to_value(&summary)?,
            files: file_ids(&form.scan),
            text_to: Vec::new(),
            email_to: None,
            fee: None,
        })
    }

    async fn fixable_fields(
        &self,
        _: &Context<'_>,
        _: Option<&Value>,
    ) -> Result<Vec<String>, Refusal> {
        Ok(registered_fields(&PLACE_OF_STAY_SERVICE))
    }

    /// Whom the registration is about, then every answer as the check-your-answers step and
    /// the officer's page show it, each labelled as on the form.
    async fn result_subject(
        &self,
        context: &Context<'_>,
        summary: &Value,
    ) -> Result<Vec<String>, Refusal> {
        let stay = StaySummary::deserialize(summary).map_err(|_| Refusal::Malformed)?;
        let guest = format!(
            "{}: {} {}",
            Msg::ResultGuest.text(Lang::Az),
            stay.name,
            stay.surname
        );
        Ok(std::iter::once(guest)
            .chain(
                stay.rows(context.reference, Lang::Az)
                    .into_iter()
                    .map(|row| format!("{}: {}", row.label, row.value)),
            )
            .collect())
    }
}
