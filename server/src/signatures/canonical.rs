//! The canonical form of what is signed: the same application, or the same decision, always
//! gives the same bytes, so the portal, the agency and anyone holding the bundle can recompute
//! the digest.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// One page of a scan, named by the digest of its bytes as kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedScan {
    pub name: String,
    pub sha256: String,
}

/// An application as its sender signs it. The fields serialise in this order; the answers'
/// keys are sorted at every depth, whatever order the form was saved in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedApplication {
    pub application: String,
    pub service: String,
    /// The published form version the answers follow; none for a hand-built service.
    pub form_version: Option<u32>,
    /// The draft's own version: a save after signing makes another content.
    pub draft_version: i64,
    pub answers: Value,
    pub scans: Vec<SignedScan>,
    /// When the portal asked for the signature, RFC 3339 in UTC.
    pub signed_at: String,
}

/// What is signed: its canonical bytes, and their SHA-256, which the signature system signs.
pub trait Signable {
    fn to_bytes(&self) -> Vec<u8>;

    fn digest(&self) -> [u8; 32] {
        Sha256::digest(self.to_bytes()).into()
    }
}

impl Signable for SignedApplication {
    /// Compact JSON, keys sorted.
    fn to_bytes(&self) -> Vec<u8> {
        let canonical = Self {
            answers: sorted(&self.answers),
            ..self.clone()
        };
        serde_json::to_vec(&canonical).expect("an application's JSON always serialises")
    }
}

/// An agency's answer as the deciding officer signs it (rule 12.1): what was decided on which
/// version of the application, the words and fields the applicant receives, and the result
/// document's code and lines, so that the document checked on `/verify` is the one signed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedDecision {
    pub application: String,
    pub service: String,
    pub agency: u16,
    /// `accepted`, `refused` or `returned`.
    pub decision: String,
    /// The application's version the officer decided on.
    pub version: i64,
    pub note: Option<String>,
    pub fields_to_fix: Vec<String>,
    /// The result document's code, for an acceptance or a refusal.
    pub result: Option<String>,
    pub subject: Vec<String>,
    /// The officer's FIN, as their certificate must name it.
    pub officer: String,
    /// RFC 3339 in UTC.
    pub signed_at: String,
}

impl Signable for SignedDecision {
    /// Compact JSON in the fields' order (it holds no map to sort).
    fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a decision's JSON always serialises")
    }
}

/// An agency's message in a letter's thread as its officer signs it (rule 12.1): the answer,
/// the request for more or the forward, its words and pages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedLetterStep {
    pub letter: String,
    pub agency: u16,
    /// `answer`, `more_asked` or `forwarded`.
    pub step: String,
    pub forwarded_to: Option<u16>,
    pub text: String,
    pub files: Vec<SignedScan>,
    /// The officer's FIN, as their certificate must name it.
    pub officer: String,
    /// RFC 3339 in UTC.
    pub signed_at: String,
}

impl Signable for SignedLetterStep {
    /// Compact JSON in the fields' order (it holds no map to sort).
    fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a letter's step's JSON always serialises")
    }
}

/// A letter or a reply in its thread as its sender signs it (rules 11.6 and 12.2): to which
/// agency or in which letter, about what, the words and each page by its digest. A new letter
/// is signed before it is sent, so it has no number yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedLetter {
    /// The letter a reply is written in; none for a new letter.
    pub letter: Option<String>,
    /// The agency a new letter is written to; a reply goes to the agency holding its letter.
    pub agency: Option<u16>,
    /// The letter's subject.
    pub subject: String,
    pub text: String,
    pub files: Vec<SignedScan>,
    /// The sender's FIN, as their certificate must name it.
    pub sender: String,
    /// RFC 3339 in UTC.
    pub signed_at: String,
}

impl Signable for SignedLetter {
    /// Compact JSON in the fields' order (it holds no map to sort).
    fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a letter's JSON always serialises")
    }
}

/// A complaint about a decision as the applicant signs it (rule 12.2): the application it is
/// about, the words and each page by its digest. It is signed before it is filed, so it has no
/// number of its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedComplaint {
    pub application: String,
    pub text: String,
    pub files: Vec<SignedScan>,
    /// The applicant's FIN, as their certificate must name it.
    pub sender: String,
    /// RFC 3339 in UTC.
    pub signed_at: String,
}

impl Signable for SignedComplaint {
    /// Compact JSON in the fields' order (it holds no map to sort).
    fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a complaint's JSON always serialises")
    }
}

/// The customs committee's obligation form as the declarant signs it (rule 12.2): which wording
/// (its version and its Azerbaijani text, so that the bundle reads alone), the declarant's FIN
/// and the time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedObligation {
    pub obligation: String,
    pub version: u32,
    pub text: String,
    /// The declarant's FIN, as their certificate must name it.
    pub sender: String,
    /// RFC 3339 in UTC.
    pub signed_at: String,
}

impl Signable for SignedObligation {
    /// Compact JSON in the fields' order (it holds no map to sort).
    fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("an obligation's JSON always serialises")
    }
}

/// The value with every object's keys in byte order. serde_json keeps a map's insertion order
/// when a crate of the build turns on its `preserve_order`, so the order is made here.
fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let mut out = Map::new();
            for key in keys {
                out.insert(key.clone(), sorted(&map[key]));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn application(answers: Value) -> SignedApplication {
        SignedApplication {
            application: "2026-000123".into(),
            service: "9.2".into(),
            form_version: Some(3),
            draft_version: 7,
            answers,
            scans: vec![SignedScan {
                name: "pasport.pdf".into(),
                sha256: "ab".repeat(32),
            }],
            signed_at: "2026-12-04T20:30:00Z".into(),
        }
    }

    #[test]
    fn the_same_answers_in_another_order_give_the_same_bytes() {
        let one = application(
            json!({"surname": "Əliyev", "address": {"street": "Nizami", "city": "Bakı"}}),
        );
        let other = application(
            json!({"address": {"city": "Bakı", "street": "Nizami"}, "surname": "Əliyev"}),
        );
        assert_eq!(one.to_bytes(), other.to_bytes());
        assert_eq!(one.digest(), other.digest());
        let text = String::from_utf8(one.to_bytes()).unwrap();
        assert!(
            text.starts_with(r#"{"application":"2026-000123","service":"9.2","#),
            "{text}"
        );
        assert!(
            text.contains(
                r#""answers":{"address":{"city":"Bakı","street":"Nizami"},"surname":"Əliyev"}"#
            ),
            "{text}"
        );
    }

    #[test]
    fn a_decision_reads_back_as_signed_and_any_changed_word_changes_its_digest() {
        let decision = SignedDecision {
            application: "2026-000123".into(),
            service: "10.12".into(),
            agency: 33,
            decision: "refused".into(),
            version: 3,
            note: Some("Pasportun surəti oxunmur".into()),
            fields_to_fix: vec![],
            result: Some("ABCD-EFGH-JKLM".into()),
            subject: vec!["Qonaq: Anna Müller".into()],
            officer: "0FCR033".into(),
            signed_at: "2026-12-04T20:30:00Z".into(),
        };
        let bytes = decision.to_bytes();
        let read: SignedDecision = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(read.to_bytes(), bytes);
        let mut changed = decision.clone();
        changed.note = Some("Pasportun surəti oxunur".into());
        assert_ne!(decision.digest(), changed.digest());
    }

    #[test]
    fn a_changed_answer_or_scan_changes_the_digest() {
        let signed = application(json!({"surname": "Əliyev"}));
        let answer = application(json!({"surname": "Əlizadə"}));
        assert_ne!(signed.digest(), answer.digest());
        let mut scan = signed.clone();
        scan.scans[0].sha256 = "cd".repeat(32);
        assert_ne!(signed.digest(), scan.digest());
    }

    #[test]
    fn a_letter_reads_back_as_signed_and_a_changed_page_changes_its_digest() {
        let letter = SignedLetter {
            letter: None,
            agency: Some(9),
            subject: "Notariat arayışı".into(),
            text: "Vəkalətnamənin surətini necə ala bilərəm?".into(),
            files: vec![SignedScan {
                name: "vekaletname.pdf".into(),
                sha256: "ab".repeat(32),
            }],
            sender: "7MKT2QA".into(),
            signed_at: "2026-12-05T02:30:00Z".into(),
        };
        let bytes = letter.to_bytes();
        let read: SignedLetter = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(read.to_bytes(), bytes);
        let mut page = letter.clone();
        page.files[0].sha256 = "cd".repeat(32);
        assert_ne!(letter.digest(), page.digest());
    }

    #[test]
    fn a_complaint_reads_back_as_signed_and_names_its_application() {
        let complaint = SignedComplaint {
            application: "2026-000042".into(),
            text: "İmtina əsassızdır: pasportun surəti əlavə olunmuşdu.".into(),
            files: vec![SignedScan {
                name: "pasport.pdf".into(),
                sha256: "ab".repeat(32),
            }],
            sender: "7MKT2QA".into(),
            signed_at: "2026-12-05T22:30:00Z".into(),
        };
        let bytes = complaint.to_bytes();
        let read: SignedComplaint = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(read, complaint);
        let mut other = complaint.clone();
        other.application = "2026-000043".into();
        assert_ne!(complaint.digest(), other.digest());
    }
}
