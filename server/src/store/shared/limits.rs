use sqlx::Transaction;

use super::Db;

use super::{SKIP_LOCKED, Store};
use crate::store::{Limit, Reserved, counter_lock};

impl Store {
    /// Counts a request against each limit, atomically: either every limit had room and each
    /// now holds one more hit (whose ids undo it), or none is touched and the answer says when
    /// the fullest frees a place. Each limit's key is held before counting, so simultaneous
    /// requests on one key are counted one after another; requests on other keys do not wait.
    pub async fn reserve(&self, limits: &[Limit]) -> sqlx::Result<Reserved> {
        let counters: Vec<i32> = limits
            .iter()
            .map(|limit| counter_lock(limit.scope, &limit.key))
            .collect();
        let mut tx = self.write_holding(&counters).await?;
        let mut retry_after_seconds = 0;
        for limit in limits {
            forget_aged(&mut tx, limit.scope, limit.window_minutes).await?;
            // The hit that frees a place when it ages out is the `max`-th newest in the window.
            let freed_by: Option<(i64,)> = sqlx::query_as(
                "SELECT CAST(strftime('%s', at) AS BIGINT) - CAST(strftime('%s', 'now') AS BIGINT) FROM limit_hits \
                 WHERE scope = $1 AND key = $2 AND at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', $3) \
                 ORDER BY at DESC, id DESC LIMIT 1 OFFSET $4",
            )
            .bind(limit.scope)
            .bind(&limit.key)
            .bind(window(limit.window_minutes))
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
        let mut tx = self.write_holding(&[counter_lock(scope, key)]).await?;
        forget_aged(&mut tx, scope, window_minutes).await?;
        let (before,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM limit_hits WHERE scope = $1 AND key = $2 \
             AND at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', $3)",
        )
        .bind(scope)
        .bind(key)
        .bind(window(window_minutes))
        .fetch_one(&mut *tx)
        .await?;
        hit(&mut tx, scope, key).await?;
        tx.commit().await?;
        Ok(before)
    }

    /// Takes back hits a request reserved but that its outcome does not count.
    pub async fn release(&self, hits: &[i64]) -> sqlx::Result<()> {
        let mut tx = self.write_locking_rows().await?;
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
/// hits that still count. Writers counting other keys of the scope forget aged hits at the
/// same moment: each passes over those another is deleting rather than wait for it (the
/// counts read only the window, so a hit left for the other to delete is never counted).
async fn forget_aged(
    tx: &mut Transaction<'_, Db>,
    scope: &str,
    window_minutes: i64,
) -> sqlx::Result<()> {
    sqlx::query(&format!(
        "DELETE FROM limit_hits WHERE id IN (SELECT id FROM limit_hits WHERE scope = $1 \
         AND at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', $2) {SKIP_LOCKED})"
    ))
    .bind(scope)
    .bind(window(window_minutes))
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// The `strftime` modifier that goes back a window's length from now.
fn window(minutes: i64) -> String {
    format!("-{minutes} minutes")
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
