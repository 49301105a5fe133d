//! "Olduğu yer üzrə qeydiyyata alınma" (seed 002) from the host's side: registering as a host
//! (Şəkil 2–6), and the host's table of applications with "Yeni müraciət" (Şəkil 7).

use futures_util::future::try_join;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use serde::de::IgnoredAny;

use super::places::{AddressFields, AddressFieldset, HostPlaces};
use super::staff::Colleagues;
use super::{GENDERS, stay_href};
use crate::api::{
    ApplicationStatus, ApplicationSummary, ApplicationView, ErrorCode, HostApplication, HostForm,
    HostKind, HostPlaceStatus, HostRegistrationForm, HostView, NewApplication, Problem,
    ReferenceData, ReferenceList, SessionInfo, UploadLimits, country_name,
};
use crate::client::{
    LoadError, Method, SendError, csrf_header, form_title, get_json, page_title, problems_in,
    send_failed, send_json, session, t, today, use_i18n,
};
use crate::components::captcha::{CaptchaField, Work, new_challenge};
use crate::components::data_table::DataTable;
use crate::components::date_input::DateInput;
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::log_in_link::LogInLink;
use crate::components::scan_upload::ScanUpload;
use crate::components::select_input::{RadioInput, SelectInput, choices};
use crate::components::text_input::TextInput;
use crate::domain::{ApplicationNumber, CalendarDate, Lang, sort_key};
use crate::i18n::Msg;
use crate::routes::ClientRoute;
use crate::services::PLACE_OF_STAY_SERVICE;
use crate::shell::{first_paint_done, lazy_page};

/// What the host's page needs: who is logged in (if anyone) and whether they are a host.
#[derive(Clone)]
enum Visitor {
    Guest,
    Person(SessionInfo, Option<HostView>),
}

async fn visitor() -> Result<Visitor, LoadError> {
    match session().await {
        Err(LoadError::LoggedOut | LoadError::NotFound) => Ok(Visitor::Guest),
        Err(other) => Err(other),
        Ok(info) => Ok(Visitor::Person(info, get_json("/api/hosts/me").await?)),
    }
}

/// The service's online page: a guest chooses to register or log in; a logged-in person who
/// is not a host registers; a host waits for the address to be verified, then applies.
#[component]
pub fn PlaceOfStay() -> impl IntoView {
    let page = LocalResource::new(visitor);
    move || {
        let Some(visitor) = page.get() else {
            return view! { <Loading/> }.into_any();
        };
        // The server painted a guest's heading and lead (`app/shell/guest_choice.html`): the
        // choice draws them in the same place, anything else in place of them.
        first_paint_done();
        match visitor {
            Err(error) => {
                view! { <LoadFailed error retry=Callback::new(move |()| page.refetch())/> }
                    .into_any()
            }
            Ok(Visitor::Guest) => view! { <GuestChoice/> }.into_any(),
            Ok(Visitor::Person(info, None)) => {
                lazy_page(move || super::host_registration(Some(info.csrf_token.clone())))
            }
            Ok(Visitor::Person(info, Some(host))) => {
                lazy_page(move || super::host_desk(host.clone(), info.csrf_token.clone()))
            }
        }
    }
}

#[component]
fn GuestChoice() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::StayTitle).to_owned());
    view! {
        <h1 class="q-heading-xl">{t(Msg::StayTitle)}</h1>
        <p class="q-body">{t(Msg::StayLead)}</p>
        <div class="q-choice-panels">
            <section class="q-panel q-panel--plain">
                <h2 class="q-heading-m">{t(Msg::StayNewHostTitle)}</h2>
                <p class="q-body">{t(Msg::StayNewHostBody)}</p>
                <A href=ClientRoute::HostRegistration.href() attr:class="q-button">{t(Msg::StayRegisterHost)}</A>
            </section>
            <section class="q-panel q-panel--plain">
                <h2 class="q-heading-m">{t(Msg::StayHostLoginTitle)}</h2>
                <p class="q-body">{t(Msg::StayHostLoginBody)}</p>
                <LogInLink class="q-button q-button--secondary"/>
            </section>
        </div>
    }
}

text_fields!(HostFields for HostForm {
    document_type, document_number, document_issued, document_expires, document_authority,
    organisation, voen, organisation_kind, surname, name, patronymic, gender, citizenship,
    birth_date, birth_country, birth_place, home_phone, mobile_phone, email,
});

/// "Fiziki Şəxslərin Elektron Qeydiyyatı" and the legal person's form: the host's document and
/// scan, details and address, the captcha for a guest, then "Təsdiqlə".
#[component]
pub(super) fn HostRegistrationForm(csrf: Option<String>) -> impl IntoView {
    let lists = LocalResource::new(|| async {
        try_join(
            get_json::<ReferenceData>("/api/reference"),
            get_json::<UploadLimits>("/api/files/limits"),
        )
        .await
    });
    move || match lists.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| lists.refetch())/> }.into_any()
        }
        Some(Ok((reference, limits))) => {
            view! { <HostFormFields reference limits csrf=csrf.clone()/> }.into_any()
        }
    }
}

#[component]
fn HostFormFields(
    reference: ReferenceData,
    limits: UploadLimits,
    csrf: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let fields = HostFields::new(&HostForm::default());
    let address = AddressFields::blank();
    let kind = RwSignal::new(HostKind::Natural);
    let scan = RwSignal::new(Vec::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let answer = RwSignal::new(String::new());
    let challenge = new_challenge();
    let work = RwSignal::new(Work::None);
    let done = RwSignal::new(None::<bool>);
    let guest = csrf.is_none();
    form_title(Msg::HostRegistrationTitle, problems);
    let navigate = use_navigate();
    let csrf_token = csrf.clone().unwrap_or_default();

    let rules = StoredValue::new(reference.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut host = HostForm {
            kind: kind.get_untracked(),
            scan: scan.get_untracked(),
            address: address.read(),
            ..HostForm::default()
        };
        fields.write(&mut host);
        let captcha_id = challenge.get_untracked().and_then(Result::ok).map(|c| c.id);
        let form = HostRegistrationForm {
            host,
            captcha_id: captcha_id.clone(),
            captcha_answer: Some(answer.get_untracked()),
            captcha_work: work.with_untracked(|w| w.for_challenge(captcha_id.as_deref())),
        };
        if let Err(found) = rules.with_value(|reference| form.host.parse(reference, today())) {
            problems.set(problems_in(i18n.lang(), found));
            return;
        }
        let (csrf_token, navigate) = (csrf_token.clone(), navigate.clone());
        spawn_local(async move {
            let headers = csrf_header(&csrf_token);
            let headers: &[(&str, &str)] = if guest { &[] } else { &headers };
            match send_json::<IgnoredAny>("/api/hosts", &form, headers, Method::Post).await {
                Ok(_) if guest => {
                    done.try_set(Some(true));
                }
                Ok(_) => {
                    // The page reloads as the host's own.
                    navigate(&stay_href(), Default::default());
                    let _ = window().location().reload();
                }
                Err(SendError::Problems(found)) => {
                    problems.try_set(found);
                    if guest {
                        answer.try_set(String::new());
                        challenge.refetch();
                    }
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
        });
    };
    let natural = move || kind.get() == HostKind::Natural;
    let choose_kind = move |chosen: HostKind| {
        move |_| {
            problems.set(Vec::new());
            kind.set(chosen);
        }
    };
    let countries = choices(&reference, ReferenceList::Countries, false);
    let citizenships = choices(&reference, ReferenceList::Countries, true);
    let document_types = choices(&reference, ReferenceList::HostDocumentTypes, false);
    let host_kinds = choices(&reference, ReferenceList::HostKinds, false);
    let max_bytes = limits.max_bytes;
    let upload_csrf = StoredValue::new(csrf.clone());

    move || {
        match done.get() {
        Some(_) => view! {
            <div class="q-panel" role="status">
                <h1 class="q-panel__title">{t(Msg::CheckEmailTitle)}</h1>
                <p class="q-panel__body">{move || i18n.fill(Msg::CheckEmailBody, &[("email", fields.email.get_untracked().trim())])}</p>
            </div>
        }
        .into_any(),
        None => view! {
            <ErrorSummary problems=problems/>
            <h1 class="q-heading-xl">{t(Msg::HostRegistrationTitle)}</h1>
            <p class="q-body">{t(Msg::HostRegistrationLead)}</p>
            <form class="q-form" novalidate on:submit=submit.clone()>
                <fieldset class="q-fieldset">
                    <legend class="q-fieldset__legend">{t(Msg::HostKindLegend)}</legend>
                    <div class="q-radios q-radios--inline">
                        <div class="q-radios__item">
                            <input class="q-radios__input" type="radio" id="kind" name="kind" value="natural"
                                prop:checked=move || kind.get() == HostKind::Natural on:change=choose_kind(HostKind::Natural)/>
                            <label class="q-radios__label" for="kind">{t(Msg::NaturalPerson)}</label>
                        </div>
                        <div class="q-radios__item">
                            <input class="q-radios__input" type="radio" id="kind-legal" name="kind" value="legal"
                                prop:checked=move || kind.get() == HostKind::Legal on:change=choose_kind(HostKind::Legal)/>
                            <label class="q-radios__label" for="kind-legal">{t(Msg::LegalPerson)}</label>
                        </div>
                    </div>
                </fieldset>
                <Show when=natural>
                    <fieldset class="q-fieldset q-fieldset--group">
                        <legend class="q-fieldset__legend">{t(Msg::HostDocumentGroup)}</legend>
                        <SelectInput field="document_type" label=Msg::DocumentTypeLabel value=fields.document_type options=document_types problems/>
                        <TextInput field="document_number" label=Msg::DocumentNumberLabel value=fields.document_number problems autocomplete="off"/>
                        <DateInput field="document_issued" label=Msg::IssueDateLabel value=fields.document_issued problems/>
                        <DateInput field="document_expires" label=Msg::ExpiryDateLabel value=fields.document_expires problems optional=true/>
                        <TextInput field="document_authority" label=Msg::AuthorityLabel value=fields.document_authority problems optional=true/>
                        <ScanUpload field="scan" label=Msg::HostScanLabel pages=scan problems csrf=upload_csrf.get_value() max_bytes optional=true/>
                    </fieldset>
                </Show>
                <Show when=move || !natural()>
                    <fieldset class="q-fieldset q-fieldset--group">
                        <legend class="q-fieldset__legend">{t(Msg::OrganisationGroup)}</legend>
                        <TextInput field="organisation" label=Msg::OrganisationLabel value=fields.organisation problems autocomplete="organization"/>
                        <TextInput field="voen" label=Msg::VoenLabel value=fields.voen problems inputmode="numeric" hint=Msg::VoenHint/>
                        <SelectInput field="organisation_kind" label=Msg::OrganisationKindLabel value=fields.organisation_kind options=host_kinds problems/>
                    </fieldset>
                </Show>
                <fieldset class="q-fieldset q-fieldset--group">
                    <legend class="q-fieldset__legend">
                        {move || if natural() { t(Msg::HostDetailsGroup).into_any() } else { t(Msg::ResponsiblePersonGroup).into_any() }}
                    </legend>
                    <TextInput field="surname" label=Msg::SurnameLabel value=fields.surname problems autocomplete="family-name"/>
                    <TextInput field="name" label=Msg::NameLabel value=fields.name problems autocomplete="given-name"/>
                    <Show when=natural>
                        <TextInput field="patronymic" label=Msg::PatronymicLabel value=fields.patronymic problems optional=true autocomplete="additional-name"/>
                        <RadioInput field="gender" legend=Msg::GenderLabel value=fields.gender options=GENDERS.to_vec() problems/>
                        <SelectInput field="citizenship" label=Msg::CitizenshipLabel value=fields.citizenship options=citizenships problems/>
                        <DateInput field="birth_date" label=Msg::BirthDateLabel value=fields.birth_date problems birthday=true/>
                        <SelectInput field="birth_country" label=Msg::BirthCountryLabel value=fields.birth_country options=countries problems/>
                        <TextInput field="birth_place" label=Msg::BirthPlaceLabel value=fields.birth_place problems optional=true/>
                        <TextInput field="home_phone" label=Msg::HomePhoneLabel value=fields.home_phone problems kind="tel" optional=true autocomplete="tel"/>
                    </Show>
                    <TextInput field="mobile_phone" label=Msg::MobilePhoneLabel value=fields.mobile_phone problems kind="tel" hint=Msg::InternationalPhoneHint autocomplete="tel"/>
                    <TextInput field="email" label=Msg::EmailLabel value=fields.email problems kind="email" autocomplete="email"/>
                </fieldset>
                <AddressFieldset fields=address reference=reference.clone() problems/>
                {guest.then(|| view! { <CaptchaField challenge answer work problems/> })}
                <button type="submit" class="q-button">{t(Msg::Confirm)}</button>
            </form>
        }
        .into_any(),
    }
    }
}

/// The host's cabinet for the service (Şəkil 7): the address's verification, "Yeni müraciət",
/// and the table of applications, filtered by status.
#[component]
pub(super) fn HostApplications(host: HostView, csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::StayTitle).to_owned());
    // The table names each guest's citizenship in the reader's language, not by its code.
    let applications = LocalResource::new(|| async {
        try_join(
            get_json::<Vec<HostApplication>>("/api/hosts/me/applications"),
            get_json::<ReferenceData>("/api/reference"),
        )
        .await
    });
    let filter = RwSignal::new(String::new());
    let order = RwSignal::new(String::from("newest"));
    let guest = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let navigate = use_navigate();
    let csrf = StoredValue::new(csrf);
    let start = move |copy_from: Option<ApplicationNumber>| {
        let navigate = navigate.clone();
        let service = PLACE_OF_STAY_SERVICE.service_number();
        spawn_local(async move {
            let body = NewApplication { service, copy_from };
            let token = csrf.get_value();
            match send_json::<ApplicationView>(
                "/api/applications",
                &body,
                &csrf_header(&token),
                Method::Post,
            )
            .await
            {
                Ok(view) => navigate(
                    &ClientRoute::Application(view.number).href(),
                    Default::default(),
                ),
                Err(SendError::Problems(found)) => {
                    problems.try_set(found);
                }
                Err(SendError::Failed) => {
                    problems.try_set(send_failed(i18n.lang()));
                }
            }
        });
    };
    let start_new = start.clone();
    let statuses: Vec<(String, String)> = ApplicationStatus::ALL
        .into_iter()
        .map(|s| (s.code().to_owned(), i18n.t(s.msg()).to_owned()))
        .collect();
    let orders = Signal::derive(move || {
        vec![
            ("newest".to_owned(), i18n.t(Msg::SortNewest).to_owned()),
            ("oldest".to_owned(), i18n.t(Msg::SortOldest).to_owned()),
            ("name".to_owned(), i18n.t(Msg::SortByName).to_owned()),
        ]
    });
    let verified = host.verified().next().is_some();
    // With no address confirmed, the host is told whether one is being checked or all were
    // refused, and then that a new one is the way on.
    let waiting = if host
        .addresses
        .iter()
        .any(|place| place.status == HostPlaceStatus::Waiting)
    {
        Msg::AddressAwaitsVerification
    } else {
        Msg::AddressesRefused
    };
    let organisation = host.kind == HostKind::Legal;
    let keeps_staff = organisation && !host.staff;
    let acting_for = host.staff.then(|| host.organisation.clone()).flatten();
    let csrf_for_staff = csrf.get_value();
    let places = StoredValue::new(host.addresses.clone());
    view! {
        <ErrorSummary problems=problems/>
        <h1 class="q-heading-xl">{t(Msg::StayTitle)}</h1>
        <p class="q-body"><strong>{host.organisation.clone().unwrap_or_else(|| host.name.clone())}</strong></p>
        {acting_for.map(|organisation| view! {
            <p class="q-inset">{move || i18n.fill(Msg::StaffActingFor, &[("organisation", &organisation)])}</p>
        })}
        {if verified {
            view! {
                <button type="button" class="q-button" on:click=move |_| start_new(None)>{t(Msg::NewApplication)}</button>
            }
            .into_any()
        } else {
            view! {
                <div class="q-warning" role="status">
                    <p class="q-body">{t(waiting)}</p>
                </div>
            }
            .into_any()
        }}
        {move || applications.get().and_then(Result::ok).map(|(_, reference)| view! {
            <HostPlaces places=places.get_value() keeps_them=!host.staff reference csrf=csrf.get_value()/>
        })}
        {move || match applications.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| applications.refetch())/> }.into_any(),
            Some(Ok((list, reference))) => {
                let mine: Vec<ApplicationSummary> =
                    list.iter().filter(|a| a.mine).map(|a| a.application.clone()).collect();
                let guests = returning_guests(&mine, &reference, i18n.lang());
                let start = start.clone();
                let mut shown: Vec<HostApplication> = list
                    .into_iter()
                    .filter(|a| filter.with(|f| f.is_empty() || a.application.status.code() == f))
                    .collect();
                match order.get().as_str() {
                    "oldest" => shown.reverse(),
                    "name" => shown.sort_by_cached_key(|a| sort_key(&summary_name(&a.application), i18n.lang())),
                    _ => {}
                }
                view! {
                    {(verified && !guests.is_empty()).then(|| view! {
                        <form class="q-form q-returning" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                            ev.prevent_default();
                            match ApplicationNumber::parse(&guest.get_untracked()) {
                                Some(number) => start(Some(number)),
                                None => problems.set(vec![Problem::new(ErrorCode::Required, Some("returning_guest"), i18n.lang())]),
                            }
                        }>
                            <SelectInput field="returning_guest" label=Msg::ReturningGuestLabel value=guest options=guests problems/>
                            <button type="submit" class="q-button q-button--secondary">{t(Msg::ReturningGuestButton)}</button>
                        </form>
                    })}
                    <h2 class="q-heading-l" id="stay-applications">{t(Msg::MyApplications)}</h2>
                    <div class="q-filter">
                        <SelectInput field="status_filter" label=Msg::FilterByStatus value=filter options=statuses.clone() problems optional=true/>
                        <SelectInput field="order" label=Msg::SortLabel value=order options=orders problems/>
                    </div>
                    {if shown.is_empty() {
                        view! { <p class="q-body">{t(Msg::NoApplications)}</p> }.into_any()
                    } else {
                        view! { <ApplicationsTable list=shown filed_by=organisation reference=reference.clone()/> }.into_any()
                    }}
                }
                .into_any()
            }
        }}
        {keeps_staff.then(|| view! { <Colleagues csrf=csrf_for_staff.clone()/> })}
    }
}

/// "Name Surname" of the foreigner an application is for, once it was sent.
fn summary_name(application: &ApplicationSummary) -> String {
    let summary = application.summary.clone().unwrap_or_default();
    let text = |key: &str| summary[key].as_str().unwrap_or_default().to_owned();
    format!("{} {}", text("name"), text("surname"))
        .trim()
        .to_owned()
}

/// The foreigners of earlier applications, each once (the newest application), to fill a new
/// one from.
fn returning_guests(
    list: &[ApplicationSummary],
    reference: &ReferenceData,
    lang: Lang,
) -> Vec<(String, String)> {
    let mut seen = std::collections::HashSet::new();
    list.iter()
        .filter(|a| a.summary.is_some())
        .filter_map(|a| {
            let name = summary_name(a);
            let citizenship = a.summary.as_ref()?["citizenship"].as_str()?.to_owned();
            seen.insert((name.clone(), citizenship.clone())).then(|| {
                let country = country_name(reference, &citizenship, lang);
                (
                    a.number.to_string(),
                    format!("{name} ({country}) — {}", a.number),
                )
            })
        })
        .collect()
}

/// The host's applications; an organisation's say who of its staff filed each, and only one's
/// own open.
#[component]
fn ApplicationsTable(
    list: Vec<HostApplication>,
    filed_by: bool,
    reference: ReferenceData,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <DataTable labelled_by="stay-applications">
            <thead>
                <tr>
                    <th scope="col">{t(Msg::ApplicationNumberLabel)}</th>
                    <th scope="col">{t(Msg::ForeignerNameColumn)}</th>
                    <th scope="col">{t(Msg::ChosenPlaceColumn)}</th>
                    <th scope="col">{t(Msg::CitizenshipLabel)}</th>
                    <th scope="col">{t(Msg::StayDaysColumn)}</th>
                    <th scope="col">{t(Msg::ApplicationDateColumn)}</th>
                    <th scope="col">{t(Msg::StatusColumn)}</th>
                    {filed_by.then(|| view! { <th scope="col">{t(Msg::FiledByColumn)}</th> })}
                    <th scope="col"><span class="q-visually-hidden">{t(Msg::View)}</span></th>
                </tr>
            </thead>
            <tbody>
                {list
                    .into_iter()
                    .map(|row| {
                        let HostApplication { application: a, filed_by: who, mine } = row;
                        let summary = a.summary.clone().unwrap_or_default();
                        let text = |key: &str| summary[key].as_str().unwrap_or_default().to_owned();
                        let name = summary_name(&a);
                        let days = summary["stay_days"].as_u64().map(|d| d.to_string()).unwrap_or_default();
                        let date = a.submitted_at.clone().unwrap_or(a.created_at.clone());
                        let date = CalendarDate::parse(date.get(..10).unwrap_or_default()).map(|d| d.to_string()).unwrap_or_default();
                        let citizenship = country_name(&reference, &text("citizenship"), i18n.lang());
                        view! {
                            <tr>
                                <td class="q-code">{a.number.to_string()}</td>
                                <td>{name}</td>
                                <td>{text("address")}</td>
                                <td>{citizenship}</td>
                                <td>{days}</td>
                                <td>{date}</td>
                                <td><strong class="q-status">{move || i18n.t(a.status.msg())}</strong></td>
                                {filed_by.then(|| view! { <td>{who}</td> })}
                                <td>
                                    {mine.then(|| view! {
                                        <A href=ClientRoute::Application(a.number).href()>
                                            {move || if a.status.editable() { i18n.t(Msg::Continue) } else { i18n.t(Msg::View) }}
                                            <span class="q-visually-hidden">{format!(" {}", a.number)}</span>
                                        </A>
                                    })}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </DataTable>
    }
}
