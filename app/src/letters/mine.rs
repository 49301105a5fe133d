//! "Yazışmalarım" (rules 11.6–11.7): the person's official letters to agencies, a new letter,
//! and a letter's page with its thread, whether the agency has read it, and a reply.

use futures_util::future::try_join3;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::{
    AGENCIES_PATH, AgencySummary, FileRef, LetterForm, LetterReplyForm, LetterRow, LetterStatus,
    LetterView, Problem, SessionInfo, UploadLimits,
};
use crate::client::{LoadError, get_json, load, page_title, session, t, tr, use_i18n};
use crate::components::attached_files::Attached;
use crate::components::data_table::DataTable;
use crate::components::error_summary::ErrorSummary;
use crate::components::letter_thread::LetterThread;
use crate::components::load_state::{LoadFailed, Loading, loaded_list};
use crate::components::scan_upload::ScanUpload;
use crate::components::select_input::SelectInput;
use crate::components::select_input::agency_choices;
use crate::components::sign_and_send::{ReplyDraft, Signing, back_to_form, signing_step};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_area::TextArea;
use crate::components::text_input::TextInput;
use crate::components::timeline::moment;
use crate::domain::{LetterNumber, shown_day};
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn MyLetters() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::MyLetters).to_owned());
    let letters = load::<Vec<LetterRow>>("/api/letters".into());
    view! {
        <h1 class="q-heading-xl" id="my-letters">{t(Msg::MyLetters)}</h1>
        <p class="q-body">{t(Msg::LettersIntro)}</p>
        <p class="q-body"><A href=ClientRoute::NewLetter.href() attr:class="q-button">{t(Msg::WriteLetter)}</A></p>
        {loaded_list(letters, Msg::NoLetters, move |rows| view! {
            <DataTable labelled_by="my-letters">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::LetterNumberLabel)}</th>
                        <th scope="col">{t(Msg::LetterSubject)}</th>
                        <th scope="col">{t(Msg::AgencyOfService)}</th>
                        <th scope="col">{t(Msg::StatusColumn)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| {
                        let status = row.status;
                        let read = row.read;
                        view! {
                            <tr>
                                <td><A href=ClientRoute::Letter(row.number).href()>{row.number.to_string()}</A></td>
                                <td>{row.subject}</td>
                                <td>{tr(row.agency)}</td>
                                <td>
                                    {move || i18n.t(status.msg())}
                                    {(status == LetterStatus::Sent).then(|| view! {
                                        <span class="q-summary-list__note">
                                            {move || i18n.t(if read { Msg::LetterReadAt } else { Msg::LetterNotRead })}
                                        </span>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </DataTable>
        })}
    }
}

/// What the new letter's form needs: who writes, the agencies to write to, the upload limits.
async fn letter_desk() -> Result<(SessionInfo, Vec<AgencySummary>, UploadLimits), LoadError> {
    try_join3(
        session(),
        get_json::<Vec<AgencySummary>>(AGENCIES_PATH),
        get_json::<UploadLimits>("/api/files/limits"),
    )
    .await
}

#[component]
pub fn NewLetter() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::WriteLetter).to_owned());
    let chosen = use_query_map()
        .get_untracked()
        .get("agency")
        .unwrap_or_default();
    let desk = LocalResource::new(letter_desk);
    view! {
        <h1 class="q-heading-xl">{t(Msg::WriteLetter)}</h1>
        {move || match desk.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| desk.refetch())/> }.into_any(),
            Some(Ok((info, agencies, limits))) => view! {
                <WriteLetter csrf=info.csrf_token agencies max_bytes=limits.max_bytes chosen=chosen.clone()/>
            }.into_any(),
        }}
    }
}

#[component]
fn WriteLetter(
    csrf: String,
    agencies: Vec<AgencySummary>,
    max_bytes: u64,
    /// The agency an E-müraciət service's card chose.
    chosen: String,
) -> impl IntoView {
    let navigate = use_navigate();
    let agency = RwSignal::new(chosen);
    let subject = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let files = RwSignal::new(Vec::<FileRef>::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    // The letter as written once "Davam et" takes it to be signed; none while it is written.
    let signing = RwSignal::new(None::<LetterForm>);
    let options = agency_choices(agencies);
    let upload_csrf = csrf.clone();
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problems.set(Vec::new());
        signing.set(Some(LetterForm {
            agency: agency.get_untracked().parse().ok(),
            subject: Some(subject.get_untracked()),
            text: Some(text.get_untracked()),
            files: files.get_untracked(),
            signing: None,
        }));
    };
    // What the letter's checks refuse as the signing step opens takes the sender back to it.
    let refused = back_to_form(signing, problems);
    let on_sent = Callback::new(move |letter: LetterView| {
        navigate(
            &format!("{}?sent=1", ClientRoute::Letter(letter.number).href()),
            Default::default(),
        );
    });
    let back = Callback::new(move |()| signing.set(None));
    let agency_name = move || {
        let chosen = agency.get();
        options.with(|o| {
            o.iter()
                .find(|(value, _)| *value == chosen)
                .map(|(_, name)| name.clone())
        })
    };
    move || {
        match signing.get() {
        Some(letter) => {
            let (subject, words, pages) = (
                letter.subject.clone().unwrap_or_default(),
                letter.text.clone().unwrap_or_default(),
                letter.files.clone(),
            );
            view! {
            <ErrorSummary problems/>
            <h2 class="q-heading-l">{t(Msg::LetterReview)}</h2>
            <SummaryList>
                <SummaryRow key=Msg::LetterAgency>{agency_name}</SummaryRow>
                <SummaryRow key=Msg::LetterSubject>{subject}</SummaryRow>
                <SummaryRow key=Msg::LetterText><span class="q-letter-thread__text">{words}</span></SummaryRow>
            </SummaryList>
            <Attached files=pages base="/api/files"/>
            {signing_step(Signing { what: letter, csrf: csrf.clone(), problems, sent: on_sent, refused, back })}
            }
            .into_any()
        }
        None => view! {
            <p class="q-body">{t(Msg::LettersIntro)}</p>
            <ErrorSummary problems/>
            <form class="q-form" novalidate on:submit=next>
                <SelectInput field="agency" label=Msg::LetterAgency value=agency options problems/>
                <TextInput field="subject" label=Msg::LetterSubject value=subject problems/>
                <TextArea field="text" label=Msg::LetterText hint=Msg::LetterTextHint value=text problems rows=8/>
                <ScanUpload field="files" label=Msg::LetterFiles pages=files problems csrf=Some(upload_csrf.clone()) max_bytes optional=true/>
                <button type="submit" class="q-button">{t(Msg::Continue)}</button>
            </form>
        }
        .into_any(),
    }
    }
}

/// The letter with what its page needs beside it.
async fn letter_page(
    number: LetterNumber,
) -> Result<(SessionInfo, LetterView, UploadLimits), LoadError> {
    try_join3(
        session(),
        get_json::<LetterView>(&format!("/api/letters/{number}")),
        get_json::<UploadLimits>("/api/files/limits"),
    )
    .await
}

#[component]
pub fn LetterPage(number: LetterNumber) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::MyLetters).to_owned());
    let just_sent = use_query_map().get_untracked().get("sent").is_some();
    let page = LocalResource::new(move || letter_page(number));
    move || match page.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| page.refetch())/> }.into_any()
        }
        Some(Ok((info, letter, limits))) => {
            let status = letter.status;
            let due = letter.due_on.as_deref().map(shown_day);
            view! {
                {just_sent.then(|| view! {
                    <div class="q-panel" role="status"><p class="q-panel__body">{t(Msg::LetterSentBanner)}</p></div>
                })}
                <h1 class="q-heading-xl">{letter.subject.clone()}</h1>
                <SummaryList>
                    <SummaryRow key=Msg::LetterNumberLabel>{letter.number.to_string()}</SummaryRow>
                    <SummaryRow key=Msg::LetterAgencyHolding>{tr(letter.agency.clone())}</SummaryRow>
                    <SummaryRow key=Msg::StatusColumn><strong>{move || i18n.t(status.msg())}</strong></SummaryRow>
                    <SummaryRow key=Msg::LetterSentAt>{moment(&letter.sent_at)}</SummaryRow>
                    <SummaryRow key=Msg::LetterReadAt>
                        {match &letter.read_at {
                            Some(at) => moment(at).into_any(),
                            None => t(Msg::LetterNotRead).into_any(),
                        }}
                    </SummaryRow>
                    {due.map(|due| view! {
                        <SummaryRow key=Msg::LetterDue>
                            {due}
                            <span class="q-summary-list__note">{t(Msg::LetterDueNote)}</span>
                        </SummaryRow>
                    })}
                </SummaryList>
                <LetterThread messages=letter.messages.clone() files=format!("/api/letters/{number}/files")/>
                <Reply number csrf=info.csrf_token max_bytes=limits.max_bytes replied=Callback::new(move |()| page.refetch())/>
            }
            .into_any()
        }
    }
}

#[component]
fn Reply(
    number: LetterNumber,
    csrf: String,
    max_bytes: u64,
    replied: Callback<()>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let files = RwSignal::new(Vec::<FileRef>::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    // The reply as written once "Davam et" takes it to be signed; none while it is written.
    let signing = RwSignal::new(None::<LetterReplyForm>);
    let upload_csrf = csrf.clone();
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problems.set(Vec::new());
        signing.set(Some(LetterReplyForm {
            text: Some(text.get_untracked()),
            files: files.get_untracked(),
            signing: None,
        }));
    };
    let refused = back_to_form(signing, problems);
    let back = Callback::new(move |()| signing.set(None));
    let on_sent = Callback::new(move |_: LetterView| replied.run(()));
    move || {
        match signing.get() {
        Some(reply) => {
            let (words, pages) = (
                reply.text.clone().unwrap_or_default(),
                reply.files.clone(),
            );
            view! {
                <ErrorSummary problems/>
                <h2 class="q-heading-l">{t(Msg::LetterReply)}</h2>
                <SummaryList>
                    <SummaryRow key=Msg::LetterText><span class="q-letter-thread__text">{words}</span></SummaryRow>
                </SummaryList>
                <Attached files=pages base="/api/files"/>
                {signing_step(Signing { what: ReplyDraft { number, reply }, csrf: csrf.clone(), problems, sent: on_sent, refused, back })}
            }
            .into_any()
        }
        None => view! {
            <h2 class="q-heading-l">{t(Msg::LetterReply)}</h2>
            <ErrorSummary problems/>
            <form class="q-form" novalidate on:submit=next>
                <TextArea field="text" label=Msg::LetterText hint=Msg::LetterTextHint value=text problems rows=5/>
                <ScanUpload field="files" label=Msg::LetterFiles pages=files problems csrf=Some(upload_csrf.clone()) max_bytes optional=true/>
                <button type="submit" class="q-button q-button--secondary">{t(Msg::Continue)}</button>
            </form>
        }
        .into_any(),
    }
    }
}
