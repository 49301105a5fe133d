//! Official correspondence (rules 11.6–11.7) under `/api/letters` for the sender and
//! `/api/office/letters` for the agency: a letter to any agency of the catalogue, its receipt
//! by e-mail at once, the agency's answer, request for more or forward, and the sender's
//! replies. The answer is due after the portal's configured working days, not a quoted law.

use std::collections::BTreeMap;

use app::api::{
    ErrorCode, FieldProblem, FileRef, LetterAction, LetterForm, LetterMessageKind, LetterReplyForm,
    LetterRow, LetterStatus, LetterStep, LetterView, OfficeLetter, OfficeLetterRow,
    SigningProgress, SigningStarted, SigningTerms, StartLetterSigning, StartReplySigning,
};
use app::domain::{AgencyNumber, CalendarDate, LetterNumber};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, Citizen, OnDuty};
use super::files::file_response;
use super::office::works;
use super::openapi::FileBytes;
use super::signatures::{
    SignatureToKeep, ask_sender_to_sign, officer_pin, progress_of, sign_as_officer, signed_request,
    signed_scans, signer, signer_of, signing_terms_for,
};
use crate::calendar::{now, today};
use crate::notify::Template;
use crate::signatures::{SignedLetter, SignedLetterStep};
use crate::store::{AgencyLetterStep, LetterError, LetterReader, Written};
use crate::workflow::letters;

/// A letter (or a complaint) is a letter, not a book: longer texts go as an attached document.
pub(super) const TEXT_MAX_CHARS: usize = 4000;
const SUBJECT_MAX_CHARS: usize = 200;
/// As many pages as rule 11.6's letters carry on the portal.
const MAX_FILES: usize = 20;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(send, my_letters))
        .routes(routes!(letter_signing_terms))
        .routes(routes!(start_letter_signing))
        .routes(routes!(letter_signing_progress))
        .routes(routes!(my_letter))
        .routes(routes!(reply))
        .routes(routes!(reply_signing_terms))
        .routes(routes!(start_reply_signing))
        .routes(routes!(my_letter_file))
        .routes(routes!(office_letters))
        .routes(routes!(office_letter, step_on_letter))
        .routes(routes!(office_letter_file))
}

impl From<LetterError> for ApiError {
    fn from(error: LetterError) -> Self {
        match error {
            LetterError::NotFound => Self::NotFound,
            LetterError::UnknownAgency => {
                Self::Invalid(vec![(ErrorCode::UnknownAgency, "agency".into())])
            }
            LetterError::NotWaiting => Self::Conflict(ErrorCode::StatusChangeNotAllowed),
            LetterError::SignatureNotGiven => Self::Conflict(ErrorCode::SignatureNotGiven),
            LetterError::Database(error) => error.into(),
        }
    }
}

fn letter_number(raw: &str) -> Result<LetterNumber, ApiError> {
    LetterNumber::parse(raw).ok_or(ApiError::NotFound)
}

/// A required text of at most `max` characters, trimmed; its problem otherwise.
pub(super) fn text<'a>(
    value: Option<&'a str>,
    field: &str,
    max: usize,
    problems: &mut Vec<FieldProblem>,
) -> &'a str {
    let text = value.map(str::trim).unwrap_or_default();
    if text.is_empty() {
        problems.push((ErrorCode::Required, field.into()));
    } else if text.chars().count() > max {
        problems.push((ErrorCode::TooLong, field.into()));
    }
    text
}

/// The pages are optional; any given must be the writer's own uploads, at most `MAX_FILES`
/// (a letter's, a reply's or a complaint's).
pub(super) async fn check_files(
    state: &AppState,
    files: &[FileRef],
    account_id: i64,
    problems: &mut Vec<FieldProblem>,
) -> Result<(), ApiError> {
    if files.len() > MAX_FILES {
        problems.push((ErrorCode::TooMany, "files".into()));
        return Ok(());
    }
    let ids: Vec<&str> = files.iter().map(|f| f.id.as_str()).collect();
    if !state
        .store
        .files_not_owned(&ids, account_id)
        .await?
        .is_empty()
    {
        problems.push((ErrorCode::FileUnknown, "files".into()));
    }
    Ok(())
}

/// Each message's signature, checked now: whom it names and whether it holds, and that it was
/// made for these words (the sender's letter for this subject, an officer's step for this
/// letter).
async fn with_signers(state: &AppState, mut letter: LetterView) -> Result<LetterView, ApiError> {
    let signatures = state.store.letter_signatures(&letter.number).await?;
    let (number, subject) = (letter.number.to_string(), letter.subject.clone());
    for (message, stored) in letter.messages.iter_mut().zip(signatures) {
        let covers = |content: &str| match message.kind {
            LetterMessageKind::Letter | LetterMessageKind::Reply => {
                serde_json::from_str::<SignedLetter>(content).is_ok_and(|signed| {
                    let thread = match message.kind {
                        LetterMessageKind::Reply => Some(number.as_str()),
                        _ => None,
                    };
                    signed.letter.as_deref() == thread
                        && signed.subject == subject
                        && signed.text == message.text
                })
            }
            _ => serde_json::from_str::<SignedLetterStep>(content)
                .is_ok_and(|signed| signed.letter == number && signed.text == message.text),
        };
        message.signed_by = stored.map(|stored| signer_of(state, stored, covers));
    }
    Ok(letter)
}

/// The day the agency's answer is due if the letter waits for one from today.
async fn answer_due(state: &AppState) -> Result<CalendarDate, ApiError> {
    Ok(state
        .calendar
        .due(today(), state.settings.correspondence.answer_working_days)
        .await?)
}

fn letter_link(state: &AppState, number: &LetterNumber) -> String {
    format!(
        "{}/letters/{number}",
        state.settings.application.base_url.trim_end_matches('/')
    )
}

/// A person writes to an agency of the catalogue; the letter gets its number and the receipt
/// goes by e-mail at once (rule 7.1.2).
#[utoipa::path(
    post,
    path = "/letters",
    tag = "letters",
    request_body = LetterForm,
    security(("session" = [], "csrf" = [])),
    responses((status = 201, description = "Sent, with its number.", body = LetterView)),
)]
async fn send(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(form): ApiJson<LetterForm>,
) -> Result<(StatusCode, Json<LetterView>), ApiError> {
    let account_id = citizen.session.account_id;
    let draft = draft(&state, account_id, &form).await?;
    let signature = match form.signing.as_deref() {
        None => None,
        Some(id) => Some(
            signed_request(&state, &citizen, None, id, async |signed_at| {
                let written = (draft.text, draft.files);
                signed_letter(&state, &citizen, &draft.addressed(), written, signed_at).await
            })
            .await?,
        ),
    };
    let due_on = answer_due(&state).await?;
    let sender = state
        .store
        .recipient(account_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let view = state
        .store
        .send_letter(
            account_id,
            draft.agency,
            draft.subject,
            &Written {
                text: draft.text,
                files: draft.files,
                due_on,
                signature: signature.as_ref().map(SignatureToKeep::as_kept),
            },
            form.signing.as_deref(),
            |number, agency| {
                let link = letter_link(&state, number);
                letters::receipt(&sender, number, draft.subject, agency, &link)
            },
        )
        .await?;
    Ok((StatusCode::CREATED, Json(with_signers(&state, view).await?)))
}

/// A letter as its form gives it, checked.
struct Draft<'a> {
    agency: AgencyNumber,
    subject: &'a str,
    text: &'a str,
    files: &'a [FileRef],
}

/// The letter the form makes, or every problem of it.
async fn draft<'a>(
    state: &AppState,
    account_id: i64,
    form: &'a LetterForm,
) -> Result<Draft<'a>, ApiError> {
    let mut problems = Vec::new();
    let agency = match form.agency {
        None => {
            problems.push((ErrorCode::Required, "agency".into()));
            None
        }
        Some(raw) => {
            let agency = AgencyNumber::new(raw);
            if agency.is_none() {
                problems.push((ErrorCode::UnknownAgency, "agency".into()));
            }
            agency
        }
    };
    let subject = text(
        form.subject.as_deref(),
        "subject",
        SUBJECT_MAX_CHARS,
        &mut problems,
    );
    let body = text(form.text.as_deref(), "text", TEXT_MAX_CHARS, &mut problems);
    check_files(state, &form.files, account_id, &mut problems).await?;
    match agency.filter(|_| problems.is_empty()) {
        Some(agency) => Ok(Draft {
            agency,
            subject,
            text: body,
            files: &form.files,
        }),
        None => Err(ApiError::Invalid(problems)),
    }
}

/// What a sender's signature covers besides the words: the agency a new letter goes to, or the
/// letter a reply is written in, and the letter's subject.
struct Addressed<'a> {
    letter: Option<&'a LetterNumber>,
    agency: Option<AgencyNumber>,
    subject: &'a str,
}

/// The letter or reply as its sender signs it at `signed_at`: each page by its digest, in the
/// order given.
async fn signed_letter(
    state: &AppState,
    citizen: &Citizen,
    addressed: &Addressed<'_>,
    (text, files): (&str, &[FileRef]),
    signed_at: String,
) -> Result<SignedLetter, ApiError> {
    let sender = citizen
        .session
        .me
        .fin
        .as_ref()
        .ok_or(ApiError::Conflict(ErrorCode::FinNeeded))?;
    let ids: Vec<&str> = files.iter().map(|f| f.id.as_str()).collect();
    Ok(SignedLetter {
        letter: addressed.letter.map(ToString::to_string),
        agency: addressed.agency.map(AgencyNumber::get),
        subject: addressed.subject.to_owned(),
        text: text.to_owned(),
        files: signed_scans(state, &ids).await?,
        sender: sender.to_string(),
        signed_at,
    })
}

impl Draft<'_> {
    fn addressed(&self) -> Addressed<'_> {
        Addressed {
            letter: None,
            agency: Some(self.agency),
            subject: self.subject,
        }
    }
}

/// Asked as the signing step opens: the letter is checked first, so that no one signs what
/// cannot be sent. A letter may go unsigned; the agency sees that it is.
#[utoipa::path(
    post,
    path = "/letters/signing/terms",
    tag = "letters",
    request_body = LetterForm,
    security(("session" = [], "csrf" = [])),
    responses((status = 200, description = "It can be sent, signed or not.", body = SigningTerms)),
)]
async fn letter_signing_terms(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(form): ApiJson<LetterForm>,
) -> Result<Json<SigningTerms>, ApiError> {
    draft(&state, citizen.session.account_id, &form).await?;
    Ok(Json(signing_terms_for(&state, &citizen, true).await?))
}

/// The sender's Asan İmza is asked to sign the letter as written (rule 12.2).
#[utoipa::path(
    post,
    path = "/letters/signing",
    tag = "letters",
    request_body = StartLetterSigning,
    security(("session" = [], "csrf" = [])),
    responses((status = 201, description = "Asked: the phone shows the verification code and waits for PIN2.", body = SigningStarted)),
)]
async fn start_letter_signing(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(request): ApiJson<StartLetterSigning>,
) -> Result<(StatusCode, Json<SigningStarted>), ApiError> {
    let holder = signer(request.holder)?;
    let draft = draft(&state, citizen.session.account_id, &request.letter).await?;
    let written = (draft.text, draft.files);
    let content = signed_letter(
        &state,
        &citizen,
        &draft.addressed(),
        written,
        now().stored(),
    )
    .await?;
    let summary = format!("{} · {}", draft.agency, draft.subject);
    let started = ask_sender_to_sign(&state, &citizen, holder, None, &content, summary).await?;
    Ok((StatusCode::CREATED, Json(started)))
}

#[utoipa::path(
    get,
    path = "/letters/signing/{id}",
    tag = "letters",
    params(("id" = String, Path, description = "the signing request's id")),
    security(("session" = [])),
    responses((status = 200, description = "Where the signing request stands.", body = SigningProgress)),
)]
async fn letter_signing_progress(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<SigningProgress>, ApiError> {
    Ok(Json(progress_of(&state, &citizen, None, &id).await?))
}

/// "Yazışmalarım": the person's letters, the latest changed first.
#[utoipa::path(
    get,
    path = "/letters",
    tag = "letters",
    security(("session" = [])),
    responses((status = 200, description = "The person's letters.", body = Vec<LetterRow>)),
)]
async fn my_letters(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<Vec<LetterRow>>, ApiError> {
    Ok(Json(
        state.store.my_letters(citizen.session.account_id).await?,
    ))
}

#[utoipa::path(
    get,
    path = "/letters/{number}",
    tag = "letters",
    params(("number" = LetterNumber, Path, description = "the letter's number, such as M-2026-000123")),
    security(("session" = [])),
    responses((status = 200, description = "The letter and its thread.", body = LetterView)),
)]
async fn my_letter(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<LetterView>, ApiError> {
    let number = letter_number(&raw)?;
    let letter = state
        .store
        .my_letter(citizen.session.account_id, &number)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(with_signers(&state, letter).await?))
}

/// The sender writes again in the thread: more information asked for, or a reply to the
/// answer. The letter waits for the agency holding it again.
#[utoipa::path(
    post,
    path = "/letters/{number}/replies",
    tag = "letters",
    params(("number" = LetterNumber, Path, description = "the letter's number, such as M-2026-000123")),
    request_body = LetterReplyForm,
    security(("session" = [], "csrf" = [])),
    responses((status = 201, description = "Added to the thread.", body = LetterView)),
)]
async fn reply(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
    ApiJson(form): ApiJson<LetterReplyForm>,
) -> Result<(StatusCode, Json<LetterView>), ApiError> {
    let account_id = citizen.session.account_id;
    let number = letter_number(&raw)?;
    let (letter, body) = reply_draft(&state, &citizen, &number, &form).await?;
    let signature = match form.signing.as_deref() {
        None => None,
        Some(id) => Some(
            signed_request(&state, &citizen, None, id, async |signed_at| {
                let addressed = in_thread(&letter);
                let written = (body, form.files.as_slice());
                signed_letter(&state, &citizen, &addressed, written, signed_at).await
            })
            .await?,
        ),
    };
    let due_on = answer_due(&state).await?;
    let view = state
        .store
        .reply_to_letter(
            account_id,
            &number,
            &Written {
                text: body,
                files: &form.files,
                due_on,
                signature: signature.as_ref().map(SignatureToKeep::as_kept),
            },
            form.signing.as_deref(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(with_signers(&state, view).await?)))
}

/// The sender's own letter by this number and the reply's words, checked; every problem of the
/// reply otherwise.
async fn reply_draft<'a>(
    state: &AppState,
    citizen: &Citizen,
    number: &LetterNumber,
    form: &'a LetterReplyForm,
) -> Result<(LetterView, &'a str), ApiError> {
    let account_id = citizen.session.account_id;
    let letter = state
        .store
        .my_letter(account_id, number)
        .await?
        .ok_or(ApiError::NotFound)?;
    let mut problems = Vec::new();
    let body = text(form.text.as_deref(), "text", TEXT_MAX_CHARS, &mut problems);
    check_files(state, &form.files, account_id, &mut problems).await?;
    if !problems.is_empty() {
        return Err(ApiError::Invalid(problems));
    }
    Ok((letter, body))
}

/// A reply is addressed by its letter, whichever agency holds it.
fn in_thread(letter: &LetterView) -> Addressed<'_> {
    Addressed {
        letter: Some(&letter.number),
        agency: None,
        subject: &letter.subject,
    }
}

/// Asked as the reply's signing step opens: the reply is checked first.
#[utoipa::path(
    post,
    path = "/letters/{number}/replies/signing/terms",
    tag = "letters",
    params(("number" = LetterNumber, Path, description = "the letter's number, such as M-2026-000123")),
    request_body = LetterReplyForm,
    security(("session" = [], "csrf" = [])),
    responses((status = 200, description = "It can be sent, signed or not.", body = SigningTerms)),
)]
async fn reply_signing_terms(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
    ApiJson(form): ApiJson<LetterReplyForm>,
) -> Result<Json<SigningTerms>, ApiError> {
    reply_draft(&state, &citizen, &letter_number(&raw)?, &form).await?;
    Ok(Json(signing_terms_for(&state, &citizen, true).await?))
}

/// The sender's Asan İmza is asked to sign their reply as written; it is followed as a letter's
/// signing is (`/letters/signing/{id}`).
#[utoipa::path(
    post,
    path = "/letters/{number}/replies/signing",
    tag = "letters",
    params(("number" = LetterNumber, Path, description = "the letter's number, such as M-2026-000123")),
    request_body = StartReplySigning,
    security(("session" = [], "csrf" = [])),
    responses((status = 201, description = "Asked: the phone shows the verification code and waits for PIN2.", body = SigningStarted)),
)]
async fn start_reply_signing(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
    ApiJson(request): ApiJson<StartReplySigning>,
) -> Result<(StatusCode, Json<SigningStarted>), ApiError> {
    let holder = signer(request.holder)?;
    let number = letter_number(&raw)?;
    let (letter, body) = reply_draft(&state, &citizen, &number, &request.reply).await?;
    let written = (body, request.reply.files.as_slice());
    let content = signed_letter(
        &state,
        &citizen,
        &in_thread(&letter),
        written,
        now().stored(),
    )
    .await?;
    let summary = format!("{number} · {}", letter.subject);
    let started = ask_sender_to_sign(&state, &citizen, holder, None, &content, summary).await?;
    Ok((StatusCode::CREATED, Json(started)))
}

#[utoipa::path(
    get,
    path = "/letters/{number}/files/{id}",
    tag = "letters",
    params(
        ("number" = LetterNumber, Path, description = "the letter's number, such as M-2026-000123"),
        ("id" = String, Path, description = "the page's file id"),
    ),
    security(("session" = [])),
    responses((status = 200, description = "A page of the thread.", content_type = "application/octet-stream", body = FileBytes)),
)]
async fn my_letter_file(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath((raw, id)): ApiPath<(String, String)>,
) -> Result<Response, ApiError> {
    let number = letter_number(&raw)?;
    let file = state
        .store
        .letter_file(
            &number,
            &id,
            LetterReader::Sender(citizen.session.account_id),
        )
        .await?
        .ok_or(ApiError::NotFound)?;
    file_response(&state, &file, "inline").await
}

/// The agency's correspondence queue, beside its applications' queue.
#[utoipa::path(
    get,
    path = "/office/letters",
    tag = "office",
    security(("session" = [])),
    responses((status = 200, description = "Letters the agency holds, those waiting first.", body = Vec<OfficeLetterRow>)),
)]
async fn office_letters(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
) -> Result<Json<Vec<OfficeLetterRow>>, ApiError> {
    works(&officer)?;
    Ok(Json(state.store.agency_letters(&officer, today()).await?))
}

#[utoipa::path(
    get,
    path = "/office/letters/{number}",
    tag = "office",
    params(("number" = LetterNumber, Path, description = "the letter's number, such as M-2026-000123")),
    security(("session" = [])),
    responses((status = 200, description = "The letter, its thread and its sender.", body = OfficeLetter)),
)]
async fn office_letter(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<OfficeLetter>, ApiError> {
    works(&officer)?;
    let number = letter_number(&raw)?;
    let mut case = state
        .store
        .agency_letter(&officer, &number)
        .await?
        .ok_or(ApiError::NotFound)?;
    case.letter = with_signers(&state, case.letter).await?;
    case.signs_answers = state.signing.officers.is_some();
    Ok(Json(case))
}

/// The agency answers the letter, asks the sender for more, or forwards it to the agency it
/// belongs to; the sender is told by e-mail.
#[utoipa::path(
    post,
    path = "/office/letters/{number}",
    tag = "office",
    params(("number" = LetterNumber, Path, description = "the letter's number, such as M-2026-000123")),
    request_body = LetterStep,
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "Done; the sender is told.")),
)]
async fn step_on_letter(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(raw): ApiPath<String>,
    ApiJson(step): ApiJson<LetterStep>,
) -> Result<StatusCode, ApiError> {
    works(&officer)?;
    let number = letter_number(&raw)?;
    let mut problems = Vec::new();
    let body = text(step.text.as_deref(), "text", TEXT_MAX_CHARS, &mut problems);
    check_files(&state, &step.files, officer.account_id, &mut problems).await?;
    let pin = officer_pin(&state, step.pin.as_deref(), &mut problems);
    // What each step makes of the letter, what the sender is told, and the audit's name.
    let (kind, to, becomes, tell, audit) = match step.action {
        LetterAction::Answer => (
            LetterMessageKind::Answer,
            None,
            LetterStatus::Answered,
            Template::LetterAnswered,
            "answered_letter",
        ),
        LetterAction::AskMore => (
            LetterMessageKind::MoreAsked,
            None,
            LetterStatus::MoreAsked,
            Template::LetterAnswered,
            "answered_letter",
        ),
        LetterAction::Forward => {
            let to = step.agency.and_then(AgencyNumber::new);
            match step.agency {
                None => problems.push((ErrorCode::Required, "agency".into())),
                Some(_) if to.is_none() || to == Some(officer.agency) => {
                    problems.push((ErrorCode::UnknownAgency, "agency".into()));
                }
                Some(_) => {}
            }
            (
                LetterMessageKind::Forwarded,
                to,
                LetterStatus::Sent,
                Template::LetterForwarded,
                "forwarded_letter",
            )
        }
    };
    if !problems.is_empty() {
        return Err(ApiError::Invalid(problems));
    }
    let due_on = answer_due(&state).await?;
    let ids: Vec<&str> = step.files.iter().map(|f| f.id.as_str()).collect();
    let pages = signed_scans(&state, &ids).await?;
    let signed = sign_as_officer(&state, &officer, pin, |fin, signed_at| SignedLetterStep {
        letter: number.to_string(),
        agency: officer.agency.get(),
        step: kind.code().to_owned(),
        forwarded_to: to.map(AgencyNumber::get),
        text: body.to_owned(),
        files: pages,
        officer: fin.to_string(),
        signed_at: signed_at.to_owned(),
    })
    .await?;
    state
        .store
        .answer_letter(
            &officer,
            &number,
            &AgencyLetterStep {
                kind,
                to,
                written: Written {
                    text: body,
                    files: &step.files,
                    due_on,
                    signature: signed.as_ref().map(SignatureToKeep::as_kept),
                },
                becomes,
                tell,
                values: BTreeMap::from([
                    ("number".to_owned(), number.to_string()),
                    ("note".to_owned(), body.to_owned()),
                    ("link".to_owned(), letter_link(&state, &number)),
                ]),
                audit,
            },
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    get,
    path = "/office/letters/{number}/files/{id}",
    tag = "office",
    params(
        ("number" = LetterNumber, Path, description = "the letter's number, such as M-2026-000123"),
        ("id" = String, Path, description = "the page's file id"),
    ),
    security(("session" = [])),
    responses((status = 200, description = "A page of the thread.", content_type = "application/octet-stream", body = FileBytes)),
)]
async fn office_letter_file(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath((raw, id)): ApiPath<(String, String)>,
) -> Result<Response, ApiError> {
    works(&officer)?;
    let number = letter_number(&raw)?;
    let file = state
        .store
        .letter_file(&number, &id, LetterReader::Agency(officer.agency))
        .await?
        .ok_or(ApiError::NotFound)?;
    file_response(&state, &file, "inline").await
}
