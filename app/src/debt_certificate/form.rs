//! Azərişıq's debt certificate (seed 003): basic data from the login, the application's number
//! before sending, one of the person's own subscriber codes, a mobile number confirmed by SMS and
//! an e-mail; then "Müraciəti göndər", and the certificate seconds later.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{
    AccountSettings, ApplicationStatus, ApplicationView, ApplicationsPage, ApplicationsQuery,
    DebtCertificateForm, DraftSave, Problem, SessionInfo, Subscriber,
};
use crate::client::{
    LoadError, Method, SendError, csrf_header, form_title, get_json, send_failed, send_json, sent,
    session, sleep, t, use_i18n,
};
use crate::components::confirmation::Confirmation;
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::log_in_link::LogInLink;
use crate::components::phone_confirmation::PhoneConfirmation;
use crate::components::select_input::SelectInput;
use crate::components::session_timeout::SessionTimeout;
use crate::components::sign_and_send::{SavedApplication, Signing, signing_step};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_input::TextInput;
use crate::domain::Phone;
use crate::i18n::Msg;
use crate::routes::ClientRoute;
use crate::services::DEBT_CERTIFICATE_SERVICE;

#[derive(Clone)]
enum Start {
    Ready {
        info: Box<SessionInfo>,
        draft: Box<ApplicationView>,
        phones: Vec<Phone>,
    },
    NeedsFin,
}

/// The person's open draft of this service, or a new one: its number is shown before sending.
async fn start() -> Result<Start, LoadError> {
    let info = session().await?;
    if info.me.fin.is_none() {
        return Ok(Start::NeedsFin);
    }
    let drafts = ApplicationsQuery {
        service: Some(DEBT_CERTIFICATE_SERVICE.service_number()),
        status: Some(ApplicationStatus::Draft),
        before: None,
    };
    let open = get_json::<ApplicationsPage>(&drafts.path())
        .await?
        .rows
        .into_iter()
        .next();
    let draft = match open {
        Some(open) => {
            get_json::<ApplicationView>(&format!("/api/applications/{}", open.number)).await?
        }
        None => {
            let service = DEBT_CERTIFICATE_SERVICE.service_number();
            send_json::<ApplicationView>(
                "/api/applications",
                &crate::api::NewApplication {
                    service,
                    copy_from: None,
                },
                &csrf_header(&info.csrf_token),
                Method::Post,
            )
            .await
            .map_err(|_| LoadError::Failed)?
        }
    };
    let settings = get_json::<AccountSettings>("/api/account").await?;
    Ok(Start::Ready {
        info: Box::new(info),
        draft: Box::new(draft),
        phones: settings.phones,
    })
}

#[component]
pub fn DebtCertificate() -> impl IntoView {
    let started = LocalResource::new(start);
    move || match started.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(LoadError::LoggedOut)) => view! {
            <h1 class="q-heading-xl">{t(Msg::DebtTitle)}</h1>
            <p class="q-body">{t(Msg::DebtLogInFirst)}</p>
            <p class="q-body"><LogInLink class="q-button"/></p>
        }
        .into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| started.refetch())/> }
                .into_any()
        }
        Some(Ok(Start::NeedsFin)) => view! {
            <h1 class="q-heading-xl">{t(Msg::DebtTitle)}</h1>
            <p class="q-inset">{t(Msg::ErrFinNeeded)}</p>
            <p class="q-body"><LogInLink/></p>
        }
        .into_any(),
        Some(Ok(Start::Ready {
            info,
            draft,
            phones,
        })) => view! { <DebtForm info=*info draft=*draft phones/> }.into_any(),
    }
}

#[component]
fn DebtForm(info: SessionInfo, draft: ApplicationView, phones: Vec<Phone>) -> impl IntoView {
    let i18n = use_i18n();
    let problems = RwSignal::new(Vec::<Problem>::new());
    form_title(Msg::DebtTitle, problems);
    let form: DebtCertificateForm = serde_json::from_value(draft.form.clone()).unwrap_or_default();
    let confirmed = RwSignal::new(phones);
    // Every confirmed Azerbaijani mobile is texted unless unticked; a number confirmed here
    // is ticked at once.
    let unticked = RwSignal::new(form.phones_not_chosen(&confirmed.get_untracked()));
    let code = RwSignal::new(form.subscriber_code);
    let email = RwSignal::new(form.email);
    let chosen = Signal::derive(move || {
        confirmed
            .get()
            .into_iter()
            .filter(|p| p.is_azerbaijani_mobile() && !unticked.with(|u| u.contains(p)))
            .collect::<Vec<_>>()
    });
    let version = RwSignal::new(draft.version);
    // Saved on "Müraciəti göndər", then signed, or sent unsigned where the regulation accepts it.
    let signing = RwSignal::new(None::<i64>);
    let sent_view = RwSignal::new(None::<ApplicationView>);
    let number = draft.number;
    let csrf = info.csrf_token.clone();
    let subscribers =
        LocalResource::new(|| get_json::<Vec<Subscriber>>("/api/billing/subscribers"));
    let options = Signal::derive(move || {
        subscribers
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .map(|s| (s.code.clone(), format!("{} — {}", s.code, s.address)))
            .collect::<Vec<_>>()
    });
    let submit = {
        let csrf = csrf.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let form = DebtCertificateForm {
                subscriber_code: code.get_untracked(),
                phones: chosen
                    .get_untracked()
                    .iter()
                    .map(|p| p.as_str().to_owned())
                    .collect(),
                email: email.get_untracked(),
            };
            let csrf = csrf.clone();
            spawn_local(async move {
                let headers = csrf_header(&csrf);
                let save = DraftSave {
                    version: version.get_untracked(),
                    form: serde_json::to_value(&form).unwrap_or_default(),
                };
                let path = format!("/api/applications/{number}");
                let outcome =
                    send_json::<ApplicationView>(&path, &save, &headers, Method::Put).await;
                let Some(saved) = sent(outcome, problems, i18n.lang()) else {
                    return;
                };
                version.try_set(saved.version);
                signing.try_set(Some(saved.version));
            });
        }
    };
    let refused = Callback::new(move |error: SendError| {
        signing.try_set(None);
        problems.try_set(match error {
            SendError::Problems(found) => found,
            SendError::Failed => send_failed(i18n.lang()),
        });
    });
    let on_sent = Callback::new(move |view: ApplicationView| {
        sent_view.try_set(Some(view));
    });
    let back_to_form = Callback::new(move |()| signing.set(None));
    let minutes = info.me.session_minutes;
    let fin = info.me.fin.map(|f| f.to_string()).unwrap_or_default();
    let (surname, name) = (info.me.surname, info.me.name);
    let phone_problems = RwSignal::new(Vec::<Problem>::new());
    view! {
        <SessionTimeout session_minutes=minutes csrf=csrf.clone()/>
        {move || match (sent_view.get(), signing.get()) {
            (Some(view), _) => view! { <Answered view/> }.into_any(),
            (None, Some(version)) => view! {
                <ErrorSummary problems/>
                <h1 class="q-heading-xl">{t(Msg::DebtTitle)}</h1>
                {signing_step(Signing { what: SavedApplication { number, version }, csrf: csrf.clone(), problems, sent: on_sent, refused, back: back_to_form })}
            }
            .into_any(),
            (None, None) => {
                let (surname, name, fin) = (surname.clone(), name.clone(), fin.clone());
                view! {
                <ErrorSummary problems/>
                <h1 class="q-heading-xl">{t(Msg::DebtTitle)}</h1>
                <h2 class="q-heading-l">{t(Msg::BasicData)}</h2>
                <SummaryList>
                    <SummaryRow key=Msg::SurnameLabel>{surname}</SummaryRow>
                    <SummaryRow key=Msg::NameLabel>{name}</SummaryRow>
                    <SummaryRow key=Msg::FinLabel><span class="q-code">{fin}</span></SummaryRow>
                </SummaryList>
                <h2 class="q-heading-l">{t(Msg::DebtApplicationData)}</h2>
                <SummaryList>
                    <SummaryRow key=Msg::ApplicationNumberLabel><strong class="q-code">{number.to_string()}</strong></SummaryRow>
                </SummaryList>
                {move || match subscribers.get() {
                    None => view! { <Loading/> }.into_any(),
                    Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| subscribers.refetch())/> }.into_any(),
                    Some(Ok(list)) if list.is_empty() => view! {
                        <p class="q-inset" role="status">{t(Msg::DebtNoSubscribers)}</p>
                    }.into_any(),
                    Some(Ok(_)) => view! {
                        <SelectInput field="subscriber_code" label=Msg::SubscriberCodeLabel value=code options problems/>
                    }.into_any(),
                }}
                <h2 class="q-heading-l">{t(Msg::DebtContactData)}</h2>
                <ErrorSummary problems=phone_problems/>
                <PhoneConfirmation confirmed csrf=csrf.clone() problems=phone_problems listed_by_page=true/>
                {move || {
                    let mobiles: Vec<Phone> = confirmed.get().into_iter().filter(Phone::is_azerbaijani_mobile).collect();
                    (!mobiles.is_empty()).then(|| view! {
                        <fieldset class="q-fieldset q-form-group">
                            <legend class="q-fieldset__legend q-fieldset__legend--s">{t(Msg::DebtTextTo)}</legend>
                            <div class="q-checkboxes">
                                {mobiles.into_iter().map(|number| {
                                    let id = format!("text-to-{}", number.as_str().trim_start_matches('+'));
                                    let shown = number.to_string();
                                    let ticked = number.clone();
                                    view! {
                                        <div class="q-checkboxes__item">
                                            <input class="q-checkboxes__input" type="checkbox" id=id.clone()
                                                prop:checked=move || !unticked.with(|u| u.contains(&ticked))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    unticked.update(|u| {
                                                        u.retain(|p| *p != number);
                                                        if !on { u.push(number.clone()); }
                                                    });
                                                }/>
                                            <label class="q-checkboxes__label" for=id>{shown}</label>
                                        </div>
                                    }
                                }).collect_view()}
                            </div>
                        </fieldset>
                    })
                }}
                <form class="q-form" novalidate on:submit=submit.clone()>
                    <TextInput field="email" label=Msg::EmailLabel value=email problems kind="email" autocomplete="email"/>
                    <button type="submit" class="q-button">{t(Msg::DebtSend)}</button>
                </form>
                }.into_any()
            }
        }}
    }
}

/// After "Müraciəti göndər": the number, then the certificate as soon as the check answers.
#[component]
fn Answered(view: ApplicationView) -> impl IntoView {
    let i18n = use_i18n();
    let number = view.number;
    let status = RwSignal::new(view.status);
    // A fully automated service answers in seconds: the page asks a few times.
    spawn_local(async move {
        for _ in 0..15 {
            sleep(2000).await;
            let Ok(now) = get_json::<ApplicationView>(&format!("/api/applications/{number}")).await
            else {
                continue;
            };
            if status.try_set(now.status).is_some() {
                return;
            }
            if now.status != ApplicationStatus::Submitted {
                return;
            }
        }
    });
    view! {
        <Confirmation number/>
        <p class="q-body" aria-live="polite">
            {move || match status.get() {
                ApplicationStatus::Submitted => i18n.t(Msg::DebtChecking).to_owned(),
                other => i18n.t(other.msg()).to_owned(),
            }}
        </p>
        <p class="q-body"><A href=ClientRoute::Application(number).href() attr:class="q-button">{t(Msg::DebtSeeResult)}</A></p>
    }
}
