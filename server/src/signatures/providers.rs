//! The signature systems that sign what a person sends: Asan İmza signs on the holder's phone
//! with PIN2. The shape is the mobile-signature protocol's: ask with the digest and a summary
//! the phone shows, then ask how it ended, which gives the signature and the certificate. Only
//! the simulator exists so far; a real adapter implements the same trait.

use app::api::AsanImzaLogin;
use app::domain::Fin;
use p256::ecdsa::DerSignature;
use p256::ecdsa::signature::SignatureEncoding;
use p256::ecdsa::signature::hazmat::PrehashSigner;
use rand::Rng;

use super::authority::{certificate_name, demo_authority};
use crate::identity::providers::{Answer, IdentityError, demo_holder, demo_holder_of};
use crate::registries::population::demo_people;
use crate::store::{SimulatedSigning, SimulatedSigningState, Simulators};

/// How long the holder has to answer on the phone.
pub const SIGNING_SECONDS: i64 = 120;

/// What the portal asks the holder to sign.
pub struct SigningAsk {
    pub holder: AsanImzaLogin,
    /// SHA-256 of the canonical content.
    pub digest: [u8; 32],
    /// What the phone shows the holder: the application and the service.
    pub summary: String,
}

pub struct SigningStarted {
    pub provider_ref: String,
    pub verification_code: String,
}

pub enum SigningOutcome {
    Waiting,
    Signed {
        /// DER ECDSA signature of the digest.
        signature: Vec<u8>,
        certificate_pem: String,
    },
    Refused,
    Expired,
}

pub trait SigningProvider: Send + Sync {
    fn start(&self, ask: SigningAsk) -> Answer<'_, SigningStarted>;
    fn outcome<'a>(&'a self, provider_ref: &'a str) -> Answer<'a, SigningOutcome>;
}

/// Development and demo only: Asan İmza played by the portal, each demo holder with a key and a
/// certificate of the demo authority. The holder answers on `/dev/asan-imza` with PIN2.
pub struct SimulatedAsanImzaSigning {
    pub simulators: Simulators,
}

/// The demo holder's name as their certificate gives it.
fn holder_name(fin: &Fin) -> String {
    demo_people()
        .iter()
        .find(|p| &p.fin == fin)
        .map(|p| certificate_name(&p.surname, &p.name))
        .unwrap_or_default()
}

impl SigningProvider for SimulatedAsanImzaSigning {
    fn start(&self, ask: SigningAsk) -> Answer<'_, SigningStarted> {
        Box::pin(async move {
            let holder = demo_holder(&ask.holder).ok_or(IdentityError::UnknownHolder)?;
            let (id, _) = crate::identity::links::new_token();
            let code = format!("{:04}", rand::rng().random_range(0..10_000));
            self.simulators
                .keep_signing(&SimulatedSigning {
                    id: &id,
                    fin: &holder.fin,
                    phone: &ask.holder.phone,
                    verification_code: &code,
                    digest: &hex::encode(ask.digest),
                    summary: &ask.summary,
                    lifetime_seconds: SIGNING_SECONDS,
                })
                .await?;
            Ok(SigningStarted {
                provider_ref: id,
                verification_code: code,
            })
        })
    }

    fn outcome<'a>(&'a self, provider_ref: &'a str) -> Answer<'a, SigningOutcome> {
        Box::pin(async move {
            let Some(state) = self.simulators.signing_state(provider_ref).await? else {
                return Ok(SigningOutcome::Expired);
            };
            Ok(match state {
                SimulatedSigningState::Pending => SigningOutcome::Waiting,
                SimulatedSigningState::Refused => SigningOutcome::Refused,
                SimulatedSigningState::Expired => SigningOutcome::Expired,
                SimulatedSigningState::Signed { fin, digest } => {
                    let credential = demo_authority().credential(&fin, &holder_name(&fin));
                    let signature: DerSignature = credential
                        .key
                        .sign_prehash(&digest)
                        .map_err(|e| IdentityError::Unavailable(e.to_string()))?;
                    SigningOutcome::Signed {
                        signature: signature.to_vec(),
                        certificate_pem: credential.certificate_pem(),
                    }
                }
            })
        })
    }
}

/// Why the simulated phone did not take the holder's answer to a signing request.
#[derive(Debug, thiserror::Error)]
pub enum SigningAnswerError {
    #[error("no such request waiting")]
    NotWaiting,
    #[error("wrong PIN2")]
    Pin2Wrong,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The holder's answer on the phone to a signing request waiting there: sign with PIN2, or
/// refuse. `Ok(false)` if no signing request has this id.
pub async fn answer_signing(
    simulators: &Simulators,
    id: &str,
    confirm: bool,
    pin2: Option<&str>,
) -> Result<bool, SigningAnswerError> {
    let Some((_, fin)) = simulators
        .pending_signing(Some(id))
        .await?
        .into_iter()
        .next()
    else {
        return Ok(false);
    };
    if confirm {
        let holder = demo_holder_of(&fin).ok_or(SigningAnswerError::NotWaiting)?;
        if pin2.map(str::trim) != Some(holder.pin2.as_str()) {
            return Err(SigningAnswerError::Pin2Wrong);
        }
    }
    if !simulators.answer_signing(id, confirm).await? {
        return Err(SigningAnswerError::NotWaiting);
    }
    Ok(true)
}
