//! Who signed what a person sent or an officer wrote, when, and whether the signature holds
//! (rule 12.2), checked by the server when it was read; or that it went unsigned. A letter's
//! thread and a complaint show it the same way on both sides.

use leptos::prelude::*;

use crate::api::{DecisionSigner, SignatureCheck};
use crate::client::{t, use_i18n};
use crate::components::timeline::moment;
use crate::i18n::Msg;

/// `unsigned` is said where there is no signature and the reader should know (what the sender
/// wrote); with neither, nothing is shown.
#[component]
pub fn SignedBy(signer: Option<DecisionSigner>, unsigned: Option<Msg>) -> impl IntoView {
    let i18n = use_i18n();
    match (signer, unsigned) {
        (Some(signer), _) => {
            let check = signer.check;
            let name = signer.name.unwrap_or_default();
            let at = moment(&signer.signed_at);
            view! {
                <p class="q-signed-by" class:q-signed-by--invalid=check != SignatureCheck::Valid>
                    {move || i18n.fill(Msg::LetterSignedBy, &[("check", i18n.t(check.msg())), ("name", &name), ("at", &at)])}
                </p>
            }
            .into_any()
        }
        (None, Some(unsigned)) => view! {
            <p class="q-signed-by q-signed-by--invalid">{t(unsigned)}</p>
        }
        .into_any(),
        (None, None) => ().into_any(),
    }
}
