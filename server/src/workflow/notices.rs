//! Messages written for a recipient: in their language, with their name, and an application's
//! status named as they read it.

use std::collections::BTreeMap;

use app::api::ApplicationStatus;
use app::domain::Phone;

use crate::notify::Template;
use crate::store::{Outgoing, Recipient};

/// The e-mail telling `to` by `template`, or none when they have no address.
pub fn email(
    to: &Recipient,
    template: Template,
    status: Option<ApplicationStatus>,
    values: &BTreeMap<String, String>,
) -> Option<Outgoing> {
    let address = to.email.clone()?;
    let mut written = BTreeMap::from([("name".to_owned(), to.name.clone())]);
    written.extend(values.clone());
    Some(message(to, address, template, status, written))
}

/// The texts telling `to` by `template` at each of `phones`.
fn texts(
    to: &Recipient,
    phones: &[Phone],
    template: Template,
    status: Option<ApplicationStatus>,
    values: &BTreeMap<String, String>,
) -> Vec<Outgoing> {
    phones
        .iter()
        .map(|phone| {
            message(
                to,
                phone.as_str().to_owned(),
                template,
                status,
                values.clone(),
            )
        })
        .collect()
}

/// What an applicant is told of their application: a text to each number they gave, then the
/// e-mail.
pub fn to_applicant(
    applicant: &Recipient,
    phones: &[Phone],
    (email_template, text_template): (Template, Template),
    status: Option<ApplicationStatus>,
    values: &BTreeMap<String, String>,
) -> Vec<Outgoing> {
    let mut told = texts(applicant, phones, text_template, status, values);
    told.extend(email(applicant, email_template, status, values));
    told
}

fn message(
    to: &Recipient,
    address: String,
    template: Template,
    status: Option<ApplicationStatus>,
    mut values: BTreeMap<String, String>,
) -> Outgoing {
    if let Some(status) = status {
        values.insert("status".into(), status.msg().text(to.lang).to_owned());
    }
    Outgoing {
        account: Some(to.account),
        to: address,
        template,
        lang: to.lang,
        values,
    }
}
