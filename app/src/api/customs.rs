//! The State Customs Committee's copies of documents required for clearance (seed 004): the
//! declarant accepts, once, the obligation to keep the documents of cleared goods, then files
//! each document (declaration number, type, date, description, scanned pages) and finds the ones
//! filed in a period; customs officers accept each copy or ask for a better one.

use serde::{Deserialize, Serialize};

use super::form::FormCheck;
use super::{ApplicationSummary, ErrorCode, FieldProblem, FileRef, ReferenceData, ReferenceList};
use crate::domain::{CalendarDate, DeclarationNumber, Email, Fin};
use crate::i18n::Msg;

/// "Rəsmiləşdirmə üçün tələb olunan sənədlərin surətləri".
pub const CUSTOMS_COPIES: &str = "7.8";

pub const DESCRIPTION_MAX: usize = 1000;
/// A contract or an invoice runs to many pages; more than this is several documents.
pub const MAX_DOCUMENT_PAGES: usize = 20;
/// The obligation's wording is versioned: an acceptance names the text it accepted.
pub const OBLIGATION_VERSION: u32 = 1;

/// "Yeni sənəd" as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(default)]
pub struct CustomsDocumentForm {
    pub declaration_number: String,
    pub document_type: String,
    pub document_date: String,
    pub description: String,
    pub scan: Vec<FileRef>,
    /// Where the receipt and the committee's answer go (rule 7.1.2): the account's address to
    /// start with; a login by Asan İmza has none.
    pub email: String,
}

/// What the committee receives of one document, and what the declarant's list shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct CustomsDocument {
    pub declaration_number: DeclarationNumber,
    pub document_type: String,
    pub document_date: CalendarDate,
    pub description: Option<String>,
    pub pages: usize,
    pub email: Email,
}

impl CustomsDocumentForm {
    /// The document if it holds every rule on `today` (Baku), else every problem.
    pub fn parse(
        &self,
        reference: &ReferenceData,
        today: CalendarDate,
    ) -> Result<CustomsDocument, Vec<FieldProblem>> {
        let mut check = FormCheck::new(reference);
        let declaration = check.required(
            "declaration_number",
            &self.declaration_number,
            ErrorCode::InvalidDeclarationNumber,
            DeclarationNumber::parse,
        );
        let registered = declaration
            .as_ref()
            .and_then(DeclarationNumber::registered_on);
        if registered.is_some_and(|day| day > today) {
            check.problem(ErrorCode::DateInFuture, "declaration_number");
        }
        let document_type = check.choice(
            "document_type",
            &self.document_type,
            ReferenceList::CustomsDocumentTypes,
        );
        let document_date = check.past_date("document_date", &self.document_date, today);
        // The declaration is made on the documents: one dated later cannot be among them.
        if let (Some(date), Some(registered)) = (document_date, registered)
            && date > registered
        {
            check.problem(ErrorCode::DocumentAfterDeclaration, "document_date");
        }
        let description = check.optional_text("description", &self.description, DESCRIPTION_MAX);
        if self.scan.is_empty() {
            check.problem(ErrorCode::Required, "scan");
        }
        check.pages("scan", &self.scan, MAX_DOCUMENT_PAGES);
        let pages = self.scan.len();
        let email = check.required("email", &self.email, ErrorCode::InvalidEmail, Email::parse);
        check.finish(|| {
            Some(CustomsDocument {
                declaration_number: declaration?,
                document_type: document_type?,
                document_date: document_date?,
                description,
                pages,
                email: email?,
            })
        })
    }
}

/// The document's fields as an officer names them when asking for a better copy.
pub const CUSTOMS_FIELDS: [(&str, Msg); 5] = [
    ("declaration_number", Msg::DeclarationNumberLabel),
    ("document_type", Msg::CustomsDocumentTypeLabel),
    ("document_date", Msg::CustomsDocumentDateLabel),
    ("description", Msg::CustomsDescriptionLabel),
    ("scan", Msg::CustomsScanLabel),
];

/// "Öhdəlik forması" as the declarant accepted it: when, and who.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct CustomsObligation {
    pub accepted_at: String,
    pub version: u32,
    pub surname: String,
    pub name: String,
    pub fin: Option<Fin>,
    /// The declarant's signature of it (rule 12.2), checked when read; none where it was
    /// accepted unsigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_by: Option<super::DecisionSigner>,
}

/// The declarant accepts the obligation: with their signature (`SigningStarted::id`), or none
/// where the service's regulation accepts an unsigned one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ObligationForm {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing: Option<String>,
}

/// Asks the declarant's signature system to sign the obligation's wording.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct StartObligationSigning {
    pub holder: super::SignerForm,
}

/// The service's page: "Sayı: N" and whether the obligation was accepted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct CustomsOverview {
    /// Documents filed (drafts not counted).
    pub count: i64,
    pub obligation: Option<CustomsObligation>,
}

/// The search by period: the days documents were filed on, both ends included.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
#[serde(default)]
pub struct CustomsPeriod {
    pub from: String,
    pub to: String,
}

impl CustomsPeriod {
    /// The days the period runs from and to (each end optional), else every problem.
    pub fn parse(&self) -> Result<(Option<CalendarDate>, Option<CalendarDate>), Vec<FieldProblem>> {
        let reference = ReferenceData::default();
        let mut check = FormCheck::new(&reference);
        let from = check.optional(
            "from",
            &self.from,
            ErrorCode::InvalidDate,
            CalendarDate::parse,
        );
        let to = check.optional("to", &self.to, ErrorCode::InvalidDate, CalendarDate::parse);
        if let (Some(from), Some(to)) = (from, to)
            && to < from
        {
            check.problem(ErrorCode::PeriodReversed, "to");
        }
        check.finish(|| Some((from, to)))
    }
}

/// The declarant's documents filed in a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct CustomsDocuments {
    pub documents: Vec<ApplicationSummary>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ReferenceItem;
    use crate::domain::Text;

    fn reference() -> ReferenceData {
        let mut data = ReferenceData::default();
        data.lists.insert(
            ReferenceList::CustomsDocumentTypes,
            vec![ReferenceItem {
                code: "invoice".into(),
                name: Text {
                    az: "Hesab-faktura".into(),
                    en: "Invoice".into(),
                    ru: "Счёт-фактура".into(),
                },
            }],
        );
        data
    }

    fn page() -> FileRef {
        FileRef {
            id: "f1".into(),
            name: "invoice.pdf".into(),
            media_type: "application/pdf".into(),
            size: 1000,
            claim: None,
        }
    }

    fn form() -> CustomsDocumentForm {
        CustomsDocumentForm {
            declaration_number: "10002010/151126/0004512".into(),
            document_type: "invoice".into(),
            document_date: "2026-11-10".into(),
            description: "  Hesab   No. 17 ".into(),
            scan: vec![page()],
            email: "tacir@mail.az".into(),
        }
    }

    fn today() -> CalendarDate {
        CalendarDate::new(2026, 12, 1).unwrap()
    }

    #[test]
    fn a_complete_document_is_accepted_tidied() {
        let document = form().parse(&reference(), today()).unwrap();
        assert_eq!(document.description.as_deref(), Some("Hesab No. 17"));
        assert_eq!(document.pages, 1);
    }

    #[test]
    fn a_document_cannot_be_dated_after_its_declaration_nor_in_the_future() {
        let later = CustomsDocumentForm {
            document_date: "2026-11-16".into(),
            ..form()
        };
        assert_eq!(
            later.parse(&reference(), today()).unwrap_err(),
            [(ErrorCode::DocumentAfterDeclaration, "document_date".into())]
        );
        let future = CustomsDocumentForm {
            declaration_number: "10002010/021226/0004512".into(),
            document_date: "2026-12-02".into(),
            ..form()
        };
        assert_eq!(
            future.parse(&reference(), today()).unwrap_err(),
            [
                (ErrorCode::DateInFuture, "declaration_number".into()),
                (ErrorCode::DateInFuture, "document_date".into()),
            ]
        );
    }

    #[test]
    fn every_missing_or_wrong_field_is_named() {
        let problems = CustomsDocumentForm {
            declaration_number: "12345".into(),
            document_type: "poem".into(),
            scan: vec![page(); MAX_DOCUMENT_PAGES + 1],
            description: "x".repeat(DESCRIPTION_MAX + 1),
            ..CustomsDocumentForm::default()
        }
        .parse(&reference(), today())
        .unwrap_err();
        assert_eq!(
            problems,
            [
                (
                    ErrorCode::InvalidDeclarationNumber,
                    "declaration_number".into()
                ),
                (ErrorCode::UnknownChoice, "document_type".into()),
                (ErrorCode::Required, "document_date".into()),
                (ErrorCode::TooLong, "description".into()),
                (ErrorCode::TooMany, "scan".into()),
                (ErrorCode::Required, "email".into()),
            ]
        );
        let empty = CustomsDocumentForm {
            scan: Vec::new(),
            ..form()
        };
        assert_eq!(
            empty.parse(&reference(), today()).unwrap_err(),
            [(ErrorCode::Required, "scan".into())]
        );
    }

    #[test]
    fn a_period_may_be_open_at_either_end_but_not_reversed() {
        let period = |from: &str, to: &str| CustomsPeriod {
            from: from.into(),
            to: to.into(),
        };
        assert_eq!(period("", "").parse(), Ok((None, None)));
        assert_eq!(
            period("2026-11-01", "2026-11-01").parse(),
            Ok((
                CalendarDate::new(2026, 11, 1),
                CalendarDate::new(2026, 11, 1)
            ))
        );
        assert_eq!(
            period("2026-11-02", "2026-11-01").parse(),
            Err(vec![(ErrorCode::PeriodReversed, "to".into())])
        );
        assert_eq!(
            period("yesterday", "").parse(),
            Err(vec![(ErrorCode::InvalidDate, "from".into())])
        );
    }
}
