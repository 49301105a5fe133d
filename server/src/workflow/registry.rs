//! What the registry's people are told of an application to the register of services: the
//! operators of a new one, the filing supervisor of its outcome.

use std::collections::BTreeMap;

use app::api::{RegistryApplicationKind, RegistryApplicationView, RegistryRequest};
use app::domain::{CalendarDate, Lang};

use crate::notify::Template;
use crate::store::Notice;

/// A registry operator told, in `lang`, of a new application and when it is due.
pub fn filed(view: &RegistryApplicationView, lang: Lang, link: &str) -> Notice {
    let title = view.title.get(lang);
    let service = match view.service {
        Some(number) => format!("{number} — {title}"),
        None => title.to_owned(),
    };
    let due =
        CalendarDate::parse(&view.due_on).map_or_else(|| view.due_on.clone(), |d| d.to_string());
    Notice {
        template: Template::RegistryFiled,
        values: BTreeMap::from([
            ("application".to_owned(), view.id.to_string()),
            ("agency".to_owned(), view.agency_name.get(lang).to_owned()),
            ("kind".to_owned(), view.kind.msg().text(lang).to_owned()),
            ("service".to_owned(), service),
            ("due".to_owned(), due),
            ("link".to_owned(), link.to_owned()),
        ]),
    }
}

/// The filing supervisor told that the registry did what the application asked; a
/// cancellation names its reason.
pub fn approved(view: &RegistryApplicationView, link: &str) -> Notice {
    let template = match view.kind {
        RegistryApplicationKind::Register => Template::RegistryRegistered,
        RegistryApplicationKind::Amend => Template::RegistryAmended,
        RegistryApplicationKind::Cancel => Template::RegistryCancelled,
    };
    let note = match &view.request {
        RegistryRequest::Cancel { reason, .. } => reason.as_str(),
        _ => "",
    };
    Notice {
        template,
        values: values(view, link, note),
    }
}

/// The filing supervisor told that the registry refused the application, and why.
pub fn refused(view: &RegistryApplicationView, link: &str, reason: &str) -> Notice {
    Notice {
        template: Template::RegistryRefused,
        values: values(view, link, reason),
    }
}

/// Which application, which service under which numbers.
fn values(view: &RegistryApplicationView, link: &str, note: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("application".to_owned(), view.id.to_string()),
        (
            "number".to_owned(),
            view.service.map(|n| n.to_string()).unwrap_or_default(),
        ),
        (
            "registry_number".to_owned(),
            view.registry_number.clone().unwrap_or_default(),
        ),
        // The registry's official language.
        ("title".to_owned(), view.title.az.clone()),
        ("note".to_owned(), note.to_owned()),
        ("link".to_owned(), link.to_owned()),
    ])
}
