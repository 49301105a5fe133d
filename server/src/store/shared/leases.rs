//! Leases on the periodic jobs that one server at a time runs.

use super::{NOW, Store};

impl Store {
    /// Takes the lease of `job` for `holder`, or renews it, for `seconds`; `false` while
    /// another holder's lease runs. One statement, so of holders asking at once one gets it.
    pub async fn hold_lease(&self, job: &str, holder: &str, seconds: i64) -> sqlx::Result<bool> {
        let taken = sqlx::query(&format!(
            "INSERT INTO job_leases (job, holder, until) \
             VALUES ($1, $2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || $3 || ' seconds')) \
             ON CONFLICT (job) DO UPDATE SET holder = excluded.holder, until = excluded.until \
             WHERE job_leases.holder = excluded.holder OR job_leases.until <= {NOW}"
        ))
        .bind(job)
        .bind(holder)
        .bind(seconds)
        .execute(&self.writer)
        .await?;
        Ok(taken.rows_affected() == 1)
    }
}
