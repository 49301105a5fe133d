use leptos::prelude::*;

use crate::client::{page_title, t, use_i18n};
use crate::domain::ApplicationNumber;
use crate::i18n::Msg;

/// After sending (GOV.UK's confirmation page): the application's number in a panel whose
/// heading takes the focus, so that a screen reader starts there.
#[component]
pub fn Confirmation(number: ApplicationNumber) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::ApplicationSentTitle).to_owned());
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    view! {
        <div class="q-panel" role="status">
            <h1 class="q-panel__title" tabindex="-1" node_ref=heading>{t(Msg::ApplicationSentTitle)}</h1>
            <p class="q-panel__body">{t(Msg::ApplicationNumberLabel)} <br/><strong class="q-code">{number.to_string()}</strong></p>
        </div>
    }
}
