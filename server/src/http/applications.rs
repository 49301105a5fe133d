//! Applications of every service (drafts kept as the person types, submit, history), the
//! reference lists their forms choose from, and the hosts of the place-of-stay service.

use std::collections::BTreeMap;

use app::api::{
    AnswerChange, ApplicationAction, ApplicationStatus, ApplicationView, ApplicationsPage,
    ApplicationsQuery, CaptchaSolution, ColleagueForm, DraftSave, ErrorCode, FieldProblem,
    HostAddress, HostAddressForm, HostApplication, HostColleague, HostKind, HostPlace,
    HostRegistrationForm, HostView, MAX_HOST_PLACES, NewApplication, ReferenceData, ReferenceList,
    RegisteredStay, SignatureRule, StayChangeForm, StayChangeView, StayForm, SubmitApplication,
};
use app::domain::{ApplicationNumber, CalendarDate, Lang};
use app::services::PLACE_OF_STAY_SERVICE;
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::accounts::{captcha_passed, link};
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, ApiQuery, Citizen, ClientAddress, RequestLang, Visitor};
use super::signatures::{SignedSending, signature_to_send};
use crate::calendar::today;
use crate::identity::links;
use crate::notify::Template;
use crate::services::{Applicant, Checked, Service, own_pages};
use crate::store::{
    AccountRecord, ApplicationError, Greeting, HostRecord, HostRow, Invitation, StayChangeError,
    Submission,
};
use crate::workflow::accounts as messages;
use crate::workflow::applications;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(reference))
        .routes(routes!(register_host))
        .routes(routes!(my_host))
        .routes(routes!(add_host_place))
        .routes(routes!(withdraw_host_place))
        .routes(routes!(host_applications))
        .routes(routes!(colleagues, invite_colleague))
        .routes(routes!(remove_colleague))
        .routes(routes!(my_applications, new_application))
        .routes(routes!(application, save_draft))
        .routes(routes!(submit))
        .routes(routes!(withdraw))
        .routes(routes!(change_stay))
}

#[utoipa::path(
    get,
    path = "/reference",
    tag = "applications",
    responses(
        (status = 200, description = "The forms' select lists (public, cached for an hour).", body = ReferenceData),
    ),
)]
async fn reference(State(state): State<AppState>) -> Response {
    let mut response = Json(state.reference.as_ref().clone()).into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}

/// The address as one line, in Azerbaijani: how the officer and the table read it.
fn address_line(reference: &ReferenceData, address: &HostAddress) -> String {
    let region = reference
        .name(ReferenceList::Regions, &address.region, Lang::Az)
        .unwrap_or(&address.region);
    std::iter::once(region)
        .chain(
            [
                &address.district,
                &address.settlement,
                &address.street,
                &address.building,
                &address.entrance,
                &address.block,
                &address.floor,
                &address.flat,
            ]
            .into_iter()
            .filter_map(Option::as_deref),
        )
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

async fn host_view(state: &AppState, host: HostRow) -> Result<HostView, ApiError> {
    Ok(HostView {
        addresses: state.store.host_places(host.account_id).await?,
        kind: host.kind,
        name: host.name,
        organisation: host.organisation,
        staff: host.staff,
    })
}

#[utoipa::path(
    post,
    path = "/hosts",
    tag = "place-of-stay",
    request_body = HostRegistrationForm,
    security((), ("session" = [], "csrf" = [])),
    responses(
        (status = 201, description = "A logged-in person is now a host: {status: registered}.", body = Object),
        (status = 202, description = "A new account's confirmation link is on its way: {status: check_your_email}.", body = Object),
    ),
)]
async fn register_host(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    ClientAddress(client): ClientAddress,
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
    let address = address_line(&state.reference, &registration.address);
    match visitor {
        Visitor::Citizen(citizen) => {
            let account_id = citizen.session.account_id;
            own_pages(&state.store, &registration.scan, account_id, "scan").await?;
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
            let passed = match (request.captcha_id.as_deref(), captcha) {
                (Some(id), Some(solution)) => captcha_passed(&state, id, &solution).await?,
                _ => false,
            };
            if !passed {
                return Err(ApiError::Invalid(vec![(
                    ErrorCode::CaptchaWrong,
                    "captcha_answer".into(),
                )]));
            }
            // A host's registration opens an account: counted with every other registration.
            state
                .reserve(&crate::limits::registration(
                    &registration.email,
                    client,
                    &state.settings.limits,
                ))
                .await?;
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
            state
                .store
                .register_host(&account, &confirm, &messages::registration(), &host)
                .await?;
            Ok((
                StatusCode::ACCEPTED,
                Json(json!({ "status": "check_your_email" })),
            ))
        }
    }
}

/// The host the person is or files for, or `null`: being no host is an answer, not an error.
#[utoipa::path(
    get,
    path = "/hosts/me",
    tag = "place-of-stay",
    security(("session" = [])),
    responses(
        (status = 200, description = "The host the account files for, or null when it files for none.", body = Option<HostView>),
    ),
)]
async fn my_host(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<Option<HostView>>, ApiError> {
    match state.store.host(citizen.session.account_id).await? {
        Some(host) => Ok(Json(Some(host_view(&state, host).await?))),
        None => Ok(Json(None)),
    }
}

/// The host's first account adds an address where guests stay, for the agency to check.
#[utoipa::path(
    post,
    path = "/hosts/me/addresses",
    tag = "place-of-stay",
    request_body = HostAddressForm,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 201, description = "The address waits for the agency's check.", body = HostPlace),
    ),
)]
async fn add_host_place(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(form): ApiJson<HostAddressForm>,
) -> Result<(StatusCode, Json<HostPlace>), ApiError> {
    let host = place_keeper(&state, &citizen).await?;
    let address = form.parse(&state.reference).map_err(ApiError::Invalid)?;
    let line = address_line(&state.reference, &address);
    let max = i64::try_from(MAX_HOST_PLACES).unwrap_or(i64::MAX);
    match state
        .store
        .add_host_place(host.account_id, &line, max)
        .await?
    {
        Some(place) => Ok((StatusCode::CREATED, Json(place))),
        None => Err(ApiError::Conflict(ErrorCode::TooMany)),
    }
}

/// The host's first account takes an address off the list: it is no longer offered to new
/// applications nor checked by the agency; sent applications keep it.
#[utoipa::path(
    delete,
    path = "/hosts/me/addresses/{id}",
    tag = "place-of-stay",
    params(("id" = i64, Path, description = "the address's id in the host's list")),
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "The address is off the host's list.")),
)]
async fn withdraw_host_place(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    let host = place_keeper(&state, &citizen).await?;
    if state.store.withdraw_host_place(host.account_id, id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}

/// The host whose addresses the person keeps: an organisation's staff file at its addresses,
/// its first account keeps them.
async fn place_keeper(state: &AppState, citizen: &Citizen) -> Result<HostRow, ApiError> {
    let host = state
        .store
        .host(citizen.session.account_id)
        .await?
        .ok_or(ApiError::Conflict(ErrorCode::NotAHost))?;
    if host.staff {
        return Err(ApiError::NotForYourRole);
    }
    Ok(host)
}

/// The organisation's place-of-stay applications, each with who filed it.
#[utoipa::path(
    get,
    path = "/hosts/me/applications",
    tag = "place-of-stay",
    security(("session" = [])),
    responses(
        (status = 200, description = "The host's applications, with who filed each.", body = Vec<HostApplication>),
    ),
)]
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
    let service = PLACE_OF_STAY_SERVICE.service_number();
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
        return Err(ApiError::NotForYourRole);
    }
    Ok(host)
}

#[utoipa::path(
    get,
    path = "/hosts/me/staff",
    tag = "place-of-stay",
    security(("session" = [])),
    responses(
        (status = 200, description = "The organisation's staff.", body = Vec<HostColleague>),
    ),
)]
async fn colleagues(
    State(state): State<AppState>,
    citizen: Citizen,
) -> Result<Json<Vec<HostColleague>>, ApiError> {
    let host = staff_keeper(&state, &citizen).await?;
    Ok(Json(state.store.colleagues(host.account_id).await?))
}

#[utoipa::path(
    post,
    path = "/hosts/me/staff",
    tag = "place-of-stay",
    request_body = ColleagueForm,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 202, description = "The invitation is on its way: {status: invited}.", body = Object),
    ),
)]
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
                colleague: AccountRecord {
                    email: &colleague.email,
                    surname: &colleague.surname,
                    name: &colleague.name,
                    fin: None,
                    lang,
                },
                // An address that has an account is told to ask for an invitation of another.
                greeting: Greeting {
                    new: Template::HostStaffInvited,
                    existing: Template::HostStaffNotInvited,
                    values: BTreeMap::from([
                        ("inviter".to_owned(), inviter),
                        ("organisation".to_owned(), organisation),
                    ]),
                },
            },
            &confirm,
        )
        .await?;
    Ok((StatusCode::ACCEPTED, Json(json!({ "status": "invited" }))))
}

#[utoipa::path(
    delete,
    path = "/hosts/me/staff/{id}",
    tag = "place-of-stay",
    params(("id" = i64, Path, description = "the colleague's id in the host's staff list")),
    security(("session" = [], "csrf" = [])),
    responses((status = 204, description = "The colleague no longer files for the host.")),
)]
async fn remove_colleague(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    let host = staff_keeper(&state, &citizen).await?;
    if state.store.remove_colleague(host.account_id, id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}

#[utoipa::path(
    get,
    path = "/applications",
    tag = "applications",
    params(ApplicationsQuery),
    security(("session" = [])),
    responses(
        (status = 200, description = "A page of the person's applications, newest first.", body = ApplicationsPage),
    ),
)]
async fn my_applications(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiQuery(query): ApiQuery<ApplicationsQuery>,
) -> Result<Json<ApplicationsPage>, ApiError> {
    Ok(Json(
        state
            .store
            .applications_of(citizen.session.account_id, &query)
            .await?,
    ))
}

#[utoipa::path(
    post,
    path = "/applications",
    tag = "applications",
    request_body = NewApplication,
    security(("session" = [], "csrf" = [])),
    responses((status = 201, description = "The new draft.", body = ApplicationView)),
)]
async fn new_application(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiJson(request): ApiJson<NewApplication>,
) -> Result<(StatusCode, Json<ApplicationView>), ApiError> {
    let service = state
        .services
        .get(&state.store, request.service)
        .await?
        .ok_or_else(|| {
            ApiError::Invalid(vec![(ErrorCode::InvalidServiceNumber, "service".into())])
        })?;
    let applicant = applicant(&citizen);
    let draft = service
        .new_draft(&state.service_context(), &applicant, request.copy_from)
        .await?;
    let view = state
        .store
        .new_application(
            applicant.account_id,
            &request.service,
            &draft.form,
            draft.form_version,
        )
        .await?;
    Ok((StatusCode::CREATED, Json(view)))
}

fn applicant(citizen: &Citizen) -> Applicant<'_> {
    Applicant {
        account_id: citizen.session.account_id,
        me: &citizen.session.me,
    }
}

/// An application's number from its address; one that is not a number names no application.
pub(super) fn number(raw: &str) -> Result<ApplicationNumber, ApiError> {
    ApplicationNumber::parse(raw).ok_or(ApiError::NotFound)
}

#[utoipa::path(
    get,
    path = "/applications/{number}",
    operation_id = "my_application",
    tag = "applications",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    security(("session" = [])),
    responses(
        (status = 200, description = "The person's own application.", body = ApplicationView),
    ),
)]
async fn application(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<ApplicationView>, ApiError> {
    let number = number(&raw)?;
    let mut view = state
        .store
        .application_of(citizen.session.account_id, &number)
        .await?
        .ok_or(ApiError::NotFound)?;
    let complaints = view.complaints.iter_mut().map(|c| (number, c)).collect();
    super::complaints::with_signers(&state, complaints).await?;
    Ok(Json(view))
}

impl From<ApplicationError> for ApiError {
    fn from(error: ApplicationError) -> Self {
        match error {
            ApplicationError::NotFound => Self::NotFound,
            ApplicationError::Stale => Self::Conflict(ErrorCode::StaleVersion),
            ApplicationError::SignatureNotGiven => Self::Conflict(ErrorCode::SignatureNotGiven),
            ApplicationError::NotEditable => Self::Conflict(ErrorCode::NotEditable),
            ApplicationError::NotAllowed => Self::Conflict(ErrorCode::StatusChangeNotAllowed),
            ApplicationError::Database(e) => e.into(),
        }
    }
}

#[utoipa::path(
    post,
    path = "/applications/{number}/withdraw",
    tag = "applications",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    security(("session" = [], "csrf" = [])),
    responses((status = 200, description = "Withdrawn.", body = ApplicationView)),
)]
async fn withdraw(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<ApplicationView>, ApiError> {
    let account_id = citizen.session.account_id;
    let number = number(&raw)?;
    let standing = state
        .store
        .standing(&number)
        .await?
        .filter(|standing| standing.applicant.account == account_id)
        .ok_or(ApiError::NotFound)?;
    let step = applications::step(
        standing.status,
        standing.version,
        ApplicationAction::Withdraw,
    )
    .ok_or(ApplicationError::NotAllowed)?;
    let view = state
        .store
        .withdraw_application(account_id, &number, step)
        .await?;
    Ok(Json(view))
}

/// A draft may hold anything typed so far, but it is still a form of its service.
const DRAFT_MAX_BYTES: usize = 200 * 1024;

#[utoipa::path(
    put,
    path = "/applications/{number}",
    tag = "applications",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    request_body = DraftSave,
    security(("session" = [], "csrf" = [])),
    responses((status = 200, description = "The draft as saved.", body = ApplicationView)),
)]
async fn save_draft(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
    ApiJson(save): ApiJson<DraftSave>,
) -> Result<Json<ApplicationView>, ApiError> {
    let account_id = citizen.session.account_id;
    let number = number(&raw)?;
    // A save reads the application's service only; the whole application is read once, after.
    let service = state
        .store
        .service_of(account_id, &number)
        .await?
        .ok_or(ApiError::NotFound)?;
    let of_its_service = state
        .services
        .get(&state.store, service)
        .await?
        .is_some_and(|service| service.holds(&save.form));
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
#[utoipa::path(
    post,
    path = "/applications/{number}/changes",
    tag = "place-of-stay",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    request_body = StayChangeForm,
    security(("session" = [], "csrf" = [])),
    responses(
        (status = 201, description = "The departure or extension is filed.", body = StayChangeView),
    ),
)]
async fn change_stay(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
    ApiJson(form): ApiJson<StayChangeForm>,
) -> Result<(StatusCode, Json<StayChangeView>), ApiError> {
    let account_id = citizen.session.account_id;
    let number = number(&raw)?;
    let stay = state
        .store
        .registered_stay(account_id, &number)
        .await?
        .filter(|stay| PLACE_OF_STAY_SERVICE.is(stay.service))
        .ok_or(ApiError::NotFound)?;
    if stay.status != ApplicationStatus::Accepted {
        return Err(ApiError::Conflict(ErrorCode::StatusChangeNotAllowed));
    }
    let registered: RegisteredStay = stay
        .summary
        .map(serde_json::from_value)
        .transpose()
        .map_err(anyhow::Error::from)?
        .ok_or_else(|| anyhow::anyhow!("an accepted registration has its summary"))?;
    let form_sent: StayForm = serde_json::from_value(stay.form).map_err(anyhow::Error::from)?;
    let visa_until = form_sent
        .has_visa
        .then(|| CalendarDate::parse(&form_sent.visa_until))
        .flatten();
    let change = form
        .parse(registered, visa_until, today())
        .map_err(ApiError::Invalid)?;
    let view = state
        .store
        .request_stay_change(account_id, &number, &change)
        .await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// The application as the service's rules read it, its fee paid: what may be signed and sent.
pub(super) async fn sendable(
    state: &AppState,
    service: &dyn Service,
    citizen: &Citizen,
    view: &ApplicationView,
) -> Result<Checked, ApiError> {
    let checked = service
        .check(&state.service_context(), &applicant(citizen), view)
        .await?;
    if let Some(amount) = checked.fee {
        let fee = state
            .payments
            .fee_state(&view.number, amount)
            .await
            .map_err(super::payments::gateway_error)?;
        if !fee.paid() {
            return Err(ApiError::Conflict(ErrorCode::FeeNotPaid));
        }
    }
    Ok(checked)
}

/// What the applicant changed since the agency returned the application, read by the service
/// from the summary the officer saw and the one sent now.
async fn changes_since_return(
    state: &AppState,
    service: &dyn Service,
    account_id: i64,
    number: &ApplicationNumber,
    checked: &Checked,
) -> Result<Vec<AnswerChange>, ApiError> {
    let Some(before) = state.store.sent_summary(account_id, number).await? else {
        return Ok(Vec::new());
    };
    let context = state.service_context();
    let before = service.result_subject(&context, &before).await?;
    let after = service.result_subject(&context, &checked.summary).await?;
    Ok(AnswerChange::between(&before, &after))
}

#[utoipa::path(
    post,
    path = "/applications/{number}/submit",
    tag = "applications",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    request_body = SubmitApplication,
    security(("session" = [], "csrf" = [])),
    responses((status = 200, description = "Sent.", body = ApplicationView)),
)]
async fn submit(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
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
    let service = state
        .services
        .get(&state.store, view.service)
        .await?
        .ok_or(ApiError::NotFound)?;
    let checked = sendable(&state, service.as_ref(), &citizen, &view).await?;
    let regulation = state
        .store
        .service_page(view.service)
        .await?
        .map(|page| page.regulation)
        .unwrap_or_default();
    let signed = match request.signing.as_deref() {
        Some(id) => Some(signature_to_send(&state, &citizen, &view, &checked, id).await?),
        None if regulation.signature == SignatureRule::Required => {
            return Err(ApiError::Conflict(ErrorCode::SignatureRequired));
        }
        None => None,
    };
    let working_days = regulation.execution_working_days;
    let due_on = match working_days {
        Some(days) => Some(state.calendar.due(today(), days).await?),
        None => None,
    };
    let changes_since_return = match view.status {
        ApplicationStatus::Returned => {
            changes_since_return(&state, service.as_ref(), account_id, &number, &checked).await?
        }
        _ => Vec::new(),
    };
    let files: Vec<&str> = checked.files.iter().map(String::as_str).collect();
    let step = applications::step(view.status, request.version, ApplicationAction::Submit)
        .ok_or(ApplicationError::NotAllowed)?;
    let email_to = checked.email_to.as_deref();
    let applicant = applications::applicant(&state.store, account_id, email_to).await?;
    let messages = applications::received(
        &applicant,
        service.received_message(),
        &number,
        &application_link(&state, &number),
        &checked.text_to,
        step.to,
    );
    let view = state
        .store
        .submit_application(
            account_id,
            &number,
            step,
            &Submission {
                summary: &checked.summary,
                files: &files,
                due_on,
                email_to,
                changes_since_return: &changes_since_return,
                messages: &messages,
                signature: signed.as_ref().map(SignedSending::as_sent),
            },
        )
        .await?;
    service.after_submit();
    Ok(Json(view))
}
