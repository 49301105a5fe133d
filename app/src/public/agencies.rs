use leptos::prelude::*;

use super::home::AgencyList;
use crate::client::{page_title, t, use_i18n};
use crate::i18n::Msg;

#[component]
pub fn Agencies() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::AgenciesTitle).to_owned());
    view! {
        <h1 class="q-heading-xl">{t(Msg::AgenciesTitle)}</h1>
        <AgencyList/>
    }
}
