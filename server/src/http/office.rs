//! The back office under `/api/office/`: the queue, an application with its scans, decisions,
//! hosts' addresses, officer accounts and the audit log. Every route checks the officer's role
//! here and their agency in the store; an application of another agency is not found.

use std::collections::BTreeMap;

use app::api::{
    ApplicationAction, ApplicationStatus, AssignForm, AuditEntry, ComplaintAnswerForm, ErrorCode,
    HostPlaceCheck, HostPlaceStatus, HostPlaceToCheck, NewOfficerForm, OfficeApplication,
    OfficeComplaint, OfficeDecision, OfficerRole, OfficerView, PaymentState, QueuePage, QueueQuery,
    RefuseHostPlace, StayChangeDecision, StayChangeStatus,
};
use app::domain::{Email, Fin};
use app::services::PLACE_OF_STAY_SERVICE;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::accounts::link;
use super::applications::{application_link, number};
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, ApiQuery, OnDuty, RequestLang};
use super::files::file_response;
use super::openapi::FileBytes;
use super::signatures::{officer_pin, sign_as_officer};
use crate::calendar::today;
use crate::documents;
use crate::identity::totp;
use crate::notify::Template;
use crate::signatures::SignedDecision;
use crate::store::{
    AccountRecord, DecidedOn, Decision, HostPlaceDecision, NewOfficer, OfficeError, Officer,
    SignatureReader, StayChangeAnswer,
};
use crate::workflow::{accounts, applications, notices};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(queue))
        .routes(routes!(application))
        .routes(routes!(assign))
        .routes(routes!(decide))
        .routes(routes!(answer_change))
        .routes(routes!(file))
        .routes(routes!(hosts))
        .routes(routes!(host_place))
        .routes(routes!(host_place_file))
        .routes(routes!(verify_host_place))
        .routes(routes!(refuse_host_place))
        .routes(routes!(officers, add_officer))
        .routes(routes!(deactivate))
        .routes(routes!(audit))
        .routes(routes!(complaints))
        .routes(routes!(answer_complaint))
}

pub(super) fn allow(officer: &Officer, allowed: bool) -> Result<(), ApiError> {
    if allowed {
        Ok(())
    } else {
        tracing::info!(officer = officer.account_id, "refused for the role");
        Err(ApiError::NotForYourRole)
    }
}

pub(super) fn works(officer: &Officer) -> Result<(), ApiError> {
    allow(officer, officer.role.works_applications())
}

impl From<OfficeError> for ApiError {
    fn from(error: OfficeError) -> Self {
        match error {
            OfficeError::NotFound => Self::NotFound,
            OfficeError::NotAllowed => Self::Conflict(ErrorCode::StatusChangeNotAllowed),
            OfficeError::Stale => Self::Conflict(ErrorCode::StaleVersion),
            OfficeError::NoSuchOfficer => {
                Self::Invalid(vec![(ErrorCode::NotAnOfficerHere, "officer".into())])
            }
            OfficeError::Database(error) => error.into(),
        }
    }
}

#[utoipa::path(
    get,
    path = "/office/queue",
    operation_id = "office_queue",
    tag = "office",
    params(QueueQuery),
    security(("session" = [])),
    responses(
        (status = 200, description = "A page of the agency's queue, by due date.", body = QueuePage),
    ),
)]
async fn queue(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiQuery(query): ApiQuery<QueueQuery>,
) -> Result<Json<QueuePage>, ApiError> {
    works(&officer)?;
    Ok(Json(state.store.queue(&officer, &query, today()).await?))
}

#[utoipa::path(
    get,
    path = "/office/applications/{number}",
    operation_id = "office_application",
    tag = "office",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    security(("session" = [])),
    responses(
        (status = 200, description = "The application as it was sent, for the agency.", body = OfficeApplication),
    ),
)]
async fn application(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<OfficeApplication>, ApiError> {
    works(&officer)?;
    let number = number(&raw)?;
    let mut case = state
        .store
        .office_application(&officer, &number, today())
        .await?;
    case.fee = state
        .store
        .fee_payment(&number)
        .await?
        .map(|record| record.payment)
        .filter(|payment| payment.state == PaymentState::Paid);
    case.signatures = super::signatures::signature_views(
        &state,
        &number,
        SignatureReader::Agency(officer.agency),
    )
    .await?;
    case.signs_decisions = state.signing.officers.is_some();
    Ok(Json(case))
}

/// Take it (an officer, for themselves) or hand it to a colleague (a supervisor).
#[utoipa::path(
    post,
    path = "/office/applications/{number}/assign",
    tag = "office",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    request_body = AssignForm,
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "Handed to the officer.")),
)]
async fn assign(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(raw): ApiPath<String>,
    ApiJson(form): ApiJson<AssignForm>,
) -> Result<StatusCode, ApiError> {
    works(&officer)?;
    let to = form.officer.unwrap_or(officer.account_id);
    allow(
        &officer,
        to == officer.account_id || officer.role == OfficerRole::Supervisor,
    )?;
    let number = number(&raw)?;
    let standing = applications::at_agency(&state.store, officer.agency, &number).await?;
    let step = applications::take_step(&standing, form.version)?;
    state
        .store
        .assign_application(&officer, &number, step, to)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = "/office/applications/{number}/decision",
    tag = "office",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    request_body = OfficeDecision,
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "Decided; the applicant is told.")),
)]
async fn decide(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(raw): ApiPath<String>,
    ApiJson(form): ApiJson<OfficeDecision>,
) -> Result<StatusCode, ApiError> {
    works(&officer)?;
    let number = number(&raw)?;
    let free_text = form
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let (service, summary) = state
        .store
        .agency_application_summary(&officer, &number)
        .await?
        .ok_or(ApiError::NotFound)?;
    let registered = state.services.get(&state.store, service).await?;
    let mut problems = Vec::new();
    let pin = officer_pin(&state, form.pin.as_deref(), &mut problems);
    let note = match form.action {
        ApplicationAction::Accept => free_text.map(str::to_owned),
        ApplicationAction::Refuse => {
            let grounds = state
                .store
                .service_page(service)
                .await?
                .and_then(|page| page.regulation.grounds_for_refusal)
                .unwrap_or_default();
            let ground = form.ground.and_then(|i| grounds.get(i));
            if ground.is_none() && !grounds.is_empty() {
                problems.push((ErrorCode::Required, "ground".to_owned()));
            }
            if ground.is_none() && free_text.is_none() {
                problems.push((ErrorCode::Required, "note".to_owned()));
            }
            // The decision is an official act: its ground is quoted in the state language.
            let parts: Vec<&str> = ground
                .map(|g| g.az.as_str())
                .into_iter()
                .chain(free_text)
                .collect();
            Some(parts.join(". "))
        }
        ApplicationAction::Return => {
            if free_text.is_none() {
                problems.push((ErrorCode::Required, "note".to_owned()));
            }
            let fixable = match &registered {
                Some(service) => {
                    service
                        .fixable_fields(&state.service_context(), summary.as_ref())
                        .await?
                }
                None => Vec::new(),
            };
            if form
                .fields_to_fix
                .iter()
                .any(|field| !fixable.contains(field))
            {
                problems.push((ErrorCode::UnknownChoice, "fields_to_fix".to_owned()));
            }
            free_text.map(str::to_owned)
        }
        _ => return Err(ApiError::Conflict(ErrorCode::StatusChangeNotAllowed)),
    };
    if !problems.is_empty() {
        return Err(ApiError::Invalid(problems));
    }
    let standing = applications::at_agency(&state.store, officer.agency, &number).await?;
    let step = applications::office_step(&standing, form.version, form.action)?;
    let code = documents::new_code();
    let link = application_link(&state, &number);
    let subject = match (&registered, &summary) {
        (Some(service), Some(summary)) => {
            service
                .result_subject(&state.service_context(), summary)
                .await?
        }
        _ => Vec::new(),
    };
    let with_result = step.to.decided();
    let signed = sign_as_officer(&state, &officer, pin, |fin, signed_at| SignedDecision {
        application: number.to_string(),
        service: service.to_string(),
        agency: officer.agency.get(),
        decision: step.to.code().to_owned(),
        version: form.version,
        note: note.clone(),
        fields_to_fix: form.fields_to_fix.clone(),
        result: with_result.then(|| code.to_string()),
        subject: if with_result {
            subject.clone()
        } else {
            Vec::new()
        },
        officer: fin.to_string(),
        signed_at: signed_at.to_owned(),
    })
    .await?;
    state
        .store
        .decide(
            &officer,
            &number,
            &Decision {
                step,
                note: note.as_deref(),
                fields_to_fix: &form.fields_to_fix,
                result: with_result.then_some(code),
                title: None,
                subject,
                messages: &applications::decided(
                    &standing.applicant,
                    &number,
                    note.as_deref(),
                    &link,
                    &[],
                    step.to,
                ),
                signature: signed.as_ref().map(|signed| signed.as_kept()),
            },
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The agency's answer to a host's request to extend a registered stay; a refusal says why.
#[utoipa::path(
    post,
    path = "/office/applications/{number}/changes/{id}",
    tag = "office",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
        ("id" = i64, Path, description = "the change's id"),
    ),
    request_body = StayChangeDecision,
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "The change is answered; the host is told.")),
)]
async fn answer_change(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath((raw, id)): ApiPath<(String, i64)>,
    ApiJson(decision): ApiJson<StayChangeDecision>,
) -> Result<StatusCode, ApiError> {
    works(&officer)?;
    let number = number(&raw)?;
    let note = decision
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    if !decision.accept && note.is_none() {
        return Err(ApiError::Invalid(vec![(
            ErrorCode::Required,
            "note".into(),
        )]));
    }
    // Accepted, the registration's stay becomes the longer one; the host's e-mail says the
    // answer as an application's decision would.
    let (status, told_status) = if decision.accept {
        (StayChangeStatus::Accepted, ApplicationStatus::Accepted)
    } else {
        (StayChangeStatus::Refused, ApplicationStatus::Refused)
    };
    let standing = applications::at_agency(&state.store, officer.agency, &number).await?;
    let values = BTreeMap::from([
        ("number".to_owned(), number.to_string()),
        ("note".to_owned(), note.unwrap_or_default().to_owned()),
        ("link".to_owned(), application_link(&state, &number)),
    ]);
    let answer = StayChangeAnswer {
        status,
        note,
        messages: notices::email(
            &standing.applicant,
            Template::StayChangeAnswered,
            Some(told_status),
            &values,
        )
        .into_iter()
        .collect(),
        audit: "answered_change",
    };
    state
        .store
        .answer_stay_change(&officer, &number, id, &answer)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    get,
    path = "/office/files/{id}",
    operation_id = "office_file",
    tag = "office",
    params(("id" = String, Path, description = "the scan's id: the SHA-256 of its content, 64 hex digits")),
    security(("session" = [])),
    responses(
        (status = 200, description = "A scan of an application of the agency (image/jpeg, image/png or application/pdf), inline.", content_type = "application/octet-stream", body = FileBytes),
    ),
)]
async fn file(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(id): ApiPath<String>,
) -> Result<Response, ApiError> {
    works(&officer)?;
    let file = state
        .store
        .office_file(&officer, &id)
        .await?
        .ok_or(ApiError::NotFound)?;
    file_response(&state, &file, "inline").await
}

/// Host verification belongs to the agency of the place-of-stay service.
fn place_of_stay_agency(officer: &Officer) -> Result<(), ApiError> {
    let agency = PLACE_OF_STAY_SERVICE.service_number().agency();
    allow(officer, officer.agency == agency)
}

#[utoipa::path(
    get,
    path = "/office/hosts",
    tag = "office",
    security(("session" = [])),
    responses(
        (status = 200, description = "The hosts' addresses waiting for the agency's check, the longest waiting first.", body = Vec<HostPlaceToCheck>),
    ),
)]
async fn hosts(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
) -> Result<Json<Vec<HostPlaceToCheck>>, ApiError> {
    works(&officer)?;
    place_of_stay_agency(&officer)?;
    Ok(Json(state.store.host_places_to_check().await?))
}

#[utoipa::path(
    get,
    path = "/office/host-addresses/{id}",
    tag = "office",
    params(("id" = i64, Path, description = "the address's id")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The address with the host's registration to check it against.", body = HostPlaceCheck),
    ),
)]
async fn host_place(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<HostPlaceCheck>, ApiError> {
    works(&officer)?;
    place_of_stay_agency(&officer)?;
    let (check, _) = state
        .store
        .host_place_check(&officer, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(check))
}

#[utoipa::path(
    get,
    path = "/office/host-addresses/{id}/files/{file}",
    tag = "office",
    params(
        ("id" = i64, Path, description = "the address's id"),
        ("file" = String, Path, description = "a page of the host's document scan: its id"),
    ),
    security(("session" = [])),
    responses(
        (status = 200, description = "A page of the scan the host registered with, inline.", content_type = "application/octet-stream", body = FileBytes),
    ),
)]
async fn host_place_file(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath((id, file)): ApiPath<(i64, String)>,
) -> Result<Response, ApiError> {
    works(&officer)?;
    place_of_stay_agency(&officer)?;
    let (check, host_id) = state
        .store
        .host_place_check(&officer, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    if !check.registration.scan.iter().any(|page| page.id == file) {
        return Err(ApiError::NotFound);
    }
    let page = state
        .store
        .file_of(&file, host_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    file_response(&state, &page, "inline").await
}

#[utoipa::path(
    post,
    path = "/office/host-addresses/{id}/verify",
    tag = "office",
    params(("id" = i64, Path, description = "the address's id")),
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "The address is confirmed and the host told: applications may choose it.")),
)]
async fn verify_host_place(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    works(&officer)?;
    place_of_stay_agency(&officer)?;
    let decision = HostPlaceDecision {
        status: HostPlaceStatus::Verified,
        refusal: None,
        tell: Template::HostVerified,
        values: BTreeMap::from([("link".to_owned(), stay_link(&state))]),
        audit: "verified_host",
    };
    place_decided(
        state
            .store
            .decide_host_place(&officer, id, &decision)
            .await?,
    )
}

#[utoipa::path(
    post,
    path = "/office/host-addresses/{id}/refuse",
    tag = "office",
    params(("id" = i64, Path, description = "the address's id")),
    request_body = RefuseHostPlace,
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "The address is refused and the host told why.")),
)]
async fn refuse_host_place(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(id): ApiPath<i64>,
    ApiJson(form): ApiJson<RefuseHostPlace>,
) -> Result<StatusCode, ApiError> {
    works(&officer)?;
    place_of_stay_agency(&officer)?;
    let reason = form.parse().map_err(ApiError::Invalid)?;
    let decision = HostPlaceDecision {
        status: HostPlaceStatus::Refused,
        refusal: Some(&reason),
        tell: Template::HostAddressRefused,
        values: BTreeMap::from([
            ("link".to_owned(), stay_link(&state)),
            ("reason".to_owned(), reason.clone()),
        ]),
        audit: "refused_host_address",
    };
    place_decided(
        state
            .store
            .decide_host_place(&officer, id, &decision)
            .await?,
    )
}

/// The service's page, where the host sees their addresses and applies.
fn stay_link(state: &AppState) -> String {
    format!(
        "{}/services/{}/apply",
        state.settings.application.base_url.trim_end_matches('/'),
        PLACE_OF_STAY_SERVICE.number
    )
}

/// A decision on an address another officer decided first is refused, not made twice.
fn place_decided(on: DecidedOn) -> Result<StatusCode, ApiError> {
    match on {
        DecidedOn::Now => Ok(StatusCode::NO_CONTENT),
        DecidedOn::Before => Err(ApiError::Conflict(ErrorCode::AlreadyDecided)),
        DecidedOn::Withdrawn => Err(ApiError::Conflict(ErrorCode::AddressWithdrawn)),
        DecidedOn::Missing => Err(ApiError::NotFound),
    }
}

#[utoipa::path(
    get,
    path = "/office/officers",
    tag = "office",
    security(("session" = [])),
    responses(
        (status = 200, description = "The agency's officers.", body = Vec<OfficerView>),
    ),
)]
async fn officers(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
) -> Result<Json<Vec<OfficerView>>, ApiError> {
    allow(
        &officer,
        matches!(
            officer.role,
            OfficerRole::Administrator | OfficerRole::Supervisor
        ),
    )?;
    Ok(Json(state.store.officers(officer.agency).await?))
}

/// An administrator adds a colleague at their agency: the new officer confirms the address by
/// the link sent, sets a password, and adds the authenticator at their first login.
#[utoipa::path(
    post,
    path = "/office/officers",
    tag = "office",
    request_body = NewOfficerForm,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 202, description = "The new officer is invited: {status: invited}.", body = Object),
    ),
)]
async fn add_officer(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    RequestLang(lang): RequestLang,
    ApiJson(form): ApiJson<NewOfficerForm>,
) -> Result<(StatusCode, Json<serde_json::Value>), ApiError> {
    allow(&officer, officer.role == OfficerRole::Administrator)?;
    let mut problems = Vec::new();
    let email = form.email.as_deref().map(str::trim).unwrap_or_default();
    let email = if email.is_empty() {
        problems.push((ErrorCode::Required, "email".to_owned()));
        None
    } else {
        let parsed = Email::parse(email);
        if parsed.is_none() {
            problems.push((ErrorCode::InvalidEmail, "email".to_owned()));
        }
        parsed
    };
    let mut required = |field: &str, value: &Option<String>| {
        let value = value
            .as_deref()
            .map(str::trim)
            .unwrap_or_default()
            .to_owned();
        if value.is_empty() {
            problems.push((ErrorCode::Required, field.to_owned()));
        }
        value
    };
    let surname = required("surname", &form.surname);
    let name = required("name", &form.name);
    // The FIN their e-signature's certificate names: without it they cannot sign a decision.
    let signing_fin = match form.fin.as_deref().map(str::trim).filter(|f| !f.is_empty()) {
        None => {
            problems.push((ErrorCode::Required, "fin".to_owned()));
            None
        }
        Some(raw) => {
            let fin = Fin::parse(raw);
            if fin.is_none() {
                problems.push((ErrorCode::InvalidFin, "fin".to_owned()));
            }
            fin
        }
    };
    let role = form.role.as_deref().and_then(OfficerRole::parse);
    if role.is_none() {
        problems.push((ErrorCode::InvalidRole, "role".to_owned()));
    }
    let (Some(email), Some(signing_fin), Some(role), true) =
        (email, signing_fin, role, problems.is_empty())
    else {
        return Err(ApiError::Invalid(problems));
    };
    let (_, confirm) = link(&state, "/account/confirm");
    // An address that already has an account is told so by e-mail, as registration does; the
    // administrator gets the same answer, so this page reveals no one's account.
    state
        .store
        .add_officer(
            &NewOfficer {
                account: AccountRecord {
                    email: &email,
                    surname: &surname,
                    name: &name,
                    fin: None,
                    lang,
                },
                signing_fin: Some(&signing_fin),
                role,
                agency: officer.agency,
                totp_secret: &totp::new_secret(),
            },
            &confirm,
            &accounts::registration(),
            Some(&officer),
        )
        .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(serde_json::json!({ "status": "invited" })),
    ))
}

#[utoipa::path(
    post,
    path = "/office/officers/{account}/deactivate",
    tag = "office",
    params(("account" = i64, Path, description = "the account's id")),
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 204, description = "The officer can no longer log in to the office."),
    ),
)]
async fn deactivate(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(account): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    allow(&officer, officer.role == OfficerRole::Administrator)?;
    if !state.store.deactivate_officer(&officer, account).await? {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Complaints go to the agency's supervisor.
fn supervises(officer: &Officer) -> Result<(), ApiError> {
    allow(officer, officer.role == OfficerRole::Supervisor)
}

#[utoipa::path(
    get,
    path = "/office/complaints",
    tag = "office",
    security(("session" = [])),
    responses(
        (status = 200, description = "The complaints about the agency's decisions.", body = Vec<OfficeComplaint>),
    ),
)]
async fn complaints(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
) -> Result<Json<Vec<OfficeComplaint>>, ApiError> {
    supervises(&officer)?;
    let mut list = state.store.agency_complaints(&officer).await?;
    let complaints = list
        .iter_mut()
        .map(|r| (r.number, &mut r.complaint))
        .collect();
    super::complaints::with_signers(&state, complaints).await?;
    Ok(Json(list))
}

#[utoipa::path(
    post,
    path = "/office/complaints/{id}/answer",
    tag = "office",
    params(("id" = i64, Path, description = "the complaint's id")),
    request_body = ComplaintAnswerForm,
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "Answered; the applicant is told.")),
)]
async fn answer_complaint(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath(id): ApiPath<i64>,
    ApiJson(form): ApiJson<ComplaintAnswerForm>,
) -> Result<StatusCode, ApiError> {
    supervises(&officer)?;
    let answer = form.answer.as_deref().map(str::trim).unwrap_or_default();
    if answer.is_empty() {
        return Err(ApiError::Invalid(vec![(
            ErrorCode::Required,
            "answer".into(),
        )]));
    }
    let number = state
        .store
        .complaint_about(officer.agency, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let standing = applications::at_agency(&state.store, officer.agency, &number).await?;
    let messages = applications::complaint_answered(
        &standing.applicant,
        &number,
        answer,
        &application_link(&state, &number),
    );
    state
        .store
        .answer_complaint(&officer, id, answer, &messages)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    get,
    path = "/office/audit",
    tag = "office",
    security(("session" = [])),
    responses(
        (status = 200, description = "Who opened or changed what.", body = Vec<AuditEntry>),
    ),
)]
async fn audit(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
) -> Result<Json<Vec<AuditEntry>>, ApiError> {
    allow(
        &officer,
        matches!(
            officer.role,
            OfficerRole::Supervisor | OfficerRole::Administrator
        ),
    )?;
    Ok(Json(state.store.agency_audit(officer.agency).await?))
}
