//! The editor's inputs, each bound to one part of the regulation by its path: the path makes
//! the input's id (`field_id`, as the error summary links) and names the problem shown beside
//! it, so a link of "what is missing" or of the server's answer lands on it.

use leptos::prelude::*;

use super::Editing;
use crate::client::{t, use_i18n};
use crate::components::error_summary::{FieldError, described_by, field_id};
use crate::domain::{Lang, Text};
use crate::i18n::Msg;

/// How an entry takes what is typed.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum Kind {
    #[default]
    Line,
    /// A box for a paragraph or more.
    Long,
    /// A whole number, taken when the person leaves the input, so that a half-typed one is not
    /// tidied away under the cursor.
    Number,
    /// A web address.
    Address,
}

/// A labelled input, with its hint and its problem.
#[component]
pub fn Entry(
    ed: Editing,
    #[prop(into)] path: String,
    label: Msg,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    #[prop(optional)] kind: Kind,
    /// The language the text is in, for the browser's spelling and a screen reader's voice.
    #[prop(optional)]
    lang: Option<Lang>,
    /// A wider path whose problem is shown here while this input has none of its own: a whole
    /// text missing is said at its Azerbaijani input.
    #[prop(default = None)]
    or_path: Option<String>,
) -> impl IntoView {
    let id = field_id(&path);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let own = ed.error(path);
    let wider = or_path.map(|p| ed.error(p));
    let error = Memo::new(move |_| own.get().or_else(|| wider.and_then(|w| w.get())));
    let described_by = described_by(hint.map(|_| hint_id.clone()), error_id.clone(), error);
    let lang = lang.map(Lang::code);
    let code = matches!(kind, Kind::Number | Kind::Address);
    let input = match kind {
        Kind::Long => view! {
            <textarea
                class="q-textarea"
                class:q-textarea--error=move || error.get().is_some()
                id=id.clone()
                rows="3"
                lang=lang
                aria-describedby=described_by
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| on_change.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any(),
        _ => view! {
            <input
                class="q-input"
                class:q-input--error=move || error.get().is_some()
                class:q-regulation-editor__number=kind == Kind::Number
                id=id.clone()
                type="text"
                lang=lang
                inputmode=match kind {
                    Kind::Number => Some("numeric"),
                    Kind::Address => Some("url"),
                    _ => None,
                }
                spellcheck=code.then_some("false")
                autocomplete=code.then_some("off")
                aria-describedby=described_by
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| {
                    if kind != Kind::Number {
                        on_change.run(event_target_value(&ev));
                    }
                }
                on:change=move |ev| {
                    if kind == Kind::Number {
                        on_change.run(event_target_value(&ev));
                    }
                }
            />
        }
        .into_any(),
    };
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <label class="q-label" for=id.clone()>{t(label)}</label>
            {hint.map(|hint| view! { <div class="q-hint" id=hint_id.clone()>{t(hint)}</div> })}
            <FieldError error id=error_id/>
            {input}
        </div>
    }
}

/// A text a person reads, in az, en and ru: one input per language under one legend, so a
/// missing translation is found by its own path (`content.ru`) and a text missing as a whole
/// (`content`) at its Azerbaijani input.
#[component]
pub fn Texts(
    ed: Editing,
    #[prop(into)] path: String,
    legend: Msg,
    /// Fills `{n}` of the legend with the item's place, counted from 1.
    #[prop(default = None)]
    number: Option<usize>,
    #[prop(into)] text: Signal<Text>,
    on_change: Callback<(Lang, String)>,
    #[prop(optional)] long: bool,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let languages = [
        (Lang::Az, Msg::InAz),
        (Lang::En, Msg::InEn),
        (Lang::Ru, Msg::InRu),
    ];
    let inputs = languages
        .into_iter()
        .map(|(lang, label)| {
            let value = Signal::derive(move || {
                text.with(|text| match lang {
                    Lang::Az => text.az.clone(),
                    Lang::En => text.en.clone(),
                    Lang::Ru => text.ru.clone(),
                })
            });
            view! {
                <Entry
                    ed
                    path=format!("{path}.{}", lang.code())
                    label
                    value
                    lang
                    kind=if long { Kind::Long } else { Kind::Line }
                    or_path=(lang == Lang::Az).then(|| path.clone())
                    on_change=Callback::new(move |typed| on_change.run((lang, typed)))
                />
            }
        })
        .collect_view();
    view! {
        <fieldset class="q-fieldset q-regulation-editor__texts">
            <legend class="q-fieldset__legend q-fieldset__legend--s">
                {move || {
                    let n = number.map(|n| (n + 1).to_string()).unwrap_or_default();
                    i18n.fill(legend, &[("n", &n)])
                }}
                {optional.then(|| view! { " " <span class="q-label__optional">{t(Msg::Optional)}</span> })}
            </legend>
            {inputs}
        </fieldset>
    }
}

/// One of two to six choices (GOV.UK's radios) under a legend; the first radio carries the
/// path's id, where a link to the choice's problem lands.
#[component]
pub fn Choice(
    ed: Editing,
    #[prop(into)] path: String,
    legend: Msg,
    #[prop(optional)] hint: Option<Msg>,
    options: Vec<(&'static str, Msg)>,
    #[prop(into)] chosen: Signal<Option<&'static str>>,
    on_choose: Callback<&'static str>,
) -> impl IntoView {
    let id = field_id(&path);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = ed.error(path);
    let described_by = described_by(hint.map(|_| hint_id.clone()), error_id.clone(), error);
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(i, (code, label))| {
            let input_id = if i == 0 { id.clone() } else { format!("{id}-{code}") };
            view! {
                <div class="q-radios__item">
                    <input class="q-radios__input" type="radio" id=input_id.clone() name=id.clone() value=code
                        prop:checked=move || chosen.get() == Some(code)
                        on:change=move |_| on_choose.run(code)/>
                    <label class="q-radios__label" for=input_id>{t(label)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <fieldset class="q-fieldset" aria-describedby=described_by>
                <legend class="q-fieldset__legend q-fieldset__legend--s">{t(legend)}</legend>
                {hint.map(|hint| view! { <div class="q-hint" id=hint_id.clone()>{t(hint)}</div> })}
                <FieldError error id=error_id/>
                <div class="q-radios q-radios--inline">{radios}</div>
            </fieldset>
        </div>
    }
}

/// Remove, and for an ordered list move up and down, for one item of a list; each button says
/// which item, for a screen reader that lists the page's buttons.
#[component]
pub fn ItemActions(
    /// The item's name (`Mərhələ 2`).
    #[prop(into)]
    name: Signal<String>,
    on_remove: Callback<()>,
    /// Up (`true`) or down; `None` for a list whose order does not matter.
    #[prop(optional)]
    on_move: Option<Callback<bool>>,
    #[prop(into, optional)] first: Signal<bool>,
    #[prop(into, optional)] last: Signal<bool>,
) -> impl IntoView {
    let button = move |label: Msg, warning: bool, disabled: Signal<bool>, run: Callback<()>| {
        view! {
            <button type="button" class="q-button"
                class:q-button--secondary=!warning
                class:q-button--warning=warning
                disabled=move || disabled.get()
                on:click=move |_| run.run(())>
                {t(label)}
                <span class="q-visually-hidden">": " {move || name.get()}</span>
            </button>
        }
    };
    view! {
        <div class="q-regulation-editor__actions">
            {on_move.map(|on_move| view! {
                {button(Msg::MoveUp, false, first, Callback::new(move |()| on_move.run(true)))}
                {button(Msg::MoveDown, false, last, Callback::new(move |()| on_move.run(false)))}
            })}
            {button(Msg::RegRemove, true, Signal::stored(false), on_remove)}
        </div>
    }
}

/// Moves the item at `i` one place up or down, if it can go there; the place it went to.
pub fn move_item<T>(items: &mut [T], i: usize, up: bool) -> Option<usize> {
    let to = if up { i.checked_sub(1)? } else { i + 1 };
    (to < items.len() && i < items.len()).then(|| {
        items.swap(i, to);
        to
    })
}
