//! What the sender and the agency are told of a letter: its receipt, and its lateness.

use std::collections::BTreeMap;

use app::api::OfficerRole;
use app::domain::LetterNumber;

use super::notices::email;
use crate::notify::Template;
use crate::store::{Outgoing, OverdueLetter, Recipient, Store};

/// The letter's receipt to its sender (rule 7.1.2), once it has its number; `agency` is the
/// addressee's name.
pub fn receipt(
    sender: &Recipient,
    number: &LetterNumber,
    subject: &str,
    agency: &str,
    link: &str,
) -> Vec<Outgoing> {
    let values = BTreeMap::from([
        ("number".to_owned(), number.to_string()),
        ("subject".to_owned(), subject.to_owned()),
        ("agency".to_owned(), agency.to_owned()),
        ("link".to_owned(), link.to_owned()),
    ]);
    email(sender, Template::LetterSent, None, &values)
        .into_iter()
        .collect()
}

/// Tells, once, the sender (late, not lost) and the supervisors of the agency holding it
/// that the letter waits past its due date; whether they were told now. `links` are the
/// sender's and the office's addresses of it.
pub async fn tell_overdue(
    store: &Store,
    late: &OverdueLetter,
    (sender_link, office_link): (&str, &str),
) -> anyhow::Result<bool> {
    let values = |link: &str| {
        BTreeMap::from([
            ("number".to_owned(), late.number.to_string()),
            ("subject".to_owned(), late.subject.clone()),
            ("agency".to_owned(), late.agency_name.clone()),
            ("due".to_owned(), late.due_on.to_string()),
            ("link".to_owned(), link.to_owned()),
        ])
    };
    let mut messages = Vec::new();
    if let Some(sender) = store.recipient(late.sender).await? {
        messages.extend(email(
            &sender,
            Template::LetterOverdue,
            None,
            &values(sender_link),
        ));
    }
    let officers = store.officers(late.agency).await?;
    let supervisors = officers
        .iter()
        .filter(|officer| officer.active && officer.role == OfficerRole::Supervisor);
    for supervisor in supervisors {
        if let Some(recipient) = store.recipient(supervisor.account_id).await? {
            messages.extend(email(
                &recipient,
                Template::LetterCaseOverdue,
                None,
                &values(office_link),
            ));
        }
    }
    Ok(store.tell_overdue_letter(late, &messages).await?)
}
