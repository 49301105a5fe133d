use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{CaptchaChallenge, Problem, find_work};
use crate::client::{Method, SendError, sleep, t, use_i18n};
use crate::components::text_input::TextInput;
use crate::i18n::Msg;

/// A picture captcha from the server, loaded when asked for (and again after each use).
pub type Challenge = LocalResource<Result<CaptchaChallenge, SendError>>;

/// Nonces tried between two breaths of the page, so that it keeps answering the keyboard.
const WORK_SLICE: u64 = 20_000;

pub fn new_challenge() -> Challenge {
    LocalResource::new(|| async {
        crate::client::send_json("/api/captcha", &(), &[], Method::Post).await
    })
}

/// The accessible way past the captcha: the browser's proof of work, for the challenge it was
/// found for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Work {
    None,
    Working,
    Done { challenge: String, nonce: u64 },
}

impl Work {
    /// The nonce, if it proves the challenge now on the page.
    pub fn for_challenge(&self, id: Option<&str>) -> Option<u64> {
        match self {
            Self::Done { challenge, nonce } if Some(challenge.as_str()) == id => Some(*nonce),
            _ => None,
        }
    }
}

/// "Şəkildəki sözü daxil edin": the picture, a button for a new one, the answer field, and the
/// check the browser can do instead for people who cannot read the picture (WCAG 2.2 SC 3.3.8).
#[component]
pub fn CaptchaField(
    challenge: Challenge,
    answer: RwSignal<String>,
    work: RwSignal<Work>,
    #[prop(into)] problems: Signal<Vec<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let current_id = move || challenge.get().and_then(Result::ok).map(|c| c.id);
    let work_bits = move || challenge.get().and_then(Result::ok).map(|c| c.work_bits);
    let image = move || challenge.get().and_then(Result::ok).map(|c| c.image);
    let proven = move || work.with(|w| w.for_challenge(current_id().as_deref()).is_some());
    let prove = move |_| {
        let (Some(id), Some(bits)) = (current_id(), work_bits()) else {
            return;
        };
        work.set(Work::Working);
        spawn_local(async move {
            let mut start = 0;
            let nonce = loop {
                if let Some(nonce) = find_work(&id, bits, start, WORK_SLICE) {
                    break nonce;
                }
                start += WORK_SLICE;
                sleep(0).await;
            };
            work.try_set(Work::Done {
                challenge: id,
                nonce,
            });
        });
    };
    view! {
        <div class="q-captcha">
            <div class="q-captcha__picture">
                {move || image().map(|src| view! {
                    <img class="q-captcha__image" src=src width="220" height="90" alt=move || i18n.t(Msg::CaptchaImageAlt)/>
                })}
            </div>
            <button
                type="button"
                class="q-button q-button--secondary"
                on:click=move |_| {
                    answer.set(String::new());
                    challenge.refetch();
                }
            >
                {t(Msg::CaptchaNew)}
            </button>
            <TextInput field="captcha_answer" label=Msg::CaptchaLabel value=answer problems autocomplete="off"/>
            <div role="status">
                {move || if proven() {
                    view! { <p class="q-captcha__done">{t(Msg::CaptchaWorkDone)}</p> }.into_any()
                } else if work.get() == Work::Working {
                    view! { <p class="q-loading">{t(Msg::CaptchaWorking)}</p> }.into_any()
                } else {
                    view! {
                        <button type="button" class="q-link-button" on:click=prove>{t(Msg::CaptchaCannotRead)}</button>
                    }.into_any()
                }}
            </div>
        </div>
    }
}
