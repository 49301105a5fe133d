use serde::{Deserialize, Serialize};

use super::SignatureRule;
use crate::domain::{AgencyNumber, Folded, Lang, Qepik, Score, SearchQuery, ServiceNumber, Text};

/// The API's addresses of the catalogue's public data: the pages read them, and the server
/// preloads the one a page reads first with the page (`ClientRoute::first_read`).
pub const AGENCIES_PATH: &str = "/api/agencies";
pub const CATALOGUE_PATH: &str = "/api/catalogue";

pub fn agency_path(number: AgencyNumber) -> String {
    format!("{AGENCIES_PATH}/{number}")
}

pub fn service_path(number: ServiceNumber) -> String {
    format!("/api/services/{number}")
}

/// Whether a service only informs (open to all) or acts for an identified user (rule 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ServiceKind {
    Informative,
    Interactive,
}

impl ServiceKind {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "informative" => Some(Self::Informative),
            "interactive" => Some(Self::Interactive),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Informative => "informative",
            Self::Interactive => "interactive",
        }
    }
}

/// A service as listed in the catalogue: enough to find it and open its card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ServiceCard {
    pub number: ServiceNumber,
    pub registry_number: String,
    pub title: Text,
    pub kind: ServiceKind,
    /// The 2011 list does not say the kind; it was derived from the title.
    pub kind_derived: bool,
    /// Added from the other seed documents, not one of the 2011 list's 285 services.
    pub in_2011_list: bool,
    /// Official correspondence with the agency ("E-müraciət", rules 11.6–11.7), as the registry
    /// operator marked the record: "Müraciət et" writes a letter to the agency.
    #[serde(default)]
    pub correspondence: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Agency {
    pub number: AgencyNumber,
    pub name: Text,
    pub services: Vec<ServiceCard>,
}

/// An agency as listed on the home page: its name and how many services it offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct AgencySummary {
    pub number: AgencyNumber,
    pub name: Text,
    pub service_count: usize,
}

/// The whole public catalogue: every registered service, grouped by agency in list order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Catalogue {
    pub agencies: Vec<Agency>,
}

/// A search hit: the service and the agency it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SearchHit {
    pub agency: AgencyNumber,
    pub agency_name: Text,
    pub service: ServiceCard,
}

impl Catalogue {
    pub fn service_count(&self) -> usize {
        self.agencies.iter().map(|a| a.services.len()).sum()
    }

    /// Services matching the query, best first, then in list order.
    pub fn search(&self, query: &SearchQuery) -> Vec<SearchHit> {
        self.ranked(|_, agency, service| query.score(service.title.all(), agency.name.all()))
    }

    /// The services `score` scores, best first, then in list order; `score` is given each
    /// service's place (agency, service) with the agency and the service.
    fn ranked(
        &self,
        score: impl Fn((usize, usize), &Agency, &ServiceCard) -> Option<Score>,
    ) -> Vec<SearchHit> {
        let mut hits: Vec<(Score, SearchHit)> = self
            .agencies
            .iter()
            .enumerate()
            .flat_map(|(a, agency)| {
                let score = &score;
                agency
                    .services
                    .iter()
                    .enumerate()
                    .filter_map(move |(s, service)| {
                        let score = score((a, s), agency, service)?;
                        Some((
                            score,
                            SearchHit {
                                agency: agency.number,
                                agency_name: agency.name.clone(),
                                service: service.clone(),
                            },
                        ))
                    })
            })
            .collect();
        hits.sort_by(|(a, x), (b, y)| b.cmp(a).then(x.service.number.cmp(&y.service.number)));
        hits.into_iter().map(|(_, hit)| hit).collect()
    }
}

/// The catalogue with every service's names folded once, for answering many searches over it
/// (the server's); the same answers as `Catalogue::search`.
#[derive(Clone, Debug)]
pub struct SearchableCatalogue {
    catalogue: Catalogue,
    /// Each service's names, in the catalogue's places.
    folded: Vec<Vec<Folded>>,
}

impl SearchableCatalogue {
    pub fn new(catalogue: Catalogue) -> Self {
        let folded = catalogue
            .agencies
            .iter()
            .map(|agency| {
                agency
                    .services
                    .iter()
                    .map(|service| Folded::new(service.title.all(), agency.name.all()))
                    .collect()
            })
            .collect();
        Self { catalogue, folded }
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    pub fn search(&self, query: &SearchQuery) -> Vec<SearchHit> {
        self.catalogue
            .ranked(|(a, s), _, _| query.score_folded(&self.folded[a][s]))
    }
}

/// The administrative regulation of a service (appendix 1 of the 2011 decision). `None` in any
/// field means the agency has not published it yet; the card says so rather than guessing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Regulation {
    pub source: Option<String>,
    pub content: Option<Text>,
    pub legal_basis: Option<Text>,
    pub other_participants: Option<Vec<Text>>,
    pub automation: Option<Automation>,
    pub execution_time: Option<Text>,
    /// The execution time as the deadline counts it: working days after receipt, 0 for the
    /// same day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execution_working_days: Option<u32>,
    pub result: Option<Text>,
    pub payment: Option<ServiceFee>,
    pub users: Option<Vec<UserGroup>>,
    pub where_provided: Option<String>,
    pub information: Option<Text>,
    pub documents_held_by_state: Option<Vec<Text>>,
    pub documents_to_upload: Option<Vec<Text>>,
    pub steps: Option<Vec<Step>>,
    pub grounds_for_refusal: Option<Vec<Text>>,
    /// Who controls the service's provision, and how (appendix 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control: Option<Text>,
    pub complaints: Option<Text>,
    /// The agencies of the catalogue that take part in the service: each agrees to a draft
    /// before it goes to public discussion (rule 9.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participating_agencies: Vec<AgencyNumber>,
    /// Rule 12.2: whether an application must carry the sender's signature.
    #[serde(default, skip_serializing_if = "SignatureRule::is_default")]
    pub signature: SignatureRule,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Automation {
    Full,
    Partial,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
/// Whether a service is free, and what it costs if not.
pub struct ServiceFee {
    pub free: bool,
    pub details: Option<Text>,
    /// The amounts a paid service costs, each with what it is for and the act that sets it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amounts: Vec<FeeAmount>,
    /// How the fee is paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub means: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct FeeAmount {
    pub amount: Qepik,
    pub purpose: Text,
    pub legal_basis: Text,
}

impl ServiceFee {
    /// The payment as one line of plain text in `lang` (`Ödənişli: dövlət rüsumu — 5,00 ₼ (…); …`).
    pub fn shown(&self, lang: Lang) -> String {
        use crate::i18n::Msg;
        let kind = if self.free {
            Msg::PaymentFree
        } else {
            Msg::PaymentPaid
        };
        let mut parts = Vec::new();
        if let Some(details) = &self.details {
            parts.push(details.get(lang).to_owned());
        }
        for amount in &self.amounts {
            parts.push(format!(
                "{} — {} ({})",
                amount.purpose.get(lang),
                amount.amount.shown(lang),
                amount.legal_basis.get(lang)
            ));
        }
        if let Some(means) = &self.means {
            parts.push(means.get(lang).to_owned());
        }
        if parts.is_empty() {
            kind.text(lang).to_owned()
        } else {
            format!("{}: {}", kind.text(lang), parts.join("; "))
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum UserGroup {
    NaturalPersons,
    SoleEntrepreneurs,
    LegalEntities,
    Foreigners,
    StatelessPersons,
    StateBodies,
}

impl UserGroup {
    pub const ALL: [Self; 6] = [
        Self::NaturalPersons,
        Self::SoleEntrepreneurs,
        Self::LegalEntities,
        Self::Foreigners,
        Self::StatelessPersons,
        Self::StateBodies,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::NaturalPersons => "natural_persons",
            Self::SoleEntrepreneurs => "sole_entrepreneurs",
            Self::LegalEntities => "legal_entities",
            Self::Foreigners => "foreigners",
            Self::StatelessPersons => "stateless_persons",
            Self::StateBodies => "state_bodies",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.code() == raw)
    }

    pub fn msg(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            Self::NaturalPersons => Msg::UsersNaturalPersons,
            Self::SoleEntrepreneurs => Msg::UsersSoleEntrepreneurs,
            Self::LegalEntities => Msg::UsersLegalEntities,
            Self::Foreigners => Msg::UsersForeigners,
            Self::StatelessPersons => Msg::UsersStatelessPersons,
            Self::StateBodies => Msg::UsersStateBodies,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Step {
    pub title: Text,
    pub deadline: Option<Text>,
}

/// A service's page as its own flow reads it, for the breadcrumbs and the title: the same answer
/// with the regulation left unread, so that a flow's module carries no reader of it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ServiceHeading {
    pub service: ServiceCard,
    pub agency: AgencyNumber,
    pub agency_name: Text,
}

/// One service's page: its listing, its agency and its regulation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ServicePage {
    pub service: ServiceCard,
    pub agency: AgencyNumber,
    pub agency_name: Text,
    pub regulation: Regulation,
    /// The approved version shown, and the draft in public discussion if one is.
    #[serde(default)]
    pub status: super::RegulationStatus,
}
