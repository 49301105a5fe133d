//! "PORTALA GİRİŞ": the four means of logging in, the active ones usable, each with a page on
//! how to get it; and the page an identity system sends the browser back to.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::{
    AsanImzaForm, AsanImzaLogin, Connection, LoginChallenge, LoginForm, LoginMeans, LoginProgress,
    MeansState, PasswordLogin as PasswordLoginAnswer, Problem, SecondFactorForm, SessionInfo,
    TotpEnrolment,
};
use crate::client::{
    Method, SendError, form_title, load, page_title, problems_in, send_failed, send_json, sleep, t,
    take_way_back, use_i18n,
};
use crate::components::error_summary::ErrorSummary;
use crate::components::text_input::TextInput;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// How often the page asks whether the person has answered at the identity system.
const POLL_MILLIS: i32 = 2000;

#[component]
pub fn Login() -> impl IntoView {
    let means = load::<Vec<MeansState>>("/api/login/means".into());
    let chosen = RwSignal::new(LoginMeans::Password);
    let problems = RwSignal::new(Vec::<Problem>::new());
    form_title(Msg::LoginTitle, problems);
    let session_ended = use_query_map().with_untracked(|q| q.get("ended").is_some());
    // Until the list comes, only the portal's own accounts are offered: they always work.
    let connection = move |m: LoginMeans| {
        let listed = means.get().and_then(Result::ok).and_then(|list| {
            list.into_iter()
                .find(|s| s.means == m)
                .map(|s| s.connection)
        });
        match (m, listed) {
            (_, Some(connection)) => connection,
            (LoginMeans::Password, None) => Connection::Connected,
            (_, None) => Connection::NotConnected,
        }
    };
    view! {
        <ErrorSummary problems=problems/>
        <h1 class="q-heading-xl">{t(Msg::LoginTitle)}</h1>
        {session_ended.then(|| view! { <p class="q-inset" role="status">{t(Msg::SessionEnded)}</p> })}
        <fieldset class="q-fieldset">
            <legend class="q-fieldset__legend">{t(Msg::LoginMeansLegend)}</legend>
            <div class="q-radios">
                {LoginMeans::ALL
                    .into_iter()
                    .map(|m| view! { <MeansChoice means=m connection=Signal::derive(move || connection(m)) chosen problems/> })
                    .collect_view()}
            </div>
        </fieldset>
        {move || match chosen.get() {
            LoginMeans::Password => view! { <PasswordLogin problems/> }.into_any(),
            LoginMeans::AsanImza => view! { <AsanImzaPanel problems/> }.into_any(),
            other => view! { <RedirectLogin means=other problems/> }.into_any(),
        }}
        <p class="q-body"><A href=ClientRoute::Register.href()>{t(Msg::NoAccount)}</A></p>
    }
}

#[component]
fn MeansChoice(
    means: LoginMeans,
    connection: Signal<Connection>,
    chosen: RwSignal<LoginMeans>,
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let id = format!("means-{}", means.slug());
    let hint_id = format!("{id}-hint");
    let hint = match means {
        LoginMeans::Password => Msg::MeansPasswordHint,
        LoginMeans::AsanImza => Msg::MeansAsanImzaHint,
        LoginMeans::ESignature => Msg::MeansESignatureHint,
        LoginMeans::Egov => Msg::MeansEgovHint,
    };
    let inactive = move || connection.get() == Connection::NotConnected;
    view! {
        <div class="q-radios__item" class:q-radios__item--disabled=inactive>
            <input
                class="q-radios__input"
                type="radio"
                id=id.clone()
                name="means"
                value=means.slug()
                disabled=inactive
                aria-describedby=hint_id.clone()
                prop:checked=move || chosen.get() == means
                on:change=move |_| {
                    problems.set(Vec::new());
                    chosen.set(means);
                }
            />
            <label class="q-radios__label" for=id>{t(means.name())}</label>
            <div class="q-hint q-radios__hint" id=hint_id>
                {move || if inactive() { t(Msg::MeansNotActive).into_any() } else { t(hint).into_any() }}
                {move || (connection.get() == Connection::Simulator).then(|| view! {
                    " " <strong class="q-tag q-tag--simulator">{t(Msg::MeansSimulator)}</strong>
                })}
                " " <A href=ClientRoute::LoginHow(means).href()>{t(Msg::HowToGet)}</A>
            </div>
        </div>
    }
}

#[component]
fn PasswordLogin(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    // An officer's password opens the second step: the authenticator's code.
    let second_factor = RwSignal::new(None::<(String, Option<TotpEnrolment>)>);
    let navigate = use_navigate();
    let submit = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let form = LoginForm {
                email: Some(email.get_untracked()),
                password: Some(password.get_untracked()),
            };
            let navigate = navigate.clone();
            spawn_local(async move {
                match send_json::<PasswordLoginAnswer>("/api/session", &form, &[], Method::Post)
                    .await
                {
                    Ok(PasswordLoginAnswer::LoggedIn { session }) => {
                        navigate(&landing(&session), Default::default());
                    }
                    Ok(PasswordLoginAnswer::SecondFactor {
                        challenge,
                        enrolment,
                    }) => {
                        password.try_set(String::new());
                        problems.try_set(Vec::new());
                        second_factor.try_set(Some((challenge, enrolment)));
                    }
                    Err(SendError::Problems(found)) => {
                        password.set(String::new());
                        problems.set(found);
                    }
                    Err(SendError::Failed) => {
                        problems.try_set(send_failed(i18n.lang()));
                    }
                }
            });
        }
    };
    move || {
        match second_factor.get() {
        Some((challenge, enrolment)) => view! {
            <SecondFactorStep challenge enrolment problems/>
        }
        .into_any(),
        None => view! {
            <form class="q-form" novalidate on:submit=submit.clone()>
                <TextInput field="email" label=Msg::EmailLabel value=email problems kind="email" autocomplete="username"/>
                <TextInput field="password" label=Msg::PasswordLabel value=password problems kind="password" autocomplete="current-password"/>
                <button type="submit" class="q-button">{t(Msg::LogIn)}</button>
            </form>
            <p class="q-body"><A href=ClientRoute::ForgotPassword.href()>{t(Msg::ForgotPasswordLink)}</A></p>
        }
        .into_any(),
    }
    }
}

/// Where a person lands after logging in: an officer at the queue, the registry operator at the
/// registry's queue, the service editor at the agency's forms, an administrator at the officer
/// accounts, anyone else back at the page that sent them to log in, or in the cabinet.
fn landing(session: &SessionInfo) -> String {
    match session.me.office {
        Some(office) if office.role.works_applications() => ClientRoute::Office.href(),
        Some(office) if office.role == crate::api::OfficerRole::RegistryOperator => {
            ClientRoute::OfficeRegistryQueue.href()
        }
        Some(office) if office.role == crate::api::OfficerRole::FormEditor => {
            ClientRoute::OfficeForms.href()
        }
        Some(_) => ClientRoute::OfficeOfficers.href(),
        None => take_way_back().unwrap_or_else(|| ClientRoute::Cabinet.href()),
    }
}

/// An officer's second factor: the code from the authenticator app, and at the first login
/// the key to add to it.
#[component]
fn SecondFactorStep(
    challenge: String,
    enrolment: Option<TotpEnrolment>,
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let code = RwSignal::new(String::new());
    let navigate = use_navigate();
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = SecondFactorForm {
            challenge: challenge.clone(),
            code: Some(code.get_untracked()),
        };
        let navigate = navigate.clone();
        spawn_local(async move {
            match send_json::<PasswordLoginAnswer>(
                "/api/session/second-factor",
                &form,
                &[],
                Method::Post,
            )
            .await
            {
                Ok(PasswordLoginAnswer::LoggedIn { session }) => {
                    navigate(&landing(&session), Default::default());
                }
                Ok(PasswordLoginAnswer::SecondFactor { .. }) => {}
                Err(SendError::Problems(found)) => {
                    code.try_set(String::new());
                    problems.try_set(found);
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
        });
    };
    view! {
        <h2 class="q-heading-l" tabindex="-1" node_ref=heading>{t(Msg::SecondFactorTitle)}</h2>
        {match enrolment {
            Some(enrolment) => view! {
                <p class="q-body">{t(Msg::SecondFactorEnrolLead)}</p>
                <img class="q-qr" src=enrolment.qr alt=move || i18n.t(Msg::SecondFactorQrAlt) width="200" height="200"/>
                <p class="q-body">{t(Msg::SecondFactorKey)} ": " <strong class="q-code q-code--wrap">{enrolment.secret}</strong></p>
            }.into_any(),
            None => view! { <p class="q-body">{t(Msg::SecondFactorLead)}</p> }.into_any(),
        }}
        <form class="q-form" novalidate on:submit=submit>
            <TextInput field="code" label=Msg::SecondFactorCode value=code problems inputmode="numeric" autocomplete="one-time-code"/>
            <button type="submit" class="q-button">{t(Msg::Confirm)}</button>
        </form>
    }
}

/// Seed 004: phone number and user ID, "Daxil ol", then the verification code while the
/// person confirms on the phone with PIN1.
#[component]
fn AsanImzaPanel(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let phone = RwSignal::new(String::new());
    let user_id = RwSignal::new(String::new());
    let challenge = RwSignal::new(None::<LoginChallenge>);
    let navigate = use_navigate();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = AsanImzaForm {
            phone: Some(phone.get_untracked()),
            user_id: Some(user_id.get_untracked()),
        };
        if let Err(found) = AsanImzaLogin::try_from(form.clone()) {
            problems.set(problems_in(i18n.lang(), found));
            return;
        }
        let navigate = navigate.clone();
        spawn_local(async move {
            match send_json::<LoginChallenge>("/api/login/asan-imza", &form, &[], Method::Post)
                .await
            {
                Ok(started) => {
                    problems.set(Vec::new());
                    let attempt = started.attempt.clone();
                    challenge.set(Some(started));
                    let current = attempt.clone();
                    let still_waiting = move || {
                        challenge
                            .try_with_untracked(|c| {
                                c.as_ref().is_some_and(|c| c.attempt == current)
                            })
                            .unwrap_or(false)
                    };
                    let outcome = await_login(attempt, still_waiting).await;
                    if outcome.is_some() {
                        challenge.try_set(None);
                    }
                    finish(outcome, &navigate, problems, i18n);
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
        match challenge.get() {
        Some(started) => view! { <AsanImzaWaiting started cancel=Callback::new(move |()| challenge.set(None))/> }.into_any(),
        None => view! {
            <form class="q-form" novalidate on:submit=submit.clone()>
                <TextInput field="phone" label=Msg::PhoneLabel value=phone problems hint=Msg::AsanPhoneHint kind="tel" autocomplete="tel"/>
                <TextInput field="user_id" label=Msg::AsanUserIdLabel value=user_id problems hint=Msg::AsanUserIdHint/>
                <button type="submit" class="q-button">{t(Msg::LogIn)}</button>
            </form>
        }
        .into_any(),
    }
    }
}

#[component]
fn AsanImzaWaiting(started: LoginChallenge, cancel: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let minutes = (started.expires_in_seconds / 60).max(1).to_string();
    view! {
        <section class="q-waiting" aria-labelledby="asan-waiting-title">
            <h2 class="q-heading-l" id="asan-waiting-title" tabindex="-1" node_ref=heading>{t(Msg::AsanWaitingTitle)}</h2>
            <p class="q-body">{t(Msg::AsanVerificationCode)}</p>
            <p class="q-waiting__code" data-testid="verification-code">{started.verification_code.unwrap_or_default()}</p>
            <p class="q-body">{t(Msg::AsanWaitingBody)}</p>
            <p class="q-hint">{move || i18n.fill(Msg::AsanWaitingTime, &[("minutes", &minutes)])}</p>
            <button type="button" class="q-button q-button--secondary" on:click=move |_| cancel.run(())>{t(Msg::Cancel)}</button>
        </section>
    }
}

/// E-signature and E-Gov: the browser goes to the identity system and comes back.
#[component]
fn RedirectLogin(means: LoginMeans, problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let go = move |_| {
        let navigate = navigate.clone();
        spawn_local(async move {
            let path = format!("/api/login/{}", means.slug());
            match send_json::<LoginChallenge>(&path, &(), &[], Method::Post).await {
                Ok(LoginChallenge {
                    redirect: Some(to), ..
                }) if to.starts_with('/') => navigate(&to, Default::default()),
                Ok(LoginChallenge {
                    redirect: Some(to), ..
                }) => {
                    let _ = window().location().set_href(&to);
                }
                Ok(_) | Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
                Err(SendError::Problems(found)) => {
                    problems.try_set(found);
                }
            }
        });
    };
    view! {
        <button type="button" class="q-button" on:click=go>
            {move || i18n.fill(Msg::ContinueTo, &[("means", i18n.t(means.name()))])}
        </button>
    }
}

/// Asks until the identity system has an answer, or `still_wanted` says the page moved on.
async fn await_login(
    attempt: String,
    still_wanted: impl Fn() -> bool,
) -> Option<Result<SessionInfo, SendError>> {
    let path = format!("/api/login/attempts/{attempt}");
    loop {
        match send_json::<LoginProgress>(&path, &(), &[], Method::Post).await {
            Ok(LoginProgress::LoggedIn { session }) => return Some(Ok(session)),
            Err(SendError::Problems(found)) => return Some(Err(SendError::Problems(found))),
            // Waiting, or a network blip: the attempt's expiry ends the wait either way.
            Ok(LoginProgress::Waiting) | Err(SendError::Failed) => {}
        }
        sleep(POLL_MILLIS).await;
        if !still_wanted() {
            return None;
        }
    }
}

/// Back to the page that sent the person to log in, or to the cabinet, when logged in; otherwise
/// the reason, in the error summary.
fn finish(
    outcome: Option<Result<SessionInfo, SendError>>,
    navigate: &impl Fn(&str, leptos_router::NavigateOptions),
    problems: RwSignal<Vec<Problem>>,
    i18n: crate::client::I18n,
) {
    match outcome {
        Some(Ok(_)) => {
            let to = take_way_back().unwrap_or_else(|| ClientRoute::Cabinet.href());
            navigate(&to, Default::default());
        }
        Some(Err(SendError::Problems(found))) => {
            problems.try_set(found);
        }
        Some(Err(SendError::Failed)) => {
            problems.try_set(send_failed(i18n.lang()));
        }
        None => {}
    }
}

/// Where E-Gov and the e-signature page send the browser back.
#[component]
pub fn LoginReturn() -> impl IntoView {
    let i18n = use_i18n();
    let problems = RwSignal::new(Vec::<Problem>::new());
    form_title(Msg::LoginReturnTitle, problems);
    let attempt = use_query_map().with_untracked(|q| q.get("attempt").unwrap_or_default());
    let navigate = use_navigate();
    let alive = RwSignal::new(());
    spawn_local(async move {
        let outcome = await_login(attempt, move || alive.try_get_untracked().is_some()).await;
        finish(outcome, &navigate, problems, i18n);
    });
    view! {
        <ErrorSummary problems=problems/>
        <h1 class="q-heading-xl">{t(Msg::LoginReturnTitle)}</h1>
        {move || if problems.with(Vec::is_empty) {
            view! { <p class="q-loading" role="status">{t(Msg::Loading)}</p> }.into_any()
        } else {
            view! { <p class="q-body"><A href=ClientRoute::Login.href()>{t(Msg::BackToLogin)}</A></p> }.into_any()
        }}
    }
}

/// "Necə əldə etməli?": how to get a means of logging in.
#[component]
pub fn LoginHow(means: LoginMeans) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.fill(Msg::HowToGetTitle, &[("means", i18n.t(means.name()))]));
    let steps = match means {
        LoginMeans::Password => [Msg::HowPassword1, Msg::HowPassword2],
        LoginMeans::AsanImza => [Msg::HowAsanImza1, Msg::HowAsanImza2],
        LoginMeans::ESignature => [Msg::HowESignature1, Msg::HowESignature2],
        LoginMeans::Egov => [Msg::HowEgov1, Msg::HowEgov2],
    };
    view! {
        <h1 class="q-heading-xl">{move || i18n.fill(Msg::HowToGetTitle, &[("means", i18n.t(means.name()))])}</h1>
        <ol class="q-list q-list--number">
            {steps.into_iter().map(|step| view! { <li>{t(step)}</li> }).collect_view()}
        </ol>
        {(means == LoginMeans::Password).then(|| view! {
            <p class="q-body"><A href=ClientRoute::Register.href()>{t(Msg::NoAccount)}</A></p>
        })}
        <p class="q-body"><A href=ClientRoute::Login.href()>{t(Msg::BackToLogin)}</A></p>
    }
}
