use std::sync::Arc;
use std::time::Duration;

use app::api::LoginMeans;
use axum::Router;
use secrecy::ExposeSecret;
use tokio::net::TcpListener;

use crate::calendar::Calendar;
use crate::catalogue::PublishedCatalogue;
use crate::config::{
    ExternalSystem, FileStoreSettings, OfficerSigning, PaymentGatewayKind, Settings, SmsTransport,
};
use crate::deadlines::DeadlineWatch;
use crate::files::antivirus::{Clamd, VirusScanner};
use crate::files::s3::S3Bucket;
use crate::files::{FileStore, LocalFolder, UnclaimedUploads};
use crate::http::{self, AppState};
use crate::identity::password::Passwords;
use crate::identity::providers::IdentityProviders;
use crate::identity::seal::Seal;
use crate::jobs::{self, Job, Periodic, Round};
use crate::metrics::Metrics;
use crate::notify::{self, DevSmsBox, HttpSmsGateway, Mailer, Senders, SmsGateway};
use crate::payments::Payments;
use crate::payments::gateway::{NoPaymentGateway, PaymentGateway, SimulatedGateway};
use crate::payments::http_gateway::{self, HttpPaymentGateway};
use crate::registries::billing::{NoBilling, SimulatedBilling, UtilityBilling};
use crate::registries::fines::{FinesRegistry, NoFinesRegistry, SimulatedFinesRegistry};
use crate::registries::population::{
    NoPopulationRegistry, PopulationRegistry, SimulatedPopulationRegistry,
};
use crate::seed::{self, CatalogueSeed};
use crate::services::Services;
use crate::services::debt_certificate::DebtChecks;
use crate::signatures::csc::CscRemoteSigning;
use crate::signatures::officers::{RemoteSigning, SimulatedOfficerSigning};
use crate::signatures::providers::{
    SigningProvider, SimulatedAsanImzaSigning, SimulatedCardSigningSystem,
};
use crate::signatures::revocation::RevocationLists;
use crate::signatures::{Signing, TrustedAuthorities};
use crate::store::Store;

/// The portal, bound to its port and ready to serve.
pub struct Application {
    listener: TcpListener,
    router: Router,
    port: u16,
    outbox: Outbox,
    payments: Payments,
    deadlines: DeadlineWatch,
    debt_checks: DebtChecks,
    unclaimed: UnclaimedUploads,
    revocations: RevocationLists,
    metrics: Metrics,
    /// Where the periodic jobs' leases are kept.
    jobs_store: Store,
}

/// The messages waiting to go out, and how they go.
#[derive(Clone)]
pub struct Outbox {
    store: Store,
    senders: Senders,
}

impl Outbox {
    /// Sends everything due now, pass after pass; tests call it instead of waiting for the
    /// worker.
    pub async fn deliver_due(&self) -> anyhow::Result<()> {
        while notify::deliver_due(&self.store, &self.senders).await? > 0 {}
        Ok(())
    }
}

/// A round is one pass; a pass that took messages is followed by another at once, so a backlog
/// drains continuously and only an empty outbox waits for the pause.
impl Periodic for Outbox {
    const JOB: Job = Job::Outbox;
    const PAUSE: Duration = notify::IDLE_PAUSE;

    async fn round(&self) -> anyhow::Result<Round> {
        let taken = notify::deliver_due(&self.store, &self.senders).await?;
        Ok(if taken > 0 {
            Round::MoreWaiting
        } else {
            Round::Finished
        })
    }
}

/// The host of the public address names our messages (`<id@qapi.example>`).
fn sender_domain(base_url: &str) -> String {
    let host = base_url.split("://").nth(1).unwrap_or(base_url);
    host.split(['/', ':'])
        .next()
        .filter(|h| !h.is_empty())
        .unwrap_or("qapi.localhost")
        .to_owned()
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        tokio::fs::create_dir_all(&settings.data_dir).await?;
        let store = Store::connect(
            settings.database.url.expose_secret(),
            Seal::from_hex(settings.agency.secret_key.expose_secret())?,
        )
        .await?;
        if store.seed_catalogue(&CatalogueSeed::load()?).await? {
            tracing::info!("loaded the service catalogue into a new database");
        }
        if store.seed_reference(&seed::reference()?).await? {
            tracing::info!("loaded the reference lists into a new database");
        }
        if settings.agency.demo_officers {
            seed::demo_officers(&store).await?;
            seed::demo_forms(&store).await?;
            seed::demo_regulations(&store, crate::calendar::today()).await?;
        }
        if store
            .seed_holidays(&settings.calendar.named_holidays()?)
            .await?
        {
            tracing::info!("loaded the configured holidays into an empty calendar");
        }
        let calendar = Calendar::new(store.clone());
        let reference = Arc::new(store.reference().await?);
        let files: Arc<dyn FileStore> = match &settings.files.store {
            FileStoreSettings::Local => Arc::new(LocalFolder::new(settings.files_dir()).await?),
            FileStoreSettings::S3(s3) => Arc::new(S3Bucket::new(s3)?),
        };
        let listener = TcpListener::bind((
            settings.application.host.as_str(),
            settings.application.port,
        ))
        .await?;
        let port = listener.local_addr()?.port();
        let population: Arc<dyn PopulationRegistry> = match settings.registries.population {
            ExternalSystem::Simulator => Arc::new(SimulatedPopulationRegistry::with_demo_people()),
            ExternalSystem::Off => Arc::new(NoPopulationRegistry),
        };
        // A handle only: each simulator that keeps state creates the tables when it is built, so
        // a server with none (production) has none in its database.
        let simulators = store.simulators();
        let mut identity = IdentityProviders::default();
        for (means, system) in [
            (LoginMeans::AsanImza, settings.identity.asan_imza),
            (LoginMeans::ESignature, settings.identity.e_signature),
            (LoginMeans::Egov, settings.identity.egov),
        ] {
            if system == ExternalSystem::Simulator {
                simulators.create_tables().await?;
                identity.add_simulator(means, simulators.clone());
            }
        }
        let signing = Signing {
            asan_imza: (settings.identity.asan_imza == ExternalSystem::Simulator).then(|| {
                Arc::new(SimulatedAsanImzaSigning {
                    simulators: simulators.clone(),
                }) as Arc<dyn SigningProvider>
            }),
            e_signature: (settings.identity.e_signature == ExternalSystem::Simulator).then(|| {
                Arc::new(SimulatedCardSigningSystem {
                    simulators: simulators.clone(),
                }) as Arc<dyn SigningProvider>
            }),
            officers: match settings.signatures.officers {
                OfficerSigning::Simulator => Some(Arc::new(SimulatedOfficerSigning) as _),
                OfficerSigning::Csc => Some(Arc::new(CscRemoteSigning::new(
                    &settings.signatures.csc_url,
                    settings.signatures.csc_token.clone().ok_or_else(|| {
                        anyhow::anyhow!("signatures.officers is csc: set signatures.csc_token")
                    })?,
                    crate::signatures::csc::TIMEOUT,
                )?) as Arc<dyn RemoteSigning>),
                OfficerSigning::Off => None,
            },
            trusted: TrustedAuthorities::new(
                settings.identity.asan_imza == ExternalSystem::Simulator
                    || settings.identity.e_signature == ExternalSystem::Simulator
                    || settings.signatures.officers == OfficerSigning::Simulator,
                &read_authorities(&settings.signatures.authorities).await?,
            )?,
        };
        let revocations = RevocationLists {
            files: settings.signatures.revocation_lists.clone(),
            trusted: signing.trusted.clone(),
        };
        let revoked = revocations.reload().await?;
        if !revocations.files.is_empty() {
            tracing::info!(revoked, "read the authorities' revocation lists");
        }
        let fines: Arc<dyn FinesRegistry> = match settings.registries.fines {
            ExternalSystem::Simulator => {
                simulators.create_tables().await?;
                Arc::new(SimulatedFinesRegistry::with_demo_fines(simulators.clone()).await?)
            }
            ExternalSystem::Off => Arc::new(NoFinesRegistry),
        };
        let gateway: Arc<dyn PaymentGateway> = match settings.payments.gateway {
            PaymentGatewayKind::Simulator => {
                simulators.create_tables().await?;
                Arc::new(SimulatedGateway::new(simulators.clone()))
            }
            PaymentGatewayKind::Http => Arc::new(HttpPaymentGateway::new(
                &settings.payments.url,
                &settings.payments.merchant_id,
                settings.payments.api_key.clone(),
                &settings.application.base_url,
                http_gateway::TIMEOUT,
            )?),
            PaymentGatewayKind::Off => Arc::new(NoPaymentGateway),
        };
        let payments = Payments::new(
            store.clone(),
            gateway,
            fines,
            &settings.application.base_url,
            settings.payments.reconcile_after_seconds,
        );
        let sms: Arc<dyn SmsGateway> = match settings.sms.transport {
            SmsTransport::DevMailbox => Arc::new(DevSmsBox(store.clone())),
            SmsTransport::Http => Arc::new(HttpSmsGateway::new(
                &settings.sms.url,
                settings.sms.token.clone(),
            )?),
        };
        let outbox = Outbox {
            senders: Senders {
                mailer: Mailer::from_settings(&settings.mail, &store)?,
                sms,
                sender_domain: sender_domain(&settings.application.base_url),
            },
            store: store.clone(),
        };
        let deadlines = DeadlineWatch::new(store.clone(), &settings.application.base_url);
        let unclaimed = UnclaimedUploads::new(store.clone(), files.clone());
        let (billing, billing_switch): (Arc<dyn UtilityBilling>, _) =
            match settings.registries.billing {
                ExternalSystem::Simulator => {
                    let simulator = SimulatedBilling::with_demo_subscribers()?;
                    (Arc::new(simulator.clone()), Some(simulator))
                }
                ExternalSystem::Off => (Arc::new(NoBilling), None),
            };
        let debt_checks = DebtChecks::new(
            store.clone(),
            billing.clone(),
            &settings.application.base_url,
        );
        let antivirus = match &settings.files.antivirus {
            Some(address) => Some(Arc::new(Clamd::parse(address)?) as Arc<dyn VirusScanner>),
            None => None,
        };
        let metrics = Metrics::default();
        let router = http::app(AppState {
            catalogue: PublishedCatalogue::load(store.clone()).await?,
            store: store.clone(),
            settings: Arc::new(settings),
            population,
            identity: Arc::new(identity),
            signing,
            payments: payments.clone(),
            files,
            antivirus,
            reference,
            calendar,
            billing,
            billing_switch,
            simulators,
            services: Services::hand_built(debt_checks.clone()),
            metrics: metrics.clone(),
            passwords: Passwords::for_this_machine(),
        })
        .await?;
        Ok(Self {
            listener,
            router,
            port,
            outbox,
            payments,
            deadlines,
            debt_checks,
            unclaimed,
            revocations,
            metrics,
            jobs_store: store,
        })
    }

    /// The outbox this application sends from; tests drain it instead of waiting for the worker.
    pub fn outbox(&self) -> Outbox {
        self.outbox.clone()
    }

    /// The payments, for tests that run the reconciliation instead of waiting for it.
    pub fn payments(&self) -> Payments {
        self.payments.clone()
    }

    /// The clean-up of unclaimed uploads, for tests that run it with another age.
    pub fn unclaimed_uploads(&self) -> UnclaimedUploads {
        self.unclaimed.clone()
    }

    /// The debt checks, for tests that run a round instead of waiting for it.
    pub fn debt_checks(&self) -> DebtChecks {
        self.debt_checks.clone()
    }

    /// The deadline watch, for tests that run a round as of a later day.
    pub fn deadlines(&self) -> DeadlineWatch {
        self.deadlines.clone()
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until Ctrl-C or SIGTERM, letting requests under way finish.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let jobs = jobs::Runner::new(self.metrics.clone(), self.jobs_store, self.port);
        jobs.spawn(self.outbox.clone());
        jobs.spawn(self.payments.clone());
        jobs.spawn(self.deadlines.clone());
        jobs.spawn(self.debt_checks.clone());
        jobs.spawn(self.unclaimed.clone());
        // Without lists there is nothing to read again.
        if !self.revocations.files.is_empty() {
            jobs.spawn(self.revocations.clone());
        }
        let service = self
            .router
            .into_make_service_with_connect_info::<std::net::SocketAddr>();
        axum::serve(self.listener, service)
            .with_graceful_shutdown(shutdown_signal())
            .await
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        tokio::signal::ctrl_c().await.ok();
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

/// The trusted authorities' certificates, as their files hold them.
async fn read_authorities(paths: &[std::path::PathBuf]) -> anyhow::Result<Vec<String>> {
    let mut pems = Vec::with_capacity(paths.len());
    for path in paths {
        pems.push(
            tokio::fs::read_to_string(path)
                .await
                .map_err(|e| anyhow::anyhow!("signatures.authorities: {}: {e}", path.display()))?,
        );
    }
    Ok(pems)
}
