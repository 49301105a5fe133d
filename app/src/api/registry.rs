//! The registry operator's requests (rule 10): register a service, amend its record, cancel it;
//! and the agencies' applications for them (appendix 2 of the 2011 rules), which the operator
//! works in a queue of their own.

use serde::{Deserialize, Serialize};

use super::form::tidy;
use super::{ErrorCode, Regulation, ServiceCard, ServiceFee, ServiceKind, UserGroup};
use crate::domain::{AgencyNumber, ServiceNumber, Text};
use crate::i18n::Msg;

/// The longest title the registry accepts, in characters.
pub const TITLE_MAX_CHARS: usize = 500;

/// A field that failed its rule: the code and the path of the field.
pub type FieldProblem = (ErrorCode, String);

/// A request to register a service, as sent.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegisterServiceForm {
    pub agency: Option<u16>,
    pub title: Option<Text>,
    pub kind: Option<String>,
    #[serde(default)]
    pub regulation: Option<Regulation>,
    /// "E-müraciət": applying writes an official letter to the agency (rules 11.6–11.7).
    #[serde(default)]
    pub correspondence: Option<bool>,
}

/// A request to register a service, parsed: every rule held.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct NewService {
    pub agency: AgencyNumber,
    pub title: Text,
    pub kind: ServiceKind,
    pub regulation: Regulation,
    #[serde(default)]
    pub correspondence: bool,
}

impl TryFrom<RegisterServiceForm> for NewService {
    type Error = Vec<FieldProblem>;

    fn try_from(form: RegisterServiceForm) -> Result<Self, Self::Error> {
        let mut problems = Vec::new();
        let agency = match form.agency {
            None => required(&mut problems, "agency"),
            Some(n) => AgencyNumber::new(n).or_else(|| {
                problems.push((ErrorCode::InvalidAgencyNumber, "agency".into()));
                None
            }),
        };
        let title = parse_title(form.title.as_ref(), &mut problems);
        let kind = parse_kind(form.kind.as_deref(), &mut problems);
        match (agency, title, kind) {
            (Some(agency), Some(title), Some(kind)) if problems.is_empty() => Ok(Self {
                agency,
                title,
                kind,
                regulation: form.regulation.unwrap_or_default(),
                correspondence: form.correspondence.unwrap_or_default(),
            }),
            _ => Err(problems),
        }
    }
}

/// A request to amend a service's record: only the fields given change.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct AmendServiceForm {
    pub title: Option<Text>,
    pub kind: Option<String>,
    pub regulation: Option<Regulation>,
    /// Marks the service "E-müraciət" (`true`) or an application again (`false`).
    #[serde(default)]
    pub correspondence: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ServiceAmendment {
    pub title: Option<Text>,
    pub kind: Option<ServiceKind>,
    pub regulation: Option<Regulation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correspondence: Option<bool>,
}

impl TryFrom<AmendServiceForm> for ServiceAmendment {
    type Error = Vec<FieldProblem>;

    fn try_from(form: AmendServiceForm) -> Result<Self, Self::Error> {
        let mut problems = Vec::new();
        let title = form
            .title
            .as_ref()
            .and_then(|t| parse_title(Some(t), &mut problems));
        let kind = form
            .kind
            .as_deref()
            .and_then(|k| parse_kind(Some(k), &mut problems));
        if problems.is_empty() {
            Ok(Self {
                title,
                kind,
                regulation: form.regulation,
                correspondence: form.correspondence,
            })
        } else {
            Err(problems)
        }
    }
}

/// A request to cancel a service's registration, with the reason kept in its history.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct CancelServiceForm {
    pub reason: Option<String>,
}

impl CancelServiceForm {
    pub fn parse(self) -> Result<String, Vec<FieldProblem>> {
        let reason = self.reason.unwrap_or_default().trim().to_owned();
        if reason.is_empty() {
            Err(vec![(ErrorCode::Required, "reason".into())])
        } else if reason.chars().count() > TITLE_MAX_CHARS {
            Err(vec![(ErrorCode::TooLong, "reason".into())])
        } else {
            Ok(reason)
        }
    }
}

/// What happened to a registry record, kept for good.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum RegistryAction {
    Registered,
    Amended,
    Cancelled,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegistryEvent {
    pub action: RegistryAction,
    /// RFC 3339, UTC.
    pub at: String,
    /// The record as it stood after the action (and, for a cancellation, its reason; for a
    /// change an agency applied for, the application as filed under `application`).
    pub data: serde_json::Value,
    /// The agency's registry application the change came from; none for a change made through
    /// the operator's token API.
    #[serde(default)]
    pub application: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegistryRecord {
    pub service: ServiceCard,
    /// The record's regulation as it stands now (an amendment form starts from it).
    #[serde(default)]
    pub regulation: Regulation,
    pub cancelled: bool,
    pub history: Vec<RegistryEvent>,
}

impl RegistryRecord {
    /// The record as it stood before `application` changed it: while the application waits,
    /// the record as it stands; once it amended the record, the history's entry before its own.
    pub fn before(&self, application: i64, waiting: bool) -> Option<(ServiceCard, Regulation)> {
        if waiting {
            return Some((self.service.clone(), self.regulation.clone()));
        }
        let own = self
            .history
            .iter()
            .position(|e| e.application == Some(application))?;
        let data = &self.history.get(own.checked_sub(1)?)?.data;
        Some((
            serde_json::from_value(data.get("service")?.clone()).ok()?,
            serde_json::from_value(data.get("regulation")?.clone()).ok()?,
        ))
    }
}

/// The longest content or legal basis the application form takes, in characters.
pub const DETAILS_MAX_CHARS: usize = 4000;

/// What an agency asks of the registry (rule 10.2): to register a service, amend its record, or
/// cancel its registration — the three boxes of item 2 of the application form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum RegistryApplicationKind {
    Register,
    Amend,
    Cancel,
}

impl RegistryApplicationKind {
    pub const ALL: [Self; 3] = [Self::Register, Self::Amend, Self::Cancel];

    pub fn code(self) -> &'static str {
        match self {
            Self::Register => "register",
            Self::Amend => "amend",
            Self::Cancel => "cancel",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == raw)
    }

    pub fn msg(self) -> Msg {
        match self {
            Self::Register => Msg::RegistryKindRegister,
            Self::Amend => Msg::RegistryKindAmend,
            Self::Cancel => Msg::RegistryKindCancel,
        }
    }

    /// The working days the registry operator has to act. Rule 10.4 gives 3 to register a
    /// service and rule 10.8 gives 1 to amend a record; the rules give no time of its own for a
    /// cancellation (rule 10.7), so it is taken as an amendment of the record: 1.
    pub fn working_days(self) -> u32 {
        match self {
            Self::Register => 3,
            Self::Amend | Self::Cancel => 1,
        }
    }

    /// The status the application ends with when the operator does what it asks.
    pub fn done(self) -> RegistryApplicationStatus {
        match self {
            Self::Register => RegistryApplicationStatus::Registered,
            Self::Amend => RegistryApplicationStatus::Amended,
            Self::Cancel => RegistryApplicationStatus::Cancelled,
        }
    }
}

/// Where a registry application stands: filed and waiting for the operator, then done as asked
/// or refused with a reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum RegistryApplicationStatus {
    Submitted,
    Registered,
    Amended,
    Cancelled,
    Refused,
}

impl RegistryApplicationStatus {
    pub const ALL: [Self; 5] = [
        Self::Submitted,
        Self::Registered,
        Self::Amended,
        Self::Cancelled,
        Self::Refused,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Registered => "registered",
            Self::Amended => "amended",
            Self::Cancelled => "cancelled",
            Self::Refused => "refused",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == raw)
    }

    pub fn msg(self) -> Msg {
        match self {
            Self::Submitted => Msg::RegistryStatusSubmitted,
            Self::Registered => Msg::RegistryStatusRegistered,
            Self::Amended => Msg::RegistryStatusAmended,
            Self::Cancelled => Msg::RegistryStatusCancelled,
            Self::Refused => Msg::RegistryStatusRefused,
        }
    }

    /// Still the operator's to act on.
    pub fn waiting(self) -> bool {
        self == Self::Submitted
    }
}

/// The fields of a service's record an amendment may change (items 3–10 of the form; the
/// agency, item 1, is the applicant's own and does not change).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RegistryField {
    Title,
    OtherParticipants,
    Content,
    LegalBasis,
    Kind,
    Payment,
    Users,
    WhereProvided,
}

impl RegistryField {
    pub const ALL: [Self; 8] = [
        Self::Title,
        Self::OtherParticipants,
        Self::Content,
        Self::LegalBasis,
        Self::Kind,
        Self::Payment,
        Self::Users,
        Self::WhereProvided,
    ];

    /// Also the form's field for it.
    pub fn code(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::OtherParticipants => "other_participants",
            Self::Content => "content",
            Self::LegalBasis => "legal_basis",
            Self::Kind => "kind",
            Self::Payment => "payment",
            Self::Users => "users",
            Self::WhereProvided => "where_provided",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.code() == raw)
    }

    pub fn msg(self) -> Msg {
        match self {
            Self::Title => Msg::RegistryTitleLabel,
            Self::OtherParticipants => Msg::RegistryParticipantsLabel,
            Self::Content => Msg::RegistryContentLabel,
            Self::LegalBasis => Msg::RegistryLegalBasisLabel,
            Self::Kind => Msg::ServiceKindLabel,
            Self::Payment => Msg::RegistryPaymentLabel,
            Self::Users => Msg::RegistryUsersLabel,
            Self::WhereProvided => Msg::RegistryWhereLabel,
        }
    }
}

/// "Elektron xidmətin qeydə alınması (üzərində düzəliş aparılması, ləğv edilməsi) barədə
/// müraciət ərizəsi" as typed. The agency (item 1) is the filing supervisor's own; the
/// confirmation of the data (the form's signature) is their login and `confirmed`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(default)]
pub struct RegistryApplicationForm {
    /// `register`, `amend` or `cancel` (item 2).
    pub action: String,
    /// Amend or cancel: the number of the agency's registered service it concerns.
    pub service: String,
    /// Amend: the fields that change (`RegistryField` codes); only those are read.
    pub changes: Vec<String>,
    /// Item 3: the official name in Azerbaijani; English and Russian are optional.
    pub title: Text,
    /// Item 4: the other state bodies taking part, one a line.
    pub other_participants: String,
    /// Item 5.
    pub content: String,
    /// Item 6: the normative acts, with their articles.
    pub legal_basis: String,
    /// Item 7: `informative` or `interactive`.
    pub kind: String,
    /// Item 8: `free` or `paid`.
    pub payment: String,
    /// Item 9: `UserGroup` codes.
    pub users: Vec<String>,
    /// Item 10: the web address where the service is provided.
    pub where_provided: String,
    /// Cancel: why (kept with the record's history).
    pub reason: String,
    /// "Təqdim olunan məlumatların həqiqiliyini təsdiq edirik".
    pub confirmed: bool,
}

/// What a registry application asks, as its rules read it: what the operator's approval does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(tag = "action", rename_all = "lowercase")]
pub enum RegistryRequest {
    Register {
        new: NewService,
    },
    Amend {
        number: ServiceNumber,
        changes: Vec<RegistryField>,
        /// Only the changed fields are set; the regulation's fields not changed are `None`.
        amendment: ServiceAmendment,
    },
    Cancel {
        number: ServiceNumber,
        reason: String,
    },
}

impl RegistryRequest {
    pub fn kind(&self) -> RegistryApplicationKind {
        match self {
            Self::Register { .. } => RegistryApplicationKind::Register,
            Self::Amend { .. } => RegistryApplicationKind::Amend,
            Self::Cancel { .. } => RegistryApplicationKind::Cancel,
        }
    }

    /// The registered service it concerns (none for a registration).
    pub fn number(&self) -> Option<ServiceNumber> {
        match self {
            Self::Register { .. } => None,
            Self::Amend { number, .. } | Self::Cancel { number, .. } => Some(*number),
        }
    }

    /// The service's name as the application gives it, if it gives one.
    pub fn title(&self) -> Option<&Text> {
        match self {
            Self::Register { new } => Some(&new.title),
            Self::Amend { amendment, .. } => amendment.title.as_ref(),
            Self::Cancel { .. } => None,
        }
    }
}

impl ServiceAmendment {
    /// The amendment as the store applies it to a record whose regulation is `current`: the
    /// store replaces the regulation as a whole, so the fields the application does not change
    /// are carried over from the record as it stands when the operator approves.
    pub fn onto(&self, changes: &[RegistryField], current: &Regulation) -> ServiceAmendment {
        let given = self.regulation.clone().unwrap_or_default();
        let mut regulation = current.clone();
        let mut touched = false;
        for change in changes {
            touched |= match change {
                RegistryField::Title | RegistryField::Kind => false,
                RegistryField::OtherParticipants => {
                    regulation.other_participants = given.other_participants.clone();
                    true
                }
                RegistryField::Content => {
                    regulation.content = given.content.clone();
                    true
                }
                RegistryField::LegalBasis => {
                    regulation.legal_basis = given.legal_basis.clone();
                    true
                }
                RegistryField::Payment => {
                    // Still paid: what the record says of the fee stays.
                    regulation.payment = given.payment.clone().map(|fee| ServiceFee {
                        details: if fee.free {
                            None
                        } else {
                            current.payment.clone().and_then(|p| p.details)
                        },
                        ..fee
                    });
                    true
                }
                RegistryField::Users => {
                    regulation.users = given.users.clone();
                    true
                }
                RegistryField::WhereProvided => {
                    regulation.where_provided = given.where_provided.clone();
                    true
                }
            };
        }
        ServiceAmendment {
            title: self.title.clone(),
            kind: self.kind,
            regulation: touched.then_some(regulation),
            correspondence: self.correspondence,
        }
    }
}

/// The order of the form's fields, which the error summary follows.
const FORM_ORDER: [&str; 15] = [
    "action",
    "service",
    "changes",
    "title.az",
    "title.en",
    "title.ru",
    "other_participants",
    "content",
    "legal_basis",
    "kind",
    "payment",
    "users",
    "where_provided",
    "reason",
    "confirmed",
];

fn given(raw: &str) -> Option<&str> {
    Some(raw.trim()).filter(|s| !s.is_empty())
}

/// A web address the service is reached at: `http(s)://` and a host with a dot, no spaces.
pub fn web_address(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let ok = raw.chars().count() <= TITLE_MAX_CHARS
        && !raw.chars().any(char::is_whitespace)
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.');
    ok.then(|| raw.to_owned())
}

impl RegistryApplicationForm {
    /// An amendment of `record` as the form starts it: every field holds what the record says
    /// now (its Azerbaijani text), none is marked as changing yet.
    pub fn amending(record: &RegistryRecord) -> Self {
        let regulation = &record.regulation;
        let az = |text: &Option<Text>| text.as_ref().map(|t| t.az.clone()).unwrap_or_default();
        Self {
            action: RegistryApplicationKind::Amend.code().to_owned(),
            service: record.service.number.to_string(),
            title: record.service.title.clone(),
            other_participants: regulation
                .other_participants
                .iter()
                .flatten()
                .map(|t| t.az.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            content: az(&regulation.content),
            legal_basis: az(&regulation.legal_basis),
            kind: record.service.kind.as_str().to_owned(),
            payment: match regulation.payment.as_ref().map(|p| p.free) {
                Some(true) => "free".to_owned(),
                Some(false) => "paid".to_owned(),
                None => String::new(),
            },
            users: regulation
                .users
                .iter()
                .flatten()
                .map(|g| g.code().to_owned())
                .collect(),
            where_provided: regulation.where_provided.clone().unwrap_or_default(),
            ..Self::default()
        }
    }

    /// What the application asks, for a supervisor of `agency`, if the form holds every rule;
    /// else every problem, in the form's order. The server checks besides that the service an
    /// amendment or cancellation names is registered.
    pub fn parse(&self, agency: AgencyNumber) -> Result<RegistryRequest, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let action = match given(&self.action) {
            None => required(&mut problems, "action"),
            Some(raw) => RegistryApplicationKind::parse(raw).or_else(|| {
                problems.push((ErrorCode::UnknownChoice, "action".into()));
                None
            }),
        };
        if !self.confirmed {
            problems.push((ErrorCode::ConfirmationNeeded, "confirmed".into()));
        }
        let request = match action {
            None => None,
            Some(RegistryApplicationKind::Register) => {
                let regulation = self.regulation(&RegistryField::ALL, &mut problems);
                let form = RegisterServiceForm {
                    agency: Some(agency.get()),
                    title: Some(self.title.clone()),
                    kind: given(&self.kind).map(str::to_owned),
                    regulation: Some(regulation),
                    correspondence: None,
                };
                NewService::try_from(form)
                    .map_err(|found| problems.extend(found))
                    .ok()
                    .map(|new| RegistryRequest::Register { new })
            }
            Some(RegistryApplicationKind::Amend) => {
                let number = self.number(agency, &mut problems);
                let changes = self.changes(&mut problems);
                let regulation = self.regulation(&changes, &mut problems);
                let changed = |field| changes.contains(&field);
                let kind = if changed(RegistryField::Kind) {
                    given(&self.kind).map(str::to_owned).or_else(|| {
                        problems.push((ErrorCode::Required, "kind".into()));
                        None
                    })
                } else {
                    None
                };
                let form = AmendServiceForm {
                    title: changed(RegistryField::Title).then(|| self.title.clone()),
                    kind,
                    regulation: None,
                    correspondence: None,
                };
                let touches_regulation = changes
                    .iter()
                    .any(|c| !matches!(c, RegistryField::Title | RegistryField::Kind));
                let amendment = ServiceAmendment::try_from(form)
                    .map_err(|found| problems.extend(found))
                    .ok();
                number
                    .zip(amendment)
                    .map(|(number, amendment)| RegistryRequest::Amend {
                        number,
                        amendment: ServiceAmendment {
                            regulation: touches_regulation.then_some(regulation),
                            ..amendment
                        },
                        changes,
                    })
            }
            Some(RegistryApplicationKind::Cancel) => {
                let number = self.number(agency, &mut problems);
                let reason = CancelServiceForm {
                    reason: Some(self.reason.clone()),
                }
                .parse()
                .map_err(|found| problems.extend(found))
                .ok();
                number
                    .zip(reason)
                    .map(|(number, reason)| RegistryRequest::Cancel { number, reason })
            }
        };
        match request {
            Some(request) if problems.is_empty() => Ok(request),
            _ => {
                let rank = |field: &str| FORM_ORDER.iter().position(|f| *f == field);
                problems.sort_by_key(|(_, field)| rank(field));
                Err(problems)
            }
        }
    }

    /// The service an amendment or cancellation concerns: one of the agency's own.
    fn number(
        &self,
        agency: AgencyNumber,
        problems: &mut Vec<FieldProblem>,
    ) -> Option<ServiceNumber> {
        let Some(raw) = given(&self.service) else {
            return required(problems, "service");
        };
        match ServiceNumber::parse(raw) {
            None => {
                problems.push((ErrorCode::InvalidServiceNumber, "service".into()));
                None
            }
            Some(number) if number.agency() != agency => {
                problems.push((ErrorCode::UnknownService, "service".into()));
                None
            }
            Some(number) => Some(number),
        }
    }

    fn changes(&self, problems: &mut Vec<FieldProblem>) -> Vec<RegistryField> {
        if self.changes.is_empty() {
            problems.push((ErrorCode::Required, "changes".into()));
        }
        let mut changes = Vec::new();
        for raw in &self.changes {
            match RegistryField::parse(raw) {
                Some(field) if !changes.contains(&field) => changes.push(field),
                Some(_) => {}
                None => {
                    problems.push((ErrorCode::UnknownChoice, "changes".into()));
                    return Vec::new();
                }
            }
        }
        changes
    }

    /// The regulation's fields the form carries, read for the fields in `wanted` only.
    fn regulation(&self, wanted: &[RegistryField], problems: &mut Vec<FieldProblem>) -> Regulation {
        let wants = |field| wanted.contains(&field);
        let mut regulation = Regulation::default();
        let az = |az: String| Text {
            az,
            ..Text::default()
        };
        let mut long_text = |field: &str, raw: &str| match given(raw) {
            None => required(problems, field),
            Some(raw) => match tidy(raw, DETAILS_MAX_CHARS) {
                Ok(text) => Some(az(text)),
                Err(code) => {
                    problems.push((code, field.into()));
                    None
                }
            },
        };
        if wants(RegistryField::Content) {
            regulation.content = long_text("content", &self.content);
        }
        if wants(RegistryField::LegalBasis) {
            regulation.legal_basis = long_text("legal_basis", &self.legal_basis);
        }
        if wants(RegistryField::OtherParticipants) {
            let lines: Vec<Result<String, ErrorCode>> = self
                .other_participants
                .lines()
                .filter(|line| !line.trim().is_empty())
                .map(|line| tidy(line, TITLE_MAX_CHARS))
                .collect();
            if let Some(Err(code)) = lines.iter().find(|line| line.is_err()) {
                problems.push((*code, "other_participants".into()));
            }
            let names: Vec<String> = lines.into_iter().filter_map(Result::ok).collect();
            // None given: the service has no other participants.
            regulation.other_participants =
                (!names.is_empty()).then(|| names.into_iter().map(az).collect());
        }
        if wants(RegistryField::Payment) {
            regulation.payment = match given(&self.payment) {
                None => required(problems, "payment"),
                Some("free") => Some(ServiceFee {
                    free: true,
                    details: None,
                    ..ServiceFee::default()
                }),
                Some("paid") => Some(ServiceFee {
                    free: false,
                    details: None,
                    ..ServiceFee::default()
                }),
                Some(_) => {
                    problems.push((ErrorCode::UnknownChoice, "payment".into()));
                    None
                }
            };
        }
        if wants(RegistryField::Users) {
            let groups: Option<Vec<UserGroup>> =
                self.users.iter().map(|u| UserGroup::parse(u)).collect();
            regulation.users = match groups {
                None => {
                    problems.push((ErrorCode::UnknownChoice, "users".into()));
                    None
                }
                Some(groups) if groups.is_empty() => required(problems, "users"),
                Some(mut groups) => {
                    groups.sort_by_key(|g| UserGroup::ALL.iter().position(|x| x == g));
                    groups.dedup();
                    Some(groups)
                }
            };
        }
        if wants(RegistryField::WhereProvided) {
            regulation.where_provided = match given(&self.where_provided) {
                None => required(problems, "where_provided"),
                Some(raw) => web_address(raw).or_else(|| {
                    problems.push((ErrorCode::InvalidWebAddress, "where_provided".into()));
                    None
                }),
            };
        }
        regulation
    }
}

/// A registry application as the filing supervisor and the registry operator see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegistryApplicationView {
    pub id: i64,
    pub kind: RegistryApplicationKind,
    pub status: RegistryApplicationStatus,
    pub agency: AgencyNumber,
    pub agency_name: Text,
    /// The service it concerns, or (a registration, once done) the one it registered.
    pub service: Option<ServiceNumber>,
    /// That service's unique registry number.
    pub registry_number: Option<String>,
    /// The service's name: as the application gives it, else as the record has it.
    pub title: Text,
    pub request: RegistryRequest,
    pub filed_by: String,
    /// RFC 3339, UTC.
    pub filed_at: String,
    /// `yyyy-mm-dd` in Baku.
    pub due_on: String,
    /// Still waiting after its due date.
    pub overdue: bool,
    pub decided_by: Option<String>,
    pub decided_at: Option<String>,
    /// Why the operator refused it.
    pub refusal: Option<String>,
}

/// The operator's refusal of a registry application, with the reason the agency is told.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct RegistryRefusalForm {
    pub reason: Option<String>,
}

impl RegistryRefusalForm {
    pub fn parse(self) -> Result<String, Vec<FieldProblem>> {
        CancelServiceForm {
            reason: self.reason,
        }
        .parse()
    }
}

fn required<T>(problems: &mut Vec<FieldProblem>, field: &str) -> Option<T> {
    problems.push((ErrorCode::Required, field.into()));
    None
}

fn parse_title(title: Option<&Text>, problems: &mut Vec<FieldProblem>) -> Option<Text> {
    let Some(title) = title else {
        return required(problems, "title.az");
    };
    let before = problems.len();
    let mut clean = |lang: &str, raw: &str| {
        if raw.trim().is_empty() {
            return String::new();
        }
        tidy(raw, TITLE_MAX_CHARS).unwrap_or_else(|code| {
            problems.push((code, format!("title.{lang}")));
            String::new()
        })
    };
    let parsed = Text {
        az: clean("az", &title.az),
        en: clean("en", &title.en),
        ru: clean("ru", &title.ru),
    };
    if title.az.trim().is_empty() {
        problems.push((ErrorCode::Required, "title.az".into()));
    }
    (problems.len() == before).then_some(parsed)
}

fn parse_kind(kind: Option<&str>, problems: &mut Vec<FieldProblem>) -> Option<ServiceKind> {
    match kind {
        None => required(problems, "kind"),
        Some(k) => ServiceKind::parse(k).or_else(|| {
            problems.push((ErrorCode::InvalidKind, "kind".into()));
            None
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> RegistryRecord {
        let number = ServiceNumber::parse("20.1").unwrap();
        RegistryRecord {
            service: ServiceCard {
                number,
                registry_number: "ER-000200".into(),
                title: Text {
                    az: "Poçt göndərişinin izlənməsi".into(),
                    en: "Tracking a postal item".into(),
                    ru: String::new(),
                },
                kind: ServiceKind::Informative,
                kind_derived: false,
                in_2011_list: true,
                correspondence: false,
            },
            regulation: Regulation {
                content: title("Göndərişin harada olduğunu göstərir."),
                legal_basis: title("«Poçt rabitəsi haqqında» Qanun, maddə 12"),
                other_participants: Some(vec![Text {
                    az: "Azərpoçt MMC".into(),
                    ..Text::default()
                }]),
                payment: Some(ServiceFee {
                    free: true,
                    details: None,
                    ..ServiceFee::default()
                }),
                users: Some(vec![UserGroup::NaturalPersons, UserGroup::LegalEntities]),
                where_provided: Some("https://www.mincom.gov.az/izleme".into()),
                ..Regulation::default()
            },
            cancelled: false,
            history: Vec::new(),
        }
    }

    #[test]
    fn an_amendment_form_starts_from_the_record_and_parses_as_it_stands() {
        let record = record();
        let mut form = RegistryApplicationForm::amending(&record);
        assert_eq!(form.action, "amend");
        assert_eq!(form.service, "20.1");
        assert_eq!(form.title.en, "Tracking a postal item");
        assert_eq!(form.other_participants, "Azərpoçt MMC");
        assert_eq!(form.kind, "informative");
        assert_eq!(form.payment, "free");
        assert_eq!(form.users, ["natural_persons", "legal_entities"]);
        assert!(form.changes.is_empty(), "nothing is changing yet");
        form.changes = RegistryField::ALL.iter().map(|f| f.code().into()).collect();
        form.confirmed = true;
        let Ok(RegistryRequest::Amend { amendment, .. }) =
            form.parse(AgencyNumber::new(20).unwrap())
        else {
            panic!("the record's own values hold the form's rules");
        };
        let regulation = amendment.regulation.unwrap();
        assert_eq!(regulation.content, record.regulation.content);
        assert_eq!(regulation.users, record.regulation.users);
        assert_eq!(regulation.where_provided, record.regulation.where_provided);
    }

    #[test]
    fn the_record_before_an_amendment_is_the_current_one_or_the_history_before_it() {
        let mut record = record();
        let (card, regulation) = record.before(7, true).unwrap();
        assert_eq!(card.title.az, "Poçt göndərişinin izlənməsi");
        assert_eq!(regulation, record.regulation);
        assert_eq!(record.before(7, false), None, "not in the history");
        let old =
            serde_json::json!({ "service": record.service, "regulation": Regulation::default() });
        record.history = vec![
            RegistryEvent {
                action: RegistryAction::Registered,
                at: "2026-01-01T00:00:00Z".into(),
                data: old,
                application: None,
            },
            RegistryEvent {
                action: RegistryAction::Amended,
                at: "2026-02-01T00:00:00Z".into(),
                data: serde_json::json!({}),
                application: Some(7),
            },
        ];
        assert_eq!(record.before(7, false).unwrap().1, Regulation::default());
    }

    fn title(az: &str) -> Option<Text> {
        Some(Text {
            az: az.into(),
            ..Text::default()
        })
    }

    #[test]
    fn collects_every_problem_at_once() {
        let form = RegisterServiceForm {
            agency: Some(0),
            title: title("  "),
            kind: Some("other".into()),
            regulation: None,
            correspondence: None,
        };
        let problems = NewService::try_from(form).unwrap_err();
        assert_eq!(
            problems,
            vec![
                (ErrorCode::InvalidAgencyNumber, "agency".into()),
                (ErrorCode::Required, "title.az".into()),
                (ErrorCode::InvalidKind, "kind".into()),
            ]
        );
    }

    #[test]
    fn tidies_the_title_it_accepts() {
        let form = RegisterServiceForm {
            agency: Some(33),
            title: title(" Yeni   e-xidmət "),
            kind: Some("interactive".into()),
            regulation: None,
            correspondence: Some(true),
        };
        let service = NewService::try_from(form).unwrap();
        assert!(
            service.correspondence,
            "an E-müraciət service from the start"
        );
        assert_eq!(service.title.az, "Yeni e-xidmət");
        assert_eq!(service.kind, ServiceKind::Interactive);
    }

    #[test]
    fn refuses_an_overlong_translation() {
        let mut t = title("Ad").unwrap();
        t.ru = "я".repeat(TITLE_MAX_CHARS + 1);
        let amendment = ServiceAmendment::try_from(AmendServiceForm {
            title: Some(t),
            ..Default::default()
        });
        assert_eq!(
            amendment.unwrap_err(),
            vec![(ErrorCode::TooLong, "title.ru".into())]
        );
    }

    #[test]
    fn a_cancellation_needs_a_reason() {
        assert!(
            CancelServiceForm {
                reason: Some("  ".into())
            }
            .parse()
            .is_err()
        );
        assert_eq!(
            CancelServiceForm {
                reason: Some(" merged ".into())
            }
            .parse()
            .unwrap(),
            "merged"
        );
    }

    fn agency() -> AgencyNumber {
        AgencyNumber::new(20).unwrap()
    }

    fn registration() -> RegistryApplicationForm {
        RegistryApplicationForm {
            action: "register".into(),
            title: Text {
                az: " Poçt   göndərişinin izlənməsi ".into(),
                en: "Tracking a postal item".into(),
                ru: String::new(),
            },
            other_participants: "Azərpoçt MMC\n\n  Dövlət Gömrük Komitəsi \n".into(),
            content: "Göndərişin harada olduğunu göstərir.".into(),
            legal_basis: "«Poçt rabitəsi haqqında» Qanun, maddə 12".into(),
            kind: "informative".into(),
            payment: "free".into(),
            users: vec!["legal_entities".into(), "natural_persons".into()],
            where_provided: "https://www.mincom.gov.az/xidmetler/izleme".into(),
            confirmed: true,
            ..Default::default()
        }
    }

    #[test]
    fn a_registration_reads_every_field_of_the_form_for_the_supervisors_agency() {
        let RegistryRequest::Register { new } = registration().parse(agency()).unwrap() else {
            panic!("a registration");
        };
        assert_eq!(new.agency, agency());
        assert_eq!(new.title.az, "Poçt göndərişinin izlənməsi");
        assert_eq!(new.kind, ServiceKind::Informative);
        let r = &new.regulation;
        assert_eq!(
            r.other_participants
                .as_ref()
                .unwrap()
                .iter()
                .map(|t| t.az.as_str())
                .collect::<Vec<_>>(),
            ["Azərpoçt MMC", "Dövlət Gömrük Komitəsi"]
        );
        assert_eq!(r.payment.as_ref().map(|p| p.free), Some(true));
        assert_eq!(
            r.users,
            Some(vec![UserGroup::NaturalPersons, UserGroup::LegalEntities])
        );
        assert_eq!(
            r.where_provided.as_deref(),
            Some("https://www.mincom.gov.az/xidmetler/izleme")
        );
    }

    #[test]
    fn an_empty_registration_names_every_field_in_the_forms_order() {
        let form = RegistryApplicationForm {
            action: "register".into(),
            ..Default::default()
        };
        let fields: Vec<String> = form
            .parse(agency())
            .unwrap_err()
            .into_iter()
            .map(|(_, f)| f)
            .collect();
        assert_eq!(
            fields,
            [
                "title.az",
                "content",
                "legal_basis",
                "kind",
                "payment",
                "users",
                "where_provided",
                "confirmed"
            ]
        );
    }

    #[test]
    fn without_a_choice_of_what_is_asked_only_that_and_the_confirmation_are_wrong() {
        assert_eq!(
            RegistryApplicationForm::default()
                .parse(agency())
                .unwrap_err(),
            vec![
                (ErrorCode::Required, "action".into()),
                (ErrorCode::ConfirmationNeeded, "confirmed".into())
            ]
        );
        let form = RegistryApplicationForm {
            action: "merge".into(),
            confirmed: true,
            ..Default::default()
        };
        assert_eq!(
            form.parse(agency()).unwrap_err(),
            vec![(ErrorCode::UnknownChoice, "action".into())]
        );
    }

    #[test]
    fn bad_values_are_named_by_what_is_wrong_with_them() {
        let form = RegistryApplicationForm {
            kind: "other".into(),
            payment: "sometimes".into(),
            users: vec!["aliens".into()],
            where_provided: "mincom.gov.az".into(),
            content: "x".repeat(DETAILS_MAX_CHARS + 1),
            ..registration()
        };
        assert_eq!(
            form.parse(agency()).unwrap_err(),
            vec![
                (ErrorCode::TooLong, "content".into()),
                (ErrorCode::InvalidKind, "kind".into()),
                (ErrorCode::UnknownChoice, "payment".into()),
                (ErrorCode::UnknownChoice, "users".into()),
                (ErrorCode::InvalidWebAddress, "where_provided".into()),
            ]
        );
    }

    #[test]
    fn web_addresses_need_a_scheme_and_a_host() {
        assert!(web_address("https://e-gov.az/az/services").is_some());
        assert!(web_address(" http://www.mincom.gov.az ").is_some());
        for bad in [
            "www.mincom.gov.az",
            "https://",
            "https://localhost",
            "https://a b.az",
            "ftp://x.az",
        ] {
            assert_eq!(web_address(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_amendment_reads_only_the_fields_it_changes() {
        let form = RegistryApplicationForm {
            action: "amend".into(),
            service: "20.3".into(),
            changes: vec!["content".into(), "kind".into()],
            content: "Yeni məzmun".into(),
            kind: "interactive".into(),
            // Not chosen: not read, even though they would be wrong.
            payment: "sometimes".into(),
            title: Text::default(),
            confirmed: true,
            ..Default::default()
        };
        let RegistryRequest::Amend {
            number,
            changes,
            amendment,
        } = form.parse(agency()).unwrap()
        else {
            panic!("an amendment");
        };
        assert_eq!(number.to_string(), "20.3");
        assert_eq!(changes, [RegistryField::Content, RegistryField::Kind]);
        assert_eq!(amendment.title, None);
        assert_eq!(amendment.kind, Some(ServiceKind::Interactive));
        let regulation = amendment.regulation.unwrap();
        assert_eq!(regulation.content.unwrap().az, "Yeni məzmun");
        assert_eq!(regulation.payment, None);
    }

    #[test]
    fn an_amendment_names_a_service_of_the_agency_and_something_to_change() {
        let form = RegistryApplicationForm {
            action: "amend".into(),
            service: "33.10".into(),
            confirmed: true,
            ..Default::default()
        };
        assert_eq!(
            form.parse(agency()).unwrap_err(),
            vec![
                (ErrorCode::UnknownService, "service".into()),
                (ErrorCode::Required, "changes".into())
            ]
        );
        let form = RegistryApplicationForm {
            service: "20.x".into(),
            changes: vec!["kind".into()],
            ..form
        };
        assert_eq!(
            form.parse(agency()).unwrap_err(),
            vec![
                (ErrorCode::InvalidServiceNumber, "service".into()),
                (ErrorCode::Required, "kind".into())
            ]
        );
    }

    #[test]
    fn an_amendment_keeps_what_the_record_has_for_the_fields_it_does_not_change() {
        let current = Regulation {
            content: Some(Text {
                az: "Köhnə".into(),
                ..Text::default()
            }),
            legal_basis: Some(Text {
                az: "Qanun".into(),
                ..Text::default()
            }),
            payment: Some(ServiceFee {
                free: false,
                details: Some(Text {
                    az: "5 AZN".into(),
                    ..Text::default()
                }),
                ..ServiceFee::default()
            }),
            ..Regulation::default()
        };
        let amendment = ServiceAmendment {
            title: None,
            kind: None,
            regulation: Some(Regulation {
                content: Some(Text {
                    az: "Yeni".into(),
                    ..Text::default()
                }),
                payment: Some(ServiceFee {
                    free: false,
                    details: None,
                    ..ServiceFee::default()
                }),
                ..Regulation::default()
            }),
            correspondence: None,
        };
        let applied = amendment.onto(&[RegistryField::Content, RegistryField::Payment], &current);
        let regulation = applied.regulation.unwrap();
        assert_eq!(regulation.content.unwrap().az, "Yeni");
        assert_eq!(regulation.legal_basis.unwrap().az, "Qanun");
        assert_eq!(
            regulation.payment.unwrap().details.unwrap().az,
            "5 AZN",
            "still paid: the fee's details stay"
        );
        let title_only = ServiceAmendment {
            title: Some(Text::default()),
            ..ServiceAmendment::default()
        }
        .onto(&[RegistryField::Title], &current);
        assert_eq!(title_only.regulation, None, "the regulation is not touched");
    }

    #[test]
    fn a_cancellation_names_the_service_and_why() {
        let form = RegistryApplicationForm {
            action: "cancel".into(),
            service: "20.5".into(),
            reason: " Xidmət 20.6 ilə birləşdirilib ".into(),
            confirmed: true,
            ..Default::default()
        };
        assert_eq!(
            form.clone().parse(agency()).unwrap(),
            RegistryRequest::Cancel {
                number: ServiceNumber::parse("20.5").unwrap(),
                reason: "Xidmət 20.6 ilə birləşdirilib".into()
            }
        );
        let form = RegistryApplicationForm {
            reason: String::new(),
            ..form
        };
        assert_eq!(
            form.parse(agency()).unwrap_err(),
            vec![(ErrorCode::Required, "reason".into())]
        );
    }

    #[test]
    fn the_rule_gives_three_working_days_to_register_and_one_to_amend_or_cancel() {
        assert_eq!(RegistryApplicationKind::Register.working_days(), 3);
        assert_eq!(RegistryApplicationKind::Amend.working_days(), 1);
        assert_eq!(RegistryApplicationKind::Cancel.working_days(), 1);
        for kind in RegistryApplicationKind::ALL {
            assert_eq!(RegistryApplicationKind::parse(kind.code()), Some(kind));
        }
        for status in RegistryApplicationStatus::ALL {
            assert_eq!(
                RegistryApplicationStatus::parse(status.code()),
                Some(status)
            );
        }
        for field in RegistryField::ALL {
            assert_eq!(RegistryField::parse(field.code()), Some(field));
        }
    }

    #[test]
    fn a_request_reads_back_from_its_json() {
        let request = registration().parse(agency()).unwrap();
        let json = serde_json::to_value(&request).unwrap();
        assert_eq!(json["action"], "register");
        assert_eq!(
            serde_json::from_value::<RegistryRequest>(json).unwrap(),
            request
        );
    }
}
