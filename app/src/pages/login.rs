//! "PORTALA GİRİŞ": the ways to log in, of which those connected can be used.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::api::{LoginForm, Problem, SessionInfo};
use crate::client::{SendError, form_title, send_failed, send_json, t, use_i18n};
use crate::components::error_summary::ErrorSummary;
use crate::components::text_input::TextInput;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// The means of the seeds that have no connection yet: shown, and said to be not active.
const NOT_CONNECTED: [Msg; 3] = [Msg::MeansAsanImza, Msg::MeansESignature, Msg::MeansEgov];

#[component]
pub fn Login() -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    form_title(Msg::LoginTitle, problems);
    let navigate = use_navigate();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = LoginForm {
            email: Some(email.get_untracked()),
            password: Some(password.get_untracked()),
        };
        let navigate = navigate.clone();
        spawn_local(async move {
            match send_json::<SessionInfo>("/api/session", &form, None, false).await {
                Ok(_) => navigate(&ClientRoute::Cabinet.href(), Default::default()),
                Err(SendError::Problems(found)) => {
                    password.set(String::new());
                    problems.set(found);
                }
                Err(SendError::Failed) => problems.set(send_failed(i18n.lang())),
            }
        });
    };
    view! {
        <ErrorSummary problems=problems/>
        <h1 class="q-heading-xl">{t(Msg::LoginTitle)}</h1>
        <form class="q-form" novalidate on:submit=submit>
            <fieldset class="q-fieldset">
                <legend class="q-fieldset__legend">{t(Msg::LoginMeansLegend)}</legend>
                <div class="q-radios">
                    <div class="q-radios__item">
                        <input class="q-radios__input" type="radio" id="means-password" name="means" value="password" checked/>
                        <label class="q-radios__label" for="means-password">{t(Msg::MeansPassword)}</label>
                        <div class="q-hint q-radios__hint">{t(Msg::MeansPasswordHint)}</div>
                    </div>
                    {NOT_CONNECTED
                        .into_iter()
                        .enumerate()
                        .map(|(i, means)| {
                            let id = format!("means-{i}");
                            let hint = format!("{id}-hint");
                            view! {
                                <div class="q-radios__item q-radios__item--disabled">
                                    <input class="q-radios__input" type="radio" id=id.clone() name="means" disabled aria-describedby=hint.clone()/>
                                    <label class="q-radios__label" for=id>{t(means)}</label>
                                    <div class="q-hint q-radios__hint" id=hint>{t(Msg::MeansNotActive)}</div>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <TextInput field="email" label=Msg::EmailLabel value=email problems kind="email" autocomplete="username"/>
            <TextInput field="password" label=Msg::PasswordLabel value=password problems kind="password" autocomplete="current-password"/>
            <button type="submit" class="q-button">{t(Msg::LogIn)}</button>
        </form>
        <p class="q-body"><A href=ClientRoute::ForgotPassword.href()>{t(Msg::ForgotPasswordLink)}</A></p>
        <p class="q-body"><A href=ClientRoute::Register.href()>{t(Msg::NoAccount)}</A></p>
    }
}
