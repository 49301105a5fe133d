//! Development only: the e-mails the portal kept instead of sending, with their links clickable.

use leptos::prelude::*;

use crate::api::DevMail;
use crate::client::{load, page_title, t, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
use crate::i18n::Msg;

#[component]
pub fn DevMailbox() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::DevMailboxTitle).to_owned());
    let mails = load::<Vec<DevMail>>("/api/dev/mailbox".into());
    view! {
        <h1 class="q-heading-xl">{t(Msg::DevMailboxTitle)}</h1>
        <p class="q-inset">{t(Msg::DevMailboxNote)}</p>
        {move || match mails.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| mails.refetch())/> }.into_any(),
            Some(Ok(list)) if list.is_empty() => view! { <p class="q-body">{t(Msg::DevMailboxEmpty)}</p> }.into_any(),
            Some(Ok(list)) => list.into_iter().map(|mail| view! { <Mail mail/> }).collect_view().into_any(),
        }}
    }
}

#[component]
fn Mail(mail: DevMail) -> impl IntoView {
    view! {
        <article class="q-mail">
            <h2 class="q-heading-s">{mail.subject}</h2>
            <p class="q-mail__meta">{mail.channel.to_uppercase()} " · " {mail.recipient} " · " {mail.sent_at}</p>
            <div class="q-mail__body">
                {mail.body.lines().map(|line| view! { <p class="q-mail__line">{line_with_links(line)}</p> }).collect_view()}
            </div>
        </article>
    }
}

/// A line of plain text with each web address in it made a link.
fn line_with_links(line: &str) -> Vec<AnyView> {
    line.split(' ')
        .enumerate()
        .map(|(i, word)| {
            let space = if i == 0 { "" } else { " " };
            if word.starts_with("http://") || word.starts_with("https://") {
                view! { {space} <a href=word.to_owned()>{word.to_owned()}</a> }.into_any()
            } else {
                view! { {space} {word.to_owned()} }.into_any()
            }
        })
        .collect()
}
