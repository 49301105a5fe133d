use leptos::prelude::*;

use crate::client::t;
use crate::i18n::Msg;

/// A list of labelled facts (GOV.UK's summary list): a key and its value on each row.
#[component]
pub fn SummaryList(children: Children) -> impl IntoView {
    view! { <dl class="q-summary-list">{children()}</dl> }
}

#[component]
pub fn SummaryRow(key: Msg, children: Children) -> impl IntoView {
    view! {
        <div class="q-summary-list__row">
            <dt class="q-summary-list__key">{t(key)}</dt>
            <dd class="q-summary-list__value">{children()}</dd>
        </div>
    }
}

/// Stands where the agency has not published a field, rather than a guess.
#[component]
pub fn NotYetPublished() -> impl IntoView {
    view! { <span class="q-not-published">{t(Msg::NotYetPublished)}</span> }
}
