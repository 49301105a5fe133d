//! Development only: the identity simulators' side. The Asan İmza "phone" lists the requests
//! waiting for PIN1; the E-Gov and e-signature page lets the tester pick a demo person, and the
//! e-signature system's page signs with the card of one, by its PIN.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use serde::Deserialize;

use crate::api::{DemoPerson, LoginMeans, Problem, SimulatedAnswer, SimulatedRequest};
use crate::client::{
    Method, SendError, get_json, load, page_title, send_failed, send_json, sleep, t, use_i18n,
};
use crate::components::data_table::DataTable;
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::text_input::TextInput;
use crate::i18n::Msg;

/// How often the phone looks for new requests.
const PHONE_REFRESH_MILLIS: i32 = 2000;

#[derive(Deserialize)]
struct Answered {
    return_to: Option<String>,
}

#[component]
pub fn DevAsanImza() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::DevPhoneTitle).to_owned());
    let waiting = RwSignal::new(None::<Vec<SimulatedRequest>>);
    spawn_local(async move {
        while waiting.try_get_untracked().is_some() {
            refresh(waiting).await;
            sleep(PHONE_REFRESH_MILLIS).await;
        }
    });
    let any_waiting = Memo::new(move |_| waiting.with(|w| w.as_ref().map(|list| !list.is_empty())));
    let people = load::<Vec<DemoPerson>>("/api/dev/people".into());
    view! {
        <h1 class="q-heading-xl">{t(Msg::DevPhoneTitle)}</h1>
        <p class="q-inset">{t(Msg::DevPhoneNote)}</p>
        <div aria-live="polite">
            {move || match any_waiting.get() {
                None => view! { <Loading/> }.into_any(),
                Some(false) => view! { <p class="q-body">{t(Msg::DevPhoneEmpty)}</p> }.into_any(),
                // Keyed: a request that comes or goes leaves the others, and a PIN1 being
                // typed in them, as they are.
                Some(true) => view! {
                    <For
                        each=move || waiting.get().unwrap_or_default()
                        key=|request| request.id.clone()
                        let:request
                    >
                        <PhoneRequest request waiting/>
                    </For>
                }
                .into_any(),
            }}
        </div>
        <h2 class="q-heading-l" id="holders-title">{t(Msg::DemoHoldersTitle)}</h2>
        {move || match people.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| people.refetch())/> }.into_any(),
            Some(Ok(list)) => view! { <DemoHolders people=list/> }.into_any(),
        }}
    }
}

/// Asks for the requests waiting on the phone; the list is set only when it changed, and a page
/// gone meanwhile is left alone.
async fn refresh(waiting: RwSignal<Option<Vec<SimulatedRequest>>>) {
    if let Ok(list) = get_json::<Vec<SimulatedRequest>>("/api/dev/identity/asan-imza").await {
        waiting.try_update(|w| {
            if w.as_ref() != Some(&list) {
                *w = Some(list);
            }
        });
    }
}

/// One request on the phone. Its answer may land after the list was redrawn (another request
/// came), so nothing here assumes the component still exists.
#[component]
fn PhoneRequest(
    request: SimulatedRequest,
    waiting: RwSignal<Option<Vec<SimulatedRequest>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let pin = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    // A request to sign asks PIN2 and shows what is signed; one to log in asks PIN1.
    let summary = request.signing.clone();
    let signing = summary.is_some();
    let (pin_name, pin_label) = if signing {
        ("pin2", Msg::Pin2Label)
    } else {
        ("pin1", Msg::Pin1Label)
    };
    // Several requests can wait at once: each PIN field has an id of its own, and the server's
    // problem with the PIN is shown beside this request's field.
    let pin_field = format!("{pin_name}-{}", request.id.get(..12).unwrap_or(&request.id));
    let path = format!("/api/dev/identity/asan-imza/{}", request.id);
    let field_of_reply = pin_field.clone();
    let reply = move |confirm: bool| {
        let answer = SimulatedAnswer {
            confirm,
            pin1: (!signing).then(|| pin.get_untracked()),
            pin2: signing.then(|| pin.get_untracked()),
            fin: None,
        };
        let (path, field) = (path.clone(), field_of_reply.clone());
        spawn_local(async move {
            match send_json::<Answered>(&path, &answer, &[], Method::Post).await {
                Ok(_) => refresh(waiting).await,
                Err(SendError::Problems(found)) => {
                    let found = found
                        .into_iter()
                        .map(|problem| Problem {
                            field: problem.field.map(|_| field.clone()),
                            ..problem
                        })
                        .collect();
                    problems.try_set(found);
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
        });
    };
    let confirm = reply.clone();
    let phone = request.phone.map(|p| p.to_string()).unwrap_or_default();
    view! {
        <article class="q-phone">
            <h2 class="q-heading-m">{move || i18n.fill(if signing { Msg::DevPhoneSigningRequest } else { Msg::DevPhoneRequest }, &[("phone", &phone)])}</h2>
            {summary.map(|summary| view! {
                <p class="q-body">{t(Msg::DevPhoneSigning)}</p>
                <p class="q-body"><strong>{summary}</strong></p>
            })}
            <p class="q-body">{t(Msg::AsanVerificationCode)}</p>
            <p class="q-waiting__code">{request.verification_code.unwrap_or_default()}</p>
            <ErrorSummary problems=problems/>
            <form class="q-form" novalidate on:submit=move |ev| { ev.prevent_default(); confirm(true); }>
                <TextInput field=pin_field label=pin_label value=pin problems kind="password" autocomplete="off"/>
                <div class="q-button-group">
                    <button type="submit" class="q-button">{t(Msg::Confirm)}</button>
                    <button type="button" class="q-button q-button--secondary" on:click=move |_| reply(false)>{t(Msg::Refuse)}</button>
                </div>
            </form>
        </article>
    }
}

#[component]
fn DemoHolders(people: Vec<DemoPerson>) -> impl IntoView {
    view! {
        <DataTable labelled_by="holders-title">
            <thead>
                <tr>
                    <th scope="col">{t(Msg::DemoPersonLabel)}</th>
                    <th scope="col">{t(Msg::PhoneLabel)}</th>
                    <th scope="col">{t(Msg::AsanUserIdLabel)}</th>
                    <th scope="col">{t(Msg::Pin1Label)}</th>
                    <th scope="col">{t(Msg::Pin2Label)}</th>
                </tr>
            </thead>
            <tbody>
                {people.into_iter().filter_map(|person| person.asan_imza.map(|asan| view! {
                    <tr>
                        <td>{format!("{} {}", person.surname, person.name)}</td>
                        <td class="q-code">{asan.phone.to_string()}</td>
                        <td class="q-code">{asan.user_id.to_string()}</td>
                        <td class="q-code">{asan.pin1}</td>
                        <td class="q-code">{asan.pin2}</td>
                    </tr>
                })).collect_view()}
            </tbody>
        </DataTable>
    }
}

/// The E-Gov or e-signature page of the simulator: who to log in as, or, for a request to sign
/// with the card, whose card is in the reader and its PIN.
#[component]
pub fn DevIdentity() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let means = query
        .with_untracked(|q| q.get("means").as_deref().and_then(LoginMeans::from_slug))
        .unwrap_or(LoginMeans::Egov);
    let request = query.with_untracked(|q| q.get("request").unwrap_or_default());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let chosen = RwSignal::new(None::<String>);
    let pin = RwSignal::new(String::new());
    // What the card signs, when the request is one to sign; the card's answer once given.
    let signing = RwSignal::new(None::<String>);
    let answered = RwSignal::new(None::<bool>);
    if means == LoginMeans::ESignature {
        let request = request.clone();
        spawn_local(async move {
            let path = format!("/api/dev/identity/{}", means.slug());
            if let Ok(waiting) = get_json::<Vec<SimulatedRequest>>(&path).await {
                let summary = waiting
                    .into_iter()
                    .find(|r| r.id == request)
                    .and_then(|r| r.signing);
                signing.try_set(summary);
            }
        });
    }
    let title = move || match signing.get() {
        Some(_) => i18n.t(Msg::DevCardTitle).to_owned(),
        None => i18n.fill(Msg::DevPickerTitle, &[("means", i18n.t(means.name()))]),
    };
    page_title(title);
    let people = load::<Vec<DemoPerson>>("/api/dev/people".into());
    let navigate = use_navigate();
    let reply = move |confirm: bool| {
        let answer = SimulatedAnswer {
            confirm,
            pin1: None,
            pin2: signing
                .with_untracked(Option::is_some)
                .then(|| pin.get_untracked()),
            fin: chosen.get_untracked(),
        };
        let path = format!("/api/dev/identity/{}/{request}", means.slug());
        let navigate = navigate.clone();
        spawn_local(async move {
            match send_json::<Answered>(&path, &answer, &[], Method::Post).await {
                Ok(Answered {
                    return_to: Some(to),
                }) => navigate(&to, Default::default()),
                Ok(Answered { return_to: None }) if signing.with_untracked(Option::is_some) => {
                    problems.try_set(Vec::new());
                    answered.try_set(Some(confirm));
                }
                Ok(_) | Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
                Err(SendError::Problems(found)) => {
                    problems.try_set(found);
                }
            }
        });
    };
    let confirm = reply.clone();
    view! {
        <ErrorSummary problems=problems/>
        <h1 class="q-heading-xl">{title}</h1>
        <p class="q-inset">{t(Msg::DevPickerNote)}</p>
        {move || match answered.get() {
            Some(signed) => view! {
                <p class="q-body" role="status">{t(if signed { Msg::DevCardSigned } else { Msg::DevCardRefused })}</p>
            }
            .into_any(),
            None => view! {
                {move || signing.get().map(|summary| view! {
                    <p class="q-body">{t(Msg::DevCardSigning)}" "<strong>{summary}</strong></p>
                })}
                <form class="q-form" novalidate on:submit={
                    let confirm = confirm.clone();
                    move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); confirm(true); }
                }>
                    <fieldset class="q-fieldset" id="fin" tabindex="-1">
                        <legend class="q-fieldset__legend">{move || t(if signing.with(Option::is_some) { Msg::DevCardLegend } else { Msg::DemoPersonLabel })}</legend>
                        <div class="q-radios">
                            {move || people.get().and_then(Result::ok).map(|list| list.into_iter().map(|person| {
                                let id = format!("person-{}", person.fin);
                                let fin = person.fin.to_string();
                                view! {
                                    <div class="q-radios__item">
                                        <input class="q-radios__input" type="radio" name="person" id=id.clone() value=fin.clone()
                                            on:change=move |_| chosen.set(Some(fin.clone()))/>
                                        <label class="q-radios__label" for=id>
                                            {format!("{} {} · {} · {}", person.surname, person.name, person.fin, person.citizenship)}
                                        </label>
                                    </div>
                                }
                            }).collect_view())}
                        </div>
                    </fieldset>
                    <Show when=move || signing.with(Option::is_some)>
                        <TextInput field="pin2" label=Msg::CardPinLabel value=pin problems kind="password" autocomplete="off"/>
                    </Show>
                    <div class="q-button-group">
                        <button type="submit" class="q-button">{t(Msg::Confirm)}</button>
                        <button type="button" class="q-button q-button--secondary" on:click={
                            let reply = reply.clone();
                            move |_| reply(false)
                        }>{t(Msg::Cancel)}</button>
                    </div>
                </form>
            }
            .into_any(),
        }}
    }
}
