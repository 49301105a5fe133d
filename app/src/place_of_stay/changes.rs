//! Changes to an accepted registration at the place of stay: the host reports an early
//! departure or asks to extend the stay; the agency's officer answers an extension.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{
    Problem, RegisteredStay, StayChange, StayChangeDecision, StayChangeForm, StayChangeKind,
    StayChangeStatus, StayChangeView,
};
use crate::client::today;
use crate::client::{
    Method, SendError, csrf_header, problems_in, send_failed, send_json, t, use_i18n,
};
use crate::components::date_input::DateInput;
use crate::components::error_summary::ErrorSummary;
use crate::components::select_input::RadioInput;
use crate::components::text_area::TextArea;
use crate::components::text_input::TextInput;
use crate::components::timeline::moment;
use crate::domain::{ApplicationNumber, CalendarDate};
use crate::i18n::Msg;

/// What a change says, in the reader's language.
fn described(change: &StayChange, i18n: crate::client::I18n) -> String {
    match change {
        StayChange::EarlyDeparture { on } => {
            i18n.fill(Msg::ChangeDepartedOn, &[("date", &on.to_string())])
        }
        StayChange::Extension { stay_days, reason } => i18n.fill(
            Msg::ChangeExtendTo,
            &[("days", &stay_days.to_string()), ("reason", reason)],
        ),
    }
}

#[component]
fn ChangeList(changes: Vec<StayChangeView>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="q-list">
            {changes.into_iter().map(|change| {
                let status = change.status;
                let what = change.change.clone();
                view! {
                    <li>
                        {move || described(&what, i18n)} " — "
                        <strong class="q-status">{move || i18n.t(status.msg())}</strong>
                        " (" {moment(&change.requested_at)} ")"
                        {change.note.map(|note| view! { <p class="q-body">{note}</p> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

const KINDS: [(&str, Msg); 2] = [
    ("early_departure", Msg::ChangeEarlyDeparture),
    ("extension", Msg::ChangeExtension),
];

/// The host's side: the changes so far and, while the registration is open, a new one.
#[component]
pub fn StayChanges(
    number: ApplicationNumber,
    stay: RegisteredStay,
    visa_until: Option<CalendarDate>,
    changes: Vec<StayChangeView>,
    csrf: String,
    changed: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let closed = changes
        .iter()
        .any(|c| matches!(c.change, StayChange::EarlyDeparture { .. }));
    let kind = RwSignal::new(String::new());
    let departure = RwSignal::new(String::new());
    let days = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let csrf = StoredValue::new(csrf);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = StayChangeForm {
            kind: match kind.get_untracked().as_str() {
                "early_departure" => Some(StayChangeKind::EarlyDeparture),
                "extension" => Some(StayChangeKind::Extension),
                _ => None,
            },
            departure_date: departure.get_untracked(),
            stay_days: days.get_untracked(),
            reason: reason.get_untracked(),
        };
        if let Err(found) = form.parse(stay, visa_until, today()) {
            problems.set(problems_in(i18n.lang(), found));
            return;
        }
        spawn_local(async move {
            let path = format!("/api/applications/{number}/changes");
            let outcome = send_json::<StayChangeView>(
                &path,
                &form,
                &csrf_header(&csrf.get_value()),
                Method::Post,
            )
            .await;
            match outcome {
                Ok(_) => changed.run(()),
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
        <section class="q-stay-changes" aria-labelledby="changes-title">
            <h2 class="q-heading-l" id="changes-title">{t(Msg::StayChangesTitle)}</h2>
            {(!changes.is_empty()).then(|| view! { <ChangeList changes=changes.clone()/> })}
            {(!closed).then(|| view! {
                <p class="q-body">{t(Msg::StayChangesLead)}</p>
                <ErrorSummary problems/>
                <form class="q-form" novalidate on:submit=send>
                    <RadioInput field="kind" legend=Msg::ChangeKindLegend value=kind options=KINDS.to_vec() problems/>
                    <Show when=move || kind.get() == "early_departure">
                        <DateInput field="departure_date" label=Msg::DepartureDateLabel value=departure problems/>
                    </Show>
                    <Show when=move || kind.get() == "extension">
                        <TextInput field="stay_days" label=Msg::NewStayDaysLabel value=days problems inputmode="numeric"/>
                        <TextArea field="reason" label=Msg::ChangeReasonLabel value=reason problems/>
                    </Show>
                    <button type="submit" class="q-button q-button--secondary">{t(Msg::ChangeSend)}</button>
                </form>
            })}
        </section>
    }
}

/// The officer's side: every change, and an answer to an extension that waits.
#[component]
pub fn StayChangeAnswers(
    number: ApplicationNumber,
    changes: Vec<StayChangeView>,
    csrf: String,
    changed: Callback<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let waiting = changes
        .iter()
        .find(|c| c.status == StayChangeStatus::Requested)
        .map(|c| c.id);
    let note = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let csrf = StoredValue::new(csrf);
    let answer = move |id: i64, accept: bool| {
        let decision = StayChangeDecision {
            accept,
            note: Some(note.get_untracked()),
        };
        spawn_local(async move {
            let path = format!("/api/office/applications/{number}/changes/{id}");
            let outcome = send_json::<serde::de::IgnoredAny>(
                &path,
                &decision,
                &csrf_header(&csrf.get_value()),
                Method::Post,
            )
            .await;
            match outcome {
                Ok(_) => changed.run(false),
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
        <section aria-labelledby="changes-title">
            <h2 class="q-heading-l" id="changes-title">{t(Msg::StayChangesTitle)}</h2>
            <ChangeList changes/>
            {waiting.map(|id| view! {
                <ErrorSummary problems/>
                <TextArea field="note" label=Msg::OfficeNote value=note problems/>
                <div class="q-button-group">
                    <button type="button" class="q-button" on:click=move |_| answer(id, true)>{t(Msg::ChangeAccept)}</button>
                    <button type="button" class="q-button q-button--warning" on:click=move |_| answer(id, false)>{t(Msg::ChangeRefuse)}</button>
                </div>
            })}
        </section>
    }
}
