//! "Önizləmə" (`/office/forms/{n}/preview`): the saved draft of a service's form as the citizen
//! will get it, drawn by the citizen's own renderer (`crate::defined_form`): page by page with its
//! checks, then checking the answers, with nothing saved, uploaded or sent, under a banner that
//! says so. For the agency's supervisor or service editor only, as the editor is.
//!
//! An area of its own (ADR 0010): as a lazy page of the back office, the renderer stayed out of
//! the office's first load, but the code it shares with the office's pages split their parts
//! into more, smaller chunks (the queue's first load 5.3 KiB heavier, an application's 12.6 KiB);
//! in its own module it costs the office nothing.

use futures_util::future::try_join3;
use leptos::prelude::*;

use crate::api::{FormWork, ReferenceData, SessionInfo, UploadLimits, form_work_path};
use crate::client::{LoadError, get_json, page_title, session, t, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::not_found::NotFound;
use crate::components::session_timeout::SessionTimeout;
use crate::defined_form::DefinedFormPreview;
use crate::domain::ServiceNumber;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

pub fn pages(route: ClientRoute) -> AnyView {
    match route {
        ClientRoute::OfficeFormPreview(number) => view! { <OfficeFormPreview number/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}

/// The preview for an officer whose role edits forms; anyone else is told it is not theirs.
#[component]
fn OfficeFormPreview(number: ServiceNumber) -> impl IntoView {
    let session = LocalResource::new(session);
    move || match session.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok(info))
            if info
                .me
                .office
                .is_some_and(|office| office.role.edits_forms()) =>
        {
            let minutes = info.me.session_minutes;
            let csrf = info.csrf_token.clone();
            view! {
                <SessionTimeout session_minutes=minutes csrf/>
                <Preview number info/>
            }
            .into_any()
        }
        Some(Ok(_)) | Some(Err(LoadError::LoggedOut)) => view! {
            <h1 class="q-heading-xl">{t(Msg::FormsTitle)}</h1>
            <p class="q-body">{t(Msg::ErrForbidden)}</p>
            <p class="q-body"><a href=ClientRoute::Login.href()>{t(Msg::LogIn)}</a></p>
        }
        .into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| session.refetch())/> }
                .into_any()
        }
    }
}

#[component]
fn Preview(number: ServiceNumber, info: SessionInfo) -> impl IntoView {
    let i18n = use_i18n();
    let loaded = LocalResource::new(move || async move {
        try_join3(
            get_json::<FormWork>(&form_work_path(number)),
            get_json::<ReferenceData>("/api/reference"),
            get_json::<UploadLimits>("/api/files/limits"),
        )
        .await
    });
    let info = StoredValue::new(info);
    // The editor is the back office's: a link there is a full load (`shell`).
    let back = ClientRoute::OfficeForm(number).href();
    view! {
        <p class="q-body"><a href=back.clone()>{t(Msg::PreviewBack)}</a></p>
        <p class="q-form-preview__banner"><strong>{t(Msg::PreviewBanner)}</strong></p>
        <p class="q-body q-form-preview__lead">{t(Msg::PreviewLead)}</p>
        {move || match loaded.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => {
                view! { <LoadFailed error retry=Callback::new(move |()| loaded.refetch())/> }.into_any()
            }
            Some(Ok((work, _, _))) if work.draft.is_none() => {
                page_title(move || i18n.fill(Msg::PreviewTitle, &[("title", work.title.get(i18n.lang()))]));
                view! { <p class="q-body">{t(Msg::PreviewNoDraft)}</p> }.into_any()
            }
            Some(Ok((work, reference, limits))) => {
                let count = work.problems.len();
                let back = back.clone();
                view! {
                    {(count > 0).then(|| view! {
                        <div class="q-inset q-inset--warning">
                            <p class="q-body">
                                {move || i18n.fill(Msg::PreviewHasProblems, &[("count", &count.to_string())])}
                                " "
                                <a href=back>{t(Msg::PreviewBack)}</a>
                            </p>
                        </div>
                    })}
                    <DefinedFormPreview
                        info=info.get_value()
                        service=number
                        definition=work.draft.unwrap_or_else(crate::forms::FormDefinition::empty)
                        reference
                        max_bytes=limits.max_bytes
                    />
                }
                .into_any()
            }
        }}
    }
}
