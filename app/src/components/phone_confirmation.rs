use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{PhoneCodeForm, PhoneForm, Problem};
use crate::client::{Method, csrf_header, problems_in, send_json, sent, t, use_i18n};
use crate::components::text_input::TextInput;
use crate::domain::Phone;
use crate::i18n::Msg;

/// Mobile numbers, each confirmed by the code an SMS brings, once: a number confirmed before
/// is the account's again without a code, and is said to be confirmed.
#[component]
pub fn PhoneConfirmation(
    /// The account's confirmed numbers: read here, and a newly confirmed one added.
    confirmed: RwSignal<Vec<Phone>>,
    csrf: String,
    problems: RwSignal<Vec<Problem>>,
    /// The page lists the confirmed numbers itself (as choices), so they are not listed twice.
    #[prop(optional)]
    listed_by_page: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let phone = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let sent_to = RwSignal::new(None::<Phone>);
    let already = RwSignal::new(None::<Phone>);
    let send = {
        let csrf = csrf.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let form = PhoneForm {
                phone: Some(phone.get_untracked()),
            };
            let number = match Phone::try_from(form.clone()) {
                Ok(number) => number,
                Err(found) => {
                    problems.set(problems_in(i18n.lang(), found));
                    return;
                }
            };
            let csrf = csrf.clone();
            spawn_local(async move {
                let outcome = send_json::<Option<Phone>>(
                    "/api/account/phone",
                    &form,
                    &csrf_header(&csrf),
                    Method::Post,
                )
                .await;
                match sent(outcome, problems, i18n.lang()) {
                    // Confirmed before: no code this time, and the account's number again.
                    Some(Some(known)) => {
                        add(confirmed, known.clone());
                        already.set(Some(known));
                        phone.set(String::new());
                    }
                    Some(None) => {
                        already.set(None);
                        sent_to.set(Some(number));
                    }
                    None => {}
                }
            });
        }
    };
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = PhoneCodeForm {
            code: Some(code.get_untracked()),
        };
        let csrf = csrf.clone();
        spawn_local(async move {
            let outcome = send_json::<Phone>(
                "/api/account/phone/confirm",
                &form,
                &csrf_header(&csrf),
                Method::Post,
            )
            .await;
            if let Some(number) = sent(outcome, problems, i18n.lang()) {
                add(confirmed, number);
                sent_to.set(None);
                phone.set(String::new());
                code.set(String::new());
            }
        });
    };
    view! {
        <div class="q-body" role="status">
            {move || already.get().map(|number| view! {
                <p class="q-inset">{i18n.fill(Msg::PhoneAlreadyConfirmed, &[("phone", &number.to_string())])}</p>
            })}
            {move || (!listed_by_page).then(|| {
                let numbers = confirmed.get();
                if numbers.is_empty() {
                    view! { <span class="q-not-published">{t(Msg::NoPhone)}</span> }.into_any()
                } else {
                    view! {
                        <ul class="q-list">
                            {numbers.into_iter().map(|n| view! { <li><strong>{n.to_string()}</strong></li> }).collect_view()}
                        </ul>
                    }.into_any()
                }
            })}
        </div>
        {move || match sent_to.get() {
            None => view! {
                <form class="q-form" novalidate on:submit=send.clone()>
                    <TextInput field="phone" label=Msg::NewPhoneLabel value=phone problems hint=Msg::NewPhoneHint kind="tel" autocomplete="tel"/>
                    <button type="submit" class="q-button q-button--secondary">{t(Msg::SendCode)}</button>
                </form>
            }
            .into_any(),
            Some(number) => view! {
                <p class="q-body">{move || i18n.fill(Msg::PhoneCodeSent, &[("phone", &number.to_string())])}</p>
                <form class="q-form" novalidate on:submit=confirm.clone()>
                    <TextInput field="code" label=Msg::PhoneCodeLabel value=code problems autocomplete="one-time-code" inputmode="numeric"/>
                    <button type="submit" class="q-button">{t(Msg::Confirm)}</button>
                </form>
            }
            .into_any(),
        }}
    }
}

fn add(confirmed: RwSignal<Vec<Phone>>, number: Phone) {
    confirmed.update(|numbers| {
        if !numbers.contains(&number) {
            numbers.push(number);
        }
    });
}
