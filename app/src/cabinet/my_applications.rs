//! "Müraciətlərim" (rule 7.1.3): every application of the person, of every service, with its
//! status and due date; each opens its progress, result and what to do next.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::ApplicationSummary;
use crate::client::{load, page_title, t, tr, use_i18n};
use crate::components::data_table::DataTable;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::timeline::moment;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn MyApplications() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::MyApplications).to_owned());
    let list = load::<Vec<ApplicationSummary>>("/api/applications".into());
    view! {
        <h1 class="q-heading-xl" id="my-applications">{t(Msg::MyApplications)}</h1>
        {move || match list.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| list.refetch())/> }.into_any(),
            Some(Ok(rows)) if rows.is_empty() => view! { <p class="q-body">{t(Msg::NoApplications)}</p> }.into_any(),
            Some(Ok(rows)) => view! {
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
                        {rows.into_iter().map(|row| {
                            let status = row.status;
                            view! {
                                <tr>
                                    <td><A href=ClientRoute::Application(row.number).href()>{row.number.to_string()}</A></td>
                                    <td>{tr(row.service_title)}</td>
                                    <td>{move || i18n.t(status.msg())}</td>
                                    <td>{moment(row.submitted_at.as_deref().unwrap_or(&row.created_at))}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </DataTable>
            }.into_any(),
        }}
    }
}
