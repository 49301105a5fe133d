//! The population registry: a person's basic data by FIN code, so that forms never ask for what
//! the state already holds (rule 7.2).

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use app::domain::Fin;
use serde::{Deserialize, Serialize};

/// A person's basic data ("Əsas məlumatlar") as the registry holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub fin: Fin,
    pub surname: String,
    pub name: String,
    pub patronymic: Option<String>,
    pub gender: Gender,
    /// ISO 8601 date.
    pub birth_date: String,
    /// ISO 3166-1 alpha-3 code.
    pub citizenship: String,
    pub address: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
}

#[derive(Debug, thiserror::Error)]
#[error("the population registry cannot be asked now: {0}")]
pub struct RegistryUnavailable(pub String);

pub type Lookup<'a> =
    Pin<Box<dyn Future<Output = Result<Option<Person>, RegistryUnavailable>> + Send + 'a>>;

/// Who the state knows by this FIN, if anyone.
pub trait PopulationRegistry: Send + Sync {
    fn person<'a>(&'a self, fin: &'a Fin) -> Lookup<'a>;
}

/// No registry connected: every question gets "cannot be checked now", never a guess.
pub struct NoPopulationRegistry;

impl PopulationRegistry for NoPopulationRegistry {
    fn person<'a>(&'a self, _: &'a Fin) -> Lookup<'a> {
        Box::pin(async {
            Err(RegistryUnavailable(
                "no population registry is connected".into(),
            ))
        })
    }
}

/// Development and demo only: the fictional people of `server/data/population.json`.
pub fn demo_people() -> &'static [Person] {
    static PEOPLE: OnceLock<Vec<Person>> = OnceLock::new();
    PEOPLE.get_or_init(|| {
        #[derive(Deserialize)]
        struct DemoPeople {
            people: Vec<Person>,
        }
        let demo: DemoPeople = serde_json::from_str(include_str!("../../data/population.json"))
            .expect("server/data/population.json is valid: checked by its unit test");
        demo.people
    })
}

/// Development and demo only: a registry that knows the demo people.
pub struct SimulatedPopulationRegistry {
    people: HashMap<Fin, Person>,
}

impl SimulatedPopulationRegistry {
    pub fn with_demo_people() -> Self {
        Self {
            people: demo_people()
                .iter()
                .map(|p| (p.fin.clone(), p.clone()))
                .collect(),
        }
    }
}

impl PopulationRegistry for SimulatedPopulationRegistry {
    fn person<'a>(&'a self, fin: &'a Fin) -> Lookup<'a> {
        Box::pin(async move { Ok(self.people.get(fin).cloned()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn finds_demo_people_by_fin_whatever_the_case() {
        let registry = SimulatedPopulationRegistry::with_demo_people();
        assert!(registry.people.values().count() >= 30);
        let someone = registry.people.values().next().unwrap().clone();
        let typed = Fin::parse(&someone.fin.as_str().to_ascii_lowercase()).unwrap();
        assert_eq!(registry.person(&typed).await.unwrap(), Some(someone));
        assert_eq!(
            registry
                .person(&Fin::parse("0000000").unwrap())
                .await
                .unwrap(),
            None
        );
    }

    #[test]
    fn demo_people_include_foreigners() {
        let registry = SimulatedPopulationRegistry::with_demo_people();
        assert!(registry.people.values().any(|p| p.citizenship != "AZE"));
    }
}
