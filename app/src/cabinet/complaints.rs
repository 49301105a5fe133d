//! Complaints about a decision, the applicant's side: file one, with documents if they like, and
//! read the answer.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ComplaintForm, ComplaintView, FileRef, Problem, UploadLimits};
use crate::client::{Method, csrf_header, load, send_json, sent, t, use_i18n};
use crate::components::attached_files::Attached;
use crate::components::error_summary::ErrorSummary;
use crate::components::scan_upload::ScanUpload;
use crate::components::text_area::TextArea;
use crate::domain::{ApplicationNumber, shown_day};
use crate::i18n::Msg;

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
            let filed = shown_day(&c.filed_at);
            let due = c.due_on.as_deref().map(shown_day).unwrap_or_default();
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
                <TextArea field="text" label=Msg::ComplaintFile hint=Msg::ComplaintTextHint value=text problems rows=5/>
                {move || limits.get().and_then(Result::ok).map(|limits| view! {
                    <ScanUpload field="files" label=Msg::ComplaintFilesLabel pages=files problems
                        csrf=Some(upload_csrf.get_value()) max_bytes=limits.max_bytes optional=true/>
                })}
                <button type="submit" class="q-button q-button--secondary">{t(Msg::ComplaintSend)}</button>
            </form>
        })}
    }
}
