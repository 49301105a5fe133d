use leptos::prelude::*;

use crate::client::{t, use_i18n};
use crate::i18n::Msg;

/// Where the person is in a multi-step form: "Addım 2 / 5" and the list of steps, the current
/// one marked for screen readers.
#[component]
pub fn Stepper(steps: Vec<Msg>, #[prop(into)] current: Signal<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let total = steps.len();
    view! {
        <nav class="q-stepper" aria-label=move || i18n.t(Msg::StepsLabel)>
            <p class="q-stepper__count">
                {move || i18n.fill(Msg::StepOf, &[("step", &(current.get() + 1).to_string()), ("total", &total.to_string())])}
            </p>
            <ol class="q-stepper__list">
                {steps
                    .into_iter()
                    .enumerate()
                    .map(|(i, step)| view! {
                        <li
                            class="q-stepper__step"
                            class:q-stepper__step--done=move || i < current.get()
                            class:q-stepper__step--current=move || i == current.get()
                            aria-current=move || (i == current.get()).then_some("step")
                        >
                            {format!("{}. ", i + 1)}
                            {t(step)}
                        </li>
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
