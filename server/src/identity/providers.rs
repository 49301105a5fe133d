//! The state's identity systems of the login page — Asan İmza, the e-signature card and E-Gov
//! identity — each behind one trait that ends in a FIN code the system vouches for. The shape
//! is that of mobile-signature and redirect protocols: start a request, then ask how it ended.
//! Only the simulator exists so far; a real adapter implements the same trait.

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};

use app::api::{AsanImzaLogin, DemoAsanImza, DemoPerson, LoginMeans, SimulatedAnswer};
use app::domain::{AsanUserId, Fin, Phone};
use rand::Rng;
use serde::Deserialize;

use crate::registries::population::demo_people;
use crate::store::{SimulatedRequestRecord, SimulatedState, Simulators};

/// How long the person has to answer at the identity system.
pub const REQUEST_SECONDS: i64 = 120;

/// What the browser asked the identity system for.
pub enum IdentityRequest {
    /// Asan İmza: the phone asks its owner to confirm with PIN1.
    MobileSignature(AsanImzaLogin),
    /// E-signature and E-Gov: the browser goes to the system and comes back to `return_to`.
    Redirect { return_to: String },
}

/// A request the identity system took.
pub struct Started {
    pub provider_ref: String,
    pub verification_code: Option<String>,
    pub redirect: Option<String>,
}

/// Who the identity system vouches for, as its certificate or answer names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifiedIdentity {
    pub fin: Fin,
    pub surname: String,
    pub name: String,
    /// The mobile number the system proved the person holds: Asan İmza's is the SIM card that
    /// confirmed with PIN1, so the account takes it as confirmed without an SMS code.
    pub phone: Option<Phone>,
}

pub enum Outcome {
    Waiting,
    Verified(VerifiedIdentity),
    Refused,
    Expired,
}

#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    /// Asan İmza: no certificate for this phone number and user ID.
    #[error("no holder with this phone number and user ID")]
    UnknownHolder,
    #[error("the identity system cannot be asked now: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

pub type Answer<'a, T> = Pin<Box<dyn Future<Output = Result<T, IdentityError>> + Send + 'a>>;

pub trait IdentityProvider: Send + Sync {
    fn start(&self, request: IdentityRequest) -> Answer<'_, Started>;
    fn outcome<'a>(&'a self, provider_ref: &'a str) -> Answer<'a, Outcome>;
}

/// The identity systems connected here, by means; a means not in it is not active.
#[derive(Clone, Default)]
pub struct IdentityProviders {
    connected: BTreeMap<LoginMeans, Arc<dyn IdentityProvider>>,
    simulated: Vec<LoginMeans>,
}

impl IdentityProviders {
    pub fn add_simulator(&mut self, means: LoginMeans, simulators: Simulators) {
        self.connected.insert(
            means,
            Arc::new(SimulatedIdentityProvider { means, simulators }),
        );
        self.simulated.push(means);
    }

    pub fn get(&self, means: LoginMeans) -> Option<&dyn IdentityProvider> {
        self.connected.get(&means).map(Arc::as_ref)
    }

    pub fn is_simulated(&self, means: LoginMeans) -> bool {
        self.simulated.contains(&means)
    }
}

/// Development and demo only: the identity systems played by the portal itself, with the demo
/// people. The person answers on the dev pages `/dev/asan-imza` (the phone) and
/// `/dev/identity` (the system's login page).
struct SimulatedIdentityProvider {
    means: LoginMeans,
    simulators: Simulators,
}

#[derive(Deserialize)]
pub(crate) struct DemoHolder {
    pub fin: Fin,
    phone: Phone,
    user_id: AsanUserId,
    pin1: String,
    /// Signs (`signatures::providers`); PIN1 only logs in.
    pub pin2: String,
}

/// The demo holder of this phone number and user ID.
pub(crate) fn demo_holder(login: &AsanImzaLogin) -> Option<&'static DemoHolder> {
    demo_holders()
        .iter()
        .find(|h| h.phone == login.phone && h.user_id == login.user_id)
}

pub(crate) fn demo_holder_of(fin: &Fin) -> Option<&'static DemoHolder> {
    demo_holders().iter().find(|h| &h.fin == fin)
}

fn demo_holders() -> &'static [DemoHolder] {
    static HOLDERS: OnceLock<Vec<DemoHolder>> = OnceLock::new();
    HOLDERS.get_or_init(|| {
        #[derive(Deserialize)]
        struct File {
            holders: Vec<DemoHolder>,
        }
        let file: File = serde_json::from_str(include_str!("../../data/asan_imza.json"))
            .expect("server/data/asan_imza.json is valid: checked by its unit test");
        file.holders
    })
}

/// The demo people as the simulators' pages list them, Asan İmza holders first.
pub fn demo_directory() -> Vec<DemoPerson> {
    let mut people: Vec<DemoPerson> = demo_people()
        .iter()
        .map(|person| DemoPerson {
            fin: person.fin.clone(),
            surname: person.surname.clone(),
            name: person.name.clone(),
            citizenship: person.citizenship.clone(),
            asan_imza: demo_holders()
                .iter()
                .find(|h| h.fin == person.fin)
                .map(|h| DemoAsanImza {
                    phone: h.phone.clone(),
                    user_id: h.user_id.clone(),
                    pin1: h.pin1.clone(),
                    pin2: h.pin2.clone(),
                }),
        })
        .collect();
    people.sort_by_key(|p| p.asan_imza.is_none());
    people
}

fn verified(fin: &Fin) -> Option<VerifiedIdentity> {
    demo_people()
        .iter()
        .find(|p| &p.fin == fin)
        .map(|p| VerifiedIdentity {
            fin: p.fin.clone(),
            surname: p.surname.clone(),
            name: p.name.clone(),
            phone: None,
        })
}

impl IdentityProvider for SimulatedIdentityProvider {
    fn start(&self, request: IdentityRequest) -> Answer<'_, Started> {
        Box::pin(async move {
            let (id, _) = crate::identity::links::new_token();
            let (started, record_fin, phone, return_to) = match request {
                IdentityRequest::MobileSignature(login) => {
                    let holder = demo_holder(&login).ok_or(IdentityError::UnknownHolder)?;
                    let code = format!("{:04}", rand::rng().random_range(0..10_000));
                    let started = Started {
                        provider_ref: id.clone(),
                        verification_code: Some(code),
                        redirect: None,
                    };
                    (started, Some(&holder.fin), Some(login.phone), None)
                }
                IdentityRequest::Redirect { return_to } => {
                    let started = Started {
                        provider_ref: id.clone(),
                        verification_code: None,
                        redirect: Some(format!(
                            "/dev/identity?means={}&request={id}",
                            self.means.slug()
                        )),
                    };
                    (started, None, None, Some(return_to))
                }
            };
            self.simulators
                .keep_request(&SimulatedRequestRecord {
                    id: &id,
                    means: self.means,
                    phone: phone.as_ref().map(Phone::as_str),
                    verification_code: started.verification_code.as_deref(),
                    fin: record_fin,
                    return_to: return_to.as_deref(),
                    lifetime_seconds: REQUEST_SECONDS,
                })
                .await?;
            Ok(started)
        })
    }

    fn outcome<'a>(&'a self, provider_ref: &'a str) -> Answer<'a, Outcome> {
        Box::pin(async move {
            Ok(match self.simulators.request_state(provider_ref).await? {
                None | Some(SimulatedState::Expired) => Outcome::Expired,
                Some(SimulatedState::Pending) => Outcome::Waiting,
                Some(SimulatedState::Refused) => Outcome::Refused,
                Some(SimulatedState::Confirmed { fin, phone }) => verified(&fin)
                    .map_or(Outcome::Refused, |identity| {
                        Outcome::Verified(VerifiedIdentity { phone, ..identity })
                    }),
            })
        })
    }
}

/// Why the simulator's page could not take the person's answer.
#[derive(Debug, thiserror::Error)]
pub enum SimulatedAnswerError {
    #[error("no such request waiting")]
    NotWaiting,
    #[error("wrong PIN1")]
    Pin1Wrong,
    #[error("not a demo person")]
    UnknownPerson,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The person's answer on a simulator's page: confirm (Asan İmza with the holder's PIN1, the
/// others as a chosen demo person) or refuse. Where to send the browser next, if anywhere.
pub async fn answer_simulated(
    simulators: &Simulators,
    means: LoginMeans,
    id: &str,
    answer: &SimulatedAnswer,
) -> Result<Option<String>, SimulatedAnswerError> {
    let (request, holder_fin) = simulators
        .pending_requests(means, Some(id))
        .await?
        .into_iter()
        .next()
        .ok_or(SimulatedAnswerError::NotWaiting)?;
    let confirmed_as = match (answer.confirm, means) {
        (false, _) => None,
        (true, LoginMeans::AsanImza) => {
            let holder = holder_fin
                .as_ref()
                .and_then(demo_holder_of)
                .ok_or(SimulatedAnswerError::NotWaiting)?;
            if answer.pin1.as_deref().map(str::trim) != Some(holder.pin1.as_str()) {
                return Err(SimulatedAnswerError::Pin1Wrong);
            }
            Some(holder.fin.clone())
        }
        (true, _) => {
            let fin = answer
                .fin
                .as_deref()
                .and_then(Fin::parse)
                .filter(|fin| verified(fin).is_some())
                .ok_or(SimulatedAnswerError::UnknownPerson)?;
            Some(fin)
        }
    };
    if !simulators.answer_request(id, confirmed_as.as_ref()).await? {
        return Err(SimulatedAnswerError::NotWaiting);
    }
    Ok(request.return_to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_holder_is_a_demo_person() {
        assert!(demo_holders().len() >= 3);
        for holder in demo_holders() {
            assert!(verified(&holder.fin).is_some(), "{}", holder.fin);
        }
        let directory = demo_directory();
        assert!(directory[0].asan_imza.is_some());
        assert_eq!(directory.len(), demo_people().len());
    }
}
