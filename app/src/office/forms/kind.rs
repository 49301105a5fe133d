//! The settings of a field's kind: limits, dates, options (the agency's own or a portal list),
//! a group's items and members, a document's pages.

use leptos::prelude::*;

use super::fields::FieldList;
use super::inputs::{Entry, ItemActions, Texts, Tick};
use super::{Editing, focus_when_drawn};
use crate::api::ReferenceList;
use crate::client::{t, use_i18n};
use crate::components::error_summary::{FieldError, described_by};
use crate::domain::{Qepik, Text};
use crate::forms::edit::{FieldAt, ListAt, dom_id, move_item, set_text};
use crate::forms::{Choice, Choices, FieldKind};
use crate::i18n::Msg;

pub fn kind_name(tag: &str) -> Msg {
    match tag {
        "long_text" => Msg::KindLongText,
        "number" => Msg::KindNumber,
        "money" => Msg::KindMoney,
        "date" => Msg::KindDate,
        "yes_no" => Msg::KindYesNo,
        "one_of" => Msg::KindOneOf,
        "many_of" => Msg::KindManyOf,
        "fin" => Msg::KindFin,
        "phone" => Msg::KindPhone,
        "email" => Msg::KindEmail,
        "document_number" => Msg::KindDocumentNumber,
        "address" => Msg::KindAddress,
        "person" => Msg::KindPerson,
        "group" => Msg::KindGroup,
        "documents" => Msg::KindDocuments,
        _ => Msg::KindText,
    }
}

fn list_name(list: ReferenceList) -> Msg {
    match list {
        ReferenceList::Countries => Msg::ListCountries,
        ReferenceList::HostDocumentTypes => Msg::ListHostDocumentTypes,
        ReferenceList::ForeignDocumentTypes => Msg::ListForeignDocumentTypes,
        ReferenceList::VisaTypes => Msg::ListVisaTypes,
        ReferenceList::Regions => Msg::ListRegions,
        ReferenceList::HostKinds => Msg::ListHostKinds,
        ReferenceList::VisitReasons => Msg::ListVisitReasons,
        ReferenceList::Relationships => Msg::ListRelationships,
        ReferenceList::CustomsDocumentTypes => Msg::ListCustomsDocumentTypes,
    }
}

fn shown<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// A number of the kind's settings, read by `read` and written by `write` as typed (empty is
/// none): one input, named by the setting's path.
fn setting(
    ed: Editing,
    at: FieldAt,
    name: &'static str,
    label: Msg,
    read: fn(&FieldKind) -> String,
    write: fn(&mut FieldKind, &str),
) -> impl IntoView {
    view! {
        <Entry
            ed
            path=format!("{}.kind.{name}", at.path())
            label
            numeric=true
            value=Signal::derive(move || ed.read_field(at, |f| read(&f.kind)).unwrap_or_default())
            on_change=Callback::new(move |typed: String| ed.edit_field(at, |f| write(&mut f.kind, typed.trim())))
        />
    }
}

/// Above a kind's limits that may be left out.
fn limits_hint() -> impl IntoView {
    view! { <p class="q-hint">{t(Msg::LimitHint)}</p> }
}

#[component]
pub fn KindSettings(ed: Editing, at: FieldAt) -> impl IntoView {
    // Read once: the field editor draws these settings again when the kind changes.
    let tag = ed
        .def
        .with_untracked(|d| d.field_at(at).map(|f| f.kind.tag()))
        .unwrap_or("text");
    let settings = match tag {
        "text" | "long_text" => view! {
            {limits_hint()}
            {setting(ed, at, "max_length", Msg::MaxLengthLabel,
                |k| match k { FieldKind::Text { max_length } | FieldKind::LongText { max_length } => shown(*max_length), _ => String::new() },
                |k, v| if let FieldKind::Text { max_length } | FieldKind::LongText { max_length } = k { *max_length = v.parse().ok() })}
        }
        .into_any(),
        "number" => view! {
            {limits_hint()}
            {setting(ed, at, "min", Msg::MinLabel,
                |k| match k { FieldKind::Number { min, .. } => shown(*min), _ => String::new() },
                |k, v| if let FieldKind::Number { min, .. } = k { *min = v.parse().ok() })}
            {setting(ed, at, "max", Msg::MaxLabel,
                |k| match k { FieldKind::Number { max, .. } => shown(*max), _ => String::new() },
                |k, v| if let FieldKind::Number { max, .. } = k { *max = v.parse().ok() })}
        }
        .into_any(),
        "money" => view! {
            {limits_hint()}
            {setting(ed, at, "min", Msg::MinQepikLabel,
                |k| match k { FieldKind::Money { min, .. } => shown(min.map(|q| q.0)), _ => String::new() },
                |k, v| if let FieldKind::Money { min, .. } = k { *min = v.parse().ok().map(Qepik) })}
            {setting(ed, at, "max", Msg::MaxQepikLabel,
                |k| match k { FieldKind::Money { max, .. } => shown(max.map(|q| q.0)), _ => String::new() },
                |k, v| if let FieldKind::Money { max, .. } = k { *max = v.parse().ok().map(Qepik) })}
        }
        .into_any(),
        "date" => {
            let flag = move |future: bool| {
                Signal::derive(move || {
                    ed.read_field(at, |f| match f.kind {
                        FieldKind::Date { not_future, not_past } => if future { not_future } else { not_past },
                        _ => false,
                    })
                    .unwrap_or(false)
                })
            };
            let set = move |future: bool| {
                Callback::new(move |on: bool| {
                    ed.edit_field(at, |f| {
                        if let FieldKind::Date { not_future, not_past } = &mut f.kind {
                            *(if future { not_future } else { not_past }) = on;
                        }
                    })
                })
            };
            view! {
                <div class="q-checkboxes">
                    <Tick ed path=format!("{}.kind.not_future", at.path()) label=Msg::NotFutureLabel checked=flag(true) on_change=set(true)/>
                    <Tick ed path=format!("{}.kind.not_past", at.path()) label=Msg::NotPastLabel checked=flag(false) on_change=set(false)/>
                </div>
            }
            .into_any()
        }
        "one_of" => view! { <ChoicesEditor ed at/> }.into_any(),
        "many_of" => view! {
            <ChoicesEditor ed at/>
            {limits_hint()}
            {setting(ed, at, "min", Msg::MinChosenLabel,
                |k| match k { FieldKind::ManyOf { min, .. } => shown(*min), _ => String::new() },
                |k, v| if let FieldKind::ManyOf { min, .. } = k { *min = v.parse().ok() })}
            {setting(ed, at, "max", Msg::MaxChosenLabel,
                |k| match k { FieldKind::ManyOf { max, .. } => shown(*max), _ => String::new() },
                |k, v| if let FieldKind::ManyOf { max, .. } = k { *max = v.parse().ok() })}
        }
        .into_any(),
        "group" => {
            let members = match at.list {
                ListAt::Page(page) => Some(ListAt::Group { page, field: at.index }),
                ListAt::Group { .. } => None,
            };
            view! {
                {setting(ed, at, "min", Msg::GroupMinLabel,
                    |k| match k { FieldKind::Group { min, .. } => min.to_string(), _ => String::new() },
                    |k, v| if let FieldKind::Group { min, .. } = k { *min = v.parse().unwrap_or(0) })}
                {setting(ed, at, "max", Msg::GroupMaxLabel,
                    |k| match k { FieldKind::Group { max, .. } => max.to_string(), _ => String::new() },
                    |k, v| if let FieldKind::Group { max, .. } = k { *max = v.parse().unwrap_or(0) })}
                <h3 class="q-heading-s">{t(Msg::GroupFieldsTitle)}</h3>
                {members.map(|list| view! { <FieldList ed list/> }.into_any())}
            }
            .into_any()
        }
        "documents" => view! {
            {setting(ed, at, "min_pages", Msg::MinPagesLabel,
                |k| match k { FieldKind::Documents { min_pages, .. } => min_pages.to_string(), _ => String::new() },
                |k, v| if let FieldKind::Documents { min_pages, .. } = k { *min_pages = v.parse().unwrap_or(0) })}
            {setting(ed, at, "max_pages", Msg::MaxPagesLabel,
                |k| match k { FieldKind::Documents { max_pages, .. } => max_pages.to_string(), _ => String::new() },
                |k, v| if let FieldKind::Documents { max_pages, .. } = k { *max_pages = v.parse().unwrap_or(0) })}
        }
        .into_any(),
        _ => view! { <p class="q-hint">{t(Msg::KindNoSettings)}</p> }.into_any(),
    };
    view! { <div class="q-form-editor__kind">{settings}</div> }
}

/// Where a one-of or many-of takes its options from: the agency's own, or a portal list.
#[component]
fn ChoicesEditor(ed: Editing, at: FieldAt) -> impl IntoView {
    let path = format!("{}.kind.choices", at.path());
    let id = dom_id(&path);
    let reference = Memo::new(move |_| {
        ed.read_field(at, |f| match f.kind.choices() {
            Some(Choices::Reference { list }) => Some(*list),
            _ => None,
        })
        .flatten()
    });
    let choose = move |choices: Choices| {
        ed.edit_field(at, |f| {
            if let Some(current) = f.kind.choices_mut() {
                *current = choices;
            }
        })
    };
    let own_id = format!("{id}-own");
    let reference_id = format!("{id}-reference");
    let list_id = dom_id(&format!("{path}.list"));
    view! {
        <fieldset class="q-fieldset">
            <legend class="q-fieldset__legend q-fieldset__legend--s">{t(Msg::ChoicesLegend)}</legend>
            <div class="q-radios q-radios--inline">
                <div class="q-radios__item">
                    <input class="q-radios__input" type="radio" id=own_id.clone() name=id.clone()
                        prop:checked=move || reference.get().is_none()
                        on:change=move |_| choose(Choices::Own { options: Vec::new() })/>
                    <label class="q-radios__label" for=own_id>{t(Msg::ChoicesOwn)}</label>
                </div>
                <div class="q-radios__item">
                    <input class="q-radios__input" type="radio" id=reference_id.clone() name=id.clone()
                        prop:checked=move || reference.get().is_some()
                        on:change=move |_| choose(Choices::Reference { list: ReferenceList::ALL[0] })/>
                    <label class="q-radios__label" for=reference_id>{t(Msg::ChoicesReference)}</label>
                </div>
            </div>
        </fieldset>
        {move || match reference.get() {
            None => view! { <OptionsEditor ed at/> }.into_any(),
            Some(current) => view! {
                <div class="q-form-group">
                    <label class="q-label" for=list_id.clone()>{t(Msg::ReferenceListLabel)}</label>
                    <select class="q-select" id=list_id.clone() on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        if let Some(list) = ReferenceList::from_slug(&typed) {
                            choose(Choices::Reference { list });
                        }
                    }>
                        {ReferenceList::ALL.into_iter().map(|list| view! {
                            <option value=list.slug() selected=list == current>{t(list_name(list))}</option>
                        }).collect_view()}
                    </select>
                </div>
            }.into_any(),
        }}
    }
}

fn read_options<T: Default>(ed: Editing, at: FieldAt, read: impl FnOnce(&Vec<Choice>) -> T) -> T {
    ed.read_field(at, |f| match f.kind.choices() {
        Some(Choices::Own { options }) => read(options),
        _ => T::default(),
    })
    .unwrap_or_default()
}

fn edit_options(ed: Editing, at: FieldAt, change: impl FnOnce(&mut Vec<Choice>)) {
    ed.edit_field(at, |f| {
        if let Some(Choices::Own { options }) = f.kind.choices_mut() {
            change(options);
        }
    });
}

/// The agency's own options: a key each, that answers and conditions hold, and its text.
#[component]
fn OptionsEditor(ed: Editing, at: FieldAt) -> impl IntoView {
    let i18n = use_i18n();
    let path = format!("{}.kind.choices.options", at.path());
    let count = Memo::new(move |_| read_options(ed, at, Vec::len));
    let add_id = dom_id(&path);
    let add_error = ed.error(path.clone());
    view! {
        <div class="q-form-editor__options">
            {move || {
                let path = path.clone();
                (0..count.get()).map(move |i| {
                    let at_option = format!("{path}.{i}");
                    view! {
                        <fieldset class="q-fieldset q-form-editor__option">
                            <legend class="q-fieldset__legend q-fieldset__legend--s">
                                {move || i18n.fill(Msg::OptionNumber, &[("n", &(i + 1).to_string())])}
                            </legend>
                            <Entry
                                ed
                                path=format!("{at_option}.key")
                                label=Msg::OptionKeyLabel
                                hint=Msg::OptionKeyHint
                                value=Signal::derive(move || read_options(ed, at, |o| o.get(i).map(|c| c.key.clone()).unwrap_or_default()))
                                on_change=Callback::new(move |typed| edit_options(ed, at, |o| if let Some(c) = o.get_mut(i) { c.key = typed }))
                            />
                            <Texts
                                ed
                                path=format!("{at_option}.label")
                                legend=Msg::OptionLabelLabel
                                text=Signal::derive(move || read_options(ed, at, |o| o.get(i).map(|c| c.label.clone()).unwrap_or_default()))
                                on_change=Callback::new(move |(lang, typed)| edit_options(ed, at, |o| if let Some(c) = o.get_mut(i) { set_text(&mut c.label, lang, typed) }))
                            />
                            <ItemActions
                                first=Signal::derive(move || i == 0)
                                last=Signal::derive(move || i + 1 >= count.get())
                                on_move=Callback::new(move |up| edit_options(ed, at, |o| { move_item(o, i, up); }))
                                on_remove=Callback::new(move |()| edit_options(ed, at, |o| if i < o.len() { o.remove(i); }))
                                remove=Msg::RemoveOption
                            />
                        </fieldset>
                    }
                }).collect_view()
            }}
            <FieldError error=add_error id=format!("{add_id}-error")/>
            <button type="button" id=add_id.clone() class="q-button q-button--secondary"
                aria-describedby=described_by(None, format!("{add_id}-error"), add_error)
                on:click=move |_| {
                edit_options(ed, at, |o| {
                    let key = format!("option_{}", o.len() + 1);
                    o.push(Choice { key, label: Text::default() });
                });
                focus_when_drawn(format!("{}.kind.choices.options.{}.key", at.path(), count.get_untracked().saturating_sub(1)));
            }>
                {t(Msg::AddOption)}
            </button>
        </div>
    }
}
