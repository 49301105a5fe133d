//! One field of a defined form as its kind is typed: text inputs with the keyboard each kind
//! wants, a date as day, month and year, radios for yes/no and the agency's own options, a
//! select for the portal's long lists, checkboxes for many, an address's parts, the person from
//! the login shown and not asked, a group's items with "+ Əlavə et", and scans to upload. Each
//! has its label, "(istəyə bağlı)" when optional, its hint and its problem beside it, under an
//! id made from its path, so that the error summary's links reach it.

use leptos::prelude::*;
use serde_json::{Value, json};

use super::fill::{Form, Place};
use crate::api::{FileRef, ReferenceList};
use crate::client::{focus_soon, t, tr, use_i18n};
use crate::components::error_summary::{FieldError, described_by, field_id};
use crate::components::scan_upload::ScanUpload;
use crate::components::select_input::select_options;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::domain::Text;
use crate::forms::{ADDRESS_PARTS, Choices, Field, FieldKind};
use crate::i18n::Msg;

/// A field, while its condition holds: it appears and goes as earlier answers change (the
/// conditional reveal), and a hidden field is neither asked nor checked.
#[component]
pub(super) fn FieldInput(form: Form, place: Place, field: Field) -> impl IntoView {
    let shown = {
        let (place, field) = (place.clone(), field.clone());
        Memo::new(move |_| form.shown(&place, &field))
    };
    move || shown.get().then(|| field_view(form, &place, &field))
}

/// The ids a field's parts are known by.
struct Ids {
    path: String,
    id: String,
    hint: Option<String>,
    error: String,
}

impl Ids {
    fn of(place: &Place, field: &Field) -> Self {
        let path = place.path(&field.id);
        let id = field_id(&path);
        Self {
            hint: field.hint.as_ref().map(|_| format!("{id}-hint")),
            error: format!("{id}-error"),
            path,
            id,
        }
    }
}

/// The label's words: the field's own, "(istəyə bağlı)" when it may be left empty, and "Düzəldin"
/// on a field the agency returned the application for.
fn label_text(form: Form, place: &Place, field: &Field, optional: bool) -> impl IntoView {
    let to_fix = *place == Place::Top && form.to_fix.with_value(|f| f.contains(&field.id));
    view! {
        {tr(field.label.clone())}
        {optional.then(|| view! { " " <span class="q-label__optional">{t(Msg::Optional)}</span> })}
        {to_fix.then(|| view! { " " <strong class="q-tag q-tag--fix">{t(Msg::DefinedFormToFix)}</strong> })}
    }
}

fn hint_view(field: &Field, ids: &Ids) -> AnyView {
    field
        .hint
        .clone()
        .map(|hint| view! { <div class="q-hint" id=ids.hint.clone()>{tr(hint)}</div> })
        .into_any()
}

/// What every question shows around its inputs: its words, its hint and its problem.
struct Question {
    error: Memo<Option<String>>,
    error_id: String,
    label: AnyView,
    hint: AnyView,
}

impl Question {
    fn of(form: Form, place: &Place, field: &Field, optional: bool, ids: &Ids) -> Self {
        Self {
            error: form.problem(ids.path.clone()),
            error_id: ids.error.clone(),
            label: label_text(form, place, field, optional).into_any(),
            hint: hint_view(field, ids),
        }
    }

    /// A question of one input: its label, then the hint and the problem above the input.
    /// One layout for every such kind, so the module holds its view once.
    fn labelled(self, id: String, input: AnyView) -> AnyView {
        let error = self.error;
        view! {
            <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
                <label class="q-label" for=id>{self.label}</label>
                {self.hint}
                <FieldError error id=self.error_id/>
                {input}
            </div>
        }
        .into_any()
    }

    /// A question of several inputs (GOV.UK's fieldset): the legend is its label; `id`, where
    /// given, is the error summary's link for the whole of it.
    fn grouped(
        self,
        id: Option<String>,
        described: impl Fn() -> Option<String> + Clone + Send + Sync + 'static,
        inputs: AnyView,
    ) -> AnyView {
        let error = self.error;
        let focusable = id.as_ref().map(|_| "-1");
        view! {
            <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
                <fieldset class="q-fieldset" role="group" id=id tabindex=focusable aria-describedby=described>
                    <legend class="q-fieldset__legend q-fieldset__legend--s">{self.label}</legend>
                    {self.hint}
                    <FieldError error id=self.error_id/>
                    {inputs}
                </fieldset>
            </div>
        }
        .into_any()
    }
}

fn field_view(form: Form, place: &Place, field: &Field) -> AnyView {
    let optional = !field.required;
    match &field.kind {
        FieldKind::Text { .. } => text_input(form, place, field, optional, TextKind::PLAIN),
        FieldKind::DocumentNumber => text_input(form, place, field, optional, TextKind::CODE),
        FieldKind::Fin => text_input(form, place, field, optional, TextKind::CODE),
        FieldKind::Number { .. } => text_input(form, place, field, optional, TextKind::NUMBER),
        FieldKind::Money { .. } => text_input(form, place, field, optional, TextKind::MONEY),
        FieldKind::Phone => text_input(form, place, field, optional, TextKind::PHONE),
        FieldKind::Email => text_input(form, place, field, optional, TextKind::EMAIL),
        FieldKind::LongText { .. } => long_text(form, place, field, optional),
        FieldKind::Date { .. } => date_input(form, place, field, optional),
        FieldKind::YesNo => {
            let options = vec![
                ("yes".to_owned(), Msg::Yes.into()),
                ("no".to_owned(), Msg::No.into()),
            ];
            radios(form, place, field, optional, options, true)
        }
        FieldKind::OneOf {
            choices: Choices::Reference { list },
        } => select(form, place, field, optional, *list),
        FieldKind::OneOf { choices } => {
            let options = form.reference.with_value(|r| choices.options(r));
            radios(form, place, field, optional, options, false)
        }
        FieldKind::ManyOf { choices, .. } => {
            let options = form.reference.with_value(|r| choices.options(r));
            checkboxes(form, place, field, optional, options)
        }
        FieldKind::Address => address(form, place, field, optional),
        FieldKind::Person => person(form, field),
        FieldKind::Group { fields, min, max } => group(form, field, fields.clone(), *min, *max),
        FieldKind::Documents { .. } => documents(form, place, field, optional),
    }
}

/// How a one-line answer is typed: the input's type, the phone's keyboard, the browser's fill.
#[derive(Clone, Copy)]
struct TextKind {
    input: &'static str,
    inputmode: Option<&'static str>,
    autocomplete: Option<&'static str>,
    width: &'static str,
}

impl TextKind {
    const PLAIN: Self = Self {
        input: "text",
        inputmode: None,
        autocomplete: None,
        width: "",
    };
    const CODE: Self = Self {
        input: "text",
        inputmode: None,
        autocomplete: Some("off"),
        width: "q-defined-form__input--short",
    };
    const NUMBER: Self = Self {
        input: "text",
        inputmode: Some("numeric"),
        autocomplete: Some("off"),
        width: "q-defined-form__input--short",
    };
    const MONEY: Self = Self {
        input: "text",
        inputmode: Some("decimal"),
        autocomplete: Some("off"),
        width: "q-defined-form__input--short",
    };
    const PHONE: Self = Self {
        input: "tel",
        inputmode: None,
        autocomplete: Some("tel"),
        width: "q-defined-form__input--short",
    };
    const EMAIL: Self = Self {
        input: "email",
        inputmode: None,
        autocomplete: Some("email"),
        width: "",
    };
}

fn text_input(form: Form, place: &Place, field: &Field, optional: bool, kind: TextKind) -> AnyView {
    let ids = Ids::of(place, field);
    let question = Question::of(form, place, field, optional, &ids);
    let error = question.error;
    let described = described_by(ids.hint.clone(), ids.error.clone(), error);
    let (read_at, write_at, id) = (place.clone(), place.clone(), field.id.clone());
    let write_id = id.clone();
    let input = view! {
        <input
            class=format!("q-input {}", kind.width)
            class:q-input--error=move || error.get().is_some()
            id=ids.id.clone()
            name=ids.id.clone()
            type=kind.input
            inputmode=kind.inputmode
            autocomplete=kind.autocomplete
            spellcheck="false"
            aria-describedby=described
            aria-invalid=move || error.get().is_some().then_some("true")
            prop:value=move || form.text(&read_at, &id)
            on:input=move |ev| form.set(&write_at, &write_id, Value::String(event_target_value(&ev)))
        />
    };
    question.labelled(ids.id, input.into_any())
}

fn long_text(form: Form, place: &Place, field: &Field, optional: bool) -> AnyView {
    let ids = Ids::of(place, field);
    let question = Question::of(form, place, field, optional, &ids);
    let error = question.error;
    let described = described_by(ids.hint.clone(), ids.error.clone(), error);
    let (read_at, write_at, id) = (place.clone(), place.clone(), field.id.clone());
    let write_id = id.clone();
    let input = view! {
        <textarea class="q-textarea" id=ids.id.clone() name=ids.id.clone() rows="5"
            aria-describedby=described
            aria-invalid=move || error.get().is_some().then_some("true")
            prop:value=move || form.text(&read_at, &id)
            on:input=move |ev| form.set(&write_at, &write_id, Value::String(event_target_value(&ev)))></textarea>
    };
    question.labelled(ids.id, input.into_any())
}

/// GOV.UK's date input: day, month and year as numbers, never a date picker alone.
fn date_input(form: Form, place: &Place, field: &Field, optional: bool) -> AnyView {
    let ids = Ids::of(place, field);
    let question = Question::of(form, place, field, optional, &ids);
    let error = question.error;
    let hint_id = format!("{}-hint", ids.id);
    let described = described_by(Some(hint_id.clone()), ids.error.clone(), error);
    let parts = [
        ("day", Msg::DateDay, false),
        ("month", Msg::DateMonth, false),
        ("year", Msg::DateYear, true),
    ];
    let inputs = parts
        .into_iter()
        .map(|(part, name, year)| {
            // The day carries the field's id, for the error summary's link.
            let input_id = if part == "day" {
                ids.id.clone()
            } else {
                format!("{}-{part}", ids.id)
            };
            let (read_at, write_at, id) = (place.clone(), place.clone(), field.id.clone());
            let write_id = id.clone();
            view! {
                <div class="q-date-input__item">
                    <label class="q-label q-date-input__label" for=input_id.clone()>{t(name)}</label>
                    <input
                        class="q-input q-date-input__input"
                        class:q-date-input__input--year=year
                        class:q-input--error=move || error.get().is_some()
                        id=input_id.clone()
                        name=input_id
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        prop:value=move || form.part(&read_at, &id, part)
                        on:input=move |ev| form.set_part(&write_at, &write_id, part, event_target_value(&ev))
                    />
                </div>
            }
        })
        .collect_view();
    let question = Question {
        hint: view! {
            <div class="q-hint" id=hint_id>
                {field.hint.clone().map(|hint| view! { {tr(hint)} " " })}
                {t(Msg::DateExample)}
            </div>
        }
        .into_any(),
        ..question
    };
    question.grouped(
        None,
        described,
        view! { <div class="q-date-input">{inputs}</div> }.into_any(),
    )
}

/// Radios for a choice of a few: yes/no side by side, the agency's options one under another.
fn radios(
    form: Form,
    place: &Place,
    field: &Field,
    optional: bool,
    options: Vec<(String, Text)>,
    inline: bool,
) -> AnyView {
    let ids = Ids::of(place, field);
    let question = Question::of(form, place, field, optional, &ids);
    let error = question.error;
    let described = described_by(ids.hint.clone(), ids.error.clone(), error);
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (key, label))| {
            // The first radio carries the field's id, for the error summary's link.
            let input_id = if i == 0 {
                ids.id.clone()
            } else {
                format!("{}-{key}", ids.id)
            };
            let (read_at, write_at, id) = (place.clone(), place.clone(), field.id.clone());
            let (write_id, chosen) = (id.clone(), key.clone());
            view! {
                <div class="q-radios__item">
                    <input class="q-radios__input" type="radio" id=input_id.clone() name=ids.id.clone() value=key.clone()
                        prop:checked=move || form.text(&read_at, &id) == chosen
                        on:change=move |_| form.set(&write_at, &write_id, Value::String(key.clone()))/>
                    <label class="q-radios__label" for=input_id>{tr(label)}</label>
                </div>
            }
        })
        .collect_view();
    let items = view! { <div class="q-radios" class:q-radios--inline=inline>{items}</div> };
    question.grouped(None, described, items.into_any())
}

/// One of a long list the portal keeps (countries, regions), in the reader's alphabet.
fn select(
    form: Form,
    place: &Place,
    field: &Field,
    optional: bool,
    list: ReferenceList,
) -> AnyView {
    let ids = Ids::of(place, field);
    let question = Question::of(form, place, field, optional, &ids);
    let (read_at, write_at, id) = (place.clone(), place.clone(), field.id.clone());
    let write_id = id.clone();
    list_select(
        form,
        question,
        ListSelect {
            id: ids.id.clone(),
            hint_id: ids.hint.clone(),
            list,
        },
        move || form.text(&read_at, &id),
        move |chosen| form.set(&write_at, &write_id, Value::String(chosen)),
    )
}

struct ListSelect {
    id: String,
    hint_id: Option<String>,
    list: ReferenceList,
}

fn list_select(
    form: Form,
    question: Question,
    select: ListSelect,
    value: impl Fn() -> String + Clone + Send + Sync + 'static,
    choose: impl Fn(String) + Send + Sync + 'static,
) -> AnyView {
    let i18n = use_i18n();
    let ListSelect { id, hint_id, list } = select;
    let error = question.error;
    let described = described_by(hint_id, question.error_id.clone(), error);
    let input = view! {
        <select class="q-select" class:q-select--error=move || error.get().is_some() id=id.clone() name=id.clone()
            aria-describedby=described
            aria-invalid=move || error.get().is_some().then_some("true")
            on:change=move |ev| choose(event_target_value(&ev))>
            {select_options(value, move || form.reference.with_value(|r| r.sorted(list, i18n.lang())))}
        </select>
    };
    question.labelled(id, input.into_any())
}

/// Checkboxes for any number of the options; the answer keeps the options' order.
fn checkboxes(
    form: Form,
    place: &Place,
    field: &Field,
    optional: bool,
    options: Vec<(String, Text)>,
) -> AnyView {
    let ids = Ids::of(place, field);
    let question = Question::of(form, place, field, optional, &ids);
    let error = question.error;
    let described = described_by(ids.hint.clone(), ids.error.clone(), error);
    let order: Vec<String> = options.iter().map(|(key, _)| key.clone()).collect();
    let order = StoredValue::new(order);
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (key, label))| {
            let input_id = if i == 0 {
                ids.id.clone()
            } else {
                format!("{}-{key}", ids.id)
            };
            let (read_at, write_at, id) = (place.clone(), place.clone(), field.id.clone());
            let (write_id, mine) = (id.clone(), key.clone());
            let checked = move || {
                form.value(&read_at, &id)
                    .and_then(|v| v.as_array().cloned())
                    .is_some_and(|keys| keys.iter().any(|k| k.as_str() == Some(mine.as_str())))
            };
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                let was: Vec<Value> = untrack(|| form.value(&write_at, &write_id))
                    .and_then(|v| v.as_array().cloned())
                    .unwrap_or_default();
                let keys: Vec<Value> = order.with_value(|order| {
                    order
                        .iter()
                        .filter(|k| {
                            if **k == key {
                                on
                            } else {
                                was.iter().any(|w| w.as_str() == Some(k.as_str()))
                            }
                        })
                        .map(|k| Value::from(k.as_str()))
                        .collect()
                });
                form.set(&write_at, &write_id, Value::Array(keys));
            };
            view! {
                <div class="q-checkboxes__item">
                    <input class="q-checkboxes__input" type="checkbox" id=input_id.clone() name=ids.id.clone()
                        prop:checked=checked on:change=toggle/>
                    <label class="q-checkboxes__label" for=input_id>{tr(label)}</label>
                </div>
            }
        })
        .collect_view();
    let items = view! { <div class="q-checkboxes">{items}</div> };
    question.grouped(None, described, items.into_any())
}

/// An address as its parts, the region from the portal's list; only the flat may be left out.
fn address(form: Form, place: &Place, field: &Field, optional: bool) -> AnyView {
    let ids = Ids::of(place, field);
    let question = Question::of(form, place, field, optional, &ids);
    let error = question.error;
    let described = described_by(ids.hint.clone(), ids.error.clone(), error);
    let parts = ADDRESS_PARTS
        .iter()
        .map(|(part, name, needed)| {
            let part_path = format!("{}.{part}", ids.path);
            let part_id = field_id(&part_path);
            let part_error = form.problem(part_path);
            let error_id = format!("{part_id}-error");
            let question = Question {
                error: part_error,
                error_id: error_id.clone(),
                label: view! {
                    {t(*name)}
                    {(!needed).then(|| view! { " " <span class="q-label__optional">{t(Msg::Optional)}</span> })}
                }
                .into_any(),
                hint: ().into_any(),
            };
            let (read_at, write_at, id) = (place.clone(), place.clone(), field.id.clone());
            let write_id = id.clone();
            if *part == "region" {
                return list_select(
                    form,
                    question,
                    ListSelect {
                        id: part_id,
                        hint_id: None,
                        list: ReferenceList::Regions,
                    },
                    move || form.part(&read_at, &id, part),
                    move |chosen| form.set_part(&write_at, &write_id, part, chosen),
                );
            }
            let input = view! {
                <input class="q-input" class:q-input--error=move || part_error.get().is_some()
                    id=part_id.clone() name=part_id.clone() type="text"
                    aria-describedby=move || part_error.get().is_some().then(|| error_id.clone())
                    aria-invalid=move || part_error.get().is_some().then_some("true")
                    prop:value=move || form.part(&read_at, &id, part)
                    on:input=move |ev| form.set_part(&write_at, &write_id, part, event_target_value(&ev))/>
            };
            question.labelled(part_id, input.into_any())
        })
        .collect_view();
    // The whole address unanswered is one problem: its link reaches the fieldset.
    question.grouped(Some(ids.id.clone()), described, parts.into_any())
}

/// The applicant as the login proved them (rule 7.2: what the state holds is not asked).
fn person(form: Form, field: &Field) -> AnyView {
    let person = form.person.get_value();
    view! {
        <div class="q-form-group">
            <h2 class="q-heading-s">{tr(field.label.clone())}</h2>
            <SummaryList>
                <SummaryRow key=Msg::SurnameLabel>{person.surname}</SummaryRow>
                <SummaryRow key=Msg::NameLabel>{person.name}</SummaryRow>
                {person.fin.map(|fin| view! { <SummaryRow key=Msg::FinLabel>{fin.to_string()}</SummaryRow> })}
            </SummaryList>
            <p class="q-hint">{t(Msg::DefinedFormPersonHint)}</p>
        </div>
    }
    .into_any()
}

/// GOV.UK's "add another": each item its own fieldset with "Sil" while more than the least
/// are there, and "+ Əlavə et" while fewer than the most, which moves the focus to the new
/// item's first field.
fn group(form: Form, field: &Field, members: Vec<Field>, min: u32, max: u32) -> AnyView {
    let i18n = use_i18n();
    let ids = Ids::of(&Place::Top, field);
    let error = form.problem(ids.path.clone());
    let group_id = field.id.clone();
    let count = {
        let group_id = group_id.clone();
        Memo::new(move |_| {
            form.answers.with(|answers| {
                answers
                    .get(&group_id)
                    .and_then(Value::as_array)
                    .map_or(0, Vec::len)
            })
        })
    };
    let label = StoredValue::new(field.label.clone());
    let members = StoredValue::new(members);
    let add = {
        let (group_id, add_id) = (group_id.clone(), ids.id.clone());
        move |_| {
            let position = count.get_untracked();
            form.answers.update(|answers| {
                let items = answers.entry(group_id.clone()).or_insert_with(|| json!([]));
                if let Some(items) = items.as_array_mut() {
                    items.push(json!({}));
                }
            });
            let first = members.with_value(|m| m.first().map(|f| f.id.clone()));
            let place = Place::Item {
                group: group_id.clone(),
                position,
            };
            focus_soon(first.map_or(add_id.clone(), |first| field_id(&place.path(&first))));
        }
    };
    let items = {
        let (group_id, add_id) = (group_id.clone(), ids.id.clone());
        move || {
            let count = count.get();
            (0..count)
                .map(|position| {
                    let place = Place::Item {
                        group: group_id.clone(),
                        position,
                    };
                    let number = position + 1;
                    let name = move || format!("{} {number}", label.with_value(|l| l.get(i18n.lang()).to_owned()));
                    let remove = {
                        let (group_id, add_id) = (group_id.clone(), add_id.clone());
                        move |_| {
                            form.answers.update(|answers| {
                                if let Some(items) = answers.get_mut(&group_id).and_then(Value::as_array_mut)
                                    && position < items.len()
                                {
                                    items.remove(position);
                                }
                            });
                            focus_soon(add_id.clone());
                        }
                    };
                    view! {
                        <fieldset class="q-fieldset q-fieldset--group">
                            <legend class="q-fieldset__legend">{name}</legend>
                            {members.get_value().into_iter().map(|member| {
                                view! { <FieldInput form place=place.clone() field=member/> }
                            }).collect_view()}
                            {(count > min as usize).then(|| view! {
                                <button type="button" class="q-button q-button--secondary" on:click=remove>
                                    {t(Msg::RemovePage)}
                                    <span class="q-visually-hidden">{move || format!(" {}", name())}</span>
                                </button>
                            })}
                        </fieldset>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <div class="q-form-group q-defined-form__group" class:q-form-group--error=move || error.get().is_some()>
            <h2 class="q-heading-m">{label_text(form, &Place::Top, field, false)}</h2>
            {hint_view(field, &ids)}
            <FieldError error id=ids.error.clone()/>
            {items}
            // "+ Əlavə et" carries the group's id: a problem with the number of items links here.
            {move || (count.get() < max as usize).then(|| {
                let add = add.clone();
                view! {
                    <button type="button" class="q-button q-button--secondary" id=ids.id.clone() on:click=add>
                        {t(Msg::DefinedFormAddItem)}
                    </button>
                }
            })}
        </div>
    }
    .into_any()
}

/// Pages of a scanned document, uploaded as everywhere on the portal; the answer is the pages
/// that arrived.
fn documents(form: Form, place: &Place, field: &Field, optional: bool) -> AnyView {
    let path = place.path(&field.id);
    let pages: Vec<FileRef> = untrack(|| form.value(place, &field.id))
        .and_then(|value| serde_json::from_value(value).ok())
        .unwrap_or_default();
    let pages = RwSignal::new(pages);
    let (write_at, id) = (place.clone(), field.id.clone());
    let changed = Callback::new(move |now: Vec<FileRef>| {
        form.set(
            &write_at,
            &id,
            serde_json::to_value(now).unwrap_or_default(),
        );
    });
    view! {
        <ScanUpload field=path label=field.label.clone() nostrip:hint=field.hint.clone() pages
            problems=form.problems csrf=Some(form.csrf.get_value()) max_bytes=form.max_bytes optional
            changed in_browser=form.preview/>
    }
    .into_any()
}
