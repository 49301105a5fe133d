//! Logging in through the state's identity systems (Asan İmza, the e-signature card, E-Gov
//! identity), the cabinet's history of logins, and the simulators' development pages.

use serde::{Deserialize, Serialize};

use super::identity::{given, problem};
use super::{ErrorCode, FieldProblem};
use crate::domain::{AsanUserId, Fin, Phone};
use crate::i18n::Msg;

/// The four ways in of the seeds ("PORTALA GİRİŞ").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LoginMeans {
    Password,
    AsanImza,
    ESignature,
    Egov,
}

impl LoginMeans {
    pub const ALL: [Self; 4] = [Self::Password, Self::AsanImza, Self::ESignature, Self::Egov];

    /// The means in addresses: `/login/how/asan-imza`, `/api/login/asan-imza`.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Password => "password",
            Self::AsanImza => "asan-imza",
            Self::ESignature => "e-signature",
            Self::Egov => "egov",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.slug() == slug)
    }

    pub fn name(self) -> Msg {
        match self {
            Self::Password => Msg::MeansPassword,
            Self::AsanImza => Msg::MeansAsanImza,
            Self::ESignature => Msg::MeansESignature,
            Self::Egov => Msg::MeansEgov,
        }
    }
}

/// Whether a means can be used here, and whether what answers is a simulator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Connection {
    Connected,
    /// Development and demo only: shown labelled as a simulator.
    Simulator,
    NotConnected,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct MeansState {
    pub means: LoginMeans,
    pub connection: Connection,
}

/// The Asan İmza form: the phone number the SIM card is in, and the certificate's user ID.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct AsanImzaForm {
    pub phone: Option<String>,
    pub user_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AsanImzaLogin {
    pub phone: Phone,
    pub user_id: AsanUserId,
}

impl TryFrom<AsanImzaForm> for AsanImzaLogin {
    type Error = Vec<FieldProblem>;

    fn try_from(form: AsanImzaForm) -> Result<Self, Self::Error> {
        let mut problems = Vec::new();
        let phone = match given(form.phone.as_deref()) {
            None => problem(&mut problems, ErrorCode::Required, "phone"),
            Some(raw) => Phone::parse(raw)
                .or_else(|| problem(&mut problems, ErrorCode::InvalidPhone, "phone")),
        };
        let user_id = match given(form.user_id.as_deref()) {
            None => problem(&mut problems, ErrorCode::Required, "user_id"),
            Some(raw) => AsanUserId::parse(raw)
                .or_else(|| problem(&mut problems, ErrorCode::InvalidAsanUserId, "user_id")),
        };
        match (phone, user_id) {
            (Some(phone), Some(user_id)) => Ok(Self { phone, user_id }),
            _ => Err(problems),
        }
    }
}

/// A login under way at an identity system. `attempt` is the browser's proof that the login is
/// its own; it asks with it until the person has answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct LoginChallenge {
    pub attempt: String,
    /// Asan İmza: the number the phone shows too, so the person knows the request is theirs.
    pub verification_code: Option<String>,
    /// E-signature and E-Gov: where the browser goes to prove who it is.
    pub redirect: Option<String>,
    pub expires_in_seconds: i64,
}

/// The answer to "has the person confirmed yet?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum LoginProgress {
    Waiting,
    LoggedIn { session: super::SessionInfo },
}

/// One entry of "Girişlər": when, and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct LoginRecord {
    pub means: LoginMeans,
    /// UTC, RFC 3339.
    pub at: String,
}

/// Development only: a request waiting on the simulated Asan İmza phone or identity page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SimulatedRequest {
    pub id: String,
    pub means: LoginMeans,
    pub phone: Option<Phone>,
    pub verification_code: Option<String>,
    pub return_to: Option<String>,
    /// A request to sign, not to log in: what the phone shows is signed (with PIN2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing: Option<String>,
}

/// Development only: what the simulated phone or identity page sends back.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SimulatedAnswer {
    pub confirm: bool,
    /// Asan İmza: the PIN1 typed on the phone to log in.
    pub pin1: Option<String>,
    /// Asan İmza: the PIN2 typed on the phone to sign.
    #[serde(default)]
    pub pin2: Option<String>,
    /// E-signature and E-Gov: the demo person chosen.
    pub fin: Option<String>,
}

/// Development only: a fictional person the simulators know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct DemoPerson {
    pub fin: Fin,
    pub surname: String,
    pub name: String,
    pub citizenship: String,
    /// Asan İmza holders only: the phone and user ID to type, and the PIN1.
    pub asan_imza: Option<DemoAsanImza>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct DemoAsanImza {
    pub phone: Phone,
    pub user_id: AsanUserId,
    pub pin1: String,
    pub pin2: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn means_round_trip_through_their_slugs() {
        for means in LoginMeans::ALL {
            assert_eq!(LoginMeans::from_slug(means.slug()), Some(means));
        }
        assert_eq!(LoginMeans::from_slug("sms"), None);
    }

    #[test]
    fn asan_imza_takes_a_local_number_and_a_spaced_user_id() {
        let login = AsanImzaLogin::try_from(AsanImzaForm {
            phone: Some("050 211 22 33".into()),
            user_id: Some("100 001".into()),
        })
        .unwrap();
        assert_eq!(login.phone.as_str(), "+994502112233");
        assert_eq!(login.user_id.as_str(), "100001");
    }

    #[test]
    fn asan_imza_names_each_bad_field() {
        let problems = AsanImzaLogin::try_from(AsanImzaForm {
            phone: Some("12".into()),
            user_id: None,
        })
        .unwrap_err();
        assert_eq!(
            problems,
            vec![
                (ErrorCode::InvalidPhone, "phone".into()),
                (ErrorCode::Required, "user_id".into()),
            ]
        );
    }
}
