//! Notifications (e-mail, SMS) through a transactional outbox: a message is a row written in the same
//! transaction as the event that causes it; the worker sends it, retrying with backoff, so it is
//! never lost. Its Message-ID is fixed when it is queued, so a resend after a crash mid-send is
//! recognisably the same message.

mod mailer;
mod sms;
mod templates;
mod worker;

pub use mailer::{Mailer, OutgoingEmail};
pub use sms::{DevSmsBox, HttpSmsGateway, OutgoingSms, SmsGateway};
pub use templates::{Channel, Template};
pub use worker::{IDLE_PAUSE, SENDING_AT_ONCE, Senders, deliver_due};
