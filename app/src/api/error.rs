use serde::{Deserialize, Serialize};

use crate::domain::Lang;
use crate::i18n::Msg;

/// Why a request failed, as a stable code the client can act on; its text comes from the
/// message catalogue in the request's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Required,
    TooLong,
    InvalidServiceNumber,
    InvalidAgencyNumber,
    UnknownAgency,
    InvalidKind,
    AlreadyCancelled,
    InvalidEmail,
    InvalidFin,
    UnknownFin,
    InvalidPhone,
    InvalidMobile,
    CodeWrong,
    CodeExpired,
    InvalidAsanUserId,
    UnknownAsanImza,
    Pin1Wrong,
    LoginRefused,
    LoginExpired,
    MeansNotConnected,
    InvalidPaymentNumber,
    InvalidSecurityCode,
    FineNotFound,
    PaymentInProgress,
    InvalidCardNumber,
    InvalidCardExpiry,
    InvalidCvv,
    ThreeDsWrong,
    FineAlreadyPaid,
    FeeNotPaid,
    InvalidDate,
    /// A date input with its day, month or year left empty.
    DateIncomplete,
    /// A date input whose parts make no day of the calendar.
    DateNotReal,
    DateInFuture,
    ExpiryBeforeIssue,
    IssuedBeforeBirth,
    DocumentExpired,
    EntryInFuture,
    StayOutsideVisa,
    InvalidDeclarationNumber,
    DocumentAfterDeclaration,
    PeriodReversed,
    ObligationNotAccepted,
    DepartureBeforeEntry,
    NotEarly,
    NotLonger,
    StayEnded,
    ChangeOpen,
    RegistrationClosed,
    InvalidDocumentNumber,
    InvalidPassportNumber,
    InvalidVoen,
    UnknownChoice,
    CitizenOfAzerbaijan,
    InvalidStayDays,
    TooMany,
    InvalidNumber,
    InvalidAmount,
    OutOfRange,
    TooFew,
    DateInPast,
    InvalidId,
    DuplicateId,
    MissingTranslation,
    InvalidRange,
    ConditionInvalid,
    DefinitionUnreadable,
    NothingToPublish,
    FileEmpty,
    FileType,
    FileDamaged,
    /// A picture larger in pixels than a scan can be.
    FileTooManyPixels,
    /// A PDF with scripts, actions or attached files.
    FileActiveContent,
    /// A file the antivirus knows as malware.
    FileInfected,
    FileTooLarge,
    FileUnknown,
    HostNotVerified,
    NotAHost,
    AlreadyAHost,
    StaleVersion,
    NotEditable,
    StatusChangeNotAllowed,
    /// Logged in as the right kind of account (an officer, a host), whose role does not allow it.
    NotForYourRole,
    Forbidden,
    SecondFactorWrong,
    InvalidRole,
    NotAnOfficerHere,
    VerifyCodeInvalid,
    HolidayOnWeekend,
    HolidayListed,
    NotYourSubscriber,
    PhoneNotConfirmed,
    FinNeeded,
    ComplaintOpen,
    UnknownService,
    InvalidWebAddress,
    ConfirmationNeeded,
    AlreadyDecided,
    AddressWithdrawn,
    FixThisField,
    CaptchaWrong,
    PasswordTooShort,
    PasswordWrong,
    LinkInvalid,
    LinkExpired,
    MalformedBody,
    MalformedQuery,
    Unauthorized,
    LoginFailed,
    TooManyAttempts,
    /// A code tried wrongly too often: ask for a new one.
    CodeTriedOut,
    /// Typed text with a control character or an invisible mark that reorders or hides text.
    HiddenCharacters,
    /// A regulation's draft in public discussion is not changed: what is discussed stays put.
    RegulationInDiscussion,
    /// Approving, answering or closing asks for a draft in public discussion.
    NotInDiscussion,
    /// A participating agency has not agreed to the draft (rule 9.2).
    AgreementPending,
    /// Every comment of the discussion is answered before the regulation is approved.
    CommentsUnanswered,
    /// The discussion's period has ended: comments are closed.
    DiscussionClosed,
    Pin2Wrong,
    /// The service's regulation takes signed applications only (rule 12.2).
    SignatureRequired,
    /// The application changed after it was signed: it is signed again as it is now.
    SignedContentChanged,
    /// The signature asked for is not given (yet), was refused, expired or was used.
    SignatureNotGiven,
    /// The certificate names someone other than the applicant.
    SignerNotApplicant,
    /// The signer's certificate was revoked by its authority.
    CertificateRevoked,
    /// The holder refused to sign on the phone.
    SigningRefused,
    /// The phone waited for PIN2 and gave up.
    SigningExpired,
    /// The officer's signing credential does not open with this PIN.
    SigningPinWrong,
    /// The signing service locked the officer's PIN after too many wrong ones.
    SigningPinLocked,
    /// The signing service holds no credential for the officer (their account has no FIN, or
    /// the service does not know it).
    NoSigningCredential,
    /// An hourly limit is reached (e-mails, SMS, registrations, uploads without an account).
    LimitReached,
    /// The server has too much of this work at once (password hashing): try again in seconds.
    Busy,
    CsrfMissing,
    NotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    Unavailable,
    Internal,
}

impl ErrorCode {
    pub fn msg(self) -> Msg {
        match self {
            Self::Required => Msg::ErrRequired,
            Self::TooLong => Msg::ErrTooLong,
            Self::InvalidServiceNumber => Msg::ErrInvalidServiceNumber,
            Self::InvalidAgencyNumber => Msg::ErrInvalidAgencyNumber,
            Self::UnknownAgency => Msg::ErrUnknownAgency,
            Self::InvalidKind => Msg::ErrInvalidKind,
            Self::AlreadyCancelled => Msg::ErrAlreadyCancelled,
            Self::InvalidEmail => Msg::ErrInvalidEmail,
            Self::InvalidFin => Msg::ErrInvalidFin,
            Self::UnknownFin => Msg::ErrUnknownFin,
            Self::InvalidPhone => Msg::ErrInvalidPhone,
            Self::InvalidMobile => Msg::ErrInvalidMobile,
            Self::CodeWrong => Msg::ErrCodeWrong,
            Self::CodeExpired => Msg::ErrCodeExpired,
            Self::InvalidAsanUserId => Msg::ErrInvalidAsanUserId,
            Self::UnknownAsanImza => Msg::ErrUnknownAsanImza,
            Self::Pin1Wrong => Msg::ErrPin1Wrong,
            Self::Pin2Wrong => Msg::ErrPin2Wrong,
            Self::SignatureRequired => Msg::ErrSignatureRequired,
            Self::SignedContentChanged => Msg::ErrSignedContentChanged,
            Self::SignatureNotGiven => Msg::ErrSignatureNotGiven,
            Self::SignerNotApplicant => Msg::ErrSignerNotApplicant,
            Self::CertificateRevoked => Msg::ErrCertificateRevoked,
            Self::SigningRefused => Msg::ErrSigningRefused,
            Self::SigningExpired => Msg::ErrSigningExpired,
            Self::SigningPinWrong => Msg::ErrSigningPinWrong,
            Self::SigningPinLocked => Msg::ErrSigningPinLocked,
            Self::NoSigningCredential => Msg::ErrNoSigningCredential,
            Self::LoginRefused => Msg::ErrLoginRefused,
            Self::LoginExpired => Msg::ErrLoginExpired,
            Self::MeansNotConnected => Msg::ErrMeansNotConnected,
            Self::InvalidPaymentNumber => Msg::ErrInvalidPaymentNumber,
            Self::InvalidSecurityCode => Msg::ErrInvalidSecurityCode,
            Self::FineNotFound => Msg::ErrFineNotFound,
            Self::PaymentInProgress => Msg::ErrPaymentInProgress,
            Self::InvalidCardNumber => Msg::ErrInvalidCardNumber,
            Self::InvalidCardExpiry => Msg::ErrInvalidCardExpiry,
            Self::InvalidCvv => Msg::ErrInvalidCvv,
            Self::ThreeDsWrong => Msg::ErrThreeDsWrong,
            Self::FineAlreadyPaid => Msg::ErrFineAlreadyPaid,
            Self::FeeNotPaid => Msg::ErrFeeNotPaid,
            Self::InvalidDate => Msg::ErrInvalidDate,
            Self::DateIncomplete => Msg::ErrDateIncomplete,
            Self::DateNotReal => Msg::ErrDateNotReal,
            Self::DateInFuture => Msg::ErrDateInFuture,
            Self::ExpiryBeforeIssue => Msg::ErrExpiryBeforeIssue,
            Self::IssuedBeforeBirth => Msg::ErrIssuedBeforeBirth,
            Self::DocumentExpired => Msg::ErrDocumentExpired,
            Self::EntryInFuture => Msg::ErrEntryInFuture,
            Self::StayOutsideVisa => Msg::ErrStayOutsideVisa,
            Self::InvalidDeclarationNumber => Msg::ErrInvalidDeclarationNumber,
            Self::DocumentAfterDeclaration => Msg::ErrDocumentAfterDeclaration,
            Self::PeriodReversed => Msg::ErrPeriodReversed,
            Self::ObligationNotAccepted => Msg::ErrObligationNotAccepted,
            Self::DepartureBeforeEntry => Msg::ErrDepartureBeforeEntry,
            Self::NotEarly => Msg::ErrNotEarly,
            Self::NotLonger => Msg::ErrNotLonger,
            Self::StayEnded => Msg::ErrStayEnded,
            Self::ChangeOpen => Msg::ErrChangeOpen,
            Self::RegistrationClosed => Msg::ErrRegistrationClosed,
            Self::InvalidDocumentNumber => Msg::ErrInvalidDocumentNumber,
            Self::InvalidPassportNumber => Msg::ErrInvalidPassportNumber,
            Self::InvalidVoen => Msg::ErrInvalidVoen,
            Self::UnknownChoice => Msg::ErrUnknownChoice,
            Self::CitizenOfAzerbaijan => Msg::ErrCitizenOfAzerbaijan,
            Self::InvalidStayDays => Msg::ErrInvalidStayDays,
            Self::TooMany => Msg::ErrTooMany,
            Self::InvalidNumber => Msg::ErrInvalidNumber,
            Self::InvalidAmount => Msg::ErrInvalidAmount,
            Self::OutOfRange => Msg::ErrOutOfRange,
            Self::TooFew => Msg::ErrTooFew,
            Self::DateInPast => Msg::ErrDateInPast,
            Self::InvalidId => Msg::ErrInvalidId,
            Self::DuplicateId => Msg::ErrDuplicateId,
            Self::MissingTranslation => Msg::ErrMissingTranslation,
            Self::InvalidRange => Msg::ErrInvalidRange,
            Self::ConditionInvalid => Msg::ErrConditionInvalid,
            Self::DefinitionUnreadable => Msg::ErrDefinitionUnreadable,
            Self::NothingToPublish => Msg::ErrNothingToPublish,
            Self::FileEmpty => Msg::ErrFileEmpty,
            Self::FileType => Msg::ErrFileType,
            Self::FileDamaged => Msg::ErrFileDamaged,
            Self::FileTooManyPixels => Msg::ErrFileTooManyPixels,
            Self::FileActiveContent => Msg::ErrFileActiveContent,
            Self::FileInfected => Msg::ErrFileInfected,
            Self::FileTooLarge => Msg::ErrFileTooLarge,
            Self::FileUnknown => Msg::ErrFileUnknown,
            Self::HostNotVerified => Msg::ErrHostNotVerified,
            Self::NotAHost => Msg::ErrNotAHost,
            Self::AlreadyAHost => Msg::ErrAlreadyAHost,
            Self::StaleVersion => Msg::ErrStaleVersion,
            Self::NotEditable => Msg::ErrNotEditable,
            Self::StatusChangeNotAllowed => Msg::ErrStatusChangeNotAllowed,
            Self::NotForYourRole => Msg::ErrNotForYourRole,
            Self::Forbidden => Msg::ErrForbidden,
            Self::SecondFactorWrong => Msg::ErrSecondFactorWrong,
            Self::InvalidRole => Msg::ErrInvalidRole,
            Self::NotAnOfficerHere => Msg::ErrNotAnOfficerHere,
            Self::VerifyCodeInvalid => Msg::ErrVerifyCodeInvalid,
            Self::HolidayOnWeekend => Msg::ErrHolidayOnWeekend,
            Self::HolidayListed => Msg::ErrHolidayListed,
            Self::NotYourSubscriber => Msg::ErrNotYourSubscriber,
            Self::PhoneNotConfirmed => Msg::ErrPhoneNotConfirmed,
            Self::FinNeeded => Msg::ErrFinNeeded,
            Self::ComplaintOpen => Msg::ErrComplaintOpen,
            Self::UnknownService => Msg::ErrUnknownService,
            Self::InvalidWebAddress => Msg::ErrInvalidWebAddress,
            Self::ConfirmationNeeded => Msg::ErrConfirmationNeeded,
            Self::AlreadyDecided => Msg::ErrAlreadyDecided,
            Self::AddressWithdrawn => Msg::ErrAddressWithdrawn,
            Self::FixThisField => Msg::ErrFixThisField,
            Self::CaptchaWrong => Msg::ErrCaptchaWrong,
            Self::PasswordTooShort => Msg::ErrPasswordTooShort,
            Self::PasswordWrong => Msg::ErrPasswordWrong,
            Self::LinkInvalid => Msg::ErrLinkInvalid,
            Self::LinkExpired => Msg::ErrLinkExpired,
            Self::MalformedBody => Msg::ErrMalformedBody,
            Self::MalformedQuery => Msg::ErrMalformedQuery,
            Self::Unauthorized => Msg::ErrUnauthorized,
            Self::LoginFailed => Msg::ErrLoginFailed,
            Self::TooManyAttempts => Msg::ErrTooManyAttempts,
            Self::LimitReached => Msg::ErrLimitReached,
            Self::HiddenCharacters => Msg::ErrHiddenCharacters,
            Self::RegulationInDiscussion => Msg::ErrRegulationInDiscussion,
            Self::NotInDiscussion => Msg::ErrNotInDiscussion,
            Self::AgreementPending => Msg::ErrAgreementPending,
            Self::CommentsUnanswered => Msg::ErrCommentsUnanswered,
            Self::DiscussionClosed => Msg::ErrDiscussionClosed,
            Self::CodeTriedOut => Msg::ErrCodeTriedOut,
            Self::Busy => Msg::ErrBusy,
            Self::CsrfMissing => Msg::ErrCsrfMissing,
            Self::NotFound => Msg::ErrNotFound,
            Self::MethodNotAllowed => Msg::ErrMethodNotAllowed,
            Self::PayloadTooLarge => Msg::ErrPayloadTooLarge,
            Self::Unavailable => Msg::ErrUnavailable,
            Self::Internal => Msg::ErrInternal,
        }
    }
}

/// One thing wrong with a request. `field` is a path such as `title.az` or `companions[1].name`;
/// the form field with the matching id shows `message` beside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Problem {
    pub code: ErrorCode,
    pub field: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn new(code: ErrorCode, field: Option<&str>, lang: Lang) -> Self {
        Self {
            code,
            field: field.map(str::to_owned),
            message: code.msg().text(lang).to_owned(),
        }
    }

    /// A field the agency marked when returning the application, named by its label as the
    /// data-defined forms' error summary names it ("Label: …"), so the summary says which one.
    pub fn to_fix(field: &str, label: Option<&str>, lang: Lang) -> Self {
        let asked = ErrorCode::FixThisField.msg().text(lang);
        Self {
            code: ErrorCode::FixThisField,
            field: Some(field.to_owned()),
            message: match label {
                Some(label) => format!("{label}: {asked}"),
                None => asked.to_owned(),
            },
        }
    }
}

/// The body of every error response: `{"errors":[{"code","field","message"}]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema), schema(as = ApiErrors))]
pub struct ErrorBody {
    pub errors: Vec<Problem>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_to_fix_is_named_in_the_readers_language() {
        let named = Problem::to_fix("passport_number", Some("Pasportun nömrəsi"), Lang::Az);
        assert_eq!(
            named.message,
            "Pasportun nömrəsi: Agentlik bu sahəni düzəltməyi xahiş edir"
        );
        assert_eq!(named.field.as_deref(), Some("passport_number"));
        assert_eq!(named.code, ErrorCode::FixThisField);
        let unnamed = Problem::to_fix("gone", None, Lang::En);
        assert_eq!(unnamed.message, "The agency asks you to fix this");
    }
}
