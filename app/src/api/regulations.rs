//! Regulations an agency writes (rules 9.1–9.8 of the 2011 decision): the supervisor edits a
//! draft with the fields of appendix 1, the participating agencies agree to it (9.2), it is put
//! to public discussion for a period (9.7) where logged-in people comment and the agency answers,
//! and approving it publishes the next version (9.8). One check (`Regulation::problems`) says
//! what a draft still lacks, in the editor as it is typed and on the server before discussion.

use serde::{Deserialize, Serialize};

use super::{ErrorCode, FieldProblem, Problem, Regulation};
use crate::domain::{AgencyNumber, CalendarDate, Lang, ServiceNumber, Text};
use crate::i18n::Msg;

/// The longest comment a person may leave in a discussion, and an agency's answer.
pub const COMMENT_MAX_CHARS: usize = 2000;
/// The longest a discussion may run: the period the agency sets, in days after today.
pub const DISCUSSION_MAX_DAYS: u32 = 90;

pub fn regulation_work_path(service: ServiceNumber) -> String {
    format!("/api/office/services/{service}/regulation")
}

pub fn discussion_path(service: ServiceNumber) -> String {
    format!("/api/services/{service}/regulation/discussion")
}

pub fn regulation_versions_path(service: ServiceNumber) -> String {
    format!("/api/services/{service}/regulation/versions")
}

pub const DISCUSSIONS_PATH: &str = "/api/regulations/discussions";
pub const OFFICE_REGULATIONS_PATH: &str = "/api/office/regulations";

/// Where a service's regulation stands in its agency's work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RegulationStage {
    /// Being written or changed; seen by the agency and the agencies asked to agree.
    Editing,
    /// Published as a draft for public discussion until a day.
    Discussion,
}

impl RegulationStage {
    pub fn code(self) -> &'static str {
        match self {
            Self::Editing => "editing",
            Self::Discussion => "discussion",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Editing, Self::Discussion]
            .into_iter()
            .find(|stage| stage.code() == raw)
    }
}

/// What the service's card says of its regulation: the approved version, if any, and the draft
/// in public discussion, if one is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegulationStatus {
    pub approved: Option<ApprovedMark>,
    /// The last day of the public discussion of a draft, while one is published.
    pub discussion_until: Option<CalendarDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ApprovedMark {
    pub version: u32,
    /// The day of approval, in Baku.
    pub approved_on: CalendarDate,
}

/// A comment of the public discussion, with the agency's public answer once given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegulationComment {
    pub id: i64,
    /// The commenter's name and the initial of the surname: the discussion is public.
    pub author: String,
    pub text: String,
    /// When it was left (RFC 3339, UTC).
    pub at: String,
    pub answer: Option<CommentAnswer>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct CommentAnswer {
    pub text: String,
    pub at: String,
}

/// A draft in public discussion as anyone reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Discussion {
    pub service: ServiceNumber,
    pub title: Text,
    pub agency_name: Text,
    pub regulation: Regulation,
    pub opened_on: CalendarDate,
    pub until: CalendarDate,
    /// Whether comments are taken today (the period has not ended).
    pub open: bool,
    pub comments: Vec<RegulationComment>,
}

/// One line of the list of every regulation now in discussion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct DiscussionItem {
    pub service: ServiceNumber,
    pub title: Text,
    pub agency_name: Text,
    pub until: CalendarDate,
    pub comments: u32,
}

/// An approved version of a service's regulation, with the discussion that preceded it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegulationVersion {
    pub version: u32,
    pub approved_on: CalendarDate,
    pub regulation: Regulation,
    pub discussion_opened_on: Option<CalendarDate>,
    pub discussion_until: Option<CalendarDate>,
    pub comments: Vec<RegulationComment>,
}

/// What a participating agency said of a draft (rule 9.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AgreementDecision {
    Agreed,
    Objected,
}

impl AgreementDecision {
    pub fn code(self) -> &'static str {
        match self {
            Self::Agreed => "agreed",
            Self::Objected => "objected",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Agreed, Self::Objected]
            .into_iter()
            .find(|d| d.code() == raw)
    }
}

/// A participating agency's place in the draft's agreement: asked, agreed or objected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Agreement {
    pub agency: AgencyNumber,
    pub agency_name: Text,
    /// `None` while the agency has not answered since the draft last changed.
    pub decision: Option<AgreementDecision>,
    pub comment: Option<String>,
    pub at: Option<String>,
}

/// The supervisor's view of a service's regulation: the draft being written (or, when none is,
/// the regulation in force to start from), what it lacks, the agreements, the discussion and
/// the versions approved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegulationWork {
    pub service: ServiceNumber,
    pub title: Text,
    pub stage: RegulationStage,
    /// Whether a draft is kept; if not, `regulation` is the one in force.
    pub has_draft: bool,
    pub regulation: Regulation,
    pub problems: Vec<Problem>,
    pub agreements: Vec<Agreement>,
    pub discussion_opened_on: Option<CalendarDate>,
    pub discussion_until: Option<CalendarDate>,
    pub comments: Vec<RegulationComment>,
    pub versions: Vec<RegulationVersionMark>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegulationVersionMark {
    pub version: u32,
    pub approved_on: CalendarDate,
}

/// One of the agency's services on the regulations page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegulationServiceState {
    pub service: ServiceNumber,
    pub title: Text,
    /// The draft's stage, when a draft is kept.
    pub stage: Option<RegulationStage>,
    pub discussion_until: Option<CalendarDate>,
    pub approved_version: Option<u32>,
}

/// A draft of another agency's regulation that names this agency as participating.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct AgreementAsked {
    pub service: ServiceNumber,
    /// The draft's revision shown: the answer names it, so that it never counts for a text
    /// changed since.
    pub revision: i64,
    pub title: Text,
    pub agency_name: Text,
    pub regulation: Regulation,
    pub decision: Option<AgreementDecision>,
    pub comment: Option<String>,
}

/// The regulations page of the back office: the agency's services, and the drafts of other
/// agencies it is asked to agree to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegulationDesk {
    pub services: Vec<RegulationServiceState>,
    pub to_agree: Vec<AgreementAsked>,
}

/// A comment, or the agency's answer to one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct CommentForm {
    pub text: String,
}

/// A comment of a public discussion, or the agency's answer, as kept: one paragraph or more,
/// without hidden characters, at most `COMMENT_MAX_CHARS`. Shown as text, never as markup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentText(String);

impl CommentText {
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        let kept = crate::domain::typed_paragraphs(raw).ok_or(ErrorCode::HiddenCharacters)?;
        let kept = kept.trim();
        if kept.is_empty() {
            Err(ErrorCode::Required)
        } else if kept.chars().count() > COMMENT_MAX_CHARS {
            Err(ErrorCode::TooLong)
        } else {
            Ok(Self(kept.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Puts the draft to public discussion until `until` (yyyy-mm-dd, Baku).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ToDiscussion {
    pub until: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct AgreementForm {
    /// The revision of the draft read (`AgreementAsked::revision`).
    pub revision: i64,
    pub decision: AgreementDecision,
    pub comment: Option<String>,
}

/// The fields of appendix 1, in its order: each with its label, the path its problems start
/// with, and how it reads as plain text, which the comparison of two versions compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegulationField {
    Content,
    LegalBasis,
    OtherParticipants,
    ParticipatingAgencies,
    Automation,
    ExecutionTime,
    ExecutionWorkingDays,
    Result,
    Payment,
    Signature,
    Users,
    WhereProvided,
    Information,
    DocumentsHeldByState,
    DocumentsToUpload,
    Steps,
    GroundsForRefusal,
    Control,
    Complaints,
}

impl RegulationField {
    pub const ALL: [Self; 19] = [
        Self::Content,
        Self::LegalBasis,
        Self::OtherParticipants,
        Self::ParticipatingAgencies,
        Self::Automation,
        Self::ExecutionTime,
        Self::ExecutionWorkingDays,
        Self::Result,
        Self::Payment,
        Self::Signature,
        Self::Users,
        Self::WhereProvided,
        Self::Information,
        Self::DocumentsHeldByState,
        Self::DocumentsToUpload,
        Self::Steps,
        Self::GroundsForRefusal,
        Self::Control,
        Self::Complaints,
    ];

    /// The field's name in the JSON, and the first part of its problems' paths.
    pub fn path(self) -> &'static str {
        match self {
            Self::Content => "content",
            Self::LegalBasis => "legal_basis",
            Self::OtherParticipants => "other_participants",
            Self::ParticipatingAgencies => "participating_agencies",
            Self::Automation => "automation",
            Self::ExecutionTime => "execution_time",
            Self::ExecutionWorkingDays => "execution_working_days",
            Self::Result => "result",
            Self::Payment => "payment",
            Self::Signature => "signature",
            Self::Users => "users",
            Self::WhereProvided => "where_provided",
            Self::Information => "information",
            Self::DocumentsHeldByState => "documents_held_by_state",
            Self::DocumentsToUpload => "documents_to_upload",
            Self::Steps => "steps",
            Self::GroundsForRefusal => "grounds_for_refusal",
            Self::Control => "control",
            Self::Complaints => "complaints",
        }
    }

    pub fn msg(self) -> Msg {
        match self {
            Self::Content => Msg::ServiceContent,
            Self::LegalBasis => Msg::LegalBasis,
            Self::OtherParticipants => Msg::OtherParticipants,
            Self::ParticipatingAgencies => Msg::ParticipatingAgencies,
            Self::Automation => Msg::Automation,
            Self::ExecutionTime => Msg::ExecutionTime,
            Self::ExecutionWorkingDays => Msg::ExecutionWorkingDays,
            Self::Result => Msg::ServiceResult,
            Self::Payment => Msg::Payment,
            Self::Signature => Msg::SignatureRuleLabel,
            Self::Users => Msg::Users,
            Self::WhereProvided => Msg::WhereProvided,
            Self::Information => Msg::Information,
            Self::DocumentsHeldByState => Msg::DocumentsHeldByState,
            Self::DocumentsToUpload => Msg::DocumentsToUpload,
            Self::Steps => Msg::Steps,
            Self::GroundsForRefusal => Msg::GroundsForRefusal,
            Self::Control => Msg::Control,
            Self::Complaints => Msg::Complaints,
        }
    }

    /// The field of the path a problem names.
    pub fn of_path(path: &str) -> Option<Self> {
        let head = path.split('.').next()?;
        Self::ALL.into_iter().find(|field| field.path() == head)
    }

    /// The field as plain text in `lang`, `None` where the regulation does not give it: what
    /// the card's comparison of versions sets side by side.
    pub fn shown(self, r: &Regulation, lang: Lang) -> Option<String> {
        let one = |text: &Option<Text>| text.as_ref().map(|t| t.get(lang).to_owned());
        let many = |items: &Option<Vec<Text>>| {
            items.as_ref().map(|items| {
                items
                    .iter()
                    .map(|t| t.get(lang))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        };
        match self {
            Self::Content => one(&r.content),
            Self::LegalBasis => one(&r.legal_basis),
            Self::OtherParticipants => many(&r.other_participants),
            Self::ParticipatingAgencies => (!r.participating_agencies.is_empty()).then(|| {
                r.participating_agencies
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
            Self::Automation => r.automation.map(|level| {
                match level {
                    super::Automation::Full => Msg::AutomationFull,
                    super::Automation::Partial => Msg::AutomationPartial,
                }
                .text(lang)
                .to_owned()
            }),
            Self::ExecutionTime => one(&r.execution_time),
            Self::ExecutionWorkingDays => r.execution_working_days.map(|days| days.to_string()),
            Self::Result => one(&r.result),
            Self::Payment => r.payment.as_ref().map(|fee| fee.shown(lang)),
            Self::Signature => Some(r.signature.msg().text(lang).to_owned()),
            Self::Users => r.users.as_ref().map(|users| {
                users
                    .iter()
                    .map(|u| u.msg().text(lang))
                    .collect::<Vec<_>>()
                    .join("; ")
            }),
            Self::WhereProvided => r.where_provided.clone(),
            Self::Information => one(&r.information),
            Self::DocumentsHeldByState => many(&r.documents_held_by_state),
            Self::DocumentsToUpload => many(&r.documents_to_upload),
            Self::Steps => r.steps.as_ref().map(|steps| {
                steps
                    .iter()
                    .map(|step| match &step.deadline {
                        Some(deadline) => format!(
                            "{} ({}: {})",
                            step.title.get(lang),
                            Msg::Deadline.text(lang),
                            deadline.get(lang)
                        ),
                        None => step.title.get(lang).to_owned(),
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
            Self::GroundsForRefusal => many(&r.grounds_for_refusal),
            Self::Control => one(&r.control),
            Self::Complaints => one(&r.complaints),
        }
    }
}

/// The fields two versions give differently, as plain text in `lang`: (field, before, after).
pub fn regulation_changes(
    before: &Regulation,
    after: &Regulation,
    lang: Lang,
) -> Vec<(RegulationField, Option<String>, Option<String>)> {
    RegulationField::ALL
        .into_iter()
        .filter_map(|field| {
            let (old, new) = (field.shown(before, lang), field.shown(after, lang));
            (old != new).then_some((field, old, new))
        })
        .collect()
}

/// Collects what a draft lacks, each problem named by its path (`steps.1.title.ru`).
struct Check(Vec<FieldProblem>);

impl Check {
    fn problem(&mut self, code: ErrorCode, path: impl Into<String>) {
        self.0.push((code, path.into()));
    }

    /// A text the regulation must give: missing as a whole, or in one of the languages.
    fn text(&mut self, text: Option<&Text>, path: &str) {
        match text {
            None => self.problem(ErrorCode::Required, path),
            Some(text) if text.all().iter().all(|t| t.trim().is_empty()) => {
                self.problem(ErrorCode::Required, path)
            }
            Some(text) => {
                for lang in Lang::ALL {
                    let value = match lang {
                        Lang::Az => &text.az,
                        Lang::En => &text.en,
                        Lang::Ru => &text.ru,
                    };
                    if value.trim().is_empty() {
                        self.problem(
                            ErrorCode::MissingTranslation,
                            format!("{path}.{}", lang.code()),
                        );
                    }
                }
            }
        }
    }

    /// A list the regulation must state (possibly empty, which says "none"), each item a text.
    fn list(&mut self, items: Option<&Vec<Text>>, path: &str, at_least_one: bool) {
        match items {
            None => self.problem(ErrorCode::Required, path),
            Some(items) if at_least_one && items.is_empty() => {
                self.problem(ErrorCode::Required, path)
            }
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.text(Some(item), &format!("{path}.{i}"));
                }
            }
        }
    }
}

/// The largest fee a regulation may state: 10 000 manat, as a form's fee (ADR 0012).
pub const REGULATION_FEE_MAX_QEPIK: i64 = 1_000_000;

impl Regulation {
    /// Everything the draft lacks before it can go to public discussion and be approved, each
    /// named by its path; nothing when it is complete. Optional are only the other
    /// participants, the participating agencies and each step's deadline.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut check = Check(Vec::new());
        check.text(self.content.as_ref(), "content");
        check.text(self.legal_basis.as_ref(), "legal_basis");
        if let Some(others) = &self.other_participants {
            check.list(Some(others), "other_participants", false);
        }
        if self.automation.is_none() {
            check.problem(ErrorCode::Required, "automation");
        }
        check.text(self.execution_time.as_ref(), "execution_time");
        match self.execution_working_days {
            None => check.problem(ErrorCode::Required, "execution_working_days"),
            Some(days) if days > 365 => {
                check.problem(ErrorCode::OutOfRange, "execution_working_days")
            }
            Some(_) => {}
        }
        check.text(self.result.as_ref(), "result");
        match &self.payment {
            None => check.problem(ErrorCode::Required, "payment"),
            Some(fee) if fee.free => {}
            Some(fee) => {
                if fee.amounts.is_empty() {
                    check.problem(ErrorCode::Required, "payment.amounts");
                }
                for (i, amount) in fee.amounts.iter().enumerate() {
                    let path = format!("payment.amounts.{i}");
                    if amount.amount.0 <= 0 || amount.amount.0 > REGULATION_FEE_MAX_QEPIK {
                        check.problem(ErrorCode::InvalidAmount, format!("{path}.amount"));
                    }
                    check.text(Some(&amount.purpose), &format!("{path}.purpose"));
                    check.text(Some(&amount.legal_basis), &format!("{path}.legal_basis"));
                }
                check.text(fee.means.as_ref(), "payment.means");
            }
        }
        if self.users.as_ref().is_none_or(Vec::is_empty) {
            check.problem(ErrorCode::Required, "users");
        }
        match self.where_provided.as_deref().map(str::trim) {
            None | Some("") => check.problem(ErrorCode::Required, "where_provided"),
            Some(address) if !address.starts_with("https://") => {
                check.problem(ErrorCode::InvalidWebAddress, "where_provided")
            }
            Some(_) => {}
        }
        check.text(self.information.as_ref(), "information");
        check.list(
            self.documents_held_by_state.as_ref(),
            "documents_held_by_state",
            false,
        );
        check.list(
            self.documents_to_upload.as_ref(),
            "documents_to_upload",
            false,
        );
        match &self.steps {
            None => check.problem(ErrorCode::Required, "steps"),
            Some(steps) if steps.is_empty() => check.problem(ErrorCode::Required, "steps"),
            Some(steps) => {
                for (i, step) in steps.iter().enumerate() {
                    check.text(Some(&step.title), &format!("steps.{i}.title"));
                    if let Some(deadline) = &step.deadline {
                        check.text(Some(deadline), &format!("steps.{i}.deadline"));
                    }
                }
            }
        }
        check.list(
            self.grounds_for_refusal.as_ref(),
            "grounds_for_refusal",
            false,
        );
        check.text(self.control.as_ref(), "control");
        check.text(self.complaints.as_ref(), "complaints");
        check.0
    }
}

/// The problems of a draft as the API and the editor show them: the field's label, then what is
/// wrong with it (`Hüquqi əsas: ingilis dilində mətn yoxdur`), each with its path.
pub fn regulation_problems(found: Vec<FieldProblem>, lang: Lang) -> Vec<Problem> {
    found
        .into_iter()
        .map(|(code, path)| {
            let what = code.msg().text(lang);
            let message = match RegulationField::of_path(&path) {
                Some(field) => format!("{}: {what}", field.msg().text(lang)),
                None => what.to_owned(),
            };
            Problem {
                code,
                field: Some(path),
                message,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{Automation, FeeAmount, ServiceFee, Step, UserGroup};
    use crate::domain::Qepik;

    fn text(word: &str) -> Text {
        Text {
            az: format!("{word} az"),
            en: format!("{word} en"),
            ru: format!("{word} ru"),
        }
    }

    pub(crate) fn complete() -> Regulation {
        Regulation {
            content: Some(text("content")),
            legal_basis: Some(text("basis")),
            automation: Some(Automation::Full),
            execution_time: Some(text("5 working days")),
            execution_working_days: Some(5),
            result: Some(text("result")),
            payment: Some(ServiceFee {
                free: true,
                details: None,
                amounts: Vec::new(),
                means: None,
            }),
            users: Some(vec![UserGroup::NaturalPersons]),
            where_provided: Some("https://www.e-gov.az".into()),
            information: Some(text("information")),
            documents_held_by_state: Some(vec![text("identity card")]),
            documents_to_upload: Some(Vec::new()),
            steps: Some(vec![Step {
                title: text("receipt"),
                deadline: Some(text("same day")),
            }]),
            grounds_for_refusal: Some(vec![text("false documents")]),
            control: Some(text("control")),
            complaints: Some(text("complaints")),
            ..Regulation::default()
        }
    }

    #[test]
    fn a_comment_is_trimmed_text_of_a_limited_length() {
        assert_eq!(CommentText::parse("  Fikrim  ").unwrap().as_str(), "Fikrim");
        assert_eq!(CommentText::parse(" \n "), Err(ErrorCode::Required));
        assert_eq!(
            CommentText::parse(&"a".repeat(COMMENT_MAX_CHARS + 1)),
            Err(ErrorCode::TooLong)
        );
        assert_eq!(
            CommentText::parse("<b>bold</b>").unwrap().as_str(),
            "<b>bold</b>",
            "markup is kept as typed: shown as text, it does nothing"
        );
        assert_eq!(
            CommentText::parse("a\u{202e}b"),
            Err(ErrorCode::HiddenCharacters)
        );
    }

    #[test]
    fn a_complete_regulation_lacks_nothing() {
        assert_eq!(complete().problems(), Vec::new());
    }

    #[test]
    fn an_empty_regulation_names_every_required_field() {
        let paths: Vec<String> = Regulation::default()
            .problems()
            .into_iter()
            .map(|(_, path)| path)
            .collect();
        for field in RegulationField::ALL {
            // The signature rule always has a value: it is chosen, never missing.
            let optional = matches!(
                field,
                RegulationField::OtherParticipants
                    | RegulationField::ParticipatingAgencies
                    | RegulationField::Signature
            );
            assert_eq!(
                paths.iter().any(|p| p == field.path()),
                !optional,
                "{}",
                field.path()
            );
        }
    }

    #[test]
    fn a_missing_translation_and_a_bad_fee_are_named_by_their_paths() {
        let mut r = complete();
        r.steps = Some(vec![Step {
            title: Text {
                az: "Qəbul".into(),
                en: "Receipt".into(),
                ru: " ".into(),
            },
            deadline: None,
        }]);
        r.payment = Some(ServiceFee {
            free: false,
            details: None,
            amounts: vec![FeeAmount {
                amount: Qepik(0),
                purpose: text("duty"),
                legal_basis: text("tax code"),
            }],
            means: None,
        });
        assert_eq!(
            r.problems(),
            vec![
                (
                    ErrorCode::InvalidAmount,
                    "payment.amounts.0.amount".to_owned()
                ),
                (ErrorCode::Required, "payment.means".to_owned()),
                (ErrorCode::MissingTranslation, "steps.0.title.ru".to_owned()),
            ]
        );
        let shown = regulation_problems(r.problems(), Lang::Az);
        assert!(
            shown[2]
                .message
                .starts_with("Xidmətin göstərilməsi mərhələləri: ")
        );
    }

    #[test]
    fn the_comparison_lists_only_the_fields_that_changed() {
        let before = complete();
        let mut after = complete();
        after.execution_working_days = Some(3);
        after.control = Some(text("new control"));
        let changed: Vec<RegulationField> = regulation_changes(&before, &after, Lang::En)
            .into_iter()
            .map(|(field, ..)| field)
            .collect();
        assert_eq!(
            changed,
            vec![
                RegulationField::ExecutionWorkingDays,
                RegulationField::Control
            ]
        );
    }
}
