//! The warning before an idle session ends (WCAG 2.2.1 timing adjustable): the person can stay
//! logged in with one key press, and nothing on the page is lost.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use serde::de::IgnoredAny;

use crate::client::{Method, csrf_header, idle_millis, send_json, session, t, use_i18n};
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// How long before the end the warning opens.
const WARN_SECONDS: i64 = 120;
const CHECK_EVERY: Duration = Duration::from_secs(5);

/// Watches the session of a logged-in page; `csrf` is needed to end it when time runs out.
#[component]
pub fn SessionTimeout(session_minutes: i64, csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let seconds_left = RwSignal::new(WARN_SECONDS);
    let navigate = use_navigate();
    let limit_millis = (session_minutes * 60_000) as f64;
    let check = move || {
        let Some(dialog) = dialog.get_untracked() else {
            return;
        };
        let left = ((limit_millis - idle_millis()) / 1000.0).floor() as i64;
        if left <= 0 {
            dialog.close();
            let (csrf, navigate) = (csrf.clone(), navigate.clone());
            spawn_local(async move {
                let _ = send_json::<IgnoredAny>(
                    "/api/session",
                    &(),
                    &csrf_header(&csrf),
                    Method::Delete,
                )
                .await;
                navigate(
                    &format!("{}?ended=1", ClientRoute::Login.href()),
                    Default::default(),
                );
            });
        } else if left <= WARN_SECONDS {
            seconds_left.set(left);
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        }
    };
    if let Ok(handle) = set_interval_with_handle(check, CHECK_EVERY) {
        on_cleanup(move || handle.clear());
    }
    // Asking who is logged in is enough: every answer extends the session.
    let stay = move || {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
        spawn_local(async {
            let _ = session().await;
        });
    };
    view! {
        <dialog
            class="q-modal"
            node_ref=dialog
            aria-labelledby="session-timeout-title"
            aria-describedby="session-timeout-body"
            on:cancel=move |_: web_sys::Event| stay()
        >
            <h2 class="q-heading-m q-modal__title" id="session-timeout-title">{t(Msg::SessionEndingTitle)}</h2>
            <p class="q-body" id="session-timeout-body">
                {move || i18n.fill(Msg::SessionEndingBody, &[("seconds", &seconds_left.get().to_string())])}
            </p>
            <button type="button" class="q-button" on:click=move |_| stay()>{t(Msg::SessionExtend)}</button>
        </dialog>
    }
}
