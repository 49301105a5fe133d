//! How a definition's tagged parts (`FieldKind` by `type`, `Choices` by `from`, `Condition` by
//! `op`) are read from JSON. Serde's derive reads an internally tagged enum by first copying
//! the whole object into a buffer of its own and then reading each variant from that buffer:
//! a copy of the reading code per variant, about a sixth of the renderer's module (ADR 0010).
//! Each part is read here as one flat object (its tag and every key any variant has), then
//! taken apart by its tag, refusing a key its variant does not have, exactly as the derive's
//! `deny_unknown_fields` did. They are written by the derive, in the same shape. A key left out
//! is `None` by `#[serde(default)]`, as the derive does for an `Option` anyway, without its
//! second decoder of each `Option` for the missing key.

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{Choice, Choices, Condition, Field, FieldKind};
use crate::api::ReferenceList;
use crate::domain::Qepik;

/// The keys an object has, by name, for the check that each belongs to its variant.
fn refuse_others(tag: &str, present: &[(&'static str, bool)], own: &[&str]) -> Result<(), String> {
    match present
        .iter()
        .find(|(key, here)| *here && !own.contains(key))
    {
        Some((key, _)) => Err(format!("unknown field `{key}` for `{tag}`")),
        None => Ok(()),
    }
}

fn required<T>(value: Option<T>, key: &str) -> Result<T, String> {
    value.ok_or_else(|| format!("missing field `{key}`"))
}

fn small(value: Option<i64>, key: &str) -> Result<Option<u32>, String> {
    value
        .map(|n| u32::try_from(n).map_err(|_| format!("`{key}` out of range")))
        .transpose()
}

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum KindName {
    Text,
    LongText,
    Number,
    Money,
    Date,
    YesNo,
    OneOf,
    ManyOf,
    Fin,
    Phone,
    Email,
    DocumentNumber,
    Address,
    Person,
    Group,
    Documents,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawKind {
    #[serde(rename = "type")]
    kind: KindName,
    #[serde(default)]
    max_length: Option<u32>,
    #[serde(default)]
    min: Option<i64>,
    #[serde(default)]
    max: Option<i64>,
    #[serde(default)]
    not_future: Option<bool>,
    #[serde(default)]
    not_past: Option<bool>,
    #[serde(default)]
    choices: Option<Choices>,
    #[serde(default)]
    fields: Option<Vec<Field>>,
    #[serde(default)]
    min_pages: Option<u32>,
    #[serde(default)]
    max_pages: Option<u32>,
}

impl TryFrom<RawKind> for FieldKind {
    type Error = String;

    fn try_from(raw: RawKind) -> Result<Self, String> {
        use KindName as K;
        let present = [
            ("max_length", raw.max_length.is_some()),
            ("min", raw.min.is_some()),
            ("max", raw.max.is_some()),
            ("not_future", raw.not_future.is_some()),
            ("not_past", raw.not_past.is_some()),
            ("choices", raw.choices.is_some()),
            ("fields", raw.fields.is_some()),
            ("min_pages", raw.min_pages.is_some()),
            ("max_pages", raw.max_pages.is_some()),
        ];
        let own: &[&str] = match raw.kind {
            K::Text | K::LongText => &["max_length"],
            K::Number | K::Money => &["min", "max"],
            K::Date => &["not_future", "not_past"],
            K::OneOf => &["choices"],
            K::ManyOf => &["choices", "min", "max"],
            K::Group => &["fields", "min", "max"],
            K::Documents => &["min_pages", "max_pages"],
            K::YesNo
            | K::Fin
            | K::Phone
            | K::Email
            | K::DocumentNumber
            | K::Address
            | K::Person => &[],
        };
        refuse_others("type", &present, own)?;
        Ok(match raw.kind {
            K::Text => Self::Text {
                max_length: raw.max_length,
            },
            K::LongText => Self::LongText {
                max_length: raw.max_length,
            },
            K::Number => Self::Number {
                min: raw.min,
                max: raw.max,
            },
            K::Money => Self::Money {
                min: raw.min.map(Qepik),
                max: raw.max.map(Qepik),
            },
            K::Date => Self::Date {
                not_future: raw.not_future.unwrap_or_default(),
                not_past: raw.not_past.unwrap_or_default(),
            },
            K::YesNo => Self::YesNo,
            K::OneOf => Self::OneOf {
                choices: required(raw.choices, "choices")?,
            },
            K::ManyOf => Self::ManyOf {
                choices: required(raw.choices, "choices")?,
                min: small(raw.min, "min")?,
                max: small(raw.max, "max")?,
            },
            K::Fin => Self::Fin,
            K::Phone => Self::Phone,
            K::Email => Self::Email,
            K::DocumentNumber => Self::DocumentNumber,
            K::Address => Self::Address,
            K::Person => Self::Person,
            K::Group => Self::Group {
                fields: required(raw.fields, "fields")?,
                min: required(small(raw.min, "min")?, "min")?,
                max: required(small(raw.max, "max")?, "max")?,
            },
            K::Documents => Self::Documents {
                min_pages: required(raw.min_pages, "min_pages")?,
                max_pages: required(raw.max_pages, "max_pages")?,
            },
        })
    }
}

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ChoicesFrom {
    Own,
    Reference,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChoices {
    from: ChoicesFrom,
    #[serde(default)]
    options: Option<Vec<Choice>>,
    #[serde(default)]
    list: Option<ReferenceList>,
}

impl TryFrom<RawChoices> for Choices {
    type Error = String;

    fn try_from(raw: RawChoices) -> Result<Self, String> {
        let present = [
            ("options", raw.options.is_some()),
            ("list", raw.list.is_some()),
        ];
        match raw.from {
            ChoicesFrom::Own => {
                refuse_others("own", &present, &["options"])?;
                Ok(Self::Own {
                    options: required(raw.options, "options")?,
                })
            }
            ChoicesFrom::Reference => {
                refuse_others("reference", &present, &["list"])?;
                Ok(Self::Reference {
                    list: required(raw.list, "list")?,
                })
            }
        }
    }
}

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Op {
    IsYes,
    IsOneOf,
    Includes,
    Answered,
    All,
    Any,
    Not,
}

/// `of`: a list of conditions (`all`, `any`) or one (`not`).
enum Of {
    One(Condition),
    Many(Vec<Condition>),
}

impl<'de> Deserialize<'de> for Of {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OfVisitor;

        impl<'de> Visitor<'de> for OfVisitor {
            type Value = Of;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a condition or a list of conditions")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Of, A::Error> {
                let mut all = Vec::new();
                while let Some(condition) = seq.next_element()? {
                    all.push(condition);
                }
                Ok(Of::Many(all))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Of, A::Error> {
                Condition::deserialize(de::value::MapAccessDeserializer::new(map)).map(Of::One)
            }
        }

        deserializer.deserialize_any(OfVisitor)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCondition {
    op: Op,
    #[serde(default)]
    field: Option<String>,
    #[serde(default)]
    yes: Option<bool>,
    #[serde(default)]
    keys: Option<Vec<String>>,
    #[serde(default)]
    key: Option<String>,
    #[serde(default)]
    of: Option<Of>,
}

impl TryFrom<RawCondition> for Condition {
    type Error = String;

    fn try_from(raw: RawCondition) -> Result<Self, String> {
        let present = [
            ("field", raw.field.is_some()),
            ("yes", raw.yes.is_some()),
            ("keys", raw.keys.is_some()),
            ("key", raw.key.is_some()),
            ("of", raw.of.is_some()),
        ];
        let (tag, own): (&str, &[&str]) = match raw.op {
            Op::IsYes => ("is_yes", &["field", "yes"]),
            Op::IsOneOf => ("is_one_of", &["field", "keys"]),
            Op::Includes => ("includes", &["field", "key"]),
            Op::Answered => ("answered", &["field"]),
            Op::All => ("all", &["of"]),
            Op::Any => ("any", &["of"]),
            Op::Not => ("not", &["of"]),
        };
        refuse_others(tag, &present, own)?;
        let many = |of: Option<Of>| match required(of, "of")? {
            Of::Many(of) => Ok(of),
            Of::One(_) => Err(format!("`of` of `{tag}` is a list")),
        };
        Ok(match raw.op {
            Op::IsYes => Self::IsYes {
                field: required(raw.field, "field")?,
                yes: required(raw.yes, "yes")?,
            },
            Op::IsOneOf => Self::IsOneOf {
                field: required(raw.field, "field")?,
                keys: required(raw.keys, "keys")?,
            },
            Op::Includes => Self::Includes {
                field: required(raw.field, "field")?,
                key: required(raw.key, "key")?,
            },
            Op::Answered => Self::Answered {
                field: required(raw.field, "field")?,
            },
            Op::All => Self::All { of: many(raw.of)? },
            Op::Any => Self::Any { of: many(raw.of)? },
            Op::Not => match required(raw.of, "of")? {
                Of::One(of) => Self::Not { of: Box::new(of) },
                Of::Many(_) => return Err("`of` of `not` is one condition".to_owned()),
            },
        })
    }
}
