use leptos::prelude::*;

use crate::api::Problem;
use crate::client::t;
use crate::components::error_summary::{FieldError, described_by, field_id, problem_for};
use crate::domain::TypedDate;
use crate::i18n::Msg;

/// GOV.UK's date input: the day, month and year as numbers in three fields under one legend,
/// never a date picker alone. It writes the form's one text value, as `TypedDate::kept` says.
#[component]
pub fn DateInput(
    /// The API's field path; the day's input carries the id made from it, so the error
    /// summary's link lands there.
    #[prop(into)]
    field: String,
    label: Msg,
    value: RwSignal<String>,
    #[prop(into)] problems: Signal<Vec<Problem>>,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(optional)] optional: bool,
    /// A date of birth: the browser may fill it in from what it knows.
    #[prop(optional)]
    birthday: bool,
) -> impl IntoView {
    let id = field_id(&field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = problem_for(problems, field.clone());
    let described_by = described_by(Some(hint_id.clone()), error_id.clone(), error);
    // The parts live here while typed: the value is written from them, never read back into
    // them, so a day typed as "5" is not redrawn as "05" under the cursor.
    let TypedDate { day, month, year } = TypedDate::of_kept(&value.get_untracked());
    let parts = [
        ("day", Msg::DateDay, RwSignal::new(day), "bday-day"),
        ("month", Msg::DateMonth, RwSignal::new(month), "bday-month"),
        ("year", Msg::DateYear, RwSignal::new(year), "bday-year"),
    ];
    let signals = parts.map(|(_, _, part, _)| part);
    let inputs = parts
        .into_iter()
        .map(|(part, name, typed, autocomplete)| {
            let input_id = if part == "day" {
                id.clone()
            } else {
                format!("{id}-{part}")
            };
            view! {
                <div class="q-date-input__item">
                    <label class="q-label q-date-input__label" for=input_id.clone()>{t(name)}</label>
                    <input
                        class="q-input q-date-input__input"
                        class:q-date-input__input--year=part == "year"
                        class:q-input--error=move || error.get().is_some()
                        id=input_id.clone()
                        name=input_id
                        type="text"
                        inputmode="numeric"
                        spellcheck="false"
                        autocomplete=if birthday { autocomplete } else { "off" }
                        aria-invalid=move || error.get().is_some().then_some("true")
                        prop:value=move || typed.get()
                        on:input=move |ev| {
                            typed.set(event_target_value(&ev));
                            let [day, month, year] = signals.map(|s| s.get_untracked());
                            value.set(TypedDate { day, month, year }.kept());
                        }
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <fieldset class="q-fieldset" role="group" aria-describedby=described_by>
                <legend class="q-fieldset__legend q-fieldset__legend--s">
                    {t(label)}
                    {optional.then(|| view! { " " <span class="q-label__optional">{t(Msg::Optional)}</span> })}
                </legend>
                <div class="q-hint" id=hint_id>
                    {hint.map(|hint| view! { {t(hint)} " " })}
                    {t(Msg::DateExample)}
                </div>
                <FieldError error id=error_id/>
                <div class="q-date-input">{inputs}</div>
            </fieldset>
        </div>
    }
}
