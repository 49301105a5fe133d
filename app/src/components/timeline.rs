use leptos::prelude::*;

use crate::api::ApplicationEvent;
use crate::client::use_i18n;

/// An application's history: each status it reached, when, and the agency's words.
#[component]
pub fn Timeline(history: Vec<ApplicationEvent>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ol class="q-timeline">
            {history.into_iter().map(|event| {
                let at = moment(&event.at);
                view! {
                    <li class="q-timeline__item">
                        <strong>{move || i18n.t(event.status.msg())}</strong>
                        " — " <span>{at}</span>
                        {event.note.map(|note| view! { <p class="q-body">{note}</p> })}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

/// A stored moment (`2026-11-23T10:00:00Z`) as people read it: `23.11.2026 14:00`, Baku time.
pub fn moment(at: &str) -> String {
    crate::domain::shown_moment(at)
}
