
use app::domain::{Email, Fin, Lang};
use sqlx::Transaction;

use super::Db;

use super::notify::{greeted, queue_message, values};
use super::{FOR_UPDATE, NOW, Store};
use crate::notify::Template;
use crate::store::LinkError;
use crate::store::{AccountRecord, Greeting, Link};

impl Store {
    /// Keeps a captcha's answer, and the proof of work that may stand in for it, until it is
    /// used or expires.
    pub async fn keep_captcha(
        &self,
        id: &str,
        answer: &str,
        work_bits: u32,
        lifetime_minutes: i64,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO captchas (id, answer, work_bits, expires_at) \
             VALUES ($1, $2, $3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || $4 || ' minutes'))",
        )
        .bind(id)
        .bind(answer)
        .bind(i64::from(work_bits))
        .bind(lifetime_minutes)
        .execute(&self.writer)
        .await
        .map(drop)
    }

    /// Uses a captcha up: its answer and the work it asked for if it was live, and never again.
    pub async fn redeem_captcha(&self, id: &str) -> sqlx::Result<Option<(String, u32)>> {
        let redeemed: Option<(String, i64)> = sqlx::query_as(&format!(
            "UPDATE captchas SET used_at = {NOW} WHERE id = $1 AND used_at IS NULL AND expires_at > {NOW} \
             RETURNING answer, work_bits"
        ))
        .bind(id)
        .fetch_optional(&self.writer)
        .await?;
        redeemed
            .map(|(answer, bits)| {
                u32::try_from(bits)
                    .map(|bits| (answer, bits))
                    .map_err(|_| sqlx::Error::Decode(format!("captcha work {bits}").into()))
            })
            .transpose()
    }

    /// Development only: a live captcha's answer, for the test harness.
    pub async fn captcha_answer(&self, id: &str) -> sqlx::Result<Option<String>> {
        let answer: Option<(String,)> = sqlx::query_as(&format!(
            "SELECT answer FROM captchas WHERE id = $1 AND used_at IS NULL AND expires_at > {NOW}"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(answer.map(|(a,)| a))
    }

    /// Records a new account with its confirmation link, or, for an address or FIN that has an
    /// account already, tells that account's owner instead; the answer to the caller is the same either
    /// way, so the form does not reveal who has an account.
    pub async fn register_account(
        &self,
        account: &AccountRecord<'_>,
        confirm: &Link,
        greeting: &Greeting,
    ) -> sqlx::Result<()> {
        let mut tx = self.write_locking_rows().await?;
        open_account_in(&mut tx, account, confirm, greeting).await?;
        tx.commit().await
    }

    /// Confirms the address the link was sent to, and at once sends the link to set a password
    /// in the workflow's e-mail `tell`.
    pub async fn confirm_account(
        &self,
        token_hash: &str,
        set_password: &Link,
        tell: Template,
    ) -> Result<(), LinkError> {
        let mut tx = self.write_locking_rows().await?;
        let account = use_link(&mut tx, token_hash, "confirm").await?;
        sqlx::query(&format!(
            "UPDATE accounts SET confirmed_at = COALESCE(confirmed_at, {NOW}) WHERE id = $1"
        ))
        .bind(account)
        .execute(&mut *tx)
        .await?;
        insert_link(
            &mut tx,
            account,
            "set_password",
            &set_password.token_hash,
            "+1 hour",
        )
        .await?;
        let (email, name, lang): (String, String, String) =
            sqlx::query_as("SELECT email, name, lang FROM accounts WHERE id = $1")
                .bind(account)
                .fetch_one(&mut *tx)
                .await?;
        let lang = Lang::parse(&lang).unwrap_or_default();
        queue_message(
            &mut tx,
            Some(account),
            &email,
            tell,
            lang,
            &values(&name, Some(&set_password.url)),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sends a link to set a new password to a confirmed account in the workflow's e-mail
    /// `tell`; an unknown address gets nothing, and the caller's answer is the same either way.
    pub async fn request_password_reset(
        &self,
        email: &Email,
        reset: &Link,
        tell: Template,
    ) -> sqlx::Result<()> {
        let mut tx = self.write_locking_rows().await?;
        let account: Option<(i64, String, String)> = sqlx::query_as(
            "SELECT id, name, lang FROM accounts WHERE email = $1 AND confirmed_at IS NOT NULL",
        )
        .bind(email.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((id, name, lang)) = account {
            insert_link(&mut tx, id, "set_password", &reset.token_hash, "+1 hour").await?;
            let lang = Lang::parse(&lang).unwrap_or_default();
            queue_message(
                &mut tx,
                Some(id),
                email.as_str(),
                tell,
                lang,
                &values(&name, Some(&reset.url)),
            )
            .await?;
        }
        tx.commit().await
    }

    /// Sets the password a link allows, and ends every session of the account: whoever knew
    /// the old password is logged out wherever they were.
    pub async fn set_password(
        &self,
        token_hash: &str,
        password_hash: &str,
    ) -> Result<(), LinkError> {
        let mut tx = self.write_locking_rows().await?;
        let account = use_link(&mut tx, token_hash, "set_password").await?;
        sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(account)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(account)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Opens an account whose address the link confirms, in the caller's transaction: its id, or
/// `None` where the address or the FIN has an account already, whose owner gets the
/// `existing` e-mail instead.
pub(super) async fn open_account_in(
    tx: &mut Transaction<'_, Db>,
    account: &AccountRecord<'_>,
    confirm: &Link,
    greeting: &Greeting,
) -> sqlx::Result<Option<i64>> {
    // An address or a FIN has one account: its owner is told of the attempt. Inserting first
    // and reading the owner only when the address or FIN is taken needs no lock: a
    // registration of the same address at the same moment waits for this one and finds it.
    let inserted: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO accounts (email, surname, name, fin, lang) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(account.email.as_str())
    .bind(account.surname)
    .bind(account.name)
    .bind(account.fin.map(Fin::as_str))
    .bind(account.lang.code())
    .fetch_optional(&mut **tx)
    .await?;
    let Some((id,)) = inserted else {
        let existing: Option<(i64, String, String, String)> = sqlx::query_as(
            "SELECT id, email, name, lang FROM accounts WHERE email = $1 OR fin = $2 LIMIT 1",
        )
        .bind(account.email.as_str())
        .bind(account.fin.map(Fin::as_str))
        .fetch_optional(&mut **tx)
        .await?;
        if let Some((owner, email, name, lang)) = existing {
            let lang = Lang::parse(&lang).unwrap_or_default();
            let values = greeted(&name, None, greeting);
            queue_message(tx, Some(owner), &email, greeting.existing, lang, &values).await?;
        }
        return Ok(None);
    };
    insert_link(tx, id, "confirm", &confirm.token_hash, "+24 hours").await?;
    queue_message(
        tx,
        Some(id),
        account.email.as_str(),
        greeting.new,
        account.lang,
        &greeted(account.name, Some(&confirm.url), greeting),
    )
    .await?;
    Ok(Some(id))
}

/// Holds the account's row until the transaction ends: a write that reads what the account
/// has (its live links and codes, its pending change) and then replaces it waits for any other
/// such write of the same account, and for no other writer.
pub(super) async fn hold_account(tx: &mut Transaction<'_, Db>, account: i64) -> sqlx::Result<()> {
    sqlx::query(&format!("SELECT id FROM accounts WHERE id = $1 {FOR_UPDATE}"))
        .bind(account)
        .execute(&mut **tx)
        .await
        .map(drop)
}

/// A new link of its kind for the account; the ones sent before it stop working, so a link
/// that went astray (a forwarded e-mail, an old inbox) cannot be used after a newer one. The
/// account's row is held first, so two links asked for at once are made one after the other
/// and the second ends the first.
async fn insert_link(
    tx: &mut Transaction<'_, Db>,
    account: i64,
    purpose: &str,
    token_hash: &str,
    lifetime: &str,
) -> sqlx::Result<()> {
    hold_account(tx, account).await?;
    sqlx::query(&format!(
        "UPDATE account_links SET used_at = {NOW} \
         WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL"
    ))
    .bind(account)
    .bind(purpose)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO account_links (token_hash, account_id, purpose, expires_at) \
         VALUES ($1, $2, $3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', $4))",
    )
    .bind(token_hash)
    .bind(account)
    .bind(purpose)
    .bind(lifetime)
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// Uses a link up, once: the account it belongs to, or why it cannot be used.
async fn use_link(
    tx: &mut Transaction<'_, Db>,
    token_hash: &str,
    purpose: &str,
) -> Result<i64, LinkError> {
    // Held until the transaction ends: the same link used from two tabs at once is used once.
    let link: Option<(i64, bool, bool)> = sqlx::query_as(&format!(
        "SELECT account_id, used_at IS NOT NULL, expires_at <= {NOW} FROM account_links \
         WHERE token_hash = $1 AND purpose = $2 {FOR_UPDATE}"
    ))
    .bind(token_hash)
    .bind(purpose)
    .fetch_optional(&mut **tx)
    .await?;
    match link {
        None | Some((_, true, _)) => Err(LinkError::Invalid),
        Some((_, _, true)) => Err(LinkError::Expired),
        Some((account, false, false)) => {
            sqlx::query(&format!(
                "UPDATE account_links SET used_at = {NOW} WHERE token_hash = $1"
            ))
            .bind(token_hash)
            .execute(&mut **tx)
            .await?;
            Ok(account)
        }
    }
}
