use std::collections::BTreeMap;
use std::time::Duration;

use futures_util::{StreamExt, stream};

use super::{Channel, Mailer, OutgoingEmail, OutgoingSms, SmsGateway};
use crate::store::{FailedMessage, OutboxMessage, SentMessage, Store};

/// The ways messages go out.
#[derive(Clone)]
pub struct Senders {
    pub mailer: Mailer,
    pub sms: std::sync::Arc<dyn SmsGateway>,
    /// The host that names our e-mails' Message-IDs (`<id@qapi.example>`).
    pub sender_domain: String,
}

/// How many messages one pass takes: a backlog goes out in few writes to the database, while a
/// pass (about `BATCH / SENDING_AT_ONCE` round trips) ends well within the claim on its
/// messages, and a crash mid-pass resends at most these (each with its Message-ID, so
/// recognisably the same).
const BATCH: i64 = 100;

/// How many recipients' messages are on their way at once: a relay or an SMS provider answers
/// each message in a round trip, and waiting for them one by one would bound the rate by that.
/// The SMTP pool keeps as many connections open.
pub const SENDING_AT_ONCE: usize = 8;

/// One pass: takes up to a batch of the messages that are due, sends them, and records the
/// outcome of all of them in one transaction. A failed message waits longer each time. Returns
/// how many it took; none means nothing was due.
pub async fn deliver_due(store: &Store, senders: &Senders) -> anyhow::Result<usize> {
    let claimed = store.claim_due_messages(BATCH).await?;
    let taken = claimed.len();
    let outcomes: Vec<Vec<_>> = stream::iter(by_recipient(claimed))
        .map(|messages| async move {
            let mut outcomes = Vec::with_capacity(messages.len());
            for message in messages {
                let outcome = send(senders, &message).await;
                // lettre parks a used connection from a task of its own: letting that task run
                // first means the next message is handed that connection, not a new one.
                tokio::task::yield_now().await;
                outcomes.push((message, outcome));
            }
            outcomes
        })
        .buffer_unordered(SENDING_AT_ONCE)
        .collect()
        .await;
    let mut sent = Vec::with_capacity(taken);
    let mut failed = Vec::new();
    for (message, outcome) in outcomes.into_iter().flatten() {
        match outcome {
            Ok(subject) => sent.push(SentMessage {
                id: message.id,
                subject,
            }),
            Err(error) => {
                tracing::warn!(message = message.id, attempts = message.attempts, error = %error, "message not sent");
                failed.push(FailedMessage {
                    id: message.id,
                    error: error.to_string(),
                    retry_in: backoff(message.attempts),
                });
            }
        }
    }
    store.record_attempts(&sent, &failed).await?;
    Ok(taken)
}

/// The messages of each recipient, oldest first: they go one after another, so a person whose
/// application changed twice is told in that order, while different people's go at once.
fn by_recipient(messages: Vec<OutboxMessage>) -> impl Iterator<Item = Vec<OutboxMessage>> {
    let mut by_recipient: BTreeMap<String, Vec<OutboxMessage>> = BTreeMap::new();
    for message in messages {
        by_recipient
            .entry(message.recipient.clone())
            .or_default()
            .push(message);
    }
    by_recipient.into_values().map(|mut messages| {
        messages.sort_by_key(|m| m.id);
        messages
    })
}

/// Sends the message; the subject it went with.
async fn send(senders: &Senders, message: &OutboxMessage) -> anyhow::Result<String> {
    let (subject, body) = message.template.render(message.lang, &message.values);
    match message.template.channel() {
        Channel::Email => {
            let email = OutgoingEmail {
                message_id: format!("<{}@{}>", message.message_id, senders.sender_domain),
                to: message.recipient.clone(),
                subject: subject.clone(),
                body,
            };
            senders.mailer.send(&email).await?;
        }
        Channel::Sms => {
            let sms = OutgoingSms {
                id: message.message_id.clone(),
                to: message.recipient.clone(),
                text: body.trim().to_owned(),
            };
            senders.sms.send(&sms).await?;
        }
    }
    Ok(subject)
}

/// 30 s, 1 min, 2 min … up to 1 hour.
fn backoff(attempts: i64) -> Duration {
    let exponent = u32::try_from(attempts.clamp(1, 8) - 1).unwrap_or(0);
    Duration::from_secs((30 * 2u64.pow(exponent)).min(3600))
}

/// The pause after a pass that found nothing due: what is queued then goes out within seconds.
/// While messages wait, passes follow each other without it.
pub const IDLE_PAUSE: Duration = Duration::from_secs(2);

#[cfg(test)]
mod tests {
    use app::domain::Lang;

    use super::*;
    use crate::notify::Template;

    fn message(id: i64, recipient: &str) -> OutboxMessage {
        OutboxMessage {
            id,
            message_id: format!("m{id}"),
            recipient: recipient.to_owned(),
            template: Template::ApplicationStatus,
            lang: Lang::Az,
            values: BTreeMap::new(),
            attempts: 1,
        }
    }

    #[test]
    fn each_recipients_messages_go_in_the_order_they_were_queued() {
        let claimed = vec![
            message(7, "leyla@mail.az"),
            message(3, "vuqar@mail.az"),
            message(5, "leyla@mail.az"),
            message(2, "leyla@mail.az"),
        ];
        let groups: Vec<Vec<i64>> = by_recipient(claimed)
            .map(|messages| messages.iter().map(|m| m.id).collect())
            .collect();
        assert_eq!(groups, [vec![2, 5, 7], vec![3]]);
    }

    #[test]
    fn waits_longer_after_each_failure_up_to_an_hour() {
        assert_eq!(backoff(1), Duration::from_secs(30));
        assert_eq!(backoff(2), Duration::from_secs(60));
        assert_eq!(backoff(20), Duration::from_secs(3600));
    }
}
