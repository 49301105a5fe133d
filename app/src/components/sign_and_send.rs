//! "İmzala və göndər", the last step of every application, letter and complaint (rule 12.2):
//! the sender's Asan İmza or e-signature card signs it as saved or written, the page waits while
//! the phone asks for PIN2 (or the card system's page for the card's PIN), and it goes with its
//! signature; or unsigned, where the service's regulation accepts it (a letter
//! or a complaint always may, marked so).
// The preview's module sends nothing: there the step is compiled but never drawn.
#![cfg_attr(feature = "form_preview", allow(dead_code))]

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;

use crate::api::{
    ApplicationView, ComplaintForm, ComplaintView, CustomsObligation, ErrorCode, LetterForm,
    LetterReplyForm, LetterView, ObligationForm, Problem, SignerForm, SigningMeans,
    SigningProgress, SigningStarted, SigningState, SigningTerms, StartComplaintSigning,
    StartLetterSigning, StartObligationSigning, StartReplySigning, StartSigning, SubmitApplication,
};
use crate::client::{
    Method, SendError, csrf_header, get_json, send_failed, send_json, sleep, t, use_i18n,
};
use crate::components::load_state::Loading;
use crate::components::text_input::TextInput;
use crate::domain::{ApplicationNumber, Lang, LetterNumber};
use crate::i18n::Msg;

/// How often the page asks whether the holder has signed.
const POLL_MILLIS: i32 = 2000;

/// What is signed and sent: where the step asks for its terms, for a signature and how it
/// stands, and where it sends. Each kind is a type of its own, so that an area's module carries
/// only the kinds it sends.
pub trait Sendable: Clone + Send + Sync + 'static {
    /// What the sending answers with.
    type Sent: DeserializeOwned + Send + Sync + 'static;
    fn terms(&self) -> (String, serde_json::Value);
    fn start(&self, holder: SignerForm) -> (String, serde_json::Value);
    fn progress(&self, id: &str) -> String;
    fn send(&self, signing: Option<String>) -> (String, serde_json::Value);
    /// The step's heading, lead, way back and note on sending unsigned.
    fn words(&self) -> [Msg; 4];
}

/// An application saved at `version`: the signature covers that version.
#[derive(Clone)]
pub struct SavedApplication {
    pub number: ApplicationNumber,
    pub version: i64,
}

impl Sendable for SavedApplication {
    type Sent = ApplicationView;

    fn terms(&self) -> (String, serde_json::Value) {
        let number = self.number;
        (
            format!("/api/applications/{number}/signing/terms"),
            serde_json::Value::Null,
        )
    }

    fn start(&self, holder: SignerForm) -> (String, serde_json::Value) {
        let number = self.number;
        let body = StartSigning {
            version: self.version,
            holder,
        };
        (format!("/api/applications/{number}/signing"), json(&body))
    }

    fn progress(&self, id: &str) -> String {
        format!("/api/applications/{}/signing/{id}", self.number)
    }

    fn send(&self, signing: Option<String>) -> (String, serde_json::Value) {
        let number = self.number;
        let body = SubmitApplication {
            version: self.version,
            signing,
        };
        (format!("/api/applications/{number}/submit"), json(&body))
    }

    fn words(&self) -> [Msg; 4] {
        [
            Msg::SignTitle,
            Msg::SignLead,
            Msg::SignBackToApplication,
            Msg::SendUnsignedNote,
        ]
    }
}

/// A letter as written, not yet sent.
impl Sendable for LetterForm {
    type Sent = LetterView;

    fn terms(&self) -> (String, serde_json::Value) {
        ("/api/letters/signing/terms".into(), json(self))
    }

    fn start(&self, holder: SignerForm) -> (String, serde_json::Value) {
        let body = StartLetterSigning {
            holder,
            letter: self.clone(),
        };
        ("/api/letters/signing".into(), json(&body))
    }

    fn progress(&self, id: &str) -> String {
        format!("/api/letters/signing/{id}")
    }

    fn send(&self, signing: Option<String>) -> (String, serde_json::Value) {
        let body = LetterForm {
            signing,
            ..self.clone()
        };
        ("/api/letters".into(), json(&body))
    }

    fn words(&self) -> [Msg; 4] {
        LETTER_WORDS
    }
}

/// A reply in a letter's thread as written, not yet sent; its signing is followed as a letter's.
#[derive(Clone)]
pub struct ReplyDraft {
    pub number: LetterNumber,
    pub reply: LetterReplyForm,
}

impl Sendable for ReplyDraft {
    type Sent = LetterView;

    fn terms(&self) -> (String, serde_json::Value) {
        let number = self.number;
        let path = format!("/api/letters/{number}/replies/signing/terms");
        (path, json(&self.reply))
    }

    fn start(&self, holder: SignerForm) -> (String, serde_json::Value) {
        let body = StartReplySigning {
            holder,
            reply: self.reply.clone(),
        };
        let number = self.number;
        (
            format!("/api/letters/{number}/replies/signing"),
            json(&body),
        )
    }

    fn progress(&self, id: &str) -> String {
        format!("/api/letters/signing/{id}")
    }

    fn send(&self, signing: Option<String>) -> (String, serde_json::Value) {
        let body = LetterReplyForm {
            signing,
            ..self.reply.clone()
        };
        (format!("/api/letters/{}/replies", self.number), json(&body))
    }

    fn words(&self) -> [Msg; 4] {
        LETTER_WORDS
    }
}

/// A complaint about the decision on the application by `number`, as written, not yet filed.
#[derive(Clone)]
pub struct ComplaintDraft {
    pub number: ApplicationNumber,
    pub complaint: ComplaintForm,
}

impl Sendable for ComplaintDraft {
    type Sent = ComplaintView;

    fn terms(&self) -> (String, serde_json::Value) {
        let number = self.number;
        let path = format!("/api/applications/{number}/complaints/signing/terms");
        (path, json(&self.complaint))
    }

    fn start(&self, holder: SignerForm) -> (String, serde_json::Value) {
        let body = StartComplaintSigning {
            holder,
            complaint: self.complaint.clone(),
        };
        let number = self.number;
        let path = format!("/api/applications/{number}/complaints/signing");
        (path, json(&body))
    }

    fn progress(&self, id: &str) -> String {
        format!("/api/applications/{}/complaints/signing/{id}", self.number)
    }

    fn send(&self, signing: Option<String>) -> (String, serde_json::Value) {
        let body = ComplaintForm {
            signing,
            ..self.complaint.clone()
        };
        let number = self.number;
        (
            format!("/api/applications/{number}/complaints"),
            json(&body),
        )
    }

    fn words(&self) -> [Msg; 4] {
        [
            Msg::SignComplaintTitle,
            Msg::SignComplaintLead,
            Msg::SignBackToComplaint,
            Msg::SendComplaintUnsignedNote,
        ]
    }
}

/// The customs committee's obligation form, to be accepted once: its wording is the portal's, so
/// nothing of it travels from the page.
#[derive(Clone)]
pub struct CustomsObligationDraft;

impl Sendable for CustomsObligationDraft {
    type Sent = CustomsObligation;

    fn terms(&self) -> (String, serde_json::Value) {
        (
            "/api/customs/obligation/signing/terms".into(),
            serde_json::Value::Null,
        )
    }

    fn start(&self, holder: SignerForm) -> (String, serde_json::Value) {
        let body = StartObligationSigning { holder };
        ("/api/customs/obligation/signing".into(), json(&body))
    }

    fn progress(&self, id: &str) -> String {
        format!("/api/customs/obligation/signing/{id}")
    }

    fn send(&self, signing: Option<String>) -> (String, serde_json::Value) {
        (
            "/api/customs/obligation".into(),
            json(&ObligationForm { signing }),
        )
    }

    fn words(&self) -> [Msg; 4] {
        [
            Msg::SignObligationTitle,
            Msg::SignObligationLead,
            Msg::SignBackToObligation,
            Msg::SendObligationUnsignedNote,
        ]
    }
}

/// A letter's or a reply's signing step: the heading, lead, way back and note on sending unsigned.
const LETTER_WORDS: [Msg; 4] = [
    Msg::SignLetterTitle,
    Msg::SignLetterLead,
    Msg::SignBackToLetter,
    Msg::SendLetterUnsignedNote,
];

fn json(body: &impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(body).unwrap_or_default()
}

/// What a page does with what the rules refuse: the step closes (`step` back to `None`) and the
/// problems show on the form, where what was typed is still there.
pub fn back_to_form<T: Send + Sync + 'static>(
    step: RwSignal<Option<T>>,
    problems: RwSignal<Vec<Problem>>,
) -> Callback<SendError> {
    let i18n = use_i18n();
    Callback::new(move |error: SendError| {
        step.try_set(None);
        problems.try_set(match error {
            SendError::Problems(found) => found,
            SendError::Failed => send_failed(i18n.lang()),
        });
    })
}

/// What the signing step needs from its page.
#[derive(Clone)]
pub struct Signing<S: Sendable> {
    pub what: S,
    pub csrf: String,
    pub problems: RwSignal<Vec<Problem>>,
    /// It, as sent.
    pub sent: Callback<S::Sent>,
    /// What the rules refuse as the step opens or at the sending.
    pub refused: Callback<SendError>,
    /// Back to the answers, nothing signed.
    pub back: Callback<()>,
}

/// The signing step of an application whose answers were just saved. (Made a lazy part of
/// the cabinet's module, it cost the cabinet's pages more than it saved: wasm-split cut the code
/// it shares with the forms into parts that every page of the area loads.)
#[cfg(not(feature = "form_preview"))]
pub fn signing_step<S: Sendable>(signing: Signing<S>) -> AnyView {
    view! { <SignAndSend step=Step::of(signing)/> }.into_any()
}

/// The preview sends nothing, so its module carries no signing step.
#[cfg(feature = "form_preview")]
pub fn signing_step<S: Sendable>(_: Signing<S>) -> AnyView {
    ().into_any()
}

/// A signing step with what it signs behind one shape: the step's component is compiled once,
/// whatever kinds an area sends, and only these adapters are made per kind.
#[derive(Clone)]
struct Step {
    terms: (String, serde_json::Value),
    start: Arc<dyn Fn(SignerForm) -> (String, serde_json::Value) + Send + Sync>,
    progress: Arc<dyn Fn(&str) -> String + Send + Sync>,
    /// Sends it with the signature's id, or unsigned with none, and reads the answer as the
    /// kind's own; then `done`.
    send: Arc<dyn Fn(Option<String>, Callback<()>) + Send + Sync>,
    words: [Msg; 4],
    csrf: String,
    problems: RwSignal<Vec<Problem>>,
    refused: Callback<SendError>,
    back: Callback<()>,
}

impl Step {
    fn of<S: Sendable>(signing: Signing<S>) -> Self {
        let Signing {
            what,
            csrf,
            problems,
            sent,
            refused,
            back,
        } = signing;
        let (start, progress, send) = (what.clone(), what.clone(), what.clone());
        let token = csrf.clone();
        Self {
            terms: what.terms(),
            start: Arc::new(move |holder| start.start(holder)),
            progress: Arc::new(move |id| progress.progress(id)),
            send: Arc::new(move |signature, done: Callback<()>| {
                let (path, body) = send.send(signature);
                let token = token.clone();
                spawn_local(async move {
                    let headers = csrf_header(&token);
                    match send_json::<S::Sent>(&path, &body, &headers, Method::Post).await {
                        Ok(view) => sent.run(view),
                        Err(error) => refused.run(error),
                    }
                    done.run(());
                });
            }),
            words: what.words(),
            csrf,
            problems,
            refused,
            back,
        }
    }
}

/// The signing step of what `step` names. The rules read it first: what they refuse goes to
/// `refused`, and nothing is signed.
#[component]
fn SignAndSend(step: Step) -> impl IntoView {
    let Step {
        terms: terms_asked,
        start,
        progress,
        send: sending,
        words,
        csrf,
        problems,
        refused,
        back,
    } = step;
    let i18n = use_i18n();
    let [title, lead, back_label, unsigned_note] = words;
    let busy = RwSignal::new(false);
    // Sends it with the signature's id, or unsigned with none.
    let send = Callback::new(move |signature: Option<String>| {
        busy.set(true);
        sending(
            signature,
            Callback::new(move |()| {
                busy.try_set(false);
            }),
        );
    });
    let terms = RwSignal::new(None::<SigningTerms>);
    let means = RwSignal::new(SigningMeans::AsanImza);
    let phone = RwSignal::new(String::new());
    let user_id = RwSignal::new(String::new());
    {
        let ((path, body), token) = (terms_asked, csrf.clone());
        spawn_local(async move {
            match send_json::<SigningTerms>(&path, &body, &csrf_header(&token), Method::Post).await
            {
                Ok(found) => {
                    // The Asan İmza the sender logged in with, offered; what they typed stays.
                    if let Some(asan) = &found.asan_imza {
                        let offer = |field: RwSignal<String>, value: &Option<String>| {
                            if field.with_untracked(String::is_empty) {
                                field.try_set(value.clone().unwrap_or_default());
                            }
                        };
                        offer(phone, &asan.phone);
                        offer(user_id, &asan.user_id);
                    }
                    // Asan İmza unless only the card is connected here.
                    if !found.means.contains(&SigningMeans::AsanImza)
                        && let Some(first) = found.means.first()
                    {
                        means.try_set(*first);
                    }
                    terms.try_set(Some(found));
                }
                Err(error) => refused.run(error),
            }
        });
    }
    let started = RwSignal::new(None::<SigningStarted>);
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let csrf = StoredValue::new(csrf);
    let (start, progress) = (StoredValue::new(start), StoredValue::new(progress));
    let sign = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let holder = SignerForm {
            means: means.get_untracked(),
            phone: Some(phone.get_untracked()),
            user_id: Some(user_id.get_untracked()),
        };
        // The server reads the holder with `AsanImzaLogin` and words every problem in the
        // page's language: the step carries no table of messages of its own.
        let (path, body) = start.with_value(|start| start(holder));
        let progress = progress.get_value();
        spawn_local(async move {
            let token = csrf.get_value();
            match send_json::<SigningStarted>(&path, &body, &csrf_header(&token), Method::Post)
                .await
            {
                Ok(asked) => {
                    problems.try_set(Vec::new());
                    let id = asked.id.clone();
                    started.try_set(Some(asked));
                    let outcome = await_signature(&progress(&id), &id, started, i18n.lang()).await;
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
    let offered =
        move |m: SigningMeans| terms.with(|t| t.as_ref().is_some_and(|t| t.means.contains(&m)));
    let none_offered = move || terms.with(|t| t.as_ref().is_some_and(|t| t.means.is_empty()));
    view! {
        <section class="q-sign" aria-labelledby="sign-title">
            <h2 class="q-heading-l" id="sign-title" tabindex="-1" node_ref=heading>{t(title)}</h2>
            {move || match started.get() {
                Some(asked) => view! { <Waiting asked started/> }.into_any(),
                None => view! {
                    <p class="q-body">{t(lead)}</p>
                    <Show when=none_offered>
                        <p class="q-inset">{t(Msg::SignNoMeans)}</p>
                    </Show>
                    <form class="q-form" novalidate on:submit=sign hidden=none_offered>
                        <Show when=move || offered(SigningMeans::AsanImza) && offered(SigningMeans::ESignature)>
                            <fieldset class="q-fieldset">
                                <legend class="q-fieldset__legend q-fieldset__legend--s">{t(Msg::SignMeansLegend)}</legend>
                                <div class="q-radios">
                                    <MeansChoice option=SigningMeans::AsanImza means/>
                                    <MeansChoice option=SigningMeans::ESignature means/>
                                </div>
                            </fieldset>
                        </Show>
                        {move || match means.get() {
                            SigningMeans::AsanImza => view! {
                                <p class="q-body">{t(Msg::SignAsanImzaHow)}</p>
                                <TextInput field="signer.phone" label=Msg::PhoneLabel value=phone problems hint=Msg::AsanPhoneHint kind="tel" autocomplete="tel"/>
                                <TextInput field="signer.user_id" label=Msg::AsanUserIdLabel value=user_id problems hint=Msg::AsanUserIdHint/>
                            }
                            .into_any(),
                            SigningMeans::ESignature => view! { <p class="q-body">{t(Msg::SignCardHow)}</p> }.into_any(),
                        }}
                        <div class="q-button-group">
                            <button type="submit" class="q-button" disabled=move || busy.get()>{t(Msg::SignAndSend)}</button>
                            <button type="button" class="q-button q-button--secondary" on:click=move |_| back.run(())>{t(back_label)}</button>
                        </div>
                    </form>
                    {move || match terms.get() {
                        None => view! { <Loading/> }.into_any(),
                        Some(terms) => terms.unsigned_accepted.then(|| view! {
                            <div class="q-sign__unsigned">
                                <p class="q-hint">{t(unsigned_note)}</p>
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

/// One signature system to choose, with how it signs.
#[component]
fn MeansChoice(option: SigningMeans, means: RwSignal<SigningMeans>) -> impl IntoView {
    let id = format!("signer-{}", option.slug());
    let hint = format!("{id}-hint");
    let how = match option {
        SigningMeans::AsanImza => Msg::MeansAsanImzaHint,
        SigningMeans::ESignature => Msg::MeansESignatureHint,
    };
    view! {
        <div class="q-radios__item">
            <input class="q-radios__input" type="radio" id=id.clone() name="signer-means" value=option.slug()
                aria-describedby=hint.clone()
                prop:checked=move || means.get() == option
                on:change=move |_| means.set(option)/>
            <label class="q-radios__label" for=id>{t(option.name())}</label>
            <p class="q-radios__hint" id=hint>{t(how)}</p>
        </div>
    }
}

/// The signature system is waiting for its holder: the phone's verification code, or the card
/// system's page to open.
#[component]
fn Waiting(asked: SigningStarted, started: RwSignal<Option<SigningStarted>>) -> impl IntoView {
    let cancel = move |_| started.set(None);
    match (asked.verification_code, asked.page) {
        (_, Some(page)) => view! {
            <div class="q-waiting" role="status">
                <p class="q-body">{t(Msg::SignCardWaiting)}</p>
                <p><a class="q-button" href=page target="_blank" rel="noopener">{t(Msg::SignCardOpen)}</a></p>
                <button type="button" class="q-button q-button--secondary" on:click=cancel>{t(Msg::Cancel)}</button>
            </div>
        }
        .into_any(),
        (code, None) => view! {
            <div class="q-waiting" role="status">
                <p class="q-body">{t(Msg::AsanVerificationCode)}</p>
                <p class="q-waiting__code" data-testid="verification-code">{code.unwrap_or_default()}</p>
                <p class="q-body">{t(Msg::SignWaitingBody)}</p>
                <button type="button" class="q-button q-button--secondary" on:click=cancel>{t(Msg::Cancel)}</button>
            </div>
        }
        .into_any(),
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

/// Asks until the holder has signed or refused, or the request is no longer the one waited for
/// (cancelled, or the page moved on): then `None`.
async fn await_signature(
    path: &str,
    id: &str,
    started: RwSignal<Option<SigningStarted>>,
    lang: Lang,
) -> Option<Result<(), Vec<Problem>>> {
    loop {
        sleep(POLL_MILLIS).await;
        let still_waiting = started
            .try_with_untracked(|s| s.as_ref().is_some_and(|s| s.id == id))
            .unwrap_or(false);
        if !still_waiting {
            return None;
        }
        // Each reason by its own message, so that the step links only these five.
        let failed = |code: ErrorCode| {
            let msg = match code {
                ErrorCode::SignerNotApplicant => Msg::ErrSignerNotApplicant,
                ErrorCode::CertificateRevoked => Msg::ErrCertificateRevoked,
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
        if let Ok(progress) = get_json::<SigningProgress>(path).await {
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
