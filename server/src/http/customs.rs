//! The customs committee's copies of documents required for clearance: the service's page
//! ("Sayı: N", the obligation), the obligation as PDF, and the search by period. The documents
//! themselves are applications of the service (drafts, submit, the officers' decisions).

use app::api::{CustomsDocuments, CustomsObligation, CustomsOverview, CustomsPeriod};
use app::domain::{Lang, ServiceNumber, shown_moment};
use app::i18n::Msg;
use app::services::CUSTOMS_COPIES_SERVICE;
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiQuery, Citizen, RequestLang};
use super::openapi::FileBytes;
use crate::documents::{self, IssuedDocument};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(overview))
        .routes(routes!(accept_obligation))
        .routes(routes!(obligation_pdf))
        .routes(routes!(documents))
}

pub fn customs_service() -> ServiceNumber {
    CUSTOMS_COPIES_SERVICE.service_number()
}

#[utoipa::path(
    get,
    path = "/customs",
    tag = "customs",
    security(("session" = [])),
    responses(
        (status = 200, description = "The declarant's obligation and documents.", body = CustomsOverview),
    ),
)]
async fn overview(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<CustomsOverview>, ApiError> {
    let account_id = citizen.session.account_id;
    Ok(Json(CustomsOverview {
        count: state
            .store
            .sent_count(account_id, &customs_service())
            .await?,
        obligation: state.store.customs_obligation(account_id).await?,
    }))
}

#[utoipa::path(
    post,
    path = "/customs/obligation",
    tag = "customs",
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 201, description = "The obligation, as accepted.", body = CustomsObligation),
    ),
)]
async fn accept_obligation(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<(StatusCode, Json<CustomsObligation>), ApiError> {
    let accepted = state
        .store
        .accept_customs_obligation(citizen.session.account_id)
        .await?;
    Ok((StatusCode::CREATED, Json(accepted)))
}

#[utoipa::path(
    get,
    path = "/customs/documents",
    tag = "customs",
    params(CustomsPeriod),
    security(("session" = [])),
    responses(
        (status = 200, description = "The documents filed in the period.", body = CustomsDocuments),
    ),
)]
async fn documents(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiQuery(period): ApiQuery<CustomsPeriod>,
) -> Result<Json<CustomsDocuments>, ApiError> {
    let (from, to) = period.parse().map_err(ApiError::Invalid)?;
    let documents = state
        .store
        .sent_applications_of(citizen.session.account_id, &customs_service(), from, to)
        .await?;
    Ok(Json(CustomsDocuments { documents }))
}

/// The obligation as accepted, for the declarant's files: the wording, who and when.
#[utoipa::path(
    get,
    path = "/customs/obligation.pdf",
    tag = "customs",
    security(("session" = [])),
    responses(
        (status = 200, description = "The accepted obligation as a PDF.", content_type = "application/pdf", body = FileBytes),
    ),
)]
async fn obligation_pdf(
    State(state): State<AppState>,
    citizen: Citizen,
    RequestLang(lang): RequestLang,
) -> Result<Response, ApiError> {
    let obligation = state
        .store
        .customs_obligation(citizen.session.account_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let service_url = format!(
        "{}/services/{}/apply",
        state.settings.application.base_url.trim_end_matches('/'),
        CUSTOMS_COPIES_SERVICE.number
    );
    let pdf = render_obligation(&obligation, lang, &service_url)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"customs-obligation.pdf\"",
            ),
        ],
        pdf,
    )
        .into_response())
}

fn render_obligation(
    obligation: &CustomsObligation,
    lang: Lang,
    service_url: &str,
) -> anyhow::Result<Vec<u8>> {
    let t = |msg: Msg| msg.text(lang);
    let mut person = format!("{} {}", obligation.surname, obligation.name);
    if let Some(fin) = &obligation.fin {
        person.push_str(&format!(", {}: {fin}", t(Msg::FinLabel)));
    }
    let accepted = shown_moment(&obligation.accepted_at);
    let issuer = format!("{} — {}", t(Msg::SiteName), t(Msg::SiteTagline));
    documents::render(&IssuedDocument {
        issuer: &issuer,
        title: t(Msg::CustomsObligationButton),
        rows: vec![
            (t(Msg::ColumnService), t(Msg::CustomsTitle).to_owned()),
            (
                t(Msg::CustomsObligationButton),
                t(Msg::CustomsObligationPdfTitle).to_owned(),
            ),
            (t(Msg::CustomsAcceptedBy), person),
            (t(Msg::CustomsAcceptedAt), accepted),
        ],
        note: t(Msg::CustomsObligationText).to_owned(),
        check_url: service_url,
    })
}
