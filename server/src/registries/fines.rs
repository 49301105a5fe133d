//! The migration service's fines registry: a fine by its payment number and security code, the
//! fines of a person, and marking a fine paid when the portal's payment completes.

use std::future::Future;
use std::pin::Pin;

use app::api::Fine;
use app::domain::{Fin, PaymentId, PaymentNumber, SecurityCode};
use serde::Deserialize;

use crate::store::{DemoFine, Simulators};

#[derive(Debug, thiserror::Error)]
pub enum FinesError {
    #[error("the fines registry cannot be asked now: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

pub type Answer<'a, T> = Pin<Box<dyn Future<Output = Result<T, FinesError>> + Send + 'a>>;

pub trait FinesRegistry: Send + Sync {
    /// The fine these two numbers open, if they belong together.
    fn find<'a>(
        &'a self,
        number: &'a PaymentNumber,
        code: &'a SecurityCode,
    ) -> Answer<'a, Option<Fine>>;
    /// A logged-in person's fines, by their FIN.
    fn fines_of<'a>(&'a self, fin: &'a Fin) -> Answer<'a, Vec<Fine>>;
    /// Records the payment that paid the fine; asking twice changes nothing.
    fn mark_paid<'a>(&'a self, number: &'a PaymentNumber, payment: &'a PaymentId)
    -> Answer<'a, ()>;
}

/// Development and demo only: the fines of `server/data/fines.json`, kept in the database so
/// that paying one is remembered.
pub struct SimulatedFinesRegistry {
    simulators: Simulators,
}

impl SimulatedFinesRegistry {
    /// Loads the demo fines into a database that has none.
    pub async fn with_demo_fines(simulators: Simulators) -> anyhow::Result<Self> {
        #[derive(Deserialize)]
        struct File {
            fines: Vec<DemoFine>,
        }
        let file: File = serde_json::from_str(include_str!("../../data/fines.json"))?;
        simulators.seed_fines(&file.fines).await?;
        Ok(Self { simulators })
    }
}

impl FinesRegistry for SimulatedFinesRegistry {
    fn find<'a>(
        &'a self,
        number: &'a PaymentNumber,
        code: &'a SecurityCode,
    ) -> Answer<'a, Option<Fine>> {
        Box::pin(async move { Ok(self.simulators.fine(number, Some(code)).await?) })
    }

    fn fines_of<'a>(&'a self, fin: &'a Fin) -> Answer<'a, Vec<Fine>> {
        Box::pin(async move { Ok(self.simulators.fines_of(fin).await?) })
    }

    fn mark_paid<'a>(
        &'a self,
        number: &'a PaymentNumber,
        payment: &'a PaymentId,
    ) -> Answer<'a, ()> {
        Box::pin(async move { Ok(self.simulators.mark_fine_paid(number, payment).await?) })
    }
}

/// No registry connected: the service says it cannot look fines up now.
pub struct NoFinesRegistry;

impl FinesRegistry for NoFinesRegistry {
    fn find<'a>(&'a self, _: &'a PaymentNumber, _: &'a SecurityCode) -> Answer<'a, Option<Fine>> {
        Box::pin(async {
            Err(FinesError::Unavailable(
                "no fines registry is connected".into(),
            ))
        })
    }

    fn fines_of<'a>(&'a self, _: &'a Fin) -> Answer<'a, Vec<Fine>> {
        Box::pin(async {
            Err(FinesError::Unavailable(
                "no fines registry is connected".into(),
            ))
        })
    }

    fn mark_paid<'a>(&'a self, _: &'a PaymentNumber, _: &'a PaymentId) -> Answer<'a, ()> {
        Box::pin(async {
            Err(FinesError::Unavailable(
                "no fines registry is connected".into(),
            ))
        })
    }
}
