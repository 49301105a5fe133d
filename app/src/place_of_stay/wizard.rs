//! The place-of-stay application in five steps (Şəkil 8), saved on the server at every step,
//! its review ("Yoxlayın"), which the officer reads too, and the confirmation after sending.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{
    ApplicationStatus, ApplicationView, CompanionForm, DraftSave, FileRef, HostPlace,
    HostPlaceStatus, Problem, ReferenceData, ReferenceList, STAY_FIELDS, SessionInfo, StayForm,
    StayStep, StaySummary, UploadLimits,
};
use crate::client::today;
use crate::client::{
    Method, SendError, csrf_header, form_title, get_json, problems_in, send_failed, send_json, t,
    use_i18n,
};
use crate::components::confirmation::Confirmation;
use crate::components::date_input::DateInput;
use crate::components::error_summary::ErrorSummary;
use crate::components::scan_upload::ScanUpload;
use crate::components::select_input::choices;
use crate::components::select_input::{RadioInput, SelectInput};
use crate::components::sign_and_send::{SavedApplication, Signing, signing_step};
use crate::components::stepper::Stepper;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_input::TextInput;
use crate::i18n::Msg;
use crate::place_of_stay::{GENDERS, stay_href};

text_fields!(StayFields for StayForm {
    document_type, passport_number, issuing_country, issue_date, expiry_date, issuing_authority,
    visa_number, visa_type, visa_from, visa_until, surname, name, citizenship, birth_country,
    birth_date, gender, residence_country, arrived_from, reason, entry_date, stay_days, comment,
    host_address,
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
        .map(|field| {
            let label = STAY_FIELDS
                .iter()
                .find(|(name, _, _)| name == field)
                .map(|(_, label, _)| label.text(i18n.lang()));
            Problem::to_fix(field, label, i18n.lang())
        })
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
    // The host's confirmed addresses, one of which is the place of stay.
    let host = LocalResource::new(|| get_json::<Option<HostPlaces>>("/api/hosts/me"));
    let places = Signal::derive(move || {
        host.get()
            .and_then(Result::ok)
            .flatten()
            .map(|host| {
                host.addresses
                    .into_iter()
                    .filter(|place| place.status == HostPlaceStatus::Verified)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let places_failed = Signal::derive(move || matches!(host.get(), Some(Err(_))));
    let load_places = Callback::new(move |()| host.refetch());
    let go = move |target: usize| {
        let form = read();
        let current = StayStep::ALL[step.get_untracked()];
        let mut landing = target;
        let mut left = Vec::new();
        // Moving on checks this step's fields; moving back checks nothing and loses nothing.
        if target > step.get_untracked()
            && current != StayStep::Review
            && let Err(found) = rules
                .with_value(|reference| form.parse(reference, today(), &places.get_untracked()))
        {
            let here: Vec<_> = found
                .iter()
                .filter(|(_, field)| StayStep::of_field(field) == current)
                .cloned()
                .collect();
            if !here.is_empty() {
                problems.set(problems_in(i18n.lang(), here));
                return;
            }
            // Check your answers shows a whole application: a problem between steps (a passport
            // that expires before the entry) sends the host to the first step that has one.
            if StayStep::ALL[target] == StayStep::Review {
                landing = first_step_of(found.iter().map(|(_, field)| field.as_str()));
                left = found;
            }
        }
        busy.set(true);
        spawn_local(async move {
            match save(form).await {
                Ok(_) => {
                    problems.try_set(problems_in(i18n.lang(), left));
                    step.try_set(landing);
                    saved_note.try_set(true);
                }
                Err(error) => show(error),
            }
            busy.try_set(false);
        });
    };
    // Saved on "Təsdiqlə", then signed (or sent unsigned where the regulation accepts it).
    let signing = RwSignal::new(None::<i64>);
    let submit = move |_| {
        let form = read();
        busy.set(true);
        spawn_local(async move {
            match save(form).await {
                Ok(view) => {
                    signing.try_set(Some(view.version));
                }
                Err(error) => show(error),
            }
            busy.try_set(false);
        });
    };
    // What the rules refuse at the last step: back to the first step with a problem, every
    // problem listed.
    let refused = Callback::new(move |error: SendError| {
        signing.try_set(None);
        match error {
            SendError::Problems(found) => {
                if found.iter().any(|p| p.field.is_some()) {
                    step.try_set(first_step_of(
                        found.iter().filter_map(|p| p.field.as_deref()),
                    ));
                }
                problems.try_set(found);
            }
            SendError::Failed => show(SendError::Failed),
        }
    });
    let on_sent = Callback::new(move |view: ApplicationView| {
        submitted.try_set(Some(view));
    });
    let back_to_review = Callback::new(move |()| signing.set(None));
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
                <DateInput field="issue_date" label=Msg::IssueDateLabel value=fields.issue_date problems/>
                <DateInput field="expiry_date" label=Msg::ExpiryDateLabel value=fields.expiry_date problems optional=true/>
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
                    <DateInput field="visa_from" label=Msg::VisaFromLabel value=fields.visa_from problems/>
                    <DateInput field="visa_until" label=Msg::VisaUntilLabel value=fields.visa_until problems/>
                </div>
            }
            .into_any(),
            StayStep::Person => view! {
                <TextInput field="surname" label=Msg::SurnameLabel value=fields.surname problems/>
                <TextInput field="name" label=Msg::NameLabel value=fields.name problems/>
                <SelectInput field="citizenship" label=Msg::CitizenshipLabel value=fields.citizenship options=citizenships problems/>
                <SelectInput field="birth_country" label=Msg::BirthCountryLabel value=fields.birth_country options=countries problems/>
                <DateInput field="birth_date" label=Msg::BirthDateLabel value=fields.birth_date problems birthday=true/>
                <RadioInput field="gender" legend=Msg::GenderLabel value=fields.gender options=GENDERS.to_vec() problems/>
            }
            .into_any(),
            StayStep::Visit => view! {
                <PlaceOfStay places failed=places_failed retry=load_places chosen=fields.host_address problems/>
                <SelectInput field="residence_country" label=Msg::ResidenceCountryLabel value=fields.residence_country options=countries problems optional=true/>
                <SelectInput field="arrived_from" label=Msg::ArrivedFromLabel value=fields.arrived_from options=countries problems/>
                <SelectInput field="reason" label=Msg::VisitReasonLabel value=fields.reason options=reasons problems optional=true/>
                <DateInput field="entry_date" label=Msg::EntryDateLabel value=fields.entry_date problems/>
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
                                <DateInput field=field("birth_date") label=Msg::BirthDateLabel value=person.birth_date problems/>
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
                // `go` lets no application with a problem reach this step.
                rules
                    .with_value(|reference| form.parse(reference, today(), &places.get()))
                    .ok()
                    .map(|stay| view! { <Review stay scan=form.scan reference=rules.get_value() step=Some(step)/> })
                    .into_any()
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
            {match signing.get().filter(|_| StayStep::ALL[current] == StayStep::Review) {
                Some(version) => view! {
                    {step_view}
                    {signing_step(Signing { what: SavedApplication { number, version }, csrf: csrf.get_value(), problems, sent: on_sent, refused, back: back_to_review })}
                }
                .into_any(),
                None => view! {
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
                .into_any(),
            }}
        }
        .into_any()
    }
}

/// What the form reads of the host (`HostView`): their addresses.
#[derive(Clone, serde::Deserialize)]
struct HostPlaces {
    addresses: Vec<HostPlace>,
}

/// "Seçilmiş ünvan": a host with one confirmed address is told it; one with several chooses.
/// When the addresses could not be loaded, the step says so where the choice would be (the
/// error summary's link lands there) with a way to load them again.
#[component]
fn PlaceOfStay(
    places: Signal<Vec<HostPlace>>,
    failed: Signal<bool>,
    retry: Callback<()>,
    chosen: RwSignal<String>,
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let options = Signal::derive(move || {
        places
            .get()
            .into_iter()
            .map(|place| (place.id.to_string(), place.address))
            .collect::<Vec<_>>()
    });
    move || {
        if failed.get() {
            return Some(
                view! {
                    <div class="q-inset" id="host_address" tabindex="-1" role="status">
                        <p class="q-body">{t(Msg::PlacesNotLoaded)}</p>
                        <button type="button" class="q-button q-button--secondary" on:click=move |_| retry.run(())>
                            {t(Msg::TryAgain)}
                        </button>
                    </div>
                }
                .into_any(),
            );
        }
        let mut verified = places.get();
        match verified.len() {
            0 => None,
            1 => {
                let only = verified.remove(0).address;
                Some(
                    view! {
                        <SummaryList>
                            <SummaryRow key=Msg::PlaceOfStayLabel>{only}</SummaryRow>
                        </SummaryList>
                    }
                    .into_any(),
                )
            }
            _ => Some(
                view! { <SelectInput field="host_address" label=Msg::PlaceOfStayLabel value=chosen options problems/> }
                    .into_any(),
            ),
        }
    }
}

/// The index of the first step that asks for one of `fields`.
fn first_step_of<'f>(fields: impl Iterator<Item = &'f str>) -> usize {
    let first = fields.map(StayStep::of_field).min();
    first
        .and_then(|first| StayStep::ALL.iter().position(|s| *s == first))
        .unwrap_or(0)
}

/// "Yoxlayın": every answer as it will be sent (`StaySummary::rows`, which the officer's page
/// and the result document read too), each step's with a way back to change it. Also the
/// officer's reading of what the host sent, without the way back (`step` none).
#[component]
pub fn Review(
    stay: StaySummary,
    /// The passport's pages, by their names.
    scan: Vec<FileRef>,
    reference: ReferenceData,
    step: Option<RwSignal<usize>>,
) -> impl IntoView {
    let i18n = use_i18n();
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
    let pages = scan
        .iter()
        .map(|p| p.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let stay = StoredValue::new(stay);
    let reference = StoredValue::new(reference);
    let group = move |of: StayStep| {
        let pages = pages.clone();
        move || {
            let rows = stay.with_value(|stay| {
                reference.with_value(|reference| stay.rows(reference, i18n.lang()))
            });
            let mut rows: Vec<(String, String)> = rows
                .into_iter()
                .filter(|row| row.step == of)
                .map(|row| (row.label, row.value))
                .collect();
            if of == StayStep::Document {
                // The scan is a file, not an answer the result document quotes: only the
                // pages of the application show it.
                rows.push((i18n.t(Msg::PassportScanLabel).to_owned(), pages.clone()));
            }
            // Only the accompanying persons may be none.
            if rows.is_empty() {
                return view! { <p class="q-body">{t(Msg::NoCompanions)}</p> }.into_any();
            }
            view! {
                <dl class="q-summary-list">
                    {rows.into_iter().map(|(label, value)| view! {
                        <div class="q-summary-list__row">
                            <dt class="q-summary-list__key">{label}</dt>
                            <dd class="q-summary-list__value">{value}</dd>
                        </div>
                    }).collect_view()}
                </dl>
            }
            .into_any()
        }
    };
    StayStep::ALL
        .into_iter()
        .take(4)
        .enumerate()
        .map(|(i, of)| {
            view! {
                <h3 class="q-heading-m">{t(STEP_NAMES[i])} " " {change(i)}</h3>
                {group(of)}
            }
        })
        .collect_view()
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
