//! Any service whose agency has published a form as data (`app::forms`): a new application
//! keeps the newest version, and is read against that version at submit by the same `read`
//! the client runs.

use app::api::{ApplicationView, ErrorCode, FileRef};
use app::domain::{ApplicationNumber, Lang, Qepik, ServiceNumber};
use app::forms::{AnswerContext, Field, FieldKind, FormDefinition, Person, ValidAnswers};
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Applicant, Checked, Context, Draft, Refusal, Service, file_ids, own_pages};

pub struct DefinedForm {
    number: ServiceNumber,
}

/// What a submit of a defined form keeps: the version it was read against and the answers.
#[derive(Serialize, Deserialize)]
struct Summary {
    form_version: u32,
    answers: ValidAnswers,
}

impl DefinedForm {
    pub fn new(number: ServiceNumber) -> Self {
        Self { number }
    }

    /// A published version; one that reads no more (a schema the portal dropped) is a fault.
    async fn definition(
        &self,
        context: &Context<'_>,
        version: Option<u32>,
    ) -> Result<(u32, FormDefinition), Refusal> {
        let (version, json) = context
            .store
            .published_form(self.number, version)
            .await?
            .ok_or(Refusal::NotNow(ErrorCode::InvalidServiceNumber))?;
        let definition = FormDefinition::parse(&json).map_err(|problems| {
            anyhow::anyhow!(
                "published form {} v{version} reads no more: {problems:?}",
                self.number
            )
        })?;
        Ok((version, definition))
    }

    async fn summary_definition(
        &self,
        context: &Context<'_>,
        summary: Option<&Value>,
    ) -> Result<Option<(Summary, FormDefinition)>, Refusal> {
        let Some(summary) = summary.and_then(|s| Summary::deserialize(s).ok()) else {
            return Ok(None);
        };
        let (_, definition) = self.definition(context, Some(summary.form_version)).await?;
        Ok(Some((summary, definition)))
    }
}

/// Every page uploaded for the documents fields, in groups too.
fn documents<'a>(
    fields: impl IntoIterator<Item = &'a Field>,
    kept: &Map<String, Value>,
) -> Vec<FileRef> {
    let mut pages = Vec::new();
    for field in fields {
        let Some(value) = kept.get(&field.id) else {
            continue;
        };
        match &field.kind {
            FieldKind::Documents { .. } => pages
                .extend(serde_json::from_value::<Vec<FileRef>>(value.clone()).unwrap_or_default()),
            FieldKind::Group { fields, .. } => {
                for item in value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_object)
                {
                    pages.extend(documents(fields, item));
                }
            }
            _ => {}
        }
    }
    pages
}

#[async_trait]
impl Service for DefinedForm {
    fn number(&self) -> ServiceNumber {
        self.number
    }

    async fn new_draft(
        &self,
        context: &Context<'_>,
        _: &Applicant<'_>,
        _: Option<ApplicationNumber>,
    ) -> Result<Draft, Refusal> {
        let (version, _) = self.definition(context, None).await?;
        Ok(Draft {
            form: json!({}),
            form_version: Some(version),
        })
    }

    async fn fee(
        &self,
        context: &Context<'_>,
        form_version: Option<u32>,
    ) -> Result<Option<Qepik>, Refusal> {
        let (_, definition) = self.definition(context, form_version).await?;
        Ok(definition.fee.map(|fee| fee.amount))
    }

    /// Answers as typed, by field id.
    fn holds(&self, form: &Value) -> bool {
        form.is_object()
    }

    async fn check(
        &self,
        context: &Context<'_>,
        applicant: &Applicant<'_>,
        application: &ApplicationView,
    ) -> Result<Checked, Refusal> {
        let (version, definition) = self.definition(context, application.form_version).await?;
        let answers = application.form.as_object().ok_or(Refusal::Malformed)?;
        let person = Person {
            name: applicant.me.name.clone(),
            surname: applicant.me.surname.clone(),
            fin: applicant.me.fin.clone(),
        };
        let valid = definition
            .read(
                answers,
                &AnswerContext {
                    reference: context.reference,
                    today: context.today,
                    person: &person,
                },
            )
            .map_err(Refusal::Invalid)?;
        let pages = documents(definition.fields(), &valid.0);
        own_pages(context.store, &pages, applicant.account_id, "documents").await?;
        Ok(Checked {
            summary: serde_json::to_value(Summary {
                form_version: version,
                answers: valid,
            })?,
            files: file_ids(&pages),
            text_to: Vec::new(),
            email_to: None,
            fee: definition.fee.as_ref().map(|fee| fee.amount),
        })
    }

    async fn fixable_fields(
        &self,
        context: &Context<'_>,
        summary: Option<&Value>,
    ) -> Result<Vec<String>, Refusal> {
        Ok(self
            .summary_definition(context, summary)
            .await?
            .map(|(_, definition)| {
                definition
                    .fixable_fields()
                    .into_iter()
                    .map(|(id, _)| id)
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Every answer, labelled as on the form.
    async fn result_subject(
        &self,
        context: &Context<'_>,
        summary: &Value,
    ) -> Result<Vec<String>, Refusal> {
        Ok(self
            .summary_definition(context, Some(summary))
            .await?
            .map(|(summary, definition)| {
                definition
                    .rows(&summary.answers, Lang::Az, context.reference)
                    .into_iter()
                    .map(|row| format!("{}: {}", row.label, row.value))
                    .collect()
            })
            .unwrap_or_default())
    }
}
