//! An officer's answer to something waiting on them: do as asked, or refuse with a reason the
//! other side is told (a registry application, a host's address). Chosen, then sent: a second
//! step after reading what is decided on.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::IgnoredAny;

use crate::api::{ErrorCode, FieldProblem, Problem};
use crate::client::{
    Method, SendError, csrf_header, problems_in, send_failed, send_json, t, use_i18n,
};
use crate::components::error_summary::{ErrorSummary, FieldError, field_id, problem_for};
use crate::components::text_area::TextArea;
use crate::i18n::Msg;

/// What the form offers, and where each answer goes.
pub struct Answers {
    /// Posted to do as asked.
    pub approve: String,
    pub approve_label: Msg,
    /// Posted with `{"reason"}` to refuse.
    pub refuse: String,
    pub refuse_label: Msg,
    pub reason_label: Msg,
    pub reason_hint: Msg,
    /// The reason's rules, the server's own: its problems, if any.
    pub reason_rules: fn(String) -> Vec<FieldProblem>,
}

#[component]
pub fn DecisionForm(answers: Answers, csrf: String, changed: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let choice = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let busy = RwSignal::new(false);
    let Answers {
        approve,
        approve_label,
        refuse,
        refuse_label,
        reason_label,
        reason_hint,
        reason_rules,
    } = answers;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (path, body) = match choice.get_untracked().as_str() {
            "approve" => (approve.clone(), serde_json::json!({})),
            "refuse" => {
                let given = reason.get_untracked();
                let found = reason_rules(given.clone());
                if !found.is_empty() {
                    problems.set(problems_in(i18n.lang(), found));
                    return;
                }
                (refuse.clone(), serde_json::json!({ "reason": given }))
            }
            _ => {
                problems.set(vec![Problem::new(
                    ErrorCode::Required,
                    Some("decision"),
                    i18n.lang(),
                )]);
                return;
            }
        };
        busy.set(true);
        let token = csrf.clone();
        spawn_local(async move {
            match send_json::<IgnoredAny>(&path, &body, &csrf_header(&token), Method::Post).await {
                Ok(_) => changed.run(()),
                Err(SendError::Problems(found)) => {
                    problems.try_set(found);
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
            busy.try_set(false);
        });
    };
    let decision_error = problem_for(problems.into(), "decision".into());
    let option = move |code: &'static str, label: Msg| {
        let id = if code == "approve" {
            field_id("decision")
        } else {
            format!("decision-{code}")
        };
        view! {
            <div class="q-radios__item">
                <input class="q-radios__input" type="radio" id=id.clone() name="decision" value=code
                    prop:checked=move || choice.get() == code
                    on:change=move |_| choice.set(code.to_owned())/>
                <label class="q-radios__label" for=id>{t(label)}</label>
            </div>
        }
    };
    view! {
        <h2 class="q-heading-l">{t(Msg::OfficeDecisionLegend)}</h2>
        <ErrorSummary problems/>
        <form class="q-form" novalidate on:submit=submit>
            <div class="q-form-group" class:q-form-group--error=move || decision_error.get().is_some()>
                <fieldset class="q-fieldset" aria-describedby=move || decision_error.get().is_some().then_some("decision-error")>
                    <legend class="q-fieldset__legend q-fieldset__legend--s">{t(Msg::OfficeDecisionChoice)}</legend>
                    <FieldError error=decision_error id="decision-error".into()/>
                    <div class="q-radios">
                        {option("approve", approve_label)}
                        {option("refuse", refuse_label)}
                    </div>
                </fieldset>
            </div>
            <Show when=move || choice.get() == "refuse">
                <div class="q-conditional">
                    <TextArea rows=4 field="reason" label=reason_label hint=reason_hint value=reason problems/>
                </div>
            </Show>
            <button type="submit" class="q-button" disabled=move || busy.get()>{t(Msg::OfficeSendDecision)}</button>
        </form>
    }
}
