//! The customs committee's copies of documents required for clearance: the service's page
//! ("Sayı: N", the obligation), the obligation signed by the declarant (rule 12.2) and as PDF,
//! and the search by period. The documents themselves are applications of the service (drafts,
//! submit, the officers' decisions).

use app::api::{
    CustomsDocuments, CustomsObligation, CustomsOverview, CustomsPeriod, ErrorCode,
    OBLIGATION_VERSION, ObligationForm, SignatureRule, SigningProgress, SigningStarted,
    SigningTerms, StartObligationSigning,
};
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
use super::extract::{ApiJson, ApiPath, ApiQuery, Citizen, RequestLang};
use super::openapi::FileBytes;
use super::results::signer_line;
use super::signatures::{
    SignatureToKeep, ask_sender_to_sign, progress_of, signature_rule, signed_request, signer,
    signer_of, signing_terms_for,
};
use crate::calendar::now;
use crate::documents::{self, IssuedDocument};
use crate::signatures::SignedObligation;
use crate::store::AcceptedObligation;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(overview))
        .routes(routes!(accept_obligation))
        .routes(routes!(obligation_signing_terms))
        .routes(routes!(start_obligation_signing))
        .routes(routes!(obligation_signing_progress))
        .routes(routes!(obligation_pdf))
        .routes(routes!(documents))
}

/// The obligation as the declarant reads it, with their signature checked now: it must be of
/// this wording and name them.
fn obligation_view(
    state: &AppState,
    (mut obligation, signature): AcceptedObligation,
) -> CustomsObligation {
    let fin = obligation
        .fin
        .as_ref()
        .map(|f| f.to_string())
        .unwrap_or_default();
    obligation.signed_by = signature.map(|stored| {
        signer_of(state, stored, |content| {
            serde_json::from_str::<SignedObligation>(content)
                .is_ok_and(|signed| signed.sender == fin && signed.version == obligation.version)
        })
    });
    obligation
}

/// The obligation's wording as the declarant signs it, now.
fn signed_obligation(citizen: &Citizen, signed_at: String) -> Result<SignedObligation, ApiError> {
    let sender = citizen
        .session
        .me
        .fin
        .as_ref()
        .ok_or(ApiError::Conflict(ErrorCode::FinNeeded))?;
    Ok(SignedObligation {
        obligation: "customs".into(),
        version: OBLIGATION_VERSION,
        text: Msg::CustomsObligationText.text(Lang::Az).to_owned(),
        sender: sender.to_string(),
        signed_at,
    })
}

/// Whether the customs service's regulation accepts an unsigned obligation, as it does an
/// unsigned copy.
async fn unsigned_accepted(state: &AppState) -> Result<bool, ApiError> {
    Ok(signature_rule(state, customs_service()).await? == SignatureRule::UnsignedAccepted)
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
        obligation: state
            .store
            .customs_obligation(account_id)
            .await?
            .map(|accepted| obligation_view(&state, accepted)),
    }))
}

#[utoipa::path(
    post,
    path = "/customs/obligation",
    tag = "customs",
    request_body = ObligationForm,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 201, description = "The obligation, as accepted: the first acceptance stands.", body = CustomsObligation),
    ),
)]
async fn accept_obligation(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(form): ApiJson<ObligationForm>,
) -> Result<(StatusCode, Json<CustomsObligation>), ApiError> {
    let signature = match form.signing.as_deref() {
        None if !unsigned_accepted(&state).await? => {
            return Err(ApiError::Conflict(ErrorCode::SignatureRequired));
        }
        None => None,
        Some(id) => Some(
            signed_request(&state, &citizen, None, id, async |signed_at| {
                signed_obligation(&citizen, signed_at)
            })
            .await?,
        ),
    };
    let accepted = state
        .store
        .accept_customs_obligation(
            citizen.session.account_id,
            signature.as_ref().map(SignatureToKeep::as_kept).as_ref(),
            form.signing.as_deref(),
        )
        .await?
        .ok_or(ApiError::Conflict(ErrorCode::SignatureNotGiven))?;
    Ok((StatusCode::CREATED, Json(obligation_view(&state, accepted))))
}

/// Asked as the signing step opens: whether the obligation may be accepted unsigned.
#[utoipa::path(
    post,
    path = "/customs/obligation/signing/terms",
    tag = "customs",
    security(("session" = [], "csrf" = [])),
    responses((status = 200, description = "What the declarant may sign with.", body = SigningTerms)),
)]
async fn obligation_signing_terms(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<SigningTerms>, ApiError> {
    let unsigned = unsigned_accepted(&state).await?;
    Ok(Json(signing_terms_for(&state, &citizen, unsigned).await?))
}

/// The declarant's signature system is asked to sign the obligation's wording (rule 12.2).
#[utoipa::path(
    post,
    path = "/customs/obligation/signing",
    tag = "customs",
    request_body = StartObligationSigning,
    security(("session" = [], "csrf" = [])),
    responses((status = 201, description = "Asked: the phone or the card system's page waits for the holder.", body = SigningStarted)),
)]
async fn start_obligation_signing(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(request): ApiJson<StartObligationSigning>,
) -> Result<(StatusCode, Json<SigningStarted>), ApiError> {
    let holder = signer(request.holder)?;
    let content = signed_obligation(&citizen, now().stored())?;
    let summary = format!(
        "{} · {OBLIGATION_VERSION}",
        Msg::CustomsObligationPdfTitle.text(Lang::Az)
    );
    let started = ask_sender_to_sign(&state, &citizen, holder, None, &content, summary).await?;
    Ok((StatusCode::CREATED, Json(started)))
}

#[utoipa::path(
    get,
    path = "/customs/obligation/signing/{id}",
    tag = "customs",
    params(("id" = String, Path, description = "the signing request's id")),
    security(("session" = [])),
    responses((status = 200, description = "Where the signing request stands.", body = SigningProgress)),
)]
async fn obligation_signing_progress(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<SigningProgress>, ApiError> {
    Ok(Json(progress_of(&state, &citizen, None, &id).await?))
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
        .map(|accepted| obligation_view(&state, accepted))
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
            (
                t(Msg::ResultSignedBy),
                match &obligation.signed_by {
                    Some(signer) => signer_line(signer, lang),
                    None => t(Msg::LetterUnsigned).to_owned(),
                },
            ),
        ],
        note: t(Msg::CustomsObligationText).to_owned(),
        check_url: service_url,
    })
}
