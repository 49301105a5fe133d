//! The registry operator's requests (rule 10): register a service, amend its record, cancel it.

use serde::{Deserialize, Serialize};

use super::{ErrorCode, Regulation, ServiceCard, ServiceKind};
use crate::domain::{AgencyNumber, Text};

/// The longest title the registry accepts, in characters.
pub const TITLE_MAX_CHARS: usize = 500;

/// A field that failed its rule: the code and the path of the field.
pub type FieldProblem = (ErrorCode, String);

/// A request to register a service, as sent.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct RegisterServiceForm {
    pub agency: Option<u16>,
    pub title: Option<Text>,
    pub kind: Option<String>,
    #[serde(default)]
    pub regulation: Option<Regulation>,
}

/// A request to register a service, parsed: every rule held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewService {
    pub agency: AgencyNumber,
    pub title: Text,
    pub kind: ServiceKind,
    pub regulation: Regulation,
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
            }),
            _ => Err(problems),
        }
    }
}

/// A request to amend a service's record: only the fields given change.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct AmendServiceForm {
    pub title: Option<Text>,
    pub kind: Option<String>,
    pub regulation: Option<Regulation>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ServiceAmendment {
    pub title: Option<Text>,
    pub kind: Option<ServiceKind>,
    pub regulation: Option<Regulation>,
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
            })
        } else {
            Err(problems)
        }
    }
}

/// A request to cancel a service's registration, with the reason kept in its history.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
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
#[serde(rename_all = "lowercase")]
pub enum RegistryAction {
    Registered,
    Amended,
    Cancelled,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistryEvent {
    pub action: RegistryAction,
    /// RFC 3339, UTC.
    pub at: String,
    /// The record as it stood after the action (and, for a cancellation, its reason).
    pub data: serde_json::Value,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistryRecord {
    pub service: ServiceCard,
    pub cancelled: bool,
    pub history: Vec<RegistryEvent>,
}

fn required<T>(problems: &mut Vec<FieldProblem>, field: &str) -> Option<T> {
    problems.push((ErrorCode::Required, field.into()));
    None
}

fn parse_title(title: Option<&Text>, problems: &mut Vec<FieldProblem>) -> Option<Text> {
    let Some(title) = title else {
        return required(problems, "title.az");
    };
    let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let parsed = Text {
        az: clean(&title.az),
        en: clean(&title.en),
        ru: clean(&title.ru),
    };
    let before = problems.len();
    if parsed.az.is_empty() {
        problems.push((ErrorCode::Required, "title.az".into()));
    }
    for (lang, text) in [("az", &parsed.az), ("en", &parsed.en), ("ru", &parsed.ru)] {
        if text.chars().count() > TITLE_MAX_CHARS {
            problems.push((ErrorCode::TooLong, format!("title.{lang}")));
        }
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
        };
        let service = NewService::try_from(form).unwrap();
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
}
