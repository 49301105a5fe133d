//! A person's answers to a defined form: kept as typed in the draft, read by one `parse` that
//! the client runs per page and the server runs at submit. A field hidden by its condition is
//! neither checked nor kept, on both sides alike.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Choices, Condition, Field, FieldKind, FormDefinition};
use crate::api::{ErrorCode, FieldProblem, FileRef, ReferenceData, ReferenceList};
use crate::domain::{
    CalendarDate, DocumentNumber, Email, Fin, Lang, Phone, Qepik, typed_line, typed_paragraphs,
};
use crate::i18n::Msg;

/// The answers as typed, by field id: text as strings, a date as `{day, month, year}`, a yes/no
/// as `"yes"`/`"no"`, choices as keys, an address as its parts, a group as a list of answers,
/// documents as the uploaded pages.
pub type Answers = Map<String, Value>;

/// The applicant as the login proved them; the person block shows this and asks nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Person {
    pub name: String,
    pub surname: String,
    pub fin: Option<Fin>,
}

/// What the rules read answers against.
pub struct AnswerContext<'a> {
    pub reference: &'a ReferenceData,
    /// Today in Baku.
    pub today: CalendarDate,
    pub person: &'a Person,
}

/// What the rules made of the answers: only the fields shown, each in its kept form (numbers
/// as numbers, money in qəpik, dates ISO, yes/no as booleans, text trimmed).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct ValidAnswers(pub Map<String, Value>);

/// One answer as people read it: the field's label (a group's with the item's number) and the
/// value in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRow {
    /// Where the answer is (`children.1.name`): what an officer marks to return.
    pub field: String,
    pub label: String,
    pub value: String,
}

/// The parts of an address, in the order they are written.
pub const ADDRESS_PARTS: [(&str, Msg, bool); 5] = [
    ("region", Msg::RegionLabel, true),
    ("settlement", Msg::SettlementLabel, true),
    ("street", Msg::StreetLabel, true),
    ("building", Msg::BuildingLabel, true),
    ("flat", Msg::FlatLabel, false),
];

fn typed<'v>(answers: &'v Answers, id: &str) -> &'v str {
    answers
        .get(id)
        .and_then(Value::as_str)
        .map_or("", str::trim)
}

fn is_answered(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !s.trim().is_empty(),
        Some(Value::Array(items)) => !items.is_empty(),
        Some(Value::Object(parts)) => parts.values().any(|part| is_answered(Some(part))),
        Some(_) => true,
    }
}

impl Condition {
    /// Whether the condition holds for these answers (an item's, inside a group, with the
    /// form's around it in `outer`).
    pub fn holds(&self, answers: &Answers, outer: Option<&Answers>) -> bool {
        let value = |field: &str| answers.get(field).or_else(|| outer?.get(field));
        match self {
            Self::IsYes { field, yes } => {
                value(field).and_then(Value::as_str) == Some(if *yes { "yes" } else { "no" })
            }
            Self::IsOneOf { field, keys } => value(field)
                .and_then(Value::as_str)
                .is_some_and(|key| keys.iter().any(|k| k == key)),
            Self::Includes { field, key } => value(field)
                .and_then(Value::as_array)
                .is_some_and(|keys| keys.iter().any(|k| k.as_str() == Some(key))),
            Self::Answered { field } => is_answered(value(field)),
            Self::All { of } => of.iter().all(|c| c.holds(answers, outer)),
            Self::Any { of } => of.iter().any(|c| c.holds(answers, outer)),
            Self::Not { of } => !of.holds(answers, outer),
        }
    }
}

impl Field {
    pub fn shown(&self, answers: &Answers, outer: Option<&Answers>) -> bool {
        self.show_when
            .as_ref()
            .is_none_or(|condition| condition.holds(answers, outer))
    }
}

/// "12", "12,5", "12.50" manat as qəpik; at most two decimals.
pub(super) fn manat(raw: &str) -> Option<Qepik> {
    let raw = raw.replace(' ', "").replace(',', ".");
    let (whole, fraction) = raw.split_once('.').unwrap_or((&raw, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || fraction.len() > 2 {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let fraction: i64 = format!("{fraction:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(fraction).map(Qepik)
}

struct Reader<'a> {
    context: &'a AnswerContext<'a>,
    problems: Vec<FieldProblem>,
}

impl Reader<'_> {
    fn problem(&mut self, code: ErrorCode, path: &str) {
        self.problems.push((code, path.to_owned()));
    }

    fn within<T: PartialOrd>(&mut self, value: T, min: Option<T>, max: Option<T>, path: &str) {
        let below = min.is_some_and(|min| value < min);
        let above = max.is_some_and(|max| value > max);
        if below || above {
            self.problem(ErrorCode::OutOfRange, path);
        }
    }

    fn choice_known(&self, choices: &Choices, key: &str) -> bool {
        match choices {
            Choices::Own { options } => options.iter().any(|o| o.key == key),
            Choices::Reference { list } => self.context.reference.knows(*list, key),
        }
    }

    /// The fields of a page or a group item, each shown one read.
    fn fields(
        &mut self,
        fields: &[Field],
        answers: &Answers,
        outer: Option<&Answers>,
        prefix: &str,
        kept: &mut Map<String, Value>,
    ) {
        for field in fields {
            if !field.shown(answers, outer) {
                continue;
            }
            let path = format!("{prefix}{}", field.id);
            if let Some(value) = self.field(field, answers, &path) {
                kept.insert(field.id.clone(), value);
            }
        }
    }

    /// One field's answer in its kept form, or `None` when it is empty or wrong (noted). Kept
    /// values are built as `Value`s, not by `json!`, whose `to_value(..).unwrap()` would bring
    /// serde_json's error messages into the renderer's part of the client (ADR 0010).
    fn field(&mut self, field: &Field, answers: &Answers, path: &str) -> Option<Value> {
        let raw = answers.get(&field.id);
        if matches!(field.kind, FieldKind::Person) {
            return serde_json::to_value(self.context.person).ok();
        }
        if !matches!(field.kind, FieldKind::Group { .. }) && !is_answered(raw) {
            if field.required {
                self.problem(ErrorCode::Required, path);
            }
            return None;
        }
        let text = typed(answers, &field.id);
        let parsed = |value: Option<Value>, code: ErrorCode, reader: &mut Self| {
            if value.is_none() {
                reader.problem(code, path);
            }
            value
        };
        match &field.kind {
            FieldKind::Text { max_length } | FieldKind::LongText { max_length } => {
                let (limit, kept) = match field.kind {
                    FieldKind::Text { .. } => (max_length.unwrap_or(200), typed_line(text)),
                    _ => (max_length.unwrap_or(4000), typed_paragraphs(text)),
                };
                let Some(kept) = kept else {
                    self.problem(ErrorCode::HiddenCharacters, path);
                    return None;
                };
                if kept.chars().count() > limit as usize {
                    self.problem(ErrorCode::TooLong, path);
                    return None;
                }
                Some(Value::String(kept))
            }
            FieldKind::Number { min, max } => {
                let number = text.replace(' ', "").parse::<i64>().ok();
                let number = parsed(number.map(Value::from), ErrorCode::InvalidNumber, self)?;
                self.within(number.as_i64()?, *min, *max, path);
                Some(number)
            }
            FieldKind::Money { min, max } => {
                let amount = manat(text);
                let kept = parsed(
                    amount.map(|a| Value::from(a.0)),
                    ErrorCode::InvalidAmount,
                    self,
                )?;
                self.within(amount?, *min, *max, path);
                Some(kept)
            }
            FieldKind::Date {
                not_future,
                not_past,
            } => {
                let number = |name: &str| raw?.get(name)?.as_str()?.trim().parse::<u32>().ok();
                let date = match (number("day"), number("month"), number("year")) {
                    (Some(day), Some(month), Some(year)) => {
                        CalendarDate::new(i32::try_from(year).ok()?, month, day)
                    }
                    _ => None,
                };
                let date = date.or_else(|| {
                    self.problem(ErrorCode::InvalidDate, path);
                    None
                })?;
                if *not_future && date > self.context.today {
                    self.problem(ErrorCode::DateInFuture, path);
                }
                if *not_past && date < self.context.today {
                    self.problem(ErrorCode::DateInPast, path);
                }
                Some(Value::String(date.iso()))
            }
            FieldKind::YesNo => match text {
                "yes" => Some(Value::Bool(true)),
                "no" => Some(Value::Bool(false)),
                _ => parsed(None, ErrorCode::UnknownChoice, self),
            },
            FieldKind::OneOf { choices } => {
                let known = self.choice_known(choices, text);
                parsed(
                    known.then(|| Value::from(text)),
                    ErrorCode::UnknownChoice,
                    self,
                )
            }
            FieldKind::ManyOf { choices, min, max } => {
                let keys: Vec<&str> = raw?
                    .as_array()
                    .map(|keys| keys.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                if keys.iter().any(|key| !self.choice_known(choices, key)) {
                    self.problem(ErrorCode::UnknownChoice, path);
                    return None;
                }
                if min.is_some_and(|min| keys.len() < min as usize) {
                    self.problem(ErrorCode::TooFew, path);
                } else if max.is_some_and(|max| keys.len() > max as usize) {
                    self.problem(ErrorCode::TooMany, path);
                }
                Some(Value::from(keys))
            }
            FieldKind::Fin => parsed(
                Fin::parse(text).map(|v| Value::from(v.as_str())),
                ErrorCode::InvalidFin,
                self,
            ),
            FieldKind::Phone => parsed(
                Phone::parse(text).map(|v| Value::from(v.as_str())),
                ErrorCode::InvalidPhone,
                self,
            ),
            FieldKind::Email => parsed(
                Email::parse(text).map(|v| Value::from(v.as_str())),
                ErrorCode::InvalidEmail,
                self,
            ),
            FieldKind::DocumentNumber => parsed(
                DocumentNumber::parse(text).map(|v| Value::from(v.as_str())),
                ErrorCode::InvalidDocumentNumber,
                self,
            ),
            FieldKind::Address => {
                let mut address = Map::new();
                for (part, _, needed) in ADDRESS_PARTS {
                    let value = raw?.get(part).and_then(Value::as_str).map_or("", str::trim);
                    let at = format!("{path}.{part}");
                    if value.is_empty() {
                        if needed {
                            self.problem(ErrorCode::Required, &at);
                        }
                        continue;
                    }
                    if part == "region"
                        && !self.context.reference.knows(ReferenceList::Regions, value)
                    {
                        self.problem(ErrorCode::UnknownChoice, &at);
                        continue;
                    }
                    if value.chars().count() > 200 {
                        self.problem(ErrorCode::TooLong, &at);
                        continue;
                    }
                    address.insert(part.to_owned(), Value::from(value));
                }
                Some(Value::Object(address))
            }
            FieldKind::Person => None,
            FieldKind::Group { fields, min, max } => {
                let items: Vec<&Answers> = raw
                    .and_then(Value::as_array)
                    .map(|items| items.iter().filter_map(Value::as_object).collect())
                    .unwrap_or_default();
                if items.len() < *min as usize {
                    self.problem(ErrorCode::TooFew, path);
                } else if items.len() > *max as usize {
                    self.problem(ErrorCode::TooMany, path);
                    return None;
                }
                let kept: Vec<Value> = items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let mut kept = Map::new();
                        self.fields(
                            fields,
                            item,
                            Some(answers),
                            &format!("{path}.{i}."),
                            &mut kept,
                        );
                        Value::Object(kept)
                    })
                    .collect();
                Some(Value::Array(kept))
            }
            FieldKind::Documents {
                min_pages,
                max_pages,
            } => {
                let Ok(pages) = serde_json::from_value::<Vec<FileRef>>(raw?.clone()) else {
                    self.problem(ErrorCode::FileUnknown, path);
                    return None;
                };
                if pages.len() < *min_pages as usize {
                    self.problem(ErrorCode::TooFew, path);
                } else if pages.len() > *max_pages as usize {
                    self.problem(ErrorCode::TooMany, path);
                }
                let pages: Vec<FileRef> = pages
                    .into_iter()
                    .map(|page| FileRef {
                        claim: None,
                        ..page
                    })
                    .collect();
                serde_json::to_value(pages).ok()
            }
        }
    }
}

impl FormDefinition {
    /// The pages shown for these answers, in order.
    pub fn shown_pages(&self, answers: &Answers) -> impl Iterator<Item = &super::Page> {
        self.pages.iter().filter(move |page| {
            page.show_when
                .as_ref()
                .is_none_or(|condition| condition.holds(answers, None))
        })
    }

    /// Reads the answers of every page shown: every problem at once, or what is kept.
    pub fn read(
        &self,
        answers: &Answers,
        context: &AnswerContext,
    ) -> Result<ValidAnswers, Vec<FieldProblem>> {
        let mut reader = Reader {
            context,
            problems: Vec::new(),
        };
        let mut kept = Map::new();
        for page in self.shown_pages(answers) {
            reader.fields(&page.fields, answers, None, "", &mut kept);
        }
        if reader.problems.is_empty() {
            Ok(ValidAnswers(kept))
        } else {
            Err(reader.problems)
        }
    }

    /// The problems of one page's answers, for the page's own check before going on.
    pub fn page_problems(
        &self,
        page: &super::Page,
        answers: &Answers,
        context: &AnswerContext,
    ) -> Vec<FieldProblem> {
        let mut reader = Reader {
            context,
            problems: Vec::new(),
        };
        reader.fields(&page.fields, answers, None, "", &mut Map::new());
        reader.problems
    }

    /// The kept answers as people read them, in the form's order: what the check-your-answers
    /// page, the officer's page and the result document list.
    pub fn rows(
        &self,
        answers: &ValidAnswers,
        lang: Lang,
        reference: &ReferenceData,
    ) -> Vec<AnswerRow> {
        let mut rows = Vec::new();
        for field in self.fields() {
            field_rows(field, &answers.0, lang, reference, "", "", &mut rows);
        }
        rows
    }

    /// The fields an officer can mark when returning an application: every top-level field the
    /// applicant fills in.
    pub fn fixable_fields(&self) -> Vec<(String, &Field)> {
        self.fields()
            .filter(|field| field.kind != FieldKind::Person)
            .map(|field| (field.id.clone(), field))
            .collect()
    }
}

fn field_rows(
    field: &Field,
    kept: &Map<String, Value>,
    lang: Lang,
    reference: &ReferenceData,
    path: &str,
    label_prefix: &str,
    rows: &mut Vec<AnswerRow>,
) {
    let Some(value) = kept.get(&field.id) else {
        return;
    };
    let label = format!("{label_prefix}{}", field.label.get(lang));
    let here = format!("{path}{}", field.id);
    let choice = |choices: &Choices, key: &str| -> String {
        choices
            .options(reference)
            .into_iter()
            .find(|(k, _)| k == key)
            .map_or_else(|| key.to_owned(), |(_, label)| label.get(lang).to_owned())
    };
    let shown = match &field.kind {
        FieldKind::Group { fields, .. } => {
            for (i, item) in value.as_array().into_iter().flatten().enumerate() {
                let Some(item) = item.as_object() else {
                    continue;
                };
                for member in fields {
                    field_rows(
                        member,
                        item,
                        lang,
                        reference,
                        &format!("{here}.{i}."),
                        &format!("{label} {} — ", i + 1),
                        rows,
                    );
                }
            }
            return;
        }
        FieldKind::YesNo => {
            let said = if value.as_bool() == Some(true) {
                Msg::Yes
            } else {
                Msg::No
            };
            said.text(lang).to_owned()
        }
        FieldKind::Money { .. } => value
            .as_i64()
            .map(|q| Qepik(q).shown(lang))
            .unwrap_or_default(),
        FieldKind::Date { .. } => value
            .as_str()
            .and_then(CalendarDate::parse)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        FieldKind::OneOf { choices } => choice(choices, value.as_str().unwrap_or_default()),
        FieldKind::ManyOf { choices, .. } => value
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|key| choice(choices, key))
            .collect::<Vec<_>>()
            .join(", "),
        FieldKind::Address => ADDRESS_PARTS
            .iter()
            .filter_map(|(part, _, _)| {
                let value = value.get(part)?.as_str()?;
                Some(if *part == "region" {
                    reference
                        .name(ReferenceList::Regions, value, lang)
                        .unwrap_or(value)
                        .to_owned()
                } else {
                    value.to_owned()
                })
            })
            .collect::<Vec<_>>()
            .join(", "),
        FieldKind::Person => serde_json::from_value::<Person>(value.clone())
            .map(|p| match p.fin {
                Some(fin) => format!("{} {} ({fin})", p.name, p.surname),
                None => format!("{} {}", p.name, p.surname),
            })
            .unwrap_or_default(),
        FieldKind::Phone => value
            .as_str()
            .and_then(Phone::parse)
            .map(|phone| phone.to_string())
            .unwrap_or_default(),
        FieldKind::Documents { .. } => serde_json::from_value::<Vec<FileRef>>(value.clone())
            .map(|pages| {
                pages
                    .into_iter()
                    .map(|p| p.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default(),
        _ => match value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        },
    };
    rows.push(AnswerRow {
        field: here,
        label,
        value: shown,
    });
}
