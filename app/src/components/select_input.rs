use leptos::prelude::*;

use crate::api::{AgencySummary, Problem, ReferenceData, ReferenceList, STATELESS};
use crate::client::{t, use_i18n};
use crate::components::error_summary::{FieldError, field_id, problem_for};
use crate::i18n::Msg;

/// A labelled select list ("-Seçilməyib-" until chosen) with its problem beside it.
#[component]
pub fn SelectInput(
    #[prop(into)] field: String,
    label: Msg,
    value: RwSignal<String>,
    /// `(code, name)` in the order shown.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    #[prop(into)] problems: Signal<Vec<Problem>>,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let id = field_id(&field);
    let error_id = format!("{id}-error");
    let error = problem_for(problems, field.clone());
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <label class="q-label" for=id.clone()>
                {t(label)}
                {optional.then(|| view! { " " <span class="q-label__optional">{t(Msg::Optional)}</span> })}
            </label>
            <FieldError error id=error_id.clone()/>
            <select
                class="q-select"
                class:q-select--error=move || error.get().is_some()
                id=id
                name=field
                aria-describedby=move || error.get().is_some().then(|| error_id.clone())
                aria-invalid=move || error.get().is_some().then_some("true")
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {select_options(move || value.get(), move || options.get())}
            </select>
        </div>
    }
}

/// A select list's options: "-Seçilməyib-" first, then `(code, name)` in the order given,
/// the one whose code is `chosen` selected.
pub fn select_options(
    chosen: impl Fn() -> String + Clone + Send + Sync + 'static,
    options: impl Fn() -> Vec<(String, String)> + Send + Sync + 'static,
) -> impl IntoView {
    let none_chosen = chosen.clone();
    view! {
        <option value="" selected=move || none_chosen().is_empty()>{t(Msg::NotChosen)}</option>
        {move || {
            let chosen = chosen();
            options()
                .into_iter()
                .map(|(code, name)| {
                    let selected = code == chosen;
                    view! { <option value=code selected=selected>{name}</option> }
                })
                .collect_view()
        }}
    }
}

/// A small set of choices as radios in a fieldset (GOV.UK's radios), such as gender.
#[component]
pub fn RadioInput(
    #[prop(into)] field: String,
    legend: Msg,
    value: RwSignal<String>,
    options: Vec<(&'static str, Msg)>,
    #[prop(into)] problems: Signal<Vec<Problem>>,
) -> impl IntoView {
    let id = field_id(&field);
    let error_id = format!("{id}-error");
    let error = problem_for(problems, field.clone());
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <fieldset class="q-fieldset" aria-describedby=move || error.get().is_some().then(|| error_id.clone())>
                <legend class="q-fieldset__legend q-fieldset__legend--s">{t(legend)}</legend>
                <FieldError error id=format!("{id}-error")/>
                <div class="q-radios q-radios--inline">
                    {options
                        .into_iter()
                        .enumerate()
                        .map(|(i, (code, name))| {
                            // The first radio carries the field's id, for the error summary's link.
                            let input_id = if i == 0 { id.clone() } else { format!("{id}-{code}") };
                            view! {
                                <div class="q-radios__item">
                                    <input
                                        class="q-radios__input"
                                        type="radio"
                                        id=input_id.clone()
                                        name=field.clone()
                                        value=code
                                        prop:checked=move || value.get() == code
                                        on:change=move |_| value.set(code.to_owned())
                                    />
                                    <label class="q-radios__label" for=input_id>{t(name)}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// The catalogue's agencies as choices by their number, in the reader's language.
pub fn agency_choices(agencies: Vec<AgencySummary>) -> Signal<Vec<(String, String)>> {
    let i18n = use_i18n();
    Signal::derive(move || {
        agencies
            .iter()
            .map(|a| (a.number.to_string(), a.name.get(i18n.lang()).to_owned()))
            .collect()
    })
}

/// The choices of a reference list in the reader's language and alphabet; countries of
/// citizenship end with statelessness.
pub fn choices(
    reference: &ReferenceData,
    list: ReferenceList,
    stateless: bool,
) -> Signal<Vec<(String, String)>> {
    let i18n = use_i18n();
    let reference = reference.clone();
    Signal::derive(move || {
        let mut items = reference.sorted(list, i18n.lang());
        if stateless {
            items.push((STATELESS.into(), i18n.t(Msg::Stateless).into()));
        }
        items
    })
}
