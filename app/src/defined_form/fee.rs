//! The fee a form asks, on the check-your-answers step: what it costs and on what legal basis,
//! how its payment stands, and "Rüsumu ödə", which goes to the gateway's card page and comes
//! back to the payment's page. The server refuses to send the application until the fee is paid
//! and keeps one payment per application (ADR 0007), so a second tab meets the first's payment.
//!
//! In the cabinet's module it is a part of its own (ADR 0010): most forms ask no fee, and their
//! applicants never download the payment's reading.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::json;

use crate::api::{FeeState, PaymentStarted, PaymentState, Problem};
use crate::client::{
    LoadError, Method, SendError, get_json, money, new_attempt_key, send_failed, send_json, t, tr,
    use_i18n,
};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::domain::ApplicationNumber;
use crate::forms::Fee;
use crate::i18n::Msg;

/// The fee's section of the check-your-answers step: in the cabinet's module a part of its
/// own, loaded when the step is drawn; the form editor's preview draws it at once.
pub(super) fn fee_section(
    number: ApplicationNumber,
    fee: Fee,
    csrf: StoredValue<String>,
    problems: RwSignal<Vec<Problem>>,
) -> AnyView {
    #[cfg(feature = "cabinet")]
    let section = crate::shell::lazy_page(move || fee_to_pay(number, fee.clone(), csrf, problems));
    #[cfg(not(feature = "cabinet"))]
    let section = view! { <FeeToPay number fee csrf problems/> }.into_any();
    section
}

#[cfg(feature = "cabinet")]
lazy_pages! {
    fee_to_pay(number: ApplicationNumber, fee: Fee, csrf: StoredValue<String>, problems: RwSignal<Vec<Problem>>) =>
        view! { <FeeToPay number fee csrf problems/> };
}

#[component]
fn FeeToPay(
    number: ApplicationNumber,
    fee: Fee,
    csrf: StoredValue<String>,
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let path = StoredValue::new(format!("/api/applications/{number}/fee"));
    // Loaded into a signal, not a resource: a resource read inside the form's `Suspense` would
    // show its fallback again and take the focus from the step's heading.
    let state = RwSignal::new(None::<Result<FeeState, LoadError>>);
    let load = move || {
        state.set(None);
        spawn_local(async move {
            state.try_set(Some(get_json::<FeeState>(&path.get_value()).await));
        });
    };
    load();
    // One key per visit to this page: a double click reuses it; coming back from the gateway
    // loads the page again, and a new attempt after a failed one gets a new key.
    let attempt = StoredValue::new(new_attempt_key());
    let busy = RwSignal::new(false);
    let pay = move |_| {
        busy.set(true);
        spawn_local(async move {
            let (token, key, path) = (csrf.get_value(), attempt.get_value(), path.get_value());
            let headers = [
                ("x-csrf-token", token.as_str()),
                ("idempotency-key", key.as_str()),
            ];
            match send_json::<PaymentStarted>(&path, &json!({}), &headers, Method::Post).await {
                // A full load: the card page is the gateway's (or, in development, another
                // area's), and the way back is a page of its own.
                Ok(started) => {
                    let _ = window().location().assign(&started.redirect);
                    return;
                }
                Err(SendError::Problems(found)) => problems.set(found),
                Err(SendError::Failed) => problems.set(send_failed(i18n.lang())),
            }
            busy.try_set(false);
        });
    };
    let pay_button = move || {
        view! {
            <button type="button" class="q-button q-button--secondary" disabled=move || busy.get() on:click=pay>
                {t(Msg::FeePay)}
            </button>
        }
    };
    view! {
        <section class="q-defined-form__section" aria-labelledby="fee-title">
            <h2 class="q-heading-m" id="fee-title">{t(Msg::FeeTitle)}</h2>
            <p class="q-body">{t(Msg::FeeLead)}</p>
            <SummaryList>
                <SummaryRow key=Msg::FeeAmount>{money(fee.amount)}</SummaryRow>
                <SummaryRow key=Msg::FeeBasis>{tr(fee.basis)}</SummaryRow>
            </SummaryList>
            {move || match state.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(error)) => view! {
                    <LoadFailed error retry=Callback::new(move |()| load())/>
                }
                .into_any(),
                Some(Ok(FeeState { payment, .. })) => match payment {
                    Some(payment) if payment.state == PaymentState::Paid => view! {
                        <p class="q-inset" role="status">
                            <strong>{t(Msg::FeePaid)}</strong>" "
                            <a href=format!("/api/payments/{}/receipt.pdf", payment.id) download>{t(Msg::FeeReceipt)}</a>
                        </p>
                    }
                    .into_any(),
                    Some(payment) => {
                        let said = if payment.state == PaymentState::Pending {
                            Msg::FeeUnderWay
                        } else {
                            Msg::FeeFailed
                        };
                        view! { <p class="q-body" role="status">{t(said)}</p> {pay_button()} }.into_any()
                    }
                    None => pay_button().into_any(),
                },
            }}
        </section>
    }
}
