use leptos::prelude::*;
use leptos_router::components::A;

use crate::client::use_i18n;
use crate::i18n::Msg;

/// The way back up, each step a link; the page itself is named by its heading.
#[component]
pub fn Breadcrumbs(#[prop(into)] steps: Signal<Vec<(String, String)>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="q-breadcrumbs" aria-label=move || i18n.t(Msg::Breadcrumbs)>
            <ol class="q-breadcrumbs__list">
                {move || {
                    steps
                        .get()
                        .into_iter()
                        .map(|(label, href)| {
                            view! {
                                <li class="q-breadcrumbs__item">
                                    <A href=href attr:class="q-breadcrumbs__link">{label}</A>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </nav>
    }
}
