//! Whether a definition can be published: ids that are well formed and unique, every text in
//! three languages, limits that make sense, conditions that read an earlier field of a kind they
//! can read. Each problem names where it is (`pages.1.fields.0.label.en`), as the editor shows it.

use super::{Choices, Condition, Field, FieldKind, FormDefinition, SCHEMA_VERSION};
use crate::api::{ErrorCode, FieldProblem};
use crate::domain::{Qepik, Text};

/// A problem of a definition: what is wrong, and the path to where.
pub type DefinitionProblem = FieldProblem;

/// The largest fee a form may ask: 10 000 manat, in qəpik.
pub const MAX_FEE: Qepik = Qepik(1_000_000);

/// The most items a repeatable group or pages a document field takes.
pub const MAX_ITEMS: u32 = 50;
pub const MAX_PAGES: u32 = 20;

/// `a` to `z`, digits and `_`, starting with a letter: safe in paths, addresses and element ids.
fn well_formed_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && id.len() <= 40
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

struct Checker<'a> {
    problems: Vec<DefinitionProblem>,
    ids: Vec<&'a str>,
}

impl<'a> Checker<'a> {
    fn problem(&mut self, code: ErrorCode, path: impl Into<String>) {
        self.problems.push((code, path.into()));
    }

    fn text(&mut self, text: &Text, path: &str) {
        for (lang, value) in [("az", &text.az), ("en", &text.en), ("ru", &text.ru)] {
            if value.trim().is_empty() {
                self.problem(ErrorCode::MissingTranslation, format!("{path}.{lang}"));
            }
        }
    }

    fn id(&mut self, id: &'a str, path: &str) {
        if !well_formed_id(id) {
            self.problem(ErrorCode::InvalidId, format!("{path}.id"));
        } else if self.ids.contains(&id) {
            self.problem(ErrorCode::DuplicateId, format!("{path}.id"));
        } else {
            self.ids.push(id);
        }
    }

    fn range<T: PartialOrd>(&mut self, min: Option<T>, max: Option<T>, path: &str) {
        if let (Some(min), Some(max)) = (min, max)
            && min > max
        {
            self.problem(ErrorCode::InvalidRange, format!("{path}.kind.max"));
        }
    }

    fn choices(&mut self, choices: &Choices, path: &str) {
        let Choices::Own { options } = choices else {
            return;
        };
        if options.is_empty() {
            self.problem(ErrorCode::Required, format!("{path}.kind.choices.options"));
        }
        let mut keys: Vec<&str> = Vec::new();
        for (i, option) in options.iter().enumerate() {
            let at = format!("{path}.kind.choices.options.{i}");
            if !well_formed_id(&option.key) {
                self.problem(ErrorCode::InvalidId, format!("{at}.key"));
            } else if keys.contains(&option.key.as_str()) {
                self.problem(ErrorCode::DuplicateId, format!("{at}.key"));
            }
            keys.push(&option.key);
            self.text(&option.label, &format!("{at}.label"));
        }
    }

    fn field(&mut self, field: &'a Field, path: &str, earlier: &[&'a Field], in_group: bool) {
        self.id(&field.id, path);
        self.text(&field.label, &format!("{path}.label"));
        if let Some(hint) = &field.hint {
            self.text(hint, &format!("{path}.hint"));
        }
        if let Some(condition) = &field.show_when {
            self.condition(condition, &format!("{path}.show_when"), earlier);
        }
        match &field.kind {
            FieldKind::Text { max_length } | FieldKind::LongText { max_length }
                if *max_length == Some(0) =>
            {
                self.problem(ErrorCode::InvalidRange, format!("{path}.kind.max_length"));
            }
            FieldKind::Number { min, max } => self.range(*min, *max, path),
            FieldKind::Money { min, max } => self.range(*min, *max, path),
            FieldKind::Date {
                not_future: true,
                not_past: true,
            } => {
                self.problem(ErrorCode::InvalidRange, format!("{path}.kind.not_past"));
            }
            FieldKind::OneOf { choices } => self.choices(choices, path),
            FieldKind::ManyOf { choices, min, max } => {
                self.choices(choices, path);
                self.range(*min, *max, path);
            }
            FieldKind::Person if in_group => {
                self.problem(ErrorCode::InvalidKind, format!("{path}.kind"));
            }
            FieldKind::Group { fields, min, max } => {
                if in_group {
                    self.problem(ErrorCode::InvalidKind, format!("{path}.kind"));
                    return;
                }
                if *max == 0 || *max > MAX_ITEMS || min > max {
                    self.problem(ErrorCode::InvalidRange, format!("{path}.kind.max"));
                }
                if fields.is_empty() {
                    self.problem(ErrorCode::Required, format!("{path}.kind.fields"));
                }
                // A member's condition reads the fields before the group, or the same item's
                // members before it.
                let mut visible: Vec<&'a Field> = earlier.to_vec();
                for (i, member) in fields.iter().enumerate() {
                    self.field(member, &format!("{path}.kind.fields.{i}"), &visible, true);
                    visible.push(member);
                }
            }
            FieldKind::Documents {
                min_pages,
                max_pages,
            } if *max_pages == 0 || *max_pages > MAX_PAGES || min_pages > max_pages => {
                self.problem(ErrorCode::InvalidRange, format!("{path}.kind.max_pages"));
            }
            _ => {}
        }
    }

    /// A condition reads a field met before it, of a kind its test applies to, by a key the
    /// field has.
    fn condition(&mut self, condition: &Condition, path: &str, earlier: &[&'a Field]) {
        let find = |id: &str| earlier.iter().copied().find(|f| f.id == id);
        let own_keys = |field: &Field| match &field.kind {
            FieldKind::OneOf {
                choices: Choices::Own { options },
            }
            | FieldKind::ManyOf {
                choices: Choices::Own { options },
                ..
            } => Some(options.iter().map(|o| o.key.clone()).collect::<Vec<_>>()),
            _ => None,
        };
        let fits = match condition {
            Condition::IsYes { field, .. } => {
                find(field).is_some_and(|f| f.kind == FieldKind::YesNo)
            }
            Condition::IsOneOf { field, keys } => find(field).is_some_and(|f| {
                matches!(f.kind, FieldKind::OneOf { .. })
                    && !keys.is_empty()
                    && own_keys(f).is_none_or(|known| keys.iter().all(|k| known.contains(k)))
            }),
            Condition::Includes { field, key } => find(field).is_some_and(|f| {
                matches!(f.kind, FieldKind::ManyOf { .. })
                    && own_keys(f).is_none_or(|known| known.contains(key))
            }),
            Condition::Answered { field } => find(field)
                .is_some_and(|f| !matches!(f.kind, FieldKind::Person | FieldKind::Group { .. })),
            Condition::All { of } | Condition::Any { of } => {
                for (i, part) in of.iter().enumerate() {
                    self.condition(part, &format!("{path}.of.{i}"), earlier);
                }
                !of.is_empty()
            }
            Condition::Not { of } => {
                self.condition(of, &format!("{path}.of"), earlier);
                true
            }
        };
        if !fits {
            self.problem(ErrorCode::ConditionInvalid, path);
        }
    }
}

impl FormDefinition {
    /// Reads a draft from JSON by the schema alone, strictly (unknown keys refused), without the
    /// publish check: a half-built draft is kept with its problems, and only publishing asks
    /// for none. What the schema cannot read is named by its path.
    pub fn read_draft(json: &serde_json::Value) -> Result<Self, Vec<DefinitionProblem>> {
        serde_path_to_error::deserialize(json).map_err(|error| {
            // `pages[1].fields[0].kind` as the editor's paths read: `pages.1.fields.0.kind`.
            let path = error.path().to_string().replace('[', ".").replace(']', "");
            vec![(ErrorCode::DefinitionUnreadable, path)]
        })
    }

    /// Every problem that keeps this definition from being published; none when it can be.
    pub fn problems(&self) -> Vec<DefinitionProblem> {
        let mut checker = Checker {
            problems: Vec::new(),
            ids: Vec::new(),
        };
        if self.schema != SCHEMA_VERSION {
            checker.problem(ErrorCode::UnknownChoice, "schema");
        }
        if self.pages.is_empty() {
            checker.problem(ErrorCode::Required, "pages");
        }
        let mut earlier: Vec<&Field> = Vec::new();
        let mut people = 0;
        for (p, page) in self.pages.iter().enumerate() {
            let at = format!("pages.{p}");
            checker.id(&page.id, &at);
            checker.text(&page.title, &format!("{at}.title"));
            if let Some(condition) = &page.show_when {
                checker.condition(condition, &format!("{at}.show_when"), &earlier);
            }
            if page.fields.is_empty() {
                checker.problem(ErrorCode::Required, format!("{at}.fields"));
            }
            for (f, field) in page.fields.iter().enumerate() {
                let path = format!("{at}.fields.{f}");
                checker.field(field, &path, &earlier, false);
                if field.kind == FieldKind::Person {
                    people += 1;
                    if people > 1 {
                        checker.problem(ErrorCode::TooMany, format!("{path}.kind"));
                    }
                }
                earlier.push(field);
            }
        }
        if let Some(fee) = &self.fee {
            if fee.amount <= Qepik(0) || fee.amount > MAX_FEE {
                checker.problem(ErrorCode::OutOfRange, "fee.amount");
            }
            checker.text(&fee.basis, "fee.basis");
        }
        checker.problems
    }
}
