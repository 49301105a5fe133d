//! Public discussion (rule 9.7) and approval (9.8) in the editor: the last day the draft is
//! discussed, the comments people left with the agency's public answers, and approving the
//! next version after a confirmation.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::answered;
use crate::api::{CommentForm, CommentText, Problem, RegulationComment, RegulationWork};
use crate::client::{Method, csrf_header, focus_soon, send_json, t, use_i18n};
use crate::components::date_input::DateInput;
use crate::components::error_summary::{FieldError, described_by, field_id, problem_for};
use crate::domain::shown_moment;
use crate::i18n::Msg;

/// The last day of the discussion, and the button that saves the draft and publishes it.
#[component]
pub(super) fn ToDiscussionForm(
    until: RwSignal<String>,
    refused: RwSignal<Vec<Problem>>,
    on_send: Callback<()>,
) -> impl IntoView {
    view! {
        <section class="q-regulation-editor__panel" aria-labelledby="to-discussion-title">
            <h2 class="q-heading-m" id="to-discussion-title">{t(Msg::RegDiscussionTitle)}</h2>
            <p class="q-body">{t(Msg::RegToDiscussionHint)}</p>
            <DateInput field="until" label=Msg::RegUntil value=until problems=refused hint=Msg::RegUntilHint/>
            <button type="button" class="q-button" on:click=move |_| on_send.run(())>
                {t(Msg::RegToDiscussion)}
            </button>
        </section>
    }
}

/// The comments of the discussion, oldest first, each with its answer or a box to answer it.
#[component]
pub(super) fn Comments(
    #[prop(into)] comments: Signal<Vec<RegulationComment>>,
    refused: RwSignal<Vec<Problem>>,
    csrf: StoredValue<String>,
    path: StoredValue<String>,
    on_answered: Callback<RegulationWork>,
) -> impl IntoView {
    view! {
        <section class="q-regulation-editor__section" aria-labelledby="comments-title">
            <h2 class="q-heading-l" id="comments-title">{t(Msg::RegCommentsTitle)}</h2>
            {move || comments.with(Vec::is_empty).then(|| view! {
                <p class="q-body">{t(Msg::RegCommentsNone)}</p>
            })}
            // Keyed by whether it is answered: answering one redraws it, and the others keep
            // what is being typed in their boxes.
            <For
                each=move || comments.get()
                key=|comment| (comment.id, comment.answer.is_some())
                children=move |comment| view! { <Comment comment refused csrf path on_answered/> }
            />
        </section>
    }
}

#[component]
fn Comment(
    comment: RegulationComment,
    refused: RwSignal<Vec<Problem>>,
    csrf: StoredValue<String>,
    path: StoredValue<String>,
    on_answered: Callback<RegulationWork>,
) -> impl IntoView {
    let meta_id = format!("comment-{}", comment.id);
    let answer = match comment.answer {
        Some(answer) => view! {
            <div class="q-regulation-editor__answer">
                <p class="q-regulation-editor__meta">
                    <strong>{t(Msg::RegAnswerLabel)}</strong> " · " {shown_moment(&answer.at)}
                </p>
                <p class="q-body q-regulation-editor__plain">{answer.text}</p>
            </div>
        }
        .into_any(),
        None => view! {
            <AnswerForm id=comment.id author=comment.author.clone() refused csrf path on_answered/>
        }
        .into_any(),
    };
    view! {
        <article class="q-regulation-editor__comment" aria-labelledby=meta_id.clone()>
            <p class="q-regulation-editor__meta" id=meta_id.clone()>
                <strong>{comment.author}</strong> " · " {shown_moment(&comment.at)}
            </p>
            // What a person typed, shown as text: never read as markup.
            <p class="q-body q-regulation-editor__plain">{comment.text}</p>
            {answer}
        </article>
    }
}

/// The agency's public answer to one comment.
#[component]
fn AnswerForm(
    id: i64,
    author: String,
    refused: RwSignal<Vec<Problem>>,
    csrf: StoredValue<String>,
    path: StoredValue<String>,
    on_answered: Callback<RegulationWork>,
) -> impl IntoView {
    let i18n = use_i18n();
    let field = format!("comments.{id}.answer");
    let input_id = field_id(&field);
    let hint_id = format!("{input_id}-hint");
    let error_id = format!("{input_id}-error");
    let error = problem_for(refused.into(), field.clone());
    let text = RwSignal::new(String::new());
    let field = StoredValue::new(field);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let lang = i18n.lang();
        let typed = text.get_untracked();
        // Checked here as the server checks it: not empty, not too long, nothing hidden.
        if let Err(code) = CommentText::parse(&typed) {
            let mut problem = Problem::new(code, Some(&field.get_value()), lang);
            problem.message = format!("{}: {}", Msg::RegAnswerLabel.text(lang), problem.message);
            refused.set(vec![problem]);
            return;
        }
        spawn_local(async move {
            let outcome = send_json::<RegulationWork>(
                &format!("{}/comments/{id}/answer", path.get_value()),
                &CommentForm { text: typed },
                &csrf_header(&csrf.get_value()),
                Method::Post,
            )
            .await;
            let rename = |f: &str| {
                if f == "text" {
                    field.get_value()
                } else {
                    f.to_owned()
                }
            };
            answered(outcome, refused, lang, &rename, |fresh| {
                on_answered.run(fresh)
            });
        });
    };
    view! {
        <form class="q-form q-regulation-editor__answer-form" novalidate on:submit=submit>
            <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
                <label class="q-label" for=input_id.clone()>
                    {t(Msg::RegAnswerLabel)}
                    <span class="q-visually-hidden">" — " {author}</span>
                </label>
                <div class="q-hint" id=hint_id.clone()>{t(Msg::RegAnswerHint)}</div>
                <FieldError error id=error_id.clone()/>
                <textarea class="q-textarea" id=input_id rows="3"
                    class:q-textarea--error=move || error.get().is_some()
                    aria-describedby=described_by(Some(hint_id), error_id, error)
                    aria-invalid=move || error.get().is_some().then_some("true")
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <button type="submit" class="q-button q-button--secondary">{t(Msg::RegAnswer)}</button>
        </form>
    }
}

/// Approving the draft as the next version, after a confirmation that names it.
#[component]
pub(super) fn Approval(
    #[prop(into)] next_version: Signal<u32>,
    on_approve: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    view! {
        <section class="q-regulation-editor__panel" aria-labelledby="approve-title">
            <h2 class="q-heading-m" id="approve-title">{t(Msg::RegApprove)}</h2>
            <p class="q-hint">{t(Msg::RegApproveHint)}</p>
            <button type="button" class="q-button" on:click=move |_| {
                confirming.set(true);
                focus_soon("approve-yes".into());
            }>{t(Msg::RegApprove)}</button>
            {move || confirming.get().then(|| view! {
                <div class="q-inset q-inset--warning">
                    <p class="q-body">
                        {move || i18n.fill(Msg::RegApproveConfirm, &[("version", &next_version.get().to_string())])}
                    </p>
                    <div class="q-regulation-editor__actions">
                        <button type="button" id="approve-yes" class="q-button q-button--warning" on:click=move |_| {
                            confirming.set(false);
                            on_approve.run(());
                        }>{t(Msg::RegApproveYes)}</button>
                        <button type="button" class="q-button q-button--secondary" on:click=move |_| confirming.set(false)>
                            {t(Msg::Cancel)}
                        </button>
                    </div>
                </div>
            })}
        </section>
    }
}
