//! A legal person host's staff: colleagues its first account invites, each with an account of
//! their own, filing applications for the organisation.

use app::api::HostColleague;

use super::accounts::open_account_in;
use super::{NOW, Store};
use crate::store::{Invitation, Link};

impl Store {
    /// Invites a colleague: a new address gets an account and the link that confirms it; an
    /// address with an account gets the greeting's other e-mail. The host sees the invitation
    /// either way, so the answer tells nobody whose address it is.
    pub async fn invite_colleague(
        &self,
        invitation: &Invitation<'_>,
        confirm: &Link,
    ) -> sqlx::Result<()> {
        // A registration inserts first and reads only when taken, and the staff row is the
        // invitation's own: nothing here reads a row another writer decides on.
        let mut tx = self.write_locking_rows().await?;
        let account_id = open_account_in(
            &mut tx,
            &invitation.colleague,
            confirm,
            &invitation.greeting,
        )
        .await?;
        sqlx::query(
            "INSERT INTO host_staff (host_account_id, email, surname, name, account_id, invited_by) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(invitation.host_account_id)
        .bind(invitation.colleague.email.as_str())
        .bind(invitation.colleague.surname)
        .bind(invitation.colleague.name)
        .bind(account_id)
        .bind(invitation.invited_by)
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    }

    /// The organisation's colleagues, in the order they were invited.
    pub async fn colleagues(&self, host_account_id: i64) -> sqlx::Result<Vec<HostColleague>> {
        let rows: Vec<(i64, String, String, String, bool, String)> = sqlx::query_as(
            "SELECT s.id, s.surname, s.name, s.email, \
             a.confirmed_at IS NOT NULL AND a.password_hash IS NOT NULL, s.invited_at \
             FROM host_staff s LEFT JOIN accounts a ON a.id = s.account_id \
             WHERE s.host_account_id = $1 AND s.removed_at IS NULL ORDER BY s.id",
        )
        .bind(host_account_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(id, surname, name, email, joined, invited_at)| HostColleague {
                    id,
                    surname,
                    name,
                    email,
                    joined,
                    invited_at,
                },
            )
            .collect())
    }

    /// Takes a colleague off the organisation's staff (what they filed stays the
    /// organisation's); `false` if there is no such colleague of this host.
    pub async fn remove_colleague(&self, host_account_id: i64, id: i64) -> sqlx::Result<bool> {
        let done = sqlx::query(&format!(
            "UPDATE host_staff SET removed_at = {NOW} \
             WHERE id = $1 AND host_account_id = $2 AND removed_at IS NULL"
        ))
        .bind(id)
        .bind(host_account_id)
        .execute(&self.writer)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
