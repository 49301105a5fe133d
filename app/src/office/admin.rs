//! The administrator's officer accounts (add, deactivate) and the supervisor's audit log.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::application::AuditTable;
use super::queue::send_json_ok;
use crate::api::{AuditEntry, NewOfficerForm, OfficerRole, OfficerView, Problem};
use crate::client::{
    Method, SendError, csrf_header, load, page_title, send_failed, send_json, t, use_i18n,
};
use crate::components::data_table::DataTable;
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::office_nav::AtDesk;
use crate::components::select_input::SelectInput;
use crate::components::text_input::TextInput;
use crate::i18n::Msg;

#[component]
pub fn Officers() -> impl IntoView {
    view! {
        <AtDesk page=|info, role| {
            let admin = role.role == OfficerRole::Administrator;
            view! { <OfficerList csrf=info.csrf_token admin/> }
        }/>
    }
}

#[component]
fn OfficerList(csrf: String, admin: bool) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::OfficersTitle).to_owned());
    let officers = load::<Vec<OfficerView>>("/api/office/officers".into());
    let csrf = StoredValue::new(csrf);
    let deactivate = move |account: i64| {
        let csrf = csrf.get_value();
        spawn_local(async move {
            let path = format!("/api/office/officers/{account}/deactivate");
            if send_json_ok(&path, &csrf).await {
                officers.refetch();
            }
        });
    };
    view! {
        <h1 class="q-heading-xl" id="officers-title">{t(Msg::OfficersTitle)}</h1>
        {move || match officers.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| officers.refetch())/> }.into_any(),
            Some(Ok(list)) => view! {
                <DataTable labelled_by="officers-title">
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::ForeignerNameColumn)}</th>
                            <th scope="col">{t(Msg::EmailLabel)}</th>
                            <th scope="col">{t(Msg::FinLabel)}</th>
                            <th scope="col">{t(Msg::OfficersRole)}</th>
                            <th scope="col">{t(Msg::StatusColumn)}</th>
                            {admin.then(|| view! { <th scope="col"><span class="q-visually-hidden">{t(Msg::OfficersDeactivate)}</span></th> })}
                        </tr>
                    </thead>
                    <tbody>
                        {list.into_iter().map(|officer| {
                            let account = officer.account_id;
                            let role = officer.role;
                            let name = format!("{} {}", officer.surname, officer.name);
                            let label = format!("{}: {name}", i18n.t(Msg::OfficersDeactivate));
                            view! {
                                <tr>
                                    <td>{name}</td>
                                    <td>{officer.email}</td>
                                    <td class="q-code">{officer.signing_fin.map(|fin| fin.to_string())}</td>
                                    <td>{move || i18n.t(role.msg())}</td>
                                    <td>{t(if officer.active { Msg::OfficersActive } else { Msg::OfficersInactive })}</td>
                                    {admin.then(|| view! {
                                        <td>{officer.active.then(|| view! {
                                            <button type="button" class="q-button q-button--warning" aria-label=label on:click=move |_| deactivate(account)>{t(Msg::OfficersDeactivate)}</button>
                                        })}</td>
                                    })}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </DataTable>
            }.into_any(),
        }}
        {admin.then(|| view! { <AddOfficer csrf=csrf.get_value() added=Callback::new(move |()| officers.refetch())/> })}
    }
}

#[component]
fn AddOfficer(csrf: String, added: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    let surname = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let fin = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let done = RwSignal::new(false);
    let roles = Signal::derive(move || {
        OfficerRole::ALL
            .into_iter()
            .map(|r| (r.code().to_owned(), i18n.t(r.msg()).to_owned()))
            .collect::<Vec<_>>()
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = NewOfficerForm {
            email: Some(email.get_untracked()),
            surname: Some(surname.get_untracked()),
            name: Some(name.get_untracked()),
            fin: Some(fin.get_untracked()),
            role: Some(role.get_untracked()),
        };
        let csrf = csrf.clone();
        spawn_local(async move {
            match send_json::<serde::de::IgnoredAny>(
                "/api/office/officers",
                &form,
                &csrf_header(&csrf),
                Method::Post,
            )
            .await
            {
                Ok(_) => {
                    problems.try_set(Vec::new());
                    for field in [email, surname, name, fin, role] {
                        field.try_set(String::new());
                    }
                    done.try_set(true);
                    added.run(());
                }
                Err(SendError::Problems(found)) => {
                    done.try_set(false);
                    problems.try_set(found);
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
        });
    };
    view! {
        <h2 class="q-heading-l">{t(Msg::OfficersAdd)}</h2>
        {move || done.get().then(|| view! { <p class="q-inset" role="status">{t(Msg::OfficersAdded)}</p> })}
        <ErrorSummary problems/>
        <form class="q-form" novalidate on:submit=submit>
            <TextInput field="email" label=Msg::EmailLabel value=email problems kind="email" autocomplete="off"/>
            <TextInput field="surname" label=Msg::SurnameLabel value=surname problems/>
            <TextInput field="name" label=Msg::NameLabel value=name problems/>
            <TextInput field="fin" label=Msg::FinLabel hint=Msg::OfficerFinHint value=fin problems autocomplete="off"/>
            <SelectInput field="role" label=Msg::OfficersRole value=role options=roles problems/>
            <button type="submit" class="q-button">{t(Msg::OfficersAdd)}</button>
        </form>
    }
}

#[component]
pub fn Audit() -> impl IntoView {
    view! { <AtDesk page=|_, _| view! { <AgencyAudit/> }/> }
}

#[component]
fn AgencyAudit() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::OfficeAudit).to_owned());
    let entries = load::<Vec<AuditEntry>>("/api/office/audit".into());
    move || match entries.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| entries.refetch())/> }
                .into_any()
        }
        Some(Ok(list)) => view! { <AuditTable entries=list page=true/> }.into_any(),
    }
}
