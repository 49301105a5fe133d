//! A place-of-stay application on the cabinet's and the office's pages: the five steps while a
//! draft, the guest and the stay once sent, and the changes an accepted registration takes.

use leptos::prelude::*;

use super::changes::StayChanges;
use super::wizard::{Review, StayWizard};
use crate::api::{
    ApplicationStatus, ReferenceList, RegisteredStay, StayChange, StayChangeStatus, StayChangeView,
    StayForm, StaySummary,
};
use crate::client::use_i18n;
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::domain::CalendarDate;
use crate::i18n::Msg;
use crate::service_pages::{Editing, ForOfficer, OfficerPage, Sent};

applicant_part!(place_of_stay_application of crate::services::PLACE_OF_STAY_SERVICE: editor, sent);

pub static OFFICER: OfficerPage = OfficerPage {
    answers: for_officer,
};

fn editor(editing: Editing) -> AnyView {
    let Editing {
        info,
        view,
        reference,
        limits,
    } = editing;
    view! { <StayWizard info view reference limits/> }.into_any()
}

fn sent(sent: Sent) -> AnyView {
    let i18n = use_i18n();
    let Sent {
        view,
        reference,
        csrf,
        changed,
    } = sent;
    let number = view.number;
    let form: StayForm = serde_json::from_value(view.form.clone()).unwrap_or_default();
    // An accepted registration changes by the host's report or request.
    let stay_changes = (view.status == ApplicationStatus::Accepted)
        .then(|| {
            let stay = RegisteredStay {
                entry_date: CalendarDate::parse(&form.entry_date)?,
                stay_days: latest_stay_days(&form, &view.stay_changes),
            };
            Some((stay, view.stay_changes.clone()))
        })
        .flatten();
    let visa_until = form
        .has_visa
        .then(|| CalendarDate::parse(&form.visa_until))
        .flatten();
    let citizenship = reference
        .name(ReferenceList::Countries, &form.citizenship, i18n.lang())
        .unwrap_or(&form.citizenship)
        .to_owned();
    let entry_date = CalendarDate::parse(&form.entry_date)
        .map(|d| d.to_string())
        .unwrap_or_default();
    view! {
        <SummaryList>
            <SummaryRow key=Msg::ForeignerNameColumn>{format!("{} {}", form.name, form.surname)}</SummaryRow>
            <SummaryRow key=Msg::CitizenshipLabel>{citizenship}</SummaryRow>
            <SummaryRow key=Msg::PassportNumberLabel>{form.passport_number.clone()}</SummaryRow>
            <SummaryRow key=Msg::EntryDateLabel>{entry_date}</SummaryRow>
            <SummaryRow key=Msg::StayDaysLabel>{form.stay_days.clone()}</SummaryRow>
        </SummaryList>
        {stay_changes.map(|(stay, changes)| view! {
            <StayChanges number stay visa_until changes csrf changed/>
        })}
    }
    .into_any()
}

/// The stay's days as registered, or as the last accepted extension made them.
fn latest_stay_days(form: &StayForm, changes: &[StayChangeView]) -> u32 {
    changes
        .iter()
        .rev()
        .find_map(|c| match (&c.change, c.status) {
            (StayChange::Extension { stay_days, .. }, StayChangeStatus::Accepted) => {
                Some(*stay_days)
            }
            _ => None,
        })
        .unwrap_or_else(|| form.stay_days.trim().parse().unwrap_or_default())
}

/// Every step's answers, as the rules read them at submit.
fn for_officer(case: ForOfficer) -> AnyView {
    let form: StayForm = serde_json::from_value(case.view.form).unwrap_or_default();
    case.summary
        .and_then(|summary| serde_json::from_value::<StaySummary>(summary).ok())
        .map(|stay| view! { <Review stay scan=form.scan reference=case.reference step=None/> })
        .into_any()
}
