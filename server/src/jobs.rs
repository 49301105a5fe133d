//! The periodic jobs each server runs beside the API: a round, a pause, again, for as long as
//! the server runs; a round that left work waiting is followed by the next at once. A failed
//! round is logged and the next one tries again; every round is counted for `/metrics`, so a
//! job that keeps failing (or stopped) shows there. Of the servers sharing a database, every
//! one sends the outbox (each message is claimed); each other job runs on one server at a
//! time, the holder of its lease, which the others take over when it stops renewing it.

use std::future::Future;
use std::time::Duration;

use crate::metrics::Metrics;
use crate::store::Store;

/// The periodic jobs, by the name `/metrics` gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job {
    Outbox,
    PaymentReconciliation,
    DeadlineWatch,
    DebtChecks,
    UnclaimedUploads,
    RevocationLists,
}

impl Job {
    /// Whether one server at a time runs it: the jobs that ask outside systems (the gateway,
    /// billing) or tell people about a day's deadlines; the outbox claims each message instead,
    /// and each server reads the revocation lists into its own memory.
    pub fn one_runner(self) -> bool {
        !matches!(self, Self::Outbox | Self::RevocationLists)
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Outbox => "outbox",
            Self::PaymentReconciliation => "payment_reconciliation",
            Self::DeadlineWatch => "deadline_watch",
            Self::DebtChecks => "debt_checks",
            Self::UnclaimedUploads => "unclaimed_uploads",
            Self::RevocationLists => "revocation_lists",
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

/// What runs this server's periodic jobs.
pub struct Runner {
    metrics: Metrics,
    store: Store,
    /// This server as the leases know it: its host and port, the same after a restart, so a
    /// restarted server takes its jobs back at once instead of waiting out its own lease.
    server: String,
}

impl Runner {
    pub fn new(metrics: Metrics, store: Store, port: u16) -> Self {
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
            .map(|name| name.trim().to_owned())
            .unwrap_or_else(|_| "localhost".into());
        Self {
            metrics,
            store,
            server: format!("{host}:{port}"),
        }
    }

    /// Runs the job's rounds on the runtime until the process stops.
    pub fn spawn<P: Periodic>(&self, job: P) {
        let (metrics, store, server) = (
            self.metrics.clone(),
            self.store.clone(),
            self.server.clone(),
        );
        // Renewed every round, so it runs out only when the holder has missed two.
        let lease_seconds = i64::try_from(P::PAUSE.as_secs()).unwrap_or(i64::MAX / 4) * 2 + 60;
        tokio::spawn(async move {
            loop {
                if P::JOB.one_runner() {
                    let holds = store
                        .hold_lease(P::JOB.name(), &server, lease_seconds)
                        .await
                        .unwrap_or_else(|error| {
                            tracing::warn!(
                                job = P::JOB.name(),
                                error = format!("{error:#}"),
                                "a periodic job's lease could not be asked for; it will try again"
                            );
                            false
                        });
                    if !holds {
                        tokio::time::sleep(P::PAUSE).await;
                        continue;
                    }
                }
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
}
