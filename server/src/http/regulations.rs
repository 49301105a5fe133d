//! Regulations the agency writes (rules 9.1–9.8). The agency's supervisor keeps a draft (any
//! regulation the schema reads, answered with what it still lacks), the participating agencies'
//! supervisors agree or object (9.2), a complete and agreed draft goes to public discussion for a
//! period the supervisor sets (9.7), logged-in people comment while it runs and the agency
//! answers each publicly, and approving it, every comment answered, makes the service's next
//! version (9.8): the card, due dates and the grounds an officer refuses on read it from then on.

use app::api::{
    Agreement, AgreementAsked, AgreementDecision, AgreementForm, CommentForm, CommentText,
    DISCUSSION_MAX_DAYS, Discussion, DiscussionItem, ErrorCode, Regulation, RegulationComment,
    RegulationDesk, RegulationServiceState, RegulationStage, RegulationVersion,
    RegulationVersionMark, RegulationWork, ToDiscussion, regulation_problems,
};
use app::domain::{CalendarDate, Lang, ServiceNumber, Text};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, Citizen, OnDuty, RequestLang};
use super::office::allow;
use crate::calendar::today;
use crate::catalogue::Edition;
use crate::store::{Officer, RegulationError};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(regulation_versions))
        .routes(routes!(regulation_discussion))
        .routes(routes!(regulation_discussions))
        .routes(routes!(comment_on_regulation))
        .routes(routes!(regulation_desk))
        .routes(routes!(regulation_draft, save_regulation))
        .routes(routes!(put_to_discussion))
        .routes(routes!(answer_regulation_comment))
        .routes(routes!(approve_regulation))
        .routes(routes!(answer_regulation_agreement))
}

impl From<RegulationError> for ApiError {
    fn from(error: RegulationError) -> Self {
        match error {
            RegulationError::NotFound => ApiError::NotFound,
            RegulationError::InDiscussion => ApiError::Conflict(ErrorCode::RegulationInDiscussion),
            RegulationError::NotInDiscussion => ApiError::Conflict(ErrorCode::NotInDiscussion),
            RegulationError::Changed => ApiError::Conflict(ErrorCode::StaleVersion),
            RegulationError::AgreementPending => ApiError::Conflict(ErrorCode::AgreementPending),
            RegulationError::Closed => ApiError::Conflict(ErrorCode::DiscussionClosed),
            RegulationError::Unanswered => ApiError::Conflict(ErrorCode::CommentsUnanswered),
            RegulationError::AlreadyAnswered => ApiError::Conflict(ErrorCode::AlreadyDecided),
            RegulationError::Database(error) => error.into(),
        }
    }
}

/// The service's title and its agency's name, from the catalogue; `None` for a number the
/// catalogue does not hold.
fn titled(edition: &Edition, number: ServiceNumber) -> Option<(Text, Text)> {
    let (agency, card) = edition.service(number)?;
    Some((card.title.clone(), agency.name.clone()))
}

fn service_number(raw: &str) -> Result<ServiceNumber, ApiError> {
    ServiceNumber::parse(raw).ok_or(ApiError::NotFound)
}

/// One text as typed into a comment or an answer, or its problem under `text`.
fn comment_text(form: &CommentForm) -> Result<CommentText, ApiError> {
    CommentText::parse(&form.text).map_err(|code| ApiError::Invalid(vec![(code, "text".into())]))
}

#[utoipa::path(
    get,
    path = "/services/{number}/regulation/versions",
    tag = "regulations",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    responses(
        (status = 200, description = "The approved versions of the service's regulation, newest first, each with its discussion.", body = Vec<RegulationVersion>),
    ),
)]
async fn regulation_versions(
    State(state): State<AppState>,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<Vec<RegulationVersion>>, ApiError> {
    let number = service_number(&raw)?;
    titled(&*state.catalogue.current().await, number).ok_or(ApiError::NotFound)?;
    let mut versions = Vec::new();
    for approved in state.store.approved_regulations(number).await? {
        versions.push(RegulationVersion {
            version: approved.version,
            approved_on: approved.approved_on,
            regulation: approved.regulation,
            discussion_opened_on: approved.discussion_opened_on,
            discussion_until: approved.discussion_until,
            comments: state.store.regulation_comments(approved.id).await?,
        });
    }
    Ok(Json(versions))
}

#[utoipa::path(
    get,
    path = "/services/{number}/regulation/discussion",
    tag = "regulations",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    responses(
        (status = 200, description = "The draft of the service's regulation in public discussion, with its comments.", body = Discussion),
    ),
)]
async fn regulation_discussion(
    State(state): State<AppState>,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<Discussion>, ApiError> {
    let number = service_number(&raw)?;
    let (title, agency_name) =
        titled(&*state.catalogue.current().await, number).ok_or(ApiError::NotFound)?;
    let draft = state
        .store
        .regulation_draft(number)
        .await?
        .filter(|d| d.stage == RegulationStage::Discussion)
        .ok_or(ApiError::NotFound)?;
    let (Some(opened_on), Some(until)) = (draft.discussion_opened_on, draft.discussion_until)
    else {
        return Err(anyhow::anyhow!("the discussion of {number} has no dates").into());
    };
    Ok(Json(Discussion {
        service: number,
        title,
        agency_name,
        regulation: draft.regulation,
        opened_on,
        until,
        open: today() <= until,
        comments: state.store.regulation_comments(draft.id).await?,
    }))
}

#[utoipa::path(
    get,
    path = "/regulations/discussions",
    tag = "regulations",
    responses(
        (status = 200, description = "Every draft regulation in public discussion now, soonest to close first.", body = Vec<DiscussionItem>),
    ),
)]
async fn regulation_discussions(
    State(state): State<AppState>,
) -> Result<Json<Vec<DiscussionItem>>, ApiError> {
    let edition = state.catalogue.current().await;
    let items = state
        .store
        .regulations_in_discussion()
        .await?
        .into_iter()
        .filter_map(|(service, until, comments)| {
            let (title, agency_name) = titled(&edition, service)?;
            Some(DiscussionItem {
                service,
                title,
                agency_name,
                until,
                comments,
            })
        })
        .collect();
    Ok(Json(items))
}

/// A logged-in person comments on a draft in discussion; the comment is public under their name
/// and the initial of their surname.
#[utoipa::path(
    post,
    path = "/services/{number}/regulation/comments",
    tag = "regulations",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    request_body = CommentForm,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 201, description = "The comment as published.", body = RegulationComment),
    ),
)]
async fn comment_on_regulation(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
    ApiJson(form): ApiJson<CommentForm>,
) -> Result<(StatusCode, Json<RegulationComment>), ApiError> {
    let number = service_number(&raw)?;
    titled(&*state.catalogue.current().await, number).ok_or(ApiError::NotFound)?;
    let text = comment_text(&form)?;
    let me = &citizen.session.me;
    let author = match me.surname.chars().next() {
        Some(initial) => format!("{} {initial}.", me.name),
        None => me.name.clone(),
    };
    let published = state
        .store
        .comment_on_regulation(
            citizen.session.account_id,
            &author,
            number,
            text.as_str(),
            today(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(published)))
}

/// The agency's supervisor writes its regulations; anything not of the agency is not found.
async fn writable(
    state: &AppState,
    officer: &Officer,
    raw: &str,
) -> Result<(ServiceNumber, Text), ApiError> {
    allow(officer, officer.role.writes_regulations())?;
    let number = service_number(raw)?;
    let (title, _) = titled(&*state.catalogue.current().await, number)
        .filter(|_| number.agency() == officer.agency)
        .ok_or(ApiError::NotFound)?;
    Ok((number, title))
}

/// The supervisor's view of the service's regulation, as it stands now.
async fn regulation_work(
    state: &AppState,
    number: ServiceNumber,
    title: Text,
    lang: Lang,
) -> Result<RegulationWork, ApiError> {
    let edition = state.catalogue.current().await;
    let versions = state
        .store
        .approved_regulations(number)
        .await?
        .into_iter()
        .map(|v| RegulationVersionMark {
            version: v.version,
            approved_on: v.approved_on,
        })
        .collect();
    let Some(draft) = state.store.regulation_draft(number).await? else {
        let in_force = state
            .store
            .service_page(number)
            .await?
            .ok_or(ApiError::NotFound)?
            .regulation;
        return Ok(RegulationWork {
            service: number,
            title,
            stage: RegulationStage::Editing,
            has_draft: false,
            problems: regulation_problems(in_force.problems(), lang),
            regulation: in_force,
            agreements: Vec::new(),
            discussion_opened_on: None,
            discussion_until: None,
            comments: Vec::new(),
            versions,
        });
    };
    let agreements = state
        .store
        .regulation_participants(draft.id, draft.revision)
        .await?
        .into_iter()
        .map(|p| Agreement {
            agency: p.agency,
            agency_name: edition
                .agency(p.agency)
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            decision: p.decision,
            comment: p.comment,
            at: p.decided_at,
        })
        .collect();
    Ok(RegulationWork {
        service: number,
        title,
        stage: draft.stage,
        has_draft: true,
        problems: regulation_problems(draft.regulation.problems(), lang),
        regulation: draft.regulation,
        agreements,
        discussion_opened_on: draft.discussion_opened_on,
        discussion_until: draft.discussion_until,
        comments: state.store.regulation_comments(draft.id).await?,
        versions,
    })
}

#[utoipa::path(
    get,
    path = "/office/regulations",
    tag = "regulations",
    security(("session" = [])),
    responses(
        (status = 200, description = "The agency's services with their regulations' stage, and the drafts of other agencies it is asked to agree to.", body = RegulationDesk),
    ),
)]
async fn regulation_desk(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
) -> Result<Json<RegulationDesk>, ApiError> {
    allow(&officer, officer.role.writes_regulations())?;
    let edition = state.catalogue.current().await;
    let services = state
        .store
        .agency_regulations(officer.agency)
        .await?
        .into_iter()
        .filter_map(|r| {
            let (title, _) = titled(&edition, r.service)?;
            Some(RegulationServiceState {
                service: r.service,
                title,
                stage: r.stage,
                discussion_until: r.discussion_until,
                approved_version: r.approved_version,
            })
        })
        .collect();
    let to_agree = state
        .store
        .regulations_to_agree(officer.agency)
        .await?
        .into_iter()
        .filter_map(|(draft, answer)| {
            let (title, agency_name) = titled(&edition, draft.service)?;
            Some(AgreementAsked {
                service: draft.service,
                revision: draft.revision,
                title,
                agency_name,
                regulation: draft.regulation,
                decision: answer.decision,
                comment: answer.comment,
            })
        })
        .collect();
    Ok(Json(RegulationDesk { services, to_agree }))
}

#[utoipa::path(
    get,
    path = "/office/services/{number}/regulation",
    tag = "regulations",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The regulation's draft (or the one in force), what it lacks, its agreements, discussion and versions.", body = RegulationWork),
    ),
)]
async fn regulation_draft(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    RequestLang(lang): RequestLang,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<RegulationWork>, ApiError> {
    let (number, title) = writable(&state, &officer, &raw).await?;
    Ok(Json(regulation_work(&state, number, title, lang).await?))
}

/// Keeps the draft, complete or not, and answers with what it still lacks: the work is never
/// only in the page. A participating agency named must be another agency of the catalogue.
#[utoipa::path(
    put,
    path = "/office/services/{number}/regulation",
    tag = "regulations",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    request_body = Regulation,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 200, description = "The draft as kept, with what it still lacks.", body = RegulationWork),
    ),
)]
async fn save_regulation(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    RequestLang(lang): RequestLang,
    ApiPath(raw): ApiPath<String>,
    ApiJson(regulation): ApiJson<Regulation>,
) -> Result<Json<RegulationWork>, ApiError> {
    let (number, title) = writable(&state, &officer, &raw).await?;
    let edition = state.catalogue.current().await;
    let strangers: Vec<_> = regulation
        .participating_agencies
        .iter()
        .enumerate()
        .filter(|(_, agency)| **agency == officer.agency || edition.agency(**agency).is_none())
        .map(|(i, _)| {
            (
                ErrorCode::UnknownAgency,
                format!("participating_agencies.{i}"),
            )
        })
        .collect();
    if !strangers.is_empty() {
        return Err(ApiError::Invalid(strangers));
    }
    let mut participants = regulation.participating_agencies.clone();
    participants.sort_unstable();
    participants.dedup();
    state
        .store
        .save_regulation_draft(&officer, number, &regulation, &participants)
        .await?;
    Ok(Json(regulation_work(&state, number, title, lang).await?))
}

/// Puts the draft to public discussion until the day given (Baku), at most
/// `DISCUSSION_MAX_DAYS` ahead: only a complete draft every participating agency agreed to.
#[utoipa::path(
    post,
    path = "/office/services/{number}/regulation/discussion",
    tag = "regulations",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    request_body = ToDiscussion,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 200, description = "The draft in discussion.", body = RegulationWork),
    ),
)]
async fn put_to_discussion(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    RequestLang(lang): RequestLang,
    ApiPath(raw): ApiPath<String>,
    ApiJson(form): ApiJson<ToDiscussion>,
) -> Result<Json<RegulationWork>, ApiError> {
    let (number, title) = writable(&state, &officer, &raw).await?;
    let draft = state
        .store
        .regulation_draft(number)
        .await?
        .ok_or(ApiError::Conflict(ErrorCode::NothingToPublish))?;
    if draft.stage == RegulationStage::Discussion {
        return Err(ApiError::Conflict(ErrorCode::RegulationInDiscussion));
    }
    let today = today();
    let mut problems = draft.regulation.problems();
    let until = match form.until.trim() {
        "" => Err(ErrorCode::Required),
        typed => match CalendarDate::parse(typed) {
            None => Err(ErrorCode::InvalidDate),
            Some(until) if until <= today => Err(ErrorCode::DateInPast),
            Some(until) if until > today.plus_days(i64::from(DISCUSSION_MAX_DAYS)) => {
                Err(ErrorCode::OutOfRange)
            }
            Some(until) => Ok(until),
        },
    };
    let until = match until {
        Ok(until) if problems.is_empty() => until,
        Ok(_) => return Err(ApiError::Invalid(problems)),
        Err(code) => {
            problems.push((code, "until".into()));
            return Err(ApiError::Invalid(problems));
        }
    };
    state
        .store
        .put_regulation_to_discussion(&officer, number, draft.revision, today, until)
        .await?;
    state.catalogue.changed().await;
    Ok(Json(regulation_work(&state, number, title, lang).await?))
}

#[utoipa::path(
    post,
    path = "/office/services/{number}/regulation/comments/{id}/answer",
    tag = "regulations",
    params(
        ("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10"),
        ("id" = i64, Path, description = "the comment's id"),
    ),
    request_body = CommentForm,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 200, description = "The discussion with the answer published.", body = RegulationWork),
    ),
)]
async fn answer_regulation_comment(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    RequestLang(lang): RequestLang,
    ApiPath((raw, id)): ApiPath<(String, i64)>,
    ApiJson(form): ApiJson<CommentForm>,
) -> Result<Json<RegulationWork>, ApiError> {
    let (number, title) = writable(&state, &officer, &raw).await?;
    let text = comment_text(&form)?;
    state
        .store
        .answer_regulation_comment(&officer, number, id, text.as_str())
        .await?;
    Ok(Json(regulation_work(&state, number, title, lang).await?))
}

/// Approves the draft in discussion as the service's next version, once every comment has its
/// answer; comments close with it. A published form whose fee the new regulation changes gets
/// a version asking the new fee.
#[utoipa::path(
    post,
    path = "/office/services/{number}/regulation/approve",
    tag = "regulations",
    params(("number" = app::domain::ServiceNumber, Path, description = "the service's number, such as 33.10")),
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 200, description = "Approved: the regulation with its new version.", body = RegulationWork),
    ),
)]
async fn approve_regulation(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    RequestLang(lang): RequestLang,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<RegulationWork>, ApiError> {
    let (number, title) = writable(&state, &officer, &raw).await?;
    state
        .store
        .approve_regulation(&officer, number, today())
        .await?;
    state.catalogue.changed().await;
    super::forms::follow_the_regulations_fee(&state, &officer, number).await?;
    Ok(Json(regulation_work(&state, number, title, lang).await?))
}

/// A participating agency's supervisor agrees to another agency's draft, or objects with a
/// reason; the answer counts for the draft as it is now.
#[utoipa::path(
    post,
    path = "/office/regulation-agreements/{number}",
    tag = "regulations",
    params(("number" = app::domain::ServiceNumber, Path, description = "the other agency's service, such as 33.10")),
    request_body = AgreementForm,
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "The answer is kept.")),
)]
async fn answer_regulation_agreement(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(raw): ApiPath<String>,
    ApiJson(form): ApiJson<AgreementForm>,
) -> Result<StatusCode, ApiError> {
    allow(&officer, officer.role.writes_regulations())?;
    let number = service_number(&raw)?;
    let comment = match form.comment.as_deref().map(str::trim) {
        None | Some("") if form.decision == AgreementDecision::Objected => {
            return Err(ApiError::Invalid(vec![(
                ErrorCode::Required,
                "comment".into(),
            )]));
        }
        None | Some("") => None,
        Some(typed) => Some(
            CommentText::parse(typed)
                .map_err(|code| ApiError::Invalid(vec![(code, "comment".into())]))?,
        ),
    };
    state
        .store
        .answer_regulation_agreement(
            &officer,
            number,
            form.revision,
            form.decision,
            comment.as_ref().map(CommentText::as_str),
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
