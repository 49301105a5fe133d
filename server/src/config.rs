//! Settings in layers: built-in defaults, the environment's file, an optional file of the
//! operator's, then `QAPI_*` variables (`QAPI_DATABASE__URL`, `QAPI_APPLICATION__PORT`).

use std::path::PathBuf;

use app::domain::CalendarDate;
use config::{Config, Environment as EnvSource, File, FileFormat};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use crate::calendar::{WorkingCalendar, configured_holiday};
use crate::logs::LogSettings;

const BASE: &str = include_str!("../configuration/base.yaml");
const DEVELOPMENT: &str = include_str!("../configuration/development.yaml");
const DEMO: &str = include_str!("../configuration/demo.yaml");
const PRODUCTION: &str = include_str!("../configuration/production.yaml");

/// The development default of the operator token, which production refuses.
const DEVELOPMENT_TOKEN: &str = "development-registry-operator-token";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Environment {
    /// Simulators and a local mailbox.
    Development,
    /// Simulators, visibly labelled, on a reachable server.
    Demo,
    /// Real users: no simulators, no development defaults.
    Production,
}

impl Environment {
    fn parse(raw: &str) -> anyhow::Result<Self> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "development" => Ok(Self::Development),
            "demo" => Ok(Self::Demo),
            "production" => Ok(Self::Production),
            other => {
                anyhow::bail!("QAPI_ENVIRONMENT is {other:?}: use development, demo or production")
            }
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Development => "development",
            Self::Demo => "demo",
            Self::Production => "production",
        }
    }

    fn layer(self) -> &'static str {
        match self {
            Self::Development => DEVELOPMENT,
            Self::Demo => DEMO,
            Self::Production => PRODUCTION,
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct Settings {
    pub environment: Environment,
    pub application: ApplicationSettings,
    pub database: DatabaseSettings,
    /// Where uploaded files and other local state live.
    pub data_dir: PathBuf,
    /// The built client: index.html, pkg/, style and public files.
    pub site_dir: PathBuf,
    pub registry: RegistrySettings,
    pub mail: MailSettings,
    pub sms: SmsSettings,
    pub captcha: CaptchaSettings,
    pub registries: RegistriesSettings,
    pub identity: IdentitySettings,
    pub payments: PaymentSettings,
    pub files: FileSettings,
    pub limits: LimitSettings,
    pub agency: AgencySettings,
    pub calendar: CalendarSettings,
    pub log: LogSettings,
    #[serde(default)]
    pub metrics: MetricsSettings,
    pub signatures: SignatureSettings,
    #[serde(default)]
    pub correspondence: CorrespondenceSettings,
}

/// Official correspondence (rules 11.6–11.7).
#[derive(Clone, Debug, Deserialize)]
pub struct CorrespondenceSettings {
    /// Working days the agency has to answer a letter: the portal's setting, not a quoted law
    /// (the Law on Citizens' Appeals' terms depend on the appeal, which the agency judges).
    pub answer_working_days: u32,
}

impl Default for CorrespondenceSettings {
    fn default() -> Self {
        Self {
            answer_working_days: 15,
        }
    }
}

/// Whose certificates a signature may rest on (rule 12.2), and how officers sign decisions.
#[derive(Clone, Debug, Deserialize)]
pub struct SignatureSettings {
    /// PEM files of the certification authorities trusted beside the demo authority, which is
    /// trusted only while a signing system is the simulator (so never in production).
    #[serde(default)]
    pub authorities: Vec<PathBuf>,
    /// The authorities' revocation lists (CRL files, DER or PEM), read at start and again every
    /// 15 minutes; a certificate revoked at the time of signing does not hold.
    #[serde(default)]
    pub revocation_lists: Vec<PathBuf>,
    /// The remote signing service that signs officers' decisions (rule 12.1); off, decisions
    /// are recorded unsigned and their documents say so.
    pub officers: OfficerSigning,
    /// For `csc`: the service's API under which `credentials/list` and the others are, such as
    /// `https://rssp.example.az/csc/v1`.
    #[serde(default)]
    pub csc_url: String,
    /// For `csc`: the portal's service authorization at the signing service (a bearer token).
    #[serde(default)]
    pub csc_token: Option<SecretString>,
}

/// The remote signing service officers sign with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfficerSigning {
    /// Development and demo only: each demo officer's credential of the demo authority.
    Simulator,
    /// A service speaking the Cloud Signature Consortium's API (`signatures.csc_url`,
    /// `csc_token`; server/src/signatures/csc.rs).
    Csc,
    /// Not connected: decisions are recorded unsigned.
    Off,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct MetricsSettings {
    /// The bearer token `/metrics` is scraped with; unset (or blank), the portal serves no
    /// metrics, so that a public server does not show them to anyone who asks.
    pub token: Option<SecretString>,
}

impl MetricsSettings {
    /// The token a scrape must carry, if metrics are served.
    pub fn scrape_token(&self) -> Option<&str> {
        self.token
            .as_ref()
            .map(ExposeSecret::expose_secret)
            .filter(|token| !token.trim().is_empty())
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct AgencySettings {
    /// Development and demo only: officer accounts with a published password and
    /// authenticator key (README), and demo forms of some services (`seed::demo_forms`), so
    /// the back office and the forms agencies define can be shown and tested.
    pub demo_officers: bool,
    /// Seals the officers' authenticator keys in the database: 64 hexadecimal digits.
    pub secret_key: SecretString,
}

/// The development default of the sealing key, which production refuses.
const DEVELOPMENT_SECRET_KEY: &str =
    "5161706920646576656c6f706d656e74206b6579202d206e6f742070726f6421";

#[derive(Clone, Debug, Deserialize)]
pub struct CalendarSettings {
    /// Public holidays and the days off moved by the Cabinet of Ministers (`yyyy-mm-dd`, then
    /// the day's name in Azerbaijani if given): what the `holidays` table starts with when it
    /// is empty; after that administrators keep the calendar in the back office.
    pub holidays: Vec<String>,
}

impl CalendarSettings {
    /// The configured days with their names.
    pub fn named_holidays(&self) -> anyhow::Result<Vec<(CalendarDate, String)>> {
        self.holidays
            .iter()
            .map(|raw| {
                configured_holiday(raw)
                    .ok_or_else(|| anyhow::anyhow!("calendar.holidays has {raw:?}, not a date"))
            })
            .collect()
    }

    /// The calendar of the configured days alone (the first start's).
    pub fn working_calendar(&self) -> anyhow::Result<WorkingCalendar> {
        Ok(WorkingCalendar::new(
            self.named_holidays()?.into_iter().map(|(day, _)| day),
        ))
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(try_from = "RawFileSettings")]
pub struct FileSettings {
    /// The largest file (one page of a scan) an upload may be.
    pub max_bytes: u64,
    /// Uploads without an account (the host's registration) one address may make in an hour.
    pub anonymous_uploads_per_hour: i64,
    /// ClamAV's daemon, which checks every upload before it is kept: `unix:<socket>` or
    /// `tcp:<host>:<port>`; none, and uploads are checked by their content alone.
    pub antivirus: Option<String>,
    /// Where the uploaded files' bytes are kept.
    pub store: FileStoreSettings,
}

/// Where the uploaded files' bytes are kept (`files.store`).
#[derive(Clone, Debug)]
pub enum FileStoreSettings {
    /// `<data_dir>/files`, on this server's disk: one server only.
    Local,
    /// A bucket of an S3-compatible object store, which any number of servers share.
    S3(S3Settings),
}

/// An S3-compatible bucket, addressed path-style (`<endpoint>/<bucket>/<key>`), as self-hosted
/// servers (MinIO, Ceph, Garage) expect and AWS still answers.
#[derive(Clone, Debug)]
pub struct S3Settings {
    /// `https://s3.example` (or `http://` on a private network).
    pub endpoint: String,
    pub bucket: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: SecretString,
}

/// `files` as the layers give it: `store` names the kind, `s3` holds what the S3 store needs,
/// each part checked present only when `store` is `s3`.
#[derive(Deserialize)]
struct RawFileSettings {
    max_bytes: u64,
    anonymous_uploads_per_hour: i64,
    #[serde(default)]
    antivirus: Option<String>,
    store: FileStoreKind,
    #[serde(default)]
    s3: RawS3Settings,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum FileStoreKind {
    Local,
    S3,
}

#[derive(Default, Deserialize)]
struct RawS3Settings {
    endpoint: Option<String>,
    bucket: Option<String>,
    region: Option<String>,
    access_key_id: Option<String>,
    secret_access_key: Option<SecretString>,
}

impl TryFrom<RawFileSettings> for FileSettings {
    type Error = String;

    fn try_from(raw: RawFileSettings) -> Result<Self, String> {
        let store = match raw.store {
            FileStoreKind::Local => FileStoreSettings::Local,
            FileStoreKind::S3 => {
                let s3 = raw.s3;
                let mut missing = Vec::new();
                let mut needed = |value: Option<String>, name: &str| {
                    let value = value.filter(|v| !v.trim().is_empty());
                    if value.is_none() {
                        missing.push(format!("QAPI_FILES__S3__{}", name.to_ascii_uppercase()));
                    }
                    value.unwrap_or_default()
                };
                let endpoint = needed(s3.endpoint, "endpoint");
                let bucket = needed(s3.bucket, "bucket");
                let region = needed(s3.region, "region");
                let access_key_id = needed(s3.access_key_id, "access_key_id");
                let secret_access_key = s3
                    .secret_access_key
                    .filter(|secret| !secret.expose_secret().trim().is_empty());
                match secret_access_key {
                    Some(secret_access_key) if missing.is_empty() => {
                        FileStoreSettings::S3(S3Settings {
                            endpoint,
                            bucket,
                            region,
                            access_key_id,
                            secret_access_key,
                        })
                    }
                    secret => {
                        if secret.is_none() {
                            missing.push("QAPI_FILES__S3__SECRET_ACCESS_KEY".into());
                        }
                        return Err(format!(
                            "files.store is s3, so {} must be set (or files.s3.* in a \
                             configuration file)",
                            missing.join(", ")
                        ));
                    }
                }
            }
        };
        Ok(Self {
            max_bytes: raw.max_bytes,
            anonymous_uploads_per_hour: raw.anonymous_uploads_per_hour,
            antivirus: raw.antivirus,
            store,
        })
    }
}

/// The limits counted per client address, which depend on how many people share one (an ASAN
/// service centre, an office behind one gateway); the per-person limits are fixed in
/// `crate::limits`.
#[derive(Clone, Debug, Deserialize)]
pub struct LimitSettings {
    /// Accounts registered from one address in an hour.
    pub registrations_per_hour_from_address: i64,
    /// Password resets asked for from one address in an hour.
    pub password_resets_per_hour_from_address: i64,
    /// Captchas one address may ask for in an hour at the least work; beyond, each doubling
    /// doubles the proof of work asked.
    pub captchas_per_hour_at_least_work: i64,
}

/// The development default of the callback secret, which production refuses.
const DEVELOPMENT_CALLBACK_SECRET: &str = "development-payment-callback-secret";
/// The development defaults of the HTTP gateway's merchant and key, which production refuses.
const DEVELOPMENT_MERCHANT_ID: &str = "development-merchant";
const DEVELOPMENT_PAYMENT_API_KEY: &str = "development-payment-api-key";

#[derive(Clone, Debug, Deserialize)]
pub struct PaymentSettings {
    pub gateway: PaymentGatewayKind,
    /// The key the gateway signs its callbacks with (HMAC-SHA256).
    pub callback_secret: SecretString,
    /// How long a payment may stay under way before the reconciliation asks the gateway.
    pub reconcile_after_seconds: i64,
    /// For `http`: the gateway's API, under which `/orders` are (payments/http_gateway.rs).
    pub url: String,
    /// For `http`: who the portal is at the gateway.
    pub merchant_id: String,
    /// For `http`: the bearer key of the gateway's API.
    pub api_key: SecretString,
}

/// How the card payment gateway is reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentGatewayKind {
    /// Development and demo only: test cards on the simulated card page.
    Simulator,
    /// A gateway's REST API (`payments.url`, `merchant_id`, `api_key`).
    Http,
    /// Not connected: paying says it cannot be done now.
    Off,
}

#[derive(Clone, Debug, Deserialize)]
pub struct MailSettings {
    pub transport: MailTransport,
    /// `smtp://host:port` (plain, for a local relay) or `smtps://user:password@host` (TLS).
    pub smtp_url: SecretString,
    pub from: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailTransport {
    /// Development only: kept in the database and shown by the dev mailbox.
    DevMailbox,
    Smtp,
}

#[derive(Clone, Debug, Deserialize)]
pub struct SmsSettings {
    pub transport: SmsTransport,
    /// The provider's endpoint for `http`: `POST` with `{"id","to","text"}`.
    pub url: String,
    pub token: SecretString,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SmsTransport {
    /// Development only: kept in the dev mailbox.
    DevMailbox,
    Http,
}

#[derive(Clone, Debug, Deserialize)]
pub struct CaptchaSettings {
    /// Development only: lets the test harness read a captcha's answer.
    pub reveal_answers: bool,
}

#[derive(Clone, Debug, Deserialize)]
pub struct RegistriesSettings {
    pub population: ExternalSystem,
    /// The migration service's fines.
    pub fines: ExternalSystem,
    /// Azərişıq's utility billing (subscribers and their debts).
    pub billing: ExternalSystem,
}

/// The identity systems of the login page, each connected or not.
#[derive(Clone, Debug, Deserialize)]
pub struct IdentitySettings {
    pub asan_imza: ExternalSystem,
    pub e_signature: ExternalSystem,
    pub egov: ExternalSystem,
}

/// How a state system this portal relies on is reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExternalSystem {
    /// Development and demo only: fictional people, labelled as such.
    Simulator,
    /// Not connected: what needs the system says it cannot be used now.
    Off,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ApplicationSettings {
    pub host: String,
    pub port: u16,
    /// The address people reach the portal at, used in links sent by e-mail.
    pub base_url: String,
    /// Behind a load balancer: the header it puts the client's address in (its last entry is
    /// the one the balancer saw). Unset, the connection's own address is the client's.
    pub client_address_header: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct DatabaseSettings {
    pub url: SecretString,
}

#[derive(Clone, Debug, Deserialize)]
pub struct RegistrySettings {
    /// Bearer token of the registry operator's API until officer accounts exist.
    pub operator_token: SecretString,
}

/// The last layer: `QAPI_*` variables, `__` between levels (`QAPI_DATABASE__URL`).
fn variables() -> EnvSource {
    EnvSource::with_prefix("QAPI")
        .prefix_separator("_")
        .separator("__")
}

impl Settings {
    /// Where the local folder keeps uploaded files and result documents.
    pub fn files_dir(&self) -> PathBuf {
        self.data_dir.join("files")
    }

    /// The files folder a backup copies and a restore fills: none when the files are in an
    /// S3 bucket, which the object store backs up itself.
    pub fn local_files_dir(&self) -> Option<PathBuf> {
        match self.files.store {
            FileStoreSettings::Local => Some(self.files_dir()),
            FileStoreSettings::S3(_) => None,
        }
    }

    /// Reads the layers for the environment named by `QAPI_ENVIRONMENT` (default development).
    pub fn load() -> anyhow::Result<Self> {
        let environment = Environment::parse(
            &std::env::var("QAPI_ENVIRONMENT").unwrap_or_else(|_| "development".into()),
        )?;
        let mut builder = Config::builder()
            .add_source(File::from_str(BASE, FileFormat::Yaml))
            .add_source(File::from_str(environment.layer(), FileFormat::Yaml))
            .set_override("environment", environment.name())?;
        if let Ok(path) = std::env::var("QAPI_CONFIG_FILE") {
            builder = builder.add_source(File::with_name(&path).required(true));
        }
        let settings: Settings = builder.add_source(variables()).build()?.try_deserialize()?;
        settings.check()?;
        Ok(settings)
    }

    /// Production refuses development-only settings rather than run with them.
    pub fn check(&self) -> anyhow::Result<()> {
        if self.environment != Environment::Production {
            return Ok(());
        }
        let mut problems: Vec<String> = Vec::new();
        let mut refuse = |wrong: bool, problem: &str| {
            if wrong {
                problems.push(problem.to_owned());
            }
        };
        let token = self.registry.operator_token.expose_secret();
        refuse(
            token == DEVELOPMENT_TOKEN || token.len() < 32,
            "registry.operator_token must be a secret of 32 or more characters",
        );
        refuse(
            !self.application.base_url.starts_with("https://"),
            "application.base_url must be an https:// address",
        );
        refuse(
            self.mail.transport != MailTransport::Smtp,
            "mail.transport must be smtp",
        );
        refuse(
            self.sms.transport != SmsTransport::Http || !self.sms.url.starts_with("https://"),
            "sms.transport must be http, with an https:// url",
        );
        refuse(
            self.captcha.reveal_answers,
            "captcha.reveal_answers must be false",
        );
        refuse(
            self.agency.demo_officers,
            "agency.demo_officers must be false",
        );
        refuse(
            self.agency.secret_key.expose_secret() == DEVELOPMENT_SECRET_KEY,
            "agency.secret_key must be a secret of its own (64 hex digits)",
        );
        refuse(
            self.metrics
                .scrape_token()
                .is_some_and(|token| token.len() < 32),
            "metrics.token must be a secret of 32 or more characters, or unset",
        );
        let secret = self.payments.callback_secret.expose_secret();
        refuse(
            secret == DEVELOPMENT_CALLBACK_SECRET || secret.len() < 32,
            "payments.callback_secret must be a secret of 32 or more characters",
        );
        if let FileStoreSettings::S3(s3) = &self.files.store {
            refuse(
                !s3.endpoint.starts_with("https://"),
                "files.s3.endpoint must be an https:// address",
            );
        }
        let payments = &self.payments;
        refuse(
            payments.gateway == PaymentGatewayKind::Simulator,
            "payments.gateway must be a real system or off, not the simulator",
        );
        if payments.gateway == PaymentGatewayKind::Http {
            refuse(
                !payments.url.starts_with("https://"),
                "payments.url must be an https:// address",
            );
            let merchant = payments.merchant_id.trim();
            refuse(
                merchant.is_empty() || merchant == DEVELOPMENT_MERCHANT_ID,
                "payments.merchant_id must be the portal's id at the gateway",
            );
            let key = payments.api_key.expose_secret();
            refuse(
                key == DEVELOPMENT_PAYMENT_API_KEY || key.len() < 16,
                "payments.api_key must be the gateway's key (16 or more characters)",
            );
        }
        for (setting, system) in [
            ("registries.population", self.registries.population),
            ("registries.fines", self.registries.fines),
            ("registries.billing", self.registries.billing),
            ("identity.asan_imza", self.identity.asan_imza),
            ("identity.e_signature", self.identity.e_signature),
            ("identity.egov", self.identity.egov),
        ] {
            refuse(
                system == ExternalSystem::Simulator,
                &format!("{setting} must be a real system or off, not the simulator"),
            );
        }
        let signatures = &self.signatures;
        refuse(
            signatures.officers == OfficerSigning::Simulator,
            "signatures.officers must be a real system or off, not the simulator",
        );
        if signatures.officers == OfficerSigning::Csc {
            refuse(
                !signatures.csc_url.starts_with("https://"),
                "signatures.csc_url must be an https:// address",
            );
            refuse(
                signatures
                    .csc_token
                    .as_ref()
                    .is_none_or(|token| token.expose_secret().len() < 16),
                "signatures.csc_token must be the signing service's authorization (16 or more characters)",
            );
        }
        anyhow::ensure!(
            problems.is_empty(),
            "refusing to start in production: {}",
            problems.join("; ")
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logs::LogFormat;

    fn settings(environment: Environment, token: &str, base_url: &str) -> Settings {
        Settings {
            environment,
            application: ApplicationSettings {
                host: "0.0.0.0".into(),
                port: 3000,
                base_url: base_url.into(),
                client_address_header: None,
            },
            database: DatabaseSettings {
                url: "sqlite::memory:".into(),
            },
            data_dir: "data".into(),
            site_dir: "site".into(),
            registry: RegistrySettings {
                operator_token: token.into(),
            },
            mail: MailSettings {
                transport: MailTransport::Smtp,
                smtp_url: "smtps://mail.example".into(),
                from: "Qapı <no-reply@example>".into(),
            },
            sms: SmsSettings {
                transport: SmsTransport::Http,
                url: "https://sms.example/send".into(),
                token: "token".into(),
            },
            captcha: CaptchaSettings {
                reveal_answers: false,
            },
            registries: RegistriesSettings {
                population: ExternalSystem::Simulator,
                fines: ExternalSystem::Simulator,
                billing: ExternalSystem::Simulator,
            },
            payments: PaymentSettings {
                gateway: PaymentGatewayKind::Simulator,
                callback_secret: DEVELOPMENT_CALLBACK_SECRET.into(),
                reconcile_after_seconds: 60,
                url: "https://gateway.example/api/v1".into(),
                merchant_id: DEVELOPMENT_MERCHANT_ID.into(),
                api_key: DEVELOPMENT_PAYMENT_API_KEY.into(),
            },
            files: FileSettings {
                max_bytes: 10 * 1024 * 1024,
                anonymous_uploads_per_hour: 30,
                antivirus: None,
                store: FileStoreSettings::Local,
            },
            limits: LimitSettings {
                registrations_per_hour_from_address: 20,
                password_resets_per_hour_from_address: 20,
                captchas_per_hour_at_least_work: 10,
            },
            agency: AgencySettings {
                demo_officers: false,
                secret_key: "ab".repeat(32).into(),
            },
            calendar: CalendarSettings {
                holidays: vec!["2026-11-09".into()],
            },
            log: LogSettings {
                format: LogFormat::Text,
            },
            metrics: MetricsSettings::default(),
            signatures: SignatureSettings {
                authorities: Vec::new(),
                revocation_lists: Vec::new(),
                officers: OfficerSigning::Simulator,
                csc_url: String::new(),
                csc_token: None,
            },
            correspondence: CorrespondenceSettings::default(),
            identity: IdentitySettings {
                asan_imza: ExternalSystem::Simulator,
                e_signature: ExternalSystem::Simulator,
                egov: ExternalSystem::Simulator,
            },
        }
    }

    #[test]
    fn every_configured_holiday_is_a_date() {
        let calendar: CalendarSettings = Config::builder()
            .add_source(File::from_str(BASE, FileFormat::Yaml))
            .build()
            .unwrap()
            .get("calendar")
            .unwrap();
        assert!(calendar.holidays.len() > 10);
        calendar.working_calendar().unwrap();
    }

    #[test]
    fn production_refuses_development_defaults() {
        let err = settings(
            Environment::Production,
            DEVELOPMENT_TOKEN,
            "http://localhost:3000",
        )
        .check()
        .unwrap_err();
        let err = err.to_string();
        assert!(
            err.contains("operator_token") && err.contains("https"),
            "{err}"
        );
    }

    #[test]
    fn production_refuses_simulators_and_test_helpers() {
        let mut production = settings(
            Environment::Production,
            &"k".repeat(40),
            "https://qapi.example",
        );
        production.mail.transport = MailTransport::DevMailbox;
        production.sms.transport = SmsTransport::DevMailbox;
        production.captcha.reveal_answers = true;
        production.agency.demo_officers = true;
        production.agency.secret_key = DEVELOPMENT_SECRET_KEY.into();
        let err = production.check().unwrap_err().to_string();
        for setting in [
            "mail.transport",
            "sms.transport",
            "captcha.reveal_answers",
            "agency.demo_officers",
            "agency.secret_key",
            "registries.population",
            "identity.asan_imza",
            "identity.egov",
            "payments.gateway",
            "payments.callback_secret",
        ] {
            assert!(err.contains(setting), "{err}");
        }
    }

    /// Production with every system off, and the payment gateway as given.
    fn production_with_gateway(gateway: PaymentGatewayKind, url: &str) -> Settings {
        let mut production = settings(
            Environment::Production,
            &"k".repeat(40),
            "https://qapi.example",
        );
        production.registries.population = ExternalSystem::Off;
        production.registries.fines = ExternalSystem::Off;
        production.registries.billing = ExternalSystem::Off;
        production.payments = PaymentSettings {
            gateway,
            callback_secret: "s".repeat(40).into(),
            reconcile_after_seconds: 60,
            url: url.into(),
            merchant_id: "QAPI-000123".into(),
            api_key: "g".repeat(40).into(),
        };
        production.identity = IdentitySettings {
            asan_imza: ExternalSystem::Off,
            e_signature: ExternalSystem::Off,
            egov: ExternalSystem::Off,
        };
        production.signatures.officers = OfficerSigning::Off;
        production
    }

    #[test]
    fn production_starts_with_real_settings() {
        let production = production_with_gateway(PaymentGatewayKind::Off, "");
        assert!(production.check().is_ok());
    }

    #[test]
    fn production_starts_with_an_https_payment_gateway() {
        let production = production_with_gateway(
            PaymentGatewayKind::Http,
            "https://gateway.bank.example/api/v1",
        );
        assert!(production.check().is_ok(), "{:?}", production.check());
    }

    #[test]
    fn production_refuses_a_payment_gateway_over_plain_http() {
        let production = production_with_gateway(
            PaymentGatewayKind::Http,
            "http://gateway.bank.example/api/v1",
        );
        let err = production.check().unwrap_err().to_string();
        assert!(err.contains("payments.url"), "{err}");
        assert!(!err.contains("payments.api_key"), "{err}");
    }

    #[test]
    fn production_signs_decisions_at_a_csc_service_over_https_with_its_authorization() {
        let mut production = production_with_gateway(PaymentGatewayKind::Off, "");
        production.signatures.officers = OfficerSigning::Csc;
        production.signatures.csc_url = "http://rssp.example.az/csc/v1".into();
        let err = production.check().unwrap_err().to_string();
        assert!(err.contains("signatures.csc_url"), "{err}");
        assert!(err.contains("signatures.csc_token"), "{err}");
        production.signatures.csc_url = "https://rssp.example.az/csc/v1".into();
        production.signatures.csc_token = Some("t".repeat(32).into());
        assert!(production.check().is_ok());
        production.signatures.officers = OfficerSigning::Simulator;
        let err = production.check().unwrap_err().to_string();
        assert!(err.contains("signatures.officers"), "{err}");
    }

    #[test]
    fn production_refuses_the_payment_gateways_development_merchant_and_key() {
        let mut production = production_with_gateway(
            PaymentGatewayKind::Http,
            "https://gateway.bank.example/api/v1",
        );
        production.payments.merchant_id = DEVELOPMENT_MERCHANT_ID.into();
        production.payments.api_key = DEVELOPMENT_PAYMENT_API_KEY.into();
        let err = production.check().unwrap_err().to_string();
        assert!(
            err.contains("payments.merchant_id") && err.contains("payments.api_key"),
            "{err}"
        );
        assert!(!err.contains("payments.url"), "{err}");
    }

    #[test]
    fn the_payment_gateway_setting_takes_its_three_values() {
        for (raw, kind) in [
            ("simulator", PaymentGatewayKind::Simulator),
            ("http", PaymentGatewayKind::Http),
            ("off", PaymentGatewayKind::Off),
        ] {
            let payments: PaymentSettings = Config::builder()
                .add_source(File::from_str(BASE, FileFormat::Yaml))
                .set_override("payments.gateway", raw)
                .unwrap()
                .build()
                .unwrap()
                .get("payments")
                .unwrap();
            assert_eq!(payments.gateway, kind);
        }
    }

    /// The built-in defaults under the given `QAPI_*` variables.
    fn with_variables(variables: &[(&str, &str)]) -> Result<Settings, config::ConfigError> {
        let variables = variables
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect();
        Config::builder()
            .add_source(File::from_str(BASE, FileFormat::Yaml))
            .set_override("environment", "development")
            .unwrap()
            .add_source(super::variables().source(Some(variables)))
            .build()?
            .try_deserialize()
    }

    #[test]
    fn logs_are_text_unless_json_is_asked_for() {
        let format = |variables: &[(&str, &str)]| with_variables(variables).map(|s| s.log.format);
        assert_eq!(format(&[]).unwrap(), LogFormat::Text);
        assert_eq!(
            format(&[("QAPI_LOG__FORMAT", "json")]).unwrap(),
            LogFormat::Json
        );
        assert_eq!(
            format(&[("QAPI_LOG__FORMAT", "text")]).unwrap(),
            LogFormat::Text
        );
        assert!(format(&[("QAPI_LOG__FORMAT", "xml")]).is_err());
    }

    #[test]
    fn metrics_are_served_only_with_a_token_and_production_wants_a_long_one() {
        let metrics = |token: &str| {
            with_variables(&[("QAPI_METRICS__TOKEN", token)])
                .unwrap()
                .metrics
        };
        assert_eq!(with_variables(&[]).unwrap().metrics.scrape_token(), None);
        assert_eq!(metrics("  ").scrape_token(), None);
        assert_eq!(metrics("scraper").scrape_token(), Some("scraper"));

        let mut production = production_with_gateway(PaymentGatewayKind::Off, "");
        production.metrics = metrics("short");
        let err = production.check().unwrap_err().to_string();
        assert!(err.contains("metrics.token"), "{err}");
        production.metrics = metrics(&"m".repeat(32));
        assert!(production.check().is_ok());
    }

    #[test]
    fn files_stay_in_the_local_folder_unless_s3_is_named_with_all_it_needs() {
        let store = |variables: &[(&str, &str)]| with_variables(variables).map(|s| s.files.store);
        assert!(matches!(store(&[]).unwrap(), FileStoreSettings::Local));

        let s3 = [
            ("QAPI_FILES__STORE", "s3"),
            ("QAPI_FILES__S3__ENDPOINT", "http://127.0.0.1:9000"),
            ("QAPI_FILES__S3__BUCKET", "qapi-files"),
            ("QAPI_FILES__S3__ACCESS_KEY_ID", "qapi"),
            ("QAPI_FILES__S3__SECRET_ACCESS_KEY", "a-secret-key"),
        ];
        let FileStoreSettings::S3(bucket) = store(&s3).unwrap() else {
            panic!("files.store is s3");
        };
        assert_eq!(bucket.endpoint, "http://127.0.0.1:9000");
        assert_eq!(bucket.bucket, "qapi-files");
        assert_eq!(bucket.region, "us-east-1", "the default region");
        assert_eq!(bucket.secret_access_key.expose_secret(), "a-secret-key");

        let err = store(&[s3[0], s3[1], s3[3]]).unwrap_err().to_string();
        for variable in [
            "QAPI_FILES__S3__BUCKET",
            "QAPI_FILES__S3__SECRET_ACCESS_KEY",
        ] {
            assert!(err.contains(variable), "{err}");
        }
        assert!(!err.contains("ENDPOINT"), "{err}");
        assert!(store(&[("QAPI_FILES__STORE", "ftp")]).is_err());
    }

    #[test]
    fn production_keeps_files_on_s3_over_https_only() {
        let mut production = production_with_gateway(PaymentGatewayKind::Off, "");
        let bucket = |endpoint: &str| {
            FileStoreSettings::S3(S3Settings {
                endpoint: endpoint.into(),
                bucket: "qapi-files".into(),
                region: "us-east-1".into(),
                access_key_id: "qapi".into(),
                secret_access_key: "a-secret-key".into(),
            })
        };
        production.files.store = bucket("http://minio.internal:9000");
        let err = production.check().unwrap_err().to_string();
        assert!(err.contains("files.s3.endpoint"), "{err}");
        production.files.store = bucket("https://s3.example");
        assert!(production.check().is_ok());
    }

    #[test]
    fn development_runs_on_its_defaults() {
        let mut development = settings(
            Environment::Development,
            DEVELOPMENT_TOKEN,
            "http://localhost:3000",
        );
        development.mail.transport = MailTransport::DevMailbox;
        development.sms.transport = SmsTransport::DevMailbox;
        development.captcha.reveal_answers = true;
        assert!(development.check().is_ok());
    }

    #[test]
    fn the_built_in_layers_parse() {
        for layer in [BASE, DEVELOPMENT, DEMO, PRODUCTION] {
            Config::builder()
                .add_source(File::from_str(layer, FileFormat::Yaml))
                .build()
                .unwrap();
        }
        assert!(Environment::parse("staging").is_err());
    }
}
