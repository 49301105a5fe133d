use app::api::{LoginMeans, LoginRecord};
use app::domain::AsanUserId;

use super::{NOW, Store};
use crate::store::{StateLogin};

/// How many logins the cabinet's history shows.
const HISTORY_LENGTH: i64 = 20;

impl Store {
    /// Keeps a login under way; Asan İmza's with the user ID it asked with, which the account
    /// keeps once the login completes.
    pub async fn start_login_attempt(
        &self,
        token_hash: &str,
        means: LoginMeans,
        provider_ref: &str,
        asan_user_id: Option<&AsanUserId>,
        lifetime_seconds: i64,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO login_attempts (token_hash, means, provider_ref, asan_user_id, expires_at) \
             VALUES ($1, $2, $3, $4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || $5 || ' seconds'))",
        )
        .bind(token_hash)
        .bind(means.slug())
        .bind(provider_ref)
        .bind(asan_user_id.map(AsanUserId::as_str))
        .bind(lifetime_seconds)
        .execute(&self.writer)
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
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > {NOW}"
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
        let mut tx = self.write_locking_rows().await?;
        let used: Option<(Option<String>,)> = sqlx::query_as(&format!(
            "UPDATE login_attempts SET used_at = {NOW} WHERE token_hash = $1 AND used_at IS NULL \
             RETURNING asan_user_id"
        ))
        .bind(login.attempt_hash)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((asan_user_id,)) = used else {
            return Ok(None);
        };
        let (account_id,): (i64,) = sqlx::query_as(&format!(
            "INSERT INTO accounts (surname, name, fin, lang, confirmed_at) VALUES ($1, $2, $3, $4, {NOW}) \
             ON CONFLICT (fin) DO UPDATE SET \
               email = CASE WHEN accounts.confirmed_at IS NULL THEN NULL ELSE accounts.email END, \
               password_hash = CASE WHEN accounts.confirmed_at IS NULL THEN NULL \
                 ELSE accounts.password_hash END, \
               confirmed_at = COALESCE(accounts.confirmed_at, excluded.confirmed_at) \
             RETURNING id"
        ))
        .bind(&login.identity.surname)
        .bind(&login.identity.name)
        .bind(login.identity.fin.as_str())
        .bind(login.lang.code())
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM account_links WHERE account_id = $1 AND used_at IS NULL")
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        if let Some(phone) = &login.identity.phone {
            sqlx::query(
                "INSERT INTO account_phones (account_id, phone) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(account_id)
            .bind(phone.as_str())
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE accounts SET phone = COALESCE(phone, $1) WHERE id = $2")
                .bind(phone.as_str())
                .bind(account_id)
                .execute(&mut *tx)
                .await?;
            if let Some(user_id) = asan_user_id {
                sqlx::query(
                    "UPDATE accounts SET asan_imza_phone = $1, asan_imza_user_id = $2 WHERE id = $3",
                )
                .bind(phone.as_str())
                .bind(user_id)
                .bind(account_id)
                .execute(&mut *tx)
                .await?;
            }
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

    /// The Asan İmza the person last logged in with: its phone number and user ID.
    pub async fn asan_imza_of(&self, account_id: i64) -> sqlx::Result<Option<(String, String)>> {
        let row: Option<(Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT asan_imza_phone, asan_imza_user_id FROM accounts WHERE id = $1",
        )
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(|(phone, user_id)| phone.zip(user_id)))
    }

    pub async fn login_history(&self, account_id: i64) -> sqlx::Result<Vec<LoginRecord>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT means, at FROM login_events WHERE account_id = $1 ORDER BY id DESC LIMIT $2",
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
}
