//! Each sending of an application and what its signature proves (rule 12.2): "İmza
//! etibarlıdır — FİN …, vaxt …", unsigned as the regulation allowed, or why it does not hold;
//! with the signed bundle to download and check.

use leptos::prelude::*;

use crate::api::{SignatureCheck, SignatureView};
use crate::client::{t, use_i18n};
use crate::components::timeline::moment;
use crate::i18n::Msg;

/// `bundles` is the API path the sendings' bundles are under (`…/signatures`).
#[component]
pub fn SignatureList(signatures: Vec<SignatureView>, bundles: String) -> impl IntoView {
    let i18n = use_i18n();
    (!signatures.is_empty()).then(|| {
        view! {
            <h2 class="q-heading-l">{t(Msg::SignaturesTitle)}</h2>
            <ul class="q-list q-signature-list">
                {signatures.into_iter().rev().map(|sending| {
                    let when = moment(&sending.sent_at);
                    let number = sending.sending.to_string();
                    let bundle = format!("{bundles}/{}/bundle", sending.sending);
                    let signed_at = sending.signed_at.as_deref().map(moment).unwrap_or_default();
                    let fin = sending.signer_fin.map(|f| f.to_string()).unwrap_or_default();
                    let name = sending.signer_name.unwrap_or_default();
                    let check = sending.check;
                    let verdict = move || match check {
                        SignatureCheck::Valid => i18n.fill(
                            Msg::SignatureValid,
                            &[("fin", &fin), ("name", &name), ("at", &signed_at)],
                        ),
                        other => i18n.t(other.msg()).to_owned(),
                    };
                    let class = match check {
                        SignatureCheck::Valid => "q-signature q-signature--valid",
                        SignatureCheck::Unsigned => "q-signature",
                        _ => "q-signature q-signature--invalid",
                    };
                    view! {
                        <li class=class>
                            <p class="q-body q-signature__sending">{move || i18n.fill(Msg::SendingAt, &[("n", &number), ("at", &when)])}</p>
                            <p class="q-body q-signature__verdict"><strong>{verdict}</strong></p>
                            {(check != SignatureCheck::Unsigned).then(|| view! {
                                <p class="q-body"><a href=bundle download="">{t(Msg::SignatureBundle)}</a></p>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}
