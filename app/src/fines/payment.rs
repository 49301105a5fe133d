//! A payment: where the gateway sends the browser back. It waits for the outcome, then shows
//! the receipt ("çıxarış"), printable, or why it failed and the way to try again.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{PaidFor, Payment, PaymentState};
use crate::client::{LoadError, get_json, money, page_title, sleep, t, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::timeline::moment;
use crate::domain::PaymentId;
use crate::i18n::Msg;
use crate::routes::ClientRoute;
use crate::services::FINES_SERVICE;

/// How often the page asks while the gateway has not answered, and for how long.
const POLL_MILLIS: i32 = 2000;
const POLLS: usize = 30;

#[component]
pub fn PaymentPage(id: PaymentId) -> impl IntoView {
    let i18n = use_i18n();
    let payment = RwSignal::new(None::<Result<Payment, LoadError>>);
    spawn_local(follow(id, payment));
    page_title(move || {
        let title = match payment.get() {
            Some(Ok(p)) if p.state == PaymentState::Paid => Msg::ReceiptTitle,
            Some(Ok(p)) if p.state == PaymentState::Failed => Msg::PaymentFailedTitle,
            _ => Msg::PaymentWaitingTitle,
        };
        i18n.t(title).to_owned()
    });
    move || {
        match payment.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => view! {
            <LoadFailed error retry=Callback::new(move |()| {
                payment.set(None);
                spawn_local(follow(id, payment));
            })/>
        }
        .into_any(),
        Some(Ok(p)) => match p.state {
            PaymentState::Pending => view! {
                <h1 class="q-heading-xl">{t(Msg::PaymentWaitingTitle)}</h1>
                <p class="q-body" role="status">{t(Msg::PaymentWaitingBody)}</p>
            }
            .into_any(),
            PaymentState::Paid => view! { <Receipt payment=p/> }.into_any(),
            PaymentState::Failed => view! {
                <h1 class="q-heading-xl">{t(Msg::PaymentFailedTitle)}</h1>
                <p class="q-body" role="alert">{p.failure.map(|f| t(f.msg()))}</p>
                <p class="q-body"><A href=try_again_href(&p.paid_for) attr:class="q-button">{t(Msg::TryPayAgain)}</A></p>
            }
            .into_any(),
            PaymentState::Refunded => view! {
                <h1 class="q-heading-xl">{t(Msg::ReceiptTitle)}</h1>
                <p class="q-inset" role="status">{t(Msg::PaymentRefunded)}</p>
            }
            .into_any(),
        },
    }
    }
}

/// Asks for the payment until its outcome is known (or for about a minute), showing each answer.
async fn follow(id: PaymentId, payment: RwSignal<Option<Result<Payment, LoadError>>>) {
    let path = format!("/api/payments/{id}");
    for _ in 0..POLLS {
        let answer = get_json::<Payment>(&path).await;
        let settled = !matches!(&answer, Ok(p) if p.state == PaymentState::Pending);
        if payment.try_set(Some(answer)).is_some() || settled {
            return;
        }
        sleep(POLL_MILLIS).await;
    }
}

/// Where paying starts again: the fines' page, or the application whose fee it was.
fn try_again_href(paid_for: &PaidFor) -> String {
    match paid_for {
        PaidFor::Fine { .. } => ClientRoute::Apply(FINES_SERVICE.service_number()).href(),
        PaidFor::Fee { application, .. } => ClientRoute::Application(*application).href(),
    }
}

#[component]
fn Receipt(payment: Payment) -> impl IntoView {
    let i18n = use_i18n();
    let receipt = payment.receipt.clone();
    let (number_label, number) = payment.paid_for.number();
    let paid = match payment.paid_for {
        PaidFor::Fine { .. } => Msg::ReceiptPaid,
        PaidFor::Fee { .. } => Msg::FeePaid,
    };
    let back = match payment.paid_for {
        PaidFor::Fee { application, .. } => Some(view! {
            <A href=ClientRoute::Application(application).href() attr:class="q-button">{t(Msg::FeeBackToApplication)}</A>
        }),
        PaidFor::Fine { .. } => None,
    };
    view! {
        <div class="q-panel" role="status">
            <h1 class="q-panel__title">{t(paid)}</h1>
            <p class="q-panel__body">{money(payment.amount)}</p>
        </div>
        <h2 class="q-heading-l">{t(Msg::ReceiptTitle)}</h2>
        <SummaryList>
            <SummaryRow key=Msg::PaidForLabel>{t(payment.paid_for.msg())}</SummaryRow>
            <SummaryRow key=number_label><span class="q-code">{number}</span></SummaryRow>
            <SummaryRow key=Msg::ReceiptPayer>{payment.payer}</SummaryRow>
            {payment.article.map(|article| view! { <SummaryRow key=Msg::FineArticle>{article}</SummaryRow> })}
            {payment.reason.map(|reason| view! { <SummaryRow key=Msg::FineReason>{reason}</SummaryRow> })}
            {payment.payee.map(|payee| view! {
                <SummaryRow key=Msg::ReceiptPayee>{move || payee.get(i18n.lang()).to_owned()}</SummaryRow>
            })}
            <SummaryRow key=Msg::FineAmount>{money(payment.amount)}</SummaryRow>
            {receipt.map(|r| view! {
                <SummaryRow key=Msg::ReceiptTransaction><span class="q-code">{r.transaction_id}</span></SummaryRow>
                <SummaryRow key=Msg::ReceiptRrn><span class="q-code">{r.rrn}</span></SummaryRow>
                <SummaryRow key=Msg::ReceiptCard><span class="q-code">{r.masked_card}</span></SummaryRow>
                <SummaryRow key=Msg::ReceiptDate>{moment(&r.paid_at)}</SummaryRow>
            })}
            {payment.email.map(|email| view! { <SummaryRow key=Msg::ReceiptEmailedTo>{email}</SummaryRow> })}
        </SummaryList>
        <div class="q-button-group q-no-print">
            {back}
            <button type="button" class="q-button q-button--secondary" on:click=|_| { let _ = window().print(); }>
                {t(Msg::Print)}
            </button>
            <a class="q-button q-button--secondary" href=format!("/api/payments/{}/receipt.pdf", payment.id) download>
                {t(Msg::ReceiptPdf)}
            </a>
        </div>
    }
}
