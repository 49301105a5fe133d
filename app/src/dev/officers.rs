//! Development and demo only: the demo officers' addresses, password and the code each one's
//! authenticator app would show now.

use leptos::prelude::*;

use crate::api::DemoOfficer;
use crate::client::{load, page_title, sleep, t, use_i18n};
use crate::components::data_table::DataTable;
use crate::components::load_state::Loading;
use crate::i18n::Msg;

#[component]
pub fn DevOfficers() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::DevOfficersTitle).to_owned());
    let officers = load::<Vec<DemoOfficer>>("/api/dev/officers".into());
    // Codes live 30 seconds: the table follows them.
    leptos::task::spawn_local(async move {
        loop {
            sleep(5000).await;
            if officers.try_update(|_| ()).is_none() {
                break;
            }
            officers.refetch();
        }
    });
    view! {
        <p><strong class="q-tag q-tag--simulator">{t(Msg::MeansSimulator)}</strong></p>
        <h1 class="q-heading-xl" id="demo-officers">{t(Msg::DevOfficersTitle)}</h1>
        <p class="q-body">{t(Msg::DevOfficersLead)}</p>
        {move || match officers.get() {
            Some(Ok(list)) => view! {
                <DataTable labelled_by="demo-officers">
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::EmailLabel)}</th>
                            <th scope="col">{t(Msg::OfficersRole)}</th>
                            <th scope="col">{t(Msg::PasswordColumn)}</th>
                            <th scope="col">{t(Msg::SecondFactorCode)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {list.into_iter().map(|o| view! {
                            <tr>
                                <td>{o.email}</td>
                                <td>{o.role}</td>
                                <td class="q-code">{o.password}</td>
                                <td class="q-code" data-officer-code="">{o.code}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </DataTable>
            }.into_any(),
            _ => view! { <Loading/> }.into_any(),
        }}
    }
}
