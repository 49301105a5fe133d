use leptos::prelude::*;

use crate::client::use_i18n;
use crate::i18n::Msg;

/// A list of labelled facts (GOV.UK's summary list): a key and its value on each row.
#[component]
pub fn SummaryList(children: Children) -> impl IntoView {
    view! { <dl class="q-summary-list">{children()}</dl> }
}

#[component]
pub fn SummaryRow(key: Msg, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="q-summary-list__row">
            <dt class="q-summary-list__key">{move || i18n.t(key)}</dt>
            <dd class="q-summary-list__value">{children()}</dd>
        </div>
    }
}

/// Stands where the agency has not published a field, rather than a guess.
#[component]
pub fn NotYetPublished() -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class="q-not-published">{move || i18n.t(Msg::NotYetPublished)}</span> }
}
