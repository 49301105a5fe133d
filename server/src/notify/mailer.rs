use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use secrecy::ExposeSecret;

use super::{Channel, SENDING_AT_ONCE};
use crate::config::{MailSettings, MailTransport};
use crate::store::Store;

/// One e-mail, ready to go.
pub struct OutgoingEmail {
    /// Fixed when the message was queued: the same on every attempt.
    pub message_id: String,
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// Where e-mail goes: an SMTP server, or (development only) the dev mailbox in the database.
#[derive(Clone)]
pub enum Mailer {
    /// Clones share one pool of open connections: a message goes over one already open (after
    /// a NOOP shows it is alive), not over a new TCP and TLS handshake each time.
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    DevMailbox(Store),
}

impl Mailer {
    pub fn from_settings(settings: &MailSettings, store: &Store) -> anyhow::Result<Self> {
        Ok(match settings.transport {
            MailTransport::DevMailbox => Self::DevMailbox(store.clone()),
            MailTransport::Smtp => Self::Smtp {
                transport: AsyncSmtpTransport::<Tokio1Executor>::from_url(
                    settings.smtp_url.expose_secret(),
                )?
                // As many kept open as the worker sends at once; the pool does not bound how
                // many it opens, so more would be opened and closed again each pass.
                .pool_config(PoolConfig::new().max_size(SENDING_AT_ONCE as u32))
                .build(),
                from: settings.from.parse()?,
            },
        })
    }

    pub async fn send(&self, email: &OutgoingEmail) -> anyhow::Result<()> {
        match self {
            Self::Smtp { transport, from } => {
                let message = Message::builder()
                    .message_id(Some(email.message_id.clone()))
                    .from(from.clone())
                    .to(email.to.parse()?)
                    .subject(&email.subject)
                    .header(ContentType::TEXT_PLAIN)
                    .body(email.body.clone())?;
                transport.send(message).await?;
            }
            Self::DevMailbox(store) => store.keep_in_dev_mailbox(Channel::Email, email).await?,
        }
        Ok(())
    }
}
