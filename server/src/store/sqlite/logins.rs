use app::api::{LoginMeans, LoginRecord, SimulatedRequest};
use app::domain::{Fin, Lang, Phone};

use super::{NOW, Store};
use crate::identity::providers::VerifiedIdentity;

/// How many logins the cabinet's history shows.
const HISTORY_LENGTH: i64 = 20;

/// A request as a simulated identity system records it.
pub struct SimulatedRequestRecord<'a> {
    pub id: &'a str,
    pub means: LoginMeans,
    pub phone: Option<&'a str>,
    pub verification_code: Option<&'a str>,
    pub fin: Option<&'a Fin>,
    pub return_to: Option<&'a str>,
    pub lifetime_seconds: i64,
}

/// Where a simulated request stands.
pub enum SimulatedState {
    Pending,
    /// With the phone the request was made to (Asan İmza's), if any.
    Confirmed {
        fin: Fin,
        phone: Option<Phone>,
    },
    Refused,
    Expired,
}

/// What a login attempt's token opened: the session's token hash and CSRF token go in, the
/// account comes out.
pub struct StateLogin<'a> {
    pub attempt_hash: &'a str,
    pub identity: &'a VerifiedIdentity,
    pub means: LoginMeans,
    pub lang: Lang,
    pub session_hash: &'a str,
    pub csrf_token: &'a str,
}

#[derive(sqlx::FromRow)]
struct PendingRow {
    id: String,
    phone: Option<String>,
    verification_code: Option<String>,
    return_to: Option<String>,
    fin: Option<String>,
}

impl Store {
    pub async fn start_login_attempt(
        &self,
        token_hash: &str,
        means: LoginMeans,
        provider_ref: &str,
        lifetime_seconds: i64,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO login_attempts (token_hash, means, provider_ref, expires_at) \
             VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || ? || ' seconds'))",
        )
        .bind(token_hash)
        .bind(means.slug())
        .bind(provider_ref)
        .bind(lifetime_seconds)
        .execute(&self.pool)
        .await
        .map(drop)
    }

    /// A live, unused attempt: its means and the identity system's reference.
    pub async fn login_attempt(
        &self,
        token_hash: &str,
    ) -> sqlx::Result<Option<(LoginMeans, String)>> {
        let row: Option<(String, String)> = sqlx::query_as(&format!(
            "SELECT means, provider_ref FROM login_attempts \
             WHERE token_hash = ? AND used_at IS NULL AND expires_at > {NOW}"
        ))
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(|(means, provider_ref)| {
            LoginMeans::from_slug(&means).map(|m| (m, provider_ref))
        }))
    }

    /// Uses the attempt up and logs the person in, making their account on the first visit.
    /// The identity system vouched for the FIN, so the FIN's account is theirs: a registration
    /// that claimed this FIN but never confirmed its e-mail loses that e-mail, so that whoever
    /// typed it cannot reset the password of a person who has proven who they are.
    /// `None` if the attempt was used meanwhile (two tabs asking at once).
    pub async fn complete_state_login(&self, login: &StateLogin<'_>) -> sqlx::Result<Option<i64>> {
        let mut tx = self.write().await?;
        let used = sqlx::query(&format!(
            "UPDATE login_attempts SET used_at = {NOW} WHERE token_hash = ? AND used_at IS NULL"
        ))
        .bind(login.attempt_hash)
        .execute(&mut *tx)
        .await?;
        if used.rows_affected() == 0 {
            return Ok(None);
        }
        let (account_id,): (i64,) = sqlx::query_as(&format!(
            "INSERT INTO accounts (surname, name, fin, lang, confirmed_at) VALUES (?, ?, ?, ?, {NOW}) \
             ON CONFLICT (fin) DO UPDATE SET \
               email = CASE WHEN confirmed_at IS NULL THEN NULL ELSE email END, \
               password_hash = CASE WHEN confirmed_at IS NULL THEN NULL ELSE password_hash END, \
               confirmed_at = COALESCE(confirmed_at, excluded.confirmed_at) \
             RETURNING id"
        ))
        .bind(&login.identity.surname)
        .bind(&login.identity.name)
        .bind(login.identity.fin.as_str())
        .bind(login.lang.code())
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM account_links WHERE account_id = ? AND used_at IS NULL")
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        if let Some(phone) = &login.identity.phone {
            sqlx::query("INSERT OR IGNORE INTO account_phones (account_id, phone) VALUES (?, ?)")
                .bind(account_id)
                .bind(phone.as_str())
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE accounts SET phone = COALESCE(phone, ?) WHERE id = ?")
                .bind(phone.as_str())
                .bind(account_id)
                .execute(&mut *tx)
                .await?;
        }
        super::sessions::insert_session(
            &mut tx,
            account_id,
            login.session_hash,
            login.csrf_token,
            login.means,
            false,
        )
        .await?;
        tx.commit().await?;
        Ok(Some(account_id))
    }

    pub async fn login_history(&self, account_id: i64) -> sqlx::Result<Vec<LoginRecord>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT means, at FROM login_events WHERE account_id = ? ORDER BY id DESC LIMIT ?",
        )
        .bind(account_id)
        .bind(HISTORY_LENGTH)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(means, at)| {
                LoginMeans::from_slug(&means).map(|means| LoginRecord { means, at })
            })
            .collect())
    }

    pub async fn keep_simulated_request(
        &self,
        request: &SimulatedRequestRecord<'_>,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO simulated_identity_requests \
               (id, means, phone, verification_code, fin, return_to, expires_at) \
             VALUES (?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || ? || ' seconds'))",
        )
        .bind(request.id)
        .bind(request.means.slug())
        .bind(request.phone)
        .bind(request.verification_code)
        .bind(request.fin.map(Fin::as_str))
        .bind(request.return_to)
        .bind(request.lifetime_seconds)
        .execute(&self.pool)
        .await
        .map(drop)
    }

    pub async fn simulated_state(&self, id: &str) -> sqlx::Result<Option<SimulatedState>> {
        let row: Option<(String, Option<String>, Option<String>, bool)> = sqlx::query_as(&format!(
            "SELECT state, fin, phone, expires_at <= {NOW} FROM simulated_identity_requests \
             WHERE id = ?"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(state, fin, phone, expired)| {
            match (state.as_str(), fin.as_deref().and_then(Fin::parse)) {
                ("confirmed", Some(fin)) => SimulatedState::Confirmed {
                    fin,
                    phone: phone.as_deref().and_then(Phone::parse),
                },
                ("refused", _) => SimulatedState::Refused,
                _ if expired => SimulatedState::Expired,
                _ => SimulatedState::Pending,
            }
        }))
    }

    /// Requests still waiting for an answer: all of one means, or the one with this id.
    pub async fn pending_simulated_requests(
        &self,
        means: LoginMeans,
        id: Option<&str>,
    ) -> sqlx::Result<Vec<(SimulatedRequest, Option<Fin>)>> {
        let rows: Vec<PendingRow> = sqlx::query_as(&format!(
            "SELECT id, phone, verification_code, return_to, fin FROM simulated_identity_requests \
             WHERE means = ? AND (? IS NULL OR id = ?) AND state = 'pending' AND expires_at > {NOW} \
             ORDER BY expires_at DESC"
        ))
        .bind(means.slug())
        .bind(id)
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let request = SimulatedRequest {
                    id: row.id,
                    means,
                    phone: row.phone.as_deref().and_then(Phone::parse),
                    verification_code: row.verification_code,
                    return_to: row.return_to,
                };
                (request, row.fin.as_deref().and_then(Fin::parse))
            })
            .collect())
    }

    /// Records the person's answer to a pending request; `false` if it was not pending.
    pub async fn answer_simulated_request(
        &self,
        id: &str,
        confirmed_as: Option<&Fin>,
    ) -> sqlx::Result<bool> {
        let state = if confirmed_as.is_some() {
            "confirmed"
        } else {
            "refused"
        };
        let answered = sqlx::query(&format!(
            "UPDATE simulated_identity_requests SET state = ?, fin = COALESCE(?, fin) \
             WHERE id = ? AND state = 'pending' AND expires_at > {NOW}"
        ))
        .bind(state)
        .bind(confirmed_as.map(Fin::as_str))
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(answered.rows_affected() == 1)
    }
}
