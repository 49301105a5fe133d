use std::time::Duration;

use super::{Channel, Mailer, OutgoingEmail, OutgoingSms, SmsGateway};
use crate::store::{OutboxMessage, Store};

/// The ways messages go out.
#[derive(Clone)]
pub struct Senders {
    pub mailer: Mailer,
    pub sms: std::sync::Arc<dyn SmsGateway>,
    /// The host that names our e-mails' Message-IDs (`<id@qapi.example>`).
    pub sender_domain: String,
}

/// How many messages one pass takes, so one slow pass does not hold many.
const BATCH: i64 = 20;

/// Sends what is due; returns how many went out. A failed message waits longer each time.
pub async fn deliver_due(store: &Store, senders: &Senders) -> anyhow::Result<usize> {
    let mut sent = 0;
    for message in store.claim_due_messages(BATCH).await? {
        match send(senders, &message).await {
            Ok(()) => {
                store.mark_message_sent(message.id).await?;
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(message = message.id, attempts = message.attempts, error = %error, "message not sent");
                store
                    .mark_message_failed(message.id, &error.to_string(), backoff(message.attempts))
                    .await?;
            }
        }
    }
    Ok(sent)
}

async fn send(senders: &Senders, message: &OutboxMessage) -> anyhow::Result<()> {
    let (subject, body) = message.template.render(message.lang, &message.values);
    match message.template.channel() {
        Channel::Email => {
            let email = OutgoingEmail {
                message_id: format!("<{}@{}>", message.message_id, senders.sender_domain),
                to: message.recipient.clone(),
                subject,
                body,
            };
            senders.mailer.send(&email).await
        }
        Channel::Sms => {
            let sms = OutgoingSms {
                id: message.message_id.clone(),
                to: message.recipient.clone(),
                text: body.trim().to_owned(),
            };
            senders.sms.send(&sms).await
        }
    }
}

/// 30 s, 1 min, 2 min … up to 1 hour.
fn backoff(attempts: i64) -> Duration {
    let exponent = u32::try_from(attempts.clamp(1, 8) - 1).unwrap_or(0);
    Duration::from_secs((30 * 2u64.pow(exponent)).min(3600))
}

/// The pause between two passes of the outbox worker: what is queued goes out within seconds.
pub const PASS_EVERY: Duration = Duration::from_secs(2);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_longer_after_each_failure_up_to_an_hour() {
        assert_eq!(backoff(1), Duration::from_secs(30));
        assert_eq!(backoff(2), Duration::from_secs(60));
        assert_eq!(backoff(20), Duration::from_secs(3600));
    }
}
