//! Development only: the simulated payment gateway's card page, with its test cards and the
//! 3-D Secure step. A real gateway's page is the bank's; the portal never sees the card.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use serde::Serialize;

use crate::api::{Card, CardForm, GatewayAnswer, GatewayOrder, Problem};
use crate::client::{
    Method, SendError, form_title, load, money, problems_in, send_failed, send_json, t, use_i18n,
};
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::text_input::TextInput;
use crate::domain::CardNumber;
use crate::i18n::Msg;

/// The simulator's test cards and what each does (server/src/payments/gateway.rs).
const TEST_CARDS: [(&str, &str); 7] = [
    ("4111 1111 1111 1111", "success"),
    ("4000 0000 0000 0002", "declined"),
    ("4000 0000 0000 9995", "insufficient funds"),
    ("4000 0000 0000 0069", "expired card"),
    ("4000 0000 0000 3220", "3-D Secure (code 1234)"),
    ("4000 0000 0000 0119", "the bank does not answer"),
    ("4000 0000 0000 0127", "declined, then charged late"),
];

#[derive(Serialize)]
struct ThreeDsForm {
    code: String,
}

#[component]
pub fn DevGateway() -> impl IntoView {
    let order_id = use_query_map().with_untracked(|q| q.get("order").unwrap_or_default());
    let order = load::<GatewayOrder>(format!("/api/dev/gateway/orders/{order_id}"));
    let problems = RwSignal::new(Vec::<Problem>::new());
    form_title(Msg::GatewayTitle, problems);
    move || match order.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| order.refetch())/> }.into_any()
        }
        Some(Ok(order)) => view! { <CardPage order problems/> }.into_any(),
    }
}

#[component]
fn CardPage(order: GatewayOrder, problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let (number, expiry, cvv, name, code) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let three_ds = RwSignal::new(false);
    let navigate = use_navigate();
    let base = format!("/api/dev/gateway/orders/{}", order.id);
    let answered =
        move |outcome: Result<GatewayAnswer, SendError>, navigate: &dyn Fn(&str)| match outcome {
            Ok(GatewayAnswer {
                return_to: Some(to),
            }) => navigate(&to),
            Ok(GatewayAnswer { return_to: None }) => {
                problems.set(Vec::new());
                three_ds.set(true);
            }
            Err(SendError::Problems(found)) => {
                problems.try_set(found);
            }
            Err(SendError::Failed) => {
                problems.try_set(send_failed(i18n.lang()));
            }
        };
    let go = {
        let navigate = navigate.clone();
        move |to: &str| navigate(to, Default::default())
    };
    let pay = {
        let (base, go) = (base.clone(), go.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let form = CardForm {
                number: Some(number.get_untracked()),
                expiry: Some(expiry.get_untracked()),
                cvv: Some(cvv.get_untracked()),
                name: Some(name.get_untracked()),
            };
            if let Err(found) = Card::try_from(form.clone()) {
                problems.set(problems_in(i18n.lang(), found));
                return;
            }
            let (path, go) = (format!("{base}/card"), go.clone());
            spawn_local(async move {
                answered(send_json(&path, &form, &[], Method::Post).await, &go);
            });
        }
    };
    let confirm = {
        let (base, go) = (base.clone(), go.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let (path, go) = (format!("{base}/three-ds"), go.clone());
            let form = ThreeDsForm {
                code: code.get_untracked(),
            };
            spawn_local(async move {
                answered(send_json(&path, &form, &[], Method::Post).await, &go);
            });
        }
    };
    let cancel = move |_| {
        let (path, go) = (format!("{base}/cancel"), go.clone());
        spawn_local(async move {
            answered(send_json(&path, &(), &[], Method::Post).await, &go);
        });
    };
    view! {
        <ErrorSummary problems=problems/>
        <h1 class="q-heading-xl">{t(Msg::GatewayTitle)}</h1>
        <p class="q-body">{t(Msg::GatewayMerchant)} ": " {order.description} " — " <strong>{money(order.amount)}</strong></p>
        <div class="q-inset">
            <p class="q-body">{t(Msg::GatewayNote)}</p>
            <ul class="q-list">
                {TEST_CARDS.into_iter().map(|(card, what)| view! { <li><span class="q-code">{card}</span> " — " {what}</li> }).collect_view()}
            </ul>
        </div>
        {move || if three_ds.get() {
            view! {
                <h2 class="q-heading-l">{t(Msg::ThreeDsTitle)}</h2>
                <form class="q-form" novalidate on:submit=confirm.clone()>
                    <TextInput field="code" label=Msg::ThreeDsLabel value=code problems autocomplete="one-time-code" inputmode="numeric"/>
                    <button type="submit" class="q-button">{t(Msg::Confirm)}</button>
                </form>
            }
            .into_any()
        } else {
            view! {
                <form class="q-form" novalidate on:submit=pay.clone()>
                    <TextInput field="number" label=Msg::CardNumberLabel value=number problems autocomplete="cc-number" inputmode="numeric" format=CardNumber::grouped/>
                    <TextInput field="expiry" label=Msg::CardExpiryLabel value=expiry problems autocomplete="cc-exp" inputmode="numeric"/>
                    <TextInput field="cvv" label=Msg::CardCvvLabel value=cvv problems autocomplete="cc-csc" inputmode="numeric"/>
                    <TextInput field="name" label=Msg::CardNameLabel value=name problems autocomplete="cc-name"/>
                    <button type="submit" class="q-button">{t(Msg::Pay)} " " {money(order.amount)}</button>
                </form>
            }
            .into_any()
        }}
        <button type="button" class="q-button q-button--secondary" on:click=cancel>{t(Msg::Cancel)}</button>
    }
}
