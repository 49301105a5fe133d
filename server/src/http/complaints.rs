//! The applicant's complaint about a decision, under `/api/applications/{number}/complaints`:
//! written with documents if they like, signed with Asan İmza or filed unsigned (rule 12.2,
//! which the agency sees), and answered by the agency's supervisor (`office`).

use app::api::{
    ApplicationView, ComplaintForm, ComplaintView, ErrorCode, FileRef, SigningProgress,
    SigningStarted, SigningTerms, StartComplaintSigning,
};
use app::domain::ApplicationNumber;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::applications::number;
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, Citizen};
use super::letters::{TEXT_MAX_CHARS, check_files, text};
use super::signatures::{
    SignatureToKeep, ask_sender_to_sign, progress_of, signed_request, signed_scans, signer,
    signer_of, signing_terms_for,
};
use crate::calendar::{now, today};
use crate::signatures::SignedComplaint;
use crate::store::{ComplaintError, Written};

/// The Law on Citizens' Appeals gives the agency 15 working days to answer a complaint.
const COMPLAINT_WORKING_DAYS: u32 = 15;
/// How much of the complaint's text the signer's phone shows.
const SUMMARY_CHARS: usize = 60;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(complain))
        .routes(routes!(complaint_signing_terms))
        .routes(routes!(start_complaint_signing))
        .routes(routes!(complaint_signing_progress))
}

impl From<ComplaintError> for ApiError {
    fn from(error: ComplaintError) -> Self {
        match error {
            ComplaintError::NotFound => Self::NotFound,
            ComplaintError::NotDecided => Self::Conflict(ErrorCode::StatusChangeNotAllowed),
            ComplaintError::AlreadyOpen => Self::Conflict(ErrorCode::ComplaintOpen),
            ComplaintError::SignatureNotGiven => Self::Conflict(ErrorCode::SignatureNotGiven),
            ComplaintError::Database(error) => error.into(),
        }
    }
}

/// A complaint as its form gives it, checked, about the applicant's own application.
struct Draft<'a> {
    number: ApplicationNumber,
    text: &'a str,
    files: &'a [FileRef],
}

/// The complaint the form makes about the application by `raw`, or why it cannot be filed:
/// every problem of the form, or the application not decided, or a complaint about it open.
async fn draft<'a>(
    state: &AppState,
    citizen: &Citizen,
    raw: &str,
    form: &'a ComplaintForm,
) -> Result<Draft<'a>, ApiError> {
    let account_id = citizen.session.account_id;
    let number = number(raw)?;
    let application: ApplicationView = state
        .store
        .application_of(account_id, &number)
        .await?
        .ok_or(ApiError::NotFound)?;
    if !application.status.decided() {
        return Err(ApiError::Conflict(ErrorCode::StatusChangeNotAllowed));
    }
    if application
        .complaints
        .iter()
        .any(|c| c.answered_at.is_none())
    {
        return Err(ApiError::Conflict(ErrorCode::ComplaintOpen));
    }
    let mut problems = Vec::new();
    let body = text(form.text.as_deref(), "text", TEXT_MAX_CHARS, &mut problems);
    check_files(state, &form.files, account_id, &mut problems).await?;
    if !problems.is_empty() {
        return Err(ApiError::Invalid(problems));
    }
    Ok(Draft {
        number,
        text: body,
        files: &form.files,
    })
}

/// The complaint as its applicant signs it at `signed_at`: each page by its digest, in the
/// order given.
async fn signed_complaint(
    state: &AppState,
    citizen: &Citizen,
    draft: &Draft<'_>,
    signed_at: String,
) -> Result<SignedComplaint, ApiError> {
    let sender = citizen
        .session
        .me
        .fin
        .as_ref()
        .ok_or(ApiError::Conflict(ErrorCode::FinNeeded))?;
    let ids: Vec<&str> = draft.files.iter().map(|f| f.id.as_str()).collect();
    Ok(SignedComplaint {
        application: draft.number.to_string(),
        text: draft.text.to_owned(),
        files: signed_scans(state, &ids).await?,
        sender: sender.to_string(),
        signed_at,
    })
}

/// Each complaint's signature, checked now: whom it names, whether it holds, and that it was
/// made for the words of this complaint about the application it is listed with.
pub(super) async fn with_signers(
    state: &AppState,
    complaints: Vec<(ApplicationNumber, &mut ComplaintView)>,
) -> Result<(), ApiError> {
    let ids: Vec<i64> = complaints.iter().map(|(_, c)| c.id).collect();
    let mut signatures = state.store.complaint_signatures(&ids).await?;
    for (number, complaint) in complaints {
        let Some(at) = signatures.iter().position(|(id, _)| *id == complaint.id) else {
            continue;
        };
        let (_, stored) = signatures.swap_remove(at);
        complaint.signed_by = Some(signer_of(state, stored, |content| {
            serde_json::from_str::<SignedComplaint>(content).is_ok_and(|signed| {
                signed.application == number.to_string() && signed.text == complaint.text
            })
        }));
    }
    Ok(())
}

#[utoipa::path(
    post,
    path = "/applications/{number}/complaints",
    tag = "applications",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    request_body = ComplaintForm,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 201, description = "The complaint is filed.", body = ComplaintView),
    ),
)]
async fn complain(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
    ApiJson(form): ApiJson<ComplaintForm>,
) -> Result<(StatusCode, Json<ComplaintView>), ApiError> {
    let draft = draft(&state, &citizen, &raw, &form).await?;
    let signature = match form.signing.as_deref() {
        None => None,
        Some(id) => Some(
            signed_request(&state, &citizen, None, id, async |signed_at| {
                signed_complaint(&state, &citizen, &draft, signed_at).await
            })
            .await?,
        ),
    };
    let due_on = state.calendar.due(today(), COMPLAINT_WORKING_DAYS).await?;
    let mut view = state
        .store
        .file_complaint(
            citizen.session.account_id,
            &draft.number,
            &Written {
                text: draft.text,
                files: draft.files,
                due_on,
                signature: signature.as_ref().map(SignatureToKeep::as_kept),
            },
            form.signing.as_deref(),
        )
        .await?;
    with_signers(&state, vec![(draft.number, &mut view)]).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Asked as the signing step opens: the complaint is checked first, so that no one signs what
/// cannot be filed. A complaint may go unsigned; the agency sees that it is.
#[utoipa::path(
    post,
    path = "/applications/{number}/complaints/signing/terms",
    tag = "applications",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    request_body = ComplaintForm,
    security(("session" = [], "csrf" = [])),
    responses((status = 200, description = "It can be filed, signed or not.", body = SigningTerms)),
)]
async fn complaint_signing_terms(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
    ApiJson(form): ApiJson<ComplaintForm>,
) -> Result<Json<SigningTerms>, ApiError> {
    draft(&state, &citizen, &raw, &form).await?;
    Ok(Json(signing_terms_for(&state, &citizen, true).await?))
}

/// The applicant's Asan İmza is asked to sign the complaint as written (rule 12.2).
#[utoipa::path(
    post,
    path = "/applications/{number}/complaints/signing",
    tag = "applications",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    request_body = StartComplaintSigning,
    security(("session" = [], "csrf" = [])),
    responses((status = 201, description = "Asked: the phone shows the verification code and waits for PIN2.", body = SigningStarted)),
)]
async fn start_complaint_signing(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
    ApiJson(request): ApiJson<StartComplaintSigning>,
) -> Result<(StatusCode, Json<SigningStarted>), ApiError> {
    let holder = signer(request.holder)?;
    let draft = draft(&state, &citizen, &raw, &request.complaint).await?;
    let content = signed_complaint(&state, &citizen, &draft, now().stored()).await?;
    // The phone shows the application and how the complaint begins, in the person's own words.
    let opening: String = draft.text.chars().take(SUMMARY_CHARS).collect();
    let summary = format!("{} · {opening}", draft.number);
    let started = ask_sender_to_sign(&state, &citizen, holder, None, &content, summary).await?;
    Ok((StatusCode::CREATED, Json(started)))
}

/// A complaint's signing request is the applicant's own; until the complaint is filed it
/// belongs to no application, so the number in the path only places it.
#[utoipa::path(
    get,
    path = "/applications/{number}/complaints/signing/{id}",
    tag = "applications",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
        ("id" = String, Path, description = "the signing request's id"),
    ),
    security(("session" = [])),
    responses((status = 200, description = "Where the signing request stands.", body = SigningProgress)),
)]
async fn complaint_signing_progress(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath((raw, id)): ApiPath<(String, String)>,
) -> Result<Json<SigningProgress>, ApiError> {
    number(&raw)?;
    Ok(Json(progress_of(&state, &citizen, None, &id).await?))
}
