//! "Şəxsi pəncərə": who is logged in, how they logged in lately, and the ways out.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use serde::de::IgnoredAny;

use crate::api::{LoginRecord, SessionInfo};
use crate::client::{Method, load, page_title, send_json, t, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::session_timeout::SessionTimeout;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn Cabinet() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::CabinetTitle).to_owned());
    let session = load::<SessionInfo>("/api/session".into());
    move || match session.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| session.refetch())/> }
                .into_any()
        }
        Some(Ok(info)) => view! { <Overview info/> }.into_any(),
    }
}

#[component]
fn Overview(info: SessionInfo) -> impl IntoView {
    let navigate = use_navigate();
    let csrf = info.csrf_token.clone();
    // Out of this browser only, or out of every session of the account.
    let log_out = move |path: &'static str| {
        let (csrf, navigate) = (csrf.clone(), navigate.clone());
        move |_| {
            let (csrf, navigate) = (csrf.clone(), navigate.clone());
            spawn_local(async move {
                let _ = send_json::<IgnoredAny>(path, &(), Some(&csrf), Method::Delete).await;
                navigate(&ClientRoute::Home.href(), Default::default());
            });
        }
    };
    let me = info.me;
    view! {
        <SessionTimeout session_minutes=me.session_minutes csrf=info.csrf_token/>
        <h1 class="q-heading-xl">{t(Msg::CabinetTitle)}</h1>
        <h2 class="q-heading-l">{t(Msg::BasicData)}</h2>
        <SummaryList>
            <SummaryRow key=Msg::SurnameLabel>{me.surname}</SummaryRow>
            <SummaryRow key=Msg::NameLabel>{me.name}</SummaryRow>
            <SummaryRow key=Msg::FinLabel>
                {match me.fin {
                    Some(fin) => view! { <span class="q-code">{fin.to_string()}</span> }.into_any(),
                    None => view! {
                        <span class="q-not-published">{t(Msg::NoFin)}</span>
                        <span class="q-summary-list__note">{t(Msg::FinNeededHint)}</span>
                    }.into_any(),
                }}
            </SummaryRow>
            <SummaryRow key=Msg::EmailLabel>
                {match me.email {
                    Some(email) => view! { <span>{email}</span> }.into_any(),
                    None => view! { <span class="q-not-published">{t(Msg::NoEmail)}</span> }.into_any(),
                }}
            </SummaryRow>
        </SummaryList>
        <LoginHistory/>
        <p class="q-body"><A href=ClientRoute::Settings.href()>{t(Msg::SettingsTitle)}</A></p>
        <div class="q-button-group">
            <button type="button" class="q-button q-button--secondary" on:click=log_out("/api/session")>{t(Msg::LogOut)}</button>
            <button type="button" class="q-button q-button--secondary" on:click=log_out("/api/sessions")>{t(Msg::LogOutEverywhere)}</button>
        </div>
    }
}

/// Rule 6.1.3: the person sees when and how their account was used.
#[component]
fn LoginHistory() -> impl IntoView {
    let logins = load::<Vec<LoginRecord>>("/api/session/logins".into());
    view! {
        <h2 class="q-heading-l" id="logins-title">{t(Msg::LoginHistoryTitle)}</h2>
        {move || logins.get().and_then(Result::ok).map(|list| view! {
            <table class="q-table" aria-labelledby="logins-title">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::LoginHistoryWhen)}</th>
                        <th scope="col">{t(Msg::LoginHistoryHow)}</th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|login| view! {
                        <tr>
                            <td>{login.at.replace('T', " ").trim_end_matches('Z').to_owned()}</td>
                            <td>{t(login.means.name())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
    }
}
