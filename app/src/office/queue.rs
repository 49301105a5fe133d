//! The back office: the agency's queue by due date with its filters and pages. Each page checks
//! the session's office role; the server checks it again on every request.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use serde::de::IgnoredAny;

use crate::api::{ApplicationStatus, QueuePage, QueueRow};
use crate::client::{Method, csrf_header, get_json, page_title, t, use_i18n};
use crate::components::data_table::DataTable;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::office_nav::AtDesk;
use crate::domain::CalendarDate;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn Office() -> impl IntoView {
    view! { <AtDesk page=|_, _| view! { <Queue/> }/> }
}

/// The filters as the address carries them, so that a page of the queue can be linked to and
/// the back button returns to it.
#[derive(Clone, Default, PartialEq)]
struct Filters {
    status: String,
    mine: bool,
    overdue: bool,
    q: String,
    after: String,
}

impl Filters {
    fn from_search(search: &str) -> Self {
        let mut filters = Self::default();
        for (key, value) in form_urlencoded(search) {
            match key.as_str() {
                "status" => filters.status = value,
                "mine" => filters.mine = value == "true",
                "overdue" => filters.overdue = value == "true",
                "q" => filters.q = value,
                "after" => filters.after = value,
                _ => {}
            }
        }
        filters
    }

    fn query(&self, after: Option<&str>) -> String {
        let mut parts = Vec::new();
        let mut add = |key: &str, value: &str| {
            if !value.is_empty() {
                parts.push(format!("{key}={}", encode(value)));
            }
        };
        add("status", &self.status);
        add("mine", if self.mine { "true" } else { "" });
        add("overdue", if self.overdue { "true" } else { "" });
        add("q", self.q.trim());
        add("after", after.unwrap_or_default());
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

fn form_urlencoded(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| {
                js_sys::decode_uri_component(&s.replace('+', " "))
                    .ok()
                    .and_then(|v| v.as_string())
            };
            Some((decode(key)?, decode(value)?))
        })
        .collect()
}

fn encode(value: &str) -> String {
    js_sys::encode_uri_component(value)
        .as_string()
        .unwrap_or_default()
}

/// The statuses an officer filters by; none chosen means those waiting for an answer.
const STATUSES: [ApplicationStatus; 6] = [
    ApplicationStatus::Submitted,
    ApplicationStatus::InReview,
    ApplicationStatus::Resubmitted,
    ApplicationStatus::Returned,
    ApplicationStatus::Accepted,
    ApplicationStatus::Refused,
];

#[component]
fn Queue() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::OfficeTitle).to_owned());
    let location = use_location();
    let navigate = use_navigate();
    let filters = Memo::new(move |_| Filters::from_search(&location.search.get()));
    let page = LocalResource::new(move || {
        let query = filters.get().query(Some(&filters.get().after));
        async move { get_json::<QueuePage>(&format!("/api/office/queue{query}")).await }
    });
    let status = RwSignal::new(filters.get_untracked().status);
    let mine = RwSignal::new(filters.get_untracked().mine);
    let overdue = RwSignal::new(filters.get_untracked().overdue);
    let search = RwSignal::new(filters.get_untracked().q);
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = Filters {
            status: status.get_untracked(),
            mine: mine.get_untracked(),
            overdue: overdue.get_untracked(),
            q: search.get_untracked(),
            after: String::new(),
        };
        navigate(
            &format!("{}{}", ClientRoute::Office.href(), chosen.query(None)),
            Default::default(),
        );
    };
    view! {
        <h1 class="q-heading-xl">{t(Msg::OfficeTitle)}</h1>
        <form class="q-filters" role="search" aria-label=move || i18n.t(Msg::OfficeFilters) on:submit=apply>
            <div class="q-form-group">
                <label class="q-label" for="queue-q">{t(Msg::OfficeSearch)}</label>
                <input class="q-input" id="queue-q" type="search" prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev))/>
            </div>
            <div class="q-form-group">
                <label class="q-label" for="queue-status">{t(Msg::StatusColumn)}</label>
                <select class="q-select" id="queue-status" on:change=move |ev| status.set(event_target_value(&ev))>
                    <option value="" selected=move || status.get().is_empty()>{t(Msg::OfficeAnyStatus)}</option>
                    {STATUSES.into_iter().map(|s| view! {
                        <option value=s.code() selected=move || status.get() == s.code()>{move || i18n.t(s.msg())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="q-checkboxes">
                <div class="q-checkboxes__item">
                    <input class="q-checkboxes__input" type="checkbox" id="queue-mine" prop:checked=move || mine.get() on:change=move |ev| mine.set(event_target_checked(&ev))/>
                    <label class="q-checkboxes__label" for="queue-mine">{t(Msg::OfficeMine)}</label>
                </div>
                <div class="q-checkboxes__item">
                    <input class="q-checkboxes__input" type="checkbox" id="queue-overdue" prop:checked=move || overdue.get() on:change=move |ev| overdue.set(event_target_checked(&ev))/>
                    <label class="q-checkboxes__label" for="queue-overdue">{t(Msg::OfficeOverdue)}</label>
                </div>
            </div>
            <button type="submit" class="q-button q-button--secondary">{t(Msg::OfficeApply)}</button>
        </form>
        {move || match page.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| page.refetch())/> }.into_any(),
            Some(Ok(found)) => {
                let current = filters.get();
                let next = found.next.as_deref().map(|after| format!("{}{}", ClientRoute::Office.href(), current.query(Some(after))));
                let first = (!current.after.is_empty()).then(|| format!("{}{}", ClientRoute::Office.href(), current.query(None)));
                view! {
                    <QueueTable rows=found.rows/>
                    <nav class="q-pagination" aria-label=move || i18n.t(Msg::OfficeTitle)>
                        {first.map(|href| view! { <A href=href attr:class="q-pagination__link">{t(Msg::OfficeFirstPage)}</A> })}
                        {next.map(|href| view! { <A href=href attr:class="q-pagination__link">{t(Msg::OfficeNextPage)}</A> })}
                    </nav>
                }.into_any()
            }
        }}
    }
}

/// Today in Baku, as the due dates are written.
fn today_iso() -> String {
    crate::client::today().iso()
}

#[component]
fn QueueTable(rows: Vec<QueueRow>) -> impl IntoView {
    let i18n = use_i18n();
    if rows.is_empty() {
        return view! { <p class="q-body" role="status">{t(Msg::OfficeEmpty)}</p> }.into_any();
    }
    let today = today_iso();
    view! {
        <h2 class="q-visually-hidden" id="queue-title">{t(Msg::OfficeTitle)}</h2>
        <DataTable labelled_by="queue-title">
            <thead>
                <tr>
                    <th scope="col">{t(Msg::ApplicationNumberLabel)}</th>
                    <th scope="col">{t(Msg::ColumnApplicant)}</th>
                    <th scope="col">{t(Msg::ColumnService)}</th>
                    <th scope="col">{t(Msg::StatusColumn)}</th>
                    <th scope="col">{t(Msg::ColumnDue)}</th>
                    <th scope="col">{t(Msg::ColumnAssigned)}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let due = row.due_on.as_deref().and_then(CalendarDate::parse).map(|d| d.to_string()).unwrap_or_default();
                    let due_today = row.due_on.as_deref() == Some(today.as_str());
                    let status = row.status;
                    view! {
                        <tr>
                            <td><A href=ClientRoute::OfficeApplication(row.number).href()>{row.number.to_string()}</A></td>
                            <td>{row.applicant}</td>
                            <td>{row.service.to_string()}</td>
                            <td>{move || i18n.t(status.msg())}</td>
                            <td>
                                {due} " "
                                {row.overdue.then(|| view! { <strong class="q-tag q-tag--overdue">{t(Msg::Overdue)}</strong> })}
                                {(due_today && !row.overdue).then(|| view! { <strong class="q-tag">{t(Msg::DueToday)}</strong> })}
                            </td>
                            <td>{match row.assigned_to {
                                Some(name) => name.into_any(),
                                None => view! { <span class="q-not-published">{t(Msg::Unassigned)}</span> }.into_any(),
                            }}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </DataTable>
    }
    .into_any()
}

/// Sends a change that answers with no body; whether it was done.
pub async fn send_json_ok(path: &str, csrf: &str) -> bool {
    crate::client::send_json::<IgnoredAny>(path, &(), &csrf_header(csrf), Method::Post)
        .await
        .is_ok()
}
