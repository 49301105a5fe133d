//! A regulation read, not edited: every field of appendix 1 with what it says in the language
//! in use, as plain text (what people typed is never read as markup).

use leptos::prelude::*;

use crate::api::{Regulation, RegulationField};
use crate::client::{t, use_i18n};
use crate::i18n::Msg;

#[component]
pub(super) fn RegulationSummary(#[prop(into)] reg: Signal<Regulation>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="q-summary-list q-regulation-editor__summary">
            {RegulationField::ALL.into_iter().map(|field| view! {
                <div class="q-summary-list__row">
                    <dt class="q-summary-list__key">{t(field.msg())}</dt>
                    <dd class="q-summary-list__value q-regulation-editor__plain">
                        {move || match reg.with(|r| field.shown(r, i18n.lang())) {
                            None => i18n.t(Msg::RegNotGiven).to_owned(),
                            // A list stated empty says there are none.
                            Some(shown) if shown.is_empty() => i18n.t(Msg::RegListNone).to_owned(),
                            Some(shown) => shown,
                        }}
                    </dd>
                </div>
            }).collect_view()}
        </dl>
    }
}
