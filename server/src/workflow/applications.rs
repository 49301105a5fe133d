//! An application's steps — submit, withdraw, take, the agency's decision — and what the
//! applicant and the agency are told of them, of a check that waits and of lateness.

use std::collections::BTreeMap;

use app::api::{ApplicationAction, ApplicationStatus, OfficerRole};
use app::domain::{AgencyNumber, ApplicationNumber, Phone};

use super::notices::{email, to_applicant};
use crate::notify::Template;
use crate::store::{OfficeError, Outgoing, Recipient, Standing, Step, Store};

/// The step `action` takes from `from`, for someone who saw `version`; none where the status
/// machine has no such step.
pub fn step(from: ApplicationStatus, version: i64, action: ApplicationAction) -> Option<Step> {
    from.after(action).map(|to| Step { from, to, version })
}

/// The step an officer's `action` takes on the application as it stands, if they saw its
/// latest version.
pub fn office_step(
    standing: &Standing,
    version: i64,
    action: ApplicationAction,
) -> Result<Step, OfficeError> {
    if standing.version != version {
        return Err(OfficeError::Stale);
    }
    step(standing.status, version, action).ok_or(OfficeError::NotAllowed)
}

/// Taking the application into review; one already in review, handed to a colleague, stays
/// in review.
pub fn take_step(standing: &Standing, version: i64) -> Result<Step, OfficeError> {
    match office_step(standing, version, ApplicationAction::Take) {
        Err(OfficeError::NotAllowed) if standing.status == ApplicationStatus::InReview => {
            Ok(Step {
                from: standing.status,
                to: standing.status,
                version,
            })
        }
        taken => taken,
    }
}

/// The application as it stands, if it is the agency's and was sent (a draft is the
/// applicant's alone).
pub async fn at_agency(
    store: &Store,
    agency: AgencyNumber,
    number: &ApplicationNumber,
) -> Result<Standing, OfficeError> {
    store
        .standing(number)
        .await?
        .filter(|s| s.agency == agency && s.status != ApplicationStatus::Draft)
        .ok_or(OfficeError::NotFound)
}

/// Whom the applicant's messages about an application go to: the address given with it,
/// else the account's.
pub async fn applicant(
    store: &Store,
    account_id: i64,
    email_to: Option<&str>,
) -> anyhow::Result<Recipient> {
    let mut applicant = store
        .recipient(account_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the applicant's account {account_id} is gone"))?;
    if let Some(address) = email_to {
        applicant.email = Some(address.to_owned());
    }
    Ok(applicant)
}

/// The receipt (rule 7.1.2): the service's e-mail, and a text to each number the applicant
/// gave.
pub fn received(
    applicant: &Recipient,
    template: Template,
    number: &ApplicationNumber,
    link: &str,
    text_to: &[Phone],
    status: ApplicationStatus,
) -> Vec<Outgoing> {
    to_applicant(
        applicant,
        text_to,
        (template, Template::ApplicationReceivedText),
        Some(status),
        &about(number, link),
    )
}

/// The applicant told of the agency's decision and its note (rule 6.3).
pub fn decided(
    applicant: &Recipient,
    number: &ApplicationNumber,
    note: Option<&str>,
    link: &str,
    text_to: &[Phone],
    status: ApplicationStatus,
) -> Vec<Outgoing> {
    let mut values = about(number, link);
    values.insert("note".to_owned(), note.unwrap_or_default().to_owned());
    to_applicant(
        applicant,
        text_to,
        (Template::ApplicationStatus, Template::ApplicationStatusText),
        Some(status),
        &values,
    )
}

/// The applicant told of the agency's answer to their complaint.
pub fn complaint_answered(
    applicant: &Recipient,
    number: &ApplicationNumber,
    answer: &str,
    link: &str,
) -> Vec<Outgoing> {
    let mut values = about(number, link);
    values.insert("note".to_owned(), answer.to_owned());
    email(applicant, Template::ComplaintAnswered, None, &values)
        .into_iter()
        .collect()
}

/// Tells the applicant, once, that the check waits for a system that is down; whether they
/// were told now.
pub async fn tell_delayed(
    store: &Store,
    number: &ApplicationNumber,
    link: &str,
    text_to: &[Phone],
) -> anyhow::Result<bool> {
    let Some(standing) = store.standing(number).await? else {
        return Ok(false);
    };
    let messages = to_applicant(
        &standing.applicant,
        text_to,
        (
            Template::ApplicationDelayed,
            Template::ApplicationDelayedText,
        ),
        None,
        &about(number, link),
    );
    Ok(store.tell_delayed(number, &messages).await?)
}

/// Tells, once, the applicant and the agency — the officer working it, else the agency's
/// supervisors — that the application waits past its due date; whether they were told now.
pub async fn tell_overdue(
    store: &Store,
    number: &ApplicationNumber,
    (citizen_link, office_link): (&str, &str),
) -> anyhow::Result<bool> {
    let Some(standing) = store.standing(number).await? else {
        return Ok(false);
    };
    let values = |link: &str| {
        let mut values = about(number, link);
        let due = standing.due_on.map(|due| due.to_string());
        values.insert("due".to_owned(), due.unwrap_or_default());
        values
    };
    let mut messages: Vec<Outgoing> = email(
        &standing.applicant,
        Template::ApplicationOverdue,
        None,
        &values(citizen_link),
    )
    .into_iter()
    .collect();
    let officers = store.officers(standing.agency).await?;
    let told = officers.iter().filter(|officer| {
        officer.active
            && match standing.assigned_to {
                Some(assigned) => officer.account_id == assigned,
                None => officer.role == OfficerRole::Supervisor,
            }
    });
    for officer in told {
        if let Some(recipient) = store.recipient(officer.account_id).await? {
            messages.extend(email(
                &recipient,
                Template::CaseOverdue,
                None,
                &values(office_link),
            ));
        }
    }
    Ok(store.tell_overdue(number, &messages).await?)
}

fn about(number: &ApplicationNumber, link: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("number".to_owned(), number.to_string()),
        ("link".to_owned(), link.to_owned()),
    ])
}

#[cfg(test)]
mod tests {
    use app::domain::{AgencyNumber, Lang};

    use super::*;

    fn standing(status: ApplicationStatus, version: i64) -> Standing {
        Standing {
            agency: AgencyNumber::new(7).expect("an agency"),
            status,
            version,
            due_on: None,
            assigned_to: None,
            applicant: Recipient {
                account: 1,
                email: Some("aysel@example.az".to_owned()),
                name: "Aysel".to_owned(),
                lang: Lang::En,
            },
        }
    }

    #[test]
    fn an_officer_who_saw_an_older_version_is_told_so_before_anything_else() {
        let accepted = standing(ApplicationStatus::Accepted, 4);
        assert!(matches!(
            office_step(&accepted, 3, ApplicationAction::Accept),
            Err(OfficeError::Stale)
        ));
        assert!(matches!(
            office_step(&accepted, 4, ApplicationAction::Accept),
            Err(OfficeError::NotAllowed)
        ));
        let step = office_step(
            &standing(ApplicationStatus::Submitted, 2),
            2,
            ApplicationAction::Return,
        )
        .expect("a sent application can be returned");
        assert_eq!(
            (step.from, step.to, step.version),
            (ApplicationStatus::Submitted, ApplicationStatus::Returned, 2)
        );
    }

    #[test]
    fn handing_over_one_in_review_keeps_it_in_review_and_a_decided_one_is_not_taken() {
        let step = take_step(&standing(ApplicationStatus::InReview, 5), 5).expect("handed over");
        assert_eq!(
            (step.from, step.to),
            (ApplicationStatus::InReview, ApplicationStatus::InReview)
        );
        let step = take_step(&standing(ApplicationStatus::Resubmitted, 1), 1).expect("taken");
        assert_eq!(step.to, ApplicationStatus::InReview);
        assert!(matches!(
            take_step(&standing(ApplicationStatus::Refused, 1), 1),
            Err(OfficeError::NotAllowed)
        ));
    }

    #[test]
    fn a_decision_is_texted_to_each_number_then_mailed_in_the_applicants_language() {
        let applicant = standing(ApplicationStatus::InReview, 1).applicant;
        let number = ApplicationNumber::parse("2026-000123").expect("a number");
        let phones = [Phone::parse("+994501234567").expect("a phone")];
        let told = decided(
            &applicant,
            &number,
            Some("Sənəd oxunmur"),
            "https://qapi.example/applications/2026-000123",
            &phones,
            ApplicationStatus::Returned,
        );
        assert_eq!(told.len(), 2);
        assert_eq!(told[0].to, "+994501234567");
        assert_eq!(told[0].template, Template::ApplicationStatusText);
        assert_eq!(told[1].to, "aysel@example.az");
        assert_eq!(told[1].template, Template::ApplicationStatus);
        let mail = &told[1].values;
        assert_eq!(mail["name"], "Aysel");
        assert_eq!(mail["number"], "2026-000123");
        assert_eq!(mail["note"], "Sənəd oxunmur");
        assert_eq!(
            mail["status"],
            ApplicationStatus::Returned.msg().text(Lang::En)
        );
        assert!(
            told.iter()
                .all(|m| m.lang == Lang::En && m.account == Some(1))
        );
    }

    #[test]
    fn an_applicant_without_an_address_is_texted_only() {
        let mut applicant = standing(ApplicationStatus::Draft, 0).applicant;
        applicant.email = None;
        let number = ApplicationNumber::parse("2026-000001").expect("a number");
        let phones = [Phone::parse("+994551112233").expect("a phone")];
        let told = received(
            &applicant,
            Template::ApplicationReceived,
            &number,
            "https://qapi.example/applications/2026-000001",
            &phones,
            ApplicationStatus::Submitted,
        );
        assert_eq!(told.len(), 1);
        assert_eq!(told[0].template, Template::ApplicationReceivedText);
        assert!(!told[0].values.contains_key("name"));
    }
}
