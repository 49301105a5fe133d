//! "Şəxsi pəncərə": who is logged in, how they logged in lately, and the ways out.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use serde::de::IgnoredAny;

use crate::api::{Fine, LoginRecord, NotificationRecord, Payment, SessionInfo};
use crate::client::{
    Method, csrf_header, load, money, page_title, send_json, session, t, use_i18n,
};
use crate::components::data_table::DataTable;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::session_timeout::SessionTimeout;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::timeline::moment;
use crate::i18n::Msg;
use crate::routes::ClientRoute;
use crate::services::FINES_SERVICE;

#[component]
pub fn Cabinet() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::CabinetTitle).to_owned());
    let session = LocalResource::new(session);
    move || match session.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| session.refetch())/> }
                .into_any()
        }
        Some(Ok(info)) => view! { <Overview info/> }.into_any(),
    }
}

/// The place-of-stay applications are a host's: the link shows to a host or its staff only.
/// Whether there is a host is all it reads, so it carries no reader of the host's details.
#[component]
fn HostApplicationsLink() -> impl IntoView {
    let host = load::<Option<IgnoredAny>>("/api/hosts/me".into());
    move || {
        matches!(host.get(), Some(Ok(Some(_)))).then(
            || view! { <li><A href=crate::place_of_stay::stay_href()>{t(Msg::StayTitle)}</A></li> },
        )
    }
}

#[component]
fn Overview(info: SessionInfo) -> impl IntoView {
    let navigate = use_navigate();
    let csrf = info.csrf_token.clone();
    // Out of this browser only, or out of every session of the account.
    let log_out = move |path: &'static str| {
        let (csrf, navigate) = (csrf.clone(), navigate.clone());
        move |_| {
            let (csrf, navigate) = (csrf.clone(), navigate.clone());
            spawn_local(async move {
                let _ =
                    send_json::<IgnoredAny>(path, &(), &csrf_header(&csrf), Method::Delete).await;
                navigate(&ClientRoute::Home.href(), Default::default());
            });
        }
    };
    let me = info.me;
    let has_fin = me.fin.is_some();
    view! {
        <SessionTimeout session_minutes=me.session_minutes csrf=info.csrf_token/>
        <h1 class="q-heading-xl">{t(Msg::CabinetTitle)}</h1>
        <h2 class="q-heading-l">{t(Msg::BasicData)}</h2>
        <SummaryList>
            <SummaryRow key=Msg::SurnameLabel>{me.surname}</SummaryRow>
            <SummaryRow key=Msg::NameLabel>{me.name}</SummaryRow>
            <SummaryRow key=Msg::FinLabel>
                {match me.fin {
                    Some(fin) => view! { <span class="q-code">{fin.to_string()}</span> }.into_any(),
                    None => view! {
                        <span class="q-not-published">{t(Msg::NoFin)}</span>
                        <span class="q-summary-list__note">{t(Msg::FinNeededHint)}</span>
                    }.into_any(),
                }}
            </SummaryRow>
            <SummaryRow key=Msg::EmailLabel>
                {match me.email {
                    Some(email) => view! { <span>{email}</span> }.into_any(),
                    None => view! { <span class="q-not-published">{t(Msg::NoEmail)}</span> }.into_any(),
                }}
            </SummaryRow>
        </SummaryList>
        {me.office.is_some().then(|| view! {
            <p class="q-inset"><A href=ClientRoute::Office.href()>{t(Msg::NavOffice)}</A></p>
        })}
        <h2 class="q-heading-l">{t(Msg::MyApplications)}</h2>
        <ul class="q-list">
            <li><A href=ClientRoute::MyApplications.href()>{t(Msg::SeeAllMyApplications)}</A></li>
            <HostApplicationsLink/>
        </ul>
        <h2 class="q-heading-l">{t(Msg::MyLetters)}</h2>
        <ul class="q-list">
            <li><A href=ClientRoute::Letters.href()>{t(Msg::SeeMyLetters)}</A></li>
            <li><A href=ClientRoute::NewLetter.href()>{t(Msg::WriteLetter)}</A></li>
        </ul>
        <MyFines has_fin=has_fin/>
        <MyPayments/>
        <SentNotifications/>
        <LoginHistory/>
        <p class="q-body"><A href=ClientRoute::Settings.href()>{t(Msg::SettingsTitle)}</A></p>
        <div class="q-button-group">
            <button type="button" class="q-button q-button--secondary" on:click=log_out("/api/session")>{t(Msg::LogOut)}</button>
            <button type="button" class="q-button q-button--secondary" on:click=log_out("/api/sessions")>{t(Msg::LogOutEverywhere)}</button>
        </div>
    }
}

/// Rule 6.1.3: the person sees when and how their account was used.
#[component]
fn LoginHistory() -> impl IntoView {
    let logins = load::<Vec<LoginRecord>>("/api/session/logins".into());
    view! {
        <h2 class="q-heading-l" id="logins-title">{t(Msg::LoginHistoryTitle)}</h2>
        {move || logins.get().and_then(Result::ok).map(|list| view! {
            <DataTable labelled_by="logins-title">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::LoginHistoryWhen)}</th>
                        <th scope="col">{t(Msg::LoginHistoryHow)}</th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|login| view! {
                        <tr>
                            <td>{moment(&login.at)}</td>
                            <td>{t(login.means.name())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </DataTable>
        })}
    }
}

/// The person's unpaid fines, from the migration service's registry by their FIN.
#[component]
fn MyFines(has_fin: bool) -> impl IntoView {
    let fines = load::<Vec<Fine>>("/api/fines/mine".into());
    let pay = ClientRoute::Apply(FINES_SERVICE.service_number()).href();
    has_fin.then(|| {
        view! {
            <h2 class="q-heading-l" id="fines-title">{t(Msg::MyFinesTitle)}</h2>
            {move || fines.get().and_then(Result::ok).map(|list| {
                let unpaid: Vec<Fine> = list.into_iter().filter(|f| !f.paid).collect();
                if unpaid.is_empty() {
                    return view! { <p class="q-body">{t(Msg::NoFinesOrPayments)}</p> }.into_any();
                }
                let pay = pay.clone();
                view! {
                    <DataTable labelled_by="fines-title">
                        <thead><tr>
                            <th scope="col">{t(Msg::PaymentNumberLabel)}</th>
                            <th scope="col">{t(Msg::FineReason)}</th>
                            <th scope="col">{t(Msg::FineAmount)}</th>
                            <th scope="col">{t(Msg::FineDue)}</th>
                        </tr></thead>
                        <tbody>
                            {unpaid.into_iter().map(|fine| view! {
                                <tr>
                                    <td class="q-code">{fine.payment_number.to_string()}</td>
                                    <td>{fine.reason}</td>
                                    <td>{money(fine.amount)}</td>
                                    <td>{fine.due_on.to_string()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </DataTable>
                    <p class="q-body"><A href=pay>{t(Msg::FinesTitle)}</A></p>
                }
                .into_any()
            })}
        }
    })
}

/// "Ödənişlərim": every payment with its receipt.
#[component]
fn MyPayments() -> impl IntoView {
    let payments = load::<Vec<Payment>>("/api/payments".into());
    view! {
        <h2 class="q-heading-l" id="payments-title">{t(Msg::MyPaymentsTitle)}</h2>
        {move || payments.get().and_then(Result::ok).map(|list| if list.is_empty() {
            view! { <p class="q-body">{t(Msg::NoFinesOrPayments)}</p> }.into_any()
        } else {
            view! {
                <DataTable labelled_by="payments-title">
                    <thead><tr>
                        <th scope="col">{t(Msg::PaidForLabel)}</th>
                        <th scope="col">{t(Msg::FineAmount)}</th>
                        <th scope="col">{t(Msg::LoginHistoryWhen)}</th>
                        <th scope="col">{t(Msg::ReceiptTitle)}</th>
                    </tr></thead>
                    <tbody>
                        {list.into_iter().map(|payment| view! {
                            <tr>
                                <td>{t(payment.paid_for.msg())}" "<span class="q-code">{payment.paid_for.number().1}</span></td>
                                <td>{money(payment.amount)}</td>
                                <td>{moment(&payment.created_at)}</td>
                                <td><A href=ClientRoute::Payment(payment.id).href()>{t(payment.state.msg())}</A></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </DataTable>
            }
            .into_any()
        })}
    }
}

/// Rule 6.3: what the portal told the person, and when.
#[component]
fn SentNotifications() -> impl IntoView {
    let sent = load::<Vec<NotificationRecord>>("/api/account/notifications".into());
    view! {
        <h2 class="q-heading-l" id="notifications-title">{t(Msg::SentNotificationsTitle)}</h2>
        {move || sent.get().and_then(Result::ok).map(|list| if list.is_empty() {
            view! { <p class="q-body">{t(Msg::NoFinesOrPayments)}</p> }.into_any()
        } else {
            view! {
                <DataTable labelled_by="notifications-title">
                    <thead><tr>
                        <th scope="col">{t(Msg::NotificationSubject)}</th>
                        <th scope="col">{t(Msg::LoginHistoryWhen)}</th>
                    </tr></thead>
                    <tbody>
                        {list.into_iter().map(|n| view! {
                            <tr>
                                <td>{n.subject}</td>
                                <td>{match n.sent_at {
                                    Some(at) => moment(&at).into_any(),
                                    None => t(Msg::NotificationWaiting).into_any(),
                                }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </DataTable>
            }
            .into_any()
        })}
    }
}
