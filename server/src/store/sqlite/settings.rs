use app::api::{AccountSettings, Preferences};
use app::domain::{Email, Lang};

use super::accounts::{Link, values};
use super::notify::queue_email;
use super::{NOW, Store};
use crate::notify::Template;
use crate::store::LinkError;

#[derive(sqlx::FromRow)]
struct SettingsRow {
    email: Option<String>,
    has_password: bool,
    lang: String,
    notify_email: bool,
    notify_sms: bool,
    deletion_requested_at: Option<String>,
    created_at: String,
}

impl Store {
    /// The account's settings, and when it was made.
    pub async fn account_settings(
        &self,
        account_id: i64,
    ) -> sqlx::Result<(AccountSettings, String)> {
        let row: SettingsRow = sqlx::query_as(
            "SELECT email, password_hash IS NOT NULL AS has_password, lang, notify_email, notify_sms, deletion_requested_at, created_at \
             FROM accounts WHERE id = ?",
        )
        .bind(account_id)
        .fetch_one(&self.pool)
        .await?;
        let settings = AccountSettings {
            email: row.email,
            has_password: row.has_password,
            lang: Lang::parse(&row.lang).unwrap_or_default(),
            notify_email: row.notify_email,
            notify_sms: row.notify_sms,
            deletion_requested_at: row.deletion_requested_at,
        };
        Ok((settings, row.created_at))
    }

    pub async fn save_preferences(
        &self,
        account_id: i64,
        preferences: &Preferences,
    ) -> sqlx::Result<()> {
        sqlx::query("UPDATE accounts SET lang = ?, notify_email = ?, notify_sms = ? WHERE id = ?")
            .bind(preferences.lang.code())
            .bind(preferences.notify_email)
            .bind(preferences.notify_sms)
            .bind(account_id)
            .execute(&self.pool)
            .await
            .map(drop)
    }

    pub async fn account_password(&self, account_id: i64) -> sqlx::Result<Option<String>> {
        let (hash,): (Option<String>,) =
            sqlx::query_as("SELECT password_hash FROM accounts WHERE id = ?")
                .bind(account_id)
                .fetch_one(&self.pool)
                .await?;
        Ok(hash)
    }

    /// A new password; every other session of the account ends, as whoever knew the old one
    /// may be in one.
    pub async fn change_password(
        &self,
        account_id: i64,
        password_hash: &str,
        keep_session: &str,
    ) -> sqlx::Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE accounts SET password_hash = ? WHERE id = ?")
            .bind(password_hash)
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?")
            .bind(account_id)
            .bind(keep_session)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    }

    /// Sends the link that confirms a new address to that address; an address that belongs to
    /// another account gets a note instead, and the caller's answer is the same either way.
    pub async fn request_email_change(
        &self,
        account_id: i64,
        new_email: &Email,
        confirm: &Link,
    ) -> sqlx::Result<()> {
        let mut tx = self.pool.begin().await?;
        let (name, lang): (String, String) =
            sqlx::query_as("SELECT name, lang FROM accounts WHERE id = ?")
                .bind(account_id)
                .fetch_one(&mut *tx)
                .await?;
        let lang = Lang::parse(&lang).unwrap_or_default();
        let taken: Option<(String, String)> =
            sqlx::query_as("SELECT name, lang FROM accounts WHERE email = ? AND id <> ?")
                .bind(new_email.as_str())
                .bind(account_id)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some((owner, owner_lang)) = taken {
            let owner_lang = Lang::parse(&owner_lang).unwrap_or_default();
            queue_email(
                &mut tx,
                new_email.as_str(),
                Template::AlreadyRegistered,
                owner_lang,
                &values(&owner, None),
            )
            .await?;
        } else {
            sqlx::query(
                "INSERT INTO email_changes (token_hash, account_id, new_email, expires_at) \
                 VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+24 hours'))",
            )
            .bind(&confirm.token_hash)
            .bind(account_id)
            .bind(new_email.as_str())
            .execute(&mut *tx)
            .await?;
            queue_email(
                &mut tx,
                new_email.as_str(),
                Template::ConfirmEmail,
                lang,
                &values(&name, Some(&confirm.url)),
            )
            .await?;
        }
        tx.commit().await
    }

    /// The new address becomes the account's, once, if no other account took it meanwhile.
    pub async fn confirm_email_change(&self, token_hash: &str) -> Result<(), LinkError> {
        let mut tx = self.pool.begin().await?;
        let change: Option<(i64, String, bool, bool)> = sqlx::query_as(&format!(
            "SELECT account_id, new_email, used_at IS NOT NULL, expires_at <= {NOW} \
             FROM email_changes WHERE token_hash = ?"
        ))
        .bind(token_hash)
        .fetch_optional(&mut *tx)
        .await?;
        let (account_id, new_email) = match change {
            None | Some((_, _, true, _)) => return Err(LinkError::Invalid),
            Some((_, _, _, true)) => return Err(LinkError::Expired),
            Some((account_id, new_email, false, false)) => (account_id, new_email),
        };
        sqlx::query(&format!(
            "UPDATE email_changes SET used_at = {NOW} WHERE token_hash = ?"
        ))
        .bind(token_hash)
        .execute(&mut *tx)
        .await?;
        let changed = sqlx::query(&format!(
            "UPDATE accounts SET email = ?, confirmed_at = COALESCE(confirmed_at, {NOW}) \
             WHERE id = ? AND NOT EXISTS (SELECT 1 FROM accounts WHERE email = ? AND id <> ?)"
        ))
        .bind(&new_email)
        .bind(account_id)
        .bind(&new_email)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() == 0 {
            return Err(LinkError::Invalid);
        }
        tx.commit().await?;
        Ok(())
    }

    /// Records the request to delete the account and ends its sessions; what the law makes the
    /// agencies keep is kept until its time, the rest is removed by the operator's process.
    pub async fn request_deletion(&self, account_id: i64) -> sqlx::Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(&format!(
            "UPDATE accounts SET deletion_requested_at = COALESCE(deletion_requested_at, {NOW}) WHERE id = ?"
        ))
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM sessions WHERE account_id = ?")
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    }
}
