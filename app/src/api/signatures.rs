//! Rule 12.2: what a person sends a state body is signed with their enhanced electronic
//! signature. The sender asks their signature system to sign the application as the portal
//! reads it; the submit names the signature, and the agency sees whether it holds.

use serde::{Deserialize, Serialize};

use super::{AsanImzaForm, AsanImzaLogin, FieldProblem};
use crate::domain::Fin;
use crate::i18n::Msg;

/// Whether a service takes only signed applications. Regulations approved before the portal
/// could sign accept unsigned ones; the agency decides with each new version.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SignatureRule {
    Required,
    #[default]
    UnsignedAccepted,
}

impl SignatureRule {
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// How the card and the regulation's editor word it.
    pub fn msg(self) -> crate::i18n::Msg {
        match self {
            Self::Required => crate::i18n::Msg::SignatureRequiredRule,
            Self::UnsignedAccepted => crate::i18n::Msg::UnsignedAcceptedRule,
        }
    }
}

/// The signature systems a sender signs with (rule 12.2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SigningMeans {
    /// On the holder's phone, with PIN2.
    #[default]
    AsanImza,
    /// With the e-signature card in a reader, on the card system's page, with the card's PIN.
    ESignature,
}

impl SigningMeans {
    /// As kept with a signing request: the login means' words for the same systems.
    pub fn slug(self) -> &'static str {
        match self {
            Self::AsanImza => "asan-imza",
            Self::ESignature => "e-signature",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        [Self::AsanImza, Self::ESignature]
            .into_iter()
            .find(|m| m.slug() == slug)
    }

    pub fn name(self) -> Msg {
        match self {
            Self::AsanImza => Msg::MeansAsanImza,
            Self::ESignature => Msg::MeansESignature,
        }
    }
}

/// What the sender of an application may sign with, and whether they may send it unsigned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SigningTerms {
    pub unsigned_accepted: bool,
    /// The FIN the signature's certificate must name: the applicant's own.
    pub fin: Option<Fin>,
    /// The signature systems connected here; none, and only an unsigned sending is possible.
    #[serde(default)]
    pub means: Vec<SigningMeans>,
    /// The Asan İmza the sender last logged in with, offered so that they need not type it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asan_imza: Option<AsanImzaForm>,
}

/// Who signs, and with what: Asan İmza needs the holder's phone number and user ID; the
/// e-signature card's system asks for the card on its own page.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SignerForm {
    #[serde(default)]
    pub means: SigningMeans,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub user_id: Option<String>,
}

/// A signer as the signature systems take them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signer {
    AsanImza(AsanImzaLogin),
    ESignature,
}

impl Signer {
    pub fn means(&self) -> SigningMeans {
        match self {
            Self::AsanImza(_) => SigningMeans::AsanImza,
            Self::ESignature => SigningMeans::ESignature,
        }
    }
}

impl TryFrom<SignerForm> for Signer {
    type Error = Vec<FieldProblem>;

    fn try_from(form: SignerForm) -> Result<Self, Self::Error> {
        match form.means {
            SigningMeans::AsanImza => AsanImzaLogin::try_from(AsanImzaForm {
                phone: form.phone,
                user_id: form.user_id,
            })
            .map(Self::AsanImza),
            // The card is chosen on the card system's page: nothing typed here names it.
            SigningMeans::ESignature => Ok(Self::ESignature),
        }
    }
}

/// Asks the sender's signature system to sign the application as saved at `version`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct StartSigning {
    pub version: i64,
    pub holder: SignerForm,
}

/// A signature asked for. Asan İmza: the code the sender compares with the one on the phone.
/// The e-signature card: the card system's page, where the holder signs with the card's PIN.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SigningStarted {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// How long the signature system waits for its holder.
    pub seconds: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SigningState {
    Waiting,
    /// Signed, and the signature checks out: the submit may name it.
    Signed,
    Refused,
    Expired,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SigningProgress {
    pub state: SigningState,
    /// Why a signature the phone gave was not taken (it names someone else, or does not hold).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<super::ErrorCode>,
}

/// What the check of a kept signature found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SignatureCheck {
    Valid,
    /// Sent unsigned, as the service's regulation allowed.
    Unsigned,
    /// The content is not what was signed.
    WrongDigest,
    UnknownAuthority,
    OutsideValidity,
    /// The certificate's authority revoked it before the time of signing.
    Revoked,
    MalformedCertificate,
}

impl SignatureCheck {
    /// What the check found, in a sentence; a valid one without whom it names.
    pub fn msg(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            Self::Valid => Msg::SignatureHolds,
            Self::Unsigned => Msg::SignatureUnsigned,
            Self::WrongDigest => Msg::SignatureWrongDigest,
            Self::UnknownAuthority => Msg::SignatureUnknownAuthority,
            Self::OutsideValidity => Msg::SignatureOutsideValidity,
            Self::Revoked => Msg::SignatureRevoked,
            Self::MalformedCertificate => Msg::SignatureMalformed,
        }
    }
}

/// One sending of an application and its signature, oldest first: a return for correction
/// means a new sending and a new signature over the new content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SignatureView {
    /// The sending's number within the application, from 1: the bundle is named by it.
    pub sending: i64,
    pub sent_at: String,
    pub check: SignatureCheck,
    /// The FIN and name the certificate gives.
    pub signer_fin: Option<Fin>,
    pub signer_name: Option<String>,
    pub signed_at: Option<String>,
}
