//! The signature systems that sign what a person sends: Asan İmza signs on the holder's phone
//! with PIN2; the e-signature card signs on the card system's page, where its holder puts the
//! card in the reader and types its PIN. The shape is the remote-signature protocols': ask with
//! the digest and a summary the holder is shown, then ask how it ended, which gives the
//! signature and the certificate. Only the simulators exist so far; a real adapter implements
//! the same trait.

use app::api::AsanImzaLogin;
use app::domain::Fin;
use p256::ecdsa::DerSignature;
use p256::ecdsa::signature::SignatureEncoding;
use p256::ecdsa::signature::hazmat::PrehashSigner;
use rand::Rng;

use super::authority::{DEMO_SIGNING_PIN, certificate_name, demo_authority};
use crate::identity::providers::{Answer, IdentityError, demo_holder, demo_holder_of};
use crate::registries::population::demo_people;
use crate::store::{SimulatedCardSigning, SimulatedSigning, SimulatedSigningState, Simulators};

/// How long the holder has to answer on the phone or the card system's page.
pub const SIGNING_SECONDS: i64 = 120;

/// What the portal asks the holder to sign.
pub struct SigningAsk {
    /// Asan İmza: the holder's phone and user ID. A card system asks for the card on its page.
    pub holder: Option<AsanImzaLogin>,
    /// SHA-256 of the canonical content.
    pub digest: [u8; 32],
    /// What the holder is shown: the application and the service.
    pub summary: String,
}

pub struct SigningStarted {
    pub provider_ref: String,
    /// Asan İmza: the code the phone shows too.
    pub verification_code: Option<String>,
    /// A card system: its page, where the holder signs.
    pub page: Option<String>,
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
            let login = ask.holder.ok_or(IdentityError::UnknownHolder)?;
            let holder = demo_holder(&login).ok_or(IdentityError::UnknownHolder)?;
            let (id, _) = crate::identity::links::new_token();
            let code = format!("{:04}", rand::rng().random_range(0..10_000));
            self.simulators
                .keep_signing(&SimulatedSigning {
                    id: &id,
                    fin: &holder.fin,
                    phone: &login.phone,
                    verification_code: &code,
                    digest: &hex::encode(ask.digest),
                    summary: &ask.summary,
                    lifetime_seconds: SIGNING_SECONDS,
                })
                .await?;
            Ok(SigningStarted {
                provider_ref: id,
                verification_code: Some(code),
                page: None,
            })
        })
    }

    fn outcome<'a>(&'a self, provider_ref: &'a str) -> Answer<'a, SigningOutcome> {
        Box::pin(
            async move { simulated_outcome(self.simulators.signing_state(provider_ref).await?) },
        )
    }
}

/// How a simulated request ended: a signature is made with the demo holder's own key.
fn simulated_outcome(
    state: Option<SimulatedSigningState>,
) -> Result<SigningOutcome, IdentityError> {
    Ok(match state {
        None | Some(SimulatedSigningState::Expired) => SigningOutcome::Expired,
        Some(SimulatedSigningState::Pending) => SigningOutcome::Waiting,
        Some(SimulatedSigningState::Refused) => SigningOutcome::Refused,
        Some(SimulatedSigningState::Signed { fin, digest }) => {
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
}

/// Development and demo only: the e-signature card's system played by the portal. Every demo
/// person has a card of the demo authority; on `/dev/identity?means=e-signature` the tester
/// chooses whose card is in the reader and types its PIN (`DEMO_SIGNING_PIN`).
pub struct SimulatedCardSigningSystem {
    pub simulators: Simulators,
}

impl SigningProvider for SimulatedCardSigningSystem {
    fn start(&self, ask: SigningAsk) -> Answer<'_, SigningStarted> {
        Box::pin(async move {
            let (id, _) = crate::identity::links::new_token();
            self.simulators
                .keep_card_signing(&SimulatedCardSigning {
                    id: &id,
                    digest: &hex::encode(ask.digest),
                    summary: &ask.summary,
                    lifetime_seconds: SIGNING_SECONDS,
                })
                .await?;
            Ok(SigningStarted {
                page: Some(format!("/dev/identity?means=e-signature&request={id}")),
                provider_ref: id,
                verification_code: None,
            })
        })
    }

    fn outcome<'a>(&'a self, provider_ref: &'a str) -> Answer<'a, SigningOutcome> {
        Box::pin(async move {
            simulated_outcome(self.simulators.card_signing_state(provider_ref).await?)
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
    #[error("wrong card PIN")]
    CardPinWrong,
    #[error("no card of a demo person was chosen")]
    NoCard,
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

/// The tester's answer on the card system's page to a signing request waiting there: the card
/// of the demo person `fin` signs with its PIN, or the request is refused. `Ok(false)` if no
/// card signing request has this id.
pub async fn answer_card_signing(
    simulators: &Simulators,
    id: &str,
    confirm: bool,
    fin: Option<&str>,
    pin: Option<&str>,
) -> Result<bool, SigningAnswerError> {
    match simulators.card_signing_waits(id).await? {
        None => return Ok(false),
        Some(false) => return Err(SigningAnswerError::NotWaiting),
        Some(true) => {}
    }
    let card = if confirm {
        let fin = fin
            .and_then(Fin::parse)
            .filter(|fin| demo_people().iter().any(|p| &p.fin == fin))
            .ok_or(SigningAnswerError::NoCard)?;
        if pin.map(str::trim) != Some(DEMO_SIGNING_PIN) {
            return Err(SigningAnswerError::CardPinWrong);
        }
        Some(fin)
    } else {
        None
    };
    if !simulators.answer_card_signing(id, card.as_ref()).await? {
        return Err(SigningAnswerError::NotWaiting);
    }
    Ok(true)
}
