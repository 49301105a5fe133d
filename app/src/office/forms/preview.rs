//! "Önizləmə": the saved draft of a service's form as the citizen will get it, drawn by the
//! citizen's own renderer (`crate::defined_form`): page by page with its checks, then checking
//! the answers, with nothing saved, uploaded or sent, under a banner that says so. Its own lazy
//! page (ADR 0010), so the renderer is neither in the office's first load nor in the editor's.

use leptos::prelude::*;
use leptos_router::components::A;

use super::editors_only;
use crate::api::{FormWork, ReferenceData, SessionInfo, UploadLimits, form_work_path};
use crate::client::{LoadError, get_json, page_title, t, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
use crate::defined_form::DefinedFormPreview;
use crate::domain::ServiceNumber;
use crate::i18n::Msg;
use crate::office::queue::AtDesk;
use crate::routes::ClientRoute;

#[component]
pub fn OfficeFormPreview(number: ServiceNumber) -> impl IntoView {
    view! {
        <AtDesk page=move |info, role| editors_only(role.role, Msg::FormsTitle, move || {
            view! { <Preview number info/> }.into_any()
        })/>
    }
}

#[component]
fn Preview(number: ServiceNumber, info: SessionInfo) -> impl IntoView {
    let i18n = use_i18n();
    let loaded = LocalResource::new(move || async move {
        let work = get_json::<FormWork>(&form_work_path(number)).await?;
        let reference = get_json::<ReferenceData>("/api/reference").await?;
        let limits = get_json::<UploadLimits>("/api/files/limits").await?;
        Ok::<_, LoadError>((work, reference, limits))
    });
    let info = StoredValue::new(info);
    view! {
        <p class="q-body q-form-preview__back">
            <A href=ClientRoute::OfficeForm(number).href()>{t(Msg::PreviewBack)}</A>
        </p>
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
                view! {
                    {(count > 0).then(|| view! {
                        <div class="q-inset q-inset--warning">
                            <p class="q-body">
                                {move || i18n.fill(Msg::PreviewHasProblems, &[("count", &count.to_string())])}
                                " "
                                <A href=ClientRoute::OfficeForm(number).href()>{t(Msg::PreviewBack)}</A>
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
