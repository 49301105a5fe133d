use leptos::prelude::*;

use crate::api::Problem;
use crate::client::t;
use crate::i18n::Msg;

/// The id of the form field a problem's `field` path names: `companions[1].name` is
/// `companions-1-name`.
pub fn field_id(field: &str) -> String {
    field.replace(['[', '.'], "-").replace(']', "")
}

/// What a field is described by (`aria-describedby`): its hint if it has one, and its problem
/// while it has one.
pub fn described_by(
    hint_id: Option<String>,
    error_id: String,
    error: Memo<Option<String>>,
) -> impl Fn() -> Option<String> + Clone + 'static {
    move || {
        let ids: Vec<&str> = hint_id
            .as_deref()
            .into_iter()
            .chain(error.get().is_some().then_some(error_id.as_str()))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The message of the problem with `field`, if there is one.
pub fn problem_for(problems: Signal<Vec<Problem>>, field: String) -> Memo<Option<String>> {
    Memo::new(move |_| {
        problems
            .get()
            .into_iter()
            .find(|p| p.field.as_deref() == Some(field.as_str()))
            .map(|p| p.message)
    })
}

/// A field's problem, shown above it (GOV.UK's error message), with its id for
/// `aria-describedby`.
#[component]
pub fn FieldError(error: Memo<Option<String>>, id: String) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p class="q-error-message" id=id.clone()>
                    <span class="q-visually-hidden">{t(Msg::ErrorPrefix)} " "</span>
                    {message}
                </p>
            }
        })
    }
}

/// "Problem var": every problem of the form as a link to its field, focused when it appears so
/// that screen readers read it first.
#[component]
pub fn ErrorSummary(#[prop(into)] problems: Signal<Vec<Problem>>) -> impl IntoView {
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if !problems.get().is_empty()
            && let Some(summary) = summary.get()
        {
            let _ = summary.focus();
        }
    });
    view! {
        <div class="q-error-summary" tabindex="-1" node_ref=summary role="alert" hidden=move || problems.get().is_empty()>
            <h2 class="q-error-summary__title">{t(Msg::ErrorSummaryTitle)}</h2>
            <ul class="q-error-summary__list">
                {move || {
                    problems
                        .get()
                        .into_iter()
                        .map(|problem| {
                            let href = problem.field.as_deref().map(|f| format!("#{}", field_id(f)));
                            view! {
                                <li>
                                    {match href {
                                        Some(href) => view! { <a href=href>{problem.message}</a> }.into_any(),
                                        None => view! { <span>{problem.message}</span> }.into_any(),
                                    }}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
