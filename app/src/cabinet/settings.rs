//! "Tənzimləmələr": how notifications reach the person, their password and e-mail, their data
//! as a file, and the request to delete the account.

use futures_util::future::try_join;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use serde::de::IgnoredAny;

use crate::api::{
    AccountSettings, ChangeEmailForm, ChangePasswordForm, PasswordChange, Preferences, Problem,
};
use crate::client::{
    Method, csrf_header, form_title, get_json, problems_in, send_json, sent, session, t, use_i18n,
};
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::phone_confirmation::PhoneConfirmation;
use crate::components::session_timeout::SessionTimeout;
use crate::components::text_input::TextInput;
use crate::domain::{Email, Lang};
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn Settings() -> impl IntoView {
    let problems = RwSignal::new(Vec::<Problem>::new());
    form_title(Msg::SettingsTitle, problems);
    let loaded = LocalResource::new(|| async {
        try_join(session(), get_json::<AccountSettings>("/api/account")).await
    });
    move || {
        match loaded.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| loaded.refetch())/> }
                .into_any()
        }
        Some(Ok((session, settings))) => view! {
            <SessionTimeout session_minutes=session.me.session_minutes csrf=session.csrf_token.clone()/>
            <ErrorSummary problems=problems/>
            <p class="q-body"><A href=ClientRoute::Cabinet.href()>{t(Msg::CabinetTitle)}</A></p>
            <h1 class="q-heading-xl">{t(Msg::SettingsTitle)}</h1>
            <NotificationSettings settings=settings.clone() csrf=session.csrf_token.clone() problems/>
            {settings.has_password.then(|| view! { <PasswordSettings csrf=session.csrf_token.clone() problems/> })}
            <EmailSettings current=settings.email.clone() csrf=session.csrf_token.clone() problems/>
            <h2 class="q-heading-l">{t(Msg::PhoneSettingsTitle)}</h2>
            <PhoneConfirmation confirmed=RwSignal::new(settings.phones.clone()) csrf=session.csrf_token.clone() problems/>
            <h2 class="q-heading-l">{t(Msg::DataTitle)}</h2>
            <p class="q-body">{t(Msg::DataBody)}</p>
            <p class="q-body"><a href="/api/account/export" download="qapi-my-data.json">{t(Msg::DownloadData)}</a></p>
            <Deletion requested=settings.deletion_requested_at csrf=session.csrf_token/>
        }
        .into_any(),
    }
    }
}

#[component]
fn NotificationSettings(
    settings: AccountSettings,
    csrf: String,
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = RwSignal::new(settings.lang);
    let by_email = RwSignal::new(settings.notify_email);
    let by_sms = RwSignal::new(settings.notify_sms);
    let saved = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let preferences = Preferences {
            lang: lang.get_untracked(),
            notify_email: by_email.get_untracked(),
            notify_sms: by_sms.get_untracked(),
        };
        let csrf = csrf.clone();
        saved.set(false);
        spawn_local(async move {
            let outcome = send_json::<IgnoredAny>(
                "/api/account/preferences",
                &preferences,
                &csrf_header(&csrf),
                Method::Put,
            )
            .await;
            saved.set(sent(outcome, problems, i18n.lang()).is_some());
        });
    };
    view! {
        <h2 class="q-heading-l">{t(Msg::NotificationsTitle)}</h2>
        <form class="q-form" novalidate on:submit=submit>
            <fieldset class="q-fieldset">
                <legend class="q-fieldset__legend">{t(Msg::NotifyLangLegend)}</legend>
                <div class="q-radios">
                    {Lang::ALL.into_iter().map(|l| {
                        let id = format!("notify-lang-{}", l.code());
                        view! {
                            <div class="q-radios__item">
                                <input class="q-radios__input" type="radio" name="notify-lang" id=id.clone()
                                    prop:checked=move || lang.get() == l on:change=move |_| lang.set(l)/>
                                <label class="q-radios__label" for=id>{l.endonym()}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <fieldset class="q-fieldset">
                <legend class="q-fieldset__legend">{t(Msg::NotifyChannelsLegend)}</legend>
                <Checkbox id="notify-email" label=Msg::NotifyEmail checked=by_email/>
                <Checkbox id="notify-sms" label=Msg::NotifySms checked=by_sms hint=Msg::NotifySmsHint/>
            </fieldset>
            <button type="submit" class="q-button">{t(Msg::Save)}</button>
            <p role="status" class="q-status">{move || saved.get().then(|| t(Msg::Saved))}</p>
        </form>
    }
}

#[component]
fn Checkbox(
    id: &'static str,
    label: Msg,
    checked: RwSignal<bool>,
    #[prop(optional)] hint: Option<Msg>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="q-checkboxes__item">
            <input class="q-checkboxes__input" type="checkbox" id=id
                aria-describedby=hint.map(|_| hint_id.clone())
                prop:checked=move || checked.get()
                on:change=move |ev| checked.set(event_target_checked(&ev))/>
            <label class="q-checkboxes__label" for=id>{t(label)}</label>
            {hint.map(|hint| view! { <div class="q-hint q-checkboxes__hint" id=hint_id.clone()>{t(hint)}</div> })}
        </div>
    }
}

#[component]
fn PasswordSettings(csrf: String, problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let changed = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = ChangePasswordForm {
            current: Some(current.get_untracked()),
            new: Some(new.get_untracked()),
        };
        changed.set(false);
        if let Err(found) = PasswordChange::try_from(form.clone()) {
            problems.set(problems_in(i18n.lang(), found));
            return;
        }
        let csrf = csrf.clone();
        spawn_local(async move {
            let outcome = send_json::<IgnoredAny>(
                "/api/account/password",
                &form,
                &csrf_header(&csrf),
                Method::Post,
            )
            .await;
            current.set(String::new());
            if sent(outcome, problems, i18n.lang()).is_some() {
                new.set(String::new());
                changed.set(true);
            }
        });
    };
    view! {
        <h2 class="q-heading-l">{t(Msg::ChangePasswordTitle)}</h2>
        <form class="q-form" novalidate on:submit=submit>
            <TextInput field="current" label=Msg::CurrentPasswordLabel value=current problems kind="password" autocomplete="current-password"/>
            <TextInput field="new" label=Msg::NewPasswordLabel value=new problems hint=Msg::PasswordHint kind="password" autocomplete="new-password"/>
            <button type="submit" class="q-button">{t(Msg::ChangePasswordTitle)}</button>
            <p role="status" class="q-status">{move || changed.get().then(|| t(Msg::PasswordChanged))}</p>
        </form>
    }
}

#[component]
fn EmailSettings(
    current: Option<String>,
    csrf: String,
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    let sent_to = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = ChangeEmailForm {
            email: Some(email.get_untracked()),
        };
        sent_to.set(None);
        if let Err(found) = Email::try_from(form.clone()) {
            problems.set(problems_in(i18n.lang(), found));
            return;
        }
        let csrf = csrf.clone();
        spawn_local(async move {
            let outcome = send_json::<IgnoredAny>(
                "/api/account/email",
                &form,
                &csrf_header(&csrf),
                Method::Post,
            )
            .await;
            if sent(outcome, problems, i18n.lang()).is_some() {
                sent_to.set(form.email);
                email.set(String::new());
            }
        });
    };
    view! {
        <h2 class="q-heading-l">{t(Msg::EmailSettingsTitle)}</h2>
        <p class="q-body">
            {match current {
                Some(address) => view! { <strong>{address}</strong> }.into_any(),
                None => view! { <span class="q-not-published">{t(Msg::NoEmail)}</span> }.into_any(),
            }}
        </p>
        <form class="q-form" novalidate on:submit=submit>
            <TextInput field="email" label=Msg::NewEmailLabel value=email problems kind="email" autocomplete="email"/>
            <button type="submit" class="q-button q-button--secondary">{t(Msg::SendConfirmation)}</button>
            <p role="status" class="q-status">
                {move || sent_to.get().map(|to| i18n.fill(Msg::EmailChangeSent, &[("email", to.trim())]))}
            </p>
        </form>
    }
}

#[component]
fn Deletion(requested: Option<String>, csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    let navigate = use_navigate();
    let confirm = move |_| {
        let (csrf, navigate) = (csrf.clone(), navigate.clone());
        spawn_local(async move {
            let _ = send_json::<IgnoredAny>(
                "/api/account/deletion",
                &(),
                &csrf_header(&csrf),
                Method::Post,
            )
            .await;
            navigate(&ClientRoute::Home.href(), Default::default());
        });
    };
    view! {
        <h2 class="q-heading-l">{t(Msg::DeletionTitle)}</h2>
        <p class="q-body">{t(Msg::DeletionBody)}</p>
        {match requested {
            Some(date) => view! {
                <p class="q-inset">{move || i18n.fill(Msg::DeletionRequested, &[("date", &date)])}</p>
            }.into_any(),
            None => view! {
                {move || if asking.get() {
                    view! {
                        <div class="q-warning" role="alert">
                            <p class="q-body">{t(Msg::DeletionSure)}</p>
                            <button type="button" class="q-button q-button--warning" on:click=confirm.clone()>{t(Msg::DeletionConfirm)}</button>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="q-button q-button--secondary" on:click=move |_| asking.set(true)>{t(Msg::DeletionAsk)}</button>
                    }.into_any()
                }}
            }.into_any(),
        }}
    }
}
