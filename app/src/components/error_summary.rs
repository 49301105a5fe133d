use leptos::prelude::*;
use wasm_bindgen::JsCast;

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

/// A link of a summary to a field (`href="#id"`): the field takes the focus, with its label, or
/// its group's legend, scrolled into view above it, as GOV.UK's error summary does, and the
/// address gains no fragment. A target that cannot take the focus is left to the browser.
pub fn focus_field(ev: leptos::ev::MouseEvent) {
    let Some(id) = ev
        .current_target()
        .and_then(|link| link.dyn_into::<web_sys::Element>().ok())
        .and_then(|link| link.get_attribute("href"))
        .and_then(|href| href.strip_prefix('#').map(str::to_owned))
    else {
        return;
    };
    let document = document();
    let Some(target) = document
        .get_element_by_id(&id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let label = document
        .query_selector(&format!("label[for=\"{id}\"]"))
        .ok()
        .flatten()
        .or_else(|| {
            let group = target.closest("fieldset").ok().flatten()?;
            group.query_selector("legend").ok().flatten()
        });
    if let Some(label) = &label {
        label.scroll_into_view();
    }
    let _ = target.focus();
    if document.active_element().as_ref() == Some(target.as_ref()) {
        ev.prevent_default();
    }
}

/// "Problem var": every problem of the form as a link to its field, focused when it appears so
/// that screen readers read it first; each link moves the focus to its field (`focus_field`).
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
                                        Some(href) => view! { <a href=href on:click=focus_field>{problem.message}</a> }.into_any(),
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
