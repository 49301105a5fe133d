//! Officers: their accounts, the second factor, the audit log of what they do and open, and
//! the applications their agency may reach.

use app::api::{AuditEntry, Look, OfficerView, Viewer};
use app::domain::{AgencyNumber, ApplicationNumber, Email, Fin};
use sqlx::Transaction;

use super::Db;

use super::accounts::open_account_in;
use super::rows::{agency_text, number, role};
use super::sessions::insert_session;
use super::{FOR_UPDATE, NOW, Store};
use crate::identity::seal::Seal;
use crate::store::{Greeting, Link, NewOfficer, OfficeError, Officer, OfficerLogin, SecondFactor};

/// How long a correct password waits for the authenticator's code.
const CHALLENGE_MINUTES: i64 = 5;

#[derive(sqlx::FromRow)]
struct OfficerDbRow {
    id: i64,
    surname: String,
    name: String,
    email: String,
    role: String,
    totp_confirmed_at: Option<String>,
    deactivated_at: Option<String>,
    signing_fin: Option<String>,
}

#[derive(sqlx::FromRow)]
struct AuditDbRow {
    at: String,
    officer: String,
    role: String,
    action: String,
    number: Option<String>,
    subject: Option<String>,
}

impl Store {
    pub async fn officer_login(&self, account_id: i64) -> sqlx::Result<Option<OfficerLogin>> {
        let row: Option<(String, String, Option<String>)> = sqlx::query_as(
            "SELECT a.email, o.totp_secret, o.totp_confirmed_at FROM officers o \
             JOIN accounts a ON a.id = o.account_id \
             WHERE o.account_id = $1 AND o.deactivated_at IS NULL",
        )
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(|(email, sealed, confirmed)| {
            Some(OfficerLogin {
                email,
                totp_secret: self.seal.open(&sealed)?,
                enrolled: confirmed.is_some(),
            })
        }))
    }

    /// Seals the authenticator keys kept in clear by databases made before sealing.
    pub(super) async fn seal_plain_secrets(&self) -> sqlx::Result<()> {
        let plain: Vec<(i64, String)> =
            sqlx::query_as("SELECT account_id, totp_secret FROM officers")
                .fetch_all(&self.pool)
                .await?;
        for (account_id, secret) in plain.into_iter().filter(|(_, s)| !Seal::is_sealed(s)) {
            sqlx::query(
                "UPDATE officers SET totp_secret = $1 WHERE account_id = $2 AND totp_secret = $3",
            )
            .bind(self.seal.seal(&secret))
            .bind(account_id)
            .bind(&secret)
            .execute(&self.writer)
            .await?;
        }
        Ok(())
    }

    pub async fn start_second_factor(
        &self,
        account_id: i64,
        challenge_hash: &str,
    ) -> sqlx::Result<()> {
        sqlx::query(&format!(
            "INSERT INTO second_factor_challenges (token_hash, account_id, expires_at) \
             VALUES ($1, $2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+{CHALLENGE_MINUTES} minutes'))"
        ))
        .bind(challenge_hash)
        .bind(account_id)
        .execute(&self.writer)
        .await
        .map(drop)
    }

    /// The address of the officer a live challenge is for: whose failed logins a code counts
    /// against.
    pub async fn second_factor_email(&self, challenge_hash: &str) -> sqlx::Result<Option<Email>> {
        let email: Option<(String,)> = sqlx::query_as(&format!(
            "SELECT a.email FROM second_factor_challenges c JOIN accounts a ON a.id = c.account_id \
             WHERE c.token_hash = $1 AND c.used_at IS NULL AND c.expires_at > {NOW}"
        ))
        .bind(challenge_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(email.and_then(|(email,)| Email::parse(&email)))
    }

    /// Checks the code with `accepts(secret, last step)`, which gives the step it is good for;
    /// a good code opens a two-factor session and cannot be used again.
    pub async fn complete_second_factor(
        &self,
        challenge_hash: &str,
        accepts: impl FnOnce(&str, i64) -> Option<i64>,
        session_hash: &str,
        csrf_token: &str,
    ) -> sqlx::Result<SecondFactor> {
        let mut tx = self.write_locking_rows().await?;
        // The challenge's and the officer's rows are held until the code is used: one code
        // typed in two tabs at once is compared with the step the first left, and refused.
        let row: Option<(i64, String, i64)> = sqlx::query_as(&format!(
            "SELECT c.account_id, o.totp_secret, o.totp_last_step \
             FROM second_factor_challenges c \
             JOIN officers o ON o.account_id = c.account_id AND o.deactivated_at IS NULL \
             WHERE c.token_hash = $1 AND c.used_at IS NULL AND c.expires_at > {NOW} {FOR_UPDATE}"
        ))
        .bind(challenge_hash)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((account_id, sealed, last_step)) = row else {
            return Ok(SecondFactor::Expired);
        };
        let secret = self.seal.open(&sealed).unwrap_or_default();
        let Some(step) = accepts(&secret, last_step) else {
            return Ok(SecondFactor::WrongCode);
        };
        sqlx::query(&format!(
            "UPDATE second_factor_challenges SET used_at = {NOW} WHERE token_hash = $1"
        ))
        .bind(challenge_hash)
        .execute(&mut *tx)
        .await?;
        sqlx::query(&format!(
            "UPDATE officers SET totp_last_step = $1, \
             totp_confirmed_at = COALESCE(totp_confirmed_at, {NOW}) WHERE account_id = $2"
        ))
        .bind(step)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        insert_session(
            &mut tx,
            account_id,
            session_hash,
            csrf_token,
            app::api::LoginMeans::Password,
            true,
        )
        .await?;
        tx.commit().await?;
        Ok(SecondFactor::LoggedIn)
    }

    /// Too many wrong codes: the password must be given again.
    pub async fn end_second_factor(&self, challenge_hash: &str) -> sqlx::Result<()> {
        sqlx::query(&format!(
            "UPDATE second_factor_challenges SET used_at = {NOW} WHERE token_hash = $1"
        ))
        .bind(challenge_hash)
        .execute(&self.writer)
        .await
        .map(drop)
    }

    /// A new officer: an account whose address is confirmed by the link sent (then a password
    /// is set, as for anyone), and the role at the agency.
    pub async fn add_officer(
        &self,
        officer: &NewOfficer<'_>,
        confirm: &Link,
        greeting: &Greeting,
        by: Option<&Officer>,
    ) -> sqlx::Result<Option<i64>> {
        let mut tx = self.write().await?;
        let Some(account_id) = open_account_in(&mut tx, &officer.account, confirm, greeting).await?
        else {
            return Ok(None);
        };
        insert_officer(
            &mut tx,
            account_id,
            officer,
            &self.seal.seal(officer.totp_secret),
        )
        .await?;
        if let Some(by) = by {
            audit(
                &mut tx,
                by,
                "created_officer",
                None,
                Some(officer.account.email.as_str()),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(Some(account_id))
    }

    /// Development and demo only: an officer who can log in at once with a published password
    /// and authenticator key. Does nothing if the address has an account.
    pub async fn add_demo_officer(
        &self,
        officer: &NewOfficer<'_>,
        password_hash: &str,
    ) -> sqlx::Result<()> {
        let mut tx = self.write().await?;
        let (id,): (i64,) = sqlx::query_as(&format!(
            "INSERT INTO accounts (email, surname, name, fin, lang, password_hash, confirmed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, {NOW}) ON CONFLICT (email) DO UPDATE SET email = excluded.email \
             RETURNING id"
        ))
        .bind(officer.account.email.as_str())
        .bind(officer.account.surname)
        .bind(officer.account.name)
        .bind(officer.account.fin.map(Fin::as_str))
        .bind(officer.account.lang.code())
        .bind(password_hash)
        .fetch_one(&mut *tx)
        .await?;
        let exists: Option<(i64,)> =
            sqlx::query_as("SELECT account_id FROM officers WHERE account_id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        if exists.is_none() {
            insert_officer(&mut tx, id, officer, &self.seal.seal(officer.totp_secret)).await?;
            sqlx::query(&format!(
                "UPDATE officers SET totp_confirmed_at = {NOW} WHERE account_id = $1"
            ))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await
    }

    /// The demo officers of a database made before they had FINs, by address.
    pub async fn demo_officers_without_fin(&self) -> sqlx::Result<Vec<String>> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT a.email FROM officers o JOIN accounts a ON a.id = o.account_id \
             WHERE a.email LIKE '%@demo.qapi.az' AND o.signing_fin IS NULL",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(email,)| email).collect())
    }

    /// Gives a demo officer of a database made before demo officers had FINs their FIN.
    pub async fn give_demo_officer_fin(&self, email: &Email, fin: &Fin) -> sqlx::Result<()> {
        sqlx::query(
            "UPDATE officers SET signing_fin = $1 WHERE signing_fin IS NULL \
             AND account_id = (SELECT id FROM accounts WHERE email = $2)",
        )
            .bind(fin.as_str())
            .bind(email.as_str())
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    /// Development and demo only: the demo officers' addresses and keys, for the page that
    /// stands in for their authenticator app.
    pub async fn demo_officer_keys(&self) -> sqlx::Result<Vec<(String, String, String)>> {
        let rows: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT a.email, o.role, o.totp_secret FROM officers o \
             JOIN accounts a ON a.id = o.account_id \
             WHERE a.email LIKE '%@demo.qapi.az' ORDER BY a.id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(email, role, sealed)| Some((email, role, self.seal.open(&sealed)?)))
            .collect())
    }

    pub async fn officers(&self, agency: AgencyNumber) -> sqlx::Result<Vec<OfficerView>> {
        let rows: Vec<OfficerDbRow> = sqlx::query_as(
            "SELECT a.id, a.surname, a.name, a.email, o.role, o.totp_confirmed_at, \
                 o.deactivated_at, o.signing_fin FROM officers o JOIN accounts a ON a.id = o.account_id \
                 WHERE o.agency = $1 ORDER BY a.surname, a.name",
        )
        .bind(i64::from(agency.get()))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(OfficerView {
                    account_id: row.id,
                    role: role(&row.role)?,
                    surname: row.surname,
                    name: row.name,
                    email: row.email,
                    agency,
                    active: row.deactivated_at.is_none(),
                    enrolled: row.totp_confirmed_at.is_some(),
                    signing_fin: row.signing_fin.as_deref().and_then(Fin::parse),
                })
            })
            .collect()
    }

    /// An officer who leaves: their sessions end at once; their work stays where it is for a
    /// supervisor to hand over.
    pub async fn deactivate_officer(&self, by: &Officer, account_id: i64) -> sqlx::Result<bool> {
        let mut tx = self.write_locking_rows().await?;
        let changed = sqlx::query(&format!(
            "UPDATE officers SET deactivated_at = {NOW} \
             WHERE account_id = $1 AND agency = $2 AND deactivated_at IS NULL AND account_id != $3"
        ))
        .bind(account_id)
        .bind(i64::from(by.agency.get()))
        .bind(by.account_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if changed {
            sqlx::query("DELETE FROM sessions WHERE account_id = $1")
                .bind(account_id)
                .execute(&mut *tx)
                .await?;
            let subject = account_id.to_string();
            audit(&mut tx, by, "deactivated_officer", None, Some(&subject)).await?;
        }
        tx.commit().await?;
        Ok(changed)
    }
}

/// The officer's row, its authenticator key `sealed`.
async fn insert_officer(
    tx: &mut Transaction<'_, Db>,
    account_id: i64,
    officer: &NewOfficer<'_>,
    sealed: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO officers (account_id, agency, role, totp_secret, signing_fin) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(account_id)
    .bind(i64::from(officer.agency.get()))
    .bind(officer.role.code())
    .bind(sealed)
    .bind(officer.signing_fin.map(Fin::as_str))
    .execute(&mut **tx)
    .await
    .map(drop)
}

/// Appends to the audit log, in the transaction of what it records.
pub(super) async fn audit(
    tx: &mut Transaction<'_, Db>,
    by: &Officer,
    action: &str,
    application_id: Option<i64>,
    subject: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (officer_id, role, agency, action, application_id, subject) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(by.account_id)
    .bind(by.role.code())
    .bind(i64::from(by.agency.get()))
    .bind(action)
    .bind(application_id)
    .bind(subject)
    .execute(&mut **tx)
    .await
    .map(drop)
}

impl Store {
    /// The agency's audit log, newest first, for its supervisor.
    pub async fn agency_audit(&self, agency: AgencyNumber) -> sqlx::Result<Vec<AuditEntry>> {
        let mut tx = self.pool.begin().await?;
        let entries = audit_entries(&mut tx, "l.agency = $1", i64::from(agency.get())).await?;
        tx.commit().await?;
        Ok(entries)
    }
}

/// "Who looked at my application": each officer once, by role and agency, never by name.
pub(super) async fn viewers(
    tx: &mut Transaction<'_, Db>,
    application_id: i64,
) -> sqlx::Result<Vec<Viewer>> {
    let rows: Vec<(i64, String, String, String, String, String)> = sqlx::query_as(
        "SELECT l.officer_id, l.role, g.name_az, g.name_en, g.name_ru, l.at FROM audit_log l \
         JOIN agencies g ON g.number = l.agency \
         WHERE l.application_id = $1 AND l.action IN ('viewed', 'viewed_file') ORDER BY l.id",
    )
    .bind(application_id)
    .fetch_all(&mut **tx)
    .await?;
    let looks = rows
        .into_iter()
        .map(|(officer, r, az, en, ru, at)| {
            Ok(Look {
                officer,
                role: role(&r)?,
                agency: agency_text(az, en, ru),
                at,
            })
        })
        .collect::<sqlx::Result<_>>()?;
    Ok(Viewer::of(looks))
}

/// The application's id if it belongs to the officer's agency and has been sent; an
/// application of another agency is not found, as if it did not exist.
pub(super) async fn agency_application(
    tx: &mut Transaction<'_, Db>,
    by: &Officer,
    number: &ApplicationNumber,
) -> Result<i64, OfficeError> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM applications WHERE number = $1 AND agency = $2 AND status != 'draft'",
    )
    .bind(number.to_string())
    .bind(i64::from(by.agency.get()))
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|(id,)| id).ok_or(OfficeError::NotFound)
}

pub(super) async fn audit_entries(
    tx: &mut Transaction<'_, Db>,
    condition: &str,
    value: i64,
) -> sqlx::Result<Vec<AuditEntry>> {
    let rows: Vec<AuditDbRow> = sqlx::query_as(&format!(
        "SELECT l.at, o.surname || ' ' || o.name AS officer, l.role, l.action, a.number, \
             l.subject \
             FROM audit_log l JOIN accounts o ON o.id = l.officer_id \
             LEFT JOIN applications a ON a.id = l.application_id \
             WHERE {condition} ORDER BY l.id DESC LIMIT 200"
    ))
    .bind(value)
    .fetch_all(&mut **tx)
    .await?;
    rows.into_iter()
        .map(|row| {
            Ok(AuditEntry {
                role: role(&row.role)?,
                number: row.number.as_deref().map(number).transpose()?,
                at: row.at,
                officer: row.officer,
                action: row.action,
                subject: row.subject,
            })
        })
        .collect()
}
