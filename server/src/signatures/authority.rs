//! Certificates: the authorities this portal trusts, and the demo authority that issues the
//! simulators' holders (and officers) their certificates. The demo authority's key ships with
//! the demo data (`server/data/signatures/`), so it proves nothing: production never trusts it.

use std::str::FromStr;
use std::sync::{Arc, OnceLock, RwLock};
use std::time::Duration;

use app::domain::Fin;
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{DerSignature, SigningKey, VerifyingKey};
use p256::pkcs8::{DecodePrivateKey, DecodePublicKey, LineEnding};
use sha2::{Digest, Sha256};
use x509_cert::Certificate;
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::crl::{CertificateList, RevokedCert, TbsCertList};
use x509_cert::der::asn1::{BitString, PrintableStringRef, UtcTime, Utf8StringRef};
use x509_cert::der::oid::db::rfc4519::{CN, SERIAL_NUMBER};
use x509_cert::der::oid::db::rfc5912::ECDSA_WITH_SHA_256;
use x509_cert::der::{Decode, DecodePem, Encode, EncodePem};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::spki::AlgorithmIdentifierOwned;
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
    #[error("revoked by its authority before the time of signing")]
    Revoked,
}

/// A certificate its authority revoked, and from when.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Revoked {
    issuer: Name,
    serial: SerialNumber,
    since: Duration,
}

/// The certification authorities whose certificates the portal accepts, and the certificates
/// they revoked as their latest revocation lists say (shared by every clone, so a reload
/// reaches every request).
#[derive(Clone)]
pub struct TrustedAuthorities {
    authorities: Vec<Certificate>,
    revoked: Arc<RwLock<Vec<Revoked>>>,
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
        Ok(Self {
            authorities,
            revoked: Arc::default(),
        })
    }

    /// Takes these revocation lists (CRLs, DER or PEM) in place of the ones taken before: how
    /// many certificates they revoke. A list that is not a CRL, or that no trusted authority
    /// signed, is refused, and the lists taken before stay.
    pub fn take_revocations(&self, lists: &[Vec<u8>]) -> anyhow::Result<usize> {
        let mut revoked = Vec::new();
        for list in lists {
            let crl = if list.starts_with(b"-----BEGIN") {
                let (label, der) = x509_cert::der::pem::decode_vec(list)
                    .map_err(|e| anyhow::anyhow!("a revocation list's PEM: {e}"))?;
                anyhow::ensure!(label == "X509 CRL", "a PEM {label}, not a revocation list");
                CertificateList::from_der(&der)?
            } else {
                CertificateList::from_der(list)?
            };
            let tbs = crl.tbs_cert_list.to_der()?;
            let signed = self.authorities.iter().any(|authority| {
                authority.tbs_certificate.subject == crl.tbs_cert_list.issuer
                    && crl.signature_algorithm.oid == ECDSA_WITH_SHA_256
                    && issued_with(authority, &tbs, crl.signature.as_bytes())
            });
            anyhow::ensure!(
                signed,
                "a revocation list of {} that no trusted authority signed",
                crl.tbs_cert_list.issuer
            );
            let issuer = crl.tbs_cert_list.issuer;
            revoked.extend(
                crl.tbs_cert_list
                    .revoked_certificates
                    .unwrap_or_default()
                    .into_iter()
                    .map(|entry| Revoked {
                        issuer: issuer.clone(),
                        serial: entry.serial_number,
                        since: entry.revocation_date.to_unix_duration(),
                    }),
            );
        }
        let count = revoked.len();
        *self
            .revoked
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = revoked;
        Ok(count)
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
        // Revoked after the time of signing, the signature made before still holds.
        let revoked_then = self
            .revoked
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .iter()
            .any(|r| r.issuer == tbs.issuer && r.serial == tbs.serial_number && r.since <= at);
        if revoked_then {
            return Err(CertificateProblem::Revoked);
        }
        holder(&tbs.subject)
    }
}

/// Whether `authority`'s key made the certificate's signature (ECDSA P-256 with SHA-256, the
/// only kind issued here).
fn signed_by(certificate: &Certificate, authority: &Certificate) -> bool {
    certificate.signature_algorithm.oid == ECDSA_WITH_SHA_256
        && certificate
            .tbs_certificate
            .to_der()
            .is_ok_and(|tbs| issued_with(authority, &tbs, certificate.signature.as_bytes()))
}

/// Whether `authority`'s key made `signature` (DER ECDSA) of `signed`.
fn issued_with(authority: &Certificate, signed: &[u8], signature: Option<&[u8]>) -> bool {
    let (Ok(key), Some(raw)) = (verifying_key(authority), signature) else {
        return false;
    };
    DerSignature::try_from(raw).is_ok_and(|signature| key.verify(signed, &signature).is_ok())
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
            demo_serial(fin),
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

impl DemoAuthority {
    /// A revocation list (DER) of the demo authority, issued at `issued`: the cards of these
    /// demo holders, each revoked from its time. Development and tests only.
    pub fn revocation_list(&self, revoked: &[(&Fin, Duration)], issued: Duration) -> Vec<u8> {
        let algorithm = AlgorithmIdentifierOwned {
            oid: ECDSA_WITH_SHA_256,
            parameters: None,
        };
        let tbs = TbsCertList {
            version: x509_cert::Version::V2,
            signature: algorithm.clone(),
            issuer: self.certificate.tbs_certificate.subject.clone(),
            this_update: time(issued),
            next_update: Some(time(issued + Duration::from_secs(7 * 24 * 3600))),
            revoked_certificates: Some(
                revoked
                    .iter()
                    .map(|(fin, since)| RevokedCert {
                        serial_number: demo_serial(fin),
                        revocation_date: time(*since),
                        crl_entry_extensions: None,
                    })
                    .collect(),
            ),
            crl_extensions: None,
        };
        let signed = tbs.to_der().expect("a revocation list encodes");
        let signature: DerSignature = p256::ecdsa::signature::Signer::sign(&self.key, &signed);
        CertificateList {
            tbs_cert_list: tbs,
            signature_algorithm: algorithm,
            signature: BitString::from_bytes(signature.as_bytes()).expect("a signature's bytes"),
        }
        .to_der()
        .expect("a revocation list encodes")
    }
}

/// A demo holder's certificate's serial number: the same on every run.
fn demo_serial(fin: &Fin) -> SerialNumber {
    let digest = Sha256::digest(fin.as_str());
    let mut serial = [1; 9];
    serial[1..].copy_from_slice(&digest[..8]);
    SerialNumber::new(&serial).expect("nine bytes make a serial number")
}

fn time(at: Duration) -> Time {
    Time::UtcTime(UtcTime::from_unix_duration(at).expect("a time in 1950–2049"))
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
    fn a_revoked_card_signs_nothing_after_its_revocation_and_keeps_what_it_signed_before() {
        let trusted = TrustedAuthorities::new(true, &[]).unwrap();
        let card = demo_authority().credential(&fin(), "MƏMMƏDOV ƏLİ");
        let lost = Duration::from_secs(1_795_000_000);
        let list = demo_authority().revocation_list(&[(&fin(), lost)], lost);
        assert_eq!(trusted.take_revocations(&[list]).unwrap(), 1);
        assert_eq!(
            trusted.check(&card.certificate, DURING),
            Err(CertificateProblem::Revoked)
        );
        let before = Duration::from_secs(1_794_000_000);
        assert!(trusted.check(&card.certificate, before).is_ok());
        // Another holder's card is not touched.
        let other = demo_authority().credential(&Fin::parse("CDTD6RN").unwrap(), "HƏSƏNOVA AYNUR");
        assert!(trusted.check(&other.certificate, DURING).is_ok());
        // A new list takes the old one's place.
        let empty = demo_authority().revocation_list(&[], DURING);
        assert_eq!(trusted.take_revocations(&[empty]).unwrap(), 0);
        assert!(trusted.check(&card.certificate, DURING).is_ok());
    }

    #[test]
    fn a_revocation_list_no_trusted_authority_signed_is_refused() {
        let impostor = DemoAuthority {
            certificate: demo_authority().certificate.clone(),
            key: SigningKey::from_slice(&[7; 32]).unwrap(),
        };
        let trusted = TrustedAuthorities::new(true, &[]).unwrap();
        let forged = impostor.revocation_list(&[(&fin(), DURING)], DURING);
        assert!(trusted.take_revocations(&[forged]).is_err());
        assert!(trusted.take_revocations(&[b"not a list".to_vec()]).is_err());
        let production = TrustedAuthorities::new(false, &[]).unwrap();
        let demo_list = demo_authority().revocation_list(&[], DURING);
        assert!(production.take_revocations(&[demo_list]).is_err());
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
