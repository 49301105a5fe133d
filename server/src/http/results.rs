//! Result documents: the applicant downloads theirs as PDF; anyone holding one checks it by
//! its code, without logging in.

use app::api::{ApplicationStatus, DecisionSigner, IssuedResult};
use app::domain::{ApplicationNumber, CalendarDate, Lang, ResultCode, shown_moment};
use app::i18n::Msg;
use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiPath, Citizen, RequestLang};
use super::openapi::FileBytes;
use super::signatures::result_signer;
use crate::documents::{self, IssuedDocument};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(verify))
        .routes(routes!(result_pdf))
}

#[utoipa::path(
    get,
    path = "/verify/{code}",
    tag = "results",
    params(
        ("code" = app::domain::ResultCode, Path, description = "the verification code printed on the document"),
    ),
    responses(
        (status = 200, description = "What the document with that code says.", body = IssuedResult),
    ),
)]
async fn verify(
    State(state): State<AppState>,
    ApiPath(code): ApiPath<String>,
) -> Result<Json<IssuedResult>, ApiError> {
    let code = ResultCode::parse(&code).ok_or(ApiError::NotFound)?;
    let mut result = state
        .store
        .issued_result(code)
        .await?
        .ok_or(ApiError::NotFound)?;
    result.signed_by = result_signer(&state, code).await?;
    Ok(Json(result))
}

#[utoipa::path(
    get,
    path = "/applications/{number}/result.pdf",
    tag = "results",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    security(("session" = [])),
    responses(
        (status = 200, description = "The application's result document as a PDF.", content_type = "application/pdf", body = FileBytes),
    ),
)]
async fn result_pdf(
    State(state): State<AppState>,
    citizen: Citizen,
    RequestLang(lang): RequestLang,
    ApiPath(raw): ApiPath<String>,
) -> Result<Response, ApiError> {
    let number = ApplicationNumber::parse(&raw).ok_or(ApiError::NotFound)?;
    let mut result = state
        .store
        .result_of(citizen.session.account_id, &number)
        .await?
        .ok_or(ApiError::NotFound)?;
    result.signed_by = result_signer(&state, result.code).await?;
    let check_url = format!(
        "{}/verify/{}",
        state.settings.application.base_url.trim_end_matches('/'),
        result.code
    );
    let pdf = render(&result, lang, &check_url)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"result-{number}.pdf\""),
            ),
        ],
        pdf,
    )
        .into_response())
}

fn render(result: &IssuedResult, lang: Lang, check_url: &str) -> anyhow::Result<Vec<u8>> {
    let t = |msg: Msg| msg.text(lang);
    let title = match (&result.title, result.decision) {
        (Some(title), _) => title.get(lang),
        (None, ApplicationStatus::Accepted) => t(Msg::ResultAcceptedTitle),
        (None, _) => t(Msg::ResultRefusedTitle),
    };
    let mut rows = vec![
        (t(Msg::AgencyOfService), result.agency.get(lang).to_owned()),
        (t(Msg::ColumnService), result.service.get(lang).to_owned()),
        (t(Msg::ApplicationNumberLabel), result.number.to_string()),
        (
            t(Msg::ColumnApplicant),
            format!("{} ({})", result.applicant, t(result.applicant_source())),
        ),
        (t(Msg::VerifyDecision), t(result.decision.msg()).to_owned()),
    ];
    if let Some(note) = &result.note {
        rows.push((t(Msg::VerifyReason), note.clone()));
    }
    // Each line a service wrote names its own label ("Qonaq: Anna Müller"): the document shows
    // it as a row of its own, not four rows all labelled "Nə barədə".
    for line in &result.subject {
        rows.push(match line.split_once(": ") {
            Some((label, value)) => (label, value.to_owned()),
            None => (t(Msg::VerifyAbout), line.clone()),
        });
    }
    rows.push((
        t(Msg::VerifyIssued),
        CalendarDate::of_moment(&result.issued_at)
            .map(|d| d.to_string())
            .unwrap_or_default(),
    ));
    rows.push((t(Msg::VerifyCodeLabel), result.code.to_string()));
    if let Some(signer) = &result.signed_by {
        rows.push((t(Msg::ResultSignedBy), signer_line(signer, lang)));
    }
    let issuer = format!("{} — {}", t(Msg::SiteName), t(Msg::SiteTagline));
    documents::render(&IssuedDocument {
        issuer: &issuer,
        title,
        rows,
        note: format!("{} {check_url}", t(Msg::ResultCheckNote)),
        check_url,
    })
}

/// "İSMAYILOVA LALƏ, 05.12.2026 00:58 — İmza etibarlıdır": the signer, when in Baku time, and
/// what the check found.
pub(super) fn signer_line(signer: &DecisionSigner, lang: Lang) -> String {
    let name = signer.name.as_deref().unwrap_or("—");
    format!(
        "{name}, {} — {}",
        shown_moment(&signer.signed_at),
        signer.check.msg().text(lang)
    )
}
