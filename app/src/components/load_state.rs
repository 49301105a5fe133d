use leptos::prelude::*;
use leptos_router::components::Redirect;

use crate::client::{LoadError, here, remember_way_back, t};
use crate::components::not_found::NotFound;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// What a page shows while its data loads.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="q-loading" role="status">{t(Msg::Loading)}</p> }
}

/// What a page shows when its data could not be loaded: not found, or a way to try again.
#[component]
pub fn LoadFailed(error: LoadError, retry: Callback<()>) -> impl IntoView {
    match error {
        LoadError::NotFound => view! { <NotFound/> }.into_any(),
        // The page needs a login: to the login page, which comes back here after.
        LoadError::LoggedOut => {
            remember_way_back(&here());
            view! { <Redirect path=ClientRoute::Login.href()/> }.into_any()
        }
        LoadError::Failed => view! {
            <div class="q-error-page">
                <h1 class="q-heading-l">{t(Msg::ErrorPageTitle)}</h1>
                <p class="q-body">{t(Msg::ErrorPageBody)}</p>
                <button type="button" class="q-button" on:click=move |_| retry.run(())>
                    {t(Msg::TryAgain)}
                </button>
            </div>
        }
        .into_any(),
    }
}

/// A list a page loads from the API, as it stands: loading, why it failed with a way to try
/// again, `empty` said when there is nothing, or the rows as `rows` draws them.
pub fn loaded_list<T, V>(
    list: LocalResource<Result<Vec<T>, LoadError>>,
    empty: Msg,
    rows: impl Fn(Vec<T>) -> V + 'static,
) -> impl Fn() -> AnyView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    move || match list.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| list.refetch())/> }.into_any()
        }
        Some(Ok(found)) if found.is_empty() => {
            view! { <p class="q-body" role="status">{t(empty)}</p> }.into_any()
        }
        Some(Ok(found)) => rows(found).into_any(),
    }
}
