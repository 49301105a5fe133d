//! The deadline watch: applications still waiting past their due date are announced, once, to
//! the applicant (late, not lost) and to the agency.

use std::time::Duration;

use app::domain::ApplicationNumber;

use crate::calendar::today;
use crate::jobs::{Job, Periodic, Round};
use crate::store::Store;

#[derive(Clone)]
pub struct DeadlineWatch {
    store: Store,
    base_url: String,
}

impl DeadlineWatch {
    pub fn new(store: Store, base_url: &str) -> Self {
        Self {
            store,
            base_url: base_url.trim_end_matches('/').to_owned(),
        }
    }

    /// One round as of `today` (Baku); how many applications were announced.
    pub async fn tell_overdue(&self, today: app::domain::CalendarDate) -> anyhow::Result<usize> {
        let base = self.base_url.clone();
        let links = move |number: &ApplicationNumber| {
            (
                format!("{base}/applications/{number}"),
                format!("{base}/office/applications/{number}"),
            )
        };
        Ok(self.store.tell_overdue(today, links).await?)
    }
}

impl Periodic for DeadlineWatch {
    const JOB: Job = Job::DeadlineWatch;
    const PAUSE: Duration = Duration::from_secs(600);

    async fn round(&self) -> anyhow::Result<Round> {
        self.tell_overdue(today()).await?;
        Ok(Round::Finished)
    }
}
