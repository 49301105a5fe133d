//! Making an account (seed 002, steps 1–4): the form with the captcha, then the two links.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use serde::de::IgnoredAny;

use crate::api::{
    LinkForm, NewAccount, NewPassword, PasswordResetForm, Problem, RegisterAccountForm,
    SetPasswordForm,
};
use crate::client::{
    Method, SendError, form_title, page_title, problems_in, send_failed, send_json, t, use_i18n,
};
use crate::components::captcha::{CaptchaField, Work, new_challenge};
use crate::components::error_summary::ErrorSummary;
use crate::components::text_input::TextInput;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn Register() -> impl IntoView {
    let i18n = use_i18n();
    let (email, surname, name, fin, answer) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sent_to = RwSignal::new(None::<String>);
    let challenge = new_challenge();
    let work = RwSignal::new(Work::None);
    form_title(Msg::RegisterTitle, problems);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let captcha_id = challenge.get_untracked().and_then(Result::ok).map(|c| c.id);
        let form = RegisterAccountForm {
            email: Some(email.get_untracked()),
            surname: Some(surname.get_untracked()),
            name: Some(name.get_untracked()),
            fin: Some(fin.get_untracked()),
            captcha_id: captcha_id.clone(),
            captcha_answer: Some(answer.get_untracked()),
            captcha_work: work.with_untracked(|w| w.for_challenge(captcha_id.as_deref())),
        };
        // The same parsing the server does, so most mistakes are shown without a round trip.
        if let Err(found) = NewAccount::try_from(form.clone()) {
            problems.set(problems_in(i18n.lang(), found));
            return;
        }
        spawn_local(async move {
            match send_json::<IgnoredAny>("/api/accounts", &form, &[], Method::Post).await {
                Ok(_) => {
                    sent_to.try_set(form.email);
                }
                Err(SendError::Problems(found)) => {
                    problems.set(found);
                    // A captcha is used up by every attempt.
                    answer.set(String::new());
                    challenge.refetch();
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
        });
    };

    move || {
        match sent_to.get() {
        Some(address) => view! { <CheckEmail body=Msg::CheckEmailBody address/> }.into_any(),
        None => view! {
            <ErrorSummary problems=problems/>
            <h1 class="q-heading-xl">{t(Msg::RegisterTitle)}</h1>
            <p class="q-body">{t(Msg::RegisterLead)}</p>
            <form class="q-form" novalidate on:submit=submit>
                <TextInput field="email" label=Msg::EmailLabel value=email problems kind="email" autocomplete="email"/>
                <TextInput field="surname" label=Msg::SurnameLabel value=surname problems autocomplete="family-name"/>
                <TextInput field="name" label=Msg::NameLabel value=name problems autocomplete="given-name"/>
                <TextInput field="fin" label=Msg::FinLabel value=fin problems hint=Msg::FinHint optional=true/>
                <CaptchaField challenge answer work problems/>
                <button type="submit" class="q-button">{t(Msg::Confirm)}</button>
            </form>
        }
        .into_any(),
    }
    }
}

/// The confirmation panel after a form that sent an e-mail: where it went and what to do.
#[component]
fn CheckEmail(body: Msg, address: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="q-panel" role="status">
            <h1 class="q-panel__title">{t(Msg::CheckEmailTitle)}</h1>
            <p class="q-panel__body">{move || i18n.fill(body, &[("email", address.trim())])}</p>
        </div>
    }
}

/// The token a link in an e-mail brought.
fn link_token() -> Signal<String> {
    let query = use_query_map();
    Signal::derive(move || query.get().get("token").unwrap_or_default())
}

/// Shown when a link is used up, expired or forged, with the way to get a new one.
#[component]
fn LinkProblem(problems: Vec<Problem>) -> impl IntoView {
    view! {
        <h1 class="q-heading-xl">{t(Msg::LinkProblemTitle)}</h1>
        {problems.into_iter().map(|p| view! { <p class="q-body">{p.message}</p> }).collect_view()}
        <p class="q-body"><A href=ClientRoute::Register.href()>{t(Msg::RegisterAgain)}</A></p>
    }
}

/// Where a confirmation link leads (registration's first e-mail, or a new address given in the
/// settings): confirms the address as soon as it opens; `body` says what follows.
#[component]
pub fn ConfirmAddress(api: &'static str, body: Msg) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::ConfirmingTitle).to_owned());
    let token = link_token();
    let outcome = LocalResource::new(move || {
        let form = LinkForm {
            token: Some(token.get()),
        };
        async move { send_json::<IgnoredAny>(api, &form, &[], Method::Post).await }
    });
    move || match outcome.get() {
        None => view! { <h1 class="q-heading-xl">{t(Msg::ConfirmingTitle)}</h1> }.into_any(),
        Some(Ok(_)) => view! {
            <div class="q-panel" role="status">
                <h1 class="q-panel__title">{t(Msg::ConfirmedTitle)}</h1>
                <p class="q-panel__body">{t(body)}</p>
            </div>
        }
        .into_any(),
        Some(Err(SendError::Problems(problems))) => view! { <LinkProblem problems/> }.into_any(),
        Some(Err(SendError::Failed)) => {
            view! { <LinkProblem problems=send_failed(i18n.lang())/> }.into_any()
        }
    }
}

/// Where the second e-mail's link leads: the password, then the way to log in.
#[component]
pub fn SetPassword() -> impl IntoView {
    let i18n = use_i18n();
    let token = link_token();
    let password = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let done = RwSignal::new(false);
    form_title(Msg::SetPasswordTitle, problems);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Err(code) = NewPassword::parse(&password.get_untracked()) {
            problems.set(problems_in(i18n.lang(), vec![(code, "password".into())]));
            return;
        }
        let form = SetPasswordForm {
            token: Some(token.get_untracked()),
            password: Some(password.get_untracked()),
        };
        spawn_local(async move {
            match send_json::<IgnoredAny>("/api/accounts/password", &form, &[], Method::Post).await
            {
                Ok(_) => {
                    done.try_set(true);
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
    let link_failed = move || {
        problems
            .get()
            .iter()
            .any(|p| p.field.as_deref() == Some("token"))
    };
    move || {
        if done.get() {
            view! {
                <div class="q-panel" role="status">
                    <h1 class="q-panel__title">{t(Msg::PasswordSetTitle)}</h1>
                </div>
                <p class="q-body"><A href=ClientRoute::Login.href() attr:class="q-button">{t(Msg::LogIn)}</A></p>
            }
            .into_any()
        } else if link_failed() {
            view! { <LinkProblem problems=problems.get()/> }.into_any()
        } else {
            view! {
                <ErrorSummary problems=problems/>
                <h1 class="q-heading-xl">{t(Msg::SetPasswordTitle)}</h1>
                <form class="q-form" novalidate on:submit=submit>
                    <TextInput field="password" label=Msg::PasswordLabel value=password problems hint=Msg::PasswordHint kind="password" autocomplete="new-password"/>
                    <button type="submit" class="q-button">{t(Msg::SavePassword)}</button>
                </form>
            }
            .into_any()
        }
    }
}

/// "Forgot your password?": the address, then the same answer whether or not it has an account.
#[component]
pub fn ForgotPassword() -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sent_to = RwSignal::new(None::<String>);
    form_title(Msg::ForgotTitle, problems);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = PasswordResetForm {
            email: Some(email.get_untracked()),
        };
        spawn_local(async move {
            match send_json::<IgnoredAny>("/api/accounts/password-reset", &form, &[], Method::Post)
                .await
            {
                Ok(_) => {
                    sent_to.try_set(form.email);
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
    move || {
        match sent_to.get() {
        Some(address) => view! { <CheckEmail body=Msg::ResetSentBody address/> }.into_any(),
        None => view! {
            <ErrorSummary problems=problems/>
            <h1 class="q-heading-xl">{t(Msg::ForgotTitle)}</h1>
            <p class="q-body">{t(Msg::ForgotLead)}</p>
            <form class="q-form" novalidate on:submit=submit>
                <TextInput field="email" label=Msg::EmailLabel value=email problems kind="email" autocomplete="email"/>
                <button type="submit" class="q-button">{t(Msg::SendLink)}</button>
            </form>
        }
        .into_any(),
    }
    }
}
