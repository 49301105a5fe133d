//! The State Customs Committee's copies of documents (7.8): a declarant who accepted the
//! obligation to keep the originals files a scanned copy of each document.

use app::api::{ApplicationView, CustomsDocument, CustomsDocumentForm, ErrorCode, ReferenceList};
use app::domain::{ApplicationNumber, Lang, ServiceNumber};
use app::i18n::Msg;
use app::services::CUSTOMS_COPIES_SERVICE;
use async_trait::async_trait;
use serde::Deserialize;
use serde_json::Value;

use super::{
    Applicant, Checked, Context, Draft, Refusal, Service, file_ids, own_pages, registered_fields,
};

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
    fn number(&self) -> ServiceNumber {
        CUSTOMS_COPIES_SERVICE.service_number()
    }

    /// A copy is filed only under the obligation; the draft starts with the account's e-mail.
    async fn new_draft(
        &self,
        context: &Context<'_>,
        applicant: &Applicant<'_>,
        _: Option<ApplicationNumber>,
    ) -> Result<Draft, Refusal> {
        Self::obligation_accepted(context, applicant).await?;
        Ok(Draft::of(serde_json::to_value(CustomsDocumentForm {
            email: applicant.me.email.clone().unwrap_or_default(),
            ..CustomsDocumentForm::default()
        })?))
    }

    fn holds(&self, form: &Value) -> bool {
        CustomsDocumentForm::deserialize(form).is_ok()
    }

    /// Still under the obligation, with pages of one's own.
    async fn check(
        &self,
        context: &Context<'_>,
        applicant: &Applicant<'_>,
        application: &ApplicationView,
    ) -> Result<Checked, Refusal> {
        Self::obligation_accepted(context, applicant).await?;
        let form =
            CustomsDocumentForm::deserialize(&application.form).map_err(|_| Refusal::Malformed)?;
        let document = form
            .parse(context.reference, context.today)
            .map_err(Refusal::Invalid)?;
        own_pages(context.store, &form.scan, applicant.account_id, "scan").await?;
        Ok(Checked {
            email_to: Some(document.email.as_str().to_owned()),
            summary: serde_json::to_value(&document)?,
            files: file_ids(&form.scan),
            text_to: Vec::new(),
            fee: None,
        })
    }

    async fn fixable_fields(
        &self,
        _: &Context<'_>,
        _: Option<&Value>,
    ) -> Result<Vec<String>, Refusal> {
        Ok(registered_fields(&CUSTOMS_COPIES_SERVICE))
    }

    /// The declaration and the document, with the declarant's description where they gave one.
    async fn result_subject(
        &self,
        context: &Context<'_>,
        summary: &Value,
    ) -> Result<Vec<String>, Refusal> {
        let Ok(document) = CustomsDocument::deserialize(summary) else {
            return Ok(Vec::new());
        };
        let az = |msg: Msg| msg.text(Lang::Az);
        let kind = context
            .reference
            .name(
                ReferenceList::CustomsDocumentTypes,
                &document.document_type,
                Lang::Az,
            )
            .unwrap_or(&document.document_type);
        let mut lines = vec![
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
        ];
        if let Some(description) = &document.description {
            lines.push(format!(
                "{}: {description}",
                az(Msg::CustomsDescriptionLabel)
            ));
        }
        Ok(lines)
    }
}
