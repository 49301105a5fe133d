//! "Müraciətlərim" (rule 7.1.3): every application of the person, of every service, with its
//! status and due date; each opens its progress, result and what to do next. A page at a time,
//! newest first; "Daha çox" adds the next page below.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{A, Redirect};

use crate::api::{APPLICATIONS_PATH, ApplicationSummary, ApplicationsPage, ApplicationsQuery};
use crate::client::{LoadError, focus_soon, get_json, load, page_title, t, tr, use_i18n};
use crate::components::data_table::DataTable;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::timeline::moment;
use crate::domain::ApplicationNumber;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn MyApplications() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::MyApplications).to_owned());
    let first = load::<ApplicationsPage>(APPLICATIONS_PATH.into());
    view! {
        <h1 class="q-heading-xl" id="my-applications">{t(Msg::MyApplications)}</h1>
        {move || match first.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| first.refetch())/> }.into_any(),
            Some(Ok(page)) if page.rows.is_empty() => view! { <p class="q-body">{t(Msg::NoApplications)}</p> }.into_any(),
            Some(Ok(page)) => view! { <Applications first=page/> }.into_any(),
        }}
    }
}

/// The id of an application's link in the table, to move the focus to.
fn row_link_id(number: ApplicationNumber) -> String {
    format!("application-{number}")
}

#[component]
fn Applications(first: ApplicationsPage) -> impl IntoView {
    let rows = RwSignal::new(first.rows);
    let next = RwSignal::new(first.next);
    let loading = RwSignal::new(false);
    let failed = RwSignal::new(None::<LoadError>);
    let more = move |_| {
        let Some(before) = next.get_untracked() else {
            return;
        };
        if loading.get_untracked() {
            return;
        }
        loading.set(true);
        spawn_local(async move {
            let page = ApplicationsQuery {
                before: Some(before),
                ..Default::default()
            };
            match get_json::<ApplicationsPage>(&page.path()).await {
                Ok(page) => {
                    failed.set(None);
                    // Keyboard and screen reader users go on from the first row added, where
                    // they would have scrolled to; the button may be gone with the last page.
                    if let Some(first_added) = page.rows.first() {
                        focus_soon(row_link_id(first_added.number));
                    }
                    rows.update(|rows| rows.extend(page.rows));
                    next.set(page.next);
                }
                Err(error) => failed.set(Some(error)),
            }
            loading.set(false);
        });
    };
    view! {
        <DataTable labelled_by="my-applications">
            <thead>
                <tr>
                    <th scope="col">{t(Msg::ApplicationNumberLabel)}</th>
                    <th scope="col">{t(Msg::ColumnService)}</th>
                    <th scope="col">{t(Msg::StatusColumn)}</th>
                    <th scope="col">{t(Msg::ApplicationDateColumn)}</th>
                </tr>
            </thead>
            <tbody>
                <For each=move || rows.get() key=|row| row.number let:row>
                    <Row row/>
                </For>
            </tbody>
        </DataTable>
        {move || match failed.get() {
            Some(LoadError::LoggedOut) => view! { <Redirect path=ClientRoute::Login.href()/> }.into_any(),
            Some(_) => view! { <p class="q-error-message" role="alert">{t(Msg::MoreApplicationsFailed)}</p> }.into_any(),
            None => ().into_any(),
        }}
        <Show when=move || next.get().is_some()>
            // Not `disabled` while loading: a disabled button loses the focus.
            <button type="button" class="q-button q-button--secondary" aria-busy=move || loading.get().to_string() on:click=more>
                {t(Msg::MoreApplications)}
            </button>
        </Show>
    }
}

#[component]
fn Row(row: ApplicationSummary) -> impl IntoView {
    let i18n = use_i18n();
    let status = row.status;
    view! {
        <tr>
            <td><A href=ClientRoute::Application(row.number).href() attr:id=row_link_id(row.number)>{row.number.to_string()}</A></td>
            <td>{tr(row.service_title)}</td>
            <td>{move || i18n.t(status.msg())}</td>
            <td>{moment(row.submitted_at.as_deref().unwrap_or(&row.created_at))}</td>
        </tr>
    }
}
