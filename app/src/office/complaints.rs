//! Complaints about a decision, the supervisor's side: read the documents and answer, the
//! earliest due first.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{ComplaintAnswerForm, OfficeComplaint, Problem};
use crate::client::{Method, csrf_header, load, page_title, send_json, sent, t, use_i18n};
use crate::components::attached_files::Attached;
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::loaded_list;
use crate::components::office_nav::AtDesk;
use crate::components::signed_by::SignedBy;
use crate::components::text_area::TextArea;
use crate::components::timeline::moment;
use crate::domain::shown_day;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

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
        {loaded_list(list, Msg::ComplaintsNone, move |rows| rows.into_iter().map(|row| view! {
            <Answer row csrf=csrf.get_value() answered=Callback::new(move |()| list.refetch())/>
        }).collect_view())}
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
    let due = row
        .complaint
        .due_on
        .as_deref()
        .map(shown_day)
        .unwrap_or_default();
    view! {
        <section class="q-panel q-panel--plain" aria-label=row.number.to_string()>
            <h2 class="q-heading-m">
                <A href=ClientRoute::OfficeApplication(row.number).href()>{row.number.to_string()}</A>
                " — " {row.applicant}
            </h2>
            <p class="q-body">{t(Msg::ColumnDue)} ": " {due} " · " {moment(&row.complaint.filed_at)}</p>
            <p class="q-body">{row.complaint.text}</p>
            <Attached files=row.complaint.files base="/api/office/files"/>
            <SignedBy signer=row.complaint.signed_by unsigned=Some(Msg::LetterUnsigned)/>
            <ErrorSummary problems/>
            <form class="q-form" novalidate on:submit=submit>
                <TextArea field="answer" label=Msg::ComplaintAnswer value=answer problems rows=5/>
                <button type="submit" class="q-button">{t(Msg::ComplaintAnswerSend)}</button>
            </form>
        </section>
    }
}
