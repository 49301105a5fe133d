//! The periodic jobs each server runs beside the API: a round, a pause, again, for as long as
//! the server runs. A failed round is logged and the next one tries again; every round is
//! counted for `/metrics`, so a job that keeps failing (or stopped) shows there.

use std::future::Future;
use std::time::Duration;

use crate::metrics::Metrics;

/// The periodic jobs, by the name `/metrics` gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job {
    Outbox,
    PaymentReconciliation,
    DeadlineWatch,
    DebtChecks,
    UnclaimedUploads,
}

impl Job {
    pub fn name(self) -> &'static str {
        match self {
            Self::Outbox => "outbox",
            Self::PaymentReconciliation => "payment_reconciliation",
            Self::DeadlineWatch => "deadline_watch",
            Self::DebtChecks => "debt_checks",
            Self::UnclaimedUploads => "unclaimed_uploads",
        }
    }
}

/// Work done in rounds.
pub trait Periodic: Send + Sync + 'static {
    const JOB: Job;
    /// The pause after each round.
    const PAUSE: Duration;

    fn round(&self) -> impl Future<Output = anyhow::Result<()>> + Send;
}

/// Runs the job's rounds on the runtime until the process stops.
pub fn spawn<P: Periodic>(job: P, metrics: Metrics) {
    tokio::spawn(async move {
        loop {
            let outcome = job.round().await;
            if let Err(error) = &outcome {
                tracing::warn!(
                    job = P::JOB.name(),
                    error = format!("{error:#}"),
                    "a periodic job failed; it will try again"
                );
            }
            metrics.job_ran(P::JOB, outcome.is_ok());
            tokio::time::sleep(P::PAUSE).await;
        }
    });
}
