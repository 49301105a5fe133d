use sqlx::Transaction;

use super::Db;

use super::Store;
use crate::store::{Limit, Reserved};

impl Store {
    /// Counts a request against each limit, atomically: either every limit had room and each
    /// now holds one more hit (whose ids undo it), or none is touched and the answer says when
    /// the fullest frees a place. The write lock is taken before counting, so simultaneous
    /// requests are counted one after another.
    pub async fn reserve(&self, limits: &[Limit]) -> sqlx::Result<Reserved> {
        let mut tx = self.write().await?;
        let mut retry_after_seconds = 0;
        for limit in limits {
            forget_aged(&mut tx, limit.scope, limit.window_minutes).await?;
            // The hit that frees a place when it ages out is the `max`-th newest.
            let freed_by: Option<(i64,)> = sqlx::query_as(
                "SELECT CAST(strftime('%s', at) AS BIGINT) - CAST(strftime('%s', 'now') AS BIGINT) FROM limit_hits \
                 WHERE scope = $1 AND key = $2 ORDER BY at DESC, id DESC LIMIT 1 OFFSET $3",
            )
            .bind(limit.scope)
            .bind(&limit.key)
            .bind(limit.max - 1)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some((age,)) = freed_by {
                let wait = (limit.window_minutes * 60 + age).max(1);
                retry_after_seconds = retry_after_seconds.max(wait);
            }
        }
        if retry_after_seconds > 0 {
            return Ok(Reserved::Refused {
                retry_after_seconds,
            });
        }
        let mut hits = Vec::with_capacity(limits.len());
        for limit in limits {
            hits.push(hit(&mut tx, limit.scope, &limit.key).await?);
        }
        tx.commit().await?;
        Ok(Reserved::Granted(hits))
    }

    /// Counts a request that is never refused but costs more the more often it comes: how many
    /// came in the window before this one, which is counted too.
    pub async fn tally(
        &self,
        scope: &'static str,
        key: &str,
        window_minutes: i64,
    ) -> sqlx::Result<i64> {
        let mut tx = self.write().await?;
        forget_aged(&mut tx, scope, window_minutes).await?;
        // What is left after the aged hits are forgotten is what the window counts.
        let (before,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM limit_hits WHERE scope = $1 AND key = $2")
                .bind(scope)
                .bind(key)
                .fetch_one(&mut *tx)
                .await?;
        hit(&mut tx, scope, key).await?;
        tx.commit().await?;
        Ok(before)
    }

    /// Takes back hits a request reserved but that its outcome does not count.
    pub async fn release(&self, hits: &[i64]) -> sqlx::Result<()> {
        let mut tx = self.write().await?;
        for id in hits {
            sqlx::query("DELETE FROM limit_hits WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await
    }

    /// Forgets every hit of a key: a successful login wipes the account's failures.
    pub async fn forget_hits(&self, scope: &str, key: &str) -> sqlx::Result<()> {
        sqlx::query("DELETE FROM limit_hits WHERE scope = $1 AND key = $2")
            .bind(scope)
            .bind(key)
            .execute(&self.writer)
            .await
            .map(drop)
    }
}

/// Deletes the hits of a scope that its window no longer counts, so the table holds only the
/// hits that still count.
async fn forget_aged(
    tx: &mut Transaction<'_, Db>,
    scope: &str,
    window_minutes: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "DELETE FROM limit_hits WHERE scope = $1 \
         AND at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', $2)",
    )
    .bind(scope)
    .bind(format!("-{window_minutes} minutes"))
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// One more hit of the key; its id.
async fn hit(tx: &mut Transaction<'_, Db>, scope: &str, key: &str) -> sqlx::Result<i64> {
    let (id,): (i64,) =
        sqlx::query_as("INSERT INTO limit_hits (scope, key) VALUES ($1, $2) RETURNING id")
            .bind(scope)
            .bind(key)
            .fetch_one(&mut **tx)
            .await?;
    Ok(id)
}
