//! Application forms defined as data: the agency builds a service's form in the back office, the
//! client renders it and the server checks a submit against it, both through this module's one
//! `parse` (`answers.rs`). ADR 0012 records why the schema is shaped so.
//!
//! A definition is pages of fields. Every field and option has a stable id the agency chooses
//! (`purpose`, `by_post`); conditions and answers refer to those, never to label text. Every
//! text a person reads is in az, en and ru. A definition is strict JSON: unknown keys are refused.

mod answers;
mod check;
pub mod edit;
#[cfg(test)]
mod tests;
mod wire;

use serde::{Deserialize, Serialize};

use crate::api::{ErrorCode, ReferenceData, ReferenceList, ServiceFee};
use crate::domain::{Qepik, Text};

pub use answers::{ADDRESS_PARTS, AnswerContext, AnswerRow, Answers, Person, ValidAnswers};
pub use check::{DefinitionProblem, MAX_FEE};

/// The newest shape of a definition this portal reads; an export carries it.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FormDefinition {
    /// The schema this definition is written in (`SCHEMA_VERSION`).
    pub schema: u32,
    /// Demo content that ships with the demo data, not an agency's legal text: every page of
    /// the form says so.
    #[serde(default)]
    pub demo: bool,
    pub pages: Vec<Page>,
    /// A fee paid through the payment gateway before the application can be sent, once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<Fee>,
}

/// What an application costs and on what legal basis, as the applicant reads it before paying.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Fee {
    pub amount: Qepik,
    /// The act that sets the fee (e.g. the Tax Code's article on state duty).
    pub basis: Text,
}

impl Fee {
    /// The fee the regulation in force sets, when it states the payment (issue 17): `Some(None)`
    /// for a free service, `Some(Some(fee))` for the sum of a paid one's amounts with their
    /// legal bases; `None` when it says nothing a form could take (no payment stated, or a paid
    /// one without amounts), so that the form's own fee stands.
    pub fn set_by(payment: Option<&ServiceFee>) -> Option<Option<Self>> {
        let payment = payment?;
        if payment.free {
            return Some(None);
        }
        if payment.amounts.is_empty() {
            return None;
        }
        let basis = |of: fn(&Text) -> &String| {
            let mut acts: Vec<&str> = Vec::new();
            for amount in &payment.amounts {
                let act = of(&amount.legal_basis).as_str();
                if !acts.contains(&act) {
                    acts.push(act);
                }
            }
            acts.join("; ")
        };
        Some(Some(Self {
            amount: Qepik(payment.amounts.iter().map(|a| a.amount.0).sum()),
            basis: Text {
                az: basis(|t| &t.az),
                en: basis(|t| &t.en),
                ru: basis(|t| &t.ru),
            },
        }))
    }
}

/// One question, or one small group of questions, per page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub id: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_when: Option<Condition>,
    pub fields: Vec<Field>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub id: String,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    /// Ignored for the person block (always filled) and a group (its `min` says).
    #[serde(default)]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_when: Option<Condition>,
    pub kind: FieldKind,
}

/// What a field asks for, with the limits of its kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
// Written by the derive; read through `wire::RawKind`, which does not buffer the object.
#[serde(tag = "type", rename_all = "snake_case", try_from = "wire::RawKind")]
pub enum FieldKind {
    Text {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_length: Option<u32>,
    },
    LongText {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_length: Option<u32>,
    },
    /// A whole number.
    Number {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<i64>,
    },
    /// An amount in manat, kept in qəpik.
    Money {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<Qepik>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<Qepik>,
    },
    /// Typed as day, month and year.
    Date {
        #[serde(default)]
        not_future: bool,
        #[serde(default)]
        not_past: bool,
    },
    YesNo,
    OneOf {
        choices: Choices,
    },
    ManyOf {
        choices: Choices,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u32>,
    },
    Fin,
    Phone,
    Email,
    DocumentNumber,
    /// Region, district, settlement, street, building, flat.
    Address,
    /// The applicant as the login proved them: shown, never asked (rule 7.2).
    Person,
    /// "+ Əlavə et": the same fields once per item, between `min` and `max` items.
    Group {
        // A group's fields are fields: the schema refers to itself here.
        #[cfg_attr(not(target_arch = "wasm32"), schema(no_recursion))]
        fields: Vec<Field>,
        min: u32,
        max: u32,
    },
    /// Scans to upload, between `min_pages` and `max_pages` pages.
    Documents {
        min_pages: u32,
        max_pages: u32,
    },
}

/// The options of a one-of or many-of field: the agency's own, or a list the portal keeps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
// Written by the derive; read through `wire::RawChoices`, which does not buffer the object.
#[serde(tag = "from", rename_all = "snake_case", try_from = "wire::RawChoices")]
pub enum Choices {
    Own { options: Vec<Choice> },
    Reference { list: ReferenceList },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// What answers and conditions hold; the label may change, the key does not.
    pub key: String,
    pub label: Text,
}

/// When a page or a field is shown, from earlier answers. Inside a group, a condition on a
/// field of the same group reads that item's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
// Written by the derive; read through `wire::RawCondition`, which does not buffer the object.
#[serde(tag = "op", rename_all = "snake_case", try_from = "wire::RawCondition")]
pub enum Condition {
    /// A yes/no answered yes (`true`) or no (`false`).
    IsYes { field: String, yes: bool },
    /// A one-of answered with one of these keys.
    IsOneOf { field: String, keys: Vec<String> },
    /// A many-of with this key among its answers.
    Includes { field: String, key: String },
    /// Any answer at all.
    Answered { field: String },
    All {
        #[cfg_attr(not(target_arch = "wasm32"), schema(no_recursion))]
        of: Vec<Condition>,
    },
    Any {
        #[cfg_attr(not(target_arch = "wasm32"), schema(no_recursion))]
        of: Vec<Condition>,
    },
    Not {
        #[cfg_attr(not(target_arch = "wasm32"), schema(no_recursion))]
        of: Box<Condition>,
    },
}

impl FormDefinition {
    /// Reads a definition from JSON, strictly, and checks it whole: every problem at once.
    pub fn parse(json: &serde_json::Value) -> Result<Self, Vec<DefinitionProblem>> {
        let definition: Self = serde_path_to_error::deserialize(json).map_err(|error| {
            // `pages[1].fields[0].kind` as the editor's paths read: `pages.1.fields.0.kind`.
            let path = error.path().to_string().replace('[', ".").replace(']', "");
            vec![(ErrorCode::DefinitionUnreadable, path)]
        })?;
        let problems = definition.problems();
        if problems.is_empty() {
            Ok(definition)
        } else {
            Err(problems)
        }
    }

    /// Every field, top level and in groups, in the order a person meets them.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.pages.iter().flat_map(|page| page.fields.iter())
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields().find(|field| field.id == id)
    }

    /// The labels of the documents the form asks to upload, a group's once, in the order a
    /// person meets them: what the service's card lists (issue 17).
    pub fn documents_to_upload(&self) -> Vec<Text> {
        fn collect<'a>(fields: impl Iterator<Item = &'a Field>, into: &mut Vec<Text>) {
            for field in fields {
                match &field.kind {
                    FieldKind::Documents { .. } => into.push(field.label.clone()),
                    FieldKind::Group { fields, .. } => collect(fields.iter(), into),
                    _ => {}
                }
            }
        }
        let mut documents = Vec::new();
        collect(self.fields(), &mut documents);
        documents
    }
}

impl Choices {
    /// The options' keys and labels, the portal's lists read from `reference`.
    pub fn options(&self, reference: &ReferenceData) -> Vec<(String, Text)> {
        match self {
            Self::Own { options } => options
                .iter()
                .map(|choice| (choice.key.clone(), choice.label.clone()))
                .collect(),
            Self::Reference { list } => reference
                .lists
                .get(list)
                .into_iter()
                .flatten()
                .map(|item| (item.code.clone(), item.name.clone()))
                .collect(),
        }
    }
}
