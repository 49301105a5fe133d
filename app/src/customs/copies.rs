//! The State Customs Committee's copies of documents required for clearance (seed 004): the
//! service's page with "Sayı: N", "Öhdəlik forması", the search by period and "Yeni sənəd"; and
//! the new document's form, which a returned document reopens with the fields to fix marked.

use futures_util::future::try_join3;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::api::{
    ApplicationStatus, ApplicationSummary, ApplicationView, ApplicationsPage, ApplicationsQuery,
    CUSTOMS_FIELDS, CustomsDocument, CustomsDocumentForm, CustomsDocuments, CustomsObligation,
    CustomsOverview, CustomsPeriod, DraftSave, ErrorCode, NewApplication, Problem, ReferenceData,
    ReferenceList, SessionInfo, UploadLimits,
};
use crate::client::today;
use crate::client::{
    LoadError, Method, SendError, csrf_header, form_title, get_json, page_title, problems_in,
    send_failed, send_json, session, t, use_i18n,
};
use crate::components::confirmation::Confirmation;
use crate::components::data_table::DataTable;
use crate::components::date_input::DateInput;
use crate::components::error_summary::{ErrorSummary, FieldError, field_id, problem_for};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::log_in_link::LogInLink;
use crate::components::scan_upload::ScanUpload;
use crate::components::select_input::SelectInput;
use crate::components::select_input::choices;
use crate::components::session_timeout::SessionTimeout;
use crate::components::sign_and_send::{
    CustomsObligationDraft, SavedApplication, Signing, back_to_form, signing_step,
};
use crate::components::signed_by::SignedBy;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_area::TextArea;
use crate::components::text_input::TextInput;
use crate::domain::{ApplicationNumber, CalendarDate};
use crate::i18n::Msg;
use crate::routes::ClientRoute;
use crate::services::CUSTOMS_COPIES_SERVICE;

#[derive(Clone)]
struct Desk {
    info: SessionInfo,
    overview: CustomsOverview,
    reference: ReferenceData,
}

async fn load_desk() -> Result<Desk, LoadError> {
    let (info, overview, reference) = try_join3(
        session(),
        get_json::<CustomsOverview>("/api/customs"),
        get_json::<ReferenceData>("/api/reference"),
    )
    .await?;
    Ok(Desk {
        info,
        overview,
        reference,
    })
}

fn service_href() -> String {
    ClientRoute::Apply(CUSTOMS_COPIES_SERVICE.service_number()).href()
}

/// The service's page, for a declarant who logged in with any of the four means.
#[component]
pub fn CustomsCopies() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::CustomsTitle).to_owned());
    let desk = LocalResource::new(load_desk);
    move || match desk.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(LoadError::LoggedOut)) => view! {
            <h1 class="q-heading-xl">{t(Msg::CustomsTitle)}</h1>
            <p class="q-body">{t(Msg::CustomsLogInFirst)}</p>
            <p class="q-body"><LogInLink class="q-button"/></p>
        }
        .into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| desk.refetch())/> }.into_any()
        }
        Some(Ok(desk)) => view! { <CustomsDesk desk/> }.into_any(),
    }
}

#[component]
fn CustomsDesk(desk: Desk) -> impl IntoView {
    let i18n = use_i18n();
    let Desk {
        info,
        overview,
        reference,
    } = desk;
    let csrf = info.csrf_token.clone();
    let accepted = RwSignal::new(overview.obligation);
    let open = RwSignal::new(false);
    let problems = RwSignal::new(Vec::<Problem>::new());
    let busy = RwSignal::new(false);
    let navigate = use_navigate();
    let new_document = {
        let csrf = csrf.clone();
        move |_| {
            if accepted.get_untracked().is_none() {
                open.set(true);
                problems.set(vec![Problem::new(
                    ErrorCode::ObligationNotAccepted,
                    Some("agree"),
                    i18n.lang(),
                )]);
                return;
            }
            let (csrf, navigate) = (csrf.clone(), navigate.clone());
            busy.set(true);
            spawn_local(async move {
                match open_draft(&csrf).await {
                    Ok(number) => {
                        navigate(&ClientRoute::Application(number).href(), Default::default())
                    }
                    Err(SendError::Problems(found)) => {
                        problems.try_set(found);
                    }
                    Err(SendError::Failed) => {
                        problems.try_set(send_failed(i18n.lang()));
                    }
                }
                busy.try_set(false);
            });
        }
    };
    view! {
        <SessionTimeout session_minutes=info.me.session_minutes csrf=csrf.clone()/>
        <ErrorSummary problems/>
        <h1 class="q-heading-xl">{t(Msg::CustomsTitle)}</h1>
        <p class="q-body q-customs__count">
            <strong>{move || i18n.fill(Msg::CustomsCount, &[("count", &overview.count.to_string())])}</strong>
        </p>
        <div class="q-button-group">
            <button type="button" class="q-button" on:click=new_document disabled=move || busy.get()>
                {t(Msg::CustomsNewDocument)}
            </button>
            <button type="button" class="q-button q-button--secondary"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="customs-obligation"
                on:click=move |_| open.update(|o| *o = !*o)>
                {t(Msg::CustomsObligationButton)}
            </button>
        </div>
        <Show when=move || open.get()>
            <Obligation accepted csrf=csrf.clone() problems/>
        </Show>
        <Search reference=reference.clone()/>
    }
}

/// The declarant's open draft of a document, or a new one.
async fn open_draft(csrf: &str) -> Result<ApplicationNumber, SendError> {
    let service = CUSTOMS_COPIES_SERVICE.service_number();
    let drafts = ApplicationsQuery {
        service: Some(service),
        status: Some(ApplicationStatus::Draft),
        before: None,
    };
    let mine = get_json::<ApplicationsPage>(&drafts.path())
        .await
        .map_err(|_| SendError::Failed)?;
    if let Some(draft) = mine.rows.first() {
        return Ok(draft.number);
    }
    let view = send_json::<ApplicationView>(
        "/api/applications",
        &NewApplication {
            service,
            copy_from: None,
        },
        &csrf_header(csrf),
        Method::Post,
    )
    .await?;
    Ok(view.number)
}

/// "Öhdəlik forması": the wording, and either the acceptance on record or the way to accept.
#[component]
fn Obligation(
    accepted: RwSignal<Option<CustomsObligation>>,
    csrf: String,
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let agree = RwSignal::new(false);
    let error = problem_for(problems.into(), "agree".into());
    // Agreed, the obligation goes to the signing step (rule 12.2).
    let step = RwSignal::new(None::<()>);
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !agree.get_untracked() {
            problems.set(vec![Problem::new(
                ErrorCode::Required,
                Some("agree"),
                i18n.lang(),
            )]);
            return;
        }
        problems.set(Vec::new());
        step.set(Some(()));
    };
    let signing = move || Signing {
        what: CustomsObligationDraft,
        csrf: csrf.clone(),
        problems,
        sent: Callback::new(move |obligation: CustomsObligation| {
            problems.try_set(Vec::new());
            step.try_set(None);
            accepted.try_set(Some(obligation));
        }),
        refused: back_to_form(step, problems),
        back: Callback::new(move |()| step.set(None)),
    };
    view! {
        <section class="q-customs__obligation" id="customs-obligation" aria-labelledby="obligation-title">
            <h2 class="q-heading-l" id="obligation-title">{t(Msg::CustomsObligationPdfTitle)}</h2>
            <p class="q-inset">{t(Msg::CustomsObligationText)}</p>
            {move || match accepted.get() {
                Some(obligation) => {
                    let when = crate::components::timeline::moment(&obligation.accepted_at);
                    view! {
                        <p class="q-body" role="status">{move || i18n.fill(Msg::CustomsObligationAccepted, &[("when", &when)])}</p>
                        <SignedBy signer=obligation.signed_by unsigned=Some(Msg::LetterUnsigned)/>
                        <p class="q-body"><a href="/api/customs/obligation.pdf" download="">{t(Msg::CustomsObligationPdf)}</a></p>
                    }.into_any()
                }
                None if step.get().is_some() => signing_step(signing()),
                None => view! {
                    <p class="q-body">{t(Msg::CustomsObligationFirst)}</p>
                    <form class="q-form" novalidate on:submit=confirm>
                        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
                            <FieldError error id="agree-error".into()/>
                            <div class="q-checkboxes">
                                <div class="q-checkboxes__item">
                                    <input class="q-checkboxes__input" type="checkbox" id=field_id("agree")
                                        aria-describedby=move || error.get().is_some().then_some("agree-error")
                                        prop:checked=move || agree.get()
                                        on:change=move |ev| agree.set(event_target_checked(&ev))/>
                                    <label class="q-checkboxes__label" for=field_id("agree")>{t(Msg::CustomsObligationAgree)}</label>
                                </div>
                            </div>
                        </div>
                        <button type="submit" class="q-button">{t(Msg::CustomsObligationConfirm)}</button>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}

/// The documents entered in a period (both days included), found with "Axtar".
#[component]
fn Search(reference: ReferenceData) -> impl IntoView {
    let i18n = use_i18n();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let period = RwSignal::new(CustomsPeriod::default());
    let found = LocalResource::new(move || {
        let CustomsPeriod { from, to } = period.get();
        async move {
            get_json::<CustomsDocuments>(&format!("/api/customs/documents?from={from}&to={to}"))
                .await
        }
    });
    let search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = CustomsPeriod {
            from: from.get_untracked(),
            to: to.get_untracked(),
        };
        match typed.parse() {
            Ok((from, to)) => {
                problems.set(Vec::new());
                period.set(CustomsPeriod {
                    from: from.map(CalendarDate::iso).unwrap_or_default(),
                    to: to.map(CalendarDate::iso).unwrap_or_default(),
                });
            }
            Err(found) => problems.set(problems_in(i18n.lang(), found)),
        }
    };
    let reference = StoredValue::new(reference);
    view! {
        <h2 class="q-heading-l" id="customs-documents">{t(Msg::CustomsSearchTitle)}</h2>
        <ErrorSummary problems/>
        <form class="q-form q-customs__search" novalidate on:submit=search>
            <p class="q-hint">{t(Msg::CustomsSearchHint)}</p>
            <div class="q-customs__period">
                <DateInput field="from" label=Msg::PeriodFromLabel value=from problems/>
                <DateInput field="to" label=Msg::PeriodToLabel value=to problems/>
            </div>
            <button type="submit" class="q-button q-button--secondary">{t(Msg::SearchButton)}</button>
        </form>
        {move || match found.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| found.refetch())/> }.into_any(),
            Some(Ok(list)) if list.documents.is_empty() => view! {
                <p class="q-body" role="status">{t(Msg::CustomsNoDocuments)}</p>
            }.into_any(),
            Some(Ok(list)) => view! {
                <DocumentTable documents=list.documents reference=reference.get_value()/>
            }.into_any(),
        }}
    }
}

#[component]
fn DocumentTable(documents: Vec<ApplicationSummary>, reference: ReferenceData) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <DataTable labelled_by="customs-documents">
            <thead>
                <tr>
                    <th scope="col">{t(Msg::ApplicationNumberLabel)}</th>
                    <th scope="col">{t(Msg::DeclarationNumberLabel)}</th>
                    <th scope="col">{t(Msg::CustomsDocumentTypeLabel)}</th>
                    <th scope="col">{t(Msg::CustomsDocumentDateLabel)}</th>
                    <th scope="col">{t(Msg::FiledOnColumn)}</th>
                    <th scope="col">{t(Msg::StatusColumn)}</th>
                    <th scope="col"><span class="q-visually-hidden">{t(Msg::View)}</span></th>
                </tr>
            </thead>
            <tbody>
                {documents.into_iter().map(|a| {
                    let document = a.summary.clone().and_then(|s| serde_json::from_value::<CustomsDocument>(s).ok());
                    let declaration = document.as_ref().map(|d| d.declaration_number.to_string()).unwrap_or_default();
                    let kind = document.as_ref().map(|d| d.document_type.clone()).unwrap_or_default();
                    let dated = document.as_ref().map(|d| d.document_date.to_string()).unwrap_or_default();
                    let filed = a.submitted_at.as_deref().and_then(CalendarDate::of_moment).map(|d| d.to_string()).unwrap_or_default();
                    let reference = reference.clone();
                    let status = a.status;
                    view! {
                        <tr>
                            <td class="q-code">{a.number.to_string()}</td>
                            <td class="q-code">{declaration}</td>
                            <td>{move || reference.name(ReferenceList::CustomsDocumentTypes, &kind, i18n.lang()).unwrap_or(&kind).to_owned()}</td>
                            <td>{dated}</td>
                            <td>{filed}</td>
                            <td><strong class="q-status">{move || i18n.t(status.msg())}</strong></td>
                            <td>
                                <A href=ClientRoute::Application(a.number).href()>
                                    {move || if status.editable() { i18n.t(Msg::Continue) } else { i18n.t(Msg::View) }}
                                    <span class="q-visually-hidden">{format!(" {}", a.number)}</span>
                                </A>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </DataTable>
    }
}

/// "Yeni sənəd": a draft, or a document returned for a better copy with its fields marked.
#[component]
pub fn CustomsDocumentEditor(
    info: SessionInfo,
    view: ApplicationView,
    reference: ReferenceData,
    limits: UploadLimits,
    /// The agency's comment on a returned document.
    note: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let number = view.number;
    let form: CustomsDocumentForm = serde_json::from_value(view.form.clone()).unwrap_or_default();
    let declaration = RwSignal::new(form.declaration_number);
    let kind = RwSignal::new(form.document_type);
    let dated = RwSignal::new(form.document_date);
    let description = RwSignal::new(form.description);
    let scan = RwSignal::new(form.scan);
    let email = RwSignal::new(form.email);
    let problems = RwSignal::new(
        view.fields_to_fix
            .iter()
            .map(|field| {
                let label = CUSTOMS_FIELDS
                    .iter()
                    .find(|(name, _)| name == field)
                    .map(|(_, label)| label.text(i18n.lang()));
                Problem::to_fix(field, label, i18n.lang())
            })
            .collect::<Vec<_>>(),
    );
    form_title(Msg::CustomsNewDocument, problems);
    let version = StoredValue::new(view.version);
    let sent = RwSignal::new(None::<ApplicationView>);
    // Saved on "Sənədi göndər", then signed, or sent unsigned where the regulation accepts it.
    let signing = RwSignal::new(None::<i64>);
    let busy = RwSignal::new(false);
    let csrf = StoredValue::new(info.csrf_token.clone());
    let rules = StoredValue::new(reference.clone());
    let show = move |error: SendError| match error {
        SendError::Problems(found) => {
            problems.try_set(found);
        }
        SendError::Failed => {
            problems.try_set(send_failed(i18n.lang()));
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = CustomsDocumentForm {
            declaration_number: declaration.get_untracked(),
            document_type: kind.get_untracked(),
            document_date: dated.get_untracked(),
            description: description.get_untracked(),
            scan: scan.get_untracked(),
            email: email.get_untracked(),
        };
        let checked = rules.with_value(|reference| form.parse(reference, today()));
        busy.set(true);
        spawn_local(async move {
            let token = csrf.get_value();
            let path = format!("/api/applications/{number}");
            // What was typed is kept on the server even when it is not yet right.
            let save = DraftSave {
                version: version.get_value(),
                form: serde_json::to_value(&form).unwrap_or_default(),
            };
            let saved =
                send_json::<ApplicationView>(&path, &save, &csrf_header(&token), Method::Put).await;
            match (saved, checked) {
                (Ok(saved), Ok(_)) => {
                    version.set_value(saved.version);
                    signing.try_set(Some(saved.version));
                }
                (Ok(saved), Err(found)) => {
                    version.set_value(saved.version);
                    problems.try_set(problems_in(i18n.lang(), found));
                }
                (Err(error), _) => show(error),
            }
            busy.try_set(false);
        });
    };
    let refused = Callback::new(move |error: SendError| {
        signing.try_set(None);
        show(error);
    });
    let on_sent = Callback::new(move |view: ApplicationView| {
        sent.try_set(Some(view));
    });
    let back_to_form = Callback::new(move |()| signing.set(None));
    let types = choices(&reference, ReferenceList::CustomsDocumentTypes, false);
    let max_bytes = limits.max_bytes;
    let upload_csrf = info.csrf_token.clone();
    let note = StoredValue::new(note);
    view! {
        <SessionTimeout session_minutes=info.me.session_minutes csrf=info.csrf_token.clone()/>
        {move || match (sent.get(), signing.get()) {
            (Some(view), _) => view! { <DocumentSent view/> }.into_any(),
            (None, Some(version)) => view! {
                <ErrorSummary problems/>
                <h1 class="q-heading-xl">{t(Msg::CustomsNewDocument)}</h1>
                {signing_step(Signing { what: SavedApplication { number, version }, csrf: csrf.get_value(), problems, sent: on_sent, refused, back: back_to_form })}
            }
            .into_any(),
            (None, None) => view! {
                <p class="q-body"><A href=service_href()>{t(Msg::CustomsBackToList)}</A></p>
                <ErrorSummary problems/>
                <h1 class="q-heading-xl">{t(Msg::CustomsNewDocument)}</h1>
                <p class="q-body">{t(Msg::ApplicationNumberLabel)} ": " <strong class="q-code">{number.to_string()}</strong></p>
                {note.get_value().map(|note| view! {
                    <div class="q-warning" role="status">
                        <p class="q-body"><strong>{t(Msg::ReturnedForCorrection)}</strong></p>
                        <p class="q-body">{note}</p>
                    </div>
                })}
                <form class="q-form" novalidate on:submit=submit>
                    <TextInput field="declaration_number" label=Msg::DeclarationNumberLabel value=declaration problems hint=Msg::DeclarationNumberHint inputmode="numeric"/>
                    <SelectInput field="document_type" label=Msg::CustomsDocumentTypeLabel value=kind options=types problems/>
                    <DateInput field="document_date" label=Msg::CustomsDocumentDateLabel value=dated problems/>
                    <TextArea field="description" label=Msg::CustomsDescriptionLabel value=description problems optional=true/>
                    <ScanUpload field="scan" label=Msg::CustomsScanLabel pages=scan problems csrf=Some(upload_csrf.clone()) max_bytes/>
                    <TextInput field="email" label=Msg::EmailLabel value=email problems hint=Msg::CustomsEmailHint kind="email" autocomplete="email"/>
                    <button type="submit" class="q-button" disabled=move || busy.get()>{t(Msg::CustomsSend)}</button>
                </form>
            }.into_any(),
        }}
    }
}

/// After "Sənədi göndər": the number, what happens next, and the way back to the list.
#[component]
fn DocumentSent(view: ApplicationView) -> impl IntoView {
    view! {
        <Confirmation number=view.number/>
        <p class="q-body">{t(Msg::CustomsSentBody)}</p>
        <p class="q-body"><A href=service_href()>{t(Msg::CustomsBackToList)}</A></p>
    }
}

/// A customs document as its rules read it, for the declarant's and the officer's pages.
#[component]
pub fn CustomsDocumentRows(document: CustomsDocument, reference: ReferenceData) -> impl IntoView {
    let i18n = use_i18n();
    let kind = document.document_type.clone();
    view! {
        <SummaryList>
            <SummaryRow key=Msg::DeclarationNumberLabel><span class="q-code">{document.declaration_number.to_string()}</span></SummaryRow>
            <SummaryRow key=Msg::CustomsDocumentTypeLabel>
                {move || reference.name(ReferenceList::CustomsDocumentTypes, &kind, i18n.lang()).unwrap_or(&kind).to_owned()}
            </SummaryRow>
            <SummaryRow key=Msg::CustomsDocumentDateLabel>{document.document_date.to_string()}</SummaryRow>
            <SummaryRow key=Msg::CustomsDescriptionLabel>{document.description.unwrap_or_default()}</SummaryRow>
            <SummaryRow key=Msg::EmailLabel>{document.email.to_string()}</SummaryRow>
        </SummaryList>
    }
}
