use app::api::{LoginMeans, Me, OfficeRole, OfficerRole};
use app::domain::{AgencyNumber, Email, Fin, Lang};
use sqlx::Transaction;

use super::Db;

use super::{NOW, Store};
use crate::store::{Session};

/// How long a session lasts at least without use; a request that uses it extends it.
pub const IDLE_MINUTES: i64 = 30;
/// How often a session's expiry is written at most. Writing it on every request made every
/// authenticated request a write; instead an extension sets the expiry this much beyond
/// `IDLE_MINUTES`, and uses within the next minute find enough time left and only read. A
/// session thus ends between `IDLE_MINUTES` and one minute more after its last use.
const EXTEND_EVERY_SECONDS: i64 = 60;
/// What a new or just extended session has left.
const EXTENDED_SECONDS: i64 = IDLE_MINUTES * 60 + EXTEND_EVERY_SECONDS;

#[derive(sqlx::FromRow)]
struct SessionRow {
    seconds_left: i64,
    account_id: i64,
    csrf_token: String,
    email: Option<String>,
    surname: String,
    name: String,
    fin: Option<String>,
    lang: String,
    office_role: Option<String>,
    office_agency: Option<i64>,
    signing_fin: Option<String>,
}

impl Store {
    /// The account's id and password hash, for a confirmed account that has set a password.
    pub async fn login_account(&self, email: &Email) -> sqlx::Result<Option<(i64, String)>> {
        let row: Option<(i64, Option<String>)> = sqlx::query_as(
            "SELECT id, password_hash FROM accounts WHERE email = $1 AND confirmed_at IS NOT NULL",
        )
        .bind(email.as_str())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(|(id, hash)| hash.map(|h| (id, h))))
    }

    /// Logs in with a password: a new session.
    pub async fn start_session(
        &self,
        account_id: i64,
        token_hash: &str,
        csrf_token: &str,
    ) -> sqlx::Result<()> {
        let mut tx = self.write_locking_rows().await?;
        insert_session(
            &mut tx,
            account_id,
            token_hash,
            csrf_token,
            LoginMeans::Password,
            false,
        )
        .await?;
        tx.commit().await
    }

    /// A live session, extended by this use when it is due (`extends`).
    pub async fn session(&self, token_hash: &str) -> sqlx::Result<Option<Session>> {
        let row: Option<SessionRow> = sqlx::query_as(&format!(
            "SELECT CAST(strftime('%s', sessions.expires_at) AS BIGINT) - CAST(strftime('%s', 'now') AS BIGINT) AS seconds_left, \
               sessions.account_id, sessions.csrf_token, accounts.email, accounts.surname, \
               accounts.name, accounts.fin, accounts.lang, officers.role AS office_role, \
               officers.agency AS office_agency, officers.signing_fin \
             FROM sessions JOIN accounts ON accounts.id = sessions.account_id \
             LEFT JOIN officers ON officers.account_id = sessions.account_id \
               AND officers.deactivated_at IS NULL AND sessions.second_factor \
             WHERE sessions.token_hash = $1 AND sessions.expires_at > {NOW}"
        ))
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        if extends(row.seconds_left) {
            sqlx::query(&format!(
                "UPDATE sessions SET expires_at = {} WHERE token_hash = $1 AND expires_at > {NOW}",
                extended_expiry()
            ))
            .bind(token_hash)
            .execute(&self.writer)
            .await?;
        }
        Ok(Some(Session {
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
            signing_fin: row.signing_fin.as_deref().and_then(Fin::parse),
        }))
    }

    pub async fn end_session(&self, token_hash: &str) -> sqlx::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.writer)
            .await
            .map(drop)
    }

    /// "Log out on every device": every session of the account, this one included.
    pub async fn end_every_session(&self, account_id: i64) -> sqlx::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(account_id)
            .execute(&self.writer)
            .await
            .map(drop)
    }
}

/// Whether a use of a session that has `seconds_left` writes a new expiry: only when less than
/// the idle time is left, so after any use at least `IDLE_MINUTES` are left, and a session is
/// written at most once a minute however often it is used.
fn extends(seconds_left: i64) -> bool {
    seconds_left < IDLE_MINUTES * 60
}

/// The expiry a new or extended session gets, as SQL.
fn extended_expiry() -> String {
    format!("strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+{EXTENDED_SECONDS} seconds')")
}

fn office_role(role: Option<&str>, agency: Option<i64>) -> Option<OfficeRole> {
    Some(OfficeRole {
        role: OfficerRole::parse(role?)?,
        agency: AgencyNumber::new(u16::try_from(agency?).ok()?)?,
    })
}

/// A new session, and the login in the account's history.
pub(super) async fn insert_session(
    tx: &mut Transaction<'_, Db>,
    account_id: i64,
    token_hash: &str,
    csrf_token: &str,
    means: LoginMeans,
    second_factor: bool,
) -> sqlx::Result<()> {
    sqlx::query(&format!(
        "INSERT INTO sessions (token_hash, account_id, csrf_token, second_factor, expires_at) \
         VALUES ($1, $2, $3, $4, {})",
        extended_expiry()
    ))
    .bind(token_hash)
    .bind(account_id)
    .bind(csrf_token)
    .bind(second_factor)
    .execute(&mut **tx)
    .await?;
    sqlx::query("INSERT INTO login_events (account_id, means) VALUES ($1, $2)")
        .bind(account_id)
        .bind(means.slug())
        .execute(&mut **tx)
        .await
        .map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_is_written_at_most_once_a_minute() {
        assert!(!extends(EXTENDED_SECONDS), "just extended");
        assert!(
            !extends(EXTENDED_SECONDS - 59),
            "used again within the minute"
        );
        assert!(
            !extends(IDLE_MINUTES * 60),
            "the idle time still left in full"
        );
        assert!(extends(IDLE_MINUTES * 60 - 1), "a minute on");
        assert!(extends(1), "about to end");
    }

    #[test]
    fn after_any_use_the_idle_time_is_left_and_at_most_a_minute_more() {
        for seconds_left in 1..=EXTENDED_SECONDS {
            let after = if extends(seconds_left) {
                EXTENDED_SECONDS
            } else {
                seconds_left
            };
            assert!(
                (IDLE_MINUTES * 60..=EXTENDED_SECONDS).contains(&after),
                "{seconds_left} s left became {after} s"
            );
        }
    }
}
