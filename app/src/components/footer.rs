use leptos::prelude::*;
use leptos_router::components::A;

use crate::client::t;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="q-footer">
            <div class="q-width-container">
                <ul class="q-footer__links">
                    <li>
                        <A href=ClientRoute::Privacy.href() attr:class="q-footer__link">
                            {t(Msg::FooterPrivacy)}
                        </A>
                    </li>
                    <li>
                        <A href=ClientRoute::Accessibility.href() attr:class="q-footer__link">
                            {t(Msg::FooterAccessibility)}
                        </A>
                    </li>
                    <li>
                        <A href=ClientRoute::Discussions.href() attr:class="q-footer__link">
                            {t(Msg::DiscussionsTitle)}
                        </A>
                    </li>
                </ul>
                <p class="q-footer__text">{t(Msg::FooterCookies)}</p>
                <p class="q-footer__text">{t(Msg::FooterSource)}</p>
            </div>
        </footer>
    }
}
