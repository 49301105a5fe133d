//! The hand-built services, each registered here by one line: what client and server both know
//! of it. Its pages live in its area's folder (`app/src/<area>/`), its rules at submit in
//! `server/src/services/`; nothing else matches on a service's number.

use crate::api::{
    CUSTOMS_COPIES, CUSTOMS_FIELDS, DEBT_CERTIFICATE, PAY_FINES, PLACE_OF_STAY, STAY_FIELDS,
    ServiceCard,
};
use crate::area::Area;
use crate::domain::ServiceNumber;
use crate::i18n::Msg;

/// One hand-built service.
pub struct HandBuilt {
    /// Its number in the catalogue, such as `33.11`.
    pub number: &'static str,
    /// The part of the client that holds its online flow.
    pub area: Area,
    /// The name of its flow's page (`ClientRoute::page_name` of its "Müraciət et" address):
    /// the lazy part of the area's module that draws it, where the area has parts.
    pub page: &'static str,
    /// The lazy part of the cabinet's module that draws the page of an application of it, if it
    /// has such pages: the name its `application.rs` gives `applicant_part!`, which fails to
    /// compile if the two differ. The server preloads it on a deep link to the application, whose
    /// address does not say the service.
    pub application_part: Option<&'static str>,
    /// The fields of its form an officer can mark when returning an application, with their
    /// labels; none for a service whose form has nothing to correct (a fully automated one).
    pub fixable_fields: fn() -> Vec<(&'static str, Msg)>,
}

pub static PLACE_OF_STAY_SERVICE: HandBuilt = HandBuilt {
    number: PLACE_OF_STAY,
    area: Area::PlaceOfStay,
    page: "apply",
    application_part: Some("place_of_stay_application"),
    fixable_fields: || {
        STAY_FIELDS
            .iter()
            .map(|(f, label, _)| (*f, *label))
            .collect()
    },
};

pub static FINES_SERVICE: HandBuilt = HandBuilt {
    number: PAY_FINES,
    area: Area::Public,
    page: "fines",
    application_part: None,
    fixable_fields: Vec::new,
};

pub static DEBT_CERTIFICATE_SERVICE: HandBuilt = HandBuilt {
    number: DEBT_CERTIFICATE,
    area: Area::DebtCertificate,
    page: "apply",
    application_part: Some("debt_certificate_application"),
    fixable_fields: Vec::new,
};

pub static CUSTOMS_COPIES_SERVICE: HandBuilt = HandBuilt {
    number: CUSTOMS_COPIES,
    area: Area::Customs,
    page: "apply",
    application_part: Some("customs_application"),
    fixable_fields: || CUSTOMS_FIELDS.to_vec(),
};

/// The register: a new hand-built service is one more line here.
pub static HAND_BUILT: [&HandBuilt; 4] = [
    &PLACE_OF_STAY_SERVICE,
    &FINES_SERVICE,
    &DEBT_CERTIFICATE_SERVICE,
    &CUSTOMS_COPIES_SERVICE,
];

impl HandBuilt {
    pub fn service_number(&self) -> ServiceNumber {
        ServiceNumber::parse(self.number).expect("a hand-built service's number parses")
    }

    /// Whether the page of an application of this service is the part of this name.
    pub const fn is_drawn_by(&self, part: &str) -> bool {
        match self.application_part {
            Some(name) => same_part(name, part),
            None => false,
        }
    }

    /// Whether an application or a page is of this service.
    pub fn is(&self, number: ServiceNumber) -> bool {
        self.service_number() == number
    }
}

/// The hand-built service of this number, if it is one.
pub fn hand_built(number: ServiceNumber) -> Option<&'static HandBuilt> {
    HAND_BUILT
        .iter()
        .copied()
        .find(|service| service.is(number))
}

/// The area of a service's online flow; a service whose flow is not built yet has its
/// "not open yet" page in the public area.
pub fn area_of(number: ServiceNumber) -> Area {
    hand_built(number).map_or(Area::Public, |service| service.area)
}

/// The name of a service's flow's page: the public area's page of a data-defined service, or
/// the "not open yet" one, for a service not built by hand.
pub fn page_of(number: ServiceNumber) -> &'static str {
    hand_built(number).map_or("apply", |service| service.page)
}

/// The part of the cabinet's module that draws an application of a form defined as data.
pub const DEFINED_FORM_PART: &str = "defined_form";

/// The part of the cabinet's module that draws an application of a service without pages of
/// its own: its progress alone.
pub const OTHER_APPLICATION_PART: &str = "other_application";

/// The part of the cabinet's module that draws the page of an application of this service: a
/// hand-built service's own, `other_application` for one without such pages, and the renderer
/// for every other service, whose applications are all of its form defined as data (an agency
/// cannot define a form for a hand-built service). The client draws the page and the server
/// preloads its part by this one answer.
pub fn application_part(number: ServiceNumber) -> &'static str {
    match hand_built(number) {
        Some(service) => service.application_part.unwrap_or(OTHER_APPLICATION_PART),
        None => DEFINED_FORM_PART,
    }
}

/// Whether two parts' names are the same, at compile time (`applicant_part!`), where `==` on
/// strings cannot run.
pub const fn same_part(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The fields an officer can mark when returning an application of this service.
pub fn fixable_fields(number: ServiceNumber) -> Vec<(&'static str, Msg)> {
    hand_built(number).map_or_else(Vec::new, |service| (service.fixable_fields)())
}

/// Where "Müraciət et" leads on the service's card: an "E-müraciət" service (rules 11.6–11.7,
/// as its registry record says) writes an official letter to its agency rather than starting an
/// application.
pub fn apply_href(service: &ServiceCard) -> String {
    if service.correspondence {
        format!(
            "{}?agency={}",
            crate::routes::ClientRoute::NewLetter.href(),
            service.number.agency()
        )
    } else {
        crate::routes::ClientRoute::Apply(service.number).href()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hand_built_service_has_one_entry_and_a_number_that_parses() {
        for (i, service) in HAND_BUILT.iter().enumerate() {
            let number = service.service_number();
            assert_eq!(hand_built(number).map(|s| s.number), Some(service.number));
            assert!(HAND_BUILT[..i].iter().all(|earlier| !earlier.is(number)));
        }
    }

    #[test]
    fn an_application_is_drawn_by_its_services_part_or_the_renderer() {
        let part = |number| application_part(ServiceNumber::parse(number).unwrap());
        assert_eq!(part(PLACE_OF_STAY), "place_of_stay_application");
        assert_eq!(part(CUSTOMS_COPIES), "customs_application");
        assert_eq!(part(PAY_FINES), "other_application");
        assert_eq!(part("33.1"), "defined_form");
        assert!(PLACE_OF_STAY_SERVICE.is_drawn_by("place_of_stay_application"));
        assert!(!FINES_SERVICE.is_drawn_by(OTHER_APPLICATION_PART));
        assert!(same_part("defined_form", DEFINED_FORM_PART));
        assert!(!same_part("defined_form", "defined_forms"));
    }

    #[test]
    fn a_service_without_a_flow_is_in_the_public_area_with_nothing_to_fix() {
        let unbuilt = ServiceNumber::parse("1.1").unwrap();
        assert_eq!(area_of(unbuilt), Area::Public);
        assert!(fixable_fields(unbuilt).is_empty());
        let customs = ServiceNumber::parse(CUSTOMS_COPIES).unwrap();
        assert_eq!(area_of(customs), Area::Customs);
        assert!(
            fixable_fields(customs)
                .iter()
                .any(|(field, _)| *field == "scan")
        );
    }

    #[test]
    fn an_e_muraciet_card_writes_a_letter_to_its_agency() {
        let card = |number: &str, correspondence| ServiceCard {
            number: ServiceNumber::parse(number).unwrap(),
            registry_number: "ER-000001".into(),
            title: crate::domain::Text::default(),
            kind: crate::api::ServiceKind::Interactive,
            kind_derived: false,
            in_2011_list: true,
            correspondence,
        };
        assert_eq!(apply_href(&card("36.1", true)), "/letters/new?agency=36");
        assert_eq!(apply_href(&card("33.1", false)), "/services/33.1/apply");
    }
}
