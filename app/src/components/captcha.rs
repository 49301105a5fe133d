use leptos::prelude::*;

use crate::api::{CaptchaChallenge, Problem};
use crate::client::{SendError, t, use_i18n};
use crate::components::text_input::TextInput;
use crate::i18n::Msg;

/// A picture captcha from the server, loaded when asked for (and again after each use).
pub type Challenge = LocalResource<Result<CaptchaChallenge, SendError>>;

pub fn new_challenge() -> Challenge {
    LocalResource::new(|| async {
        crate::client::send_json("/api/captcha", &(), None, false).await
    })
}

/// "Şəkildəki sözü daxil edin": the picture, a button for a new one, and the answer field.
#[component]
pub fn CaptchaField(
    challenge: Challenge,
    answer: RwSignal<String>,
    #[prop(into)] problems: Signal<Vec<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let image = move || challenge.get().and_then(Result::ok).map(|c| c.image);
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
        </div>
    }
}
