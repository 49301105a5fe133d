use leptos::prelude::*;

use crate::client::{page_title, t, use_i18n};
use crate::i18n::Msg;

/// A page of plain paragraphs under a heading.
#[component]
fn Statement(title: Msg, paragraphs: &'static [Msg]) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(title).to_owned());
    view! {
        <h1 class="q-heading-xl">{t(title)}</h1>
        {paragraphs.iter().map(|p| view! { <p class="q-body">{t(*p)}</p> }).collect_view()}
    }
}

#[component]
pub fn Privacy() -> impl IntoView {
    view! { <Statement title=Msg::PrivacyTitle paragraphs=&[Msg::PrivacyIntro, Msg::PrivacyCookies, Msg::PrivacyLogs]/> }
}

#[component]
pub fn Accessibility() -> impl IntoView {
    view! {
        <Statement
            title=Msg::AccessibilityTitle
            paragraphs=&[Msg::AccessibilityIntro, Msg::AccessibilityUse, Msg::AccessibilityKnown, Msg::AccessibilityContact]
        />
    }
}
