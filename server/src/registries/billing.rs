//! Azərişıq's utility billing: a person's subscriber codes (with their addresses) by FIN, and a
//! subscriber's debt. The debt certificate service asks it; it may be down, and then the
//! application waits.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use app::api::Subscriber;
use app::domain::{Fin, Qepik};
use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
#[error("the billing system cannot be asked now: {0}")]
pub struct BillingUnavailable(pub String);

pub type Answer<'a, T> = Pin<Box<dyn Future<Output = Result<T, BillingUnavailable>> + Send + 'a>>;

pub trait UtilityBilling: Send + Sync {
    /// The subscriber codes registered to this person.
    fn subscribers<'a>(&'a self, fin: &'a Fin) -> Answer<'a, Vec<Subscriber>>;
    /// What the subscriber owes now; `None` for a code billing does not know.
    fn debt<'a>(&'a self, code: &'a str) -> Answer<'a, Option<Qepik>>;
}

/// Not connected: every question is answered "cannot be asked now".
pub struct NoBilling;

impl UtilityBilling for NoBilling {
    fn subscribers<'a>(&'a self, _: &'a Fin) -> Answer<'a, Vec<Subscriber>> {
        Box::pin(async { Err(BillingUnavailable("no billing system is connected".into())) })
    }

    fn debt<'a>(&'a self, _: &'a str) -> Answer<'a, Option<Qepik>> {
        Box::pin(async { Err(BillingUnavailable("no billing system is connected".into())) })
    }
}

#[derive(Deserialize)]
struct DemoSubscriber {
    fin: String,
    code: String,
    address: String,
    debt_qepik: i64,
}

/// Development and demo only: the fictional subscribers of `server/data/billing.json`, and a
/// switch that takes the system down, so that waiting and retrying can be shown and tested.
#[derive(Clone)]
pub struct SimulatedBilling {
    subscribers: Arc<Vec<DemoSubscriber>>,
    down: Arc<AtomicBool>,
}

impl SimulatedBilling {
    pub fn with_demo_subscribers() -> anyhow::Result<Self> {
        #[derive(Deserialize)]
        struct Demo {
            subscribers: Vec<DemoSubscriber>,
        }
        let demo: Demo = serde_json::from_str(include_str!("../../data/billing.json"))?;
        Ok(Self {
            subscribers: Arc::new(demo.subscribers),
            down: Arc::default(),
        })
    }

    pub fn set_down(&self, down: bool) {
        self.down.store(down, Ordering::SeqCst);
    }

    fn check_up(&self) -> Result<(), BillingUnavailable> {
        if self.down.load(Ordering::SeqCst) {
            Err(BillingUnavailable("the simulator is switched off".into()))
        } else {
            Ok(())
        }
    }
}

impl UtilityBilling for SimulatedBilling {
    fn subscribers<'a>(&'a self, fin: &'a Fin) -> Answer<'a, Vec<Subscriber>> {
        Box::pin(async move {
            self.check_up()?;
            Ok(self
                .subscribers
                .iter()
                .filter(|s| s.fin == fin.as_str())
                .map(|s| Subscriber {
                    code: s.code.clone(),
                    address: s.address.clone(),
                })
                .collect())
        })
    }

    fn debt<'a>(&'a self, code: &'a str) -> Answer<'a, Option<Qepik>> {
        Box::pin(async move {
            self.check_up()?;
            Ok(self
                .subscribers
                .iter()
                .find(|s| s.code == code)
                .map(|s| Qepik(s.debt_qepik)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn knows_whose_codes_are_whose_and_can_be_down() {
        let billing = SimulatedBilling::with_demo_subscribers().unwrap();
        let fin = Fin::parse("F00MBEG").unwrap();
        let codes = billing.subscribers(&fin).await.unwrap();
        assert_eq!(codes.len(), 2);
        assert_eq!(billing.debt("1000234568").await.unwrap(), Some(Qepik(4730)));
        assert_eq!(billing.debt("9999999999").await.unwrap(), None);
        billing.set_down(true);
        assert!(billing.subscribers(&fin).await.is_err());
        assert!(billing.debt("1000234568").await.is_err());
    }
}
