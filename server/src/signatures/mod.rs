//! Rule 12.2: what a person sends a state body is confirmed by their enhanced electronic
//! signature. The portal builds the application's canonical form, the sender's signature
//! system (Asan İmza, the e-signature card) signs its digest, and anyone can check the result
//! against the certificate and the authorities the portal trusts.

pub mod authority;
pub mod bundle;
pub mod canonical;
pub mod csc;
pub mod officers;
pub mod providers;
pub mod revocation;

use std::sync::Arc;
use std::time::Duration;

use app::api::{SignatureCheck, SigningMeans};
use p256::ecdsa::DerSignature;
use p256::ecdsa::signature::Verifier;
use x509_cert::Certificate;
use x509_cert::der::DecodePem;

pub use authority::{CertificateProblem, Holder, TrustedAuthorities};
pub use canonical::{
    Signable, SignedApplication, SignedComplaint, SignedDecision, SignedLetter, SignedLetterStep,
    SignedObligation, SignedScan,
};
use officers::RemoteSigning;
use providers::SigningProvider;

/// The signature systems connected, and the authorities whose certificates count.
#[derive(Clone)]
pub struct Signing {
    /// Asan İmza's signing, where connected.
    pub asan_imza: Option<Arc<dyn SigningProvider>>,
    /// The e-signature card's system, where connected.
    pub e_signature: Option<Arc<dyn SigningProvider>>,
    /// The remote signing service officers sign decisions with, where connected.
    pub officers: Option<Arc<dyn RemoteSigning>>,
    pub trusted: TrustedAuthorities,
}

impl Signing {
    /// The system that signs with `means`, if it is connected here.
    pub fn provider(&self, means: SigningMeans) -> Option<Arc<dyn SigningProvider>> {
        match means {
            SigningMeans::AsanImza => self.asan_imza.clone(),
            SigningMeans::ESignature => self.e_signature.clone(),
        }
    }

    /// The means a sender can sign with here.
    pub fn connected(&self) -> Vec<SigningMeans> {
        [SigningMeans::AsanImza, SigningMeans::ESignature]
            .into_iter()
            .filter(|means| self.provider(*means).is_some())
            .collect()
    }
}

/// Why a signature does not confirm its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignatureProblem {
    /// The content changed after it was signed, or another content was signed.
    #[error("the signature does not match the content")]
    WrongDigest,
    #[error("the certificate: {0}")]
    Certificate(#[from] CertificateProblem),
}

impl SignatureProblem {
    /// What the officer's and the applicant's pages say of it.
    pub fn check(self) -> SignatureCheck {
        match self {
            Self::WrongDigest => SignatureCheck::WrongDigest,
            Self::Certificate(CertificateProblem::UnknownAuthority) => {
                SignatureCheck::UnknownAuthority
            }
            Self::Certificate(CertificateProblem::OutsideValidity) => {
                SignatureCheck::OutsideValidity
            }
            Self::Certificate(CertificateProblem::Revoked) => SignatureCheck::Revoked,
            Self::Certificate(CertificateProblem::NoFin | CertificateProblem::Malformed) => {
                SignatureCheck::MalformedCertificate
            }
        }
    }
}

/// Whom a detached signature (DER ECDSA P-256 over SHA-256 of `content`) names, if the
/// certificate was valid `at` (since the epoch) and a trusted authority issued it.
pub fn verify(
    trusted: &TrustedAuthorities,
    content: &[u8],
    signature: &[u8],
    certificate_pem: &str,
    at: Duration,
) -> Result<Holder, SignatureProblem> {
    let certificate = Certificate::from_pem(certificate_pem.as_bytes())
        .map_err(|_| CertificateProblem::Malformed)?;
    let holder = trusted.check(&certificate, at)?;
    let key = authority::verifying_key(&certificate)?;
    let signature = DerSignature::try_from(signature).map_err(|_| SignatureProblem::WrongDigest)?;
    key.verify(content, &signature)
        .map_err(|_| SignatureProblem::WrongDigest)?;
    Ok(holder)
}

#[cfg(test)]
mod tests {
    use app::domain::Fin;
    use p256::ecdsa::signature::hazmat::PrehashSigner;
    use serde_json::json;

    use super::*;

    const DURING: Duration = Duration::from_secs(1_796_000_000);

    fn application() -> SignedApplication {
        SignedApplication {
            application: "2026-000123".into(),
            service: "9.2".into(),
            form_version: None,
            draft_version: 4,
            answers: json!({"passport_number": "C01234567"}),
            scans: vec![],
            signed_at: "2026-12-04T20:30:00Z".into(),
        }
    }

    #[test]
    fn a_signature_of_the_digest_verifies_against_the_content() {
        let fin = Fin::parse("F00MBEG").unwrap();
        let credential = authority::demo_authority().credential(&fin, "MƏMMƏDOV ƏLİ");
        let signed = application();
        // The signature system signs the digest alone, as Asan İmza's protocol does.
        let signature: DerSignature = credential.key.sign_prehash(&signed.digest()).unwrap();
        let trusted = TrustedAuthorities::new(true, &[]).unwrap();
        let holder = verify(
            &trusted,
            &signed.to_bytes(),
            signature.as_bytes(),
            &credential.certificate_pem(),
            DURING,
        )
        .unwrap();
        assert_eq!(holder.fin, fin);

        let mut changed = application();
        changed.answers = json!({"passport_number": "C01234568"});
        assert_eq!(
            verify(
                &trusted,
                &changed.to_bytes(),
                signature.as_bytes(),
                &credential.certificate_pem(),
                DURING
            ),
            Err(SignatureProblem::WrongDigest)
        );
    }
}
