//! A page of the form and its fields: each edited where it stands in the definition, by index,
//! so moving or removing one redraws only the list it is in.

use leptos::prelude::*;

use super::condition::ConditionBuilder;
use super::inputs::{Entry, ItemActions, Texts, Tick};
use super::kind::{KindSettings, kind_name};
use super::{Editing, focus_when_drawn};
use crate::client::{t, use_i18n};
use crate::components::error_summary::{FieldError, described_by};
use crate::domain::Text;
use crate::forms::FieldKind;
use crate::forms::edit::{FieldAt, KINDS, ListAt, Place, dom_id, move_item, set_text};
use crate::i18n::Msg;

/// One page: its id, title, condition and fields.
#[component]
pub fn PageEditor(ed: Editing, page: usize) -> impl IntoView {
    let i18n = use_i18n();
    let count = Memo::new(move |_| ed.def.with(|d| d.pages.len()));
    let at = format!("pages.{page}");
    view! {
        <fieldset class="q-fieldset q-form-editor__page">
            <legend class="q-fieldset__legend q-form-editor__legend">
                {move || i18n.fill(Msg::PageNumber, &[("n", &(page + 1).to_string())])}
            </legend>
            <Entry
                ed
                path=format!("{at}.id")
                label=Msg::IdLabel
                hint=Msg::IdHint
                value=Signal::derive(move || ed.read_page(page, |p| p.id.clone()).unwrap_or_default())
                on_change=Callback::new(move |typed| ed.edit_page(page, |p| p.id = typed))
            />
            <Texts
                ed
                path=format!("{at}.title")
                legend=Msg::PageTitleLabel
                text=Signal::derive(move || ed.read_page(page, |p| p.title.clone()).unwrap_or_default())
                on_change=Callback::new(move |(lang, typed)| ed.edit_page(page, |p| set_text(&mut p.title, lang, typed)))
            />
            <ConditionBuilder ed place=Place::Page(page)/>
            <FieldList ed list=ListAt::Page(page)/>
            <ItemActions
                first=Signal::derive(move || page == 0)
                last=Signal::derive(move || page + 1 >= count.get())
                on_move=Callback::new(move |up| ed.def.update(|d| { move_item(&mut d.pages, page, up); }))
                on_remove=Callback::new(move |()| ed.def.update(|d| {
                    if page < d.pages.len() {
                        d.pages.remove(page);
                    }
                }))
                remove=Msg::RemoveFormPage
            />
        </fieldset>
    }
}

/// The fields of a page or a group, and the choice of a new one's kind.
#[component]
pub fn FieldList(ed: Editing, list: ListAt) -> impl IntoView {
    let count = Memo::new(move |_| ed.def.with(|d| d.fields_at(list).map_or(0, Vec::len)));
    let path = list.path();
    let id = dom_id(&path);
    let error_id = format!("{id}-error");
    let error = ed.error(path);
    let kinds = list.kinds();
    let chosen = RwSignal::new(kinds[0]);
    let add = move |_| {
        ed.def.update(|d| {
            let Some(kind) = FieldKind::blank(chosen.get_untracked()) else {
                return;
            };
            let field = d.new_field(kind);
            if let Some(fields) = d.fields_at_mut(list) {
                fields.push(field);
            }
        });
        focus_when_drawn(format!(
            "{}.{}.id",
            list.path(),
            count.get_untracked().saturating_sub(1)
        ));
    };
    view! {
        <div class="q-form-editor__fields">
            {move || {
                (0..count.get())
                    .map(|index| view! { <FieldEditor ed at=FieldAt { list, index }/> }.into_any())
                    .collect_view()
            }}
            <div class="q-form-editor__add">
                <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
                    <label class="q-label" for=id.clone()>{t(Msg::NewFieldKind)}</label>
                    <FieldError error id=error_id.clone()/>
                    <select
                        class="q-select"
                        id=id
                        aria-describedby=described_by(None, error_id, error)
                        on:change=move |ev| {
                            let typed = event_target_value(&ev);
                            if let Some(kind) = KINDS.into_iter().find(|k| *k == typed) {
                                chosen.set(kind);
                            }
                        }
                    >
                        {kinds
                            .into_iter()
                            .map(|kind| view! {
                                <option value=kind selected=move || chosen.get() == kind>{t(kind_name(kind))}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                <button type="button" class="q-button q-button--secondary" on:click=add>{t(Msg::AddField)}</button>
            </div>
        </div>
    }
}

/// One field: its id, label, hint, whether it must be answered, its kind with its settings,
/// and when it is shown.
#[component]
pub fn FieldEditor(ed: Editing, at: FieldAt) -> impl IntoView {
    let i18n = use_i18n();
    let path = at.path();
    let count = Memo::new(move |_| ed.def.with(|d| d.fields_at(at.list).map_or(0, Vec::len)));
    let tag = Memo::new(move |_| ed.read_field(at, |f| f.kind.tag()).unwrap_or("text"));
    let has_hint = Memo::new(move |_| ed.read_field(at, |f| f.hint.is_some()).unwrap_or(false));
    let heading = match at.list {
        ListAt::Page(_) => Msg::FieldNumber,
        ListAt::Group { .. } => Msg::MemberNumber,
    };
    let kind_path = format!("{path}.kind");
    let kind_id = dom_id(&kind_path);
    let kind_error_id = format!("{kind_id}-error");
    let kind_error = ed.error(kind_path);
    let hint_path = format!("{path}.hint");
    view! {
        <fieldset class="q-fieldset q-form-editor__field">
            <legend class="q-fieldset__legend q-fieldset__legend--s q-form-editor__legend">
                {move || i18n.fill(heading, &[("n", &(at.index + 1).to_string())])}
            </legend>
            <Entry
                ed
                path=format!("{path}.id")
                label=Msg::IdLabel
                hint=Msg::IdHint
                value=Signal::derive(move || ed.read_field(at, |f| f.id.clone()).unwrap_or_default())
                on_change=Callback::new(move |typed| ed.edit_field(at, |f| f.id = typed))
                // Conditions on the field follow its new id, once the person leaves the input.
                on_renamed=Callback::new(move |(old, new): (String, String)| {
                    ed.def.update(|d| d.rename_references(&old, &new));
                })
            />
            <Texts
                ed
                path=format!("{path}.label")
                legend=Msg::FieldLabelLabel
                text=Signal::derive(move || ed.read_field(at, |f| f.label.clone()).unwrap_or_default())
                on_change=Callback::new(move |(lang, typed)| ed.edit_field(at, |f| set_text(&mut f.label, lang, typed)))
            />
            {move || if has_hint.get() {
                view! {
                    <Texts
                        ed
                        path=hint_path.clone()
                        legend=Msg::HintLabel
                        text=Signal::derive(move || ed.read_field(at, |f| f.hint.clone().unwrap_or_default()).unwrap_or_default())
                        on_change=Callback::new(move |(lang, typed)| ed.edit_field(at, |f| {
                            set_text(f.hint.get_or_insert_with(Text::default), lang, typed);
                        }))
                    />
                    <button type="button" class="q-button q-button--secondary" on:click=move |_| ed.edit_field(at, |f| f.hint = None)>
                        {t(Msg::RemoveHint)}
                    </button>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="q-button q-button--secondary" on:click=move |_| {
                        ed.edit_field(at, |f| f.hint = Some(Text::default()));
                        focus_when_drawn(format!("{}.hint.az", at.path()));
                    }>
                        {t(Msg::AddHint)}
                    </button>
                }.into_any()
            }}
            <div class="q-form-group" class:q-form-group--error=move || kind_error.get().is_some()>
                <label class="q-label" for=kind_id.clone()>{t(Msg::FieldKindLabel)}</label>
                <div class="q-hint" id=format!("{kind_id}-hint")>{t(Msg::FieldKindHint)}</div>
                <FieldError error=kind_error id=kind_error_id/>
                <select
                    class="q-select"
                    id=kind_id.clone()
                    aria-describedby=described_by(Some(format!("{kind_id}-hint")), format!("{kind_id}-error"), kind_error)
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        if typed != tag.get_untracked()
                            && let Some(kind) = FieldKind::blank(&typed)
                        {
                            ed.edit_field(at, |f| f.kind = kind);
                        }
                    }
                >
                    {at.list.kinds()
                        .into_iter()
                        .map(|kind| view! {
                            <option value=kind selected=move || tag.get() == kind>{t(kind_name(kind))}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            // The person block is always filled and a group's `min` says how many it needs.
            {move || (!["person", "group"].contains(&tag.get())).then(|| view! {
                <Tick
                    ed
                    path=format!("{}.required", at.path())
                    label=Msg::AnswerRequired
                    checked=Signal::derive(move || ed.read_field(at, |f| f.required).unwrap_or(false))
                    on_change=Callback::new(move |on| ed.edit_field(at, |f| f.required = on))
                />
            })}
            {move || {
                tag.track();
                view! { <KindSettings ed at/> }.into_any()
            }}
            <ConditionBuilder ed place=Place::Field(at)/>
            <ItemActions
                first=Signal::derive(move || at.index == 0)
                last=Signal::derive(move || at.index + 1 >= count.get())
                on_move=Callback::new(move |up| ed.def.update(|d| {
                    if let Some(fields) = d.fields_at_mut(at.list) {
                        move_item(fields, at.index, up);
                    }
                }))
                on_remove=Callback::new(move |()| ed.def.update(|d| {
                    if let Some(fields) = d.fields_at_mut(at.list)
                        && at.index < fields.len()
                    {
                        fields.remove(at.index);
                    }
                }))
                remove=Msg::RemoveField
            />
        </fieldset>
    }
}
