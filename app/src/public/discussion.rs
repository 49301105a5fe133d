//! Public discussion of draft regulations (rule 9.7): the list of every draft in discussion, and
//! a draft's page where anyone reads it and the comments with the agency's answers, and a
//! logged-in person comments while the period runs.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{
    CommentForm, DISCUSSIONS_PATH, Discussion, DiscussionItem, Problem, RegulationComment,
    discussion_path,
};
use crate::client::{
    LoadError, Method, csrf_header, focus_soon, load, page_title, send_json, sent, session, t, tr,
    use_i18n,
};
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::log_in_link::LogInLink;
use crate::components::regulation_comments::RegulationComments;
use crate::components::text_area::TextArea;
use crate::domain::ServiceNumber;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

use super::service::RegulationView;

/// "İctimai müzakirədə olan reqlamentlər": every draft in discussion, soonest to close first.
#[component]
pub fn Discussions() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::DiscussionsTitle).to_owned());
    let list = load::<Vec<DiscussionItem>>(DISCUSSIONS_PATH.into());
    view! {
        <h1 class="q-heading-xl" id="discussions-title">{t(Msg::DiscussionsTitle)}</h1>
        <p class="q-body">{t(Msg::DiscussionsLead)}</p>
        {move || match list.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| list.refetch())/> }.into_any(),
            Some(Ok(items)) if items.is_empty() => view! { <p class="q-body">{t(Msg::DiscussionsNone)}</p> }.into_any(),
            Some(Ok(items)) => view! {
                <ul class="q-list q-discussions" aria-labelledby="discussions-title">
                    {items.into_iter().map(|item| {
                        let until = item.until.to_string();
                        let comments = item.comments.to_string();
                        view! {
                            <li class="q-discussions__item">
                                <A href=ClientRoute::ServiceDiscussion(item.service).href()>{tr(item.title)}</A>
                                <p class="q-discussions__meta">{tr(item.agency_name)}</p>
                                <p class="q-discussions__meta">
                                    {move || i18n.fill(Msg::DiscussionsItemMeta, &[("date", &until), ("count", &comments)])}
                                </p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any(),
        }}
    }
}

/// A draft in discussion: what it says, the comments and answers, and the comment form.
#[component]
pub fn ServiceDiscussion(number: ServiceNumber) -> impl IntoView {
    let i18n = use_i18n();
    let discussion = load::<Discussion>(discussion_path(number));
    page_title(move || match discussion.get() {
        Some(Ok(found)) => i18n.fill(
            Msg::DiscussionTitle,
            &[("title", found.title.get(i18n.lang()))],
        ),
        _ => i18n.t(Msg::DiscussionsTitle).to_owned(),
    });
    move || {
        match discussion.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(LoadError::NotFound)) => view! {
            <h1 class="q-heading-xl">{t(Msg::DiscussionsTitle)}</h1>
            <p class="q-body">{t(Msg::DiscussionNotFound)}</p>
            <p class="q-body"><A href=ClientRoute::Service(number).href()>{t(Msg::BackToService)}</A></p>
        }
        .into_any(),
        Some(Err(error)) => view! {
            <LoadFailed error retry=Callback::new(move |()| discussion.refetch())/>
        }
        .into_any(),
        Some(Ok(found)) => view! { <DiscussionPage discussion=found/> }.into_any(),
    }
    }
}

#[component]
fn DiscussionPage(discussion: Discussion) -> impl IntoView {
    let i18n = use_i18n();
    let number = discussion.service;
    let title = discussion.title.clone();
    let until = discussion.until.to_string();
    let opened = discussion.opened_on.to_string();
    let comments = RwSignal::new(discussion.comments.clone());
    let period = move || {
        i18n.fill(
            Msg::DiscussionPeriod,
            &[("from", &opened), ("until", &until)],
        )
    };
    view! {
        <span class="q-caption">{tr(discussion.agency_name.clone())}</span>
        <h1 class="q-heading-xl">
            {move || i18n.fill(Msg::DiscussionTitle, &[("title", title.get(i18n.lang()))])}
        </h1>
        <p class="q-body"><strong class="q-tag">{period}</strong></p>
        <p class="q-body"><A href=ClientRoute::Service(number).href()>{t(Msg::BackToService)}</A></p>
        <h2 class="q-heading-l">{t(Msg::DiscussionDraftTitle)}</h2>
        <RegulationView regulation=discussion.regulation.clone()/>
        <h2 class="q-heading-l" id="comments-title">{t(Msg::CommentsTitle)}</h2>
        {move || view! { <RegulationComments comments=comments.get()/> }}
        {if discussion.open {
            view! { <CommentBox number comments/> }.into_any()
        } else {
            view! { <p class="q-body">{t(Msg::DiscussionEnded)}</p> }.into_any()
        }}
    }
}

/// The comment form for a logged-in person; "Daxil ol" (coming back here) for anyone else.
#[component]
fn CommentBox(number: ServiceNumber, comments: RwSignal<Vec<RegulationComment>>) -> impl IntoView {
    let who = LocalResource::new(session);
    move || match who.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok(info)) => view! { <CommentForm number comments csrf=info.csrf_token/> }.into_any(),
        Some(Err(_)) => view! {
            <p class="q-body">{t(Msg::CommentLogIn)} " " <LogInLink/></p>
        }
        .into_any(),
    }
}

#[component]
fn CommentForm(
    number: ServiceNumber,
    comments: RwSignal<Vec<RegulationComment>>,
    csrf: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sending = RwSignal::new(false);
    let published = RwSignal::new(false);
    let csrf = StoredValue::new(csrf);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        sending.set(true);
        published.set(false);
        let form = CommentForm {
            text: text.get_untracked(),
        };
        spawn_local(async move {
            let path = format!("/api/services/{number}/regulation/comments");
            let outcome = send_json::<RegulationComment>(
                &path,
                &form,
                &csrf_header(&csrf.get_value()),
                Method::Post,
            )
            .await;
            sending.try_set(false);
            if let Some(comment) = sent(outcome, problems, i18n.lang()) {
                comments.update(|all| all.push(comment));
                text.set(String::new());
                published.set(true);
                focus_soon("comment-published".into());
            }
        });
    };
    view! {
        <form class="q-form" novalidate on:submit=submit>
            <h3 class="q-heading-m">{t(Msg::CommentFormTitle)}</h3>
            <ErrorSummary problems/>
            {move || published.get().then(|| view! {
                <div class="q-inset" id="comment-published" tabindex="-1" role="status">
                    {t(Msg::CommentPublished)}
                </div>
            })}
            <TextArea field="text" label=Msg::CommentYours hint=Msg::CommentHint value=text problems rows=5/>
            <button class="q-button" type="submit" disabled=move || sending.get()>{t(Msg::CommentSend)}</button>
        </form>
    }
}
