//! The agency's side of the counter: officers and their second factor, the work queue, an
//! application as the officer sees it, the audit log, and results anyone can verify.

use serde::{Deserialize, Serialize};

use super::form::FormCheck;
use super::{
    ApplicationAction, ApplicationStatus, ApplicationView, COMMENT_MAX, FieldProblem, FileRef,
    HostForm, HostPlace, ReferenceData,
};
use crate::domain::{AgencyNumber, ApplicationNumber, ResultCode, ServiceNumber, Text};
use crate::i18n::Msg;

/// What an officer may do; every back-office request checks it, with the agency, on the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OfficerRole {
    /// Works the applications of the agency's services.
    Officer,
    /// Also assigns them, sees all of the agency's work and its audit log.
    Supervisor,
    /// Keeps the e-services registry.
    RegistryOperator,
    /// Manages officer accounts.
    Administrator,
    /// "Xidmət redaktoru": builds and publishes the forms of the agency's interactive services,
    /// and works no applications.
    FormEditor,
}

impl OfficerRole {
    pub const ALL: [Self; 5] = [
        Self::Officer,
        Self::Supervisor,
        Self::RegistryOperator,
        Self::Administrator,
        Self::FormEditor,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Officer => "officer",
            Self::Supervisor => "supervisor",
            Self::RegistryOperator => "registry_operator",
            Self::Administrator => "administrator",
            Self::FormEditor => "form_editor",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == raw)
    }

    pub fn msg(self) -> Msg {
        match self {
            Self::Officer => Msg::RoleOfficer,
            Self::Supervisor => Msg::RoleSupervisor,
            Self::RegistryOperator => Msg::RoleRegistryOperator,
            Self::Administrator => Msg::RoleAdministrator,
            Self::FormEditor => Msg::RoleFormEditor,
        }
    }

    /// Whether the role works applications: opens them, takes them, decides them.
    pub fn works_applications(self) -> bool {
        matches!(self, Self::Officer | Self::Supervisor)
    }

    /// Whether the role writes the agency's regulations, agrees to other agencies' drafts and
    /// answers their public discussion (rules 9.1–9.8 give them to the agency's head).
    pub fn writes_regulations(self) -> bool {
        matches!(self, Self::Supervisor)
    }

    /// Whether the role builds and publishes the forms of the agency's interactive services.
    pub fn edits_forms(self) -> bool {
        matches!(self, Self::Supervisor | Self::FormEditor)
    }
}

/// The back-office side of a session opened with both factors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct OfficeRole {
    pub role: OfficerRole,
    pub agency: AgencyNumber,
}

/// The answer to a correct password: logged in, or (an officer) the authenticator's code next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum PasswordLogin {
    LoggedIn {
        session: super::SessionInfo,
    },
    SecondFactor {
        challenge: String,
        /// The first login: the key to add to the authenticator app, shown once.
        enrolment: Option<TotpEnrolment>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct TotpEnrolment {
    /// Base32, for typing into the app by hand.
    pub secret: String,
    /// The `otpauth://` address the QR code holds.
    pub uri: String,
    /// The QR code as an SVG `data:` address.
    pub qr: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SecondFactorForm {
    pub challenge: String,
    pub code: Option<String>,
}

/// An officer account as the administrator manages it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct OfficerView {
    pub account_id: i64,
    pub surname: String,
    pub name: String,
    pub email: String,
    pub role: OfficerRole,
    pub agency: AgencyNumber,
    pub active: bool,
    /// Whether they have set up their authenticator app.
    pub enrolled: bool,
    /// The FIN their e-signature's certificate names; none for an officer who cannot sign.
    pub signing_fin: Option<crate::domain::Fin>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct NewOfficerForm {
    pub email: Option<String>,
    pub surname: Option<String>,
    pub name: Option<String>,
    /// The FIN their e-signature's certificate names, with which they sign decisions.
    pub fin: Option<String>,
    pub role: Option<String>,
}

/// The queue's filters, as the query string carries them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct QueueQuery {
    pub status: Option<ApplicationStatus>,
    pub service: Option<ServiceNumber>,
    #[serde(default)]
    pub mine: bool,
    #[serde(default)]
    pub overdue: bool,
    /// An application number or part of the applicant's name.
    pub q: Option<String>,
    /// The cursor of the page's start: the last row of the page before.
    pub after: Option<String>,
}

/// One page of the queue, ordered by due date then number, and where the next one starts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct QueuePage {
    pub rows: Vec<QueueRow>,
    pub next: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct QueueRow {
    pub number: ApplicationNumber,
    pub service: ServiceNumber,
    pub applicant: String,
    pub status: ApplicationStatus,
    pub submitted_at: Option<String>,
    /// `yyyy-mm-dd` in Baku; none for a service without an execution time.
    pub due_on: Option<String>,
    pub overdue: bool,
    pub assigned_to: Option<String>,
}

/// An application as the agency's officer sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct OfficeApplication {
    pub application: ApplicationView,
    pub applicant: String,
    pub applicant_email: Option<String>,
    pub files: Vec<FileRef>,
    /// What the service's rules made of the form when it was sent.
    pub summary: Option<serde_json::Value>,
    pub assigned_to: Option<String>,
    pub assigned_to_me: bool,
    pub overdue: bool,
    /// The service's grounds for refusal, from its regulation.
    pub grounds_for_refusal: Vec<Text>,
    pub audit: Vec<AuditEntry>,
    /// The paid fee, where the application's form asked one.
    #[serde(default)]
    pub fee: Option<super::Payment>,
    /// What the applicant changed when they sent it again after a return for correction.
    #[serde(default)]
    pub changes_since_return: Vec<AnswerChange>,
    /// Each sending and whether its signature holds (rule 12.2), oldest first.
    #[serde(default)]
    pub signatures: Vec<super::SignatureView>,
    /// Whether the officer's decision is signed (a signing service is connected): the decision
    /// form then asks for their PIN.
    #[serde(default)]
    pub signs_decisions: bool,
}

/// One labelled answer that a resubmission changed; `None` where it was not there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct AnswerChange {
    pub label: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl AnswerChange {
    /// The changes between two readings of an application, each a list of `Label: value`
    /// lines as a service writes them for its result document, in the order of `after`, then
    /// what is gone. A label given more than once (a group's items) is compared in turn.
    pub fn between(before: &[String], after: &[String]) -> Vec<AnswerChange> {
        let split = |line: &String| match line.split_once(": ") {
            Some((label, value)) => (label.to_owned(), value.to_owned()),
            None => (line.clone(), String::new()),
        };
        let mut gone: Vec<(String, String)> = before.iter().map(split).collect();
        let mut changes = Vec::new();
        for (label, value) in after.iter().map(split) {
            let was = gone
                .iter()
                .position(|(l, _)| *l == label)
                .map(|i| gone.remove(i).1);
            if was.as_deref() != Some(value.as_str()) {
                changes.push(AnswerChange {
                    label,
                    before: was,
                    after: Some(value),
                });
            }
        }
        changes.extend(gone.into_iter().map(|(label, value)| AnswerChange {
            label,
            before: Some(value),
            after: None,
        }));
        changes
    }
}

/// An officer's decision or step; `version` is the one they saw, so two officers deciding at
/// once cannot both win.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct OfficeDecision {
    pub action: ApplicationAction,
    pub version: i64,
    /// Refusal: the ground chosen from the service's list (its position).
    pub ground: Option<usize>,
    pub note: Option<String>,
    #[serde(default)]
    pub fields_to_fix: Vec<String>,
    /// The PIN that unlocks the officer's signing credential, where decisions are signed.
    #[serde(default)]
    pub pin: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct AssignForm {
    /// The colleague to hand it to; none takes it for oneself.
    pub officer: Option<i64>,
    pub version: i64,
}

/// One line of the audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct AuditEntry {
    pub at: String,
    pub officer: String,
    pub role: OfficerRole,
    pub action: String,
    pub number: Option<ApplicationNumber>,
    pub subject: Option<String>,
}

/// "Who looked at my application": one officer, by role and agency, never by name, and the
/// times they looked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Viewer {
    pub role: OfficerRole,
    pub agency: Text,
    /// When each look began (RFC 3339, UTC), oldest first.
    pub looked_at: Vec<String>,
}

/// One officer's opening of the application or of one of its scans, as the audit log has it.
pub struct Look {
    /// Tells officers apart; never shown.
    pub officer: i64,
    pub role: OfficerRole,
    pub agency: Text,
    pub at: String,
}

/// Opening the page and then each scan is one look: a look ends after this long without
/// another opening by the same officer.
const ONE_LOOK_SECONDS: i64 = 30 * 60;

impl Viewer {
    /// The officers who looked, in the order of their first look, each once with the times
    /// their looks began. `looks` are oldest first.
    pub fn of(looks: Vec<Look>) -> Vec<Viewer> {
        let mut viewers: Vec<(i64, Viewer, Option<i64>)> = Vec::new();
        for look in looks {
            let seconds = crate::domain::Moment::parse(&look.at).map(|m| m.unix_seconds());
            let index = match viewers
                .iter()
                .position(|(officer, ..)| *officer == look.officer)
            {
                Some(index) => index,
                None => {
                    let viewer = Viewer {
                        role: look.role,
                        agency: look.agency,
                        looked_at: Vec::new(),
                    };
                    viewers.push((look.officer, viewer, None));
                    viewers.len() - 1
                }
            };
            let (_, viewer, last) = &mut viewers[index];
            let same_look =
                matches!((*last, seconds), (Some(l), Some(s)) if s - l < ONE_LOOK_SECONDS);
            if !same_look {
                viewer.looked_at.push(look.at);
            }
            *last = seconds.or(*last);
        }
        viewers.into_iter().map(|(_, viewer, _)| viewer).collect()
    }
}

/// An address a host gave, waiting for the agency to check it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct HostPlaceToCheck {
    pub place_id: i64,
    /// The host, or the organisation and its responsible person.
    pub host: String,
    pub email: Option<String>,
    pub address: String,
    pub sent_at: String,
}

/// An address a host gave, with what the officer checks it against: the host's registration
/// as sent (their document and its scan, or the organisation's VÖEN) and the account's e-mail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct HostPlaceCheck {
    pub place: HostPlace,
    pub registration: HostForm,
    pub email: Option<String>,
    pub sent_at: String,
}

/// The officer's refusal of a host's address: what the host is told.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RefuseHostPlace {
    pub reason: String,
}

impl RefuseHostPlace {
    /// The reason, tidied, if one is given and fits.
    pub fn parse(&self) -> Result<String, Vec<FieldProblem>> {
        let reference = ReferenceData::default();
        let mut check = FormCheck::new(&reference);
        let reason = check.text("reason", &self.reason, COMMENT_MAX);
        check.finish(|| reason)
    }
}

/// What a result document says, as issued; `/verify/<code>` shows it to anyone with the code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct IssuedResult {
    pub code: ResultCode,
    pub number: ApplicationNumber,
    pub agency: Text,
    pub service: Text,
    pub applicant: String,
    /// Whether the applicant's name came from the population registry (an account opened with
    /// a FIN, or a state login), or is the name they typed themselves.
    #[serde(default)]
    pub applicant_from_registry: bool,
    pub decision: ApplicationStatus,
    /// The ground and the officer's words, for a refusal.
    pub note: Option<String>,
    /// What the decision is about, one line per fact (the guest, the stay).
    pub subject: Vec<String>,
    /// The document's own title where the service names it (a certificate).
    #[serde(default)]
    pub title: Option<Text>,
    pub issued_at: String,
    /// Who signed the decision and whether the signature holds, checked when asked; none for
    /// an unsigned decision (the agency's automated check).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_by: Option<DecisionSigner>,
}

/// An officer's signature on a result document or an agency's letter (rule 12.1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct DecisionSigner {
    /// The name the certificate gives, when it can be read.
    pub name: Option<String>,
    pub signed_at: String,
    pub check: super::SignatureCheck,
}

impl IssuedResult {
    /// Where the applicant's name on the document comes from, said beside it.
    pub fn applicant_source(&self) -> Msg {
        if self.applicant_from_registry {
            Msg::NameFromRegistry
        } else {
            Msg::NameAsTyped
        }
    }
}

/// A complaint about a decision, and the agency's answer once given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ComplaintView {
    pub id: i64,
    pub text: String,
    pub files: Vec<FileRef>,
    pub filed_at: String,
    /// `yyyy-mm-dd` in Baku.
    pub due_on: Option<String>,
    pub answer: Option<String>,
    pub answered_at: Option<String>,
    /// The applicant's signature (rule 12.2), checked when read; none where it went unsigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_by: Option<DecisionSigner>,
}

/// A complaint in the supervisor's list, with the application it is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct OfficeComplaint {
    pub number: ApplicationNumber,
    pub applicant: String,
    pub complaint: ComplaintView,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ComplaintForm {
    pub text: Option<String>,
    #[serde(default)]
    pub files: Vec<FileRef>,
    /// The applicant's signature of this complaint (`SigningStarted::id`); none files it
    /// unsigned, which the agency sees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing: Option<String>,
}

/// Asks the applicant's signature system to sign the complaint as written (rule 12.2).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct StartComplaintSigning {
    pub holder: super::SignerForm,
    pub complaint: ComplaintForm,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ComplaintAnswerForm {
    pub answer: Option<String>,
}

/// Development and demo only: a demo officer, with the code their authenticator app would show
/// now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct DemoOfficer {
    pub email: String,
    pub role: String,
    pub password: String,
    pub code: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_read_back_from_their_codes() {
        for role in OfficerRole::ALL {
            assert_eq!(OfficerRole::parse(role.code()), Some(role));
        }
        assert_eq!(OfficerRole::parse("root"), None);
    }

    #[test]
    fn each_officer_is_listed_once_with_the_times_their_looks_began() {
        let agency = Text {
            az: "Dövlət Miqrasiya Xidməti".into(),
            en: "State Migration Service".into(),
            ru: "Государственная миграционная служба".into(),
        };
        let look = |officer: i64, role: OfficerRole, at: &str| Look {
            officer,
            role,
            agency: agency.clone(),
            at: at.into(),
        };
        let viewers = Viewer::of(vec![
            look(7, OfficerRole::Officer, "2026-11-23T10:00:00Z"),
            look(7, OfficerRole::Officer, "2026-11-23T10:01:00Z"),
            look(9, OfficerRole::Supervisor, "2026-11-23T10:05:00Z"),
            look(7, OfficerRole::Officer, "2026-11-23T10:20:00Z"),
            look(7, OfficerRole::Officer, "2026-11-23T14:00:00Z"),
        ]);
        assert_eq!(viewers.len(), 2);
        assert_eq!(viewers[0].role, OfficerRole::Officer);
        assert_eq!(
            viewers[0].looked_at,
            ["2026-11-23T10:00:00Z", "2026-11-23T14:00:00Z"]
        );
        assert_eq!(viewers[1].role, OfficerRole::Supervisor);
        assert_eq!(viewers[1].looked_at, ["2026-11-23T10:05:00Z"]);
    }

    #[test]
    fn a_resubmission_shows_what_changed_added_and_went() {
        let lines = |all: &[&str]| all.iter().map(|l| (*l).to_owned()).collect::<Vec<_>>();
        let before = lines(&[
            "Pasportun nömrəsi: C01234567",
            "Telefon: +994502112233",
            "Uşaq: Anar",
            "Uşaq: Leyla",
            "Qeyd: təcili",
        ]);
        let after = lines(&[
            "Pasportun nömrəsi: C03456789",
            "Telefon: +994502112233",
            "Uşaq: Anar",
            "Uşaq: Lalə",
            "E-poçt: anar@mail.az",
        ]);
        let change = |label: &str, before: Option<&str>, after: Option<&str>| AnswerChange {
            label: label.into(),
            before: before.map(Into::into),
            after: after.map(Into::into),
        };
        assert_eq!(
            AnswerChange::between(&before, &after),
            [
                change("Pasportun nömrəsi", Some("C01234567"), Some("C03456789")),
                change("Uşaq", Some("Leyla"), Some("Lalə")),
                change("E-poçt", None, Some("anar@mail.az")),
                change("Qeyd", Some("təcili"), None),
            ]
        );
        assert!(AnswerChange::between(&after, &after).is_empty());
    }
}
