//! Signing an application before it is sent (rule 12.2), and the signatures it was sent with:
//! the sender asks their Asan İmza or their e-signature card's system to sign the application
//! as the portal reads it, follows the request while the phone waits for PIN2 (or the card
//! system's page for the card's PIN), and the submit names the signature. The applicant
//! and the agency see whether each sending's signature holds, and download it as a bundle that
//! `openssl` alone checks.

use std::time::Duration;

use app::api::{
    ApplicationView, AsanImzaForm, DecisionSigner, ErrorCode, FieldProblem, SignatureCheck,
    SignatureRule, SignatureView, Signer, SignerForm, SigningMeans, SigningProgress,
    SigningStarted, SigningState, SigningTerms, StartSigning,
};
use app::domain::{ApplicationNumber, Fin, Moment, ResultCode, ServiceNumber};
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::applications::{number, sendable};
use super::error::ApiError;
use super::extract::{ApiJson, ApiPath, Citizen, OnDuty};
use super::login::identity_error;
use crate::calendar::now;
use crate::services::Checked;
use crate::signatures::bundle::Bundle;
use crate::signatures::officers::{DecisionAsk, RemoteSigningError};
use crate::signatures::providers::{SIGNING_SECONDS, SigningAsk, SigningOutcome};
use crate::signatures::{
    CertificateProblem, Holder, Signable, SignatureProblem, SignedApplication, SignedDecision,
    SignedScan, verify,
};
use crate::store::{
    KeptSignature, KeptSignatureRow, Officer, SentSignature, SignatureReader, SigningRequestRecord,
    SigningRequestRow, SigningSettled, StoredSignature,
};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(signing_terms))
        .routes(routes!(start_signing))
        .routes(routes!(signing_progress))
        .routes(routes!(my_signatures))
        .routes(routes!(my_signature_bundle))
        .routes(routes!(office_signature_bundle))
}

/// The service's rule on signatures, from its regulation in force.
pub(super) async fn signature_rule(
    state: &AppState,
    service: ServiceNumber,
) -> Result<SignatureRule, ApiError> {
    Ok(state
        .store
        .service_page(service)
        .await?
        .map(|page| page.regulation.signature)
        .unwrap_or_default())
}

/// Each of these files as signed: its name and the digest of its bytes.
pub(super) async fn signed_scans(
    state: &AppState,
    ids: &[&str],
) -> Result<Vec<SignedScan>, ApiError> {
    Ok(state
        .store
        .file_digests(ids)
        .await?
        .into_iter()
        .map(|(_, name, sha256)| SignedScan { name, sha256 })
        .collect())
}

/// The application as its sender signs it: the answers as saved, the scans the service's
/// check found in it, each by the digest of its bytes.
async fn signed_content(
    state: &AppState,
    view: &ApplicationView,
    checked: &Checked,
    signed_at: String,
) -> Result<SignedApplication, ApiError> {
    let ids: Vec<&str> = checked.files.iter().map(String::as_str).collect();
    let mut scans = signed_scans(state, &ids).await?;
    scans.sort_by(|a, b| (&a.sha256, &a.name).cmp(&(&b.sha256, &b.name)));
    Ok(SignedApplication {
        application: view.number.to_string(),
        service: view.service.to_string(),
        form_version: view.form_version,
        draft_version: view.version,
        answers: view.form.clone(),
        scans,
        signed_at,
    })
}

/// The signature a submit names, checked against the application as it is now: the same
/// content, signed by the applicant, under a certificate the portal trusts.
pub(super) async fn signature_to_send(
    state: &AppState,
    citizen: &Citizen,
    view: &ApplicationView,
    checked: &Checked,
    signing_id: &str,
) -> Result<SignedSending, ApiError> {
    let signed = signed_request(
        state,
        citizen,
        Some(&view.number),
        signing_id,
        async |signed_at| signed_content(state, view, checked, signed_at).await,
    )
    .await?;
    Ok(SignedSending {
        signing_id: signing_id.to_owned(),
        signed,
    })
}

/// The sender's signed request by `id` (of the application by `number`, or, when none, of a
/// letter, a reply or a complaint), checked against what is sent now: `now` makes the content
/// as it would have been signed at the request's time, and any difference is refused.
pub(super) async fn signed_request<T: Signable>(
    state: &AppState,
    citizen: &Citizen,
    number: Option<&ApplicationNumber>,
    id: &str,
    now: impl AsyncFnOnce(String) -> Result<T, ApiError>,
) -> Result<SignatureToKeep, ApiError> {
    /// Only the time is read back: the rest is made again from what is sent.
    #[derive(serde::Deserialize)]
    struct SignedAt {
        signed_at: String,
    }
    let request = state
        .store
        .signing_request(citizen.session.account_id, number, id)
        .await?
        .filter(|request| request.state == "signed")
        .ok_or(ApiError::Conflict(ErrorCode::SignatureNotGiven))?;
    let (Some(signature), Some(certificate)) = (request.signature, request.certificate) else {
        return Err(ApiError::Conflict(ErrorCode::SignatureNotGiven));
    };
    let SignedAt { signed_at } =
        serde_json::from_str(&request.content).map_err(anyhow::Error::from)?;
    if now(signed_at.clone()).await?.to_bytes() != request.content.as_bytes() {
        return Err(ApiError::Conflict(ErrorCode::SignedContentChanged));
    }
    Ok(SignatureToKeep {
        means: SigningMeans::from_slug(&request.means),
        content: request.content,
        signature,
        certificate,
        signed_at,
    })
}

/// A checked signature, owned until the submit's store call borrows it.
pub(super) struct SignedSending {
    signing_id: String,
    signed: SignatureToKeep,
}

impl SignedSending {
    pub(super) fn as_sent(&self) -> SentSignature<'_> {
        SentSignature {
            signing_id: &self.signing_id,
            means: self.signed.means.unwrap_or_default().slug(),
            content: &self.signed.content,
            signature: &self.signed.signature,
            certificate: &self.signed.certificate,
            signed_at: &self.signed.signed_at,
        }
    }
}

/// What the signature proves now: whom it names, or why it does not hold.
fn checked_signature(
    state: &AppState,
    content: &str,
    signature_hex: &str,
    certificate: &str,
    signed_at: &str,
) -> Result<Holder, SignatureProblem> {
    let signature = hex::decode(signature_hex).map_err(|_| SignatureProblem::WrongDigest)?;
    let at =
        Moment::parse(signed_at).map_or(0, |m| u64::try_from(m.unix_seconds()).unwrap_or_default());
    verify(
        &state.signing.trusted,
        content.as_bytes(),
        &signature,
        certificate,
        Duration::from_secs(at),
    )
}

fn view_of(state: &AppState, stored: StoredSignature) -> SignatureView {
    let signed = match (
        &stored.content,
        &stored.signature,
        &stored.certificate,
        &stored.signed_at,
    ) {
        (Some(content), Some(signature), Some(certificate), Some(signed_at)) => Some(
            checked_signature(state, content, signature, certificate, signed_at),
        ),
        _ => None,
    };
    let (check, holder) = match signed {
        None => (SignatureCheck::Unsigned, None),
        Some(Ok(holder)) => (SignatureCheck::Valid, Some(holder)),
        Some(Err(problem)) => (problem.check(), None),
    };
    SignatureView {
        sending: stored.sending,
        sent_at: stored.sent_at,
        check,
        signer_fin: holder.as_ref().map(|h| h.fin.clone()),
        signer_name: holder.map(|h| h.name),
        signed_at: stored.signed_at,
    }
}

/// Every sending of the application and what its signature proves, as `reader` may see them.
pub(super) async fn signature_views(
    state: &AppState,
    number: &ApplicationNumber,
    reader: SignatureReader,
) -> Result<Vec<SignatureView>, ApiError> {
    Ok(state
        .store
        .application_signatures(number, reader)
        .await?
        .into_iter()
        .map(|stored| view_of(state, stored))
        .collect())
}

/// The application as the service's rules read it with its fee paid, or why it cannot go.
async fn checked(
    state: &AppState,
    citizen: &Citizen,
    view: &ApplicationView,
) -> Result<Checked, ApiError> {
    let service = state
        .services
        .get(&state.store, view.service)
        .await?
        .ok_or(ApiError::NotFound)?;
    sendable(state, service.as_ref(), citizen, view).await
}

async fn own_application(
    state: &AppState,
    citizen: &Citizen,
    number: &ApplicationNumber,
) -> Result<ApplicationView, ApiError> {
    state
        .store
        .application_of(citizen.session.account_id, number)
        .await?
        .ok_or(ApiError::NotFound)
}

/// What the sender may sign with and whose signature it needs; with the Asan İmza they last
/// logged in with, offered.
pub(super) async fn signing_terms_for(
    state: &AppState,
    citizen: &Citizen,
    unsigned_accepted: bool,
) -> Result<SigningTerms, ApiError> {
    let asan_imza = match state.signing.asan_imza {
        Some(_) => state.store.asan_imza_of(citizen.session.account_id).await?,
        None => None,
    };
    Ok(SigningTerms {
        unsigned_accepted,
        fin: citizen.session.me.fin.clone(),
        means: state.signing.connected(),
        asan_imza: asan_imza.map(|(phone, user_id)| AsanImzaForm {
            phone: Some(phone),
            user_id: Some(user_id),
        }),
    })
}

/// Asked as the signing step opens: the application is checked by the service's rules first,
/// so that no one signs what cannot be sent.
#[utoipa::path(
    post,
    path = "/applications/{number}/signing/terms",
    tag = "signatures",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    security(("session" = [], "csrf" = [])),
    responses((status = 200, description = "It can be sent: whether it may go unsigned, and whose signature it needs.", body = SigningTerms)),
)]
async fn signing_terms(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<SigningTerms>, ApiError> {
    let view = own_application(&state, &citizen, &number(&raw)?).await?;
    if !view.status.editable() {
        return Err(ApiError::Conflict(ErrorCode::NotEditable));
    }
    checked(&state, &citizen, &view).await?;
    let rule = signature_rule(&state, view.service).await?;
    Ok(Json(
        signing_terms_for(&state, &citizen, rule == SignatureRule::UnsignedAccepted).await?,
    ))
}

#[utoipa::path(
    post,
    path = "/applications/{number}/signing",
    tag = "signatures",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    request_body = StartSigning,
    security(("session" = [], "csrf" = [])),
    responses((status = 201, description = "Asked: the phone shows the verification code and waits for PIN2, or the card system's page waits for the card's PIN.", body = SigningStarted)),
)]
async fn start_signing(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
    ApiJson(request): ApiJson<StartSigning>,
) -> Result<(StatusCode, Json<SigningStarted>), ApiError> {
    let holder = signer(request.holder)?;
    let number = number(&raw)?;
    let view = own_application(&state, &citizen, &number).await?;
    if !view.status.editable() {
        return Err(ApiError::Conflict(ErrorCode::NotEditable));
    }
    if view.version != request.version {
        return Err(ApiError::Conflict(ErrorCode::StaleVersion));
    }
    let checked = checked(&state, &citizen, &view).await?;
    let content = signed_content(&state, &view, &checked, now().stored()).await?;
    let summary = format!("{} · {}", view.service, view.number);
    let started =
        ask_sender_to_sign(&state, &citizen, holder, Some(&number), &content, summary).await?;
    Ok((StatusCode::CREATED, Json(started)))
}

/// The signer as asked for, or each problem of it.
pub(super) fn signer(form: SignerForm) -> Result<Signer, ApiError> {
    Signer::try_from(form)
        .map_err(|problems| ApiError::Invalid(problems.into_iter().map(|p| (p.0, p.1)).collect()))
}

/// Asks the sender's signature system to sign the digest of `content` (the holder is shown
/// `summary`), and keeps the request: of the application by `number`, or, when there is none,
/// of a letter, a reply or a complaint.
pub(super) async fn ask_sender_to_sign(
    state: &AppState,
    citizen: &Citizen,
    signer: Signer,
    number: Option<&ApplicationNumber>,
    content: &impl Signable,
    summary: String,
) -> Result<SigningStarted, ApiError> {
    if citizen.session.me.fin.is_none() {
        return Err(ApiError::Conflict(ErrorCode::FinNeeded));
    }
    let means = signer.means();
    let provider = state
        .signing
        .provider(means)
        .ok_or(ApiError::Conflict(ErrorCode::MeansNotConnected))?;
    state
        .reserve(&crate::limits::signing(citizen.session.account_id))
        .await?;
    let started = provider
        .start(SigningAsk {
            holder: match signer {
                Signer::AsanImza(holder) => Some(holder),
                Signer::ESignature => None,
            },
            digest: content.digest(),
            summary,
        })
        .await
        .map_err(identity_error)?;
    let (id, _) = crate::identity::links::new_token();
    let content = String::from_utf8(content.to_bytes()).map_err(anyhow::Error::from)?;
    let kept = state
        .store
        .keep_signing_request(&SigningRequestRecord {
            id: &id,
            account_id: citizen.session.account_id,
            number,
            means: means.slug(),
            provider_ref: &started.provider_ref,
            content: &content,
        })
        .await?;
    if !kept {
        return Err(ApiError::NotFound);
    }
    Ok(SigningStarted {
        id,
        verification_code: started.verification_code,
        page: started.page,
        seconds: SIGNING_SECONDS,
    })
}

#[utoipa::path(
    get,
    path = "/applications/{number}/signing/{id}",
    tag = "signatures",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
        ("id" = String, Path, description = "the signing request's id"),
    ),
    security(("session" = [])),
    responses((status = 200, description = "Where the signing request stands.", body = SigningProgress)),
)]
async fn signing_progress(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath((raw, id)): ApiPath<(String, String)>,
) -> Result<Json<SigningProgress>, ApiError> {
    let number = number(&raw)?;
    Ok(Json(
        progress_of(&state, &citizen, Some(&number), &id).await?,
    ))
}

/// Where the sender's signing request by `id` stands (of the application by `number`, or, when
/// none, of a letter, a reply or a complaint), asking the signature system while it waits.
pub(super) async fn progress_of(
    state: &AppState,
    citizen: &Citizen,
    number: Option<&ApplicationNumber>,
    id: &str,
) -> Result<SigningProgress, ApiError> {
    let request = state
        .store
        .signing_request(citizen.session.account_id, number, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let settled = |state| SigningProgress {
        state,
        problem: None,
    };
    Ok(match request.state.as_str() {
        "signed" | "used" => settled(SigningState::Signed),
        "refused" => settled(SigningState::Refused),
        "expired" => settled(SigningState::Expired),
        _ => settle(state, citizen, id, &request).await?,
    })
}

/// Asks the signature system how a waiting request ended and records it. A signature is kept
/// only if it holds and names the applicant.
async fn settle(
    state: &AppState,
    citizen: &Citizen,
    id: &str,
    request: &SigningRequestRow,
) -> Result<SigningProgress, ApiError> {
    let content = &request.content;
    let provider = SigningMeans::from_slug(&request.means)
        .and_then(|means| state.signing.provider(means))
        .ok_or(ApiError::Conflict(ErrorCode::MeansNotConnected))?;
    let outcome = provider
        .outcome(&request.provider_ref)
        .await
        .map_err(identity_error)?;
    let answer = |state, problem| SigningProgress { state, problem };
    let (settled, progress) = match &outcome {
        SigningOutcome::Waiting => return Ok(answer(SigningState::Waiting, None)),
        SigningOutcome::Refused => (SigningSettled::Refused, answer(SigningState::Refused, None)),
        SigningOutcome::Expired => (SigningSettled::Expired, answer(SigningState::Expired, None)),
        SigningOutcome::Signed {
            signature,
            certificate_pem,
        } => {
            let at = Duration::from_secs(u64::try_from(now().unix_seconds()).unwrap_or_default());
            match verify(
                &state.signing.trusted,
                content.as_bytes(),
                signature,
                certificate_pem,
                at,
            ) {
                Ok(holder) if Some(&holder.fin) == citizen.session.me.fin.as_ref() => {
                    let hex = hex::encode(signature);
                    state
                        .store
                        .settle_signing_request(
                            id,
                            &SigningSettled::Signed {
                                signature: &hex,
                                certificate: certificate_pem,
                            },
                        )
                        .await?;
                    return Ok(answer(SigningState::Signed, None));
                }
                Ok(_) => (
                    SigningSettled::Refused,
                    answer(SigningState::Refused, Some(ErrorCode::SignerNotApplicant)),
                ),
                Err(SignatureProblem::Certificate(CertificateProblem::Revoked)) => (
                    SigningSettled::Refused,
                    answer(SigningState::Refused, Some(ErrorCode::CertificateRevoked)),
                ),
                Err(problem) => {
                    tracing::warn!(%problem, "a signature system's signature did not hold");
                    (
                        SigningSettled::Refused,
                        answer(SigningState::Refused, Some(ErrorCode::SignatureNotGiven)),
                    )
                }
            }
        }
    };
    state.store.settle_signing_request(id, &settled).await?;
    Ok(progress)
}

#[utoipa::path(
    get,
    path = "/applications/{number}/signatures",
    tag = "signatures",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
    ),
    security(("session" = [])),
    responses((status = 200, description = "Each sending and whether its signature holds, oldest first.", body = Vec<SignatureView>)),
)]
async fn my_signatures(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(raw): ApiPath<String>,
) -> Result<Json<Vec<SignatureView>>, ApiError> {
    let number = number(&raw)?;
    own_application(&state, &citizen, &number).await?;
    let reader = SignatureReader::Applicant(citizen.session.account_id);
    Ok(Json(signature_views(&state, &number, reader).await?))
}

/// The sending's bundle: content, signature, certificate and the trusted authority, as a tar.
async fn bundle(
    state: &AppState,
    number: &ApplicationNumber,
    sending: i64,
    reader: SignatureReader,
) -> Result<Response, ApiError> {
    let stored = state
        .store
        .application_signatures(number, reader)
        .await?
        .into_iter()
        .find(|s| s.sending == sending)
        .ok_or(ApiError::NotFound)?;
    let (Some(content), Some(signature), Some(certificate)) =
        (stored.content, stored.signature, stored.certificate)
    else {
        return Err(ApiError::NotFound);
    };
    let signature = hex::decode(signature).map_err(anyhow::Error::from)?;
    // A signature whose authority is no longer trusted is still given, with no authority.
    let authority = state
        .signing
        .trusted
        .issuer_pem(&certificate)
        .unwrap_or_default();
    let tar = Bundle {
        content: content.as_bytes(),
        signature: &signature,
        certificate_pem: &certificate,
        authority_pem: &authority,
    }
    .to_tar()
    .map_err(anyhow::Error::from)?;
    let mut response = tar.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/x-tar"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!(
            "attachment; filename=\"{number}-{sending}-signed.tar\""
        ))
        .map_err(anyhow::Error::from)?,
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(response)
}

#[utoipa::path(
    get,
    path = "/applications/{number}/signatures/{sending}/bundle",
    tag = "signatures",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
        ("sending" = i64, Path, description = "the sending's number within the application, from 1"),
    ),
    security(("session" = [])),
    responses((status = 200, description = "The signed bundle (tar): application.json, signature.der, certificate.pem, authority.pem.", content_type = "application/x-tar")),
)]
async fn my_signature_bundle(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath((raw, sending)): ApiPath<(String, i64)>,
) -> Result<Response, ApiError> {
    let reader = SignatureReader::Applicant(citizen.session.account_id);
    bundle(&state, &number(&raw)?, sending, reader).await
}

#[utoipa::path(
    get,
    path = "/office/applications/{number}/signatures/{sending}/bundle",
    tag = "office",
    params(
        ("number" = app::domain::ApplicationNumber, Path, description = "the application's number, such as 2026-000123"),
        ("sending" = i64, Path, description = "the sending's number within the application, from 1"),
    ),
    security(("session" = [])),
    responses((status = 200, description = "The signed bundle (tar): application.json, signature.der, certificate.pem, authority.pem.", content_type = "application/x-tar")),
)]
async fn office_signature_bundle(
    State(state): State<AppState>,
    OnDuty(officer): OnDuty,
    ApiPath((raw, sending)): ApiPath<(String, i64)>,
) -> Result<Response, ApiError> {
    bundle(
        &state,
        &number(&raw)?,
        sending,
        SignatureReader::Agency(officer.agency),
    )
    .await
}

/// The officer's signing PIN as typed; where decisions and the agency's letters are signed, a
/// missing one is a problem of the form.
pub(super) fn officer_pin<'a>(
    state: &AppState,
    typed: Option<&'a str>,
    problems: &mut Vec<FieldProblem>,
) -> Option<&'a str> {
    let pin = typed.map(str::trim).filter(|p| !p.is_empty());
    if state.signing.officers.is_some() && pin.is_none() {
        problems.push((ErrorCode::Required, "pin".into()));
    }
    pin
}

/// A signature checked and owned until the store keeps it with what it covers: a decision or a
/// letter's step as its officer signed it, or a letter, reply or complaint as its sender did.
pub(super) struct SignatureToKeep {
    /// The sender's signature system; none for an officer's remote signing service.
    means: Option<SigningMeans>,
    content: String,
    signature: String,
    certificate: String,
    signed_at: String,
}

impl SignatureToKeep {
    pub(super) fn as_kept(&self) -> KeptSignature<'_> {
        KeptSignature {
            content: &self.content,
            signature: &self.signature,
            certificate: &self.certificate,
            signed_at: &self.signed_at,
        }
    }
}

/// Signs what `content` makes of the officer's FIN and the time with their credential at the
/// signing service (rule 12.1), and keeps it only if the signature holds and names the officer;
/// `None` while no signing service is connected (or no PIN came, which the handler refuses
/// where one is needed).
pub(super) async fn sign_as_officer<T: Signable>(
    state: &AppState,
    officer: &Officer,
    pin: Option<&str>,
    content: impl FnOnce(&Fin, &str) -> T,
) -> Result<Option<SignatureToKeep>, ApiError> {
    let (Some(service), Some(pin)) = (state.signing.officers.clone(), pin) else {
        return Ok(None);
    };
    let fin = officer
        .fin
        .as_ref()
        .ok_or(ApiError::Conflict(ErrorCode::NoSigningCredential))?;
    let signed_at = now().stored();
    let content = content(fin, &signed_at);
    let signed = service
        .sign_hash(DecisionAsk {
            signer: fin,
            pin,
            digest: content.digest(),
        })
        .await
        .map_err(|error| match error {
            RemoteSigningError::NoCredential => ApiError::Conflict(ErrorCode::NoSigningCredential),
            RemoteSigningError::PinWrong => {
                ApiError::Invalid(vec![(ErrorCode::SigningPinWrong, "pin".into())])
            }
            RemoteSigningError::PinLocked => {
                ApiError::Invalid(vec![(ErrorCode::SigningPinLocked, "pin".into())])
            }
            RemoteSigningError::Unavailable(why) => ApiError::Unavailable(why),
        })?;
    let kept = SignatureToKeep {
        means: None,
        content: String::from_utf8(content.to_bytes()).map_err(anyhow::Error::from)?,
        signature: hex::encode(&signed.signature),
        certificate: signed.certificate_pem,
        signed_at,
    };
    let holder = checked_signature(
        state,
        &kept.content,
        &kept.signature,
        &kept.certificate,
        &kept.signed_at,
    )
    .map_err(|problem| anyhow::anyhow!("the signing service's signature: {problem}"))?;
    if &holder.fin != fin {
        return Err(anyhow::anyhow!(
            "the signing service signed with {}'s certificate",
            holder.fin
        )
        .into());
    }
    Ok(Some(kept))
}

/// What a kept signature (an officer's, or a letter's or complaint's sender's) proves now: whom
/// it names, when, and whether it holds; `covers` says whether its content is of what it is
/// shown beside.
pub(super) fn signer_of(
    state: &AppState,
    stored: KeptSignatureRow,
    covers: impl FnOnce(&str) -> bool,
) -> DecisionSigner {
    let checked = checked_signature(
        state,
        &stored.content,
        &stored.signature,
        &stored.certificate,
        &stored.signed_at,
    );
    let (name, check) = match checked {
        Ok(holder) if covers(&stored.content) => (Some(holder.name), SignatureCheck::Valid),
        Ok(holder) => (Some(holder.name), SignatureCheck::WrongDigest),
        Err(problem) => (None, problem.check()),
    };
    DecisionSigner {
        name,
        signed_at: stored.signed_at,
        check,
    }
}

/// Who signed the decision that issued the result with this code, checked now; `None` for an
/// unsigned decision.
pub(super) async fn result_signer(
    state: &AppState,
    code: ResultCode,
) -> Result<Option<DecisionSigner>, ApiError> {
    Ok(state.store.result_signature(code).await?.map(|stored| {
        signer_of(state, stored, |content| {
            serde_json::from_str::<SignedDecision>(content)
                .is_ok_and(|signed| signed.result.as_deref() == Some(code.to_string().as_str()))
        })
    }))
}
