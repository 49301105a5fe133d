//! "Şəxsi pəncərə": who is logged in, and the way out.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use serde::de::IgnoredAny;

use crate::api::SessionInfo;
use crate::client::{load, page_title, send_json, t, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
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
    let log_out = move |_| {
        let (csrf, navigate) = (csrf.clone(), navigate.clone());
        spawn_local(async move {
            let _ = send_json::<IgnoredAny>("/api/session", &(), Some(&csrf), true).await;
            navigate(&ClientRoute::Home.href(), Default::default());
        });
    };
    let me = info.me;
    view! {
        <h1 class="q-heading-xl">{t(Msg::CabinetTitle)}</h1>
        <h2 class="q-heading-l">{t(Msg::BasicData)}</h2>
        <SummaryList>
            <SummaryRow key=Msg::SurnameLabel>{me.surname}</SummaryRow>
            <SummaryRow key=Msg::NameLabel>{me.name}</SummaryRow>
            <SummaryRow key=Msg::FinLabel>
                {match me.fin {
                    Some(fin) => view! { <span class="q-code">{fin.to_string()}</span> }.into_any(),
                    None => view! { <span class="q-not-published">{t(Msg::NoFin)}</span> }.into_any(),
                }}
            </SummaryRow>
            <SummaryRow key=Msg::EmailLabel>{me.email}</SummaryRow>
        </SummaryList>
        <button type="button" class="q-button q-button--secondary" on:click=log_out>{t(Msg::LogOut)}</button>
    }
}
