//! Forms agencies define as data: anyone reads a service's published form; the agency's
//! supervisor or service editor keeps its draft (any definition the schema reads, half built or
//! not, with its problems), publishes versions of a draft without problems, and exports the
//! draft as a file that imports back with the same save.

use app::api::{
    EditableService, ErrorCode, FormWork, PublishedForm, SavedForm, ServiceKind,
    definition_problems,
};
use app::domain::ServiceNumber;
use app::forms::{Fee, FormDefinition};
use app::services::hand_built;
use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, OnDuty, RequestLang};
use super::office::allow;
use crate::store::{Officer, Publishing};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(newest))
        .routes(routes!(version))
        .routes(routes!(editable_services))
        .routes(routes!(work, save))
        .routes(routes!(publish))
        .routes(routes!(export))
}

fn service_number(raw: &str) -> Result<ServiceNumber, ApiError> {
    ServiceNumber::parse(raw).ok_or(ApiError::NotFound)
}

async fn published(
    state: &AppState,
    service: ServiceNumber,
    version: Option<u32>,
) -> Result<Json<PublishedForm>, ApiError> {
    let (version, json) = state
        .store
        .published_form(service, version)
        .await?
        .ok_or(ApiError::NotFound)?;
    let definition = FormDefinition::parse(&json)
        .map_err(|problems| anyhow::anyhow!("published form {service} v{version}: {problems:?}"))?;
    Ok(Json(PublishedForm {
        service,
        version,
        definition,
    }))
}

#[utoipa::path(
    get,
    path = "/services/{number}/form",
    tag = "forms",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    responses(
        (status = 200, description = "The service's newest published form.", body = PublishedForm),
    ),
)]
async fn newest(
    State(state): State<AppState>,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<PublishedForm>, ApiError> {
    published(&state, service_number(&raw)?, None).await
}

#[utoipa::path(
    get,
    path = "/services/{number}/form/{version}",
    tag = "forms",
    params(
        ("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10"),
        ("version" = u32, Path, description = "the form's published version"),
    ),
    responses(
        (status = 200, description = "That version of the service's form.", body = PublishedForm),
    ),
)]
async fn version(
    State(state): State<AppState>,
    ApiPath((raw, version)): ApiPath<(String, u32)>,
) -> Result<Json<PublishedForm>, ApiError> {
    published(&state, service_number(&raw)?, Some(version)).await
}

/// A supervisor or a service editor builds the forms of their own agency's interactive
/// services; a hand-built service's form is code, not data. Anything else is not found.
async fn editable(
    state: &AppState,
    officer: &Officer,
    raw: &str,
) -> Result<(ServiceNumber, app::domain::Text), ApiError> {
    allow(officer, officer.role.edits_forms())?;
    let service = service_number(raw)?;
    let page = state
        .store
        .service_page(service)
        .await?
        .filter(|page| {
            page.agency == officer.agency && page.service.kind == ServiceKind::Interactive
        })
        .ok_or(ApiError::NotFound)?;
    if hand_built(service).is_some() {
        return Err(ApiError::Conflict(ErrorCode::NotEditable));
    }
    Ok((service, page.service.title))
}

#[utoipa::path(
    get,
    path = "/office/services",
    tag = "forms",
    security(("session" = [])),
    responses(
        (status = 200, description = "The agency's services whose forms the officer edits.", body = Vec<EditableService>),
    ),
)]
async fn editable_services(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
) -> Result<Json<Vec<EditableService>>, ApiError> {
    allow(&officer, officer.role.edits_forms())?;
    let agency = state
        .catalogue
        .current()
        .await
        .agency(officer.agency)
        .cloned()
        .ok_or(ApiError::NotFound)?;
    let forms = state.store.agency_forms(officer.agency).await?;
    Ok(Json(
        agency
            .services
            .into_iter()
            .filter(|card| card.kind == ServiceKind::Interactive)
            .map(|card| {
                let form = forms.iter().find(|f| f.service == card.number);
                EditableService {
                    service: card.number,
                    hand_built: hand_built(card.number).is_some(),
                    title: card.title,
                    has_draft: form.is_some_and(|f| f.has_draft),
                    published_version: form.and_then(|f| f.published_version),
                }
            })
            .collect(),
    ))
}

/// The saved draft, read by the schema alone: a half-built one is as it was left.
async fn draft(
    state: &AppState,
    service: ServiceNumber,
) -> Result<Option<FormDefinition>, ApiError> {
    let Some(json) = state.store.form_draft(service).await? else {
        return Ok(None);
    };
    let definition = FormDefinition::read_draft(&json)
        .map_err(|problems| anyhow::anyhow!("the draft of {service}: {problems:?}"))?;
    Ok(Some(definition))
}

#[utoipa::path(
    get,
    path = "/office/services/{number}/form",
    tag = "forms",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The form's draft and published versions, with the draft's problems.", body = FormWork),
    ),
)]
async fn work(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    RequestLang(lang): RequestLang,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<FormWork>, ApiError> {
    let (service, title) = editable(&state, &officer, &raw).await?;
    let draft = draft(&state, service).await?;
    let problems = draft
        .as_ref()
        .map(|definition| definition_problems(definition.problems(), lang))
        .unwrap_or_default();
    Ok(Json(FormWork {
        service,
        title,
        draft,
        problems,
        versions: state.store.form_versions(service).await?,
    }))
}

/// Saves (or imports) the draft: any definition the schema reads is kept, half built or not,
/// and answered with its problems, so that the work is never only in the page. What the schema
/// cannot read is refused, named by its path.
#[utoipa::path(
    put,
    path = "/office/services/{number}/form",
    tag = "forms",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    request_body = FormDefinition,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 200, description = "The draft as kept, with what it still lacks.", body = SavedForm),
    ),
)]
async fn save(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    RequestLang(lang): RequestLang,
    ApiPath(raw): ApiPath<String>,
    ApiJson(json): ApiJson<Value>,
) -> Result<Json<SavedForm>, ApiError> {
    let (service, _) = editable(&state, &officer, &raw).await?;
    let definition = FormDefinition::read_draft(&json).map_err(ApiError::Invalid)?;
    let kept = serde_json::to_value(&definition).map_err(anyhow::Error::from)?;
    state
        .store
        .save_form_draft(&officer, service, &kept)
        .await?;
    let problems = definition_problems(definition.problems(), lang);
    Ok(Json(SavedForm {
        definition,
        problems,
    }))
}

/// Publishes the draft as the next version, asking the fee the regulation in force sets if it
/// states one; a draft with problems is refused, each named.
#[utoipa::path(
    post,
    path = "/office/services/{number}/form/publish",
    tag = "forms",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    security(("session" = [], "csrf" = [])),
    responses((status = 200, description = "Published: {version}.", body = Object)),
)]
async fn publish(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<Value>, ApiError> {
    let (service, _) = editable(&state, &officer, &raw).await?;
    let fee = regulations_fee(&state, service).await?;
    let publishing = state
        .store
        .publish_form(&officer, service, |json| {
            let mut definition = FormDefinition::read_draft(json)?;
            if let Some(fee) = fee {
                definition.fee = fee;
            }
            let problems = definition.problems();
            if !problems.is_empty() {
                return Err(problems);
            }
            serde_json::to_value(&definition)
                .map_err(|_| vec![(ErrorCode::DefinitionUnreadable, String::new())])
        })
        .await?;
    match publishing {
        Publishing::Published(version) => {
            state.catalogue.changed().await;
            Ok(Json(json!({ "version": version })))
        }
        Publishing::NoDraft => Err(ApiError::Conflict(ErrorCode::NothingToPublish)),
        Publishing::Refused(problems) => Err(ApiError::Invalid(problems)),
    }
}

/// The fee the service's regulation in force sets for its form, if it states the payment.
async fn regulations_fee(
    state: &AppState,
    service: ServiceNumber,
) -> Result<Option<Option<Fee>>, ApiError> {
    let page = state.store.service_page(service).await?;
    Ok(Fee::set_by(
        page.as_ref().and_then(|p| p.regulation.payment.as_ref()),
    ))
}

/// After a regulation is approved: when the fee it sets is not the one the newest published form
/// asks, the form's next version asks it, so that applications started from now on pay what
/// the regulation says (one started before keeps its version's fee, ADR 0012).
pub(super) async fn follow_the_regulations_fee(
    state: &AppState,
    officer: &Officer,
    service: ServiceNumber,
) -> Result<(), ApiError> {
    let Some(fee) = regulations_fee(state, service).await? else {
        return Ok(());
    };
    let Some((newest, json)) = state.store.published_form(service, None).await? else {
        return Ok(());
    };
    let mut definition = FormDefinition::parse(&json)
        .map_err(|problems| anyhow::anyhow!("published form {service} v{newest}: {problems:?}"))?;
    if definition.fee == fee {
        return Ok(());
    }
    definition.fee = fee;
    let json = serde_json::to_value(&definition).map_err(anyhow::Error::from)?;
    if let Some(version) = state
        .store
        .publish_form_after(officer, service, newest, &json)
        .await?
    {
        tracing::info!(%service, version, "the form follows the fee of the regulation approved");
    }
    Ok(())
}

/// The draft as a file, to keep or to import elsewhere.
#[utoipa::path(
    get,
    path = "/office/services/{number}/form/export",
    operation_id = "export_form_draft",
    tag = "forms",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The draft as a file to keep (Content-Disposition: attachment).", content_type = "application/json", body = FormDefinition),
    ),
)]
async fn export(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(raw): ApiPath<String>,
) -> Result<Response, ApiError> {
    let (service, _) = editable(&state, &officer, &raw).await?;
    let draft = state
        .store
        .form_draft(service)
        .await?
        .ok_or(ApiError::NotFound)?;
    let body = serde_json::to_string_pretty(&draft).map_err(anyhow::Error::from)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"form-{service}.json\""),
            ),
        ],
        body,
    )
        .into_response())
}
