//! Hosts' addresses waiting for the agency (seed 002): the list, and one address read beside the
//! host's registration (their document and its scan, or the organisation's VÖEN), then confirmed
//! or refused with a reason the host receives.

use futures_util::future::try_join;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{
    HostForm, HostKind, HostPlaceCheck, HostPlaceStatus, HostPlaceToCheck, ReferenceData,
    ReferenceList, RefuseHostPlace, country_name,
};
use crate::client::{LoadError, get_json, load, page_title, t, use_i18n};
use crate::components::data_table::DataTable;
use crate::components::decision_form::{Answers, DecisionForm};
use crate::components::load_state::{LoadFailed, Loading, loaded_list};
use crate::components::office_nav::AtDesk;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::timeline::moment;
use crate::domain::{CalendarDate, Lang};
use crate::i18n::Msg;
use crate::routes::ClientRoute;

/// The list, or one address when `place` names it.
#[component]
pub fn OfficeHosts(place: Option<i64>) -> impl IntoView {
    view! {
        <AtDesk page=move |info, _| match place {
            None => view! { <PlacesToCheck/> }.into_any(),
            Some(place) => view! { <PlaceCheck place csrf=info.csrf_token/> }.into_any(),
        }/>
    }
}

#[component]
fn PlacesToCheck() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::OfficeHostsTitle).to_owned());
    let places = load::<Vec<HostPlaceToCheck>>("/api/office/hosts".into());
    view! {
        <h1 class="q-heading-xl" id="hosts-title">{t(Msg::OfficeHostsTitle)}</h1>
        {loaded_list(places, Msg::OfficeNoHosts, move |list| view! {
            <DataTable labelled_by="hosts-title">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::ColumnApplicant)}</th>
                        <th scope="col">{t(Msg::EmailLabel)}</th>
                        <th scope="col">{t(Msg::AddressGroup)}</th>
                        <th scope="col">{t(Msg::SentAtColumn)}</th>
                        <th scope="col"><span class="q-visually-hidden">{t(Msg::CheckAddress)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|place| view! {
                        <tr>
                            <td>{place.host.clone()}</td>
                            <td>{place.email.unwrap_or_default()}</td>
                            <td>{place.address}</td>
                            <td>{moment(&place.sent_at)}</td>
                            <td>
                                <A href=ClientRoute::OfficeHostPlace(place.place_id).href()>
                                    {t(Msg::CheckAddress)}
                                    <span class="q-visually-hidden">{format!(": {}", place.host)}</span>
                                </A>
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </DataTable>
        })}
    }
}

async fn check_of(place: i64) -> Result<(HostPlaceCheck, ReferenceData), LoadError> {
    try_join(
        get_json::<HostPlaceCheck>(&format!("/api/office/host-addresses/{place}")),
        get_json::<ReferenceData>("/api/reference"),
    )
    .await
}

#[component]
fn PlaceCheck(place: i64, csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::OfficeHostPlaceTitle).to_owned());
    let loaded = LocalResource::new(move || check_of(place));
    let changed = Callback::new(move |()| loaded.refetch());
    let answers = move || Answers {
        approve: format!("/api/office/host-addresses/{place}/verify"),
        approve_label: Msg::VerifyAddress,
        refuse: format!("/api/office/host-addresses/{place}/refuse"),
        refuse_label: Msg::RefuseAddress,
        reason_label: Msg::RefusalReasonLabel,
        reason_hint: Msg::RefusalReasonHint,
        reason_rules: |reason| RefuseHostPlace { reason }.parse().err().unwrap_or_default(),
    };
    view! {
        <p class="q-body"><A href=ClientRoute::OfficeHosts.href()>{t(Msg::OfficeHostsTitle)}</A></p>
        <h1 class="q-heading-xl">{t(Msg::OfficeHostPlaceTitle)}</h1>
        {move || match loaded.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| loaded.refetch())/> }.into_any(),
            Some(Ok((check, reference))) => {
                let waiting = check.place.status == HostPlaceStatus::Waiting;
                view! {
                    <SummaryList>
                        <SummaryRow key=Msg::AddressGroup>{check.place.address.clone()}</SummaryRow>
                        <SummaryRow key=Msg::StatusColumn>
                            <strong class="q-tag" class:q-tag--overdue=check.place.status == HostPlaceStatus::Refused>{t(check.place.status.msg())}</strong>
                        </SummaryRow>
                        {check.place.refusal.clone().map(|reason| view! {
                            <SummaryRow key=Msg::RefusalReasonLabel>{reason}</SummaryRow>
                        })}
                        <SummaryRow key=Msg::SentAtColumn>{moment(&check.sent_at)}</SummaryRow>
                    </SummaryList>
                    <h2 class="q-heading-l">{t(Msg::HostDetailsGroup)}</h2>
                    <Registration registration=check.registration.clone() email=check.email.clone() reference place/>
                    {if waiting {
                        view! {
                            <p class="q-body">{t(Msg::OfficeHostPlaceLead)}</p>
                            <DecisionForm answers=answers() csrf=csrf.clone() changed/>
                        }.into_any()
                    } else {
                        view! { <div class="q-panel" role="status"><p class="q-panel__body">{t(Msg::OfficeHostPlaceDecided)}</p></div> }.into_any()
                    }}
                }
                .into_any()
            }
        }}
    }
}

/// What the host registered with, as the officer checks the address against it.
#[component]
fn Registration(
    registration: HostForm,
    email: Option<String>,
    reference: ReferenceData,
    place: i64,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let named = |list: ReferenceList, code: &str, lang: Lang| {
        reference.name(list, code, lang).unwrap_or(code).to_owned()
    };
    let day = |raw: &str| {
        CalendarDate::parse(raw)
            .map(|day| day.to_string())
            .unwrap_or_else(|| raw.to_owned())
    };
    let HostForm {
        kind,
        document_type,
        document_number,
        document_issued,
        document_expires,
        document_authority,
        scan,
        organisation,
        voen,
        organisation_kind,
        surname,
        name,
        patronymic,
        citizenship,
        birth_date,
        mobile_phone,
        ..
    } = registration;
    let given = |label: Msg, value: String| {
        (!value.trim().is_empty()).then(|| view! { <SummaryRow key=label>{value}</SummaryRow> })
    };
    let person = match kind {
        HostKind::Natural => view! {
            {given(Msg::DocumentTypeLabel, named(ReferenceList::HostDocumentTypes, &document_type, lang))}
            {given(Msg::DocumentNumberLabel, document_number)}
            {given(Msg::IssueDateLabel, day(&document_issued))}
            {given(Msg::ExpiryDateLabel, day(&document_expires))}
            {given(Msg::AuthorityLabel, document_authority)}
            {given(Msg::CitizenshipLabel, country_name(&reference, &citizenship, lang))}
            {given(Msg::BirthDateLabel, day(&birth_date))}
        }
        .into_any(),
        HostKind::Legal => view! {
            {given(Msg::OrganisationLabel, organisation)}
            {given(Msg::VoenLabel, voen)}
            {given(Msg::OrganisationKindLabel, named(ReferenceList::HostKinds, &organisation_kind, lang))}
        }
        .into_any(),
    };
    view! {
        <SummaryList>
            {given(Msg::SurnameLabel, surname)}
            {given(Msg::NameLabel, name)}
            {given(Msg::PatronymicLabel, patronymic)}
            {person}
            {given(Msg::MobilePhoneLabel, mobile_phone)}
            {given(Msg::EmailLabel, email.unwrap_or_default())}
            <SummaryRow key=Msg::HostScanLabel>
                {if scan.is_empty() {
                    view! { <span class="q-not-published">{t(Msg::NoScanGiven)}</span> }.into_any()
                } else {
                    view! {
                        <ul class="q-list">
                            {scan.into_iter().map(|page| view! {
                                <li><a href=format!("/api/office/host-addresses/{place}/files/{}", page.id) target="_blank" rel="noopener">{page.name}</a></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </SummaryRow>
        </SummaryList>
    }
}
