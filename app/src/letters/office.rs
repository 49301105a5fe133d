//! The agency's correspondence (rules 11.6–11.7): the queue of letters, those waiting first by
//! their due date, and a letter with its thread, where the officer answers, asks the sender for
//! more, or forwards it to the agency it concerns.

use futures_util::future::try_join3;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{
    AGENCIES_PATH, AgencySummary, ErrorCode, FileRef, LetterAction, LetterStep, OfficeLetter,
    OfficeLetterRow, Problem, UploadLimits,
};
use crate::client::{
    LoadError, Method, csrf_header, get_json, load, page_title, send_json, sent, t, use_i18n,
};
use crate::components::data_table::DataTable;
use crate::components::error_summary::ErrorSummary;
use crate::components::letter_thread::LetterThread;
use crate::components::load_state::{LoadFailed, Loading, loaded_list};
use crate::components::office_nav::AtDesk;
use crate::components::scan_upload::ScanUpload;
use crate::components::select_input::agency_choices;
use crate::components::select_input::{RadioInput, SelectInput};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_area::TextArea;
use crate::components::text_input::TextInput;
use crate::components::timeline::moment;
use crate::domain::{LetterNumber, shown_day};
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn OfficeLetters() -> impl IntoView {
    view! { <AtDesk page=|_, _| view! { <Queue/> }/> }
}

#[component]
fn Queue() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::OfficeLettersTitle).to_owned());
    let list = load::<Vec<OfficeLetterRow>>("/api/office/letters".into());
    view! {
        <h1 class="q-heading-xl" id="letters-title">{t(Msg::OfficeLettersTitle)}</h1>
        <p class="q-body">{t(Msg::LetterDueNote)}</p>
        {loaded_list(list, Msg::OfficeLettersNone, move |rows| view! {
            <DataTable labelled_by="letters-title">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::LetterNumberLabel)}</th>
                        <th scope="col">{t(Msg::LetterSender)}</th>
                        <th scope="col">{t(Msg::LetterSubject)}</th>
                        <th scope="col">{t(Msg::StatusColumn)}</th>
                        <th scope="col">{t(Msg::LetterDue)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| {
                        let status = row.status;
                        view! {
                            <tr>
                                <td><A href=ClientRoute::OfficeLetter(row.number).href()>{row.number.to_string()}</A></td>
                                <td>{row.sender}</td>
                                <td>{row.subject}</td>
                                <td>{move || i18n.t(status.msg())}</td>
                                <td>
                                    {row.due_on.as_deref().map(shown_day)} " "
                                    {row.overdue.then(|| view! { <strong class="q-tag q-tag--overdue">{t(Msg::Overdue)}</strong> })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </DataTable>
        })}
    }
}

#[component]
pub fn OfficeLetterPage(number: LetterNumber) -> impl IntoView {
    view! { <AtDesk page=move |info, _| view! { <Letter number csrf=info.csrf_token/> }/> }
}

/// The letter, the agencies it may go on to, and the upload limits.
async fn letter_desk(
    number: LetterNumber,
) -> Result<(OfficeLetter, Vec<AgencySummary>, UploadLimits), LoadError> {
    try_join3(
        get_json::<OfficeLetter>(&format!("/api/office/letters/{number}")),
        get_json::<Vec<AgencySummary>>(AGENCIES_PATH),
        get_json::<UploadLimits>("/api/files/limits"),
    )
    .await
}

#[component]
fn Letter(number: LetterNumber, csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::OfficeLettersTitle).to_owned());
    let page = LocalResource::new(move || letter_desk(number));
    let csrf = StoredValue::new(csrf);
    move || match page.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| page.refetch())/> }.into_any()
        }
        Some(Ok((case, agencies, limits))) => {
            let letter = case.letter;
            let status = letter.status;
            let waiting = status == crate::api::LetterStatus::Sent;
            view! {
                <h1 class="q-heading-xl">{letter.subject.clone()}</h1>
                <SummaryList>
                    <SummaryRow key=Msg::LetterNumberLabel>{letter.number.to_string()}</SummaryRow>
                    <SummaryRow key=Msg::LetterSender>
                        {case.sender}
                        {case.sender_email.map(|email| view! { <span class="q-summary-list__note">{email}</span> })}
                    </SummaryRow>
                    <SummaryRow key=Msg::StatusColumn><strong>{move || i18n.t(status.msg())}</strong></SummaryRow>
                    <SummaryRow key=Msg::LetterSentAt>{moment(&letter.sent_at)}</SummaryRow>
                    {letter.due_on.as_deref().map(|due| {
                        let due = shown_day(due);
                        view! {
                            <SummaryRow key=Msg::LetterDue>
                                {due}
                                <span class="q-summary-list__note">{t(Msg::LetterDueNote)}</span>
                            </SummaryRow>
                        }
                    })}
                </SummaryList>
                <LetterThread messages=letter.messages.clone() files=format!("/api/office/letters/{number}/files")/>
                {waiting.then(|| view! {
                    <Step number agencies=agencies.clone() signs=case.signs_answers csrf=csrf.get_value() max_bytes=limits.max_bytes
                        done=Callback::new(move |()| page.refetch())/>
                })}
                <p class="q-body"><A href=ClientRoute::OfficeLetters.href()>{t(Msg::OfficeLettersTitle)}</A></p>
            }
            .into_any()
        }
    }
}

#[component]
fn Step(
    number: LetterNumber,
    agencies: Vec<AgencySummary>,
    /// Whether the agency's message is signed with the officer's e-signature, asking its PIN.
    signs: bool,
    csrf: String,
    max_bytes: u64,
    done: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = RwSignal::new(String::new());
    let pin = RwSignal::new(String::new());
    let agency = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let files = RwSignal::new(Vec::<FileRef>::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let options = agency_choices(agencies);
    let upload_csrf = csrf.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = match action.get_untracked().as_str() {
            "answer" => LetterAction::Answer,
            "ask_more" => LetterAction::AskMore,
            "forward" => LetterAction::Forward,
            _ => {
                problems.set(vec![Problem::new(
                    ErrorCode::Required,
                    Some("action"),
                    i18n.lang(),
                )]);
                return;
            }
        };
        let step = LetterStep {
            action: chosen,
            text: Some(text.get_untracked()),
            files: files.get_untracked(),
            agency: (chosen == LetterAction::Forward)
                .then(|| agency.get_untracked().parse().ok())
                .flatten(),
            pin: signs.then(|| pin.get_untracked()),
        };
        let csrf = csrf.clone();
        spawn_local(async move {
            let path = format!("/api/office/letters/{number}");
            let outcome =
                send_json::<serde::de::IgnoredAny>(&path, &step, &csrf_header(&csrf), Method::Post)
                    .await;
            if sent(outcome, problems, i18n.lang()).is_some() {
                done.run(());
            }
        });
    };
    view! {
        <h2 class="q-heading-l">{t(Msg::LetterAnswerLabel)}</h2>
        <ErrorSummary problems/>
        <form class="q-form" novalidate on:submit=submit>
            <RadioInput field="action" legend=Msg::LetterStepLegend value=action problems options=vec![
                ("answer", Msg::LetterStepAnswer),
                ("ask_more", Msg::LetterStepAskMore),
                ("forward", Msg::LetterStepForward),
            ]/>
            <Show when=move || action.get() == "forward">
                <SelectInput field="agency" label=Msg::LetterForwardAgency value=agency options problems/>
            </Show>
            <TextArea field="text" label=Msg::LetterStepText value=text problems rows=6/>
            <ScanUpload field="files" label=Msg::LetterFiles pages=files problems csrf=Some(upload_csrf.clone()) max_bytes optional=true/>
            {signs.then(|| view! {
                <TextInput field="pin" label=Msg::DecisionPin value=pin problems hint=Msg::LetterPinHint kind="password" autocomplete="off" inputmode="numeric"/>
            })}
            <button type="submit" class="q-button">{t(Msg::LetterStepSend)}</button>
        </form>
    }
}
