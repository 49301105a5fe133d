//! The agencies' staff sign their decisions (decision point 5.2, rule 12.1) through a remote
//! signing service: the officer's signing credential is kept by the service, the officer
//! authorises each signature with their PIN, and the service signs the digest and returns the
//! signature with the credential's certificate. That is the Cloud Signature Consortium API's
//! shape (`credentials/authorize` with the PIN, then `signatures/signHash`): `csc.rs` speaks it
//! to a real service, and the simulator stands in for one in development.

use std::future::Future;
use std::pin::Pin;

use app::domain::Fin;
use p256::ecdsa::DerSignature;
use p256::ecdsa::signature::SignatureEncoding;
use p256::ecdsa::signature::hazmat::PrehashSigner;

use super::authority::{DEMO_SIGNING_PIN, certificate_name, demo_authority};
use crate::seed::demo_officer;

/// What the officer asks the service to sign.
pub struct DecisionAsk<'a> {
    /// Whose credential: the FIN the officer's account holds.
    pub signer: &'a Fin,
    pub pin: &'a str,
    /// SHA-256 of the canonical decision.
    pub digest: [u8; 32],
}

pub struct DecisionSignature {
    /// DER ECDSA signature of the digest.
    pub signature: Vec<u8>,
    pub certificate_pem: String,
}

#[derive(Debug, thiserror::Error)]
pub enum RemoteSigningError {
    #[error("the signing service holds no credential for this officer")]
    NoCredential,
    #[error("wrong PIN")]
    PinWrong,
    #[error("the PIN is locked after too many wrong ones")]
    PinLocked,
    #[error("the signing service is unavailable: {0}")]
    Unavailable(String),
}

pub type RemoteAnswer<'a, T> =
    Pin<Box<dyn Future<Output = Result<T, RemoteSigningError>> + Send + 'a>>;

pub trait RemoteSigning: Send + Sync {
    fn sign_hash<'a>(&'a self, ask: DecisionAsk<'a>) -> RemoteAnswer<'a, DecisionSignature>;
}

/// Development and demo only: the signing service played by the portal. Each demo officer has
/// a credential of the demo authority, unlocked by `DEMO_SIGNING_PIN`.
pub struct SimulatedOfficerSigning;

impl RemoteSigning for SimulatedOfficerSigning {
    fn sign_hash<'a>(&'a self, ask: DecisionAsk<'a>) -> RemoteAnswer<'a, DecisionSignature> {
        Box::pin(async move {
            let (surname, name) =
                demo_officer(ask.signer).ok_or(RemoteSigningError::NoCredential)?;
            if ask.pin.trim() != DEMO_SIGNING_PIN {
                return Err(RemoteSigningError::PinWrong);
            }
            let credential =
                demo_authority().credential(ask.signer, &certificate_name(surname, name));
            let signature: DerSignature = credential
                .key
                .sign_prehash(&ask.digest)
                .map_err(|e| RemoteSigningError::Unavailable(e.to_string()))?;
            Ok(DecisionSignature {
                signature: signature.to_vec(),
                certificate_pem: credential.certificate_pem(),
            })
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::time::Duration;

    use super::*;
    use crate::signatures::{Signable, SignedDecision, TrustedAuthorities, verify};

    /// A decision as an officer signs it, for the signing services' tests.
    pub(crate) fn decision() -> SignedDecision {
        SignedDecision {
            application: "2026-000007".into(),
            service: "10.12".into(),
            agency: 10,
            decision: "accepted".into(),
            version: 2,
            note: None,
            fields_to_fix: vec![],
            result: Some("ABCD-EFGH-JKLM".into()),
            subject: vec![],
            officer: "9QAPI12".into(),
            signed_at: "2026-12-04T21:00:00Z".into(),
        }
    }

    #[tokio::test]
    async fn a_demo_officer_signs_with_the_pin_and_the_signature_names_them() {
        let fin = Fin::parse("9QAPI12").unwrap();
        let decision = decision();
        let ask = |pin| DecisionAsk {
            signer: &fin,
            pin,
            digest: decision.digest(),
        };
        assert!(matches!(
            SimulatedOfficerSigning.sign_hash(ask("1111")).await,
            Err(RemoteSigningError::PinWrong)
        ));
        let signed = SimulatedOfficerSigning
            .sign_hash(ask(DEMO_SIGNING_PIN))
            .await
            .unwrap();
        let holder = verify(
            &TrustedAuthorities::new(true, &[]).unwrap(),
            &decision.to_bytes(),
            &signed.signature,
            &signed.certificate_pem,
            Duration::from_secs(1_796_000_000),
        )
        .unwrap();
        assert_eq!(holder.fin, fin);
        assert_eq!(holder.name, "İSMAYILOVA LALƏ");
    }

    #[tokio::test]
    async fn someone_who_is_not_a_demo_officer_has_no_credential() {
        let citizen = Fin::parse("KZ0CG28").unwrap();
        let outcome = SimulatedOfficerSigning
            .sign_hash(DecisionAsk {
                signer: &citizen,
                pin: DEMO_SIGNING_PIN,
                digest: decision().digest(),
            })
            .await;
        assert!(matches!(outcome, Err(RemoteSigningError::NoCredential)));
    }
}
