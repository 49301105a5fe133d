use leptos::prelude::*;

use crate::client::{LoadError, use_i18n};
use crate::i18n::Msg;
use crate::pages::not_found::NotFound;

/// What a page shows while its data loads.
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="q-loading" role="status">{move || i18n.t(Msg::Loading)}</p> }
}

/// What a page shows when its data could not be loaded: not found, or a way to try again.
#[component]
pub fn LoadFailed(error: LoadError, retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    match error {
        LoadError::NotFound => view! { <NotFound/> }.into_any(),
        LoadError::Failed => view! {
            <div class="q-error-page">
                <h1 class="q-heading-l">{move || i18n.t(Msg::ErrorPageTitle)}</h1>
                <p class="q-body">{move || i18n.t(Msg::ErrorPageBody)}</p>
                <button type="button" class="q-button" on:click=move |_| retry.run(())>
                    {move || i18n.t(Msg::TryAgain)}
                </button>
            </div>
        }
        .into_any(),
    }
}
