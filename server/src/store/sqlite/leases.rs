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

#[cfg(test)]
mod tests {
    use crate::identity::seal::Seal;

    use super::*;

    #[tokio::test]
    async fn one_holder_at_a_time_until_its_lease_runs_out() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("qapi.db").display());
        let store = Store::connect(&url, Seal::from_hex(&"ab".repeat(32)).unwrap())
            .await
            .unwrap();
        let asking = (0..20).map(|i| {
            let store = store.clone();
            async move {
                store
                    .hold_lease("deadline_watch", &format!("server-{i}"), 60)
                    .await
            }
        });
        let answers = futures_util::future::try_join_all(asking).await.unwrap();
        assert_eq!(
            answers.iter().filter(|&&taken| taken).count(),
            1,
            "{answers:?}"
        );
        let holder = format!("server-{}", answers.iter().position(|&t| t).unwrap());
        assert!(
            store
                .hold_lease("deadline_watch", &holder, 60)
                .await
                .unwrap(),
            "renewed"
        );
        assert!(
            !store
                .hold_lease("deadline_watch", "another", 60)
                .await
                .unwrap()
        );
        assert!(
            store
                .hold_lease("debt_checks", "another", 60)
                .await
                .unwrap(),
            "each job its own"
        );

        // A holder that stopped renewing: its lease runs out and another takes the job.
        assert!(
            store
                .hold_lease("deadline_watch", &holder, 0)
                .await
                .unwrap()
        );
        assert!(
            store
                .hold_lease("deadline_watch", "another", 60)
                .await
                .unwrap()
        );
        assert!(
            !store
                .hold_lease("deadline_watch", &holder, 60)
                .await
                .unwrap()
        );
    }
}
