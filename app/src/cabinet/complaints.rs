//! Complaints about a decision, the applicant's side: file one, with documents if they like,
//! signed or not (rule 12.2), and read the answer.

use leptos::prelude::*;

use crate::api::{ComplaintForm, ComplaintView, FileRef, Problem, UploadLimits};
use crate::client::{load, t, use_i18n};
use crate::components::attached_files::Attached;
use crate::components::error_summary::ErrorSummary;
use crate::components::scan_upload::ScanUpload;
use crate::components::sign_and_send::{ComplaintDraft, Signing, back_to_form, signing_step};
use crate::components::signed_by::SignedBy;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_area::TextArea;
use crate::domain::{ApplicationNumber, shown_day};
use crate::i18n::Msg;

/// The applicant's complaints about the decision, and the form for a new one when none is open:
/// written, checked, then signed and sent (or sent unsigned, which the agency sees).
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
    // The complaint as written once "Davam et" takes it to be signed; none while it is written.
    let signing = RwSignal::new(None::<ComplaintForm>);
    // The scan upload's limits; without them the form still takes the text.
    let limits = load::<UploadLimits>("/api/files/limits".into());
    let upload_csrf = StoredValue::new(csrf.clone());
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problems.set(Vec::new());
        signing.set(Some(ComplaintForm {
            text: Some(text.get_untracked()),
            files: files.get_untracked(),
            signing: None,
        }));
    };
    let refused = back_to_form(signing, problems);
    let back = Callback::new(move |()| signing.set(None));
    let sent = Callback::new(move |_: ComplaintView| changed.run(()));
    let form = move || {
        match signing.get() {
        Some(complaint) => {
            let (words, pages) = (
                complaint.text.clone().unwrap_or_default(),
                complaint.files.clone(),
            );
            let what = ComplaintDraft { number, complaint };
            view! {
                <ErrorSummary problems/>
                <SummaryList>
                    <SummaryRow key=Msg::ComplaintText>{words}</SummaryRow>
                </SummaryList>
                <Attached files=pages base="/api/files"/>
                {signing_step(Signing { what, csrf: csrf.clone(), problems, sent, refused, back })}
            }
            .into_any()
        }
        None => view! {
            <ErrorSummary problems/>
            <form class="q-form" novalidate on:submit=next>
                <TextArea field="text" label=Msg::ComplaintFile hint=Msg::ComplaintTextHint value=text problems rows=5/>
                {move || limits.get().and_then(Result::ok).map(|limits| view! {
                    <ScanUpload field="files" label=Msg::ComplaintFilesLabel pages=files problems
                        csrf=Some(upload_csrf.get_value()) max_bytes=limits.max_bytes optional=true/>
                })}
                <button type="submit" class="q-button q-button--secondary">{t(Msg::Continue)}</button>
            </form>
        }
        .into_any(),
    }
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
                    <SignedBy signer=c.signed_by unsigned=Some(Msg::LetterUnsigned)/>
                    {c.answer.map(|answer| view! {
                        <p class="q-body"><strong>{t(Msg::ComplaintAnswer)}: </strong>{answer}</p>
                    })}
                </div>
            }
        }).collect_view()}
        {(!open).then_some(form)}
    }
}
