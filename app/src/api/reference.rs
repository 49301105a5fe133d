//! The select lists of the forms (countries, document types, Azerbaijan's cities and
//! districts …): reference data kept in the database, in the portal's three languages.

use serde::{Deserialize, Serialize};

use crate::domain::{Lang, Text, sort_key};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReferenceList {
    Countries,
    HostDocumentTypes,
    ForeignDocumentTypes,
    VisaTypes,
    Regions,
    HostKinds,
    VisitReasons,
    Relationships,
    CustomsDocumentTypes,
}

impl ReferenceList {
    pub const ALL: [Self; 9] = [
        Self::Countries,
        Self::HostDocumentTypes,
        Self::ForeignDocumentTypes,
        Self::VisaTypes,
        Self::Regions,
        Self::HostKinds,
        Self::VisitReasons,
        Self::Relationships,
        Self::CustomsDocumentTypes,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Self::Countries => "countries",
            Self::HostDocumentTypes => "host_document_types",
            Self::ForeignDocumentTypes => "foreign_document_types",
            Self::VisaTypes => "visa_types",
            Self::Regions => "regions",
            Self::HostKinds => "host_kinds",
            Self::VisitReasons => "visit_reasons",
            Self::Relationships => "relationships",
            Self::CustomsDocumentTypes => "customs_document_types",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.slug() == slug)
    }
}

/// The code of a list's "Digər" choice.
const OTHER: &str = "other";

/// One choice of a list: the code forms send, the name people read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ReferenceItem {
    pub code: String,
    pub name: Text,
}

/// The lists a form needs, as the API sends them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct ReferenceData {
    pub lists: std::collections::BTreeMap<ReferenceList, Vec<ReferenceItem>>,
}

impl ReferenceData {
    pub fn knows(&self, list: ReferenceList, code: &str) -> bool {
        self.lists
            .get(&list)
            .is_some_and(|items| items.iter().any(|i| i.code == code))
    }

    pub fn name(&self, list: ReferenceList, code: &str, lang: Lang) -> Option<&str> {
        self.lists
            .get(&list)?
            .iter()
            .find(|i| i.code == code)
            .map(|i| i.name.get(lang))
    }

    /// A list's choices in the reader's alphabetical order, "Digər" (code `other`) last: it is
    /// the choice of someone who did not find theirs, after reading the rest.
    pub fn sorted(&self, list: ReferenceList, lang: Lang) -> Vec<(String, String)> {
        let mut items: Vec<(String, String)> = self
            .lists
            .get(&list)
            .into_iter()
            .flatten()
            .map(|i| (i.code.clone(), i.name.get(lang).to_owned()))
            .collect();
        items.sort_by_cached_key(|(code, name)| (code == OTHER, sort_key(name, lang)));
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_comes_last_in_every_language() {
        let item = |code: &str, az: &str, en: &str, ru: &str| ReferenceItem {
            code: code.into(),
            name: Text {
                az: az.into(),
                en: en.into(),
                ru: ru.into(),
            },
        };
        let data = ReferenceData {
            lists: [(
                ReferenceList::VisitReasons,
                vec![
                    item("work", "İş", "Work", "Работа"),
                    item("other", "Digər", "Other", "Другое"),
                    item("tourism", "Turizm", "Tourism", "Туризм"),
                    item("family", "Ailə", "Family", "Семья"),
                ],
            )]
            .into(),
        };
        let codes = |lang| -> Vec<String> {
            data.sorted(ReferenceList::VisitReasons, lang)
                .into_iter()
                .map(|(code, _)| code)
                .collect()
        };
        assert_eq!(codes(Lang::Az), ["family", "work", "tourism", "other"]);
        assert_eq!(codes(Lang::En), ["family", "tourism", "work", "other"]);
        assert_eq!(codes(Lang::Ru), ["work", "family", "tourism", "other"]);
    }
}
