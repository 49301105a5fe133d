//! The periodic jobs each server runs beside the API: a round, a pause, again, for as long as
//! the server runs; a round that left work waiting is followed by the next at once. A failed
//! round is logged and the next one tries again; every round is counted for `/metrics`, so a
//! job that keeps failing (or stopped) shows there.

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

/// What a round left behind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Round {
    /// Nothing more waits: the next round comes after the pause.
    Finished,
    /// More may wait: the next round starts at once, so a backlog goes as fast as it can.
    MoreWaiting,
}

/// Work done in rounds.
pub trait Periodic: Send + Sync + 'static {
    const JOB: Job;
    /// The pause after a finished (or failed) round.
    const PAUSE: Duration;

    fn round(&self) -> impl Future<Output = anyhow::Result<Round>> + Send;
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
            if !matches!(outcome, Ok(Round::MoreWaiting)) {
                tokio::time::sleep(P::PAUSE).await;
            }
        }
    });
}
