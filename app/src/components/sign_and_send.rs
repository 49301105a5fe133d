//! "İmzala və göndər", the last step of every application (rule 12.2): the sender's Asan İmza
//! signs the application as saved, the page waits while the phone asks for PIN2, and the
//! application goes with its signature; or unsigned, where the service's regulation accepts it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{
    AsanImzaForm, AsanImzaLogin, ErrorCode, Problem, SigningProgress, SigningStarted, SigningState,
    SigningTerms, StartSigning,
};
use crate::client::{
    Method, SendError, csrf_header, get_json, problems_in, send_failed, send_json, sleep, t,
    use_i18n,
};
use crate::components::load_state::Loading;
use crate::components::text_input::TextInput;
use crate::domain::{ApplicationNumber, Lang};
use crate::i18n::Msg;

/// How often the page asks whether the phone has signed.
const POLL_MILLIS: i32 = 2000;

/// The signing step of the application `number` saved at `version`. The service's rules read
/// it first: what they refuse goes to `refused`, and nothing is signed. `send` sends it with
/// the signature's id, or with none to send it unsigned; `back` returns to the answers.
#[component]
pub fn SignAndSend(
    number: ApplicationNumber,
    version: i64,
    csrf: String,
    problems: RwSignal<Vec<Problem>>,
    send: Callback<Option<String>>,
    refused: Callback<SendError>,
    back: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let terms = RwSignal::new(None::<SigningTerms>);
    {
        let (path, token) = (
            format!("/api/applications/{number}/signing/terms"),
            csrf.clone(),
        );
        spawn_local(async move {
            match send_json::<SigningTerms>(&path, &(), &csrf_header(&token), Method::Post).await {
                Ok(found) => {
                    terms.try_set(Some(found));
                }
                Err(error) => refused.run(error),
            }
        });
    }
    let phone = RwSignal::new(String::new());
    let user_id = RwSignal::new(String::new());
    let started = RwSignal::new(None::<SigningStarted>);
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let csrf = StoredValue::new(csrf);
    let sign = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let holder = AsanImzaForm {
            phone: Some(phone.get_untracked()),
            user_id: Some(user_id.get_untracked()),
        };
        if let Err(found) = AsanImzaLogin::try_from(holder.clone()) {
            problems.set(of_signer(problems_in(i18n.lang(), found)));
            return;
        }
        let path = format!("/api/applications/{number}/signing");
        let body = StartSigning { version, holder };
        spawn_local(async move {
            let token = csrf.get_value();
            match send_json::<SigningStarted>(&path, &body, &csrf_header(&token), Method::Post)
                .await
            {
                Ok(asked) => {
                    problems.try_set(Vec::new());
                    let id = asked.id.clone();
                    started.try_set(Some(asked));
                    let outcome = await_signature(number, &id, started, i18n.lang()).await;
                    started.try_set(None);
                    match outcome {
                        Some(Ok(())) => send.run(Some(id)),
                        Some(Err(found)) => {
                            problems.try_set(found);
                        }
                        None => {}
                    }
                }
                Err(SendError::Problems(found)) => {
                    problems.try_set(of_signer(found));
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
        });
    };
    view! {
        <section class="q-sign" aria-labelledby="sign-title">
            <h2 class="q-heading-l" id="sign-title" tabindex="-1" node_ref=heading>{t(Msg::SignTitle)}</h2>
            {move || match started.get() {
                Some(asked) => view! {
                    <div class="q-waiting" role="status">
                        <p class="q-body">{t(Msg::AsanVerificationCode)}</p>
                        <p class="q-waiting__code" data-testid="verification-code">{asked.verification_code}</p>
                        <p class="q-body">{t(Msg::SignWaitingBody)}</p>
                        <button type="button" class="q-button q-button--secondary" on:click=move |_| { started.set(None); }>{t(Msg::Cancel)}</button>
                    </div>
                }
                .into_any(),
                None => view! {
                    <p class="q-body">{t(Msg::SignLead)}</p>
                    <form class="q-form" novalidate on:submit=sign>
                        <TextInput field="signer.phone" label=Msg::PhoneLabel value=phone problems hint=Msg::AsanPhoneHint kind="tel" autocomplete="tel"/>
                        <TextInput field="signer.user_id" label=Msg::AsanUserIdLabel value=user_id problems hint=Msg::AsanUserIdHint/>
                        <div class="q-button-group">
                            <button type="submit" class="q-button">{t(Msg::SignAndSend)}</button>
                            <button type="button" class="q-button q-button--secondary" on:click=move |_| back.run(())>{t(Msg::SignBackToApplication)}</button>
                        </div>
                    </form>
                    {move || match terms.get() {
                        None => view! { <Loading/> }.into_any(),
                        Some(terms) => terms.unsigned_accepted.then(|| view! {
                            <div class="q-sign__unsigned">
                                <p class="q-hint">{t(Msg::SendUnsignedNote)}</p>
                                <button type="button" class="q-button q-button--secondary" on:click=move |_| send.run(None)>{t(Msg::SendUnsigned)}</button>
                            </div>
                        }).into_any(),
                    }}
                }
                .into_any(),
            }}
        </section>
    }
}

/// The signer's fields are named apart from the application's own (a form may ask a phone).
fn of_signer(found: Vec<Problem>) -> Vec<Problem> {
    found
        .into_iter()
        .map(|problem| Problem {
            field: problem.field.map(|field| format!("signer.{field}")),
            ..problem
        })
        .collect()
}

/// Asks until the phone has signed or refused, or the request is no longer the one waited for
/// (cancelled, or the page moved on): then `None`.
async fn await_signature(
    number: ApplicationNumber,
    id: &str,
    started: RwSignal<Option<SigningStarted>>,
    lang: Lang,
) -> Option<Result<(), Vec<Problem>>> {
    let path = format!("/api/applications/{number}/signing/{id}");
    loop {
        sleep(POLL_MILLIS).await;
        let still_waiting = started
            .try_with_untracked(|s| s.as_ref().is_some_and(|s| s.id == id))
            .unwrap_or(false);
        if !still_waiting {
            return None;
        }
        let failed = |code| Some(Err(vec![Problem::new(code, None, lang)]));
        // A network blip does not end the wait: the phone's own expiry does.
        if let Ok(progress) = get_json::<SigningProgress>(&path).await {
            match (progress.state, progress.problem) {
                (SigningState::Signed, _) => return Some(Ok(())),
                (SigningState::Refused, Some(why)) => return failed(why),
                (SigningState::Refused, None) => return failed(ErrorCode::SigningRefused),
                (SigningState::Expired, _) => return failed(ErrorCode::SigningExpired),
                (SigningState::Waiting, _) => {}
            }
        }
    }
}
