//! Official correspondence (rules 11.6–11.7): a person writes to any agency of the catalogue,
//! the agency answers, asks for more, or forwards the letter to the agency it belongs to, and
//! the thread goes on with the person's replies.

use serde::{Deserialize, Serialize};

use super::FileRef;
use crate::domain::{LetterNumber, Text};
use crate::i18n::Msg;

/// A new letter as its sender writes it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct LetterForm {
    /// The agency's number in the catalogue.
    pub agency: Option<u16>,
    pub subject: Option<String>,
    pub text: Option<String>,
    /// Pages the sender uploaded, at most 20.
    #[serde(default)]
    pub files: Vec<FileRef>,
    /// The sender's signature of this letter (`SigningStarted::id`); none sends it unsigned,
    /// which the agency sees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing: Option<String>,
}

/// Asks the sender's signature system to sign the letter as written (rule 12.2).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct StartLetterSigning {
    pub holder: super::SignerForm,
    pub letter: LetterForm,
}

/// The sender's reply in the thread, or the agency's answer or request for more.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct LetterReplyForm {
    pub text: Option<String>,
    #[serde(default)]
    pub files: Vec<FileRef>,
    /// The sender's signature of this reply (`SigningStarted::id`); none sends it unsigned,
    /// which the agency sees. The agency's steps are signed with the officer's PIN instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing: Option<String>,
}

/// Asks the sender's signature system to sign their reply in a letter's thread as written.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct StartReplySigning {
    pub holder: super::SignerForm,
    pub reply: LetterReplyForm,
}

/// What the agency does with a letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LetterAction {
    /// Answers it: the thread waits for nothing more.
    Answer,
    /// Asks the sender for more information: the thread waits for their reply.
    AskMore,
    /// Sends it on to the agency it belongs to, with a word to the sender why.
    Forward,
}

/// The agency's step on a letter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct LetterStep {
    pub action: LetterAction,
    pub text: Option<String>,
    #[serde(default)]
    pub files: Vec<FileRef>,
    /// Forward: the agency it goes to.
    pub agency: Option<u16>,
    /// The PIN that unlocks the officer's signing credential, where the agency's messages are
    /// signed.
    #[serde(default)]
    pub pin: Option<String>,
}

/// Where a letter stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LetterStatus {
    /// Waiting for the agency (sent, replied to, or forwarded to it).
    Sent,
    Answered,
    /// The agency waits for the sender's reply.
    MoreAsked,
}

impl LetterStatus {
    pub fn code(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Answered => "answered",
            Self::MoreAsked => "more_asked",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        [Self::Sent, Self::Answered, Self::MoreAsked]
            .into_iter()
            .find(|s| s.code() == code)
    }

    pub fn msg(self) -> Msg {
        match self {
            Self::Sent => Msg::LetterStatusSent,
            Self::Answered => Msg::LetterStatusAnswered,
            Self::MoreAsked => Msg::LetterStatusMoreAsked,
        }
    }
}

/// Who wrote a message of the thread, and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LetterMessageKind {
    /// The sender's letter, the first message.
    Letter,
    Reply,
    Answer,
    MoreAsked,
    /// The agency sent the letter on to `to`.
    Forwarded,
}

impl LetterMessageKind {
    pub fn code(self) -> &'static str {
        match self {
            Self::Letter => "letter",
            Self::Reply => "reply",
            Self::Answer => "answer",
            Self::MoreAsked => "more_asked",
            Self::Forwarded => "forwarded",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        [
            Self::Letter,
            Self::Reply,
            Self::Answer,
            Self::MoreAsked,
            Self::Forwarded,
        ]
        .into_iter()
        .find(|k| k.code() == code)
    }

    /// Whether the agency wrote it.
    pub fn by_agency(self) -> bool {
        matches!(self, Self::Answer | Self::MoreAsked | Self::Forwarded)
    }
}

/// One message of a letter's thread, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct LetterMessage {
    pub kind: LetterMessageKind,
    /// The agency that wrote it, or that the sender wrote to.
    pub agency: Text,
    /// Forwarded: the agency it went to.
    pub to: Option<Text>,
    pub text: String,
    pub files: Vec<FileRef>,
    pub at: String,
    /// The writer's signature, checked when read: the officer's on the agency's steps, the
    /// sender's on a letter they signed; none where it went unsigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_by: Option<super::DecisionSigner>,
}

/// A letter and its thread, as its sender and the agency holding it see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct LetterView {
    pub number: LetterNumber,
    pub subject: String,
    /// The agency that holds it now (a forward moves it).
    pub agency: Text,
    pub status: LetterStatus,
    pub sent_at: String,
    /// The day the agency's answer is due (the portal's setting, not a quoted law).
    pub due_on: Option<String>,
    /// When the agency holding it first opened it since the sender last wrote (rule 7.1.5).
    pub read_at: Option<String>,
    pub messages: Vec<LetterMessage>,
}

/// One line of "Yazışmalarım".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct LetterRow {
    pub number: LetterNumber,
    pub subject: String,
    pub agency: Text,
    pub status: LetterStatus,
    pub read: bool,
    pub updated_at: String,
}

/// One line of the agency's correspondence queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct OfficeLetterRow {
    pub number: LetterNumber,
    pub sender: String,
    pub subject: String,
    pub status: LetterStatus,
    pub due_on: Option<String>,
    pub overdue: bool,
}

/// A letter as the agency's officer works it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct OfficeLetter {
    pub letter: LetterView,
    pub sender: String,
    pub sender_email: Option<String>,
    /// Whether the agency's messages are signed (a signing service is connected): the form then
    /// asks for the officer's PIN.
    #[serde(default)]
    pub signs_answers: bool,
}
