//! The renderer of forms an agency defines as data (`crate::forms`): what an application of any
//! service with a published form shows, in place of a hand-built service's pages
//! (`crate::service_pages::applicant_pages` and `officer_page`). The applicant fills it in one
//! page at a time and checks the answers before sending (`fill`), the sent application and the officer's page list the
//! answers as `FormDefinition::rows` words them, and the public area's apply page starts one
//! (`start`). The pages' checks are the shared `read`'s, so the browser and the server agree.
//!
//! The applicant's form is its own part of the cabinet's module (ADR 0010): an application of a
//! hand-built service never downloads it.

mod fee;
mod fill;
mod inputs;
mod preview;
mod start;

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;

use crate::api::{
    ApplicationView, PublishedForm, ReferenceData, SessionInfo, published_version_path,
};
use crate::client::{LoadError, get_json, session, t, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
use crate::domain::{CalendarDate, Lang};
use crate::forms::{AnswerContext, AnswerRow, FormDefinition, Person, ValidAnswers};
use crate::i18n::Msg;
use crate::service_pages::{Editing, ForOfficer, OfficerPage, Sent};

pub use preview::DefinedFormPreview;
pub use start::DefinedFormStart;

pub static OFFICER: OfficerPage = OfficerPage {
    answers: for_officer,
};

/// The version of its form an application was started on.
async fn form_of(view: &ApplicationView) -> Result<PublishedForm, LoadError> {
    let version = view.form_version.ok_or(LoadError::NotFound)?;
    get_json(&published_version_path(view.service, version)).await
}

/// The applicant as the login proved them: the person block shows them, never asks.
fn person_of(info: &SessionInfo) -> Person {
    Person {
        name: info.me.name.clone(),
        surname: info.me.surname.clone(),
        fin: info.me.fin.clone(),
    }
}

// Both of its views are in the part, so that an application of a hand-built service downloads
// none of the forms' reading.
applicant_part!(defined_form = crate::services::DEFINED_FORM_PART: editor, sent);

fn editor(editing: Editing) -> AnyView {
    view! { <fill::DefinedForm editing/> }.into_any()
}

fn sent(sent: Sent) -> AnyView {
    sent_answers(sent.view, sent.reference)
}

/// The answers as the applicant sent them, read by the rules of the day they were sent.
fn sent_answers(view: ApplicationView, reference: ReferenceData) -> AnyView {
    // A signal, not a `LocalResource`, as `fill::DefinedForm` loads its form.
    let loaded =
        RwSignal::new(None::<Result<(PublishedForm, SessionInfo, ApplicationView), LoadError>>);
    let load = move || {
        let view = view.clone();
        spawn_local(async move {
            let got = async {
                let form = form_of(&view).await?;
                let info = session().await?;
                Ok((form, info, view))
            };
            loaded.try_set(Some(got.await));
        });
    };
    load();
    let retry = Callback::new(move |()| {
        loaded.set(None);
        load();
    });
    (move || match loaded.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed error retry/> }.into_any(),
        Some(Ok((form, info, view))) => {
            let answers = view.form.as_object().cloned().unwrap_or_default();
            let day = view
                .submitted_at
                .as_deref()
                .and_then(CalendarDate::of_moment)
                .unwrap_or_else(crate::client::today);
            let person = person_of(&info);
            let context = AnswerContext {
                reference: &reference,
                today: day,
                person: &person,
            };
            let kept = form.definition.read(&answers, &context).unwrap_or_default();
            view! { <Answers definition=form.definition kept reference=reference.clone()/> }
                .into_any()
        }
    })
    .into_any()
}

/// The answers as the rules kept them at submit, in the order of the form's version.
fn for_officer(case: ForOfficer) -> AnyView {
    let kept = case
        .summary
        .and_then(|mut summary| summary.get_mut("answers").map(Value::take))
        .and_then(|answers| serde_json::from_value::<ValidAnswers>(answers).ok())
        .unwrap_or_default();
    case.form
        .map(|form| {
            view! { <Answers definition=form.definition kept reference=case.reference/> }
        })
        .into_any()
}

/// The kept answers as rows of label and value, in the language in use.
#[component]
fn Answers(
    definition: FormDefinition,
    kept: ValidAnswers,
    reference: ReferenceData,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="q-heading-l">{t(Msg::DefinedFormAnswers)}</h2>
        {move || view! { <AnswerList rows=definition.rows(&kept, i18n.lang(), &reference)/> }}
    }
}

/// Rows of label and value (GOV.UK's summary list).
#[component]
fn AnswerList(rows: Vec<AnswerRow>) -> impl IntoView {
    view! {
        <dl class="q-summary-list">
            {rows.into_iter().map(|row| view! {
                <div class="q-summary-list__row">
                    <dt class="q-summary-list__key">{row.label}</dt>
                    <dd class="q-summary-list__value q-defined-form__value">{row.value}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}

/// The label a problem's path names, as the error summary says it: a group's member with the
/// item's number, an address's part after the address.
fn label_of(definition: &FormDefinition, path: &str, lang: Lang) -> Option<String> {
    let mut parts = path.split('.');
    let field = definition.field(parts.next()?)?;
    let label = field.label.get(lang);
    Some(match (&field.kind, parts.next(), parts.next()) {
        (crate::forms::FieldKind::Group { fields, .. }, Some(item), Some(member)) => {
            let number = item.parse::<usize>().ok()? + 1;
            let member = fields.iter().find(|f| f.id == member)?;
            format!("{label} {number} — {}", member.label.get(lang))
        }
        (crate::forms::FieldKind::Address, Some(part), None) => {
            let (_, msg, _) = crate::forms::ADDRESS_PARTS
                .iter()
                .find(|(name, _, _)| *name == part)?;
            format!("{label} — {}", msg.text(lang))
        }
        _ => label.to_owned(),
    })
}

/// The page of the definition that holds the field a problem's path names.
fn page_of(definition: &FormDefinition, path: &str) -> Option<usize> {
    let id = path.split('.').next()?;
    definition
        .pages
        .iter()
        .position(|page| page.fields.iter().any(|field| field.id == id))
}
