use std::collections::BTreeMap;

use app::api::DevMail;
use app::domain::Lang;
use sqlx::Transaction;

use super::Db;

use super::{SKIP_LOCKED, Store};
use crate::notify::{Channel, OutgoingEmail, Template};
use crate::store::{
    AccountMessage, FailedMessage, Greeting, OutboxBacklog, OutboxMessage, Outgoing, Recipient,
    SentMessage,
};

/// How long a claimed message is left alone before another pass may try it again (a worker
/// that died mid-send).
const CLAIM_SECONDS: i64 = 120;

/// Queues a message (e-mail or SMS, as its template says) in the caller's transaction: it goes
/// out if, and only if, the event commits. `account` is whose message it is, for their cabinet.
pub(super) async fn queue_message(
    tx: &mut Transaction<'_, Db>,
    account: Option<i64>,
    recipient: &str,
    template: Template,
    lang: Lang,
    values: &BTreeMap<String, String>,
) -> sqlx::Result<()> {
    let vars = serde_json::to_string(values).map_err(|e| sqlx::Error::Encode(e.into()))?;
    sqlx::query(
        "INSERT INTO outbox (message_id, account_id, channel, recipient, template, lang, vars, queued_at) \
         VALUES (lower(hex(randomblob(16))), $1, $2, $3, $4, $5, $6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
    )
    .bind(account)
    .bind(template.channel().name())
    .bind(recipient)
    .bind(template.name())
    .bind(lang.code())
    .bind(vars)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Queues a message the workflow decided, as `queue_message` does.
pub(super) async fn queue_outgoing(
    tx: &mut Transaction<'_, Db>,
    message: &Outgoing,
) -> sqlx::Result<()> {
    queue_message(
        tx,
        message.account,
        &message.to,
        message.template,
        message.lang,
        &message.values,
    )
    .await
}

/// Queues `messages` and commits if the claim just made in `tx` took its row (the first round
/// to give a notice given once), else leaves everything as it was: whether they were queued.
pub(super) async fn queue_if_claimed(
    mut tx: Transaction<'static, Db>,
    claimed: u64,
    messages: &[Outgoing],
) -> sqlx::Result<bool> {
    if claimed != 1 {
        return Ok(false);
    }
    for message in messages {
        queue_outgoing(&mut tx, message).await?;
    }
    tx.commit().await?;
    Ok(true)
}

#[derive(sqlx::FromRow)]
struct OutboxRow {
    id: i64,
    message_id: String,
    recipient: String,
    template: String,
    lang: String,
    vars: String,
    attempts: i64,
}

#[derive(sqlx::FromRow)]
struct DevMailRow {
    message_id: String,
    channel: String,
    recipient: String,
    subject: String,
    body: String,
    sent_at: String,
}

impl Store {
    /// Takes the messages that are due, marking them as tried, in one statement so that two
    /// workers never take the same one.
    pub async fn claim_due_messages(&self, limit: i64) -> sqlx::Result<Vec<OutboxMessage>> {
        let rows: Vec<OutboxRow> = sqlx::query_as(&format!(
            "UPDATE outbox SET attempts = attempts + 1, \
             next_attempt_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || $1 || ' seconds') \
             WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL \
                          AND next_attempt_at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now') ORDER BY id LIMIT $2 \
                          {SKIP_LOCKED}) \
             RETURNING id, message_id, recipient, template, lang, vars, attempts",
        ))
        .bind(CLAIM_SECONDS)
        .bind(limit)
        .fetch_all(&self.writer)
        .await?;
        rows.into_iter()
            .map(|row| {
                let corrupt = || {
                    sqlx::Error::Decode(format!("outbox message {} is not valid", row.id).into())
                };
                Ok(OutboxMessage {
                    id: row.id,
                    template: Template::parse(&row.template).ok_or_else(corrupt)?,
                    lang: Lang::parse(&row.lang).ok_or_else(corrupt)?,
                    values: serde_json::from_str(&row.vars).map_err(|_| corrupt())?,
                    message_id: row.message_id,
                    recipient: row.recipient,
                    attempts: row.attempts,
                })
            })
            .collect()
    }

    /// How many messages wait to be sent, and how long the oldest has waited.
    pub async fn outbox_backlog(&self) -> sqlx::Result<OutboxBacklog> {
        let (unsent, oldest_age_seconds): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), \
               ifnull(max(0, CAST(strftime('%s', 'now') AS BIGINT) - CAST(strftime('%s', min(queued_at)) AS BIGINT)), 0) \
             FROM outbox WHERE sent_at IS NULL",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(OutboxBacklog {
            unsent,
            oldest_age_seconds,
        })
    }

    /// A pass's outcome, in one transaction (one durable commit for the whole batch). The sent
    /// ones keep their values (links with live tokens among them) no longer, only the subject
    /// they were sent with; the failed ones wait to be tried again.
    pub async fn record_attempts(
        &self,
        sent: &[SentMessage],
        failed: &[FailedMessage],
    ) -> sqlx::Result<()> {
        let mut tx = self.write_locking_rows().await?;
        for message in sent {
            sqlx::query(
                "UPDATE outbox SET sent_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), vars = '{}', \
                 subject = $1, last_error = NULL WHERE id = $2",
            )
            .bind(&message.subject)
            .bind(message.id)
            .execute(&mut *tx)
            .await?;
        }
        for message in failed {
            sqlx::query(
                "UPDATE outbox SET last_error = $1, \
                 next_attempt_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+' || $2 || ' seconds') WHERE id = $3",
            )
            .bind(&message.error)
            .bind(i64::try_from(message.retry_in.as_secs()).unwrap_or(i64::MAX))
            .bind(message.id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await
    }

    /// Keeps a message for the dev mailbox; the same message twice is kept once.
    pub async fn keep_in_dev_mailbox(
        &self,
        channel: Channel,
        email: &OutgoingEmail,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO dev_mailbox (message_id, channel, recipient, subject, body) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (message_id) DO NOTHING",
        )
        .bind(&email.message_id)
        .bind(channel.name())
        .bind(&email.to)
        .bind(&email.subject)
        .bind(&email.body)
        .execute(&self.writer)
        .await
        .map(drop)
    }

    /// The dev mailbox, newest first.
    pub async fn dev_mailbox(&self) -> sqlx::Result<Vec<DevMail>> {
        let rows: Vec<DevMailRow> =
            sqlx::query_as("SELECT message_id, channel, recipient, subject, body, sent_at FROM dev_mailbox ORDER BY id DESC")
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .into_iter()
            .map(|r| DevMail {
                message_id: r.message_id,
                channel: r.channel,
                recipient: r.recipient,
                subject: r.subject,
                body: r.body,
                sent_at: r.sent_at,
            })
            .collect())
    }

    /// The messages of the account, newest first: channel, subject as sent (or, for one not
    /// yet sent, template, language and values to render it from), when sent.
    /// Whom the account's messages go to: its address, name and language.
    pub async fn recipient(&self, account_id: i64) -> sqlx::Result<Option<Recipient>> {
        let row: Option<(Option<String>, String, String)> =
            sqlx::query_as("SELECT email, name, lang FROM accounts WHERE id = $1")
                .bind(account_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(email, name, lang)| Recipient {
            account: account_id,
            email,
            name,
            lang: Lang::parse(&lang).unwrap_or_default(),
        }))
    }

    pub async fn messages_of_account(&self, account_id: i64) -> sqlx::Result<Vec<AccountMessage>> {
        sqlx::query_as(
            "SELECT channel, template, lang, vars, subject, sent_at FROM outbox \
             WHERE account_id = $1 ORDER BY id DESC LIMIT 50",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await
    }
}

/// A greeting's values: the person's name, the link if one is sent, and the greeting's own.
pub(super) fn greeted(
    name: &str,
    link: Option<&str>,
    greeting: &Greeting,
) -> BTreeMap<String, String> {
    let mut all = values(name, link);
    all.extend(greeting.values.clone());
    all
}

pub(super) fn values(name: &str, link: Option<&str>) -> BTreeMap<String, String> {
    let mut values = BTreeMap::from([("name".to_owned(), name.to_owned())]);
    if let Some(link) = link {
        values.insert("link".into(), link.to_owned());
    }
    values
}

/// Queues the workflow's e-mail to an account only the transaction finds (a letter's sender,
/// a host, a registry operator): at its address, in its language, with its name among the
/// values; nothing for an account without an address.
pub(super) async fn notify_account(
    tx: &mut Transaction<'_, Db>,
    account_id: i64,
    template: Template,
    mut extra: BTreeMap<String, String>,
) -> sqlx::Result<()> {
    let (email, name, lang): (Option<String>, String, String) =
        sqlx::query_as("SELECT email, name, lang FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_one(&mut **tx)
            .await?;
    let Some(email) = email else {
        return Ok(());
    };
    let mut values = values(&name, None);
    values.append(&mut extra);
    let lang = Lang::parse(&lang).unwrap_or_default();
    queue_message(tx, Some(account_id), &email, template, lang, &values).await
}
