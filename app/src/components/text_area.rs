use leptos::prelude::*;

use crate::api::Problem;
use crate::client::t;
use crate::components::error_summary::{FieldError, described_by, field_id, problem_for};
use crate::i18n::Msg;

/// A labelled box for longer text, with its hint and, beside it, its problem (GOV.UK's
/// textarea).
#[component]
pub fn TextArea(
    /// The API's field path; the box's id is made from it.
    #[prop(into)]
    field: String,
    label: Msg,
    value: RwSignal<String>,
    #[prop(into)] problems: Signal<Vec<Problem>>,
    #[prop(optional)] hint: Option<Msg>,
    #[prop(optional)] optional: bool,
    #[prop(default = 3)] rows: u32,
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
            <FieldError error id=error_id/>
            <textarea class="q-textarea" id=id name=field rows=rows
                aria-describedby=described_by
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        </div>
    }
}
