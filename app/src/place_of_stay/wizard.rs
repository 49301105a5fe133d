//! The place-of-stay application in five steps (Şəkil 8), saved on the server at every step,
//! its review ("Yoxlayın"), which the officer reads too, and the confirmation after sending.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{
    ApplicationStatus, ApplicationView, CompanionForm, DraftSave, ErrorCode, FileRef, Problem,
    ReferenceData, ReferenceList, SessionInfo, StayForm, StayStep, SubmitApplication, UploadLimits,
};
use crate::client::today;
use crate::client::{
    Method, SendError, csrf_header, form_title, problems_in, send_failed, send_json, t, use_i18n,
};
use crate::components::confirmation::Confirmation;
use crate::components::error_summary::ErrorSummary;
use crate::components::scan_upload::ScanUpload;
use crate::components::select_input::choices;
use crate::components::select_input::{RadioInput, SelectInput};
use crate::components::stepper::Stepper;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_input::TextInput;
use crate::domain::CalendarDate;
use crate::i18n::Msg;
use crate::place_of_stay::{GENDERS, stay_href};

text_fields!(StayFields for StayForm {
    document_type, passport_number, issuing_country, issue_date, expiry_date, issuing_authority,
    visa_number, visa_type, visa_from, visa_until, surname, name, citizenship, birth_country,
    birth_date, gender, residence_country, arrived_from, reason, entry_date, stay_days, comment,
});

text_fields!(CompanionFields for CompanionForm { surname, name, birth_date, relationship, gender });

const STEP_NAMES: [Msg; 5] = [
    Msg::StepDocument,
    Msg::StepPerson,
    Msg::StepVisit,
    Msg::StepCompanions,
    Msg::StepReview,
];

#[component]
pub fn StayWizard(
    info: SessionInfo,
    view: ApplicationView,
    reference: ReferenceData,
    limits: UploadLimits,
) -> impl IntoView {
    let i18n = use_i18n();
    let number = view.number;
    let form: StayForm = serde_json::from_value(view.form.clone()).unwrap_or_default();
    let fields = StayFields::new(&form);
    let scan = RwSignal::new(form.scan.clone());
    let has_visa = RwSignal::new(form.has_visa);
    let next_key = StoredValue::new(form.companions.len());
    let companions = RwSignal::new(
        form.companions
            .iter()
            .enumerate()
            .map(|(i, c)| (i, CompanionFields::new(c)))
            .collect::<Vec<_>>(),
    );
    let version = StoredValue::new(view.version);
    // A returned application opens with the agency's fields to fix marked.
    let fix_problems: Vec<Problem> = view
        .fields_to_fix
        .iter()
        .map(|field| Problem::new(ErrorCode::FixThisField, Some(field), i18n.lang()))
        .collect();
    let returned_note = (view.status == ApplicationStatus::Returned)
        .then(|| view.agency_note())
        .flatten();
    let first_fix_step = view
        .fields_to_fix
        .iter()
        .map(|f| StayStep::of_field(f))
        .min()
        .map_or(0, |s| {
            StayStep::ALL.iter().position(|x| *x == s).unwrap_or(0)
        });
    let problems = RwSignal::new(fix_problems);
    let step = RwSignal::new(first_fix_step);
    let submitted = RwSignal::new(None::<ApplicationView>);
    let busy = RwSignal::new(false);
    let saved_note = RwSignal::new(false);
    form_title(Msg::StayApplicationTitle, problems);
    let heading = NodeRef::<leptos::html::H2>::new();
    let csrf = StoredValue::new(info.csrf_token.clone());

    let read = move || {
        let mut form = StayForm {
            scan: scan.get_untracked(),
            has_visa: has_visa.get_untracked(),
            companions: companions.with_untracked(|c| {
                c.iter()
                    .map(|(_, fields)| {
                        let mut companion = CompanionForm::default();
                        fields.write(&mut companion);
                        companion
                    })
                    .collect()
            }),
            ..StayForm::default()
        };
        fields.write(&mut form);
        if !form.has_visa {
            form.visa_number.clear();
            form.visa_type.clear();
            form.visa_from.clear();
            form.visa_until.clear();
        }
        form
    };
    // After each step is drawn, its heading takes the focus, so that screen readers start there.
    Effect::new(move |previous: Option<usize>| {
        let current = step.get();
        if previous.is_some_and(|p| p != current)
            && let Some(heading) = heading.get_untracked()
        {
            let _ = heading.focus();
        }
        current
    });
    let save = move |form: StayForm| async move {
        let body = DraftSave {
            version: version.get_value(),
            form: serde_json::to_value(&form).unwrap_or_default(),
        };
        let token = csrf.get_value();
        let path = format!("/api/applications/{number}");
        let saved =
            send_json::<ApplicationView>(&path, &body, &csrf_header(&token), Method::Put).await;
        if let Ok(view) = &saved {
            version.set_value(view.version);
        }
        saved
    };
    let show = move |error: SendError| match error {
        SendError::Problems(found) => {
            problems.try_set(found);
        }
        SendError::Failed => {
            problems.try_set(send_failed(i18n.lang()));
        }
    };
    let rules = StoredValue::new(reference.clone());
    let go = move |target: usize| {
        let form = read();
        let current = StayStep::ALL[step.get_untracked()];
        // Moving on checks this step's fields; moving back checks nothing and loses nothing.
        if target > step.get_untracked()
            && current != StayStep::Review
            && let Err(found) = rules.with_value(|reference| form.parse(reference, today()))
        {
            let here: Vec<_> = found
                .into_iter()
                .filter(|(_, field)| StayStep::of_field(field) == current)
                .collect();
            if !here.is_empty() {
                problems.set(problems_in(i18n.lang(), here));
                return;
            }
        }
        busy.set(true);
        spawn_local(async move {
            match save(form).await {
                Ok(_) => {
                    problems.try_set(Vec::new());
                    step.try_set(target);
                    saved_note.try_set(true);
                }
                Err(error) => show(error),
            }
            busy.try_set(false);
        });
    };
    let submit = move |_| {
        let form = read();
        busy.set(true);
        spawn_local(async move {
            let result = match save(form).await {
                Ok(view) => {
                    let token = csrf.get_value();
                    let body = SubmitApplication {
                        version: view.version,
                    };
                    let path = format!("/api/applications/{number}/submit");
                    send_json::<ApplicationView>(&path, &body, &csrf_header(&token), Method::Post)
                        .await
                }
                Err(error) => Err(error),
            };
            match result {
                Ok(view) => {
                    submitted.try_set(Some(view));
                }
                Err(SendError::Problems(found)) => {
                    // Back to the first step with a problem, every problem listed.
                    let first = found
                        .iter()
                        .filter_map(|p| p.field.as_deref())
                        .map(StayStep::of_field)
                        .min();
                    if let Some(first) = first {
                        step.try_set(StayStep::ALL.iter().position(|s| *s == first).unwrap_or(0));
                    }
                    problems.try_set(found);
                }
                Err(SendError::Failed) => show(SendError::Failed),
            }
            busy.try_set(false);
        });
    };
    // A new person's fields belong to the form, not to the step's view that is redrawn.
    let owner = StoredValue::new(Owner::current());
    let add_companion = move |_| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        let blank = CompanionForm::default();
        let fields = match owner.get_value() {
            Some(owner) => owner.with(|| CompanionFields::new(&blank)),
            None => CompanionFields::new(&blank),
        };
        companions.update(|c| c.push((key, fields)));
    };

    let countries = choices(&reference, ReferenceList::Countries, false);
    let citizenships = choices(&reference, ReferenceList::Countries, true);
    let document_types = choices(&reference, ReferenceList::ForeignDocumentTypes, false);
    let visa_types = choices(&reference, ReferenceList::VisaTypes, false);
    let reasons = choices(&reference, ReferenceList::VisitReasons, false);
    let relationships = choices(&reference, ReferenceList::Relationships, false);
    let max_bytes = limits.max_bytes;
    let csrf_for_upload = StoredValue::new(info.csrf_token.clone());
    let returned_note = StoredValue::new(returned_note);

    move || {
        if let Some(view) = submitted.get() {
            return view! { <Submitted view/> }.into_any();
        }
        let current = step.get();
        let step_view = match StayStep::ALL[current] {
            StayStep::Document => view! {
                <SelectInput field="document_type" label=Msg::DocumentTypeLabel value=fields.document_type options=document_types problems/>
                <TextInput field="passport_number" label=Msg::PassportNumberLabel value=fields.passport_number problems autocomplete="off" hint=Msg::PassportNumberHint/>
                <SelectInput field="issuing_country" label=Msg::IssuingCountryLabel value=fields.issuing_country options=countries problems/>
                <TextInput field="issue_date" label=Msg::IssueDateLabel value=fields.issue_date problems kind="date"/>
                <TextInput field="expiry_date" label=Msg::ExpiryDateLabel value=fields.expiry_date problems kind="date" optional=true/>
                <TextInput field="issuing_authority" label=Msg::AuthorityLabel value=fields.issuing_authority problems optional=true/>
                <ScanUpload field="scan" label=Msg::PassportScanLabel pages=scan problems csrf=Some(csrf_for_upload.get_value()) max_bytes/>
                <div class="q-checkboxes__item">
                    <input class="q-checkboxes__input" type="checkbox" id="has_visa" name="has_visa"
                        prop:checked=move || has_visa.get() on:change=move |ev| has_visa.set(event_target_checked(&ev))
                        aria-controls="visa-fields" aria-expanded=move || has_visa.get().to_string()/>
                    <label class="q-checkboxes__label" for="has_visa">{t(Msg::HasVisaLabel)}</label>
                </div>
                <div id="visa-fields" class="q-conditional" hidden=move || !has_visa.get()>
                    <TextInput field="visa_number" label=Msg::VisaNumberLabel value=fields.visa_number problems autocomplete="off"/>
                    <SelectInput field="visa_type" label=Msg::VisaTypeLabel value=fields.visa_type options=visa_types problems/>
                    <TextInput field="visa_from" label=Msg::VisaFromLabel value=fields.visa_from problems kind="date"/>
                    <TextInput field="visa_until" label=Msg::VisaUntilLabel value=fields.visa_until problems kind="date"/>
                </div>
            }
            .into_any(),
            StayStep::Person => view! {
                <TextInput field="surname" label=Msg::SurnameLabel value=fields.surname problems/>
                <TextInput field="name" label=Msg::NameLabel value=fields.name problems/>
                <SelectInput field="citizenship" label=Msg::CitizenshipLabel value=fields.citizenship options=citizenships problems/>
                <SelectInput field="birth_country" label=Msg::BirthCountryLabel value=fields.birth_country options=countries problems/>
                <TextInput field="birth_date" label=Msg::BirthDateLabel value=fields.birth_date problems kind="date"/>
                <RadioInput field="gender" legend=Msg::GenderLabel value=fields.gender options=GENDERS.to_vec() problems/>
            }
            .into_any(),
            StayStep::Visit => view! {
                <SelectInput field="residence_country" label=Msg::ResidenceCountryLabel value=fields.residence_country options=countries problems optional=true/>
                <SelectInput field="arrived_from" label=Msg::ArrivedFromLabel value=fields.arrived_from options=countries problems/>
                <SelectInput field="reason" label=Msg::VisitReasonLabel value=fields.reason options=reasons problems optional=true/>
                <TextInput field="entry_date" label=Msg::EntryDateLabel value=fields.entry_date problems kind="date"/>
                <TextInput field="stay_days" label=Msg::StayDaysLabel value=fields.stay_days problems inputmode="numeric" hint=Msg::StayDaysHint/>
                <TextInput field="comment" label=Msg::CommentLabel value=fields.comment problems optional=true/>
            }
            .into_any(),
            StayStep::Companions => view! {
                <p class="q-body">{t(Msg::CompanionsLead)}</p>
                <For each=move || companions.get() key=|(key, _)| *key let:entry>
                    {
                        let (key, person) = entry;
                        let position = move || companions.with(|c| c.iter().position(|(k, _)| *k == key).unwrap_or(0));
                        // Field names follow the person's place in the list, as the API names them.
                        let field = move |name: &str| format!("companions.{}.{name}", position());
                        view! {
                            <fieldset class="q-fieldset q-fieldset--group">
                                <legend class="q-fieldset__legend">{move || i18n.fill(Msg::CompanionNumber, &[("n", &(position() + 1).to_string())])}</legend>
                                <TextInput field=field("surname") label=Msg::SurnameLabel value=person.surname problems/>
                                <TextInput field=field("name") label=Msg::NameLabel value=person.name problems/>
                                <TextInput field=field("birth_date") label=Msg::BirthDateLabel value=person.birth_date problems kind="date"/>
                                <SelectInput field=field("relationship") label=Msg::RelationshipLabel value=person.relationship options=relationships problems optional=true/>
                                <RadioInput field=field("gender") legend=Msg::GenderLabel value=person.gender options=GENDERS.to_vec() problems/>
                                <button type="button" class="q-button q-button--secondary" on:click=move |_| companions.update(|c| c.retain(|(k, _)| *k != key))>
                                    {t(Msg::RemovePerson)}
                                </button>
                            </fieldset>
                        }
                    }
                </For>
                <button type="button" class="q-button q-button--secondary" on:click=add_companion>{t(Msg::AddPerson)}</button>
            }
            .into_any(),
            StayStep::Review => {
                let form = read();
                view! { <Review form reference=rules.get_value() step=Some(step)/> }.into_any()
            }
        };
        view! {
            <ErrorSummary problems=problems/>
            <p class="q-caption">{move || i18n.fill(Msg::ApplicationNumberIs, &[("number", &number.to_string())])}</p>
            <h1 class="q-heading-xl">{t(Msg::StayApplicationTitle)}</h1>
            {returned_note.get_value().map(|note| view! {
                <div class="q-warning" role="status">
                    <p class="q-body"><strong>{t(Msg::ReturnedForCorrection)}</strong></p>
                    <p class="q-body">{note}</p>
                </div>
            })}
            <Stepper steps=STEP_NAMES.to_vec() current=step/>
            <h2 class="q-heading-l" tabindex="-1" node_ref=heading>{t(STEP_NAMES[current])}</h2>
            <form class="q-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                if StayStep::ALL[step.get_untracked()] == StayStep::Review {
                    submit(());
                } else {
                    go(step.get_untracked() + 1);
                }
            }>
                {step_view}
                <div class="q-button-group">
                    <button type="submit" class="q-button" disabled=move || busy.get()>
                        {if StayStep::ALL[current] == StayStep::Review { t(Msg::Confirm).into_any() } else { t(Msg::SaveAndContinue).into_any() }}
                    </button>
                    {(current > 0).then(|| view! {
                        <button type="button" class="q-button q-button--secondary" disabled=move || busy.get() on:click=move |_| go(current - 1)>
                            {t(Msg::Back)}
                        </button>
                    })}
                </div>
                <p class="q-hint" role="status">{move || saved_note.get().then(|| t(Msg::DraftSaved))}</p>
            </form>
        }
        .into_any()
    }
}

/// "Yoxlayın": everything as it will be sent, each group with a way back to change it.
/// Also the officer's view of what the applicant sent, without the way back (`step` none).
#[component]
pub fn Review(
    form: StayForm,
    reference: ReferenceData,
    step: Option<RwSignal<usize>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let name = |list: ReferenceList, code: &str| {
        if code == crate::api::STATELESS {
            return i18n.t(Msg::Stateless).to_owned();
        }
        reference.name(list, code, lang).unwrap_or(code).to_owned()
    };
    let date = |raw: &str| {
        CalendarDate::parse(raw)
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    let gender = GENDERS
        .iter()
        .find(|(c, _)| *c == form.gender)
        .map(|(_, m)| i18n.t(*m))
        .unwrap_or_default();
    let change = move |to: usize| {
        step.map(|step| {
            view! {
                <button type="button" class="q-link-button" on:click=move |_| step.set(to)>
                    {t(Msg::Change)}
                    <span class="q-visually-hidden">{format!(": {}", i18n.t(STEP_NAMES[to]))}</span>
                </button>
            }
        })
    };
    let pages = form
        .scan
        .iter()
        .map(|p: &FileRef| p.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let document_rows = vec![
        (
            Msg::DocumentTypeLabel,
            name(ReferenceList::ForeignDocumentTypes, &form.document_type),
        ),
        (Msg::PassportNumberLabel, form.passport_number.clone()),
        (
            Msg::IssuingCountryLabel,
            name(ReferenceList::Countries, &form.issuing_country),
        ),
        (Msg::IssueDateLabel, date(&form.issue_date)),
        (Msg::ExpiryDateLabel, date(&form.expiry_date)),
        (Msg::PassportScanLabel, pages),
    ];
    let visa_rows = if form.has_visa {
        vec![
            (Msg::VisaNumberLabel, form.visa_number.clone()),
            (
                Msg::VisaTypeLabel,
                name(ReferenceList::VisaTypes, &form.visa_type),
            ),
            (Msg::VisaFromLabel, date(&form.visa_from)),
            (Msg::VisaUntilLabel, date(&form.visa_until)),
        ]
    } else {
        Vec::new()
    };
    let person_rows = vec![
        (Msg::SurnameLabel, form.surname.clone()),
        (Msg::NameLabel, form.name.clone()),
        (
            Msg::CitizenshipLabel,
            name(ReferenceList::Countries, &form.citizenship),
        ),
        (Msg::BirthDateLabel, date(&form.birth_date)),
        (Msg::GenderLabel, gender.to_owned()),
    ];
    let visit_rows = vec![
        (
            Msg::ArrivedFromLabel,
            name(ReferenceList::Countries, &form.arrived_from),
        ),
        (Msg::EntryDateLabel, date(&form.entry_date)),
        (Msg::StayDaysLabel, form.stay_days.clone()),
        (Msg::CommentLabel, form.comment.clone()),
    ];
    let companion_rows = form
        .companions
        .iter()
        .map(|c| {
            (
                Msg::CompanionLabel,
                format!("{} {}, {}", c.name, c.surname, date(&c.birth_date)),
            )
        })
        .collect::<Vec<_>>();
    let rows = |rows: Vec<(Msg, String)>| {
        view! {
            <SummaryList>
                {rows.into_iter().map(|(key, value)| view! { <SummaryRow key>{value}</SummaryRow> }).collect_view()}
            </SummaryList>
        }
    };
    let mut document_rows = document_rows;
    document_rows.extend(visa_rows);
    view! {
        <h3 class="q-heading-m">{t(Msg::StepDocument)} " " {change(0)}</h3>
        {rows(document_rows)}
        <h3 class="q-heading-m">{t(Msg::StepPerson)} " " {change(1)}</h3>
        {rows(person_rows)}
        <h3 class="q-heading-m">{t(Msg::StepVisit)} " " {change(2)}</h3>
        {rows(visit_rows)}
        <h3 class="q-heading-m">{t(Msg::StepCompanions)} " " {change(3)}</h3>
        {rows(companion_rows)}
    }
}

/// The confirmation after "Təsdiqlə": the number, and what happens next (rule 7.1.2).
#[component]
fn Submitted(view: ApplicationView) -> impl IntoView {
    view! {
        <Confirmation number=view.number/>
        <p class="q-body">{t(Msg::ApplicationSentBody)}</p>
        <p class="q-body"><A href=stay_href()>{t(Msg::BackToApplications)}</A></p>
    }
}
