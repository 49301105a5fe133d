use std::collections::BTreeMap;

use app::api::{AccountSettings, Preferences};
use app::domain::{Email, Lang, Phone};

use super::accounts::hold_account;
use super::notify::{greeted, queue_message};
use super::{FOR_UPDATE, NOW, Store};
use crate::notify::Template;
use crate::store::LinkError;
use subtle::ConstantTimeEq;
use crate::store::{CodeRefused, ConfirmPhoneError, Greeting, Link};

/// Wrong codes before a code is used up.
pub const MAX_CODE_TRIES: i64 = 5;

#[derive(sqlx::FromRow)]
struct SettingsRow {
    email: Option<String>,
    phone: Option<String>,
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
            "SELECT email, phone, password_hash IS NOT NULL AS has_password, lang, notify_email, notify_sms, deletion_requested_at, created_at \
             FROM accounts WHERE id = $1",
        )
        .bind(account_id)
        .fetch_one(&self.pool)
        .await?;
        let phones: Vec<(String,)> = sqlx::query_as(
            "SELECT phone FROM account_phones WHERE account_id = $1 ORDER BY confirmed_at, phone",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        let settings = AccountSettings {
            email: row.email,
            phone: row.phone.as_deref().and_then(Phone::parse),
            phones: phones
                .iter()
                .filter_map(|(raw,)| Phone::parse(raw))
                .collect(),
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
        sqlx::query(
            "UPDATE accounts SET lang = $1, notify_email = $2, notify_sms = $3 WHERE id = $4",
        )
        .bind(preferences.lang.code())
        .bind(preferences.notify_email)
        .bind(preferences.notify_sms)
        .bind(account_id)
        .execute(&self.writer)
        .await
        .map(drop)
    }

    pub async fn account_password(&self, account_id: i64) -> sqlx::Result<Option<String>> {
        let (hash,): (Option<String>,) =
            sqlx::query_as("SELECT password_hash FROM accounts WHERE id = $1")
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
        let mut tx = self.write_locking_rows().await?;
        sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
            .bind(account_id)
            .bind(keep_session)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    }

    /// Sends the link that confirms a new address to that address in the greeting's `new`
    /// e-mail; an address that belongs to another account gets its `existing` one instead, and
    /// the caller's answer is the same either way.
    pub async fn request_email_change(
        &self,
        account_id: i64,
        new_email: &Email,
        confirm: &Link,
        greeting: &Greeting,
    ) -> sqlx::Result<()> {
        // The account's row is held: two new addresses asked at once are made one after the
        // other, and the second ends the first's link.
        let mut tx = self.write_locking_rows().await?;
        hold_account(&mut tx, account_id).await?;
        let (name, lang): (String, String) =
            sqlx::query_as("SELECT name, lang FROM accounts WHERE id = $1")
                .bind(account_id)
                .fetch_one(&mut *tx)
                .await?;
        let lang = Lang::parse(&lang).unwrap_or_default();
        let taken: Option<(i64, String, String)> =
            sqlx::query_as("SELECT id, name, lang FROM accounts WHERE email = $1 AND id <> $2")
                .bind(new_email.as_str())
                .bind(account_id)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some((owner_id, owner, owner_lang)) = taken {
            let owner_lang = Lang::parse(&owner_lang).unwrap_or_default();
            queue_message(
                &mut tx,
                Some(owner_id),
                new_email.as_str(),
                greeting.existing,
                owner_lang,
                &greeted(&owner, None, greeting),
            )
            .await?;
        } else {
            // One change waits at a time: an earlier link must not switch the address back
            // after a later one was used.
            sqlx::query(&format!(
                "UPDATE email_changes SET used_at = {NOW} WHERE account_id = $1 AND used_at IS NULL"
            ))
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO email_changes (token_hash, account_id, new_email, expires_at) \
                 VALUES ($1, $2, $3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+24 hours'))",
            )
            .bind(&confirm.token_hash)
            .bind(account_id)
            .bind(new_email.as_str())
            .execute(&mut *tx)
            .await?;
            queue_message(
                &mut tx,
                Some(account_id),
                new_email.as_str(),
                greeting.new,
                lang,
                &greeted(&name, Some(&confirm.url), greeting),
            )
            .await?;
        }
        tx.commit().await
    }

    /// The new address becomes the account's, once, if no other account took it meanwhile.
    pub async fn confirm_email_change(&self, token_hash: &str) -> Result<(), LinkError> {
        // The change's row is held: a link opened twice at once is used by the first.
        let mut tx = self.write_locking_rows().await?;
        let change: Option<(i64, String, bool, bool)> = sqlx::query_as(&format!(
            "SELECT account_id, new_email, used_at IS NOT NULL, expires_at <= {NOW} \
             FROM email_changes WHERE token_hash = $1 {FOR_UPDATE}"
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
            "UPDATE email_changes SET used_at = {NOW} WHERE token_hash = $1"
        ))
        .bind(token_hash)
        .execute(&mut *tx)
        .await?;
        let changed = sqlx::query(&format!(
            "UPDATE accounts SET email = $1, confirmed_at = COALESCE(confirmed_at, {NOW}) \
             WHERE id = $2 AND NOT EXISTS (SELECT 1 FROM accounts WHERE email = $3 AND id <> $4)"
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
        let mut tx = self.write_locking_rows().await?;
        sqlx::query(&format!(
            "UPDATE accounts SET deletion_requested_at = COALESCE(deletion_requested_at, {NOW}) WHERE id = $1"
        ))
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    }

    /// Makes a number the account confirmed before its number again, with no code: each
    /// number is confirmed once. `false` if the account never confirmed it.
    pub async fn use_confirmed_phone(&self, account_id: i64, phone: &Phone) -> sqlx::Result<bool> {
        let done = sqlx::query(
            "UPDATE accounts SET phone = $1 WHERE id = $2 AND EXISTS \
             (SELECT 1 FROM account_phones WHERE account_id = $2 AND phone = $1)",
        )
        .bind(phone.as_str())
        .bind(account_id)
        .execute(&self.writer)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Sends a one-time code by SMS to the number in the workflow's message `tell`; an earlier
    /// code still live is replaced.
    pub async fn send_phone_code(
        &self,
        account_id: i64,
        phone: &Phone,
        (code, code_hash): (&str, &str),
        tell: Template,
    ) -> sqlx::Result<()> {
        // Codes asked at once for one account follow one another: one stays live.
        let mut tx = self.write_locking_rows().await?;
        hold_account(&mut tx, account_id).await?;
        sqlx::query(&format!(
            "UPDATE phone_confirmations SET used_at = {NOW} WHERE account_id = $1 AND used_at IS NULL"
        ))
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO phone_confirmations (account_id, phone, code_hash, expires_at) \
             VALUES ($1, $2, $3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+10 minutes'))",
        )
        .bind(account_id)
        .bind(phone.as_str())
        .bind(code_hash)
        .execute(&mut *tx)
        .await?;
        let (lang,): (String,) = sqlx::query_as("SELECT lang FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_one(&mut *tx)
            .await?;
        let values = BTreeMap::from([("code".to_owned(), code.to_owned())]);
        queue_message(
            &mut tx,
            Some(account_id),
            phone.as_str(),
            tell,
            Lang::parse(&lang).unwrap_or_default(),
            &values,
        )
        .await?;
        tx.commit().await
    }

    /// The typed code against the live one: right, and the number is the account's.
    pub async fn confirm_phone(
        &self,
        account_id: i64,
        code_hash: &str,
    ) -> Result<Phone, ConfirmPhoneError> {
        // Codes typed at once for one account follow one another: each wrong one is counted
        // against the live code's tries before the next is compared.
        let mut tx = self.write_locking_rows().await?;
        hold_account(&mut tx, account_id).await?;
        let live: Option<(i64, String, String)> = sqlx::query_as(&format!(
            "SELECT id, phone, code_hash FROM phone_confirmations \
             WHERE account_id = $1 AND used_at IS NULL AND expires_at > {NOW} AND tries < {MAX_CODE_TRIES} \
             ORDER BY id DESC LIMIT 1"
        ))
        .bind(account_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((id, phone, expected)) = live else {
            let (tried_out,): (bool,) = sqlx::query_as(&format!(
                "SELECT EXISTS (SELECT 1 FROM phone_confirmations WHERE account_id = $1 \
                 AND used_at IS NULL AND expires_at > {NOW} AND tries >= {MAX_CODE_TRIES})"
            ))
            .bind(account_id)
            .fetch_one(&mut *tx)
            .await?;
            let refused = if tried_out {
                CodeRefused::TriedOut
            } else {
                CodeRefused::NoneLive
            };
            return Err(ConfirmPhoneError::Refused(refused));
        };
        if !bool::from(expected.as_bytes().ct_eq(code_hash.as_bytes())) {
            sqlx::query("UPDATE phone_confirmations SET tries = tries + 1 WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            return Err(ConfirmPhoneError::Refused(CodeRefused::Wrong));
        }
        sqlx::query(&format!(
            "UPDATE phone_confirmations SET used_at = {NOW} WHERE id = $1"
        ))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE accounts SET phone = $1 WHERE id = $2")
            .bind(&phone)
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO account_phones (account_id, phone) VALUES ($1, $2) \
             ON CONFLICT DO NOTHING",
        )
        .bind(account_id)
        .bind(&phone)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Phone::parse(&phone).ok_or(ConfirmPhoneError::Refused(CodeRefused::NoneLive))
    }
}
