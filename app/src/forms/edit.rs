//! What the back office's form editor does to a definition, kept apart from its pages so it is
//! tested natively: where a field is, moving items, fresh ids, the conditions the simple builder
//! makes, and the element id each problem's path links to.

use super::{Choices, Condition, Field, FieldKind, FormDefinition, Page, SCHEMA_VERSION};
use crate::api::ErrorCode;
use crate::domain::{Lang, Text};
use crate::i18n::Msg;

/// Every kind a field can be, by its tag in the JSON, in the order the editor offers them.
pub const KINDS: [&str; 16] = [
    "text",
    "long_text",
    "number",
    "money",
    "date",
    "yes_no",
    "one_of",
    "many_of",
    "fin",
    "phone",
    "email",
    "document_number",
    "address",
    "person",
    "group",
    "documents",
];

impl FieldKind {
    /// The kind's tag, as the JSON names it.
    pub fn tag(&self) -> &'static str {
        match self {
            Self::Text { .. } => "text",
            Self::LongText { .. } => "long_text",
            Self::Number { .. } => "number",
            Self::Money { .. } => "money",
            Self::Date { .. } => "date",
            Self::YesNo => "yes_no",
            Self::OneOf { .. } => "one_of",
            Self::ManyOf { .. } => "many_of",
            Self::Fin => "fin",
            Self::Phone => "phone",
            Self::Email => "email",
            Self::DocumentNumber => "document_number",
            Self::Address => "address",
            Self::Person => "person",
            Self::Group { .. } => "group",
            Self::Documents { .. } => "documents",
        }
    }

    /// A new field's kind of this tag, with settings that pass the publish check where they
    /// can, so that only what the agency must write shows as missing.
    pub fn blank(tag: &str) -> Option<Self> {
        let own = || Choices::Own {
            options: Vec::new(),
        };
        Some(match tag {
            "text" => Self::Text { max_length: None },
            "long_text" => Self::LongText { max_length: None },
            "number" => Self::Number {
                min: None,
                max: None,
            },
            "money" => Self::Money {
                min: None,
                max: None,
            },
            "date" => Self::Date {
                not_future: false,
                not_past: false,
            },
            "yes_no" => Self::YesNo,
            "one_of" => Self::OneOf { choices: own() },
            "many_of" => Self::ManyOf {
                choices: own(),
                min: None,
                max: None,
            },
            "fin" => Self::Fin,
            "phone" => Self::Phone,
            "email" => Self::Email,
            "document_number" => Self::DocumentNumber,
            "address" => Self::Address,
            "person" => Self::Person,
            "group" => Self::Group {
                fields: Vec::new(),
                min: 1,
                max: 5,
            },
            "documents" => Self::Documents {
                min_pages: 1,
                max_pages: 5,
            },
            _ => return None,
        })
    }
}

impl FieldKind {
    /// The options of a one-of or many-of.
    pub fn choices(&self) -> Option<&Choices> {
        match self {
            Self::OneOf { choices } | Self::ManyOf { choices, .. } => Some(choices),
            _ => None,
        }
    }

    pub fn choices_mut(&mut self) -> Option<&mut Choices> {
        match self {
            Self::OneOf { choices } | Self::ManyOf { choices, .. } => Some(choices),
            _ => None,
        }
    }
}

/// Writes the text of one language.
pub fn set_text(text: &mut Text, lang: Lang, value: String) {
    match lang {
        Lang::Az => text.az = value,
        Lang::En => text.en = value,
        Lang::Ru => text.ru = value,
    }
}

impl FormDefinition {
    /// What the editor starts from when a service has no draft yet.
    pub fn empty() -> Self {
        Self {
            schema: SCHEMA_VERSION,
            demo: false,
            pages: Vec::new(),
            fee: None,
        }
    }

    /// An id of the form `{stem}_{n}` that no page or field has yet.
    pub fn fresh_id(&self, stem: &str) -> String {
        let mut taken: Vec<&str> = Vec::new();
        for page in &self.pages {
            taken.push(&page.id);
            for field in &page.fields {
                taken.push(&field.id);
                if let FieldKind::Group { fields, .. } = &field.kind {
                    taken.extend(fields.iter().map(|member| member.id.as_str()));
                }
            }
        }
        (1..)
            .map(|n| format!("{stem}_{n}"))
            .find(|id| !taken.contains(&id.as_str()))
            .unwrap_or_default()
    }

    pub fn new_page(&self) -> Page {
        Page {
            id: self.fresh_id("page"),
            title: Text::default(),
            show_when: None,
            fields: Vec::new(),
        }
    }

    pub fn new_field(&self, kind: FieldKind) -> Field {
        Field {
            id: self.fresh_id("field"),
            label: Text::default(),
            hint: None,
            required: true,
            show_when: None,
            kind,
        }
    }

    pub fn fields_at(&self, list: ListAt) -> Option<&Vec<Field>> {
        let page = self.pages.get(list.page())?;
        match list {
            ListAt::Page(_) => Some(&page.fields),
            ListAt::Group { field, .. } => match &page.fields.get(field)?.kind {
                FieldKind::Group { fields, .. } => Some(fields),
                _ => None,
            },
        }
    }

    pub fn fields_at_mut(&mut self, list: ListAt) -> Option<&mut Vec<Field>> {
        let page = self.pages.get_mut(list.page())?;
        match list {
            ListAt::Page(_) => Some(&mut page.fields),
            ListAt::Group { field, .. } => match &mut page.fields.get_mut(field)?.kind {
                FieldKind::Group { fields, .. } => Some(fields),
                _ => None,
            },
        }
    }

    pub fn field_at(&self, at: FieldAt) -> Option<&Field> {
        self.fields_at(at.list)?.get(at.index)
    }

    pub fn field_at_mut(&mut self, at: FieldAt) -> Option<&mut Field> {
        self.fields_at_mut(at.list)?.get_mut(at.index)
    }

    /// Points every condition that reads the field `old` at `new`, once the field's id has been
    /// changed from one to the other; nothing while `new` is also another page's or field's id
    /// (the check names the duplicate, and that one's conditions must not be taken over).
    pub fn rename_references(&mut self, old: &str, new: &str) {
        let mut holders = self.pages.iter().filter(|p| p.id == new).count();
        for field in self.fields() {
            holders += usize::from(field.id == new);
            if let FieldKind::Group { fields, .. } = &field.kind {
                holders += fields.iter().filter(|m| m.id == new).count();
            }
        }
        if old == new || holders != 1 {
            return;
        }
        fn rename(condition: &mut Condition, old: &str, new: &str) {
            match condition {
                Condition::IsYes { field, .. }
                | Condition::IsOneOf { field, .. }
                | Condition::Includes { field, .. }
                | Condition::Answered { field } => {
                    if field == old {
                        *field = new.to_owned();
                    }
                }
                Condition::All { of } | Condition::Any { of } => {
                    of.iter_mut().for_each(|part| rename(part, old, new));
                }
                Condition::Not { of } => rename(of, old, new),
            }
        }
        let visit = |condition: &mut Option<Condition>| {
            if let Some(condition) = condition {
                rename(condition, old, new);
            }
        };
        for page in &mut self.pages {
            visit(&mut page.show_when);
            for field in &mut page.fields {
                visit(&mut field.show_when);
                if let FieldKind::Group { fields, .. } = &mut field.kind {
                    fields
                        .iter_mut()
                        .for_each(|member| visit(&mut member.show_when));
                }
            }
        }
    }

    /// The "show only when" of a page or a field, to read or to change.
    pub fn condition_at_mut(&mut self, place: Place) -> Option<&mut Option<Condition>> {
        match place {
            Place::Page(page) => self.pages.get_mut(page).map(|p| &mut p.show_when),
            Place::Field(at) => self.field_at_mut(at).map(|f| &mut f.show_when),
        }
    }

    pub fn condition_at(&self, place: Place) -> Option<&Condition> {
        match place {
            Place::Page(page) => self.pages.get(page)?.show_when.as_ref(),
            Place::Field(at) => self.field_at(at)?.show_when.as_ref(),
        }
    }

    /// The fields a condition at `place` may read, as the publish check allows: every field of
    /// the pages before, the page's fields before it, and inside a group the same item's
    /// members before it.
    pub fn earlier(&self, place: Place) -> Vec<&Field> {
        let (page, before) = match place {
            Place::Page(page) => (page, 0),
            Place::Field(at) => match at.list {
                ListAt::Page(page) => (page, at.index),
                ListAt::Group { page, field } => (page, field),
            },
        };
        let mut found: Vec<&Field> = self
            .pages
            .iter()
            .take(page)
            .flat_map(|p| p.fields.iter())
            .collect();
        if let Some(current) = self.pages.get(page) {
            found.extend(current.fields.iter().take(before));
        }
        if let Place::Field(FieldAt {
            list: list @ ListAt::Group { .. },
            index,
        }) = place
        {
            found.extend(self.fields_at(list).into_iter().flatten().take(index));
        }
        found
    }
}

/// A list of fields: a page's, or a group's members.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListAt {
    Page(usize),
    Group { page: usize, field: usize },
}

impl ListAt {
    /// The kinds a field of this list may be: a group holds plain fields, with no group in it
    /// and no person block (the check refuses both).
    pub fn kinds(self) -> Vec<&'static str> {
        KINDS
            .into_iter()
            .filter(|kind| matches!(self, Self::Page(_)) || !["group", "person"].contains(kind))
            .collect()
    }

    pub fn page(self) -> usize {
        match self {
            Self::Page(page) | Self::Group { page, .. } => page,
        }
    }

    /// The path the publish check names this list by: `pages.0.fields.2.kind.fields`.
    pub fn path(self) -> String {
        match self {
            Self::Page(page) => format!("pages.{page}.fields"),
            Self::Group { page, field } => format!("pages.{page}.fields.{field}.kind.fields"),
        }
    }
}

/// One field: the list it is in and its place there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldAt {
    pub list: ListAt,
    pub index: usize,
}

impl FieldAt {
    pub fn path(self) -> String {
        format!("{}.{}", self.list.path(), self.index)
    }
}

/// What a condition is on: a page or a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Page(usize),
    Field(FieldAt),
}

impl Place {
    /// The path of its condition: `pages.1.show_when`, `pages.0.fields.2.show_when`.
    pub fn condition_path(self) -> String {
        match self {
            Self::Page(page) => format!("pages.{page}.show_when"),
            Self::Field(at) => format!("{}.show_when", at.path()),
        }
    }
}

/// Moves the item at `index` one place up (towards the start) or down; false where it cannot.
pub fn move_item<T>(items: &mut [T], index: usize, up: bool) -> bool {
    let other = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1)
    };
    match other {
        Some(other) if other < items.len() && index < items.len() => {
            items.swap(index, other);
            true
        }
        _ => false,
    }
}

/// Whether the simple builder can make a condition on `field`: a yes/no, or a one-of with the
/// agency's own options (a reference list's keys are the portal's, not known to the editor).
pub fn can_be_condition(field: &Field) -> bool {
    matches!(
        field.kind,
        FieldKind::YesNo
            | FieldKind::OneOf {
                choices: Choices::Own { .. }
            }
    )
}

/// The condition the builder starts with on `field`: yes for a yes/no, no key yet for a one-of
/// (the check names it missing until one is ticked).
pub fn condition_on(field: &Field) -> Option<Condition> {
    match &field.kind {
        FieldKind::YesNo => Some(Condition::IsYes {
            field: field.id.clone(),
            yes: true,
        }),
        FieldKind::OneOf { .. } => Some(Condition::IsOneOf {
            field: field.id.clone(),
            keys: Vec::new(),
        }),
        _ => None,
    }
}

/// Whether the builder shows `condition` as its own choices; any other shape (an import's
/// `all`, `not` …) is kept as it is and shown read-only.
pub fn is_simple(condition: &Condition) -> bool {
    matches!(
        condition,
        Condition::IsYes { .. } | Condition::IsOneOf { .. }
    )
}

/// Ticks or unticks `key`, keeping the keys in the order they were ticked.
pub fn toggle_key(keys: &mut Vec<String>, key: &str, on: bool) {
    keys.retain(|k| k != key);
    if on {
        keys.push(key.to_owned());
    }
}

/// Where a problem's link leads: the input of its path, or for a part of a condition the
/// condition's own control (the builder has no input per part).
pub fn anchor_path(path: &str) -> &str {
    match path.find(".show_when.") {
        Some(at) => &path[..at + ".show_when".len()],
        None => path,
    }
}

/// The element id of the input a path names: `pages.0.fields.1.label.ru` is
/// `pages-0-fields-1-label-ru`, as the portal's error summary links to it.
pub fn dom_id(path: &str) -> String {
    anchor_path(path).replace('.', "-")
}

/// Where a path is, as a person counts (from 1): the page, the field, the group member and
/// the option, each if the path goes that deep.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub page: Option<usize>,
    pub field: Option<usize>,
    pub member: Option<usize>,
    pub option: Option<usize>,
}

impl Location {
    pub fn of(path: &str) -> Self {
        let parts: Vec<&str> = path.split('.').collect();
        let mut location = Self::default();
        for pair in parts.windows(2) {
            let Ok(n) = pair[1].parse::<usize>() else {
                continue;
            };
            let n = Some(n + 1);
            match pair[0] {
                "pages" => location.page = n,
                "fields" if location.field.is_none() => location.field = n,
                "fields" => location.member = n,
                "options" => location.option = n,
                _ => {}
            }
        }
        location
    }
}

/// Where a path is, as people count: "Səhifə 2 › Sahə 1 › Variant 3 (ru)".
pub fn place_name(lang: Lang, path: &str) -> String {
    let location = Location::of(path);
    let parts: Vec<String> = [
        (location.page, Msg::PageNumber),
        (location.field, Msg::FieldNumber),
        (location.member, Msg::MemberNumber),
        (location.option, Msg::OptionNumber),
    ]
    .into_iter()
    .filter_map(|(n, msg)| n.map(|n| msg.fill(lang, &[("n", &n.to_string())])))
    .collect();
    let place = if path.starts_with("fee") {
        Msg::FeeTitle.text(lang).to_owned()
    } else if parts.is_empty() {
        Msg::FormWhole.text(lang).to_owned()
    } else {
        parts.join(" › ")
    };
    match path.rsplit('.').next() {
        Some(code @ ("az" | "en" | "ru")) => format!("{place} ({code})"),
        _ => place,
    }
}

/// What a problem means where the editor shows it, where the code's own message (said of a
/// citizen's answer: "Fill in this field") would not: a list left empty, a kind out of place.
pub fn problem_message(code: ErrorCode, path: &str) -> Msg {
    let last = path.rsplit('.').next().unwrap_or_default();
    match (code, last) {
        (ErrorCode::Required, "pages") => Msg::MissingPages,
        (ErrorCode::Required, "fields") => Msg::MissingFields,
        (ErrorCode::Required, "options") => Msg::MissingOptions,
        (ErrorCode::TooMany, "kind") => Msg::OnePersonBlock,
        (ErrorCode::InvalidKind, "kind") => Msg::KindNotInGroup,
        (_, "schema") => Msg::UnknownSchema,
        _ => code.msg(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::Choice;

    fn field(id: &str, kind: FieldKind) -> Field {
        Field {
            id: id.into(),
            ..FormDefinition::empty().new_field(kind)
        }
    }

    fn choice(key: &str) -> Choice {
        Choice {
            key: key.into(),
            label: Text::default(),
        }
    }

    fn sample() -> FormDefinition {
        let mut definition = FormDefinition::empty();
        let mut first = definition.new_page();
        first.fields = vec![
            field("married", FieldKind::YesNo),
            field("name", FieldKind::Text { max_length: None }),
        ];
        let mut second = definition.new_page();
        second.id = "page_2".into();
        second.fields = vec![
            field(
                "reason",
                FieldKind::OneOf {
                    choices: Choices::Own {
                        options: vec![choice("work"), choice("study")],
                    },
                },
            ),
            field(
                "children",
                FieldKind::Group {
                    fields: vec![
                        field("adult", FieldKind::YesNo),
                        field("school", FieldKind::Text { max_length: None }),
                    ],
                    min: 0,
                    max: 3,
                },
            ),
        ];
        definition.pages = vec![first, second];
        definition
    }

    #[test]
    fn texts_and_choices_are_written_where_they_belong() {
        let mut text = Text::default();
        set_text(&mut text, Lang::Ru, "Да".into());
        assert_eq!(text.ru, "Да");
        let mut kind = FieldKind::blank("many_of").unwrap();
        if let Some(Choices::Own { options }) = kind.choices_mut() {
            options.push(choice("a"));
        }
        assert_eq!(
            kind.choices(),
            Some(&Choices::Own {
                options: vec![choice("a")]
            })
        );
        assert_eq!(FieldKind::YesNo.choices(), None);
    }

    #[test]
    fn every_kind_has_a_blank_of_its_own_tag() {
        for tag in KINDS {
            assert_eq!(FieldKind::blank(tag).map(|k| k.tag()), Some(tag));
        }
        assert_eq!(FieldKind::blank("fee"), None);
        assert_eq!(ListAt::Page(0).kinds(), KINDS);
        let in_group = ListAt::Group { page: 0, field: 1 }.kinds();
        assert_eq!(in_group.len(), KINDS.len() - 2);
        assert!(!in_group.contains(&"group") && !in_group.contains(&"person"));
    }

    #[test]
    fn a_blank_kind_passes_the_check_but_for_what_the_agency_must_write() {
        let mut definition = FormDefinition::empty();
        let mut page = definition.new_page();
        page.title = Text {
            az: "Səhifə".into(),
            en: "Page".into(),
            ru: "Страница".into(),
        };
        definition.pages.push(page);
        for tag in KINDS
            .into_iter()
            .filter(|tag| !["one_of", "many_of", "group"].contains(tag))
        {
            let mut new = definition.new_field(FieldKind::blank(tag).unwrap());
            new.label = Text {
                az: "Sual".into(),
                en: "Question".into(),
                ru: "Вопрос".into(),
            };
            definition.pages[0].fields.push(new);
        }
        assert_eq!(definition.problems(), vec![]);
    }

    #[test]
    fn fresh_ids_skip_every_id_taken_by_pages_fields_and_members() {
        let definition = sample();
        assert_eq!(definition.fresh_id("page"), "page_3");
        let mut taken = sample();
        taken.pages[1].fields[1].id = "field_1".into();
        if let FieldKind::Group { fields, .. } = &mut taken.pages[1].fields[1].kind {
            fields[0].id = "field_2".into();
        }
        assert_eq!(taken.fresh_id("field"), "field_3");
    }

    #[test]
    fn fields_are_found_in_pages_and_groups_and_nowhere_else() {
        let mut definition = sample();
        let member = FieldAt {
            list: ListAt::Group { page: 1, field: 1 },
            index: 1,
        };
        assert_eq!(
            definition.field_at(member).map(|f| f.id.as_str()),
            Some("school")
        );
        assert_eq!(member.path(), "pages.1.fields.1.kind.fields.1");
        let not_a_group = ListAt::Group { page: 1, field: 0 };
        assert!(definition.fields_at(not_a_group).is_none());
        assert!(definition.fields_at_mut(ListAt::Page(5)).is_none());
        definition.field_at_mut(member).unwrap().id = "college".into();
        assert_eq!(definition.field_at(member).unwrap().id, "college");
    }

    #[test]
    fn moving_swaps_with_the_neighbour_and_stops_at_the_ends() {
        let mut items = vec![1, 2, 3];
        assert!(move_item(&mut items, 1, true));
        assert_eq!(items, [2, 1, 3]);
        assert!(move_item(&mut items, 1, false));
        assert_eq!(items, [2, 3, 1]);
        assert!(!move_item(&mut items, 0, true));
        assert!(!move_item(&mut items, 2, false));
        assert!(!move_item(&mut items, 7, true));
        assert_eq!(items, [2, 3, 1]);
    }

    #[test]
    fn a_condition_may_read_what_comes_before_it_as_the_check_says() {
        let definition = sample();
        let ids = |place| {
            definition
                .earlier(place)
                .iter()
                .map(|f| f.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(Place::Page(0)), Vec::<String>::new());
        assert_eq!(ids(Place::Page(1)), ["married", "name"]);
        let reason = FieldAt {
            list: ListAt::Page(1),
            index: 0,
        };
        assert_eq!(ids(Place::Field(reason)), ["married", "name"]);
        let school = FieldAt {
            list: ListAt::Group { page: 1, field: 1 },
            index: 1,
        };
        assert_eq!(
            ids(Place::Field(school)),
            ["married", "name", "reason", "adult"]
        );
    }

    #[test]
    fn the_builder_makes_conditions_the_check_accepts() {
        let mut definition = sample();
        let earlier = definition.earlier(Place::Page(1));
        let candidates: Vec<&str> = earlier
            .iter()
            .filter(|f| can_be_condition(f))
            .map(|f| f.id.as_str())
            .collect();
        assert_eq!(candidates, ["married"]);
        let on_married = condition_on(earlier[0]).unwrap();
        assert_eq!(
            on_married,
            Condition::IsYes {
                field: "married".into(),
                yes: true
            }
        );
        assert!(is_simple(&on_married));
        definition.pages[1].show_when = Some(on_married);
        let school = FieldAt {
            list: ListAt::Group { page: 1, field: 1 },
            index: 1,
        };
        let reason = definition.field_at(FieldAt {
            list: ListAt::Page(1),
            index: 0,
        });
        let Some(Condition::IsOneOf {
            field: on,
            mut keys,
        }) = reason.and_then(condition_on)
        else {
            panic!("a one-of gives is_one_of");
        };
        toggle_key(&mut keys, "study", true);
        toggle_key(&mut keys, "work", true);
        toggle_key(&mut keys, "study", false);
        toggle_key(&mut keys, "work", true);
        assert_eq!(keys, ["work"]);
        definition.field_at_mut(school).unwrap().show_when =
            Some(Condition::IsOneOf { field: on, keys });
        let conditions: Vec<_> = definition
            .problems()
            .into_iter()
            .filter(|(_, path)| path.contains("show_when"))
            .collect();
        assert_eq!(conditions, vec![]);
        assert_eq!(
            definition.condition_at(Place::Field(school)),
            Some(&Condition::IsOneOf {
                field: "reason".into(),
                keys: vec!["work".into()]
            })
        );
        assert_eq!(
            Place::Field(school).condition_path(),
            "pages.1.fields.1.kind.fields.1.show_when"
        );
        *definition.condition_at_mut(Place::Page(1)).unwrap() = None;
        assert_eq!(definition.condition_at(Place::Page(1)), None);
        assert_eq!(Place::Page(1).condition_path(), "pages.1.show_when");
        assert!(!is_simple(&Condition::Answered {
            field: "name".into()
        }));
        assert_eq!(condition_on(&field("n", FieldKind::Fin)), None);
    }

    #[test]
    fn conditions_follow_a_renamed_field_unless_the_new_id_is_taken() {
        let mut definition = sample();
        definition.pages[1].show_when = Some(Condition::Not {
            of: Box::new(Condition::IsYes {
                field: "married".into(),
                yes: true,
            }),
        });
        let school = FieldAt {
            list: ListAt::Group { page: 1, field: 1 },
            index: 1,
        };
        definition.field_at_mut(school).unwrap().show_when = Some(Condition::All {
            of: vec![
                Condition::Answered {
                    field: "married".into(),
                },
                Condition::Answered {
                    field: "name".into(),
                },
            ],
        });
        definition.pages[0].fields[0].id = "name".into();
        let before = definition.clone();
        definition.rename_references("married", "name");
        assert_eq!(definition, before, "two fields are `name` now");
        definition.pages[0].fields[0].id = "wed".into();
        definition.rename_references("married", "wed");
        assert_eq!(
            definition.pages[1].show_when,
            Some(Condition::Not {
                of: Box::new(Condition::IsYes {
                    field: "wed".into(),
                    yes: true
                })
            })
        );
        assert_eq!(
            definition.field_at(school).unwrap().show_when,
            Some(Condition::All {
                of: vec![
                    Condition::Answered {
                        field: "wed".into()
                    },
                    Condition::Answered {
                        field: "name".into()
                    },
                ]
            })
        );
    }

    #[test]
    fn a_path_is_the_id_of_its_input_and_a_condition_part_of_the_condition() {
        assert_eq!(
            dom_id("pages.0.fields.1.label.ru"),
            "pages-0-fields-1-label-ru"
        );
        assert_eq!(
            dom_id("pages.0.fields.2.kind.choices.options.1.key"),
            "pages-0-fields-2-kind-choices-options-1-key"
        );
        assert_eq!(dom_id("pages.1.show_when.of.0"), "pages-1-show_when");
        assert_eq!(anchor_path("pages.1.show_when"), "pages.1.show_when");
    }

    #[test]
    fn a_location_counts_pages_fields_members_and_options_from_one() {
        assert_eq!(
            Location::of("pages.1.fields.0.kind.fields.2.kind.choices.options.3.key"),
            Location {
                page: Some(2),
                field: Some(1),
                member: Some(3),
                option: Some(4)
            }
        );
        assert_eq!(Location::of("pages"), Location::default());
        assert_eq!(
            Location::of("pages.0.title.az"),
            Location {
                page: Some(1),
                ..Location::default()
            }
        );
    }

    #[test]
    fn a_place_is_named_as_people_count_with_the_language_of_a_text() {
        assert_eq!(
            place_name(Lang::Az, "pages.1.fields.0.kind.choices.options.2.label.ru"),
            "Səhifə 2 › Sahə 1 › Variant 3 (ru)"
        );
        assert_eq!(
            place_name(Lang::En, "pages.0.fields.3.kind.fields.1.id"),
            "Page 1 › Field 4 › Group field 2"
        );
        assert_eq!(place_name(Lang::Ru, "pages"), "Форма");
        assert_eq!(place_name(Lang::Az, "fee.basis.en"), "Rüsum (en)");
    }

    #[test]
    fn a_problem_of_the_definition_says_what_to_do_there() {
        assert_eq!(
            problem_message(ErrorCode::Required, "pages.0.fields"),
            Msg::MissingFields
        );
        assert_eq!(
            problem_message(ErrorCode::Required, "pages.0.fields.1.kind.fields"),
            Msg::MissingFields
        );
        assert_eq!(
            problem_message(ErrorCode::Required, "pages.0.fields.1.kind.choices.options"),
            Msg::MissingOptions
        );
        assert_eq!(
            problem_message(ErrorCode::Required, "pages"),
            Msg::MissingPages
        );
        assert_eq!(
            problem_message(ErrorCode::TooMany, "pages.2.fields.0.kind"),
            Msg::OnePersonBlock
        );
        assert_eq!(
            problem_message(
                ErrorCode::InvalidKind,
                "pages.2.fields.0.kind.fields.1.kind"
            ),
            Msg::KindNotInGroup
        );
        assert_eq!(
            problem_message(ErrorCode::UnknownChoice, "schema"),
            Msg::UnknownSchema
        );
        assert_eq!(
            problem_message(ErrorCode::MissingTranslation, "pages.0.title.ru"),
            ErrorCode::MissingTranslation.msg()
        );
    }
}
