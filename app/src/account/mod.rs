//! Logging in (each means, and how to get one) and accounts made on the portal: registration
//! and the links its e-mails carry (confirm the address, set a password, a new address), and a
//! forgotten password.

mod login;
mod register;

use leptos::prelude::*;

use crate::components::not_found::NotFound;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::Register => view! { <register::Register/> }.into_any(),
        ClientRoute::ConfirmAccount => view! {
            <register::ConfirmAddress api="/api/accounts/confirm" body=Msg::ConfirmedBody/>
        }
        .into_any(),
        ClientRoute::ConfirmEmail => view! {
            <register::ConfirmAddress api="/api/account/email/confirm" body=Msg::EmailChangedBody/>
        }
        .into_any(),
        ClientRoute::SetPassword => view! { <register::SetPassword/> }.into_any(),
        ClientRoute::ForgotPassword => view! { <register::ForgotPassword/> }.into_any(),
        ClientRoute::Login => view! { <login::Login/> }.into_any(),
        ClientRoute::LoginHow(means) => view! { <login::LoginHow means/> }.into_any(),
        ClientRoute::LoginReturn => view! { <login::LoginReturn/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}
