use std::net::IpAddr;

use app::api::{LoginMeans, Me, OfficeRole, OfficerRole};
use app::domain::{AgencyNumber, Email, Fin, Lang};
use sqlx::{Sqlite, Transaction};

use super::{NOW, Store};

/// How long a session lasts without use; every request that uses it extends it.
pub const IDLE_MINUTES: i64 = 30;
/// Failed logins of one account within the window before it must wait.
pub const MAX_FAILURES: i64 = 5;
/// Failed logins from one address within the window before it must wait: enough for a family
/// or an office behind one address, too few to guess at many accounts.
pub const MAX_ADDRESS_FAILURES: i64 = 30;
pub const FAILURE_WINDOW_MINUTES: i64 = 15;

#[derive(sqlx::FromRow)]
struct SessionRow {
    account_id: i64,
    csrf_token: String,
    email: Option<String>,
    surname: String,
    name: String,
    fin: Option<String>,
    lang: String,
    office_role: Option<String>,
    office_agency: Option<i64>,
}

/// A session found by its token, with the person it belongs to.
pub struct Session {
    pub account_id: i64,
    pub csrf_token: String,
    pub me: Me,
}

impl Store {
    /// The account's id and password hash, for a confirmed account that has set a password.
    pub async fn login_account(&self, email: &Email) -> sqlx::Result<Option<(i64, String)>> {
        let row: Option<(i64, Option<String>)> = sqlx::query_as(
            "SELECT id, password_hash FROM accounts WHERE email = ? AND confirmed_at IS NOT NULL",
        )
        .bind(email.as_str())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(|(id, hash)| hash.map(|h| (id, h))))
    }

    /// Failed logins within the window: of this account, and from this address.
    pub async fn recent_login_failures(
        &self,
        email: &Email,
        address: IpAddr,
    ) -> sqlx::Result<(i64, i64)> {
        sqlx::query_as(&format!(
            "SELECT COUNT(*) FILTER (WHERE email = ?), COUNT(*) FILTER (WHERE address = ?) \
             FROM login_failures \
             WHERE at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-{FAILURE_WINDOW_MINUTES} minutes')"
        ))
        .bind(email.as_str())
        .bind(address.to_string())
        .fetch_one(&self.pool)
        .await
    }

    pub async fn record_login_failure(&self, email: &Email, address: IpAddr) -> sqlx::Result<()> {
        sqlx::query("INSERT INTO login_failures (email, address) VALUES (?, ?)")
            .bind(email.as_str())
            .bind(address.to_string())
            .execute(&self.pool)
            .await
            .map(drop)
    }

    /// Logs in with a password: a new session, and the failed attempts forgotten.
    pub async fn start_session(
        &self,
        account_id: i64,
        token_hash: &str,
        csrf_token: &str,
    ) -> sqlx::Result<()> {
        let mut tx = self.write().await?;
        insert_session(
            &mut tx,
            account_id,
            token_hash,
            csrf_token,
            LoginMeans::Password,
            false,
        )
        .await?;
        sqlx::query(
            "DELETE FROM login_failures WHERE email = (SELECT email FROM accounts WHERE id = ?)",
        )
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    }

    /// A live session, extended by this use.
    pub async fn session(&self, token_hash: &str) -> sqlx::Result<Option<Session>> {
        let row: Option<SessionRow> = sqlx::query_as(&format!(
            "UPDATE sessions SET expires_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+{IDLE_MINUTES} minutes') \
             WHERE token_hash = ? AND expires_at > {NOW} \
             RETURNING account_id, csrf_token, \
               (SELECT email FROM accounts WHERE id = account_id) AS email, \
               (SELECT surname FROM accounts WHERE id = account_id) AS surname, \
               (SELECT name FROM accounts WHERE id = account_id) AS name, \
               (SELECT fin FROM accounts WHERE id = account_id) AS fin, \
               (SELECT lang FROM accounts WHERE id = account_id) AS lang, \
               (SELECT role FROM officers WHERE account_id = sessions.account_id \
                  AND deactivated_at IS NULL AND sessions.second_factor = 1) AS office_role, \
               (SELECT agency FROM officers WHERE account_id = sessions.account_id \
                  AND deactivated_at IS NULL AND sessions.second_factor = 1) AS office_agency"
        ))
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|row| Session {
            account_id: row.account_id,
            csrf_token: row.csrf_token,
            me: Me {
                email: row.email,
                surname: row.surname,
                name: row.name,
                fin: row.fin.as_deref().and_then(Fin::parse),
                lang: Lang::parse(&row.lang).unwrap_or_default(),
                session_minutes: IDLE_MINUTES,
                office: office_role(row.office_role.as_deref(), row.office_agency),
            },
        }))
    }

    pub async fn end_session(&self, token_hash: &str) -> sqlx::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = ?")
            .bind(token_hash)
            .execute(&self.pool)
            .await
            .map(drop)
    }

    /// "Log out on every device": every session of the account, this one included.
    pub async fn end_every_session(&self, account_id: i64) -> sqlx::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE account_id = ?")
            .bind(account_id)
            .execute(&self.pool)
            .await
            .map(drop)
    }
}

fn office_role(role: Option<&str>, agency: Option<i64>) -> Option<OfficeRole> {
    Some(OfficeRole {
        role: OfficerRole::parse(role?)?,
        agency: AgencyNumber::new(u16::try_from(agency?).ok()?)?,
    })
}

/// A new session, and the login in the account's history.
pub(super) async fn insert_session(
    tx: &mut Transaction<'_, Sqlite>,
    account_id: i64,
    token_hash: &str,
    csrf_token: &str,
    means: LoginMeans,
    second_factor: bool,
) -> sqlx::Result<()> {
    sqlx::query(&format!(
        "INSERT INTO sessions (token_hash, account_id, csrf_token, second_factor, expires_at) \
         VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+{IDLE_MINUTES} minutes'))"
    ))
    .bind(token_hash)
    .bind(account_id)
    .bind(csrf_token)
    .bind(second_factor)
    .execute(&mut **tx)
    .await?;
    sqlx::query("INSERT INTO login_events (account_id, means) VALUES (?, ?)")
        .bind(account_id)
        .bind(means.slug())
        .execute(&mut **tx)
        .await
        .map(drop)
}
