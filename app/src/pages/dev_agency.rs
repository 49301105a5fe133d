//! Development and demo only: the stand-in agency desk, where anyone verifies hosts' addresses
//! and decides applications until officers have their back office.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::IgnoredAny;

use crate::api::{AgencyDecision, ApplicationAction, ApplicationSummary, DeskHost};
use crate::client::{Method, get_json, page_title, send_json, t, use_i18n};
use crate::components::load_state::Loading;
use crate::i18n::Msg;

#[component]
pub fn DevAgency() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::DevAgencyTitle).to_owned());
    let hosts = LocalResource::new(|| get_json::<Vec<DeskHost>>("/api/dev/agency/hosts"));
    let waiting =
        LocalResource::new(|| get_json::<Vec<ApplicationSummary>>("/api/dev/agency/applications"));
    let verify = move |account: i64| {
        spawn_local(async move {
            let path = format!("/api/dev/agency/hosts/{account}/verify");
            let _ = send_json::<IgnoredAny>(&path, &(), &[], Method::Post).await;
            hosts.refetch();
        });
    };
    view! {
        <p><strong class="q-tag q-tag--simulator">{t(Msg::MeansSimulator)}</strong></p>
        <h1 class="q-heading-xl">{t(Msg::DevAgencyTitle)}</h1>
        <p class="q-body">{t(Msg::DevAgencyLead)}</p>
        <h2 class="q-heading-l">{t(Msg::DevAgencyHosts)}</h2>
        {move || match hosts.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(_)) => view! { <p class="q-body">{t(Msg::ErrorPageBody)}</p> }.into_any(),
            Some(Ok(list)) => view! {
                <ul class="q-desk">
                    {list.into_iter().map(|host| {
                        let account = host.account_id;
                        view! {
                            <li class="q-desk__item">
                                <strong>{host.name}</strong> " · " {host.email.unwrap_or_default()} <br/> {host.address} <br/>
                                {if host.verified {
                                    view! { <span class="q-status">{t(Msg::AddressVerified)}</span> }.into_any()
                                } else {
                                    view! { <button type="button" class="q-button q-button--secondary" on:click=move |_| verify(account)>{t(Msg::VerifyAddress)}</button> }.into_any()
                                }}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any(),
        }}
        <h2 class="q-heading-l">{t(Msg::DevAgencyApplications)}</h2>
        {move || match waiting.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(_)) => view! { <p class="q-body">{t(Msg::ErrorPageBody)}</p> }.into_any(),
            Some(Ok(list)) if list.is_empty() => view! { <p class="q-body">{t(Msg::NoApplications)}</p> }.into_any(),
            Some(Ok(list)) => view! {
                <ul class="q-desk">
                    {list.into_iter().map(|a| view! { <DeskDecision application=a done=Callback::new(move |()| waiting.refetch())/> }).collect_view()}
                </ul>
            }.into_any(),
        }}
    }
}

#[component]
fn DeskDecision(application: ApplicationSummary, done: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let number = application.number;
    let note = RwSignal::new(String::new());
    let fields = RwSignal::new(String::new());
    let note_id = format!("note-{number}");
    let fields_id = format!("fields-{number}");
    let decide = move |action: ApplicationAction| {
        move |_| {
            let decision = AgencyDecision {
                action,
                note: Some(note.get_untracked()),
                fields_to_fix: fields
                    .get_untracked()
                    .split(',')
                    .map(|f| f.trim().to_owned())
                    .filter(|f| !f.is_empty())
                    .collect(),
            };
            spawn_local(async move {
                let path = format!("/api/dev/agency/applications/{number}");
                let _ = send_json::<IgnoredAny>(&path, &decision, &[], Method::Post).await;
                done.run(());
            });
        }
    };
    let summary = application.summary.unwrap_or_default();
    let who = format!(
        "{} {}",
        summary["name"].as_str().unwrap_or_default(),
        summary["surname"].as_str().unwrap_or_default()
    );
    view! {
        <li class="q-desk__item">
            <strong class="q-code">{number.to_string()}</strong> " · " {who} " · " {move || i18n.t(application.status.msg())}
            <div class="q-form-group">
                <label class="q-label" for=note_id.clone()>{t(Msg::DecisionNoteLabel)}</label>
                <input class="q-input" id=note_id type="text" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
            </div>
            <div class="q-form-group">
                <label class="q-label" for=fields_id.clone()>{t(Msg::FieldsToFixLabel)}</label>
                <input class="q-input" id=fields_id type="text" prop:value=move || fields.get() on:input=move |ev| fields.set(event_target_value(&ev))/>
            </div>
            <div class="q-button-group">
                <button type="button" class="q-button" on:click=decide(ApplicationAction::Accept)>{t(Msg::DecideAccept)}</button>
                <button type="button" class="q-button q-button--secondary" on:click=decide(ApplicationAction::Return)>{t(Msg::DecideReturn)}</button>
                <button type="button" class="q-button q-button--warning" on:click=decide(ApplicationAction::Refuse)>{t(Msg::DecideRefuse)}</button>
            </div>
        </li>
    }
}
