//! A legal person host's staff, as its first account keeps it: colleagues invited by e-mail,
//! each with a login of their own, and taken off when they leave.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ColleagueForm, HostColleague, Problem};
use crate::client::{
    Method, SendError, csrf_header, get_json, problems_in, send_failed, send_json, t, use_i18n,
};
use crate::components::data_table::DataTable;
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::text_input::TextInput;
use crate::i18n::Msg;

#[component]
pub fn Colleagues(csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    let staff = LocalResource::new(|| get_json::<Vec<HostColleague>>("/api/hosts/me/staff"));
    let surname = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let invited = RwSignal::new(None::<String>);
    let csrf = StoredValue::new(csrf);
    let invite = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = ColleagueForm {
            surname: surname.get_untracked(),
            name: name.get_untracked(),
            email: email.get_untracked(),
        };
        let address = match form.parse() {
            Ok(colleague) => colleague.email.to_string(),
            Err(found) => {
                problems.set(problems_in(i18n.lang(), found));
                return;
            }
        };
        spawn_local(async move {
            let outcome = send_json::<serde::de::IgnoredAny>(
                "/api/hosts/me/staff",
                &form,
                &csrf_header(&csrf.get_value()),
                Method::Post,
            )
            .await;
            match outcome {
                Ok(_) => {
                    problems.try_set(Vec::new());
                    invited.try_set(Some(address));
                    for field in [surname, name, email] {
                        field.try_set(String::new());
                    }
                    staff.refetch();
                }
                Err(SendError::Problems(found)) => {
                    problems.try_set(found);
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
        });
    };
    let remove = move |id: i64| {
        spawn_local(async move {
            let path = format!("/api/hosts/me/staff/{id}");
            let _ = send_json::<serde::de::IgnoredAny>(
                &path,
                &(),
                &csrf_header(&csrf.get_value()),
                Method::Delete,
            )
            .await;
            staff.refetch();
        });
    };
    view! {
        <section class="q-staff" aria-labelledby="staff-title">
            <h2 class="q-heading-l" id="staff-title">{t(Msg::StaffTitle)}</h2>
            <p class="q-body">{t(Msg::StaffLead)}</p>
            {move || match staff.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| staff.refetch())/> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! { <p class="q-body">{t(Msg::StaffNone)}</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <DataTable labelled_by="staff-title">
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::ForeignerNameColumn)}</th>
                                <th scope="col">{t(Msg::EmailLabel)}</th>
                                <th scope="col">{t(Msg::StatusColumn)}</th>
                                <th scope="col"><span class="q-visually-hidden">{t(Msg::StaffRemove)}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            {list.into_iter().map(|colleague| {
                                let id = colleague.id;
                                let who = format!("{} {}", colleague.name, colleague.surname);
                                let status = if colleague.joined { Msg::StaffJoined } else { Msg::StaffPending };
                                view! {
                                    <tr>
                                        <td>{who.clone()}</td>
                                        <td>{colleague.email}</td>
                                        <td><strong class="q-status">{t(status)}</strong></td>
                                        <td>
                                            <button type="button" class="q-button q-button--secondary" on:click=move |_| remove(id)>
                                                {t(Msg::StaffRemove)}<span class="q-visually-hidden">{format!(" {who}")}</span>
                                            </button>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </DataTable>
                }.into_any(),
            }}
            <h3 class="q-heading-m">{t(Msg::StaffInvite)}</h3>
            <ErrorSummary problems/>
            {move || invited.get().map(|address| view! {
                <p class="q-inset" role="status">{move || i18n.fill(Msg::StaffInvited, &[("email", &address)])}</p>
            })}
            <form class="q-form" novalidate on:submit=invite>
                <TextInput field="surname" label=Msg::SurnameLabel value=surname problems autocomplete="off"/>
                <TextInput field="name" label=Msg::NameLabel value=name problems autocomplete="off"/>
                <TextInput field="email" label=Msg::EmailLabel value=email problems kind="email" autocomplete="off"/>
                <button type="submit" class="q-button q-button--secondary">{t(Msg::StaffInvite)}</button>
            </form>
        </section>
    }
}
