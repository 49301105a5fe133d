//! The host's addresses (seed 002, "Seçilmiş ünvan"): each with where it stands with the agency,
//! and a new one sent to be checked. The first account of an organisation keeps them; its staff
//! file at them.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{
    HostAddressForm, HostPlace, HostPlaceStatus, Problem, ReferenceData, ReferenceList,
};
use crate::client::{
    Method, SendError, csrf_header, problems_in, send_failed, send_json, t, use_i18n,
};
use crate::components::error_summary::ErrorSummary;
use crate::components::select_input::{SelectInput, choices};
use crate::components::text_input::TextInput;
use crate::i18n::Msg;

text_fields!(pub(super) AddressFields for HostAddressForm {
    region, district, settlement, street, building, entrance, block, floor, flat,
});

impl AddressFields {
    pub(super) fn blank() -> Self {
        Self::new(&HostAddressForm::default())
    }

    pub(super) fn read(&self) -> HostAddressForm {
        let mut form = HostAddressForm::default();
        self.write(&mut form);
        form
    }

    /// Empties every field, for the next address.
    fn clear(&self) {
        let every = [
            self.region,
            self.district,
            self.settlement,
            self.street,
            self.building,
            self.entrance,
            self.block,
            self.floor,
            self.flat,
        ];
        every.iter().for_each(|field| field.set(String::new()));
    }
}

/// "Ünvan məlumatları": the registration's address group, and a new address's form.
#[component]
pub(super) fn AddressFieldset(
    fields: AddressFields,
    reference: ReferenceData,
    problems: RwSignal<Vec<Problem>>,
) -> impl IntoView {
    let regions = choices(&reference, ReferenceList::Regions, false);
    view! {
        <fieldset class="q-fieldset q-fieldset--group">
            <legend class="q-fieldset__legend">{t(Msg::AddressGroup)}</legend>
            <SelectInput field="region" label=Msg::RegionLabel value=fields.region options=regions problems/>
            <TextInput field="district" label=Msg::DistrictLabel value=fields.district problems optional=true/>
            <TextInput field="settlement" label=Msg::SettlementLabel value=fields.settlement problems optional=true/>
            <TextInput field="street" label=Msg::StreetLabel value=fields.street problems optional=true autocomplete="address-line1"/>
            <div class="q-form-row">
                <TextInput field="building" label=Msg::BuildingLabel value=fields.building problems optional=true/>
                <TextInput field="entrance" label=Msg::EntranceLabel value=fields.entrance problems optional=true/>
                <TextInput field="block" label=Msg::BlockLabel value=fields.block problems optional=true/>
                <TextInput field="floor" label=Msg::FloorLabel value=fields.floor problems optional=true/>
                <TextInput field="flat" label=Msg::FlatLabel value=fields.flat problems optional=true/>
            </div>
        </fieldset>
    }
}

/// The host's addresses with their standing, and for the host's first account the form that
/// sends another to be checked.
#[component]
pub(super) fn HostPlaces(
    places: Vec<HostPlace>,
    keeps_them: bool,
    reference: ReferenceData,
    csrf: String,
) -> impl IntoView {
    let places = RwSignal::new(places);
    let withdrawn = RwSignal::new(None::<Msg>);
    let csrf = StoredValue::new(csrf);
    view! {
        <h2 class="q-heading-l" id="host-places">{t(Msg::HostPlacesTitle)}</h2>
        <p class="q-body">{t(Msg::HostPlacesLead)}</p>
        <p class="q-body" role="status">{move || withdrawn.get().map(t)}</p>
        <ul class="q-host-places" aria-labelledby="host-places">
            <For each=move || places.get() key=|place| place.id let:place>
                <PlaceItem place keeps_them places withdrawn csrf/>
            </For>
        </ul>
        {keeps_them.then(|| view! { <NewPlace reference csrf=csrf.get_value() places/> })}
    }
}

/// One address with its standing; for the one who keeps them, "Siyahıdan çıxar" asks once
/// more before the address goes, since a confirmed address is checked again if given anew.
#[component]
fn PlaceItem(
    place: HostPlace,
    keeps_them: bool,
    places: RwSignal<Vec<HostPlace>>,
    withdrawn: RwSignal<Option<Msg>>,
    csrf: StoredValue<String>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let id = place.id;
    let withdraw = move |_| {
        busy.set(true);
        spawn_local(async move {
            let path = format!("/api/hosts/me/addresses/{id}");
            let sent = send_json::<serde::de::IgnoredAny>(
                &path,
                &(),
                &csrf_header(&csrf.get_value()),
                Method::Delete,
            )
            .await;
            // Gone already (another tab) is gone all the same.
            let outcome = match sent {
                Ok(_) | Err(SendError::Problems(_)) => {
                    places.update(|list| list.retain(|p| p.id != id));
                    Msg::HostPlaceWithdrawn
                }
                Err(SendError::Failed) => Msg::ErrInternal,
            };
            withdrawn.set(Some(outcome));
            busy.try_set(false);
        });
    };
    let address = place.address.clone();
    view! {
        <li class="q-host-places__item">
            <span class="q-host-places__address">{place.address.clone()}</span>
            " "
            <strong class="q-tag" class:q-tag--overdue=place.status == HostPlaceStatus::Refused>
                {t(place.status.msg())}
            </strong>
            {place.refusal.clone().map(|reason| view! {
                <p class="q-host-places__reason">{t(Msg::RefusalReasonLabel)} ": " {reason}</p>
            })}
            {keeps_them.then(|| view! {
                <div class="q-host-places__withdraw">
                    <button type="button" class="q-button q-button--secondary" hidden=move || asking.get()
                        on:click=move |_| { withdrawn.set(None); asking.set(true) }>
                        {t(Msg::WithdrawHostPlace)}<span class="q-visually-hidden">{format!(" {address}")}</span>
                    </button>
                    <Show when=move || asking.get()>
                        <p class="q-body">{t(Msg::WithdrawHostPlaceAsk)}</p>
                        <div class="q-button-group">
                            <button type="button" class="q-button q-button--warning" disabled=move || busy.get() on:click=withdraw>
                                {t(Msg::WithdrawHostPlaceYes)}
                            </button>
                            <button type="button" class="q-button q-button--secondary" on:click=move |_| asking.set(false)>
                                {t(Msg::Cancel)}
                            </button>
                        </div>
                    </Show>
                </div>
            })}
        </li>
    }
}

/// "Yeni ünvan əlavə edin": opened on asking, checked by the same rules as the server's, and
/// added to the list as waiting once sent.
#[component]
fn NewPlace(
    reference: ReferenceData,
    csrf: String,
    places: RwSignal<Vec<HostPlace>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let fields = AddressFields::blank();
    let problems = RwSignal::new(Vec::<Problem>::new());
    let busy = RwSignal::new(false);
    let added = RwSignal::new(false);
    let rules = StoredValue::new(reference.clone());
    let csrf = StoredValue::new(csrf);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = fields.read();
        if let Err(found) = rules.with_value(|reference| form.parse(reference)) {
            problems.set(problems_in(i18n.lang(), found));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let token = csrf.get_value();
            match send_json::<HostPlace>(
                "/api/hosts/me/addresses",
                &form,
                &csrf_header(&token),
                Method::Post,
            )
            .await
            {
                Ok(place) => {
                    places.update(|list| list.push(place));
                    fields.clear();
                    problems.set(Vec::new());
                    open.set(false);
                    added.set(true);
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
    };
    view! {
        <p class="q-body" role="status">{move || added.get().then(|| t(Msg::HostPlaceAdded))}</p>
        <button type="button" class="q-button q-button--secondary" aria-controls="new-place"
            aria-expanded=move || open.get().to_string()
            on:click=move |_| { added.set(false); open.update(|o| *o = !*o) }>
            {t(Msg::AddHostPlaceTitle)}
        </button>
        <div id="new-place" hidden=move || !open.get()>
            <ErrorSummary problems=problems/>
            <form class="q-form" novalidate on:submit=submit>
                <AddressFieldset fields reference=reference.clone() problems/>
                <button type="submit" class="q-button" disabled=move || busy.get()>{t(Msg::AddHostPlace)}</button>
            </form>
        </div>
    }
}
