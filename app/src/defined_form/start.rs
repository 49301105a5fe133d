//! The start page of a service whose form an agency has published (GOV.UK's start page): what
//! the applicant will need, then "Başla", which opens the application in the cabinet. Someone not
//! logged in is sent to log in and brought back here.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{ApplicationView, NewApplication, Problem, PublishedForm, ServiceHeading};
use crate::client::{LoadError, Method, csrf_header, send_json, sent, session, t, tr, use_i18n};
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::log_in_link::LogInLink;
use crate::forms::FieldKind;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// The documents a form asks to upload, in its order (a group's too).
fn documents_needed(form: &PublishedForm) -> Vec<crate::domain::Text> {
    form.definition
        .fields()
        .flat_map(|field| match &field.kind {
            FieldKind::Group { fields, .. } => fields.iter().collect::<Vec<_>>(),
            _ => vec![field],
        })
        .filter(|field| matches!(field.kind, FieldKind::Documents { .. }))
        .map(|field| field.label.clone())
        .collect()
}

#[component]
pub fn DefinedFormStart(page: ServiceHeading, form: PublishedForm) -> impl IntoView {
    let i18n = use_i18n();
    let number = page.service.number;
    let title = page.service.title;
    let session = LocalResource::new(session);
    let problems = RwSignal::new(Vec::<Problem>::new());
    let busy = RwSignal::new(false);
    let start = move |csrf: String| {
        busy.set(true);
        spawn_local(async move {
            let body = NewApplication {
                service: number,
                copy_from: None,
            };
            let made = send_json::<ApplicationView>(
                "/api/applications",
                &body,
                &csrf_header(&csrf),
                Method::Post,
            )
            .await;
            // The application's page is the cabinet's: a full load, as from any other area
            // (`shell::load_area_of`), without first drawing it again in this one.
            match sent(made, problems, i18n.lang()) {
                Some(view) => {
                    let _ = window()
                        .location()
                        .assign(&ClientRoute::Application(view.number).href());
                }
                None => {
                    busy.try_set(false);
                }
            }
        });
    };
    let needed = documents_needed(&form);
    view! {
        <ErrorSummary problems/>
        <h1 class="q-heading-xl">{tr(title)}</h1>
        {form.definition.demo.then(|| view! {
            <div class="q-warning q-defined-form__demo"><p class="q-body">{t(Msg::DefinedFormDemo)}</p></div>
        })}
        <p class="q-body">{t(Msg::DefinedFormLead)}</p>
        <h2 class="q-heading-m">{t(Msg::DefinedFormNeedTitle)}</h2>
        {if needed.is_empty() {
            view! { <p class="q-body">{t(Msg::DefinedFormNeedNothing)}</p> }.into_any()
        } else {
            view! {
                <p class="q-body">{t(Msg::DefinedFormNeedScans)}</p>
                <ul class="q-list">
                    {needed.into_iter().map(|label| view! { <li>{tr(label)}</li> }).collect_view()}
                </ul>
            }
            .into_any()
        }}
        {form.definition.fee.map(|fee| {
            view! { <p class="q-body">{move || i18n.fill(Msg::DefinedFormNeedFee, &[("amount", &fee.amount.shown(i18n.lang()))])}</p> }
        })}
        {move || match session.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(LoadError::LoggedOut)) => view! {
                <p class="q-body">{t(Msg::DefinedFormLogIn)}</p>
                <p class="q-body">
                    <LogInLink class="q-button"/>
                </p>
            }
            .into_any(),
            Some(Err(error)) => {
                view! { <LoadFailed error retry=Callback::new(move |()| session.refetch())/> }.into_any()
            }
            Some(Ok(info)) => {
                view! {
                    <button type="button" class="q-button q-button--start" disabled=move || busy.get()
                        on:click=move |_| start(info.csrf_token.clone())>
                        {t(Msg::DefinedFormStart)}
                    </button>
                }
                .into_any()
            }
        }}
    }
}
