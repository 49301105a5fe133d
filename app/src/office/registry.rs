//! Registry applications (rule 10) in the back office: the supervisor's list of their agency's
//! applications and the application form of appendix 2; the registry operator's queue by due
//! date; and one application's page, with its data laid out and, for the operator, the decision.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{
    Agency, OfficeRole, OfficerRole, Problem, RegistryAction, RegistryApplicationForm,
    RegistryApplicationKind, RegistryApplicationStatus, RegistryApplicationView, RegistryField,
    RegistryRecord, RegistryRefusalForm, RegistryRequest, Regulation, ServiceAmendment,
    ServiceCard, ServiceKind, SessionInfo, UserGroup, agency_path,
};
use crate::client::{
    LoadError, Method, SendError, csrf_header, form_title, get_json, load, page_title, problems_in,
    send_failed, send_json, t, tr, use_i18n,
};
use crate::components::data_table::DataTable;
use crate::components::decision_form::{Answers, DecisionForm};
use crate::components::error_summary::{
    ErrorSummary, FieldError, described_by, field_id, problem_for,
};
use crate::components::load_state::{LoadFailed, Loading, loaded_list};
use crate::components::office_nav::AtDesk;
use crate::components::select_input::{RadioInput, SelectInput};
use crate::components::service_list::kind_label;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_area::TextArea;
use crate::components::text_input::TextInput;
use crate::domain::{AgencyNumber, Text, shown_day};
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// A day as the pages write it (`23.11.2026`), from a `yyyy-mm-dd` or an RFC 3339 moment.
/// Today in Baku, as the due dates are written.
fn today_iso() -> String {
    crate::client::today().iso()
}

/// What a page shows an officer whose role it is not for.
fn not_for_the_role() -> AnyView {
    view! { <p class="q-body">{t(Msg::ErrForbidden)}</p> }.into_any()
}

/// The form's label of a field the API names, for saying which field a problem is about.
fn field_label(field: &str) -> Option<Msg> {
    Some(match field {
        "action" => Msg::RegistryKindColumn,
        "service" => Msg::ColumnService,
        "changes" => Msg::RegistryChangesLegend,
        "title.az" | "title.en" | "title.ru" => Msg::RegistryTitleLabel,
        "reason" => Msg::RegistryReasonLabel,
        other => RegistryField::parse(other)?.msg(),
    })
}

/// Problems that name their field: seven times "Fill in this field" in the summary would not
/// say which seven.
fn labelled(lang: crate::domain::Lang, problems: Vec<Problem>) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|mut problem| {
            let label = problem.field.as_deref().and_then(|field| {
                let name = field_label(field)?.text(lang).trim_end_matches('?');
                Some(match field {
                    "title.az" => format!("{name} ({})", Msg::RegistryTitleAz.text(lang)),
                    "title.en" => format!("{name} ({})", Msg::RegistryTitleEn.text(lang)),
                    "title.ru" => format!("{name} ({})", Msg::RegistryTitleRu.text(lang)),
                    _ => name.to_owned(),
                })
            });
            if let Some(label) = label {
                problem.message = format!("{label}: {}", problem.message);
            }
            problem
        })
        .collect()
}

/// The application's status as a tag: the word carries it, the colour repeats it.
#[component]
fn StatusTag(status: RegistryApplicationStatus) -> impl IntoView {
    let i18n = use_i18n();
    let modifier = match status {
        RegistryApplicationStatus::Submitted => "q-registry-status--waiting",
        RegistryApplicationStatus::Refused => "q-registry-status--refused",
        _ => "q-registry-status--done",
    };
    view! {
        <strong class=format!("q-registry-status {modifier}")>{move || i18n.t(status.msg())}</strong>
    }
}

/// The due date with "Vaxtı keçib" or "Bu gün" beside it while the application waits.
#[component]
fn Due(row: RegistryApplicationView) -> impl IntoView {
    let due_today = row.status.waiting() && !row.overdue && row.due_on == today_iso();
    view! {
        {shown_day(&row.due_on)} " "
        {row.overdue.then(|| view! { <strong class="q-tag q-tag--overdue">{t(Msg::Overdue)}</strong> })}
        {due_today.then(|| view! { <strong class="q-tag">{t(Msg::DueToday)}</strong> })}
    }
}

/// The service an application is about: its name, and its number once it has one.
#[component]
fn ServiceCell(row: RegistryApplicationView) -> impl IntoView {
    view! {
        {tr(row.title.clone())}
        {row.service.map(|n| view! { " " <span class="q-registry__number">"(" {n.to_string()} ")"</span> })}
    }
}

/// "Reyestr müraciətləri": the supervisor's agency's applications, newest first.
#[component]
pub fn RegistryApplications() -> impl IntoView {
    view! {
        <AtDesk page=|_, role: OfficeRole| {
            if role.role == OfficerRole::Supervisor {
                view! { <AgencyList/> }.into_any()
            } else {
                not_for_the_role()
            }
        }/>
    }
}

#[component]
fn AgencyList() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::RegistryApplicationsTitle).to_owned());
    let list = load::<Vec<RegistryApplicationView>>("/api/office/registry/applications".into());
    view! {
        <h1 class="q-heading-xl" id="registry-title">{t(Msg::RegistryApplicationsTitle)}</h1>
        <p class="q-body">{t(Msg::RegistryApplicationsLead)}</p>
        <A href=ClientRoute::OfficeRegistryNew.href() attr:class="q-button q-registry__new">{t(Msg::RegistryNew)}</A>
        {loaded_list(list, Msg::RegistryNone, move |rows| view! {
            <DataTable labelled_by="registry-title">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::ApplicationNumberLabel)}</th>
                        <th scope="col">{t(Msg::RegistryKindColumn)}</th>
                        <th scope="col">{t(Msg::ColumnService)}</th>
                        <th scope="col">{t(Msg::StatusColumn)}</th>
                        <th scope="col">{t(Msg::RegistryFiledColumn)}</th>
                        <th scope="col">{t(Msg::ColumnDue)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| {
                        let kind = row.kind;
                        view! {
                            <tr>
                                <td><A href=ClientRoute::OfficeRegistryApplication(row.id).href()>{format!("№ {}", row.id)}</A></td>
                                <td>{move || i18n.t(kind.msg())}</td>
                                <td><ServiceCell row=row.clone()/></td>
                                <td><StatusTag status=row.status/></td>
                                <td>{shown_day(&row.filed_at)}</td>
                                <td><Due row=row.clone()/></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </DataTable>
        })}
    }
}

/// The registry operator's queue: every agency's waiting applications, the earliest due first.
#[component]
pub fn RegistryQueue() -> impl IntoView {
    view! {
        <AtDesk page=|_, role: OfficeRole| {
            if role.role == OfficerRole::RegistryOperator {
                view! { <Queue/> }.into_any()
            } else {
                not_for_the_role()
            }
        }/>
    }
}

#[component]
fn Queue() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::RegistryQueueTitle).to_owned());
    let list = load::<Vec<RegistryApplicationView>>("/api/office/registry/queue".into());
    view! {
        <h1 class="q-heading-xl" id="registry-queue-title">{t(Msg::RegistryQueueTitle)}</h1>
        {loaded_list(list, Msg::RegistryQueueEmpty, move |rows| view! {
            <DataTable labelled_by="registry-queue-title">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::ApplicationNumberLabel)}</th>
                        <th scope="col">{t(Msg::AgencyOfService)}</th>
                        <th scope="col">{t(Msg::RegistryKindColumn)}</th>
                        <th scope="col">{t(Msg::ColumnService)}</th>
                        <th scope="col">{t(Msg::RegistryFiledColumn)}</th>
                        <th scope="col">{t(Msg::ColumnDue)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| {
                        let kind = row.kind;
                        view! {
                            <tr>
                                <td><A href=ClientRoute::OfficeRegistryApplication(row.id).href()>{format!("№ {}", row.id)}</A></td>
                                <td>{tr(row.agency_name.clone())}</td>
                                <td>{move || i18n.t(kind.msg())}</td>
                                <td><ServiceCell row=row.clone()/></td>
                                <td>{shown_day(&row.filed_at)}</td>
                                <td><Due row=row.clone()/></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </DataTable>
        })}
    }
}

/// Several choices each on or off, in a fieldset; the first box carries the field's id, for the
/// error summary's link.
#[component]
fn CheckboxGroup(
    field: &'static str,
    legend: Msg,
    #[prop(optional)] hint: Option<Msg>,
    options: Vec<(&'static str, Msg)>,
    chosen: RwSignal<Vec<String>>,
    #[prop(into)] problems: Signal<Vec<Problem>>,
) -> impl IntoView {
    let id = field_id(field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = problem_for(problems, field.into());
    let described_by = described_by(hint.map(|_| hint_id.clone()), error_id.clone(), error);
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <fieldset class="q-fieldset" aria-describedby=described_by>
                <legend class="q-fieldset__legend q-fieldset__legend--s">{t(legend)}</legend>
                {hint.map(|hint| view! { <div class="q-hint" id=hint_id.clone()>{t(hint)}</div> })}
                <FieldError error id=error_id/>
                <div class="q-checkboxes">
                    {options.into_iter().enumerate().map(|(i, (code, label))| {
                        let input_id = if i == 0 { id.clone() } else { format!("{id}-{code}") };
                        view! {
                            <div class="q-checkboxes__item">
                                <input class="q-checkboxes__input" type="checkbox" id=input_id.clone() name=field value=code
                                    prop:checked=move || chosen.with(|c| c.iter().any(|x| x == code))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        chosen.update(|c| {
                                            c.retain(|x| x != code);
                                            if on {
                                                c.push(code.to_owned());
                                            }
                                        });
                                    }/>
                                <label class="q-checkboxes__label" for=input_id>{t(label)}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        </div>
    }
}

/// The registry application form, for the supervisor's agency.
#[component]
pub fn NewRegistryApplication() -> impl IntoView {
    view! {
        <AtDesk page=|info: SessionInfo, role: OfficeRole| {
            if role.role == OfficerRole::Supervisor {
                let agency = role.agency;
                view! { <ApplicationForm agency csrf=info.csrf_token/> }.into_any()
            } else {
                not_for_the_role()
            }
        }/>
    }
}

#[component]
fn ApplicationForm(agency: AgencyNumber, csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    let problems = RwSignal::new(Vec::<Problem>::new());
    form_title(Msg::RegistryFormTitle, problems);
    let own = load::<Agency>(agency_path(agency));
    let action = RwSignal::new(String::new());
    let service = RwSignal::new(String::new());
    let changes = RwSignal::new(Vec::<String>::new());
    let title_az = RwSignal::new(String::new());
    let title_en = RwSignal::new(String::new());
    let title_ru = RwSignal::new(String::new());
    let participants = RwSignal::new(String::new());
    let content = RwSignal::new(String::new());
    let legal_basis = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let payment = RwSignal::new(String::new());
    let users = RwSignal::new(Vec::<String>::new());
    let where_provided = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let confirmed = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let sent = RwSignal::new(None::<RegistryApplicationView>);
    let csrf = StoredValue::new(csrf);
    // The service whose record the fields were filled from, and whether it could be read.
    let prefilled = RwSignal::new(None::<(String, bool)>);

    // An amendment starts from the record as it stands: choosing the service fills every field
    // with what the registry says now, so that only what changes is edited.
    let prefill = move |number: String| {
        if number.is_empty() {
            return;
        }
        spawn_local(async move {
            let found =
                get_json::<RegistryRecord>(&format!("/api/office/registry/services/{number}"))
                    .await;
            // Another service (or another kind of application) chosen meanwhile.
            let still = service.try_get_untracked().is_some_and(|s| s == number)
                && action.try_get_untracked().is_some_and(|a| a == "amend");
            if !still {
                return;
            }
            let Ok(record) = found else {
                prefilled.try_set(Some((number, false)));
                return;
            };
            let form = RegistryApplicationForm::amending(&record);
            title_az.set(form.title.az);
            title_en.set(form.title.en);
            title_ru.set(form.title.ru);
            participants.set(form.other_participants);
            content.set(form.content);
            legal_basis.set(form.legal_basis);
            kind.set(form.kind);
            payment.set(form.payment);
            users.set(form.users);
            where_provided.set(form.where_provided);
            prefilled.set(Some((number, true)));
        });
    };
    let prefill_note = move || {
        let shown = action.get() == "amend";
        prefilled
            .get()
            .filter(|(n, _)| shown && *n == service.get())
            .map(|(_, ok)| {
                let msg = if ok {
                    Msg::RegistryPrefilled
                } else {
                    Msg::RegistryPrefillFailed
                };
                view! { <p class="q-hint q-registry__prefilled">{t(msg)}</p> }
            })
    };

    // A field of the record is asked for when registering, or when an amendment changes it.
    let shows = move |field: RegistryField| {
        let chosen = action.get();
        chosen == "register"
            || (chosen == "amend" && changes.with(|c| c.iter().any(|x| x == field.code())))
    };
    let names_service = move || matches!(action.get().as_str(), "amend" | "cancel");
    let services = Signal::derive(move || {
        own.get()
            .and_then(Result::ok)
            .map(|agency| {
                agency
                    .services
                    .into_iter()
                    .map(|s| {
                        let name = format!("{} — {}", s.number, s.title.get(i18n.lang()));
                        (s.number.to_string(), name)
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let agency_name = move || {
        own.get()
            .and_then(Result::ok)
            .map(|a| a.name.get(i18n.lang()).to_owned())
            .unwrap_or_else(|| agency.to_string())
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = RegistryApplicationForm {
            action: action.get_untracked(),
            service: service.get_untracked(),
            changes: changes.get_untracked(),
            title: Text {
                az: title_az.get_untracked(),
                en: title_en.get_untracked(),
                ru: title_ru.get_untracked(),
            },
            other_participants: participants.get_untracked(),
            content: content.get_untracked(),
            legal_basis: legal_basis.get_untracked(),
            kind: kind.get_untracked(),
            payment: payment.get_untracked(),
            users: users.get_untracked(),
            where_provided: where_provided.get_untracked(),
            reason: reason.get_untracked(),
            confirmed: confirmed.get_untracked(),
        };
        // The same rules the server holds, at once and without a round trip.
        if let Err(found) = form.parse(agency) {
            problems.set(labelled(i18n.lang(), problems_in(i18n.lang(), found)));
            return;
        }
        busy.set(true);
        let token = csrf.get_value();
        spawn_local(async move {
            match send_json::<RegistryApplicationView>(
                "/api/office/registry/applications",
                &form,
                &csrf_header(&token),
                Method::Post,
            )
            .await
            {
                Ok(view) => {
                    problems.try_set(Vec::new());
                    sent.try_set(Some(view));
                }
                Err(SendError::Problems(found)) => {
                    problems.try_set(labelled(i18n.lang(), found));
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
            busy.try_set(false);
        });
    };

    let action_error = problem_for(problems.into(), "action".into());
    let confirmed_error = problem_for(problems.into(), "confirmed".into());
    let choice = move |code: &'static str, label: Msg| {
        let id = if code == "register" {
            field_id("action")
        } else {
            format!("action-{code}")
        };
        view! {
            <div class="q-radios__item">
                <input class="q-radios__input" type="radio" id=id.clone() name="action" value=code
                    prop:checked=move || action.get() == code
                    on:change=move |_| {
                        action.set(code.to_owned());
                        if code == "amend" {
                            prefill(service.get_untracked());
                        }
                    }/>
                <label class="q-radios__label" for=id>{t(label)}</label>
            </div>
        }
    };
    let change_options = StoredValue::new(
        RegistryField::ALL
            .into_iter()
            .map(|f| (f.code(), f.msg()))
            .collect::<Vec<_>>(),
    );
    let user_options = StoredValue::new(
        UserGroup::ALL
            .into_iter()
            .map(|g| (g.code(), g.msg()))
            .collect::<Vec<_>>(),
    );

    move || {
        match sent.get() {
        Some(view) => view! { <Sent view/> }.into_any(),
        None => view! {
            <p class="q-body"><A href=ClientRoute::OfficeRegistry.href()>{t(Msg::RegistryBackToList)}</A></p>
            <ErrorSummary problems/>
            <h1 class="q-heading-xl">{t(Msg::RegistryFormTitle)}</h1>
            <p class="q-body">{t(Msg::RegistryFormLead)}</p>
            <SummaryList>
                <SummaryRow key=Msg::RegistryAgencyLabel>{agency_name}</SummaryRow>
            </SummaryList>
            <form class="q-form" novalidate on:submit=submit>
                <div class="q-form-group" class:q-form-group--error=move || action_error.get().is_some()>
                    <fieldset class="q-fieldset" aria-describedby=move || action_error.get().is_some().then_some("action-error")>
                        <legend class="q-fieldset__legend">{t(Msg::RegistryActionLegend)}</legend>
                        <FieldError error=action_error id="action-error".into()/>
                        <div class="q-radios">
                            {choice("register", Msg::RegistryKindRegister)}
                            {choice("amend", Msg::RegistryKindAmend)}
                            {choice("cancel", Msg::RegistryKindCancel)}
                        </div>
                    </fieldset>
                </div>
                <Show when=names_service>
                    // The select's change reaches here after it set `service`.
                    <div class="q-conditional" on:change=move |_| {
                        if action.get_untracked() == "amend" {
                            prefill(service.get_untracked());
                        }
                    }>
                        <SelectInput field="service" label=Msg::RegistryServiceLabel value=service options=services problems/>
                        <div role="status">{prefill_note}</div>
                    </div>
                </Show>
                <Show when=move || action.get() == "amend">
                    <div class="q-conditional">
                        <CheckboxGroup field="changes" legend=Msg::RegistryChangesLegend hint=Msg::RegistryChangesHint
                            options=change_options.get_value() chosen=changes problems/>
                    </div>
                </Show>
                <Show when=move || shows(RegistryField::Title)>
                    <fieldset class="q-fieldset q-fieldset--group">
                        <legend class="q-fieldset__legend">{t(Msg::RegistryTitleLabel)}</legend>
                        <TextInput field="title.az" label=Msg::RegistryTitleAz value=title_az problems/>
                        <TextInput field="title.en" label=Msg::RegistryTitleEn value=title_en problems optional=true/>
                        <TextInput field="title.ru" label=Msg::RegistryTitleRu value=title_ru problems optional=true/>
                    </fieldset>
                </Show>
                <Show when=move || shows(RegistryField::OtherParticipants)>
                    <TextArea rows=4 field="other_participants" label=Msg::RegistryParticipantsLabel hint=Msg::RegistryParticipantsHint optional=true value=participants problems/>
                </Show>
                <Show when=move || shows(RegistryField::Content)>
                    <TextArea rows=4 field="content" label=Msg::RegistryContentLabel hint=Msg::RegistryContentHint value=content problems/>
                </Show>
                <Show when=move || shows(RegistryField::LegalBasis)>
                    <TextArea rows=4 field="legal_basis" label=Msg::RegistryLegalBasisLabel hint=Msg::RegistryLegalBasisHint value=legal_basis problems/>
                </Show>
                <Show when=move || shows(RegistryField::Kind)>
                    <RadioInput field="kind" legend=Msg::ServiceKindLabel value=kind
                        options=vec![("informative", Msg::KindInformative), ("interactive", Msg::KindInteractive)] problems/>
                </Show>
                <Show when=move || shows(RegistryField::Payment)>
                    <RadioInput field="payment" legend=Msg::RegistryPaymentLabel value=payment
                        options=vec![("free", Msg::PaymentFree), ("paid", Msg::PaymentPaid)] problems/>
                </Show>
                <Show when=move || shows(RegistryField::Users)>
                    <CheckboxGroup field="users" legend=Msg::RegistryUsersLabel options=user_options.get_value() chosen=users problems/>
                </Show>
                <Show when=move || shows(RegistryField::WhereProvided)>
                    <TextInput field="where_provided" label=Msg::RegistryWhereLabel hint=Msg::RegistryWhereHint value=where_provided problems kind="url" autocomplete="url"/>
                </Show>
                <Show when=move || action.get() == "cancel">
                    <TextArea rows=4 field="reason" label=Msg::RegistryReasonLabel value=reason problems/>
                </Show>
                <div class="q-form-group" class:q-form-group--error=move || confirmed_error.get().is_some()>
                    <FieldError error=confirmed_error id="confirmed-error".into()/>
                    <div class="q-checkboxes__item">
                        <input class="q-checkboxes__input" type="checkbox" id="confirmed" name="confirmed"
                            aria-describedby=move || if confirmed_error.get().is_some() { "confirmed-hint confirmed-error" } else { "confirmed-hint" }
                            prop:checked=move || confirmed.get()
                            on:change=move |ev| confirmed.set(event_target_checked(&ev))/>
                        <label class="q-checkboxes__label" for="confirmed">{t(Msg::RegistryConfirmLabel)}</label>
                        <p class="q-hint q-checkboxes__hint" id="confirmed-hint">{t(Msg::RegistryConfirmHint)}</p>
                    </div>
                </div>
                <button type="submit" class="q-button" disabled=move || busy.get()>{t(Msg::RegistrySend)}</button>
            </form>
        }.into_any(),
    }
    }
}

/// After "Müraciəti göndər": its number, when the operator will have acted, how they are told.
#[component]
fn Sent(view: RegistryApplicationView) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::RegistrySentTitle).to_owned());
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let due = shown_day(&view.due_on);
    view! {
        <div class="q-panel" role="status">
            <h1 class="q-panel__title" tabindex="-1" node_ref=heading>{t(Msg::RegistrySentTitle)}</h1>
            <p class="q-panel__body">{t(Msg::ApplicationNumberLabel)} <br/><strong class="q-code">{format!("№ {}", view.id)}</strong></p>
        </div>
        <p class="q-body">{move || i18n.fill(Msg::RegistrySentBody, &[("date", &due)])}</p>
        <p class="q-body"><A href=ClientRoute::OfficeRegistryApplication(view.id).href()>{move || i18n.fill(Msg::RegistryApplicationTitle, &[("id", &view.id.to_string())])}</A></p>
        <p class="q-body"><A href=ClientRoute::OfficeRegistry.href()>{t(Msg::RegistryBackToList)}</A></p>
    }
}

#[derive(Clone)]
struct Loaded {
    view: RegistryApplicationView,
    record: Option<RegistryRecord>,
}

async fn load_application(id: i64) -> Result<Loaded, LoadError> {
    let view =
        get_json::<RegistryApplicationView>(&format!("/api/office/registry/applications/{id}"))
            .await?;
    let record = match view.service {
        Some(number) => Some(
            get_json::<RegistryRecord>(&format!("/api/office/registry/services/{number}")).await?,
        ),
        None => None,
    };
    Ok(Loaded { view, record })
}

/// One registry application: for its agency's supervisor, and for the operator with the
/// decision.
#[component]
pub fn RegistryApplicationPage(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.fill(Msg::RegistryApplicationTitle, &[("id", &id.to_string())]));
    let loaded = LocalResource::new(move || load_application(id));
    let decided = RwSignal::new(false);
    let page = move |info: SessionInfo, role: OfficeRole| {
        let operator = role.role == OfficerRole::RegistryOperator;
        if !operator && role.role != OfficerRole::Supervisor {
            return not_for_the_role();
        }
        let csrf = info.csrf_token;
        view! {
            {move || match loaded.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| loaded.refetch())/> }.into_any(),
                Some(Ok(found)) => {
                    let changed = Callback::new(move |()| {
                        decided.set(true);
                        loaded.refetch();
                    });
                    view! { <Application loaded=found operator csrf=csrf.clone() decided changed/> }.into_any()
                }
            }}
        }
        .into_any()
    };
    view! { <AtDesk page/> }
}

#[component]
fn Application(
    loaded: Loaded,
    operator: bool,
    csrf: String,
    decided: RwSignal<bool>,
    changed: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Loaded { view, record } = loaded;
    let id = view.id;
    let kind = view.kind;
    let (back, back_label) = if operator {
        (ClientRoute::OfficeRegistryQueue, Msg::RegistryBackToQueue)
    } else {
        (ClientRoute::OfficeRegistry, Msg::RegistryBackToList)
    };
    // The public page, while the service is in the catalogue.
    let public = view
        .service
        .filter(|_| !record.as_ref().is_some_and(|r| r.cancelled));
    let status = view.status;
    let waiting = status.waiting();
    let agency_name = view.agency_name.clone();
    let title = view.title.clone();
    let service = view.service;
    let registry_number = view.registry_number.clone();
    let filed = format!("{} · {}", view.filed_by, shown_day(&view.filed_at));
    let decided_line = view.decided_by.clone().map(|by| {
        format!(
            "{by} · {}",
            view.decided_at
                .as_deref()
                .map(shown_day)
                .unwrap_or_default()
        )
    });
    let refusal = view.refusal.clone();
    let request = view.request.clone();
    // What an amendment changes, beside what the record said.
    let before = record
        .as_ref()
        .filter(|_| kind == RegistryApplicationKind::Amend)
        .and_then(|r| r.before(id, waiting));
    view! {
        <p class="q-body"><A href=back.href()>{t(back_label)}</A></p>
        <h1 class="q-heading-xl">{move || i18n.fill(Msg::RegistryApplicationTitle, &[("id", &id.to_string())])}</h1>
        {move || decided.get().then(|| view! {
            <div class="q-panel" role="status"><p class="q-panel__body">{t(Msg::RegistryDecided)}</p></div>
        })}
        <SummaryList>
            <SummaryRow key=Msg::StatusColumn><StatusTag status/></SummaryRow>
            <SummaryRow key=Msg::RegistryKindColumn>{move || i18n.t(kind.msg())}</SummaryRow>
            <SummaryRow key=Msg::RegistryAgencyLabel>{tr(agency_name)}</SummaryRow>
            <SummaryRow key=Msg::ColumnService>
                {tr(title)}
                {service.map(|n| view! { " " <span class="q-registry__number">"(" {n.to_string()} ")"</span> })}
            </SummaryRow>
            {registry_number.map(|number| view! {
                <SummaryRow key=Msg::RegistryNumberLabel>
                    {match public {
                        Some(service) => view! { <A href=ClientRoute::Service(service).href()><span class="q-code">{number}</span></A> }.into_any(),
                        None => view! { <span class="q-code">{number}</span> }.into_any(),
                    }}
                </SummaryRow>
            })}
            <SummaryRow key=Msg::RegistryFiledBy>{filed}</SummaryRow>
            <SummaryRow key=Msg::ColumnDue><Due row=view/></SummaryRow>
            {decided_line.map(|line| view! { <SummaryRow key=Msg::RegistryDecidedBy>{line}</SummaryRow> })}
            {refusal.map(|reason| view! { <SummaryRow key=Msg::RegistryRefusalLabel>{reason}</SummaryRow> })}
        </SummaryList>
        <h2 class="q-heading-l">{t(Msg::RegistryDataTitle)}</h2>
        <RequestData request before/>
        {record.map(|record| view! { <History record/> })}
        {(operator && waiting).then(|| view! { <Decision id kind csrf changed/> })}
    }
}

/// The application's data as its rules read it: a registration's every field, an amendment's
/// changed ones (beside the record's values `before` it, when known), a cancellation's reason.
#[component]
fn RequestData(
    request: RegistryRequest,
    before: Option<(ServiceCard, Regulation)>,
) -> impl IntoView {
    match request {
        RegistryRequest::Register { new } => {
            let regulation = new.regulation;
            view! {
                <SummaryList>
                    <TitleRows title=new.title/>
                    <RegulationRows fields=RegistryField::ALL.to_vec() regulation kind=Some(new.kind)/>
                </SummaryList>
            }
            .into_any()
        }
        RegistryRequest::Amend {
            changes, amendment, ..
        } => {
            // An agency's application does not mark E-müraciət: the operator does, by the API.
            let ServiceAmendment {
                title,
                kind,
                regulation,
                ..
            } = amendment;
            let now_title = before.as_ref().map(|(card, _)| card.title.clone());
            let now = before.map(|(card, regulation)| (regulation, card.kind));
            view! {
                <SummaryList>
                    {title.map(|title| view! { <TitleRows title now=now_title/> })}
                    <RegulationRows fields=changes regulation=regulation.unwrap_or_default() kind now/>
                </SummaryList>
            }
            .into_any()
        }
        RegistryRequest::Cancel { reason, .. } => view! {
            <SummaryList>
                <SummaryRow key=Msg::RegistryReasonLabel>{reason}</SummaryRow>
            </SummaryList>
        }
        .into_any(),
    }
}

/// A value of an amendment beside the record's: "Hazırkı" first, then "Yeni"; without the
/// record's, the new value alone.
fn compared(new: AnyView, now: Option<AnyView>) -> AnyView {
    match now {
        None => new,
        Some(now) => view! {
            <div class="q-registry__compare">
                <div class="q-registry__side q-registry__side--now">
                    <span class="q-registry__side-label">{t(Msg::RegistryValueNow)}</span>
                    {now}
                </div>
                <div class="q-registry__side">
                    <span class="q-registry__side-label">{t(Msg::RegistryValueNew)}</span>
                    {new}
                </div>
            </div>
        }
        .into_any(),
    }
}

fn title_value(title: Text) -> AnyView {
    let i18n = use_i18n();
    let translations = [
        (Msg::RegistryTitleEn, title.en.clone()),
        (Msg::RegistryTitleRu, title.ru.clone()),
    ];
    view! {
        <span lang="az">{title.az.clone()}</span>
        {translations.into_iter().filter(|(_, text)| !text.is_empty()).map(|(label, text)| view! {
            <span class="q-summary-list__note">{move || i18n.t(label)} ": " {text}</span>
        }).collect_view()}
    }
    .into_any()
}

#[component]
fn TitleRows(title: Text, #[prop(default = None)] now: Option<Text>) -> impl IntoView {
    view! {
        <SummaryRow key=Msg::RegistryTitleLabel>
            {compared(title_value(title), now.map(title_value))}
        </SummaryRow>
    }
}

/// The rows of the record's fields in `fields` (items 4–10 of the form), as given; with the
/// record's values (`now`), each beside the one it has now.
#[component]
fn RegulationRows(
    fields: Vec<RegistryField>,
    regulation: Regulation,
    kind: Option<ServiceKind>,
    #[prop(default = None)] now: Option<(Regulation, ServiceKind)>,
) -> impl IntoView {
    fields
        .into_iter()
        .filter(|f| *f != RegistryField::Title)
        .map(|field| {
            let new = field_value(field, &regulation, kind);
            let now = now
                .as_ref()
                .map(|(regulation, kind)| field_value(field, regulation, Some(*kind)));
            view! { <SummaryRow key=field.msg()>{compared(new, now)}</SummaryRow> }
        })
        .collect_view()
}

/// One field's value as the record or the application gives it.
fn field_value(
    field: RegistryField,
    regulation: &Regulation,
    kind: Option<ServiceKind>,
) -> AnyView {
    let i18n = use_i18n();
    let none =
        || view! { <span class="q-not-published">{t(Msg::RegistryNothing)}</span> }.into_any();
    let text = |text: Option<Text>| text.map_or_else(none, |text| view! { {tr(text)} }.into_any());
    match field {
        RegistryField::Title => none(),
        RegistryField::OtherParticipants => match regulation.other_participants.clone() {
            Some(names) if !names.is_empty() => view! {
                <ul class="q-list">{names.into_iter().map(|n| view! { <li>{tr(n)}</li> }).collect_view()}</ul>
            }
            .into_any(),
            _ => none(),
        },
        RegistryField::Content => text(regulation.content.clone()),
        RegistryField::LegalBasis => text(regulation.legal_basis.clone()),
        RegistryField::Kind => match kind {
            Some(kind) => view! { {move || i18n.t(kind_label(kind))} }.into_any(),
            None => none(),
        },
        RegistryField::Payment => match regulation.payment.as_ref().map(|p| p.free) {
            Some(true) => view! { {t(Msg::PaymentFree)} }.into_any(),
            Some(false) => view! { {t(Msg::PaymentPaid)} }.into_any(),
            None => none(),
        },
        RegistryField::Users => match regulation.users.clone() {
            Some(groups) => {
                let names = move || {
                    groups
                        .iter()
                        .map(|g| i18n.t(g.msg()))
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                view! { {names} }.into_any()
            }
            None => none(),
        },
        RegistryField::WhereProvided => match regulation.where_provided.clone() {
            Some(url) => view! { <span class="q-code q-code--wrap">{url}</span> }.into_any(),
            None => none(),
        },
    }
}

/// The record's history: when it was registered, amended or cancelled, and from which
/// application.
#[component]
fn History(record: RegistryRecord) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2 class="q-heading-l" id="record-history-title">{t(Msg::RegistryRecordTitle)}</h2>
        <DataTable labelled_by="record-history-title">
            <thead>
                <tr>
                    <th scope="col">{t(Msg::LoginHistoryWhen)}</th>
                    <th scope="col">{t(Msg::AuditAction)}</th>
                    <th scope="col">{t(Msg::ApplicationNumberLabel)}</th>
                </tr>
            </thead>
            <tbody>
                {record.history.into_iter().enumerate().map(|(i, event)| {
                    let action = match event.action {
                        RegistryAction::Registered => RegistryApplicationStatus::Registered,
                        RegistryAction::Amended => RegistryApplicationStatus::Amended,
                        RegistryAction::Cancelled => RegistryApplicationStatus::Cancelled,
                    };
                    // The catalogue's first load registered the 2011 list; later changes without
                    // an application came through the operator's token API.
                    let source = match event.application {
                        Some(id) => view! {
                            <A href=ClientRoute::OfficeRegistryApplication(id).href()>{format!("№ {id}")}</A>
                        }.into_any(),
                        None if i == 0 && event.action == RegistryAction::Registered => view! { {t(Msg::RegistryFromSeed)} }.into_any(),
                        None => view! { {t(Msg::RegistryByToken)} }.into_any(),
                    };
                    view! {
                        <tr>
                            <td>{crate::components::timeline::moment(&event.at)}</td>
                            <td>{move || i18n.t(action.msg())}</td>
                            <td>{source}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </DataTable>
    }
}

/// The registry operator's decision: do as asked, or refuse with a reason the agency is told.
#[component]
fn Decision(
    id: i64,
    kind: RegistryApplicationKind,
    csrf: String,
    changed: Callback<()>,
) -> impl IntoView {
    let path = format!("/api/office/registry/applications/{id}");
    let answers = Answers {
        approve: format!("{path}/approve"),
        approve_label: match kind {
            RegistryApplicationKind::Register => Msg::RegistryApproveRegister,
            RegistryApplicationKind::Amend => Msg::RegistryApproveAmend,
            RegistryApplicationKind::Cancel => Msg::RegistryApproveCancel,
        },
        refuse: format!("{path}/refuse"),
        refuse_label: Msg::RegistryRefuse,
        reason_label: Msg::RegistryRefusalLabel,
        reason_hint: Msg::RegistryRefusalHint,
        reason_rules: |reason| {
            RegistryRefusalForm {
                reason: Some(reason),
            }
            .parse()
            .err()
            .unwrap_or_default()
        },
    };
    view! { <DecisionForm answers csrf changed/> }
}
