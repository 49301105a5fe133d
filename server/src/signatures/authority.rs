//! Certificates: the authorities this portal trusts, and the demo authority that issues the
//! simulators' holders (and officers) their certificates. The demo authority's key ships with
//! the demo data (`server/data/signatures/`), so it proves nothing: production never trusts it.

use std::str::FromStr;
use std::sync::OnceLock;
use std::time::Duration;

use app::domain::Fin;
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{DerSignature, SigningKey, VerifyingKey};
use p256::pkcs8::{DecodePrivateKey, DecodePublicKey, LineEnding};
use sha2::{Digest, Sha256};
use x509_cert::Certificate;
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::der::asn1::{PrintableStringRef, UtcTime, Utf8StringRef};
use x509_cert::der::oid::db::rfc4519::{CN, SERIAL_NUMBER};
use x509_cert::der::oid::db::rfc5912::ECDSA_WITH_SHA_256;
use x509_cert::der::{DecodePem, Encode, EncodePem};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::spki::SubjectPublicKeyInfoOwned;
use x509_cert::time::{Time, Validity};

const DEMO_AUTHORITY_CERTIFICATE: &str = include_str!("../../data/signatures/demo-ca.pem");
const DEMO_AUTHORITY_KEY: &str = include_str!("../../data/signatures/demo-ca.key.pem");

/// Development and demo only: the PIN of every demo credential of the demo authority (the
/// officers' signing credentials and the demo people's e-signature cards), published in the
/// README.
pub const DEMO_SIGNING_PIN: &str = "2026";

/// The demo holders' certificates are good from 2026 through 2028.
const DEMO_NOT_BEFORE: Duration = Duration::from_secs(1_767_225_600);
const DEMO_NOT_AFTER: Duration = Duration::from_secs(1_861_920_000);

/// Who a certificate names: the FIN in the subject's serial number, the name in its common name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holder {
    pub fin: Fin,
    pub name: String,
}

/// Why a certificate is not one to rely on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CertificateProblem {
    #[error("not a certificate")]
    Malformed,
    #[error("not issued by an authority this portal trusts")]
    UnknownAuthority,
    #[error("not valid at the time of signing")]
    OutsideValidity,
    #[error("names no FIN")]
    NoFin,
}

/// The certification authorities whose certificates the portal accepts.
#[derive(Clone)]
pub struct TrustedAuthorities {
    authorities: Vec<Certificate>,
}

impl TrustedAuthorities {
    /// The authorities of these PEM certificates, and the demo authority if `demo` (development
    /// and demo only: production refuses it).
    pub fn new(demo: bool, pems: &[String]) -> anyhow::Result<Self> {
        let mut authorities = Vec::new();
        if demo {
            authorities.push(demo_authority().certificate.clone());
        }
        for pem in pems {
            let authority = Certificate::from_pem(pem.as_bytes())?;
            // Its key is published with the demo data: anyone could sign as anyone.
            anyhow::ensure!(
                demo || authority != demo_authority().certificate,
                "signatures.authorities names the demo authority, which only a simulator trusts"
            );
            authorities.push(authority);
        }
        Ok(Self { authorities })
    }

    /// The trusted authority that issued the certificate, as PEM.
    pub fn issuer_pem(&self, certificate_pem: &str) -> Option<String> {
        let certificate = Certificate::from_pem(certificate_pem.as_bytes()).ok()?;
        self.authorities
            .iter()
            .find(|a| {
                a.tbs_certificate.subject == certificate.tbs_certificate.issuer
                    && signed_by(&certificate, a)
            })?
            .to_pem(LineEnding::LF)
            .ok()
    }

    /// The holder a certificate names, if a trusted authority issued it and it was valid at
    /// `at` (seconds since the epoch).
    pub fn check(
        &self,
        certificate: &Certificate,
        at: Duration,
    ) -> Result<Holder, CertificateProblem> {
        let tbs = &certificate.tbs_certificate;
        let issued_by = |authority: &&Certificate| {
            authority.tbs_certificate.subject == tbs.issuer && signed_by(certificate, authority)
        };
        if !self.authorities.iter().any(|a| issued_by(&a)) {
            return Err(CertificateProblem::UnknownAuthority);
        }
        let validity = &tbs.validity;
        if at < validity.not_before.to_unix_duration() || at > validity.not_after.to_unix_duration()
        {
            return Err(CertificateProblem::OutsideValidity);
        }
        holder(&tbs.subject)
    }
}

/// Whether `authority`'s key made the certificate's signature (ECDSA P-256 with SHA-256, the
/// only kind issued here).
fn signed_by(certificate: &Certificate, authority: &Certificate) -> bool {
    if certificate.signature_algorithm.oid != ECDSA_WITH_SHA_256 {
        return false;
    }
    let Ok(key) = verifying_key(authority) else {
        return false;
    };
    let (Ok(tbs), Some(raw)) = (
        certificate.tbs_certificate.to_der(),
        certificate.signature.as_bytes(),
    ) else {
        return false;
    };
    DerSignature::try_from(raw).is_ok_and(|signature| key.verify(&tbs, &signature).is_ok())
}

/// The certificate's public key, as a P-256 key.
pub fn verifying_key(certificate: &Certificate) -> Result<VerifyingKey, CertificateProblem> {
    let spki = certificate
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(|_| CertificateProblem::Malformed)?;
    VerifyingKey::from_public_key_der(&spki).map_err(|_| CertificateProblem::Malformed)
}

fn holder(subject: &Name) -> Result<Holder, CertificateProblem> {
    let text = |oid| {
        subject
            .0
            .iter()
            .flat_map(|rdn| rdn.0.iter())
            .find_map(|atv| {
                (atv.oid == oid).then(|| {
                    atv.value
                        .decode_as::<Utf8StringRef<'_>>()
                        .map(|s| s.as_str().to_owned())
                        .or_else(|_| {
                            atv.value
                                .decode_as::<PrintableStringRef<'_>>()
                                .map(|s| s.as_str().to_owned())
                        })
                        .ok()
                })?
            })
    };
    let fin = text(SERIAL_NUMBER)
        .as_deref()
        .and_then(Fin::parse)
        .ok_or(CertificateProblem::NoFin)?;
    let name = text(CN).unwrap_or_default();
    Ok(Holder { fin, name })
}

/// A holder's name as a certificate gives it: surname and name, in Azerbaijani capitals (`i`
/// is `İ`, which Unicode's default casing makes `I`).
pub fn certificate_name(surname: &str, name: &str) -> String {
    format!("{surname} {name}")
        .chars()
        .flat_map(|c| match c {
            'i' => vec!['İ'],
            c => c.to_uppercase().collect(),
        })
        .collect()
}

/// The demo certification authority: its certificate and the key that issues with it.
pub struct DemoAuthority {
    certificate: Certificate,
    key: SigningKey,
}

pub fn demo_authority() -> &'static DemoAuthority {
    static AUTHORITY: OnceLock<DemoAuthority> = OnceLock::new();
    AUTHORITY.get_or_init(|| DemoAuthority {
        certificate: Certificate::from_pem(DEMO_AUTHORITY_CERTIFICATE.as_bytes()).expect(
            "server/data/signatures/demo-ca.pem is a certificate: checked by its unit test",
        ),
        key: SigningKey::from_pkcs8_pem(DEMO_AUTHORITY_KEY).expect(
            "server/data/signatures/demo-ca.key.pem is a P-256 key: checked by its unit test",
        ),
    })
}

/// A demo holder's key and certificate.
pub struct DemoCredential {
    pub key: SigningKey,
    pub certificate: Certificate,
}

impl DemoCredential {
    pub fn certificate_pem(&self) -> String {
        self.certificate
            .to_pem(LineEnding::LF)
            .expect("an issued certificate encodes")
    }
}

impl DemoAuthority {
    /// The demo holder's key (derived from the FIN, so every server and restart has the same)
    /// and a certificate naming them, valid 2026–2028.
    pub fn credential(&self, fin: &Fin, name: &str) -> DemoCredential {
        self.credential_valid(fin, name, DEMO_NOT_BEFORE, DEMO_NOT_AFTER)
    }

    pub fn credential_valid(
        &self,
        fin: &Fin,
        name: &str,
        not_before: Duration,
        not_after: Duration,
    ) -> DemoCredential {
        let seed = Sha256::new()
            .chain_update(b"qapi demo signing key\0")
            .chain_update(fin.as_str())
            .finalize();
        let key = SigningKey::from_slice(&seed).expect("a SHA-256 digest is a P-256 scalar");
        let serial: [u8; 9] = {
            let digest = Sha256::digest(fin.as_str());
            let mut serial = [1; 9];
            serial[1..].copy_from_slice(&digest[..8]);
            serial
        };
        let time =
            |at| Time::UtcTime(UtcTime::from_unix_duration(at).expect("a time in 1950–2049"));
        let subject = Name::from_str(&format!(
            "CN={},serialNumber={},C=AZ",
            escape(name),
            fin.as_str()
        ))
        .expect("a demo holder's name makes a subject");
        let public = SubjectPublicKeyInfoOwned::from_key(*key.verifying_key())
            .expect("a P-256 key has a public key info");
        let builder = CertificateBuilder::new(
            Profile::Leaf {
                issuer: self.certificate.tbs_certificate.subject.clone(),
                enable_key_agreement: false,
                enable_key_encipherment: false,
            },
            SerialNumber::new(&serial).expect("nine bytes make a serial number"),
            Validity {
                not_before: time(not_before),
                not_after: time(not_after),
            },
            subject,
            public,
            &self.key,
        )
        .expect("the demo authority's leaf profile builds");
        let certificate = builder
            .build::<DerSignature>()
            .expect("the demo authority signs");
        DemoCredential { key, certificate }
    }
}

/// A name as an RFC 4514 string value.
fn escape(value: &str) -> String {
    value
        .chars()
        .flat_map(|c| match c {
            ',' | '+' | '"' | '\\' | '<' | '>' | ';' | '=' => vec!['\\', c],
            c => vec![c],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fin() -> Fin {
        Fin::parse("F00MBEG").unwrap()
    }

    const DURING: Duration = Duration::from_secs(1_796_000_000);

    #[test]
    fn the_demo_authority_issues_certificates_it_recognises() {
        let trusted = TrustedAuthorities::new(true, &[]).unwrap();
        let credential = demo_authority().credential(&fin(), "MƏMMƏDOV ƏLİ");
        assert_eq!(
            trusted.check(&credential.certificate, DURING),
            Ok(Holder {
                fin: fin(),
                name: "MƏMMƏDOV ƏLİ".into()
            })
        );
        // The same key and certificate on every server.
        assert_eq!(
            credential.certificate_pem(),
            demo_authority()
                .credential(&fin(), "MƏMMƏDOV ƏLİ")
                .certificate_pem()
        );
    }

    #[test]
    fn a_portal_without_the_demo_authority_refuses_its_certificates() {
        let production = TrustedAuthorities::new(false, &[]).unwrap();
        let credential = demo_authority().credential(&fin(), "MƏMMƏDOV ƏLİ");
        assert_eq!(
            production.check(&credential.certificate, DURING),
            Err(CertificateProblem::UnknownAuthority)
        );
    }

    #[test]
    fn a_certificate_that_only_names_a_trusted_authority_is_refused() {
        let impostor = DemoAuthority {
            certificate: demo_authority().certificate.clone(),
            key: SigningKey::from_slice(&[7; 32]).unwrap(),
        };
        let trusted = TrustedAuthorities::new(true, &[]).unwrap();
        let forged = impostor.credential(&fin(), "MƏMMƏDOV ƏLİ");
        assert_eq!(
            trusted.check(&forged.certificate, DURING),
            Err(CertificateProblem::UnknownAuthority)
        );
    }

    #[test]
    fn an_expired_certificate_is_refused() {
        let trusted = TrustedAuthorities::new(true, &[]).unwrap();
        let expired = demo_authority().credential_valid(
            &fin(),
            "MƏMMƏDOV ƏLİ",
            Duration::from_secs(1_700_000_000),
            Duration::from_secs(1_730_000_000),
        );
        assert_eq!(
            trusted.check(&expired.certificate, DURING),
            Err(CertificateProblem::OutsideValidity)
        );
    }
}
