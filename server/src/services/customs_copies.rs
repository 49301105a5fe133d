//! The State Customs Committee's copies of documents (7.8): a declarant who accepted the
//! obligation to keep the originals files a scanned copy of each document.

use app::api::{CustomsDocument, CustomsDocumentForm, ErrorCode, ReferenceData, ReferenceList};
use app::domain::{ApplicationNumber, Lang};
use app::i18n::Msg;
use app::services::{CUSTOMS_COPIES_SERVICE, HandBuilt};
use async_trait::async_trait;
use serde::Deserialize;
use serde_json::Value;

use super::{Applicant, Checked, Context, Refusal, Service, file_ids, own_pages};

pub struct CustomsCopies;

impl CustomsCopies {
    async fn obligation_accepted(
        context: &Context<'_>,
        applicant: &Applicant<'_>,
    ) -> Result<(), Refusal> {
        match context
            .store
            .customs_obligation(applicant.account_id)
            .await?
        {
            Some(_) => Ok(()),
            None => Err(Refusal::NotNow(ErrorCode::ObligationNotAccepted)),
        }
    }
}

#[async_trait]
impl Service for CustomsCopies {
    fn definition(&self) -> &'static HandBuilt {
        &CUSTOMS_COPIES_SERVICE
    }

    /// A copy is filed only under the obligation; the draft starts with the account's e-mail.
    async fn new_draft(
        &self,
        context: &Context<'_>,
        applicant: &Applicant<'_>,
        _: Option<ApplicationNumber>,
    ) -> Result<Value, Refusal> {
        Self::obligation_accepted(context, applicant).await?;
        Ok(serde_json::to_value(CustomsDocumentForm {
            email: applicant.me.email.clone().unwrap_or_default(),
            ..CustomsDocumentForm::default()
        })?)
    }

    fn holds(&self, form: &Value) -> bool {
        CustomsDocumentForm::deserialize(form).is_ok()
    }

    /// Still under the obligation, with pages of one's own.
    async fn check(
        &self,
        context: &Context<'_>,
        applicant: &Applicant<'_>,
        form: &Value,
    ) -> Result<Checked, Refusal> {
        Self::obligation_accepted(context, applicant).await?;
        let form = CustomsDocumentForm::deserialize(form).map_err(|_| Refusal::Malformed)?;
        let document = form
            .parse(context.reference, context.today)
            .map_err(Refusal::Invalid)?;
        own_pages(context.store, &form.scan, applicant.account_id, "scan").await?;
        Ok(Checked {
            email_to: Some(document.email.as_str().to_owned()),
            summary: serde_json::to_value(&document)?,
            files: file_ids(&form.scan),
            text_to: Vec::new(),
        })
    }

    /// The declaration and the document.
    fn result_subject(&self, reference: &ReferenceData, summary: &Value) -> Vec<String> {
        let Ok(document) = CustomsDocument::deserialize(summary) else {
            return Vec::new();
        };
        let az = |msg: Msg| msg.text(Lang::Az);
        let kind = reference
            .name(
                ReferenceList::CustomsDocumentTypes,
                &document.document_type,
                Lang::Az,
            )
            .unwrap_or(&document.document_type);
        vec![
            format!(
                "{}: {}",
                az(Msg::ResultDeclaration),
                document.declaration_number
            ),
            format!("{}: {kind}", az(Msg::CustomsDocumentTypeLabel)),
            format!(
                "{}: {}",
                az(Msg::CustomsDocumentDateLabel),
                document.document_date
            ),
        ]
    }
}
