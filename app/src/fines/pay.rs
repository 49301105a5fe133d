//! "Cərimələrin internet vasitəsilə ödənilməsi" (seed 000): the payment number and security
//! code, "Axtar", the fine's details, then "Ödə" to the payment gateway.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::api::{Fine, FineLookup, FineLookupForm, PayFine, PayFineForm, PaymentStarted, Problem};
use crate::client::{
    Method, SendError, form_title, money, new_attempt_key, problems_in, send_failed, send_json, t,
    today, use_i18n,
};
use crate::components::error_summary::ErrorSummary;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_input::TextInput;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// The numbers typed are kept in the tab (not beyond it), so that coming back from a failed
/// payment loses nothing.
const SAVED_FINE: &str = "qapi.fine";

fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

fn saved_fine() -> FineLookupForm {
    session_storage()
        .and_then(|s| s.get_item(SAVED_FINE).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

fn save_fine(form: &FineLookupForm) {
    if let (Some(storage), Ok(json)) = (session_storage(), serde_json::to_string(form)) {
        let _ = storage.set_item(SAVED_FINE, &json);
    }
}

#[component]
pub fn PayFine() -> impl IntoView {
    let i18n = use_i18n();
    let saved = saved_fine();
    let payment_number = RwSignal::new(saved.payment_number.unwrap_or_default());
    let security_code = RwSignal::new(saved.security_code.unwrap_or_default());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let fine = RwSignal::new(None::<Fine>);
    form_title(Msg::FinesTitle, problems);
    let lookup_form = move || FineLookupForm {
        payment_number: Some(payment_number.get_untracked()),
        security_code: Some(security_code.get_untracked()),
    };
    let search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = lookup_form();
        fine.set(None);
        if let Err(found) = FineLookup::try_from(form.clone()) {
            problems.set(problems_in(i18n.lang(), found));
            return;
        }
        spawn_local(async move {
            match send_json::<Fine>("/api/fines/lookup", &form, &[], Method::Post).await {
                Ok(found) => {
                    save_fine(&form);
                    problems.set(Vec::new());
                    fine.set(Some(found));
                }
                Err(SendError::Problems(found)) => {
                    problems.try_set(found);
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
        });
    };
    view! {
        <ErrorSummary problems=problems/>
        <h1 class="q-heading-xl">{t(Msg::FinesTitle)}</h1>
        <p class="q-body">{t(Msg::FinesLead)}</p>
        <form class="q-form" novalidate on:submit=search>
            <TextInput field="payment_number" label=Msg::PaymentNumberLabel value=payment_number problems hint=Msg::PaymentNumberHint autocomplete="off" inputmode="numeric"/>
            <TextInput field="security_code" label=Msg::SecurityCodeLabel value=security_code problems hint=Msg::SecurityCodeHint autocomplete="off" inputmode="numeric"/>
            <button type="submit" class="q-button">{t(Msg::SearchButton)}</button>
        </form>
        {move || fine.get().map(|found| view! { <FineDetails fine=found lookup=lookup_form() problems/> })}
    }
}

#[component]
fn FineDetails(
    fine: Fine,
    lookup: FineLookupForm,
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let email = RwSignal::new(String::new());
    let attempt = new_attempt_key();
    let navigate = use_navigate();
    let pay = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = PayFineForm {
            payment_number: lookup.payment_number.clone(),
            security_code: lookup.security_code.clone(),
            email: Some(email.get_untracked()),
        };
        if let Err(found) = PayFine::try_from(form.clone()) {
            problems.set(problems_in(i18n.lang(), found));
            return;
        }
        let (attempt, navigate) = (attempt.clone(), navigate.clone());
        spawn_local(async move {
            let headers = [("idempotency-key", attempt.as_str())];
            match send_json::<PaymentStarted>("/api/fines/payments", &form, &headers, Method::Post)
                .await
            {
                // The simulator's card page is the portal's own; a real gateway's is elsewhere.
                Ok(started) if started.redirect.starts_with('/') => {
                    navigate(&started.redirect, Default::default());
                }
                Ok(started) => {
                    let _ = window().location().assign(&started.redirect);
                }
                Err(SendError::Problems(found)) => {
                    problems.try_set(found);
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
        });
    };
    let paid_by = fine.paid_by;
    let due = fine.due_on;
    let overdue = !fine.paid && due < today();
    view! {
        <section class="q-fine" aria-labelledby="fine-title">
            <h2 class="q-heading-l" id="fine-title" tabindex="-1" node_ref=heading>{t(Msg::FineTitle)}</h2>
            <SummaryList>
                <SummaryRow key=Msg::PaymentNumberLabel><span class="q-code">{fine.payment_number.to_string()}</span></SummaryRow>
                <SummaryRow key=Msg::FinePerson>{fine.person}</SummaryRow>
                <SummaryRow key=Msg::FineArticle>{fine.article}</SummaryRow>
                <SummaryRow key=Msg::FineReason>{fine.reason}</SummaryRow>
                <SummaryRow key=Msg::FineIssued>{fine.issued_on.to_string()}</SummaryRow>
                <SummaryRow key=Msg::FineDue>{due.to_string()}</SummaryRow>
                <SummaryRow key=Msg::FineAmount><strong>{money(fine.amount)}</strong></SummaryRow>
            </SummaryList>
            {overdue.then(|| view! {
                <div class="q-warning" role="status">
                    <p class="q-body">{move || i18n.fill(Msg::FineOverdueNotice, &[("due", &due.to_string())])}</p>
                </div>
            })}
            {if fine.paid {
                view! {
                    <p class="q-inset" role="status">{t(Msg::FinePaid)}</p>
                    {paid_by.map(|id| view! {
                        <p class="q-body"><A href=ClientRoute::Payment(id).href()>{t(Msg::SeeReceipt)}</A></p>
                    })}
                }
                .into_any()
            } else {
                view! {
                    <form class="q-form" novalidate on:submit=pay>
                        <TextInput field="email" label=Msg::ReceiptEmailLabel value=email problems kind="email" autocomplete="email" optional=true/>
                        <button type="submit" class="q-button">{t(Msg::Pay)} " " {money(fine.amount)}</button>
                    </form>
                }
                .into_any()
            }}
        </section>
    }
}
