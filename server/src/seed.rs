//! The data the portal starts with: the 2011 list of e-services (extracted once from the seed
//! document by `tools/extract_catalogue.py`), the regulations the seeds describe, and the
//! forms' reference lists (`data/reference.json`, which names its sources).

use std::collections::HashMap;

use app::api::{OfficerRole, ReferenceData, ReferenceItem, ReferenceList, Regulation, ServiceKind};
use app::domain::{AgencyNumber, CalendarDate, Email, Fin, Lang, ServiceNumber, Text};
use app::forms::FormDefinition;
use serde::Deserialize;

use crate::identity::password;
use crate::store::{AccountRecord, NewOfficer, Store};

const CATALOGUE: &str = include_str!("../data/catalogue.json");
const REGULATIONS: &str = include_str!("../data/regulations.json");
const REFERENCE: &str = include_str!("../data/reference.json");

#[derive(Deserialize)]
struct ReferenceSeed {
    lists: HashMap<String, Vec<ReferenceSeedItem>>,
}

#[derive(Deserialize)]
struct ReferenceSeedItem {
    code: String,
    az: String,
    en: String,
    ru: String,
}

/// The reference lists a new database starts with; every list the forms use must be there.
pub fn reference() -> anyhow::Result<ReferenceData> {
    let seed: ReferenceSeed = serde_json::from_str(REFERENCE)?;
    let mut data = ReferenceData::default();
    for (name, items) in seed.lists {
        let list = ReferenceList::from_slug(&name)
            .ok_or_else(|| anyhow::anyhow!("reference.json has an unknown list {name}"))?;
        let items = items
            .into_iter()
            .map(|i| ReferenceItem {
                code: i.code,
                name: Text {
                    az: i.az,
                    en: i.en,
                    ru: i.ru,
                },
            })
            .collect();
        data.lists.insert(list, items);
    }
    for list in ReferenceList::ALL {
        anyhow::ensure!(
            data.lists.contains_key(&list),
            "reference.json lacks {}",
            list.slug()
        );
    }
    Ok(data)
}

#[derive(Debug, Deserialize)]
pub struct CatalogueSeed {
    pub agencies: Vec<AgencySeed>,
    #[serde(skip)]
    pub regulations: HashMap<ServiceNumber, Regulation>,
}

#[derive(Debug, Deserialize)]
pub struct AgencySeed {
    pub number: AgencyNumber,
    pub name: Text,
    pub services: Vec<ServiceSeed>,
}

#[derive(Debug, Deserialize)]
pub struct ServiceSeed {
    pub number: ServiceNumber,
    pub title: Text,
    pub kind: ServiceKind,
    pub kind_derived: bool,
    pub in_2011_list: bool,
    /// An "E-müraciət" service (rules 11.6–11.7): applying writes a letter to its agency.
    #[serde(default)]
    pub correspondence: bool,
}

impl CatalogueSeed {
    pub fn load() -> anyhow::Result<Self> {
        let mut seed: CatalogueSeed = serde_json::from_str(CATALOGUE)?;
        let regulations: HashMap<String, Regulation> = serde_json::from_str(REGULATIONS)?;
        for (number, regulation) in regulations {
            let number = ServiceNumber::parse(&number).ok_or_else(|| {
                anyhow::anyhow!("regulations.json: {number:?} is not a service number")
            })?;
            seed.regulations.insert(number, regulation);
        }
        Ok(seed)
    }
}

/// Development and demo only: application forms of services of the 2011 list, so that they
/// open online in a demo. Demo content, not an agency's legal text; each says so (`demo`).
const DEMO_FORMS: [(&str, &str); 10] = [
    ("9.5", include_str!("../data/forms/9.5.json")),
    ("10.12", include_str!("../data/forms/10.12.json")),
    ("10.17", include_str!("../data/forms/10.17.json")),
    ("10.22", include_str!("../data/forms/10.22.json")),
    ("16.1", include_str!("../data/forms/16.1.json")),
    ("20.6", include_str!("../data/forms/20.6.json")),
    ("20.8", include_str!("../data/forms/20.8.json")),
    ("33.1", include_str!("../data/forms/33.1.json")),
    ("33.2", include_str!("../data/forms/33.2.json")),
    ("33.9", include_str!("../data/forms/33.9.json")),
];

/// Publishes each demo form as its service's first version where the service has none.
pub async fn demo_forms(store: &Store) -> anyhow::Result<()> {
    for (service, json) in DEMO_FORMS {
        let number = ServiceNumber::parse(service)
            .ok_or_else(|| anyhow::anyhow!("demo form of {service}: not a service number"))?;
        let definition = FormDefinition::parse(&serde_json::from_str(json)?)
            .map_err(|problems| anyhow::anyhow!("demo form of {service}: {problems:?}"))?;
        if store
            .seed_form(number, &serde_json::to_value(&definition)?)
            .await?
        {
            tracing::info!(%service, "published the demo form");
        }
    }
    Ok(())
}

/// Development and demo only: approved regulations of the services whose demo forms open them,
/// and a draft of a new version of one in public discussion. Demo content, not legal text:
/// each says so in its content and its `source`.
const DEMO_REGULATIONS: &str = include_str!("../data/demo_regulations.json");

/// How long the demo draft stays in discussion, counted from the day the demo data is made.
const DEMO_DISCUSSION_DAYS: i64 = 30;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoRegulations {
    approved: HashMap<String, Regulation>,
    discussion: DemoDiscussion,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoDiscussion {
    service: String,
    regulation: Regulation,
}

fn demo_regulations_data() -> anyhow::Result<DemoRegulations> {
    Ok(serde_json::from_str(DEMO_REGULATIONS)?)
}

/// Approves each demo regulation as its service's first version where the service has none,
/// on `today`; the demo draft goes to discussion with the approval it amends, so that an
/// approved demo draft does not come back at the next start.
pub async fn demo_regulations(store: &Store, today: CalendarDate) -> anyhow::Result<()> {
    let demo = demo_regulations_data()?;
    for (service, regulation) in &demo.approved {
        let number = ServiceNumber::parse(service)
            .ok_or_else(|| anyhow::anyhow!("demo regulation of {service}: not a service number"))?;
        if !store.seed_regulation(number, regulation, today).await? {
            continue;
        }
        tracing::info!(%service, "approved the demo regulation");
        if *service == demo.discussion.service
            && store
                .seed_regulation_discussion(
                    number,
                    &demo.discussion.regulation,
                    today,
                    today.plus_days(DEMO_DISCUSSION_DAYS),
                )
                .await?
        {
            tracing::info!(%service, "put the demo draft regulation to discussion");
        }
    }
    Ok(())
}

/// Development and demo only: the back office's demo officers. Their password and
/// authenticator keys are published in the README; production refuses the setting.
pub const DEMO_OFFICER_PASSWORD: &str = "Demo-officer-2026";

/// (address, FIN, surname, name, role, agency, authenticator key); the FIN is what their
/// e-signature certificate names (the simulated signing service issues it, rule 12.1).
const DEMO_OFFICERS: [(&str, &str, &str, &str, OfficerRole, u16, &str); 15] = [
    (
        "officer@demo.qapi.az",
        "9QAPI01",
        "Məmmədova",
        "Leyla",
        OfficerRole::Officer,
        33,
        "QAPIDEMOOFFICERMIGRATION22222222",
    ),
    (
        "supervisor@demo.qapi.az",
        "9QAPI02",
        "Həsənov",
        "Rauf",
        OfficerRole::Supervisor,
        33,
        "QAPIDEMOSUPERVISORMIGRATION33333",
    ),
    (
        "admin@demo.qapi.az",
        "9QAPI03",
        "Quliyeva",
        "Nərgiz",
        OfficerRole::Administrator,
        33,
        "QAPIDEMOADMINMIGRATION4444444444",
    ),
    (
        "azerisiq@demo.qapi.az",
        "9QAPI04",
        "Babayev",
        "Elçin",
        OfficerRole::Officer,
        42,
        "QAPIDEMOOFFICERAZERISIQ555555555",
    ),
    (
        "customs@demo.qapi.az",
        "9QAPI05",
        "Əliyev",
        "Tural",
        OfficerRole::Officer,
        7,
        "QAPIDEMOOFFICERCUSTOMS7777777777",
    ),
    (
        "customs.supervisor@demo.qapi.az",
        "9QAPI06",
        "Səfərova",
        "Günel",
        OfficerRole::Supervisor,
        7,
        "QAPIDEMOSUPERVISORCUSTOMS6666666",
    ),
    // The registry operators sit at agency 20, the Ministry of Communications and Information
    // Technologies: point 3 of the 2011 decision gives it the registry operator's functions.
    // Two of them, so that the two Playwright projects running at once each have their own
    // (an authenticator code is accepted once).
    (
        "registry@demo.qapi.az",
        "9QAPI07",
        "Nağıyev",
        "Kamran",
        OfficerRole::RegistryOperator,
        20,
        "QAPIDEMOREGISTRYOPERATORRABITA22",
    ),
    (
        "registry2@demo.qapi.az",
        "9QAPI08",
        "Kərimova",
        "Səbinə",
        OfficerRole::RegistryOperator,
        20,
        "QAPIDEMOREGISTRYSECONDRABITA3333",
    ),
    // The ministry's own supervisor, who files registry applications for its services.
    (
        "rabita.supervisor@demo.qapi.az",
        "9QAPI09",
        "Rzayev",
        "Orxan",
        OfficerRole::Supervisor,
        20,
        "QAPIDEMOSUPERVISORRABITA44444444",
    ),
    // The migration service's service editor ("xidmət redaktoru"), who builds its forms and
    // works no applications.
    (
        "forms@demo.qapi.az",
        "9QAPI10",
        "Cəfərova",
        "Aynur",
        OfficerRole::FormEditor,
        33,
        "QAPIDEMOFORMEDITORMIGRATION55555",
    ),
    // An officer for each other agency whose demo form opens a service (server/data/forms/):
    // justice (9.5), internal affairs (10.12, 10.17, 10.22), culture (16.1).
    (
        "justice@demo.qapi.az",
        "9QAPI11",
        "Rüstəmov",
        "Fərid",
        OfficerRole::Officer,
        9,
        "QAPIDEMOOFFICERJUSTICE3333333333",
    ),
    (
        "police@demo.qapi.az",
        "9QAPI12",
        "İsmayılova",
        "Lalə",
        OfficerRole::Officer,
        10,
        "QAPIDEMOOFFICERPOLICE44444444444",
    ),
    // The justice ministry's and the culture ministry's supervisors, who write their agencies'
    // regulations (rules 9.1–9.8); each Playwright project has its own.
    (
        "justice.supervisor@demo.qapi.az",
        "9QAPI13",
        "Əhmədova",
        "Səadət",
        OfficerRole::Supervisor,
        9,
        "QAPIDEMOSUPERVISORJUSTICE7777777",
    ),
    (
        "culture.supervisor@demo.qapi.az",
        "9QAPI14",
        "Məlikov",
        "Tofiq",
        OfficerRole::Supervisor,
        16,
        "QAPIDEMOSUPERVISORCULTURE2222222",
    ),
    (
        "culture@demo.qapi.az",
        "9QAPI15",
        "Abbasov",
        "Vüqar",
        OfficerRole::Officer,
        16,
        "QAPIDEMOOFFICERCULTURE6666666666",
    ),
];

/// A demo officer's surname and name by the FIN of their signing certificate.
pub fn demo_officer(fin: &Fin) -> Option<(&'static str, &'static str)> {
    DEMO_OFFICERS
        .iter()
        .find(|(_, officer, ..)| *officer == fin.as_str())
        .map(|(_, _, surname, name, ..)| (*surname, *name))
}

/// Adds the demo officers a database does not have yet (a demo database made before an
/// officer was added to the list gets that one), and gives those it has their FIN.
pub async fn demo_officers(store: &Store) -> anyhow::Result<()> {
    let present: Vec<String> = store
        .demo_officer_keys()
        .await?
        .into_iter()
        .map(|(email, ..)| email)
        .collect();
    // Normally none: one read at start rather than a write per officer.
    let without_fin = store.demo_officers_without_fin().await?;
    let mut hash = None;
    for (email, fin, surname, name, role, agency, key) in DEMO_OFFICERS {
        let email = Email::parse(email).ok_or_else(|| anyhow::anyhow!("{email} is an address"))?;
        let fin = Fin::parse(fin).ok_or_else(|| anyhow::anyhow!("{fin} is a FIN"))?;
        if present.iter().any(|p| p == email.as_str()) {
            if without_fin.iter().any(|w| w == email.as_str()) {
                store.give_demo_officer_fin(&email, &fin).await?;
            }
            continue;
        }
        let hash = match &hash {
            Some(hash) => hash,
            None => hash.insert(password::hash(DEMO_OFFICER_PASSWORD.to_owned()).await?),
        };
        let agency =
            AgencyNumber::new(agency).ok_or_else(|| anyhow::anyhow!("{agency} is an agency"))?;
        store
            .add_demo_officer(
                &NewOfficer {
                    account: AccountRecord {
                        email: &email,
                        surname,
                        name,
                        fin: None,
                        lang: Lang::Az,
                    },
                    signing_fin: Some(&fin),
                    role,
                    agency,
                    totp_secret: key,
                },
                hash,
            )
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use app::forms::FieldKind;

    use super::*;

    fn seed() -> CatalogueSeed {
        CatalogueSeed::load().unwrap()
    }

    #[test]
    fn the_2011_list_has_285_services_under_41_agencies() {
        let seed = seed();
        let listed: Vec<&ServiceSeed> = seed
            .agencies
            .iter()
            .flat_map(|a| &a.services)
            .filter(|s| s.in_2011_list)
            .collect();
        assert_eq!(listed.len(), 285);
        let agencies: Vec<u16> = seed
            .agencies
            .iter()
            .filter(|a| a.services.iter().any(|s| s.in_2011_list))
            .map(|a| a.number.get())
            .collect();
        assert_eq!(agencies, (1..=41).collect::<Vec<_>>());
    }

    #[test]
    fn numbers_are_contiguous_within_each_agency() {
        for agency in seed().agencies {
            for (i, service) in agency.services.iter().enumerate() {
                assert_eq!(service.number.agency(), agency.number, "{}", service.number);
                assert_eq!(
                    usize::from(service.number.position()),
                    i + 1,
                    "{}",
                    service.number
                );
            }
        }
    }

    #[test]
    fn every_reference_list_is_there_with_azerbaijan_among_the_countries() {
        let data = reference().unwrap();
        assert!(data.knows(ReferenceList::Countries, "AZ"));
        assert!(data.knows(ReferenceList::ForeignDocumentTypes, "passport"));
        assert!(data.lists[&ReferenceList::Regions].len() > 70);
    }

    #[test]
    fn the_other_seeds_services_are_added_and_marked() {
        let seed = seed();
        let find = |n: &str| {
            let n = ServiceNumber::parse(n).unwrap();
            seed.agencies
                .iter()
                .flat_map(|a| &a.services)
                .find(|s| s.number == n)
                .unwrap()
        };
        assert!(find("33.10").title.az.starts_with("Cərimələrin internet"));
        for (number, title) in [
            ("33.11", "Olduğu yer üzrə qeydiyyata alınma"),
            (
                "7.8",
                "Rəsmiləşdirmə üçün tələb olunan sənədlərin surətləri",
            ),
            ("42.1", "Borcun araşdırılması"),
        ] {
            let service = find(number);
            assert!(service.title.az.starts_with(title), "{number}");
            assert!(
                !service.in_2011_list
                    && !service.kind_derived
                    && service.kind == ServiceKind::Interactive
            );
        }
    }

    #[test]
    fn every_name_is_translated() {
        for agency in seed().agencies {
            assert!(
                agency.name.all().iter().all(|t| !t.trim().is_empty()),
                "{}",
                agency.number
            );
            for service in agency.services {
                assert!(
                    service.title.all().iter().all(|t| !t.trim().is_empty()),
                    "{}",
                    service.number
                );
            }
        }
    }

    #[test]
    fn regulations_belong_to_listed_services() {
        let seed = seed();
        for number in seed.regulations.keys() {
            assert!(
                seed.agencies
                    .iter()
                    .flat_map(|a| &a.services)
                    .any(|s| s.number == *number),
                "{number}"
            );
        }
        assert_eq!(seed.regulations.len(), 4);
    }

    #[test]
    fn every_demo_regulation_is_complete_demo_content_of_a_service_with_a_demo_form() {
        let demo = demo_regulations_data().unwrap();
        let forms: Vec<&str> = DEMO_FORMS.iter().map(|(service, _)| *service).collect();
        let mut services: Vec<&str> = demo.approved.keys().map(String::as_str).collect();
        services.sort_unstable();
        let mut expected = forms.clone();
        expected.sort_unstable();
        assert_eq!(services, expected, "one approved regulation per demo form");
        let drafts = std::iter::once((&demo.discussion.service, &demo.discussion.regulation));
        for (service, regulation) in demo.approved.iter().chain(drafts) {
            assert_eq!(regulation.problems(), Vec::new(), "{service} lacks nothing");
            assert_eq!(regulation.source.as_deref(), Some("demo"), "{service}");
            let content = regulation.content.as_ref().unwrap();
            assert!(
                content.az.starts_with("Nümunə məzmun"),
                "{service} says it is demo content"
            );
        }
        assert!(demo.approved.contains_key(&demo.discussion.service));
    }

    #[test]
    fn every_demo_form_is_sound_demo_content_of_an_interactive_service_built_as_data() {
        let catalogue = CatalogueSeed::load().unwrap();
        for (service, json) in DEMO_FORMS {
            let number = ServiceNumber::parse(service).unwrap();
            let definition = FormDefinition::parse(&serde_json::from_str(json).unwrap())
                .unwrap_or_else(|problems| panic!("{service}: {problems:?}"));
            assert!(definition.demo, "{service} says it is demo content");
            assert!(
                app::services::hand_built(number).is_none(),
                "{service} is built by hand"
            );
            let listed = catalogue
                .agencies
                .iter()
                .flat_map(|agency| &agency.services)
                .find(|s| s.number == number)
                .unwrap_or_else(|| panic!("{service} is in the catalogue"));
            assert_eq!(listed.kind, ServiceKind::Interactive, "{service}");
        }
    }

    /// Every field of a definition, the members of its groups among them.
    fn every_field(definition: &FormDefinition) -> Vec<&app::forms::Field> {
        definition
            .fields()
            .flat_map(|field| {
                let members: Vec<&app::forms::Field> = match &field.kind {
                    FieldKind::Group { fields, .. } => fields.iter().collect(),
                    _ => Vec::new(),
                };
                std::iter::once(field).chain(members)
            })
            .collect()
    }

    #[test]
    fn the_demo_forms_span_agencies_and_show_a_group_a_condition_and_a_required_upload() {
        let forms: Vec<(ServiceNumber, FormDefinition)> = DEMO_FORMS
            .into_iter()
            .map(|(service, json)| {
                let definition = FormDefinition::parse(&serde_json::from_str(json).unwrap())
                    .unwrap_or_else(|problems| panic!("{service}: {problems:?}"));
                (ServiceNumber::parse(service).unwrap(), definition)
            })
            .collect();
        let mut agencies: Vec<u16> = forms.iter().map(|(n, _)| n.agency().get()).collect();
        agencies.sort_unstable();
        agencies.dedup();
        assert!(
            agencies.len() >= 4,
            "the demo forms' agencies: {agencies:?}"
        );
        let fields: Vec<&app::forms::Field> =
            forms.iter().flat_map(|(_, d)| every_field(d)).collect();
        assert!(
            fields
                .iter()
                .any(|f| matches!(f.kind, FieldKind::Group { .. })),
            "a repeatable group"
        );
        assert!(
            fields.iter().any(|f| f.show_when.is_some())
                || forms
                    .iter()
                    .any(|(_, d)| d.pages.iter().any(|p| p.show_when.is_some())),
            "a show-when condition"
        );
        assert!(
            fields
                .iter()
                .any(|f| f.required && matches!(f.kind, FieldKind::Documents { .. })),
            "a required documents field"
        );
    }

    #[test]
    fn every_agency_with_a_demo_form_has_a_demo_officer_to_work_its_applications() {
        for (service, _) in DEMO_FORMS {
            let agency = ServiceNumber::parse(service).unwrap().agency().get();
            assert!(
                DEMO_OFFICERS
                    .iter()
                    .any(|(_, _, _, _, role, at, _)| *at == agency && role.works_applications()),
                "{service}: no demo officer of agency {agency} works applications"
            );
        }
    }

    #[test]
    fn the_demo_officers_have_their_own_addresses_and_keys() {
        for (i, (email, fin, .., key)) in DEMO_OFFICERS.iter().enumerate() {
            assert!(email.ends_with("@demo.qapi.az"), "{email}");
            assert_eq!(key.len(), 32, "{email}");
            assert!(Fin::parse(fin).is_some(), "{email}: {fin}");
            for (other, other_fin, .., other_key) in &DEMO_OFFICERS[i + 1..] {
                assert_ne!(email, other);
                assert_ne!(fin, other_fin, "{email} and {other}");
                assert_ne!(key, other_key, "{email} and {other}");
            }
        }
    }
}
