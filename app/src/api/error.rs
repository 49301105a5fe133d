use serde::{Deserialize, Serialize};

use crate::domain::Lang;
use crate::i18n::Msg;

/// Why a request failed, as a stable code the client can act on; its text comes from the
/// message catalogue in the request's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    InvalidDate,
    DateInFuture,
    ExpiryBeforeIssue,
    IssuedBeforeBirth,
    DocumentExpired,
    EntryInFuture,
    StayOutsideVisa,
    InvalidDocumentNumber,
    InvalidPassportNumber,
    InvalidVoen,
    UnknownChoice,
    CitizenOfAzerbaijan,
    InvalidStayDays,
    TooMany,
    FileEmpty,
    FileType,
    FileDamaged,
    FileTooLarge,
    FileUnknown,
    HostNotVerified,
    NotAHost,
    AlreadyAHost,
    StaleVersion,
    NotEditable,
    StatusChangeNotAllowed,
    FixThisField,
    CaptchaWrong,
    PasswordTooShort,
    PasswordWrong,
    LinkInvalid,
    LinkExpired,
    MalformedBody,
    Unauthorized,
    LoginFailed,
    TooManyAttempts,
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
            Self::InvalidDate => Msg::ErrInvalidDate,
            Self::DateInFuture => Msg::ErrDateInFuture,
            Self::ExpiryBeforeIssue => Msg::ErrExpiryBeforeIssue,
            Self::IssuedBeforeBirth => Msg::ErrIssuedBeforeBirth,
            Self::DocumentExpired => Msg::ErrDocumentExpired,
            Self::EntryInFuture => Msg::ErrEntryInFuture,
            Self::StayOutsideVisa => Msg::ErrStayOutsideVisa,
            Self::InvalidDocumentNumber => Msg::ErrInvalidDocumentNumber,
            Self::InvalidPassportNumber => Msg::ErrInvalidPassportNumber,
            Self::InvalidVoen => Msg::ErrInvalidVoen,
            Self::UnknownChoice => Msg::ErrUnknownChoice,
            Self::CitizenOfAzerbaijan => Msg::ErrCitizenOfAzerbaijan,
            Self::InvalidStayDays => Msg::ErrInvalidStayDays,
            Self::TooMany => Msg::ErrTooMany,
            Self::FileEmpty => Msg::ErrFileEmpty,
            Self::FileType => Msg::ErrFileType,
            Self::FileDamaged => Msg::ErrFileDamaged,
            Self::FileTooLarge => Msg::ErrFileTooLarge,
            Self::FileUnknown => Msg::ErrFileUnknown,
            Self::HostNotVerified => Msg::ErrHostNotVerified,
            Self::NotAHost => Msg::ErrNotAHost,
            Self::AlreadyAHost => Msg::ErrAlreadyAHost,
            Self::StaleVersion => Msg::ErrStaleVersion,
            Self::NotEditable => Msg::ErrNotEditable,
            Self::StatusChangeNotAllowed => Msg::ErrStatusChangeNotAllowed,
            Self::FixThisField => Msg::ErrFixThisField,
            Self::CaptchaWrong => Msg::ErrCaptchaWrong,
            Self::PasswordTooShort => Msg::ErrPasswordTooShort,
            Self::PasswordWrong => Msg::ErrPasswordWrong,
            Self::LinkInvalid => Msg::ErrLinkInvalid,
            Self::LinkExpired => Msg::ErrLinkExpired,
            Self::MalformedBody => Msg::ErrMalformedBody,
            Self::Unauthorized => Msg::ErrUnauthorized,
            Self::LoginFailed => Msg::ErrLoginFailed,
            Self::TooManyAttempts => Msg::ErrTooManyAttempts,
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
}

/// The body of every error response: `{"errors":[{"code","field","message"}]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub errors: Vec<Problem>,
}
