use leptos::prelude::*;

use crate::api::Problem;
use crate::client::t;
use crate::components::error_summary::{FieldError, field_id, problem_for};
use crate::i18n::Msg;

/// A labelled box for longer text, with its problem beside it (GOV.UK's textarea).
#[component]
pub fn TextArea(
    /// The API's field path; the box's id is made from it.
    #[prop(into)]
    field: String,
    label: Msg,
    value: RwSignal<String>,
    #[prop(into)] problems: Signal<Vec<Problem>>,
    #[prop(default = 3)] rows: u32,
) -> impl IntoView {
    let id = field_id(&field);
    let error_id = format!("{id}-error");
    let error = problem_for(problems, field);
    let described_by = {
        let error_id = error_id.clone();
        move || error.get().is_some().then(|| error_id.clone())
    };
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <label class="q-label" for=id.clone()>{t(label)}</label>
            <FieldError error id=error_id/>
            <textarea class="q-textarea" id=id rows=rows
                aria-describedby=described_by
                aria-invalid=move || error.get().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        </div>
    }
}
