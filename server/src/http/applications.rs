//! Applications of every service (drafts kept as the person types, submit, history), the
//! reference lists their forms choose from, and the hosts of the place-of-stay service.

use std::time::{SystemTime, UNIX_EPOCH};

use app::api::{
    ApplicationStatus, ApplicationSummary, ApplicationView, CUSTOMS_COPIES, CaptchaSolution,
    ColleagueForm, ComplaintForm, ComplaintView, CustomsDocumentForm, DEBT_CERTIFICATE,
    DebtCertificateForm, DraftSave, ErrorCode, FieldProblem, FileRef, HostApplication,
    HostColleague, HostForm, HostKind, HostRegistrationForm, HostView, NewApplication,
    PLACE_OF_STAY, ReferenceData, ReferenceList, StayChangeForm, StayChangeView, StayForm,
    StaySummary, SubmitApplication, work_holds,
};
use app::domain::{ApplicationNumber, CalendarDate, Lang, Phone, ServiceNumber};
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use serde_json::{Value, json};

use super::AppState;
use super::accounts::link;
use super::error::ApiError;
use super::extract::{ApiJson, Citizen, RequestLang, Visitor};
use crate::identity::{captcha, links};
use crate::store::{
    AccountRecord, ApplicationError, ComplaintError, HostRecord, HostRow, Invitation,
    StayChangeError, Submission,
};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/reference", get(reference))
        .route("/hosts", post(register_host))
        .route("/hosts/me", get(my_host))
        .route("/hosts/me/applications", get(host_applications))
        .route("/hosts/me/staff", get(colleagues).post(invite_colleague))
        .route("/hosts/me/staff/{id}", delete(remove_colleague))
        .route("/applications", get(my_applications).post(new_application))
        .route("/applications/{number}", get(application).put(save_draft))
        .route("/applications/{number}/submit", post(submit))
        .route("/applications/{number}/withdraw", post(withdraw))
        .route("/applications/{number}/complaints", post(complain))
        .route("/applications/{number}/changes", post(change_stay))
}

/// Today in Baku, which is what "in the future" means to the rules.
pub fn today() -> CalendarDate {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    CalendarDate::in_baku(seconds)
}

async fn reference(State(state): State<AppState>) -> Response {
    let mut response = Json(state.reference.as_ref().clone()).into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}

/// The address as one line, in Azerbaijani: how the officer and the table read it.
fn address_line(reference: &ReferenceData, form: &HostForm) -> String {
    let region = reference
        .name(ReferenceList::Regions, &form.region, Lang::Az)
        .unwrap_or(&form.region);
    [
        region,
        &form.district,
        &form.settlement,
        &form.street,
        &form.building,
        &form.entrance,
        &form.block,
        &form.floor,
        &form.flat,
    ]
    .iter()
    .map(|part| part.trim())
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

fn host_view(host: HostRow) -> HostView {
    HostView {
        kind: host.kind,
        name: host.name,
        organisation: host.organisation,
        address: host.address,
        verified: host.verified_at.is_some(),
        staff: host.staff,
    }
}

async fn register_host(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    visitor: Visitor,
    ApiJson(request): ApiJson<HostRegistrationForm>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let mut problems: Vec<FieldProblem> = Vec::new();
    let captcha = match (
        &visitor,
        request.captcha_work,
        request.captcha_answer.as_deref(),
    ) {
        (Visitor::Citizen(_), ..) => None,
        (Visitor::Anonymous, Some(nonce), _) => Some(CaptchaSolution::Work(nonce)),
        (Visitor::Anonymous, None, Some(word)) if !word.trim().is_empty() => {
            Some(CaptchaSolution::Word(word.trim().to_owned()))
        }
        (Visitor::Anonymous, None, _) => {
            problems.push((ErrorCode::Required, "captcha_answer".into()));
            None
        }
    };
    let registration = request.host.parse(&state.reference, today());
    let registration = match registration {
        Ok(registration) if problems.is_empty() => registration,
        Ok(_) => return Err(ApiError::Invalid(problems)),
        Err(mut more) => {
            more.append(&mut problems);
            return Err(ApiError::Invalid(more));
        }
    };
    // The claims are secrets: what is kept of the form is without them.
    let mut kept = request.host.clone();
    kept.scan.iter_mut().for_each(|page| page.claim = None);
    let details = serde_json::to_value(&kept).map_err(anyhow::Error::from)?;
    let address = address_line(&state.reference, &request.host);
    match visitor {
        Visitor::Citizen(citizen) => {
            let account_id = citizen.session.account_id;
            owned_pages(&state, &registration.scan, account_id).await?;
            let host = HostRecord {
                kind: registration.kind,
                details: &details,
                address: &address,
                claimed_files: Vec::new(),
            };
            if !state.store.add_host(account_id, &host).await? {
                return Err(ApiError::Conflict(ErrorCode::AlreadyAHost));
            }
            Ok((StatusCode::CREATED, Json(json!({ "status": "registered" }))))
        }
        Visitor::Anonymous => {
            let passed =
                match (request.captcha_id.as_deref(), captcha) {
                    (Some(id), Some(solution)) => {
                        state.store.redeem_captcha(id).await?.is_some_and(
                            |answer| match &solution {
                                CaptchaSolution::Word(typed) => captcha::matches(&answer, typed),
                                CaptchaSolution::Work(nonce) => work_holds(id, *nonce),
                            },
                        )
                    }
                    _ => false,
                };
            if !passed {
                return Err(ApiError::Invalid(vec![(
                    ErrorCode::CaptchaWrong,
                    "captcha_answer".into(),
                )]));
            }
            let claimed_files = registration
                .scan
                .iter()
                .filter_map(|page| Some((page.id.clone(), links::hash(page.claim.as_deref()?))))
                .collect();
            let host = HostRecord {
                kind: registration.kind,
                details: &details,
                address: &address,
                claimed_files,
            };
            let account = AccountRecord {
                email: &registration.email,
                surname: &registration.surname,
                name: &registration.name,
                fin: None,
                lang,
            };
            let (_, confirm) = link(&state, "/account/confirm");
            state.store.register_host(&account, &confirm, &host).await?;
            Ok((
                StatusCode::ACCEPTED,
                Json(json!({ "status": "check_your_email" })),
            ))
        }
    }
}

/// Every page must be one the account uploaded.
async fn owned_pages(state: &AppState, pages: &[FileRef], account_id: i64) -> Result<(), ApiError> {
    let ids: Vec<&str> = pages.iter().map(|p| p.id.as_str()).collect();
    if state
        .store
        .files_not_owned(&ids, account_id)
        .await?
        .is_empty()
    {
        Ok(())
    } else {
        Err(ApiError::Invalid(vec![(
            ErrorCode::FileUnknown,
            "scan".into(),
        )]))
    }
}

async fn my_host(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<HostView>, ApiError> {
    let host = state.store.host(citizen.session.account_id).await?;
    host.map(host_view).map(Json).ok_or(ApiError::NotFound)
}

/// The organisation's place-of-stay applications, each with who filed it.
async fn host_applications(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<Vec<HostApplication>>, ApiError> {
    let account_id = citizen.session.account_id;
    let host = state
        .store
        .host(account_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let service = ServiceNumber::parse(PLACE_OF_STAY).ok_or(ApiError::NotFound)?;
    Ok(Json(
        state
            .store
            .host_applications(host.account_id, account_id, &service)
            .await?,
    ))
}

/// Only a legal person's first account keeps its staff.
async fn staff_keeper(state: &AppState, citizen: &Citizen) -> Result<HostRow, ApiError> {
    let host = state
        .store
        .host(citizen.session.account_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    if host.staff || host.kind != HostKind::Legal {
        return Err(ApiError::Forbidden);
    }
    Ok(host)
}

async fn colleagues(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<Vec<HostColleague>>, ApiError> {
    let host = staff_keeper(&state, &citizen).await?;
    Ok(Json(state.store.colleagues(host.account_id).await?))
}

async fn invite_colleague(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    citizen: Citizen,
    ApiJson(form): ApiJson<ColleagueForm>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let host = staff_keeper(&state, &citizen).await?;
    let colleague = form.parse().map_err(ApiError::Invalid)?;
    let me = &citizen.session.me;
    let inviter = format!("{} {}", me.name, me.surname);
    let organisation = host
        .organisation
        .clone()
        .unwrap_or_else(|| host.name.clone());
    let (_, confirm) = link(&state, "/account/confirm");
    state
        .store
        .invite_colleague(
            &Invitation {
                host_account_id: host.account_id,
                invited_by: citizen.session.account_id,
                inviter: &inviter,
                organisation: &organisation,
                colleague: AccountRecord {
                    email: &colleague.email,
                    surname: &colleague.surname,
                    name: &colleague.name,
                    fin: None,
                    lang,
                },
            },
            &confirm,
        )
        .await?;
    Ok((StatusCode::ACCEPTED, Json(json!({ "status": "invited" }))))
}

async fn remove_colleague(
    State(state): State<AppState>,
    citizen: Citizen,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    let host = staff_keeper(&state, &citizen).await?;
    if state.store.remove_colleague(host.account_id, id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}

async fn my_applications(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<Vec<ApplicationSummary>>, ApiError> {
    Ok(Json(
        state
            .store
            .applications_of(citizen.session.account_id)
            .await?,
    ))
}

async fn new_application(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(request): ApiJson<NewApplication>,
) -> Result<(StatusCode, Json<ApplicationView>), ApiError> {
    let account_id = citizen.session.account_id;
    // A service's draft starts with what the portal knows already: the account's address.
    let email = citizen.session.me.email.clone().unwrap_or_default();
    let form = match request.service.to_string().as_str() {
        DEBT_CERTIFICATE => {
            if citizen.session.me.fin.is_none() {
                return Err(ApiError::Conflict(ErrorCode::FinNeeded));
            }
            serde_json::to_value(DebtCertificateForm {
                email,
                ..DebtCertificateForm::default()
            })
        }
        CUSTOMS_COPIES => {
            if state.store.customs_obligation(account_id).await?.is_none() {
                return Err(ApiError::Conflict(ErrorCode::ObligationNotAccepted));
            }
            serde_json::to_value(CustomsDocumentForm {
                email,
                ..CustomsDocumentForm::default()
            })
        }
        PLACE_OF_STAY => Ok(new_stay(&state, account_id, request.copy_from).await?),
        _ => {
            return Err(ApiError::Invalid(vec![(
                ErrorCode::InvalidServiceNumber,
                "service".into(),
            )]));
        }
    }
    .map_err(anyhow::Error::from)?;
    let view = state
        .store
        .new_application(account_id, &request.service, &form)
        .await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Only a verified host applies; a returning guest's application starts from the earlier one.
async fn new_stay(
    state: &AppState,
    account_id: i64,
    copy_from: Option<ApplicationNumber>,
) -> Result<Value, ApiError> {
    match state.store.host(account_id).await? {
        None => return Err(ApiError::Conflict(ErrorCode::NotAHost)),
        Some(host) if host.verified_at.is_none() => {
            return Err(ApiError::Conflict(ErrorCode::HostNotVerified));
        }
        Some(_) => {}
    }
    let Some(earlier) = copy_from else {
        return Ok(json!({}));
    };
    let earlier = state
        .store
        .application_of(account_id, &earlier)
        .await?
        .ok_or_else(|| ApiError::Invalid(vec![(ErrorCode::NotFound, "copy_from".into())]))?;
    let earlier: StayForm =
        serde_json::from_value(earlier.form).map_err(|_| ApiError::Malformed)?;
    Ok(serde_json::to_value(earlier.for_returning_guest(today())).map_err(anyhow::Error::from)?)
}

fn number(raw: &str) -> Result<ApplicationNumber, ApiError> {
    ApplicationNumber::parse(raw).ok_or(ApiError::NotFound)
}

async fn application(
    State(state): State<AppState>,
    citizen: Citizen,
    Path(raw): Path<String>,
) -> Result<Json<ApplicationView>, ApiError> {
    let view = state
        .store
        .application_of(citizen.session.account_id, &number(&raw)?)
        .await?;
    view.map(Json).ok_or(ApiError::NotFound)
}

impl From<ApplicationError> for ApiError {
    fn from(error: ApplicationError) -> Self {
        match error {
            ApplicationError::NotFound => Self::NotFound,
            ApplicationError::Stale => Self::Conflict(ErrorCode::StaleVersion),
            ApplicationError::NotEditable => Self::Conflict(ErrorCode::NotEditable),
            ApplicationError::NotAllowed => Self::Conflict(ErrorCode::StatusChangeNotAllowed),
            ApplicationError::Database(e) => e.into(),
        }
    }
}

async fn withdraw(
    State(state): State<AppState>,
    citizen: Citizen,
    Path(raw): Path<String>,
) -> Result<Json<ApplicationView>, ApiError> {
    let view = state
        .store
        .withdraw_application(citizen.session.account_id, &number(&raw)?)
        .await?;
    Ok(Json(view))
}

/// A draft may hold anything typed so far, but it is still a form of its service.
const DRAFT_MAX_BYTES: usize = 200 * 1024;

async fn save_draft(
    State(state): State<AppState>,
    citizen: Citizen,
    Path(raw): Path<String>,
    ApiJson(save): ApiJson<DraftSave>,
) -> Result<Json<ApplicationView>, ApiError> {
    let account_id = citizen.session.account_id;
    let number = number(&raw)?;
    let service = state
        .store
        .application_of(account_id, &number)
        .await?
        .ok_or(ApiError::NotFound)?
        .service;
    let form = save.form.clone();
    let of_its_service = match service.to_string().as_str() {
        DEBT_CERTIFICATE => serde_json::from_value::<DebtCertificateForm>(form).is_ok(),
        CUSTOMS_COPIES => serde_json::from_value::<CustomsDocumentForm>(form).is_ok(),
        _ => serde_json::from_value::<StayForm>(form).is_ok(),
    };
    if !of_its_service || save.form.to_string().len() > DRAFT_MAX_BYTES {
        return Err(ApiError::Malformed);
    }
    let view = state
        .store
        .save_draft(account_id, &number, save.version, &save.form)
        .await?;
    Ok(Json(view))
}

pub fn application_link(state: &AppState, number: &ApplicationNumber) -> String {
    format!(
        "{}/applications/{number}",
        state.settings.application.base_url.trim_end_matches('/')
    )
}

/// The Law on Citizens' Appeals gives the agency 15 working days to answer a complaint.
const COMPLAINT_WORKING_DAYS: u32 = 15;
/// A complaint is a letter, not a book: longer texts go as an attached document.
const COMPLAINT_MAX_CHARS: usize = 4000;
/// As many documents as a customs copy has pages.
const COMPLAINT_MAX_FILES: usize = 20;

async fn complain(
    State(state): State<AppState>,
    citizen: Citizen,
    Path(raw): Path<String>,
    ApiJson(form): ApiJson<ComplaintForm>,
) -> Result<(StatusCode, Json<ComplaintView>), ApiError> {
    let account_id = citizen.session.account_id;
    let number = number(&raw)?;
    let text = form.text.as_deref().map(str::trim).unwrap_or_default();
    if text.is_empty() {
        return Err(ApiError::Invalid(vec![(
            ErrorCode::Required,
            "text".into(),
        )]));
    }
    if text.chars().count() > COMPLAINT_MAX_CHARS {
        return Err(ApiError::Invalid(vec![(ErrorCode::TooLong, "text".into())]));
    }
    if form.files.len() > COMPLAINT_MAX_FILES {
        return Err(ApiError::Invalid(vec![(
            ErrorCode::TooMany,
            "files".into(),
        )]));
    }
    // The documents are optional; any given must be the applicant's own uploads.
    let ids: Vec<&str> = form.files.iter().map(|f| f.id.as_str()).collect();
    if !state
        .store
        .files_not_owned(&ids, account_id)
        .await?
        .is_empty()
    {
        return Err(ApiError::Invalid(vec![(
            ErrorCode::FileUnknown,
            "files".into(),
        )]));
    }
    let due_on = state.calendar.due(today(), COMPLAINT_WORKING_DAYS).await?;
    let view = state
        .store
        .file_complaint(account_id, &number, text, &form.files, due_on)
        .await
        .map_err(|error| match error {
            ComplaintError::NotFound => ApiError::NotFound,
            ComplaintError::NotDecided => ApiError::Conflict(ErrorCode::StatusChangeNotAllowed),
            ComplaintError::AlreadyOpen => ApiError::Conflict(ErrorCode::ComplaintOpen),
            ComplaintError::Database(error) => error.into(),
        })?;
    Ok((StatusCode::CREATED, Json(view)))
}

impl From<StayChangeError> for ApiError {
    fn from(error: StayChangeError) -> Self {
        match error {
            StayChangeError::NotFound => Self::NotFound,
            StayChangeError::NotAccepted | StayChangeError::Answered => {
                Self::Conflict(ErrorCode::StatusChangeNotAllowed)
            }
            StayChangeError::Closed => Self::Conflict(ErrorCode::RegistrationClosed),
            StayChangeError::Open => Self::Conflict(ErrorCode::ChangeOpen),
            StayChangeError::Database(error) => error.into(),
        }
    }
}

/// The host reports an early departure or asks to extend an accepted registration: the
/// change is read against the stay as registered (and as last extended) and the visa.
async fn change_stay(
    State(state): State<AppState>,
    citizen: Citizen,
    Path(raw): Path<String>,
    ApiJson(form): ApiJson<StayChangeForm>,
) -> Result<(StatusCode, Json<StayChangeView>), ApiError> {
    let account_id = citizen.session.account_id;
    let number = number(&raw)?;
    let stay = state
        .store
        .registered_stay(account_id, &number)
        .await?
        .filter(|stay| stay.service.to_string() == PLACE_OF_STAY)
        .ok_or(ApiError::NotFound)?;
    if stay.status != ApplicationStatus::Accepted {
        return Err(ApiError::Conflict(ErrorCode::StatusChangeNotAllowed));
    }
    let summary: StaySummary = stay
        .summary
        .map(serde_json::from_value)
        .transpose()
        .map_err(anyhow::Error::from)?
        .ok_or_else(|| anyhow::anyhow!("an accepted registration has its summary"))?;
    let registered: StayForm = serde_json::from_value(stay.form).map_err(anyhow::Error::from)?;
    let visa_until = registered
        .has_visa
        .then(|| CalendarDate::parse(&registered.visa_until))
        .flatten();
    let change = form
        .parse(&summary, visa_until, today())
        .map_err(ApiError::Invalid)?;
    let view = state
        .store
        .request_stay_change(account_id, &number, &change)
        .await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// What a submit records, as each service's rules make it from the form.
struct Checked {
    summary: Value,
    files: Vec<String>,
    text_to: Vec<Phone>,
    email_to: Option<String>,
}

async fn submit(
    State(state): State<AppState>,
    citizen: Citizen,
    Path(raw): Path<String>,
    ApiJson(request): ApiJson<SubmitApplication>,
) -> Result<Json<ApplicationView>, ApiError> {
    let account_id = citizen.session.account_id;
    let number = number(&raw)?;
    let view = state
        .store
        .application_of(account_id, &number)
        .await?
        .ok_or(ApiError::NotFound)?;
    if !view.status.editable() {
        return Err(ApiError::Conflict(ErrorCode::NotEditable));
    }
    let checked = match view.service.to_string().as_str() {
        PLACE_OF_STAY => check_stay(&state, &view, account_id).await?,
        DEBT_CERTIFICATE => check_debt_certificate(&state, &view, &citizen).await?,
        CUSTOMS_COPIES => check_customs_document(&state, &view, account_id).await?,
        _ => return Err(ApiError::NotFound),
    };
    let working_days = state
        .store
        .service_page(view.service)
        .await?
        .and_then(|page| page.regulation.execution_working_days);
    let due_on = match working_days {
        Some(days) => Some(state.calendar.due(today(), days).await?),
        None => None,
    };
    let files: Vec<&str> = checked.files.iter().map(String::as_str).collect();
    let view = state
        .store
        .submit_application(
            account_id,
            &number,
            request.version,
            &Submission {
                summary: &checked.summary,
                files: &files,
                due_on,
                text_to: &checked.text_to,
                email_to: checked.email_to.as_deref(),
            },
            &application_link(&state, &number),
        )
        .await?;
    if view.service.to_string() == DEBT_CERTIFICATE {
        // A fully automated service answers in seconds: the check starts now, not at the
        // next round.
        let checks = state.debt_checks.clone();
        tokio::spawn(async move {
            if let Err(error) = checks.check_waiting().await {
                tracing::warn!(%error, "the debt check failed; the next round tries again");
            }
        });
    }
    Ok(Json(view))
}

async fn check_stay(
    state: &AppState,
    view: &ApplicationView,
    account_id: i64,
) -> Result<Checked, ApiError> {
    let form: StayForm =
        serde_json::from_value(view.form.clone()).map_err(|_| ApiError::Malformed)?;
    let summary = form
        .parse(&state.reference, today())
        .map_err(ApiError::Invalid)?;
    owned_pages(state, &form.scan, account_id).await?;
    let host = state
        .store
        .host(account_id)
        .await?
        .ok_or(ApiError::Conflict(ErrorCode::NotAHost))?;
    let mut summary = serde_json::to_value(&summary).map_err(anyhow::Error::from)?;
    summary["address"] = json!(host.address);
    Ok(Checked {
        summary,
        files: form.scan.iter().map(|p| p.id.clone()).collect(),
        text_to: Vec::new(),
        email_to: None,
    })
}

/// The code must be the person's own (billing says whose), and the mobile number confirmed.
async fn check_debt_certificate(
    state: &AppState,
    view: &ApplicationView,
    citizen: &Citizen,
) -> Result<Checked, ApiError> {
    let form: DebtCertificateForm =
        serde_json::from_value(view.form.clone()).map_err(|_| ApiError::Malformed)?;
    let fin = citizen
        .session
        .me
        .fin
        .as_ref()
        .ok_or(ApiError::Conflict(ErrorCode::FinNeeded))?;
    // Billing down does not stop the application: it is sent, and the check asks whose the
    // code is when billing answers again.
    let subscribers = state.billing.subscribers(fin).await.ok();
    let (settings, _) = state
        .store
        .account_settings(citizen.session.account_id)
        .await?;
    let request = form
        .parse(fin, subscribers.as_deref(), &settings.phones)
        .map_err(ApiError::Invalid)?;
    Ok(Checked {
        text_to: request.phones.clone(),
        email_to: Some(request.email.as_str().to_owned()),
        summary: serde_json::to_value(&request).map_err(anyhow::Error::from)?,
        files: Vec::new(),
    })
}

/// A copy is filed only under the obligation to keep its original, with pages of one's own.
async fn check_customs_document(
    state: &AppState,
    view: &ApplicationView,
    account_id: i64,
) -> Result<Checked, ApiError> {
    if state.store.customs_obligation(account_id).await?.is_none() {
        return Err(ApiError::Conflict(ErrorCode::ObligationNotAccepted));
    }
    let form: CustomsDocumentForm =
        serde_json::from_value(view.form.clone()).map_err(|_| ApiError::Malformed)?;
    let document = form
        .parse(&state.reference, today())
        .map_err(ApiError::Invalid)?;
    owned_pages(state, &form.scan, account_id).await?;
    Ok(Checked {
        email_to: Some(document.email.as_str().to_owned()),
        summary: serde_json::to_value(&document).map_err(anyhow::Error::from)?,
        files: form.scan.iter().map(|p| p.id.clone()).collect(),
        text_to: Vec::new(),
    })
}
