//! An application as the officer works it: what the applicant sent, laid out as they gave it,
//! the scans to read in the browser, the history and who looked, and the decision: accept,
//! refuse on a ground of the service's regulation, or return with the fields to fix marked.

use futures_util::future::try_join;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{
    AnswerChange, ApplicationAction, AssignForm, ErrorCode, OfficeApplication, OfficeDecision,
    OfficeRole, OfficerRole, OfficerView, Problem, PublishedForm, ReferenceData,
    published_version_path,
};
use crate::client::{
    LoadError, Method, SendError, csrf_header, get_json, money, page_title, send_failed, send_json,
    t, tr, use_i18n,
};
use crate::components::data_table::DataTable;
use crate::components::error_summary::{ErrorSummary, FieldError, field_id, problem_for};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::office_nav::AtDesk;
use crate::components::select_input::SelectInput;
use crate::components::signature_list::SignatureList;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_input::TextInput;
use crate::components::timeline::{Timeline, moment};
use crate::domain::{ApplicationNumber, CalendarDate, Text};
use crate::i18n::Msg;
use crate::place_of_stay::changes::StayChangeAnswers;
use crate::routes::ClientRoute;
use crate::service_pages::{ForOfficer, officer_page};
use crate::services::fixable_fields;

#[derive(Clone)]
struct Loaded {
    case: OfficeApplication,
    reference: ReferenceData,
    /// The defined form's version the application was started on, for one of a defined form.
    form: Option<PublishedForm>,
}

/// The application and the portal's lists at once, then the form's version it names, if any.
async fn load_case(number: ApplicationNumber) -> Result<Loaded, LoadError> {
    let (case, reference) = try_join(
        get_json::<OfficeApplication>(&format!("/api/office/applications/{number}")),
        get_json::<ReferenceData>("/api/reference"),
    )
    .await?;
    let view = &case.application;
    let form = match view.form_version {
        Some(version) => Some(get_json(&published_version_path(view.service, version)).await?),
        None => None,
    };
    Ok(Loaded {
        case,
        reference,
        form,
    })
}

#[component]
pub fn OfficeApplicationPage(number: ApplicationNumber) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || {
        i18n.fill(
            Msg::OfficeApplicationTitle,
            &[("number", &number.to_string())],
        )
    });
    let csrf = StoredValue::new(String::new());
    let case = LocalResource::new(move || load_case(number));
    let decided = RwSignal::new(false);
    let page = move |info: crate::api::SessionInfo, role: OfficeRole| {
        csrf.set_value(info.csrf_token);
        let supervisor = role.role == OfficerRole::Supervisor;
        view! {
            {move || match case.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| case.refetch())/> }.into_any(),
                Some(Ok(loaded)) => {
                    let changed = Callback::new(move |decision: bool| {
                        decided.set(decision);
                        case.refetch();
                    });
                    view! { <Case loaded csrf=csrf.get_value() supervisor decided changed/> }.into_any()
                }
            }}
        }
    };
    view! { <AtDesk page/> }
}

#[component]
fn Case(
    loaded: Loaded,
    csrf: String,
    supervisor: bool,
    decided: RwSignal<bool>,
    changed: Callback<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Loaded {
        case,
        reference,
        form,
    } = loaded;
    let view = case.application.clone();
    let number = view.number;
    let status = view.status;
    // A defined form's fields to return are its own; a hand-built service's are registered.
    let fixable: Vec<(String, Text)> = match &form {
        Some(form) => form
            .definition
            .fixable_fields()
            .into_iter()
            .map(|(id, field)| (id, field.label.clone()))
            .collect(),
        None => fixable_fields(view.service)
            .into_iter()
            .map(|(id, label)| (id.to_owned(), label.into()))
            .collect(),
    };
    let answers = officer_page(&view).map(|page| {
        (page.answers)(ForOfficer {
            view: view.clone(),
            summary: case.summary.clone(),
            reference,
            form,
        })
    });
    let due = view
        .due_on
        .as_deref()
        .and_then(CalendarDate::parse)
        .map(|d| d.to_string());
    let can_take = status.after(ApplicationAction::Take).is_some() && !case.assigned_to_me;
    let can_decide = status.after(ApplicationAction::Accept).is_some();
    let version = view.version;
    let take = {
        let csrf = csrf.clone();
        move |_| {
            let csrf = csrf.clone();
            spawn_local(async move {
                let path = format!("/api/office/applications/{number}/assign");
                let form = AssignForm {
                    officer: None,
                    version,
                };
                let _ = send_json::<serde::de::IgnoredAny>(
                    &path,
                    &form,
                    &csrf_header(&csrf),
                    Method::Post,
                )
                .await;
                changed.run(false);
            });
        }
    };
    view! {
        <p class="q-body"><A href=ClientRoute::Office.href()>{t(Msg::OfficeBack)}</A></p>
        <h1 class="q-heading-xl">{move || i18n.fill(Msg::OfficeApplicationTitle, &[("number", &number.to_string())])}</h1>
        {move || decided.get().then(|| view! {
            <div class="q-panel" role="status"><p class="q-panel__body">{t(Msg::OfficeDecided)}</p></div>
        })}
        <SummaryList>
            <SummaryRow key=Msg::StatusColumn>
                <strong class="q-status">{move || i18n.t(status.msg())}</strong>
            </SummaryRow>
            <SummaryRow key=Msg::ColumnDue>
                {due.unwrap_or_default()} " "
                {case.overdue.then(|| view! { <strong class="q-tag q-tag--overdue">{t(Msg::Overdue)}</strong> })}
            </SummaryRow>
            <SummaryRow key=Msg::ColumnAssigned>
                {match case.assigned_to.clone() {
                    Some(name) => name.into_any(),
                    None => view! { <span class="q-not-published">{t(Msg::Unassigned)}</span> }.into_any(),
                }}
            </SummaryRow>
            <SummaryRow key=Msg::ColumnApplicant>{case.applicant.clone()}</SummaryRow>
            <SummaryRow key=Msg::EmailLabel>{case.applicant_email.clone().unwrap_or_default()}</SummaryRow>
            {case.fee.clone().map(|fee| view! {
                <SummaryRow key=Msg::FeeTitle>
                    {money(fee.amount)} ", " {t(Msg::FeePaid)} " "
                    {fee.receipt.map(|r| view! { <span class="q-code">{format!("({} · RRN {})", r.transaction_id, r.rrn)}</span> })}
                </SummaryRow>
            })}
        </SummaryList>
        {can_take.then(|| view! {
            <button type="button" class="q-button q-button--secondary" on:click=take>{t(Msg::OfficeTake)}</button>
        })}
        {(supervisor && can_decide).then(|| view! { <HandOver number version csrf=csrf.clone() changed/> })}
        <h2 class="q-heading-l" id="scans-title">{t(Msg::OfficeScans)}</h2>
        <ul class="q-list">
            {case.files.iter().map(|file| {
                let href = format!("/api/office/files/{}", file.id);
                let size = format!("{} KB", file.size.div_ceil(1024));
                view! {
                    <li><a href=href target="_blank" rel="noopener">{file.name.clone()}</a> " (" {file.media_type.clone()} ", " {size} ")"</li>
                }
            }).collect_view()}
        </ul>
        <SignatureList signatures=case.signatures.clone() bundles=format!("/api/office/applications/{number}/signatures")/>
        {(!case.changes_since_return.is_empty()).then(|| view! { <ChangesSinceReturn changes=case.changes_since_return.clone()/> })}
        {answers}
        {(!view.stay_changes.is_empty()).then(|| view! {
            <StayChangeAnswers number changes=view.stay_changes.clone() csrf=csrf.clone() changed/>
        })}
        <h2 class="q-heading-l">{t(Msg::OfficeHistory)}</h2>
        <Timeline history=view.history.clone()/>
        {can_decide.then(|| view! {
            <DecisionForm number version grounds=case.grounds_for_refusal.clone() fixable=fixable.clone() signs=case.signs_decisions csrf=csrf.clone() changed/>
        })}
        <AuditTable entries=case.audit.clone()/>
    }
}

/// What the applicant changed when sending the application again after a return, to check the
/// fix first.
#[component]
fn ChangesSinceReturn(changes: Vec<AnswerChange>) -> impl IntoView {
    let value = |value: Option<String>| match value {
        Some(value) => value.into_any(),
        None => view! { <span class="q-not-published">{t(Msg::AnswerAbsent)}</span> }.into_any(),
    };
    view! {
        <h2 class="q-heading-l" id="changes-title">{t(Msg::ChangesSinceReturnTitle)}</h2>
        <DataTable labelled_by="changes-title">
            <thead>
                <tr>
                    <th scope="col">{t(Msg::ColumnAnswer)}</th>
                    <th scope="col">{t(Msg::ColumnBefore)}</th>
                    <th scope="col">{t(Msg::ColumnAfter)}</th>
                </tr>
            </thead>
            <tbody>
                {changes.into_iter().map(|change| view! {
                    <tr>
                        <td>{change.label}</td>
                        <td>{value(change.before)}</td>
                        <td>{value(change.after)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </DataTable>
    }
}

/// A supervisor hands the application to a colleague of the agency.
#[component]
fn HandOver(
    number: ApplicationNumber,
    version: i64,
    csrf: String,
    changed: Callback<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let colleague = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let officers = LocalResource::new(|| get_json::<Vec<OfficerView>>("/api/office/officers"));
    let options = Signal::derive(move || {
        officers
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .filter(|o| o.active && o.role.works_applications())
            .map(|o| {
                (
                    o.account_id.to_string(),
                    format!("{} {}", o.surname, o.name),
                )
            })
            .collect::<Vec<_>>()
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = AssignForm {
            officer: colleague.get_untracked().parse().ok(),
            version,
        };
        if form.officer.is_none() {
            problems.set(vec![Problem::new(
                ErrorCode::Required,
                Some("officer"),
                i18n.lang(),
            )]);
            return;
        }
        let csrf = csrf.clone();
        spawn_local(async move {
            let path = format!("/api/office/applications/{number}/assign");
            match send_json::<serde::de::IgnoredAny>(
                &path,
                &form,
                &csrf_header(&csrf),
                Method::Post,
            )
            .await
            {
                Ok(_) => changed.run(false),
                Err(SendError::Problems(found)) => {
                    problems.try_set(found);
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
        });
    };
    view! {
        <form class="q-form q-hand-over" novalidate on:submit=submit>
            <SelectInput field="officer" label=Msg::HandOverTo value=colleague options problems/>
            <button type="submit" class="q-button q-button--secondary">{t(Msg::HandOver)}</button>
        </form>
    }
}

#[component]
fn DecisionForm(
    number: ApplicationNumber,
    version: i64,
    grounds: Vec<crate::domain::Text>,
    /// The fields of the service's form a return can mark, with their labels.
    fixable: Vec<(String, Text)>,
    /// Whether the decision is signed with the officer's e-signature, asking for its PIN.
    signs: bool,
    csrf: String,
    changed: Callback<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = RwSignal::new(String::new());
    let pin = RwSignal::new(String::new());
    let ground = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let fields = RwSignal::new(Vec::<String>::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let has_grounds = !grounds.is_empty();
    let grounds = StoredValue::new(grounds);
    let fixable = StoredValue::new(fixable);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = match action.get_untracked().as_str() {
            "accept" => ApplicationAction::Accept,
            "refuse" => ApplicationAction::Refuse,
            "return" => ApplicationAction::Return,
            _ => {
                problems.set(vec![Problem::new(
                    ErrorCode::Required,
                    Some("action"),
                    i18n.lang(),
                )]);
                return;
            }
        };
        let decision = OfficeDecision {
            action: chosen,
            version,
            ground: ground.get_untracked().parse().ok(),
            note: Some(note.get_untracked()),
            fields_to_fix: if chosen == ApplicationAction::Return {
                fields.get_untracked()
            } else {
                Vec::new()
            },
            pin: signs.then(|| pin.get_untracked()),
        };
        let csrf = csrf.clone();
        spawn_local(async move {
            let path = format!("/api/office/applications/{number}/decision");
            match send_json::<serde::de::IgnoredAny>(
                &path,
                &decision,
                &csrf_header(&csrf),
                Method::Post,
            )
            .await
            {
                Ok(_) => changed.run(true),
                Err(SendError::Problems(found)) => {
                    problems.try_set(found);
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
        });
    };
    let choice = move |code: &'static str, label: Msg| {
        let id = if code == "accept" {
            field_id("action")
        } else {
            format!("action-{code}")
        };
        view! {
            <div class="q-radios__item">
                <input class="q-radios__input" type="radio" id=id.clone() name="action" value=code
                    prop:checked=move || action.get() == code
                    on:change=move |_| action.set(code.to_owned())/>
                <label class="q-radios__label" for=id>{t(label)}</label>
            </div>
        }
    };
    let action_error = problem_for(problems.into(), "action".into());
    let ground_error = problem_for(problems.into(), "ground".into());
    let note_error = problem_for(problems.into(), "note".into());
    view! {
        <h2 class="q-heading-l">{t(Msg::OfficeDecisionLegend)}</h2>
        <ErrorSummary problems/>
        <form class="q-form" novalidate on:submit=submit>
            <div class="q-form-group" class:q-form-group--error=move || action_error.get().is_some()>
                <fieldset class="q-fieldset">
                    <legend class="q-fieldset__legend q-fieldset__legend--s">{t(Msg::OfficeDecisionChoice)}</legend>
                    <FieldError error=action_error id="action-error".into()/>
                    <div class="q-radios">
                        {choice("accept", Msg::DecideAccept)}
                        {choice("return", Msg::DecideReturn)}
                        {choice("refuse", Msg::DecideRefuse)}
                    </div>
                </fieldset>
            </div>
            <Show when=move || action.get() == "refuse" && has_grounds>
                <div class="q-form-group" class:q-form-group--error=move || ground_error.get().is_some()>
                    <label class="q-label" for=field_id("ground")>{t(Msg::OfficeGround)}</label>
                    <FieldError error=ground_error id="ground-error".into()/>
                    <select class="q-select" id=field_id("ground") on:change=move |ev| ground.set(event_target_value(&ev))>
                        <option value="" selected=move || ground.get().is_empty()>{t(Msg::NotChosen)}</option>
                        {grounds.get_value().into_iter().enumerate().map(|(i, g)| view! {
                            <option value=i.to_string()>{tr(g)}</option>
                        }).collect_view()}
                    </select>
                </div>
            </Show>
            <Show when=move || action.get() == "return" && !fixable.get_value().is_empty()>
                <fieldset class="q-fieldset q-form-group">
                    <legend class="q-fieldset__legend q-fieldset__legend--s">{t(Msg::FieldsToFix)}</legend>
                    <div class="q-checkboxes q-checkboxes--columns">
                        {fixable.get_value().into_iter().map(|(field, label)| {
                            let id = format!("fix-{field}");
                            let field = StoredValue::new(field);
                            view! {
                                <div class="q-checkboxes__item">
                                    <input class="q-checkboxes__input" type="checkbox" id=id.clone()
                                        prop:checked=move || fields.with(|f| field.with_value(|field| f.contains(field)))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            let field = field.get_value();
                                            fields.update(|f| {
                                                f.retain(|x| *x != field);
                                                if on { f.push(field); }
                                            });
                                        }/>
                                    <label class="q-checkboxes__label" for=id>{tr(label)}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </Show>
            <div class="q-form-group" class:q-form-group--error=move || note_error.get().is_some()>
                <label class="q-label" for=field_id("note")>{t(Msg::OfficeNote)}</label>
                <FieldError error=note_error id="note-error".into()/>
                <textarea class="q-textarea" id=field_id("note") rows="4"
                    prop:value=move || note.get()
                    on:input=move |ev| note.set(event_target_value(&ev))></textarea>
            </div>
            {signs.then(|| view! {
                <TextInput field="pin" label=Msg::DecisionPin value=pin problems hint=Msg::DecisionPinHint kind="password" autocomplete="off" inputmode="numeric"/>
            })}
            <button type="submit" class="q-button">{t(Msg::OfficeSendDecision)}</button>
        </form>
    }
}

/// The audit log's entries; on its own page (`page`) its heading is the page's.
#[component]
pub fn AuditTable(
    entries: Vec<crate::api::AuditEntry>,
    #[prop(optional)] page: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {if page {
            view! { <h1 class="q-heading-xl" id="audit-title">{t(Msg::OfficeAudit)}</h1> }.into_any()
        } else {
            view! { <h2 class="q-heading-l" id="audit-title">{t(Msg::OfficeAudit)}</h2> }.into_any()
        }}
        <DataTable labelled_by="audit-title">
            <thead>
                <tr>
                    <th scope="col">{t(Msg::LoginHistoryWhen)}</th>
                    <th scope="col">{t(Msg::ColumnAssigned)}</th>
                    <th scope="col">{t(Msg::OfficersRole)}</th>
                    <th scope="col">{t(Msg::AuditAction)}</th>
                    <th scope="col">{t(Msg::ApplicationNumberLabel)}</th>
                </tr>
            </thead>
            <tbody>
                {entries.into_iter().map(|entry| {
                    let role = entry.role;
                    view! {
                        <tr>
                            <td>{moment(&entry.at)}</td>
                            <td>{entry.officer}</td>
                            <td>{move || i18n.t(role.msg())}</td>
                            <td>{audit_action(&entry.action).map_or_else(|| entry.action.clone(), |m| i18n.t(m).to_owned())}</td>
                            <td>{entry.number.map(|n| n.to_string()).unwrap_or_default()}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </DataTable>
    }
}

fn audit_action(action: &str) -> Option<Msg> {
    Some(match action {
        "viewed" => Msg::AuditViewed,
        "viewed_file" => Msg::AuditViewedFile,
        "took" => Msg::OfficeTake,
        "assigned" => Msg::AuditAssigned,
        "accepted" => Msg::StatusAccepted,
        "refused" => Msg::StatusRefused,
        "returned" => Msg::StatusReturned,
        "verified_host" => Msg::AddressVerified,
        "refused_host_address" => Msg::AddressRefused,
        "viewed_host_address" => Msg::OfficeHostPlaceTitle,
        "created_officer" => Msg::OfficersAdd,
        "deactivated_officer" => Msg::OfficersDeactivate,
        "added_holiday" => Msg::CalendarAuditAdded,
        "removed_holiday" => Msg::CalendarAuditRemoved,
        "answered_change" => Msg::StayChangesTitle,
        "filed_registry_application" => Msg::RegistryAuditFiled,
        "viewed_registry_application" => Msg::RegistryAuditViewed,
        "approved_registry_application" => Msg::RegistryAuditApproved,
        "refused_registry_application" => Msg::RegistryAuditRefused,
        "saved_form" => Msg::AuditSavedForm,
        "published_form" => Msg::AuditPublishedForm,
        "saved_regulation" => Msg::AuditSavedRegulation,
        "agreed_regulation" => Msg::AuditAgreedRegulation,
        "objected_regulation" => Msg::AuditObjectedRegulation,
        "regulation_to_discussion" => Msg::AuditRegulationToDiscussion,
        "answered_regulation_comment" => Msg::AuditAnsweredComment,
        "approved_regulation" => Msg::AuditApprovedRegulation,
        _ => return None,
    })
}
