//! "İmzala və göndər", the last step of every application (rule 12.2): the sender's Asan İmza
//! signs the application as saved, the page waits while the phone asks for PIN2, and the
//! application goes with its signature; or unsigned, where the service's regulation accepts it.
// The preview's module sends nothing: there the step is compiled but never drawn.
#![cfg_attr(feature = "form_preview", allow(dead_code))]

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{
    ApplicationView, AsanImzaForm, ErrorCode, Problem, SigningProgress, SigningStarted,
    SigningState, SigningTerms, StartSigning, SubmitApplication,
};
use crate::client::{
    Method, SendError, csrf_header, get_json, send_failed, send_json, sleep, t, use_i18n,
};
use crate::components::load_state::Loading;
use crate::components::text_input::TextInput;
use crate::domain::{ApplicationNumber, Lang};
use crate::i18n::Msg;

/// How often the page asks whether the phone has signed.
const POLL_MILLIS: i32 = 2000;

/// What the signing step needs from the application's page.
#[derive(Clone)]
pub struct Signing {
    pub number: ApplicationNumber,
    /// The version saved: the signature covers it.
    pub version: i64,
    pub csrf: String,
    pub problems: RwSignal<Vec<Problem>>,
    /// The application as sent.
    pub sent: Callback<ApplicationView>,
    /// What the service's rules refuse as the step opens or at the submit.
    pub refused: Callback<SendError>,
    /// Back to the answers, nothing signed.
    pub back: Callback<()>,
}

/// The signing step of an application whose answers were just saved. (Made a lazy part of
/// the cabinet's module, it cost the cabinet's pages more than it saved: wasm-split cut the code
/// it shares with the forms into parts that every page of the area loads.)
#[cfg(not(feature = "form_preview"))]
pub fn signing_step(signing: Signing) -> AnyView {
    view! { <SignAndSend signing/> }.into_any()
}

/// The preview sends nothing, so its module carries no signing step.
#[cfg(feature = "form_preview")]
pub fn signing_step(_: Signing) -> AnyView {
    ().into_any()
}

/// The signing step of the application saved at `signing.version`. The service's rules read it
/// first: what they refuse goes to `refused`, and nothing is signed.
#[component]
fn SignAndSend(signing: Signing) -> impl IntoView {
    let Signing {
        number,
        version,
        csrf,
        problems,
        sent,
        refused,
        back,
    } = signing;
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    // Sends it with the signature's id, or unsigned with none.
    let send = {
        let csrf = csrf.clone();
        Callback::new(move |signature: Option<String>| {
            busy.set(true);
            let token = csrf.clone();
            spawn_local(async move {
                let body = SubmitApplication {
                    version,
                    signing: signature,
                };
                let path = format!("/api/applications/{number}/submit");
                match send_json::<ApplicationView>(&path, &body, &csrf_header(&token), Method::Post)
                    .await
                {
                    Ok(view) => sent.run(view),
                    Err(error) => refused.run(error),
                }
                busy.try_set(false);
            });
        })
    };
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
        // The server reads the holder with `AsanImzaLogin` and words every problem in the
        // page's language: the step carries no table of messages of its own.
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
                            <button type="submit" class="q-button" disabled=move || busy.get()>{t(Msg::SignAndSend)}</button>
                            <button type="button" class="q-button q-button--secondary" on:click=move |_| back.run(())>{t(Msg::SignBackToApplication)}</button>
                        </div>
                    </form>
                    {move || match terms.get() {
                        None => view! { <Loading/> }.into_any(),
                        Some(terms) => terms.unsigned_accepted.then(|| view! {
                            <div class="q-sign__unsigned">
                                <p class="q-hint">{t(Msg::SendUnsignedNote)}</p>
                                <button type="button" class="q-button q-button--secondary" disabled=move || busy.get() on:click=move |_| send.run(None)>{t(Msg::SendUnsigned)}</button>
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
        // Each reason by its own message, so that the step links only these four.
        let failed = |code: ErrorCode| {
            let msg = match code {
                ErrorCode::SignerNotApplicant => Msg::ErrSignerNotApplicant,
                ErrorCode::SigningExpired => Msg::ErrSigningExpired,
                ErrorCode::SigningRefused => Msg::ErrSigningRefused,
                _ => Msg::ErrSignatureNotGiven,
            };
            Some(Err(vec![Problem {
                code,
                field: None,
                message: msg.text(lang).to_owned(),
            }]))
        };
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
