use leptos::prelude::*;

use crate::api::Problem;
use crate::client::t;
use crate::components::error_summary::{FieldError, described_by, field_id, problem_for};
use crate::i18n::Msg;

/// A labelled text field with its hint and, beside it, its problem (GOV.UK's text input).
#[component]
pub fn TextInput(
    /// The API's field path; the input's id is made from it, so it is unique on the page.
    #[prop(into)]
    field: String,
    label: Msg,
    value: RwSignal<String>,
    #[prop(into)] problems: Signal<Vec<Problem>>,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(optional)] optional: bool,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// The keyboard a phone shows: `numeric` for numbers that are not quantities.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// Tidies what is typed as it is typed (a card number in groups of four).
    #[prop(optional)]
    format: Option<fn(&str) -> String>,
) -> impl IntoView {
    let id = field_id(&field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = problem_for(problems, field.clone());
    let described_by = described_by(hint.map(|_| hint_id.clone()), error_id.clone(), error);
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <label class="q-label" for=id.clone()>
                {t(label)}
                {optional.then(|| view! { " " <span class="q-label__optional">{t(Msg::Optional)}</span> })}
            </label>
            {hint.map(|hint| view! { <div class="q-hint" id=hint_id.clone()>{t(hint)}</div> })}
            <FieldError error id=error_id.clone()/>
            <input
                class="q-input"
                class:q-input--error=move || error.get().is_some()
                id=id
                name=field
                type=kind
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck="false"
                aria-describedby=described_by
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    value.set(format.map_or(typed.clone(), |tidy| tidy(&typed)));
                }
            />
        </div>
    }
}
