//! Applications of every service: a draft kept on the server as the person goes, submitted,
//! then worked by the agency through one status machine; and the scans they carry.

use serde::{Deserialize, Serialize};

use super::ErrorCode;
use crate::domain::{ApplicationNumber, ServiceNumber};
use crate::i18n::Msg;

/// One status machine for every service. Overdue is a property of a deadline, not a status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    Draft,
    Submitted,
    InReview,
    Returned,
    Resubmitted,
    Accepted,
    Refused,
    Withdrawn,
}

/// What the applicant or the agency does to an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ApplicationAction {
    Submit,
    Take,
    Accept,
    Refuse,
    Return,
    Withdraw,
}

impl ApplicationStatus {
    pub const ALL: [Self; 8] = [
        Self::Draft,
        Self::Submitted,
        Self::InReview,
        Self::Returned,
        Self::Resubmitted,
        Self::Accepted,
        Self::Refused,
        Self::Withdrawn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Submitted => "submitted",
            Self::InReview => "in_review",
            Self::Returned => "returned",
            Self::Resubmitted => "resubmitted",
            Self::Accepted => "accepted",
            Self::Refused => "refused",
            Self::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == raw)
    }

    pub fn msg(self) -> Msg {
        match self {
            Self::Draft => Msg::StatusDraft,
            Self::Submitted => Msg::StatusSubmitted,
            Self::InReview => Msg::StatusInReview,
            Self::Returned => Msg::StatusReturned,
            Self::Resubmitted => Msg::StatusResubmitted,
            Self::Accepted => Msg::StatusAccepted,
            Self::Refused => Msg::StatusRefused,
            Self::Withdrawn => Msg::StatusWithdrawn,
        }
    }

    /// Whether the agency owes an answer: only these can be overdue.
    pub fn awaits_agency(self) -> bool {
        matches!(self, Self::Submitted | Self::InReview | Self::Resubmitted)
    }

    /// Whether the applicant may still change what they typed.
    pub fn editable(self) -> bool {
        matches!(self, Self::Draft | Self::Returned)
    }

    /// The agency has decided: the applicant may complain about the decision.
    pub fn decided(self) -> bool {
        matches!(self, Self::Accepted | Self::Refused)
    }

    /// Where an action leads from here; `None` where the machine has no such step.
    pub fn after(self, action: ApplicationAction) -> Option<Self> {
        use ApplicationAction as A;
        use ApplicationStatus as S;
        match (self, action) {
            (S::Draft, A::Submit) => Some(S::Submitted),
            (S::Returned, A::Submit) => Some(S::Resubmitted),
            (S::Submitted | S::Resubmitted, A::Take) => Some(S::InReview),
            (S::Submitted | S::Resubmitted | S::InReview, A::Accept) => Some(S::Accepted),
            (S::Submitted | S::Resubmitted | S::InReview, A::Refuse) => Some(S::Refused),
            (S::Submitted | S::Resubmitted | S::InReview, A::Return) => Some(S::Returned),
            (S::Submitted | S::Resubmitted | S::InReview | S::Returned, A::Withdraw) => {
                Some(S::Withdrawn)
            }
            _ => None,
        }
    }
}

/// An uploaded file (one page of a scan), as forms refer to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct FileRef {
    pub id: String,
    pub name: String,
    pub media_type: String,
    pub size: u64,
    /// Uploaded before the person had an account (the host's registration form): the secret
    /// that lets the registration claim it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
}

/// One line of an application's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ApplicationEvent {
    pub status: ApplicationStatus,
    /// UTC, RFC 3339.
    pub at: String,
    /// The agency's reason or comment, where it gave one.
    pub note: Option<String>,
}

/// An application as its owner sees it, with what they typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ApplicationView {
    pub number: ApplicationNumber,
    pub service: ServiceNumber,
    pub status: ApplicationStatus,
    /// Grows with every save: a save based on an older version is refused, not merged.
    pub version: i64,
    pub form: serde_json::Value,
    /// The published version of the service's defined form this application was started on,
    /// and is read against; none for a hand-built service.
    #[serde(default)]
    pub form_version: Option<u32>,
    pub created_at: String,
    pub submitted_at: Option<String>,
    /// Fields the agency asked to fix (returned for correction).
    pub fields_to_fix: Vec<String>,
    pub history: Vec<ApplicationEvent>,
    /// The answer is due by this day (`yyyy-mm-dd`, Baku), counted in working days.
    pub due_on: Option<String>,
    /// The result document's verification code, once decided.
    pub result: Option<crate::domain::ResultCode>,
    /// Who at the agency opened it: for the applicant's own view only.
    #[serde(default)]
    pub viewers: Vec<super::Viewer>,
    /// Complaints about the decision, newest last.
    #[serde(default)]
    pub complaints: Vec<super::ComplaintView>,
    /// Changes to an accepted registration (the place of stay), oldest first.
    #[serde(default)]
    pub stay_changes: Vec<super::StayChangeView>,
}

impl ApplicationView {
    /// The agency's last comment, for a returned application.
    pub fn agency_note(&self) -> Option<String> {
        self.history.iter().rev().find_map(|e| e.note.clone())
    }
}

/// A line of the table of applications.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ApplicationSummary {
    pub number: ApplicationNumber,
    pub service: ServiceNumber,
    pub status: ApplicationStatus,
    pub created_at: String,
    pub submitted_at: Option<String>,
    /// What the service's table shows (the foreigner, the stay); none for a draft.
    pub summary: Option<serde_json::Value>,
    /// The service's name, for lists of every service's applications.
    pub service_title: crate::domain::Text,
}

/// Where the person's applications are listed, and new ones started.
pub const APPLICATIONS_PATH: &str = "/api/applications";

/// Which of the person's applications to list, a page at a time, newest first: every one, or
/// those of a service or in a status.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct ApplicationsQuery {
    pub service: Option<ServiceNumber>,
    pub status: Option<ApplicationStatus>,
    /// Where the page starts: just after (older than) the last application of the page before.
    pub before: Option<ApplicationNumber>,
}

impl ApplicationsQuery {
    /// The page's address.
    pub fn path(&self) -> String {
        let asked = [
            ("service", self.service.map(|s| s.to_string())),
            ("status", self.status.map(|s| s.code().to_owned())),
            ("before", self.before.map(|n| n.to_string())),
        ];
        // Numbers and status codes need no escaping.
        let query: Vec<String> = asked
            .into_iter()
            .filter_map(|(name, value)| Some(format!("{name}={}", value?)))
            .collect();
        if query.is_empty() {
            APPLICATIONS_PATH.to_owned()
        } else {
            format!("{APPLICATIONS_PATH}?{}", query.join("&"))
        }
    }
}

/// A page of the person's applications, newest first, and where the next one starts (`before`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ApplicationsPage {
    pub rows: Vec<ApplicationSummary>,
    pub next: Option<ApplicationNumber>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct NewApplication {
    pub service: ServiceNumber,
    /// A returning guest: an earlier application of the account whose person to fill in from.
    #[serde(default)]
    pub copy_from: Option<ApplicationNumber>,
}

/// A draft's save, or a submit, of the version the client last read.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct DraftSave {
    pub version: i64,
    pub form: serde_json::Value,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SubmitApplication {
    pub version: i64,
    /// The signature asked for this content (`SigningStarted::id`); none sends it unsigned,
    /// where the service's regulation accepts that.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing: Option<String>,
}

/// Upload limits the client checks before sending (the server checks them again).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct UploadLimits {
    pub max_bytes: u64,
    pub media_types: Vec<String>,
}

/// The kinds of file a scan may be: photos and PDF. Anything else is refused by its content.
pub const SCAN_MEDIA_TYPES: [&str; 3] = ["image/jpeg", "image/png", "application/pdf"];

/// What a file's first bytes and its end say it is; `Err` names the problem.
pub fn sniff_scan(head: &[u8], tail: &[u8]) -> Result<&'static str, ErrorCode> {
    if head.is_empty() {
        return Err(ErrorCode::FileEmpty);
    }
    let (media_type, complete) = if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        ("image/jpeg", tail.ends_with(&[0xFF, 0xD9]))
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        ("image/png", tail.ends_with(&[0xAE, 0x42, 0x60, 0x82]))
    } else if head.starts_with(b"%PDF-") {
        let end = String::from_utf8_lossy(tail);
        ("application/pdf", end.trim_end().ends_with("%%EOF"))
    } else {
        return Err(ErrorCode::FileType);
    };
    if complete {
        Ok(media_type)
    } else {
        Err(ErrorCode::FileDamaged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_applications_has_an_address_of_what_it_asks() {
        assert_eq!(ApplicationsQuery::default().path(), "/api/applications");
        let drafts = ApplicationsQuery {
            service: ServiceNumber::parse("33.11"),
            status: Some(ApplicationStatus::InReview),
            before: ApplicationNumber::parse("2026-000123"),
        };
        assert_eq!(
            drafts.path(),
            "/api/applications?service=33.11&status=in_review&before=2026-000123"
        );
    }

    #[test]
    fn the_machine_moves_only_along_its_arrows() {
        use ApplicationAction as A;
        use ApplicationStatus as S;
        assert_eq!(S::Draft.after(A::Submit), Some(S::Submitted));
        assert_eq!(S::Returned.after(A::Submit), Some(S::Resubmitted));
        assert_eq!(S::InReview.after(A::Return), Some(S::Returned));
        assert_eq!(S::Accepted.after(A::Refuse), None);
        assert_eq!(S::Refused.after(A::Withdraw), None);
        assert_eq!(S::Draft.after(A::Accept), None);
        for status in S::ALL {
            assert_eq!(S::parse(status.code()), Some(status));
        }
    }

    #[test]
    fn scans_are_known_by_their_bytes() {
        assert_eq!(
            sniff_scan(b"%PDF-1.7\n", b"trailer\n%%EOF\n"),
            Ok("application/pdf")
        );
        assert_eq!(
            sniff_scan(&[0xFF, 0xD8, 0xFF, 0xE0], &[0, 0xFF, 0xD9]),
            Ok("image/jpeg")
        );
        assert_eq!(
            sniff_scan(&[0xFF, 0xD8, 0xFF, 0xE0], &[0, 0, 0]),
            Err(ErrorCode::FileDamaged)
        );
        assert_eq!(sniff_scan(b"MZ\x90\0", b""), Err(ErrorCode::FileType));
        assert_eq!(sniff_scan(b"", b""), Err(ErrorCode::FileEmpty));
    }
}
