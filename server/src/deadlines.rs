//! The deadline watch: applications and letters still waiting past their due date are
//! announced, once, to the applicant or sender (late, not lost) and to the agency.

use std::time::Duration;

use crate::calendar::today;
use crate::jobs::{Job, Periodic, Round};
use crate::store::Store;
use crate::workflow::{applications, letters};

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

    /// One round over applications as of `today` (Baku); how many were announced.
    pub async fn tell_overdue(&self, today: app::domain::CalendarDate) -> anyhow::Result<usize> {
        let base = &self.base_url;
        let late = self.store.overdue_applications(today).await?;
        for number in &late {
            let citizen = format!("{base}/applications/{number}");
            let office = format!("{base}/office/applications/{number}");
            applications::tell_overdue(&self.store, number, (&citizen, &office)).await?;
        }
        Ok(late.len())
    }

    /// One round over letters as of `today` (Baku); how many were announced.
    pub async fn tell_overdue_letters(
        &self,
        today: app::domain::CalendarDate,
    ) -> anyhow::Result<usize> {
        let base = &self.base_url;
        let mut told = 0;
        for late in self.store.overdue_letters(today).await? {
            let number = &late.number;
            let sender = format!("{base}/letters/{number}");
            let office = format!("{base}/office/letters/{number}");
            if letters::tell_overdue(&self.store, &late, (&sender, &office)).await? {
                told += 1;
            }
        }
        Ok(told)
    }
}

impl Periodic for DeadlineWatch {
    const JOB: Job = Job::DeadlineWatch;
    const PAUSE: Duration = Duration::from_secs(600);

    async fn round(&self) -> anyhow::Result<Round> {
        self.tell_overdue(today()).await?;
        self.tell_overdue_letters(today()).await?;
        Ok(Round::Finished)
    }
}
