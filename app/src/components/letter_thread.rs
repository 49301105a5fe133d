//! A letter's thread (rules 11.6–11.7), oldest first: the sender's letter and replies, the
//! agency's answers, requests for more and forwards, each with who wrote it, when, and its
//! pages. The sender's and the agency's pages show the same thread.

use leptos::prelude::*;

use crate::api::{LetterMessage, LetterMessageKind};
use crate::client::{t, use_i18n};
use crate::components::attached_files::Attached;
use crate::components::signed_by::SignedBy;
use crate::components::timeline::moment;
use crate::i18n::Msg;

/// `files` is where the thread's pages are read (the sender's or the agency's path).
#[component]
pub fn LetterThread(messages: Vec<LetterMessage>, files: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="q-heading-l">{t(Msg::LetterThread)}</h2>
        <ol class="q-letter-thread">
            {messages.into_iter().map(|message| {
                let kind = message.kind;
                let class = if kind.by_agency() {
                    "q-letter-thread__message q-letter-thread__message--agency"
                } else {
                    "q-letter-thread__message"
                };
                let agency = message.agency.clone();
                let author = move || if kind.by_agency() {
                    agency.get(i18n.lang()).to_owned()
                } else {
                    i18n.t(Msg::LetterYou).to_owned()
                };
                let to = message.to.clone();
                let what = move || match kind {
                    LetterMessageKind::Forwarded => Some(i18n.fill(
                        Msg::LetterForwardedTo,
                        &[("agency", to.as_ref().map(|a| a.get(i18n.lang())).unwrap_or_default())],
                    )),
                    LetterMessageKind::MoreAsked => Some(i18n.t(Msg::LetterMoreAskedLabel).to_owned()),
                    LetterMessageKind::Answer => Some(i18n.t(Msg::LetterAnswerLabel).to_owned()),
                    LetterMessageKind::Letter | LetterMessageKind::Reply => None,
                };
                view! {
                    <li class=class>
                        <p class="q-letter-thread__meta">
                            <strong>{author}</strong> " · " {moment(&message.at)}
                        </p>
                        {move || what().map(|what| view! { <p class="q-letter-thread__kind">{what}</p> })}
                        <p class="q-body q-letter-thread__text">{message.text}</p>
                        <Attached files=message.files base=files.clone()/>
                        // The agency reads whether what the sender wrote was signed.
                        <SignedBy signer=message.signed_by unsigned=(!kind.by_agency()).then_some(Msg::LetterUnsigned)/>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
