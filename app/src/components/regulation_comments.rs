//! The comments of a regulation's public discussion, each with the agency's public answer once
//! given: on the discussion page, under each approved version, and in the agency's editor. A
//! comment is shown as the text it is (Leptos escapes it), never as markup.

use leptos::prelude::*;

use crate::api::RegulationComment;
use crate::client::t;
use crate::domain::shown_moment;
use crate::i18n::Msg;

#[component]
pub fn RegulationComments(
    comments: Vec<RegulationComment>,
    /// Drawn under each comment that has no answer yet (the agency's answer form).
    #[prop(optional, into)]
    unanswered: Option<Callback<i64, AnyView>>,
) -> impl IntoView {
    if comments.is_empty() {
        return view! { <p class="q-body">{t(Msg::CommentsNone)}</p> }.into_any();
    }
    view! {
        <ol class="q-comments">
            {comments
                .into_iter()
                .map(|comment| {
                    let id = comment.id;
                    view! {
                        <li class="q-comments__item" id=format!("comment-{id}")>
                            <p class="q-comments__meta">
                                <strong>{comment.author}</strong>
                                " · "
                                <time datetime=comment.at.clone()>{shown_moment(&comment.at)}</time>
                            </p>
                            <p class="q-comments__text">{comment.text}</p>
                            {match comment.answer {
                                Some(answer) => view! {
                                    <div class="q-comments__answer">
                                        <p class="q-comments__meta">
                                            <strong>{t(Msg::AgencyAnswer)}</strong>
                                            " · "
                                            <time datetime=answer.at.clone()>{shown_moment(&answer.at)}</time>
                                        </p>
                                        <p class="q-comments__text">{answer.text}</p>
                                    </div>
                                }
                                .into_any(),
                                None => unanswered.map(|form| form.run(id)).unwrap_or_else(|| ().into_any()),
                            }}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}
