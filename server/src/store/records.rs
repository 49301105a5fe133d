//! What the store's operations take and give, the same for every backend.

use std::collections::BTreeMap;

use app::api::{
    AgreementDecision, AnswerChange, ApplicationStatus, FileRef, HostKind, HostPlaceStatus,
    LoginMeans, Me, OfficerRole, PaidFor, Payment, PaymentFailure, Regulation, RegulationStage,
    StayChangeStatus,
};
use app::domain::{
    AgencyNumber, ApplicationNumber, CalendarDate, Email, Fin, Lang, LetterNumber, PaymentId,
    PaymentNumber, Phone, Qepik, ResultCode, SecurityCode, ServiceNumber, Text,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::RegistryError;
use crate::identity::providers::VerifiedIdentity;
use crate::notify::Template;

/// A link sent by e-mail: the address with the token, and the hash that is all we keep.
pub struct Link {
    pub token_hash: String,
    pub url: String,
}

/// An account as registration records it; the names come from the registry where it knows them.
pub struct AccountRecord<'a> {
    pub email: &'a Email,
    pub surname: &'a str,
    pub name: &'a str,
    pub fin: Option<&'a Fin>,
    pub lang: Lang,
}

/// A file as the upload stored it.
pub struct NewFile<'a> {
    pub id: &'a str,
    pub account_id: Option<i64>,
    pub claim_hash: Option<&'a str>,
    pub address: &'a str,
    pub name: &'a str,
    pub media_type: &'a str,
    pub size: u64,
    pub sha256: &'a str,
}

/// A host as registration records it.
pub struct HostRecord<'a> {
    pub kind: HostKind,
    pub details: &'a serde_json::Value,
    /// The address registration gives, as one line: the first for the agency to check.
    pub address: &'a str,
    /// Uploaded before the account existed: (file id, hash of its claim).
    pub claimed_files: Vec<(String, String)>,
}

/// A host, as their cabinet and the officer see them.
pub struct HostRow {
    /// The host's first account: the organisation's, for its staff too.
    pub account_id: i64,
    pub kind: HostKind,
    pub name: String,
    /// A legal person's name, as its registration gave it.
    pub organisation: Option<String>,
    /// Read for a colleague of the organisation, not its first account.
    pub staff: bool,
}

/// The agency's answer to an extension of a stay, and what the host is told of it.
pub struct StayChangeAnswer<'a> {
    /// Accepted (the registration's stay becomes the one the change asked for) or refused.
    pub status: StayChangeStatus,
    /// Why, as the host reads it; required with a refusal.
    pub note: Option<&'a str>,
    /// What the host is told.
    pub messages: Vec<Outgoing>,
    /// The audit log's name for it.
    pub audit: &'static str,
}

/// The agency's answer on a host's address, and what the host is told of it.
pub struct HostPlaceDecision<'a> {
    /// Verified or refused.
    pub status: HostPlaceStatus,
    /// The reason the host receives, with a refusal.
    pub refusal: Option<&'a str>,
    pub tell: Template,
    /// The message's values beside the host's name and the address.
    pub values: BTreeMap<String, String>,
    /// The audit log's name for it.
    pub audit: &'static str,
}

/// What deciding on something that waits found.
#[derive(Debug, PartialEq, Eq)]
pub enum DecidedOn {
    Now,
    /// Someone decided before.
    Before,
    /// Its owner took it back before anyone decided.
    Withdrawn,
    Missing,
}

/// Why a change to an application was refused.
#[derive(Debug, thiserror::Error)]
pub enum ApplicationError {
    #[error("no such application of this account")]
    NotFound,
    #[error("saved from an older version")]
    Stale,
    #[error("the application can no longer be changed")]
    NotEditable,
    #[error("the status machine has no such step")]
    NotAllowed,
    /// The signature named is not one signed for this application and not yet used.
    #[error("no signed, unused signature of this application by that id")]
    SignatureNotGiven,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// What a submit records beside the status: what the service's rules made of the form, the
/// files it carries, and when the answer is due.
pub struct Submission<'a> {
    pub summary: &'a serde_json::Value,
    pub files: &'a [&'a str],
    pub due_on: Option<CalendarDate>,
    /// The address the applicant gave for this application, if not the account's.
    pub email_to: Option<&'a str>,
    /// What a resubmission after a return changed, for the officer.
    pub changes_since_return: &'a [AnswerChange],
    /// The receipt (rule 7.1.2), as the workflow wrote it.
    pub messages: &'a [Outgoing],
    /// The sender's signature of this content; none where the regulation accepts unsigned.
    pub signature: Option<SentSignature<'a>>,
}

/// A signature a submit carries: the signing request it came from is used by it.
pub struct SentSignature<'a> {
    pub signing_id: &'a str,
    pub means: &'a str,
    pub content: &'a str,
    /// Hex of the DER signature.
    pub signature: &'a str,
    pub certificate: &'a str,
    pub signed_at: &'a str,
}

/// The portal's ask to a sender's signature system, as recorded.
pub struct SigningRequestRecord<'a> {
    pub id: &'a str,
    pub account_id: i64,
    /// The application signed; none for a letter, which has no number before it is sent.
    pub number: Option<&'a ApplicationNumber>,
    pub means: &'a str,
    pub provider_ref: &'a str,
    pub content: &'a str,
}

/// A signing request as kept.
#[derive(sqlx::FromRow)]
pub struct SigningRequestRow {
    /// The signature system asked (`SigningMeans::slug`).
    pub means: String,
    pub provider_ref: String,
    pub content: String,
    pub state: String,
    pub signature: Option<String>,
    pub certificate: Option<String>,
}

/// How a signing request ended, as its signature system said.
pub enum SigningSettled<'a> {
    Signed {
        signature: &'a str,
        certificate: &'a str,
    },
    Refused,
    Expired,
}

/// Who reads an application's signatures: its applicant, or an officer of its agency.
#[derive(Clone, Copy)]
pub enum SignatureReader {
    Applicant(i64),
    Agency(AgencyNumber),
}

/// One sending of an application as kept, signed or not.
#[derive(sqlx::FromRow)]
pub struct StoredSignature {
    pub sending: i64,
    pub content: Option<String>,
    pub signature: Option<String>,
    pub certificate: Option<String>,
    pub signed_at: Option<String>,
    pub sent_at: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ComplaintError {
    #[error("no such application of the account")]
    NotFound,
    #[error("only a decision can be complained about")]
    NotDecided,
    #[error("a complaint about it is open")]
    AlreadyOpen,
    #[error("the signing request named is not signed, or was used")]
    SignatureNotGiven,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// A service's regulation not yet approved: being written, or in public discussion.
pub struct RegulationDraft {
    pub id: i64,
    pub service: ServiceNumber,
    pub regulation: Regulation,
    pub stage: RegulationStage,
    /// One more at every save: an agreement or a discussion names the text it was given.
    pub revision: i64,
    pub discussion_opened_on: Option<CalendarDate>,
    pub discussion_until: Option<CalendarDate>,
}

/// A participating agency of a draft, with its answer to the draft's current revision.
pub struct Participant {
    pub agency: AgencyNumber,
    pub decision: Option<AgreementDecision>,
    pub comment: Option<String>,
    pub decided_at: Option<String>,
}

/// An approved version of a service's regulation.
pub struct ApprovedRegulation {
    /// Its row: the comments of the discussion before it name it.
    pub id: i64,
    pub version: u32,
    pub approved_on: CalendarDate,
    pub regulation: Regulation,
    pub discussion_opened_on: Option<CalendarDate>,
    pub discussion_until: Option<CalendarDate>,
}

/// A service of an agency with where its regulation stands.
pub struct AgencyRegulation {
    pub service: ServiceNumber,
    pub stage: Option<RegulationStage>,
    pub discussion_until: Option<CalendarDate>,
    pub approved_version: Option<u32>,
}

#[derive(Debug, thiserror::Error)]
pub enum RegulationError {
    #[error("no such draft, comment or participant")]
    NotFound,
    #[error("the draft is in public discussion")]
    InDiscussion,
    #[error("no draft is in public discussion")]
    NotInDiscussion,
    #[error("the draft changed since it was read")]
    Changed,
    #[error("a participating agency has not agreed")]
    AgreementPending,
    #[error("the discussion's period has ended")]
    Closed,
    #[error("a comment has no answer")]
    Unanswered,
    #[error("the comment has its answer")]
    AlreadyAnswered,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Who invites whom, for which organisation: what the invitation's e-mail says.
pub struct Invitation<'a> {
    pub host_account_id: i64,
    pub invited_by: i64,
    pub colleague: AccountRecord<'a>,
    /// The invitation's e-mail, or what the owner of an existing account is told instead.
    pub greeting: Greeting,
}

/// The first e-mail of an account being opened: to a new address (with the confirmation link),
/// or to the owner of the address's existing account; `values` fill both besides the name.
pub struct Greeting {
    pub new: Template,
    pub existing: Template,
    pub values: BTreeMap<String, String>,
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

/// A decision as the officer gives it, with what the result document will say about it.
pub struct Decision<'a> {
    pub step: Step,
    pub note: Option<&'a str>,
    pub fields_to_fix: &'a [String],
    /// The result document's code, when the decision issues one.
    pub result: Option<ResultCode>,
    /// The result document's title where the service names it (a certificate); else the
    /// decision's.
    pub title: Option<Text>,
    pub subject: Vec<String>,
    /// What the applicant is told (rule 6.3).
    pub messages: &'a [Outgoing],
    /// The deciding officer's signature over the decision; none for the agency's automated
    /// check, or while no signing service is connected.
    pub signature: Option<KeptSignature<'a>>,
}

/// A signature kept with what it covers (an officer's decision or step on a letter, a sender's
/// letter): the canonical content as signed, the signature (hex DER) and the certificate.
pub struct KeptSignature<'a> {
    pub content: &'a str,
    pub signature: &'a str,
    pub certificate: &'a str,
    pub signed_at: &'a str,
}

/// The customs obligation as accepted, and its signature as kept (to be checked when read).
pub type AcceptedObligation = (app::api::CustomsObligation, Option<KeptSignatureRow>);

/// A kept signature as read back, to be checked again.
#[derive(sqlx::FromRow)]
pub struct KeptSignatureRow {
    pub content: String,
    pub signature: String,
    pub certificate: String,
    pub signed_at: String,
}

/// An officer on duty: who, in which role, at which agency. Every query of this module is
/// limited to the agency.
#[derive(Clone, Debug)]
pub struct Officer {
    pub account_id: i64,
    pub role: OfficerRole,
    pub agency: AgencyNumber,
    /// The FIN their e-signature's certificate names (rule 5.2), kept with their office role.
    pub fin: Option<Fin>,
}

/// An active officer's account as the login needs it.
pub struct OfficerLogin {
    pub email: String,
    pub totp_secret: String,
    pub enrolled: bool,
}

pub enum SecondFactor {
    LoggedIn,
    WrongCode,
    Expired,
}

/// A new officer account; `None` from `add_officer` when the address already has an account.
pub struct NewOfficer<'a> {
    pub account: AccountRecord<'a>,
    /// The FIN their e-signature's certificate names, with which they sign the agency's answers.
    pub signing_fin: Option<&'a Fin>,
    pub role: OfficerRole,
    pub agency: AgencyNumber,
    pub totp_secret: &'a str,
}

/// What an officer may not do to an application, each said plainly.
#[derive(Debug, thiserror::Error)]
pub enum OfficeError {
    #[error("no such application at the agency")]
    NotFound,
    #[error("the status machine has no such step")]
    NotAllowed,
    #[error("someone changed the application first")]
    Stale,
    #[error("no such active officer at the agency")]
    NoSuchOfficer,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// A payment as the portal starts it.
pub struct NewPayment<'a> {
    pub public_id: &'a PaymentId,
    pub idempotency_key: &'a str,
    pub paid_for: &'a PaidFor,
    pub amount: Qepik,
    pub person: &'a str,
    /// A fine's article and reason, for its receipt.
    pub article: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub lang: Lang,
    pub account_id: Option<i64>,
    pub email: Option<&'a str>,
}

/// What starting a payment found.
pub enum Started {
    New,
    /// The same attempt asked again (double click, resend): its payment.
    SameAttempt(PaymentId),
    /// Another attempt for the fine or the fee is under way or paid: that one.
    AlreadyLive(PaymentId),
}

/// A message the workflow wrote for an account only the transaction finds (a registry
/// application's filer, each registry operator): the store sends it to the account's
/// address, in its language, with its name among the values.
pub struct Notice {
    pub template: Template,
    pub values: BTreeMap<String, String>,
}

/// A step of an application's life as the workflow chose it from what it read: the store
/// takes it only while the application is still at `from` in `version`, else it answers
/// that the application changed meanwhile.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    pub from: ApplicationStatus,
    pub to: ApplicationStatus,
    pub version: i64,
}

/// Whom a message goes to, as their account keeps them: the workflow writes the message in
/// their language, with their name.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub account: i64,
    /// The address to write to: the one given with an application, else the account's; none
    /// for an account without one (a login through the state's systems only).
    pub email: Option<String>,
    pub name: String,
    pub lang: Lang,
}

/// An application as the workflow reads it before it decides a step.
pub struct Standing {
    pub agency: AgencyNumber,
    pub status: ApplicationStatus,
    pub version: i64,
    pub due_on: Option<CalendarDate>,
    /// The officer working it.
    pub assigned_to: Option<i64>,
    pub applicant: Recipient,
}

/// A message the workflow decided to send: the store queues it in the transaction that makes
/// what it says true, and chooses nothing of it.
pub struct Outgoing {
    /// The account it is about, for the cabinet's list of messages sent.
    pub account: Option<i64>,
    pub to: String,
    pub template: Template,
    pub lang: Lang,
    pub values: BTreeMap<String, String>,
}

/// A payment with what the portal needs to settle it.
pub struct PaymentRecord {
    pub payment: Payment,
    pub gateway_order_id: Option<String>,
    /// The payer's account, when they were logged in.
    pub account_id: Option<i64>,
    pub lang: Lang,
}

/// How settling a paid order went.
pub enum Settled {
    /// This payment paid the fine or the fee now.
    Paid,
    /// Settled before (a second callback, a refresh): nothing changed.
    Unchanged,
    /// The fine or the fee was paid by another payment: this one's money must go back.
    PaidTwice,
}

/// Why a registry application could not be filed or decided.
#[derive(Debug, thiserror::Error)]
pub enum RegistryApplicationError {
    #[error("no such registry application for this officer")]
    NotFound,
    #[error("not one of the agency's registered services")]
    UnknownService,
    #[error("the service's registration is cancelled")]
    ServiceCancelled,
    #[error("the application was decided already")]
    AlreadyDecided,
    #[error(transparent)]
    Registry(RegistryError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl From<RegistryError> for RegistryApplicationError {
    fn from(error: RegistryError) -> Self {
        match error {
            RegistryError::Database(e) => Self::Database(e),
            other => Self::Registry(other),
        }
    }
}

/// What came of publishing a service's draft.
pub enum Publishing<P> {
    Published(u32),
    NoDraft,
    /// The draft has problems (`P`, what the check named): nothing was published.
    Refused(Vec<P>),
}

/// A service of an agency with the state of its defined form.
pub struct FormState {
    pub service: ServiceNumber,
    pub has_draft: bool,
    pub published_version: Option<u32>,
}

/// A session found by its token, with the person it belongs to.
pub struct Session {
    pub account_id: i64,
    pub csrf_token: String,
    pub me: Me,
    /// An officer's: the FIN their e-signature's certificate names (rule 5.2).
    pub signing_fin: Option<Fin>,
}

/// Why a typed code did not confirm the number.
#[derive(Debug)]
pub enum CodeRefused {
    Wrong,
    /// The live code was tried wrongly too often: a new one must be asked for.
    TriedOut,
    /// Expired, or none was sent.
    NoneLive,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfirmPhoneError {
    #[error("code refused")]
    Refused(CodeRefused),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

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

/// A signing request as the simulated Asan İmza records it.
pub struct SimulatedSigning<'a> {
    pub id: &'a str,
    pub fin: &'a Fin,
    pub phone: &'a Phone,
    pub verification_code: &'a str,
    /// Hex SHA-256 of what is signed.
    pub digest: &'a str,
    pub summary: &'a str,
    pub lifetime_seconds: i64,
}

/// A signing request as the simulated e-signature card's system records it: the card is chosen
/// on its page.
pub struct SimulatedCardSigning<'a> {
    pub id: &'a str,
    /// Hex SHA-256 of what is signed.
    pub digest: &'a str,
    pub summary: &'a str,
    pub lifetime_seconds: i64,
}

/// Where a simulated signing request stands.
pub enum SimulatedSigningState {
    Pending,
    Signed { fin: Fin, digest: [u8; 32] },
    Refused,
    Expired,
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

/// One demo fine as the data file gives it.
#[derive(Deserialize)]
pub struct DemoFine {
    pub payment_number: PaymentNumber,
    pub security_code: SecurityCode,
    pub fin: Option<Fin>,
    pub person: String,
    pub article: String,
    pub reason: String,
    pub issued_on: CalendarDate,
    pub due_on: CalendarDate,
    pub amount_qepik: i64,
    #[serde(default)]
    pub paid: bool,
}

/// Development only: an order as the simulated gateway records it.
pub struct SimulatedOrder<'a> {
    pub id: &'a str,
    pub idempotency_key: &'a str,
    pub amount: Qepik,
    pub description: &'a str,
    pub return_url: &'a str,
    pub lifetime_minutes: i64,
}

/// A simulated order as a status query finds it (the query counted).
#[derive(sqlx::FromRow)]
pub struct SimulatedOrderState {
    pub state: String,
    pub late_charge: bool,
    /// Status queries so far, this one included.
    pub status_asked: i64,
    pub failure: Option<String>,
    pub transaction_id: Option<String>,
    pub rrn: Option<String>,
    pub masked_card: Option<String>,
    pub paid_at: Option<String>,
    pub expired: bool,
}

impl SimulatedOrderState {
    /// Why it failed, as the tables keep it.
    pub fn failure(&self) -> Option<PaymentFailure> {
        self.failure.as_deref().and_then(from_code)
    }
}

/// Why a change was not taken.
#[derive(Debug, thiserror::Error)]
pub enum StayChangeError {
    #[error("no such registration")]
    NotFound,
    #[error("only an accepted registration changes")]
    NotAccepted,
    #[error("the guest's departure was reported")]
    Closed,
    #[error("an extension waits for the agency's answer")]
    Open,
    #[error("the extension was answered already")]
    Answered,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// A state or failure kept by its name, as the API spells it.
pub(in crate::store) fn code<T: Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(in crate::store) fn from_code<T: DeserializeOwned>(raw: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(raw.to_owned())).ok()
}

/// A registration as the rules of its changes read it.
pub struct RegisteredStay {
    pub service: ServiceNumber,
    pub status: ApplicationStatus,
    /// What the rules made of the form (the stay's days as last extended).
    pub summary: Option<serde_json::Value>,
    pub form: serde_json::Value,
}

#[cfg(test)]
mod tests {
    use app::api::PaymentState;

    use super::*;

    #[test]
    fn states_and_failures_are_kept_by_their_names() {
        assert_eq!(code(PaymentState::Refunded), "refunded");
        assert_eq!(
            code(PaymentFailure::InsufficientFunds),
            "insufficient_funds"
        );
        assert_eq!(from_code::<PaymentState>("paid"), Some(PaymentState::Paid));
        assert_eq!(from_code::<PaymentState>("lost"), None);
    }
}

/// What a letter's or a complaint's writer wrote: its text, its pages, the day the agency's
/// answer would be due if it waits for one now, and the writer's signature over it, if signed.
pub struct Written<'a> {
    pub text: &'a str,
    pub files: &'a [FileRef],
    pub due_on: CalendarDate,
    pub signature: Option<KeptSignature<'a>>,
}

/// The agency's step on a letter: what it is, where a forward goes, what the officer wrote and
/// signed, and what the step makes of the letter and tells its sender.
pub struct AgencyLetterStep<'a> {
    pub kind: app::api::LetterMessageKind,
    pub to: Option<AgencyNumber>,
    pub written: Written<'a>,
    /// The letter's status after the step: waiting again (at the agency forwarded to),
    /// answered, or waiting for the sender.
    pub becomes: app::api::LetterStatus,
    pub tell: Template,
    /// The message's values beside the letter's subject and, for a forward, the agency's name.
    pub values: BTreeMap<String, String>,
    /// The audit log's name for it.
    pub audit: &'static str,
}

/// Who reads a letter's pages: its sender, or the agency holding it.
#[derive(Clone, Copy, Debug)]
pub enum LetterReader {
    Sender(i64),
    Agency(AgencyNumber),
}

/// A letter waiting past its due date whose lateness nobody was told yet.
pub struct OverdueLetter {
    pub number: LetterNumber,
    pub sender: i64,
    pub subject: String,
    pub due_on: CalendarDate,
    pub agency: AgencyNumber,
    /// The agency's name, in the state language.
    pub agency_name: String,
}

#[derive(Debug, thiserror::Error)]
pub enum LetterError {
    #[error("no such letter of the sender or the agency")]
    NotFound,
    #[error("no such agency to write or forward to")]
    UnknownAgency,
    #[error("the letter is not waiting for the agency")]
    NotWaiting,
    /// The signing request named is not the sender's, not signed, or already used.
    #[error("no signature to send the letter with")]
    SignatureNotGiven,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}
