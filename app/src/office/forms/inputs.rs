//! The editor's inputs, each bound to one part of the definition by its path: the path is the
//! input's id (`forms::edit::dom_id`) and names the problem shown beside it, so a link of the
//! "what is missing" list or of the server's answer lands on it.

use leptos::prelude::*;

use super::Editing;
use crate::client::t;
use crate::components::error_summary::{FieldError, described_by};
use crate::domain::{Lang, Text};
use crate::forms::edit::dom_id;
use crate::i18n::Msg;

/// A labelled one-line input, with its hint and its problem.
#[component]
pub fn Entry(
    ed: Editing,
    #[prop(into)] path: String,
    label: Msg,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    /// A number: taken when the person leaves the input, so that a half-typed one (`-`) is not
    /// read and tidied away under their cursor.
    #[prop(optional)]
    numeric: bool,
    /// Told the value the input had when focused and the one it was left with, if they differ.
    #[prop(optional)]
    on_renamed: Option<Callback<(String, String)>>,
) -> impl IntoView {
    let at_focus = StoredValue::new(String::new());
    // Ids, keys and numbers are not words of any language: no spelling marks on them.
    let code = numeric || path.ends_with(".id") || path.ends_with(".key");
    let id = dom_id(&path);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = ed.error(path);
    let described_by = described_by(hint.map(|_| hint_id.clone()), error_id.clone(), error);
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <label class="q-label" for=id.clone()>{t(label)}</label>
            {hint.map(|hint| view! { <div class="q-hint" id=hint_id.clone()>{t(hint)}</div> })}
            <FieldError error id=error_id/>
            <input
                class="q-input"
                class:q-input--error=move || error.get().is_some()
                class:q-form-editor__number=numeric
                id=id
                type="text"
                inputmode=numeric.then_some("numeric")
                spellcheck=code.then_some("false")
                aria-describedby=described_by
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| {
                    if !numeric {
                        on_change.run(event_target_value(&ev));
                    }
                }
                on:focus=move |ev| at_focus.set_value(event_target_value(&ev))
                on:change=move |ev| {
                    let left = event_target_value(&ev);
                    if numeric {
                        on_change.run(left.clone());
                    }
                    let before = at_focus.get_value();
                    if let Some(renamed) = on_renamed
                        && before != left
                    {
                        renamed.run((before, left));
                    }
                }
            />
        </div>
    }
}

/// A checkbox with its label and problem.
#[component]
pub fn Tick(
    ed: Editing,
    #[prop(into)] path: String,
    label: Msg,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    let id = dom_id(&path);
    let error_id = format!("{id}-error");
    let error = ed.error(path);
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <FieldError error id=error_id.clone()/>
            <div class="q-checkboxes__item">
                <input
                    class="q-checkboxes__input"
                    type="checkbox"
                    id=id.clone()
                    aria-describedby=move || error.get().is_some().then(|| error_id.clone())
                    prop:checked=move || checked.get()
                    on:change=move |ev| on_change.run(event_target_checked(&ev))
                />
                <label class="q-checkboxes__label" for=id>{t(label)}</label>
            </div>
        </div>
    }
}

/// A text a person reads, in az, en and ru: one input per language under one legend, so a
/// missing translation is found by its own path (`….label.ru`).
#[component]
pub fn Texts(
    ed: Editing,
    #[prop(into)] path: String,
    legend: Msg,
    #[prop(into)] text: Signal<Text>,
    on_change: Callback<(Lang, String)>,
) -> impl IntoView {
    let languages = [
        (Lang::Az, Msg::InAz),
        (Lang::En, Msg::InEn),
        (Lang::Ru, Msg::InRu),
    ];
    view! {
        <fieldset class="q-fieldset q-form-editor__texts">
            <legend class="q-fieldset__legend q-fieldset__legend--s">{t(legend)}</legend>
            {languages
                .into_iter()
                .map(|(lang, label)| {
                    let value = Signal::derive(move || text.with(|text| text.all()[lang_index(lang)].to_owned()));
                    view! {
                        <Entry
                            ed
                            path=format!("{path}.{}", lang.code())
                            label
                            value
                            on_change=Callback::new(move |typed| on_change.run((lang, typed)))
                        />
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Az => 0,
        Lang::En => 1,
        Lang::Ru => 2,
    }
}

/// Move up, move down and remove, for a page, a field or an option.
#[component]
pub fn ItemActions(
    #[prop(into)] first: Signal<bool>,
    #[prop(into)] last: Signal<bool>,
    on_move: Callback<bool>,
    on_remove: Callback<()>,
    remove: Msg,
) -> impl IntoView {
    view! {
        <div class="q-form-editor__actions">
            <button type="button" class="q-button q-button--secondary" disabled=move || first.get() on:click=move |_| on_move.run(true)>
                {t(Msg::MoveUp)}
            </button>
            <button type="button" class="q-button q-button--secondary" disabled=move || last.get() on:click=move |_| on_move.run(false)>
                {t(Msg::MoveDown)}
            </button>
            <button type="button" class="q-button q-button--warning" on:click=move |_| on_remove.run(())>
                {t(remove)}
            </button>
        </div>
    }
}
