//! The store's operations, answered by the backend the database URL chose. Each backend
//! compiles the same statements (`store/shared/`); this is the one list of what they offer.

use std::path::Path;
use std::sync::Arc;

use app::api::*;
use app::domain::*;
use serde_json::Value;

use super::{
    AcceptedObligation, AccountMessage, AccountRecord, AgencyLetterStep, AgencyRegulation,
    ApplicationError, ApprovedRegulation, ComplaintError, ConfirmPhoneError, DecidedOn, Decision,
    DemoFine, FailedMessage, FormState, Greeting, HostPlaceDecision, HostRecord, HostRow,
    Invitation, KeptSignature, KeptSignatureRow, LetterError, LetterReader, Limit, Link, LinkError,
    NewFile, NewOfficer, NewPayment, Notice, OfficeError, Officer, OfficerLogin, OutboxBacklog,
    OutboxMessage, Outgoing, OverdueLetter, Participant, PaymentRecord, Publishing, Recipient,
    RegisteredStay, RegistryApplicationError, RegistryError, RegulationDraft, RegulationError,
    Reserved, SecondFactor, SentMessage, Session, Settled, SignatureReader, SigningRequestRecord,
    SigningRequestRow, SigningSettled, SimulatedCardSigning, SimulatedOrder, SimulatedOrderState,
    SimulatedRequestRecord, SimulatedSigning, SimulatedSigningState, SimulatedState, Standing,
    Started, StateLogin, StayChangeAnswer, StayChangeError, Step, StoredSignature, Submission,
    Written, postgres, sqlite,
};
use crate::identity::seal::Seal;
use crate::notify::{Channel, OutgoingEmail, Template};
use crate::seed::CatalogueSeed;

#[derive(Clone)]
pub enum Store {
    Sqlite(sqlite::Store),
    Postgres(postgres::Store),
}

#[derive(Clone)]
pub enum Simulators {
    Sqlite(sqlite::Simulators),
    Postgres(postgres::Simulators),
}

/// Each operation, passed to the backend's own.
macro_rules! answered_by_the_backend {
    ($who:ident { $(pub async fn $name:ident(&self $(, $arg:ident: $ty:ty)*) -> $answer:ty;)* }) => {
        impl $who {
            $(
                pub async fn $name(&self $(, $arg: $ty)*) -> $answer {
                    match self {
                        $who::Sqlite(backend) => backend.$name($($arg),*).await,
                        $who::Postgres(backend) => backend.$name($($arg),*).await,
                    }
                }
            )*
        }
    };
}

impl Store {
    /// Opens the database the URL names (`sqlite://…` or `postgres://…`), creating it if need
    /// be, brings its schema up to date, and seals any secret written before sealing existed.
    pub async fn connect(url: &str, seal: Seal) -> anyhow::Result<Self> {
        let seal = Arc::new(seal);
        if postgres::names(url) {
            Ok(Self::Postgres(postgres::Store::connect(url, seal).await?))
        } else {
            Ok(Self::Sqlite(sqlite::Store::connect(url, seal).await?))
        }
    }

    /// Writes the whole database, as of one moment, into the folder `into`, while it serves.
    pub async fn copy_database_into(&self, url: &str, into: &Path) -> anyhow::Result<()> {
        match self {
            Self::Sqlite(backend) => Ok(backend.copy_database_into(into).await?),
            Self::Postgres(_) => postgres::dump(url, into).await,
        }
    }

    /// Puts the database of the backup in `from` where `url` says, which must hold none yet.
    pub async fn restore_database(from: &Path, url: &str) -> anyhow::Result<()> {
        if postgres::names(url) {
            postgres::restore_database(from, url).await
        } else {
            sqlite::restore_database(from, url).await
        }
    }

    /// The simulators' side of the database; `Simulators::create_tables` before its first use.
    pub fn simulators(&self) -> Simulators {
        match self {
            Self::Sqlite(backend) => Simulators::Sqlite(backend.simulators()),
            Self::Postgres(backend) => Simulators::Postgres(backend.simulators()),
        }
    }

    pub async fn publish_form<P>(
        &self,
        by: &Officer,
        service: ServiceNumber,
        check: impl FnOnce(&Value) -> Result<Value, Vec<P>>,
    ) -> sqlx::Result<Publishing<P>> {
        match self {
            Self::Sqlite(backend) => backend.publish_form(by, service, check).await,
            Self::Postgres(backend) => backend.publish_form(by, service, check).await,
        }
    }
}

impl Simulators {
    /// Creates the simulators' tables where they are missing.
    pub async fn create_tables(&self) -> sqlx::Result<()> {
        match self {
            Self::Sqlite(backend) => backend.create_tables().await,
            Self::Postgres(backend) => backend.create_tables().await,
        }
    }
}

answered_by_the_backend!(Store {
    pub async fn ping(&self) -> sqlx::Result<()>;
    pub async fn keep_captcha(&self, id: &str, answer: &str, work_bits: u32, lifetime_minutes: i64) -> sqlx::Result<()>;
    pub async fn redeem_captcha(&self, id: &str) -> sqlx::Result<Option<(String, u32)>>;
    pub async fn captcha_answer(&self, id: &str) -> sqlx::Result<Option<String>>;
    pub async fn register_account(&self, account: &AccountRecord<'_>, confirm: &Link, greeting: &Greeting) -> sqlx::Result<()>;
    pub async fn confirm_account(&self, token_hash: &str, set_password: &Link, tell: Template) -> Result<(), LinkError>;
    pub async fn request_password_reset(&self, email: &Email, reset: &Link, tell: Template) -> sqlx::Result<()>;
    pub async fn set_password(&self, token_hash: &str, password_hash: &str) -> Result<(), LinkError>;
    pub async fn seed_reference(&self, lists: &ReferenceData) -> sqlx::Result<bool>;
    pub async fn reference(&self) -> sqlx::Result<ReferenceData>;
    pub async fn keep_file(&self, file: &NewFile<'_>) -> sqlx::Result<()>;
    pub async fn unclaimed_files(&self, hours: i64) -> sqlx::Result<Vec<String>>;
    pub async fn forget_unclaimed_file(&self, id: &str) -> sqlx::Result<bool>;
    pub async fn file_of(&self, id: &str, account_id: i64) -> sqlx::Result<Option<FileRef>>;
    pub async fn files_not_owned(&self, ids: &[&str], account_id: i64) -> sqlx::Result<Vec<String>>;
    pub async fn register_host(&self, account: &AccountRecord<'_>, confirm: &Link, greeting: &Greeting, host: &HostRecord<'_>) -> sqlx::Result<()>;
    pub async fn add_host(&self, account_id: i64, host: &HostRecord<'_>) -> sqlx::Result<bool>;
    pub async fn host(&self, account_id: i64) -> sqlx::Result<Option<HostRow>>;
    pub async fn host_places(&self, host_id: i64) -> sqlx::Result<Vec<HostPlace>>;
    pub async fn add_host_place(&self, host_id: i64, address: &str, max: i64) -> sqlx::Result<Option<HostPlace>>;
    pub async fn host_places_to_check(&self) -> sqlx::Result<Vec<HostPlaceToCheck>>;
    pub async fn host_place_check(&self, by: &Officer, place_id: i64) -> sqlx::Result<Option<(HostPlaceCheck, i64)>>;
    pub async fn decide_host_place(&self, by: &Officer, place_id: i64, decision: &HostPlaceDecision<'_>) -> sqlx::Result<DecidedOn>;
    pub async fn withdraw_host_place(&self, host_id: i64, place_id: i64) -> sqlx::Result<bool>;
    pub async fn new_application(&self, account_id: i64, service: &ServiceNumber, form: &serde_json::Value, form_version: Option<u32>) -> sqlx::Result<ApplicationView>;
    pub async fn applications_of(&self, account_id: i64, query: &ApplicationsQuery) -> sqlx::Result<ApplicationsPage>;
    pub async fn host_applications(&self, host_account_id: i64, viewer: i64, service: &ServiceNumber) -> sqlx::Result<Vec<HostApplication>>;
    pub async fn sent_applications_of(&self, account_id: i64, service: &ServiceNumber, from: Option<CalendarDate>, to: Option<CalendarDate>) -> sqlx::Result<Vec<ApplicationSummary>>;
    pub async fn sent_count(&self, account_id: i64, service: &ServiceNumber) -> sqlx::Result<i64>;
    pub async fn application_of(&self, account_id: i64, number: &ApplicationNumber) -> sqlx::Result<Option<ApplicationView>>;
    pub async fn service_of(&self, account_id: i64, number: &ApplicationNumber) -> sqlx::Result<Option<ServiceNumber>>;
    pub async fn save_draft(&self, account_id: i64, number: &ApplicationNumber, version: i64, form: &serde_json::Value) -> Result<ApplicationView, ApplicationError>;
    pub async fn sent_summary(&self, account_id: i64, number: &ApplicationNumber) -> sqlx::Result<Option<serde_json::Value>>;
    pub async fn submit_application(&self, account_id: i64, number: &ApplicationNumber, step: Step, submission: &Submission<'_>) -> Result<ApplicationView, ApplicationError>;
    pub async fn withdraw_application(&self, account_id: i64, number: &ApplicationNumber, step: Step) -> Result<ApplicationView, ApplicationError>;
    pub async fn seed_catalogue(&self, seed: &CatalogueSeed) -> anyhow::Result<bool>;
    pub async fn versioned_catalogue(&self) -> sqlx::Result<(i64, Catalogue)>;
    pub async fn catalogue_version(&self) -> sqlx::Result<i64>;
    pub async fn service_page(&self, number: ServiceNumber) -> sqlx::Result<Option<ServicePage>>;
    pub async fn register_service(&self, new: &NewService) -> Result<RegistryRecord, RegistryError>;
    pub async fn amend_service(&self, number: ServiceNumber, amendment: &ServiceAmendment) -> Result<RegistryRecord, RegistryError>;
    pub async fn cancel_service(&self, number: ServiceNumber, reason: &str) -> Result<RegistryRecord, RegistryError>;
    pub async fn registry_record(&self, number: ServiceNumber) -> sqlx::Result<Option<RegistryRecord>>;
    pub async fn file_complaint(&self, account_id: i64, number: &ApplicationNumber, written: &Written<'_>, signing_id: Option<&str>) -> Result<ComplaintView, ComplaintError>;
    pub async fn complaint_signatures(&self, ids: &[i64]) -> sqlx::Result<Vec<(i64, KeptSignatureRow)>>;
    pub async fn agency_complaints(&self, by: &Officer) -> sqlx::Result<Vec<OfficeComplaint>>;
    pub async fn complaint_about(&self, agency: AgencyNumber, complaint: i64) -> sqlx::Result<Option<ApplicationNumber>>;
    pub async fn answer_complaint(&self, by: &Officer, complaint: i64, answer: &str, messages: &[Outgoing]) -> Result<(), OfficeError>;
    pub async fn send_letter(&self, account_id: i64, agency: AgencyNumber, subject: &str, written: &Written<'_>, signing_id: Option<&str>, receipt: impl FnOnce(&LetterNumber, &str) -> Vec<Outgoing>) -> Result<LetterView, LetterError>;
    pub async fn my_letters(&self, account_id: i64) -> sqlx::Result<Vec<LetterRow>>;
    pub async fn my_letter(&self, account_id: i64, number: &LetterNumber) -> sqlx::Result<Option<LetterView>>;
    pub async fn reply_to_letter(&self, account_id: i64, number: &LetterNumber, written: &Written<'_>, signing_id: Option<&str>) -> Result<LetterView, LetterError>;
    pub async fn agency_letters(&self, by: &Officer, today: CalendarDate) -> sqlx::Result<Vec<OfficeLetterRow>>;
    pub async fn agency_letter(&self, by: &Officer, number: &LetterNumber) -> sqlx::Result<Option<OfficeLetter>>;
    pub async fn answer_letter(&self, by: &Officer, number: &LetterNumber, step: &AgencyLetterStep<'_>) -> Result<(), LetterError>;
    pub async fn letter_signatures(&self, number: &LetterNumber) -> sqlx::Result<Vec<Option<KeptSignatureRow>>>;
    pub async fn letter_file(&self, number: &LetterNumber, file_id: &str, reader: LetterReader) -> sqlx::Result<Option<FileRef>>;
    pub async fn customs_obligation(&self, account_id: i64) -> sqlx::Result<Option<AcceptedObligation>>;
    pub async fn accept_customs_obligation(&self, account_id: i64, signature: Option<&KeptSignature<'_>>, signing_id: Option<&str>) -> sqlx::Result<Option<AcceptedObligation>>;
    pub async fn seed_holidays(&self, days: &[(CalendarDate, String)]) -> sqlx::Result<bool>;
    pub async fn holidays_from(&self, from: CalendarDate) -> sqlx::Result<Vec<CalendarDate>>;
    pub async fn holidays(&self, year: Option<i32>) -> sqlx::Result<Vec<Holiday>>;
    pub async fn add_holiday(&self, by: &Officer, new: &NewHoliday) -> sqlx::Result<Option<Holiday>>;
    pub async fn remove_holiday(&self, by: &Officer, day: CalendarDate) -> sqlx::Result<bool>;
    pub async fn invite_colleague(&self, invitation: &Invitation<'_>, confirm: &Link) -> sqlx::Result<()>;
    pub async fn colleagues(&self, host_account_id: i64) -> sqlx::Result<Vec<HostColleague>>;
    pub async fn remove_colleague(&self, host_account_id: i64, id: i64) -> sqlx::Result<bool>;
    pub async fn hold_lease(&self, job: &str, holder: &str, seconds: i64) -> sqlx::Result<bool>;
    pub async fn reserve(&self, limits: &[Limit]) -> sqlx::Result<Reserved>;
    pub async fn tally(&self, scope: &'static str, key: &str, window_minutes: i64) -> sqlx::Result<i64>;
    pub async fn release(&self, hits: &[i64]) -> sqlx::Result<()>;
    pub async fn forget_hits(&self, scope: &str, key: &str) -> sqlx::Result<()>;
    pub async fn start_login_attempt(&self, token_hash: &str, means: LoginMeans, provider_ref: &str, asan_user_id: Option<&AsanUserId>, lifetime_seconds: i64) -> sqlx::Result<()>;
    pub async fn asan_imza_of(&self, account_id: i64) -> sqlx::Result<Option<(String, String)>>;
    pub async fn login_attempt(&self, token_hash: &str) -> sqlx::Result<Option<(LoginMeans, String)>>;
    pub async fn complete_state_login(&self, login: &StateLogin<'_>) -> sqlx::Result<Option<i64>>;
    pub async fn login_history(&self, account_id: i64) -> sqlx::Result<Vec<LoginRecord>>;
    pub async fn claim_due_messages(&self, limit: i64) -> sqlx::Result<Vec<OutboxMessage>>;
    pub async fn outbox_backlog(&self) -> sqlx::Result<OutboxBacklog>;
    pub async fn record_attempts(&self, sent: &[SentMessage], failed: &[FailedMessage]) -> sqlx::Result<()>;
    pub async fn keep_in_dev_mailbox(&self, channel: Channel, email: &OutgoingEmail) -> sqlx::Result<()>;
    pub async fn dev_mailbox(&self) -> sqlx::Result<Vec<DevMail>>;
    pub async fn recipient(&self, account_id: i64) -> sqlx::Result<Option<Recipient>>;
    pub async fn messages_of_account(&self, account_id: i64) -> sqlx::Result<Vec<AccountMessage>>;
    pub async fn queue(&self, by: &Officer, query: &QueueQuery, today: CalendarDate) -> sqlx::Result<QueuePage>;
    pub async fn office_application(&self, by: &Officer, number: &ApplicationNumber, today: CalendarDate) -> Result<OfficeApplication, OfficeError>;
    pub async fn agency_application_summary(&self, by: &Officer, number: &ApplicationNumber) -> sqlx::Result<Option<(app::domain::ServiceNumber, Option<serde_json::Value>)>>;
    pub async fn office_file(&self, by: &Officer, file_id: &str) -> sqlx::Result<Option<FileRef>>;
    pub async fn assign_application(&self, by: &Officer, number: &ApplicationNumber, step: Step, officer: i64) -> Result<(), OfficeError>;
    pub async fn decide(&self, by: &Officer, number: &ApplicationNumber, decision: &Decision<'_>) -> Result<(), OfficeError>;
    pub async fn decide_by_system(&self, number: &ApplicationNumber, decision: &Decision<'_>) -> Result<(), OfficeError>;
    pub async fn awaiting_check(&self, service: &app::domain::ServiceNumber) -> sqlx::Result<Vec<(ApplicationNumber, i64, serde_json::Value)>>;
    pub async fn tell_delayed(&self, number: &ApplicationNumber, messages: &[Outgoing]) -> sqlx::Result<bool>;
    pub async fn standing(&self, number: &ApplicationNumber) -> sqlx::Result<Option<Standing>>;
    pub async fn result_signature(&self, code: ResultCode) -> sqlx::Result<Option<KeptSignatureRow>>;
    pub async fn issued_result(&self, code: ResultCode) -> sqlx::Result<Option<IssuedResult>>;
    pub async fn result_of(&self, account_id: i64, number: &ApplicationNumber) -> sqlx::Result<Option<IssuedResult>>;
    pub async fn overdue_applications(&self, today: CalendarDate) -> sqlx::Result<Vec<ApplicationNumber>>;
    pub async fn tell_overdue(&self, number: &ApplicationNumber, messages: &[Outgoing]) -> sqlx::Result<bool>;
    pub async fn overdue_letters(&self, today: CalendarDate) -> sqlx::Result<Vec<OverdueLetter>>;
    pub async fn tell_overdue_letter(&self, late: &OverdueLetter, messages: &[Outgoing]) -> sqlx::Result<bool>;
    pub async fn officer_login(&self, account_id: i64) -> sqlx::Result<Option<OfficerLogin>>;
    pub async fn start_second_factor(&self, account_id: i64, challenge_hash: &str) -> sqlx::Result<()>;
    pub async fn second_factor_email(&self, challenge_hash: &str) -> sqlx::Result<Option<Email>>;
    pub async fn complete_second_factor(&self, challenge_hash: &str, accepts: impl FnOnce(&str, i64) -> Option<i64>, session_hash: &str, csrf_token: &str) -> sqlx::Result<SecondFactor>;
    pub async fn end_second_factor(&self, challenge_hash: &str) -> sqlx::Result<()>;
    pub async fn add_officer(&self, officer: &NewOfficer<'_>, confirm: &Link, greeting: &Greeting, by: Option<&Officer>) -> sqlx::Result<Option<i64>>;
    pub async fn add_demo_officer(&self, officer: &NewOfficer<'_>, password_hash: &str) -> sqlx::Result<()>;
    pub async fn demo_officers_without_fin(&self) -> sqlx::Result<Vec<String>>;
    pub async fn give_demo_officer_fin(&self, email: &Email, fin: &Fin) -> sqlx::Result<()>;
    pub async fn demo_officer_keys(&self) -> sqlx::Result<Vec<(String, String, String)>>;
    pub async fn officers(&self, agency: AgencyNumber) -> sqlx::Result<Vec<OfficerView>>;
    pub async fn deactivate_officer(&self, by: &Officer, account_id: i64) -> sqlx::Result<bool>;
    pub async fn agency_audit(&self, agency: AgencyNumber) -> sqlx::Result<Vec<AuditEntry>>;
    pub async fn start_payment(&self, new: &NewPayment<'_>) -> sqlx::Result<Started>;
    pub async fn set_gateway_order(&self, public_id: &PaymentId, order_id: &str) -> sqlx::Result<()>;
    pub async fn payment(&self, public_id: &PaymentId) -> sqlx::Result<Option<PaymentRecord>>;
    pub async fn payment_of_order(&self, order_id: &str) -> sqlx::Result<Option<PaymentId>>;
    pub async fn fee_payment(&self, application: &ApplicationNumber) -> sqlx::Result<Option<PaymentRecord>>;
    pub async fn payments_of(&self, account_id: i64) -> sqlx::Result<Vec<Payment>>;
    pub async fn payments_to_reconcile(&self, pending_seconds: i64) -> sqlx::Result<Vec<PaymentId>>;
    pub async fn recently_paid(&self) -> sqlx::Result<Vec<(PaymentNumber, PaymentId)>>;
    pub async fn settle_paid(&self, id: &PaymentId, receipt: &Receipt, tell: Option<&Outgoing>) -> sqlx::Result<Settled>;
    pub async fn settle_refunded(&self, id: &PaymentId, receipt: &Receipt, tell: Option<&Outgoing>) -> sqlx::Result<()>;
    pub async fn settle_failed(&self, public_id: &PaymentId, failure: PaymentFailure) -> sqlx::Result<()>;
    pub async fn file_registry_application(&self, by: &Officer, form: &RegistryApplicationForm, request: &RegistryRequest, due_on: CalendarDate, today: CalendarDate, tell_operator: impl Fn(&RegistryApplicationView, Lang) -> Notice) -> Result<RegistryApplicationView, RegistryApplicationError>;
    pub async fn agency_registry_applications(&self, by: &Officer, today: CalendarDate) -> sqlx::Result<Vec<RegistryApplicationView>>;
    pub async fn registry_queue(&self, today: CalendarDate) -> sqlx::Result<Vec<RegistryApplicationView>>;
    pub async fn registry_application(&self, by: &Officer, id: i64, today: CalendarDate) -> Result<RegistryApplicationView, RegistryApplicationError>;
    pub async fn approve_registry_application(&self, by: &Officer, id: i64, today: CalendarDate, tell: impl FnOnce(&RegistryApplicationView) -> Notice) -> Result<RegistryApplicationView, RegistryApplicationError>;
    pub async fn refuse_registry_application(&self, by: &Officer, id: i64, reason: &str, today: CalendarDate, tell: impl FnOnce(&RegistryApplicationView) -> Notice) -> Result<RegistryApplicationView, RegistryApplicationError>;
    pub async fn save_form_draft(&self, by: &Officer, service: ServiceNumber, definition: &Value) -> sqlx::Result<()>;
    pub async fn form_draft(&self, service: ServiceNumber) -> sqlx::Result<Option<Value>>;
    pub async fn has_published_form(&self, service: ServiceNumber) -> sqlx::Result<bool>;
    pub async fn published_form(&self, service: ServiceNumber, version: Option<u32>) -> sqlx::Result<Option<(u32, Value)>>;
    pub async fn form_versions(&self, service: ServiceNumber) -> sqlx::Result<Vec<FormVersion>>;
    pub async fn agency_forms(&self, agency: AgencyNumber) -> sqlx::Result<Vec<FormState>>;
    pub async fn seed_form(&self, service: ServiceNumber, definition: &Value) -> sqlx::Result<bool>;
    pub async fn publish_form_after(&self, by: &Officer, service: ServiceNumber, newest: u32, definition: &Value) -> sqlx::Result<Option<u32>>;
    pub async fn regulation_draft(&self, number: ServiceNumber) -> sqlx::Result<Option<RegulationDraft>>;
    pub async fn save_regulation_draft(&self, by: &Officer, number: ServiceNumber, regulation: &Regulation, participants: &[AgencyNumber]) -> Result<(), RegulationError>;
    pub async fn regulation_participants(&self, regulation: i64, revision: i64) -> sqlx::Result<Vec<Participant>>;
    pub async fn answer_regulation_agreement(&self, by: &Officer, number: ServiceNumber, revision: i64, decision: AgreementDecision, comment: Option<&str>) -> Result<(), RegulationError>;
    pub async fn put_regulation_to_discussion(&self, by: &Officer, number: ServiceNumber, revision: i64, opened_on: CalendarDate, until: CalendarDate) -> Result<(), RegulationError>;
    pub async fn comment_on_regulation(&self, account_id: i64, author: &str, number: ServiceNumber, text: &str, today: CalendarDate) -> Result<RegulationComment, RegulationError>;
    pub async fn answer_regulation_comment(&self, by: &Officer, number: ServiceNumber, comment_id: i64, text: &str) -> Result<(), RegulationError>;
    pub async fn regulation_comments(&self, regulation: i64) -> sqlx::Result<Vec<RegulationComment>>;
    pub async fn approve_regulation(&self, by: &Officer, number: ServiceNumber, approved_on: CalendarDate) -> Result<u32, RegulationError>;
    pub async fn approved_regulations(&self, number: ServiceNumber) -> sqlx::Result<Vec<ApprovedRegulation>>;
    pub async fn regulation_status(&self, number: ServiceNumber) -> sqlx::Result<RegulationStatus>;
    pub async fn regulations_in_discussion(&self) -> sqlx::Result<Vec<(ServiceNumber, CalendarDate, u32)>>;
    pub async fn agency_regulations(&self, agency: AgencyNumber) -> sqlx::Result<Vec<AgencyRegulation>>;
    pub async fn regulations_to_agree(&self, agency: AgencyNumber) -> sqlx::Result<Vec<(RegulationDraft, Participant)>>;
    pub async fn seed_regulation(&self, number: ServiceNumber, regulation: &Regulation, approved_on: CalendarDate) -> sqlx::Result<bool>;
    pub async fn seed_regulation_discussion(&self, number: ServiceNumber, regulation: &Regulation, opened_on: CalendarDate, until: CalendarDate) -> sqlx::Result<bool>;
    pub async fn login_account(&self, email: &Email) -> sqlx::Result<Option<(i64, String)>>;
    pub async fn start_session(&self, account_id: i64, token_hash: &str, csrf_token: &str) -> sqlx::Result<()>;
    pub async fn session(&self, token_hash: &str) -> sqlx::Result<Option<Session>>;
    pub async fn end_session(&self, token_hash: &str) -> sqlx::Result<()>;
    pub async fn end_every_session(&self, account_id: i64) -> sqlx::Result<()>;
    pub async fn account_settings(&self, account_id: i64) -> sqlx::Result<(AccountSettings, String)>;
    pub async fn save_preferences(&self, account_id: i64, preferences: &Preferences) -> sqlx::Result<()>;
    pub async fn account_password(&self, account_id: i64) -> sqlx::Result<Option<String>>;
    pub async fn change_password(&self, account_id: i64, password_hash: &str, keep_session: &str) -> sqlx::Result<()>;
    pub async fn request_email_change(&self, account_id: i64, new_email: &Email, confirm: &Link, greeting: &Greeting) -> sqlx::Result<()>;
    pub async fn confirm_email_change(&self, token_hash: &str) -> Result<(), LinkError>;
    pub async fn request_deletion(&self, account_id: i64) -> sqlx::Result<()>;
    pub async fn use_confirmed_phone(&self, account_id: i64, phone: &Phone) -> sqlx::Result<bool>;
    pub async fn send_phone_code(&self, account_id: i64, phone: &Phone, code: (&str, &str), tell: Template) -> sqlx::Result<()>;
    pub async fn confirm_phone(&self, account_id: i64, code_hash: &str) -> Result<Phone, ConfirmPhoneError>;
    pub async fn registered_stay(&self, account_id: i64, number: &ApplicationNumber) -> sqlx::Result<Option<RegisteredStay>>;
    pub async fn request_stay_change(&self, account_id: i64, number: &ApplicationNumber, change: &StayChange) -> Result<StayChangeView, StayChangeError>;
    pub async fn answer_stay_change(&self, by: &Officer, number: &ApplicationNumber, change_id: i64, answer: &StayChangeAnswer<'_>) -> Result<(), StayChangeError>;
    pub async fn keep_signing_request(&self, request: &SigningRequestRecord<'_>) -> sqlx::Result<bool>;
    pub async fn signing_request(&self, account_id: i64, number: Option<&ApplicationNumber>, id: &str) -> sqlx::Result<Option<SigningRequestRow>>;
    pub async fn settle_signing_request(&self, id: &str, settled: &SigningSettled<'_>) -> sqlx::Result<()>;
    pub async fn application_signatures(&self, number: &ApplicationNumber, reader: SignatureReader) -> sqlx::Result<Vec<StoredSignature>>;
    pub async fn file_digests(&self, ids: &[&str]) -> sqlx::Result<Vec<(String, String, String)>>;
});

answered_by_the_backend!(Simulators {
    pub async fn keep_request(&self, request: &SimulatedRequestRecord<'_>) -> sqlx::Result<()>;
    pub async fn request_state(&self, id: &str) -> sqlx::Result<Option<SimulatedState>>;
    pub async fn pending_requests(&self, means: LoginMeans, id: Option<&str>) -> sqlx::Result<Vec<(SimulatedRequest, Option<Fin>)>>;
    pub async fn answer_request(&self, id: &str, confirmed_as: Option<&Fin>) -> sqlx::Result<bool>;
    pub async fn keep_signing(&self, request: &SimulatedSigning<'_>) -> sqlx::Result<()>;
    pub async fn signing_state(&self, id: &str) -> sqlx::Result<Option<SimulatedSigningState>>;
    pub async fn pending_signing(&self, id: Option<&str>) -> sqlx::Result<Vec<(SimulatedRequest, Fin)>>;
    pub async fn answer_signing(&self, id: &str, sign: bool) -> sqlx::Result<bool>;
    pub async fn keep_card_signing(&self, request: &SimulatedCardSigning<'_>) -> sqlx::Result<()>;
    pub async fn card_signing_state(&self, id: &str) -> sqlx::Result<Option<SimulatedSigningState>>;
    pub async fn card_signing_waits(&self, id: &str) -> sqlx::Result<Option<bool>>;
    pub async fn pending_card_signings(&self) -> sqlx::Result<Vec<SimulatedRequest>>;
    pub async fn answer_card_signing(&self, id: &str, card: Option<&Fin>) -> sqlx::Result<bool>;
    pub async fn seed_fines(&self, fines: &[DemoFine]) -> sqlx::Result<()>;
    pub async fn fine(&self, number: &PaymentNumber, code: Option<&SecurityCode>) -> sqlx::Result<Option<Fine>>;
    pub async fn fines_of(&self, fin: &Fin) -> sqlx::Result<Vec<Fine>>;
    pub async fn mark_fine_paid(&self, number: &PaymentNumber, payment: &PaymentId) -> sqlx::Result<()>;
    pub async fn create_order(&self, order: &SimulatedOrder<'_>) -> sqlx::Result<String>;
    pub async fn order(&self, id: &str) -> sqlx::Result<Option<GatewayOrder>>;
    pub async fn ask_order_status(&self, id: &str) -> sqlx::Result<Option<SimulatedOrderState>>;
    pub async fn this_month(&self) -> sqlx::Result<CardExpiry>;
    pub async fn order_card(&self, id: &str) -> sqlx::Result<Option<String>>;
    pub async fn set_order(&self, id: &str, state: &str, masked_card: &str, failure: Option<PaymentFailure>, receipt: Option<(&str, &str)>) -> sqlx::Result<()>;
    pub async fn charge_order_late(&self, id: &str, transaction_id: &str, rrn: &str, masked_card: &str) -> sqlx::Result<()>;
    pub async fn refund_order(&self, id: &str) -> sqlx::Result<()>;
});
