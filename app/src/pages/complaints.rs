//! Complaints about a decision: the applicant's side (file one, with documents if they like, and
//! read the answer) and the supervisor's (read the documents, answer, the earliest due first).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{
    ComplaintAnswerForm, ComplaintForm, ComplaintView, FileRef, OfficeComplaint, Problem,
    UploadLimits,
};
use crate::client::{Method, csrf_header, load, page_title, send_json, sent, t, use_i18n};
use crate::components::error_summary::{ErrorSummary, FieldError, field_id, problem_for};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::scan_upload::ScanUpload;
use crate::components::timeline::moment;
use crate::domain::{ApplicationNumber, CalendarDate};
use crate::i18n::Msg;
use crate::pages::office::AtDesk;
use crate::routes::ClientRoute;

fn day(raw: Option<&str>) -> String {
    raw.and_then(CalendarDate::parse)
        .map(|d| d.to_string())
        .unwrap_or_default()
}

/// The documents a complaint carries, each a link to the file: `base` is where files are read
/// (the applicant's own, or the back office's, which writes each reading to the audit log).
#[component]
fn Attached(files: Vec<FileRef>, base: &'static str) -> impl IntoView {
    (!files.is_empty()).then(|| {
        view! {
            <p class="q-body"><strong>{t(Msg::ComplaintFilesAttached)}</strong></p>
            <ul class="q-list">
                {files.into_iter().map(|file| {
                    let href = format!("{base}/{}", file.id);
                    let size = format!("{} KB", file.size.div_ceil(1024));
                    view! {
                        <li><a href=href target="_blank" rel="noopener">{file.name}</a> " (" {size} ")"</li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}

/// A labelled text area with its hint and problem, for the complaint and its answer.
#[component]
fn TextArea(
    field: &'static str,
    label: Msg,
    #[prop(optional)] hint: Option<Msg>,
    value: RwSignal<String>,
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let id = field_id(field);
    let error = problem_for(problems.into(), field.into());
    let hint_id = format!("{id}-hint");
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <label class="q-label" for=id.clone()>{t(label)}</label>
            {hint.map(|hint| view! { <div class="q-hint" id=hint_id.clone()>{t(hint)}</div> })}
            <FieldError error id=format!("{id}-error")/>
            <textarea class="q-textarea" id=id rows="5"
                aria-describedby=hint.map(|_| hint_id.clone())
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        </div>
    }
}

/// The applicant's complaints about the decision, and the form for a new one when none is open.
#[component]
pub fn Complaints(
    number: ApplicationNumber,
    complaints: Vec<ComplaintView>,
    csrf: String,
    changed: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = complaints.iter().any(|c| c.answered_at.is_none());
    let text = RwSignal::new(String::new());
    let files = RwSignal::new(Vec::<FileRef>::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    // The scan upload's limits; without them the form still takes the text.
    let limits = load::<UploadLimits>("/api/files/limits".into());
    let upload_csrf = StoredValue::new(csrf.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = ComplaintForm {
            text: Some(text.get_untracked()),
            files: files.get_untracked(),
        };
        let csrf = csrf.clone();
        spawn_local(async move {
            let path = format!("/api/applications/{number}/complaints");
            let outcome =
                send_json::<ComplaintView>(&path, &form, &csrf_header(&csrf), Method::Post).await;
            if sent(outcome, problems, i18n.lang()).is_some() {
                changed.run(());
            }
        });
    };
    view! {
        <h2 class="q-heading-l">{t(Msg::ComplaintsTitle)}</h2>
        {complaints.into_iter().map(|c| {
            let filed = day(c.filed_at.get(..10));
            let due = day(c.due_on.as_deref());
            view! {
                <div class="q-inset">
                    <p class="q-body">{move || i18n.fill(Msg::ComplaintFiled, &[("date", &filed), ("due", &due)])}</p>
                    <p class="q-body">{c.text}</p>
                    <Attached files=c.files base="/api/files"/>
                    {c.answer.map(|answer| view! {
                        <p class="q-body"><strong>{t(Msg::ComplaintAnswer)}: </strong>{answer}</p>
                    })}
                </div>
            }
        }).collect_view()}
        {(!open).then(|| view! {
            <ErrorSummary problems/>
            <form class="q-form" novalidate on:submit=submit>
                <TextArea field="text" label=Msg::ComplaintFile hint=Msg::ComplaintTextHint value=text problems/>
                {move || limits.get().and_then(Result::ok).map(|limits| view! {
                    <ScanUpload field="files" label=Msg::ComplaintFilesLabel pages=files problems
                        csrf=Some(upload_csrf.get_value()) max_bytes=limits.max_bytes optional=true/>
                })}
                <button type="submit" class="q-button q-button--secondary">{t(Msg::ComplaintSend)}</button>
            </form>
        })}
    }
}

#[component]
pub fn OfficeComplaints() -> impl IntoView {
    view! { <AtDesk page=|info, _| view! { <Waiting csrf=info.csrf_token/> }/> }
}

#[component]
fn Waiting(csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::ComplaintsTitle).to_owned());
    let list = load::<Vec<OfficeComplaint>>("/api/office/complaints".into());
    let csrf = StoredValue::new(csrf);
    view! {
        <h1 class="q-heading-xl">{t(Msg::ComplaintsTitle)}</h1>
        {move || match list.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| list.refetch())/> }.into_any(),
            Some(Ok(rows)) if rows.is_empty() => view! { <p class="q-body">{t(Msg::ComplaintsNone)}</p> }.into_any(),
            Some(Ok(rows)) => rows.into_iter().map(|row| view! {
                <Answer row csrf=csrf.get_value() answered=Callback::new(move |()| list.refetch())/>
            }).collect_view().into_any(),
        }}
    }
}

#[component]
fn Answer(row: OfficeComplaint, csrf: String, answered: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let answer = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let id = row.complaint.id;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = ComplaintAnswerForm {
            answer: Some(answer.get_untracked()),
        };
        let csrf = csrf.clone();
        spawn_local(async move {
            let path = format!("/api/office/complaints/{id}/answer");
            let outcome =
                send_json::<serde::de::IgnoredAny>(&path, &form, &csrf_header(&csrf), Method::Post)
                    .await;
            if sent(outcome, problems, i18n.lang()).is_some() {
                answered.run(());
            }
        });
    };
    let due = day(row.complaint.due_on.as_deref());
    view! {
        <section class="q-panel q-panel--plain" aria-label=row.number.to_string()>
            <h2 class="q-heading-m">
                <A href=ClientRoute::OfficeApplication(row.number).href()>{row.number.to_string()}</A>
                " — " {row.applicant}
            </h2>
            <p class="q-body">{t(Msg::ColumnDue)} ": " {due} " · " {moment(&row.complaint.filed_at)}</p>
            <p class="q-body">{row.complaint.text}</p>
            <Attached files=row.complaint.files base="/api/office/files"/>
            <ErrorSummary problems/>
            <form class="q-form" novalidate on:submit=submit>
                <TextArea field="answer" label=Msg::ComplaintAnswer value=answer problems/>
                <button type="submit" class="q-button">{t(Msg::ComplaintAnswerSend)}</button>
            </form>
        </section>
    }
}
