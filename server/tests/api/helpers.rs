use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

pub use crate::scratch_database::{fresh_database, on_postgres};
use app::area::Area;
use secrecy::ExposeSecret;
use server::config::Settings;
use server::deadlines::DeadlineWatch;
use server::files::UnclaimedUploads;
use server::payments::Payments;
use server::services::debt_certificate::DebtChecks;
use server::startup::{Application, Outbox};
use tempfile::TempDir;
use tokio::process::{Child, Command};

pub const OPERATOR_TOKEN: &str = "test-operator-token-that-is-long-enough";
/// The token the test portals serve `/metrics` with.
pub const METRICS_TOKEN: &str = "test-metrics-token-that-is-long-enough";

/// A running portal with its own database and site folder, gone when dropped.
pub struct TestApp {
    pub address: String,
    pub http: reqwest::Client,
    pub outbox: Outbox,
    /// The payments, to run the reconciliation when a test needs it.
    pub payments: Payments,
    /// The deadline watch, to run a round as of a later day.
    pub deadlines: DeadlineWatch,
    /// The debt certificate's checks, to run a round now.
    pub debt_checks: DebtChecks,
    /// The clean-up of unclaimed uploads, to run with another age.
    pub unclaimed_uploads: UnclaimedUploads,
    /// The settings it was built with.
    pub settings: Settings,
    /// Officers logged in so far: an authenticator code works once, so a test logs each in once.
    officers: std::sync::Mutex<HashMap<String, LoggedIn>>,
    _dir: TempDir,
}

/// Which client the test portal serves: as `make client` builds it, or as a production build,
/// which has no development area.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ClientBuild {
    Development,
    Production,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(ClientBuild::Development).await
}

pub async fn spawn_app_with(build: ClientBuild) -> TestApp {
    spawn_app_configured(build, |_| {}).await
}

/// A portal whose site folder holds each area's page (`<meta name="area">` says which), and the
/// parts of two areas' modules that their lazy pages load; `configure` changes the test
/// settings last.
pub async fn spawn_app_configured(
    build: ClientBuild,
    configure: impl FnOnce(&mut Settings),
) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    // As a built page, a template the server fills in the visitor's language.
    let page = |area: &str| {
        format!(
            "<!doctype html><html lang=\"{{{{lang}}}}\"><title>Qapı</title>\
             <meta name=\"area\" content=\"{area}\"><template id=\"q-preloads\"></template>\
             <script type=\"module\">start()</script></head>\
             <a href=\"/\">{{{{t:NavHome}}}}</a><p class=\"q-loading\" id=\"q-loading\">{{{{t:Loading}}}}</p>"
        )
    };
    std::fs::write(site.join("index.html"), page("home")).unwrap();
    for area in Area::ALL {
        if area != Area::Dev || build == ClientBuild::Development {
            std::fs::write(
                site.join(format!("{}.html", area.name())),
                page(area.name()),
            )
            .unwrap();
        }
    }
    std::fs::write(
        site.join("parts.txt"),
        "office office pkg/office-0a/pack_office.bin\n\
         public service pkg/public-0b/split_service_3.wasm\n\
         public fines pkg/public-0b/pack_fines.bin\n\
         public payment pkg/public-0b/pack_payment.bin\n\
         place_of_stay host_desk pkg/place_of_stay-0c/split_host_desk_4.wasm\n\
         cabinet defined_form pkg/cabinet-0d/pack_defined_form.bin\n",
    )
    .unwrap();
    std::fs::write(site.join("pkg/app-0123abcd.js"), "export default 1;").unwrap();
    std::fs::write(site.join("pkg/app-0123abcd.js.br"), "brotli bytes").unwrap();

    // SAFETY: set before any thread of this test reads the environment; the value is the same
    // for every test.
    unsafe { std::env::set_var("QAPI_ENVIRONMENT", "development") };
    let mut settings = Settings::load().expect("settings");
    settings.application.host = "127.0.0.1".into();
    settings.application.port = 0;
    settings.database.url = fresh_database(dir.path()).await.into();
    settings.data_dir = dir.path().join("data");
    settings.site_dir = PathBuf::from(&site);
    settings.registry.operator_token = OPERATOR_TOKEN.into();
    settings.application.base_url = "http://qapi.test".into();
    // Every pending payment is the reconciliation's to ask about at once.
    settings.payments.reconcile_after_seconds = 0;
    settings.metrics.token = Some(METRICS_TOKEN.into());
    configure(&mut settings);

    let app = Application::build(settings.clone())
        .await
        .expect("the app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let outbox = app.outbox();
    let payments = app.payments();
    let deadlines = app.deadlines();
    let debt_checks = app.debt_checks();
    let unclaimed_uploads = app.unclaimed_uploads();
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        http: reqwest::Client::new(),
        outbox,
        payments,
        deadlines,
        debt_checks,
        unclaimed_uploads,
        settings,
        officers: Default::default(),
        _dir: dir,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http.get(self.url(path)).send().await.expect("request")
    }

    pub async fn get_json(&self, path: &str) -> serde_json::Value {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.json().await.expect("json")
    }

    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        self.http
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("request")
    }

    /// Sends every message that is due, as the worker would.
    pub async fn drain_outbox(&self) {
        self.outbox
            .deliver_due()
            .await
            .expect("the outbox delivers");
        // The server's own worker may have claimed a message a moment before (on PostgreSQL the
        // claim skips the rows another holds, so this pass does not wait for them): wait, a few
        // seconds at most, until it has sent what it holds.
        let database = self.database().await;
        for _ in 0..50 {
            let (held,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM outbox \
                 WHERE sent_at IS NULL AND attempts > 0 AND last_error IS NULL",
            )
            .fetch_one(&database)
            .await
            .expect("the outbox reads");
            if held == 0 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }

    /// The e-mails the dev mailbox holds for an address, newest first.
    pub async fn mails_to(&self, to: &str) -> Vec<serde_json::Value> {
        self.drain_outbox().await;
        let mails = self.get_json("/api/dev/mailbox").await;
        mails
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["recipient"] == to)
            .cloned()
            .collect()
    }

    /// A new captcha and, through the development-only door, its answer.
    pub async fn solved_captcha(&self) -> (String, String) {
        let challenge: serde_json::Value = self
            .post_json("/api/captcha", &serde_json::json!({}))
            .await
            .json()
            .await
            .unwrap();
        let id = challenge["id"].as_str().unwrap().to_owned();
        let answer = self.get_json(&format!("/api/dev/captcha/{id}")).await["answer"]
            .as_str()
            .unwrap()
            .to_owned();
        (id, answer)
    }

    /// The test's own database, for setting up what no request can (a due date long past),
    /// in SQL both backends read.
    pub async fn database(&self) -> sqlx::AnyPool {
        sqlx::any::install_default_drivers();
        sqlx::AnyPool::connect(&self.database_url())
            .await
            .expect("the test's database")
    }

    /// Where the test's database is, for another server to share it.
    pub fn database_url(&self) -> String {
        self.settings.database.url.expose_secret().to_owned()
    }

    /// Whether the test portal runs on PostgreSQL.
    pub fn on_postgres(&self) -> bool {
        on_postgres()
    }

    /// A request of the registry operator, with the token.
    pub fn operator(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, self.url(path))
            .bearer_auth(OPERATOR_TOKEN)
    }
}

/// The `errors` of an error body as `(code, field)` pairs.
pub async fn problems(response: reqwest::Response) -> Vec<(String, Option<String>)> {
    let body: serde_json::Value = response.json().await.expect("error body is json");
    body["errors"]
        .as_array()
        .expect("errors array")
        .iter()
        .map(|e| {
            assert!(
                !e["message"].as_str().unwrap_or_default().is_empty(),
                "every error has a message: {e}"
            );
            (
                e["code"].as_str().unwrap().to_owned(),
                e["field"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

/// The words of a PDF the portal issued, every run of white space as one space: a value the
/// layout wrapped onto two lines reads as it was given.
pub async fn pdf_text(response: reqwest::Response) -> String {
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let bytes = response.bytes().await.unwrap();
    let document = lopdf::Document::load_mem(&bytes).expect("a PDF");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    let text = document.extract_text(&pages).expect("its text");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The lines of what a result is about, as `/api/verify/{code}` answers them.
pub fn subject_lines(verified: &serde_json::Value) -> Vec<&str> {
    verified["subject"]
        .as_array()
        .expect("the subject's lines")
        .iter()
        .map(|line| line.as_str().unwrap())
        .collect()
}

/// Whether a result's PDF prints each line of its subject as the verify page shows it: the
/// label and the value in their two columns, the manat by its code.
pub fn assert_prints(pdf: &str, verified: &serde_json::Value) {
    for line in subject_lines(verified) {
        let printed = line.replacen(": ", " ", 1).replace('₼', "AZN");
        assert!(pdf.contains(&printed), "{line} in {pdf}");
    }
}

/// A request with a JSON body from a logged-in browser.
pub async fn call(
    app: &TestApp,
    session: &LoggedIn,
    method: reqwest::Method,
    path: &str,
    body: serde_json::Value,
) -> reqwest::Response {
    app.as_logged_in(session, method, path)
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// What a logged-in browser reads at `path`, as JSON.
pub async fn read(app: &TestApp, session: &LoggedIn, path: &str) -> serde_json::Value {
    app.as_logged_in(session, reqwest::Method::GET, path)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// A logged-in browser: its session cookie and the CSRF token for changes.
#[derive(Clone)]
pub struct LoggedIn {
    pub cookie: String,
    pub csrf: String,
}

impl TestApp {
    /// The bytes of a kept file (a scan, a result document) as its owner reads them.
    pub async fn file_bytes(&self, session: &LoggedIn, id: &str) -> Vec<u8> {
        let response = self
            .as_logged_in(session, reqwest::Method::GET, &format!("/api/files/{id}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "GET /api/files/{id}");
        response.bytes().await.unwrap().to_vec()
    }

    /// Logs in with e-mail and password.
    pub async fn log_in(&self, email: &str, password: &str) -> LoggedIn {
        let response = self
            .post_json(
                "/api/session",
                &serde_json::json!({ "email": email, "password": password }),
            )
            .await;
        assert_eq!(response.status(), 200, "log in as {email}");
        LoggedIn::from_response(response).await
    }

    /// A request of a logged-in browser, with its cookie and CSRF token.
    pub fn as_logged_in(
        &self,
        session: &LoggedIn,
        method: reqwest::Method,
        path: &str,
    ) -> reqwest::RequestBuilder {
        self.http
            .request(method, self.url(path))
            .header("cookie", &session.cookie)
            .header("x-csrf-token", &session.csrf)
    }

    /// Who `/api/session` says the browser of `session` is: `null` once the session ended.
    pub async fn who(&self, session: &LoggedIn) -> serde_json::Value {
        let response = self
            .as_logged_in(session, reqwest::Method::GET, "/api/session")
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            200,
            "asking who is logged in is not an error"
        );
        response.json().await.unwrap()
    }
}

impl LoggedIn {
    /// The session a login response started (`/api/session`, or `session` of a state login).
    pub async fn from_response(response: reqwest::Response) -> Self {
        let cookie = response.headers()["set-cookie"].to_str().unwrap();
        let cookie = cookie.split(';').next().unwrap().to_owned();
        let body: serde_json::Value = response.json().await.unwrap();
        let info = if body["session"].is_object() {
            &body["session"]
        } else {
            &body
        };
        let csrf = info["csrf_token"].as_str().unwrap().to_owned();
        Self { cookie, csrf }
    }
}

/// The demo officers' password (development settings seed them).
pub const OFFICER_PASSWORD: &str = "Demo-officer-2026";

impl TestApp {
    /// Logs a demo officer in with both factors (once per test): the password, then the code
    /// their authenticator shows now (read from the development page that stands in for it).
    pub async fn log_in_officer(&self, email: &str) -> LoggedIn {
        let known = self.officers.lock().unwrap().get(email).cloned();
        if let Some(session) = known {
            return session;
        }
        let session = self.second_factor_login(email).await;
        self.officers
            .lock()
            .unwrap()
            .insert(email.to_owned(), session.clone());
        session
    }

    async fn second_factor_login(&self, email: &str) -> LoggedIn {
        let response = self
            .post_json(
                "/api/session",
                &serde_json::json!({ "email": email, "password": OFFICER_PASSWORD }),
            )
            .await;
        assert_eq!(response.status(), 200);
        assert!(
            response.headers().get("set-cookie").is_none(),
            "a password alone opens no officer's session"
        );
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["step"], "second_factor");
        let response = self
            .post_json(
                "/api/session/second-factor",
                &serde_json::json!({
                    "challenge": body["challenge"],
                    "code": self.officer_code(email).await,
                }),
            )
            .await;
        assert_eq!(response.status(), 200, "second factor of {email}");
        LoggedIn::from_response(response).await
    }

    pub async fn officer_code(&self, email: &str) -> String {
        let officers = self.get_json("/api/dev/officers").await;
        officers
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["email"] == email)
            .unwrap()["code"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

/// The portal's binary as a process of its own, on the test portal's database and files: a
/// second server behind the same load balancer.
pub struct PortalProcess {
    pub child: Child,
    pub address: String,
}

impl PortalProcess {
    /// Another server beside `app`, with `app`'s settings but for `extra` (variables).
    pub async fn start_with(app: &TestApp, port: u16, extra: &[(&str, String)]) -> Self {
        let settings = &app.settings;
        let child = Command::new(env!("CARGO_BIN_EXE_qapi"))
            .env("QAPI_ENVIRONMENT", "development")
            .env("QAPI_APPLICATION__HOST", "127.0.0.1")
            .env("QAPI_APPLICATION__PORT", port.to_string())
            .env("QAPI_APPLICATION__BASE_URL", &settings.application.base_url)
            .env("QAPI_DATABASE__URL", app.database_url())
            .env("QAPI_DATA_DIR", &settings.data_dir)
            .env("QAPI_SITE_DIR", &settings.site_dir)
            .env(
                "QAPI_REGISTRY__OPERATOR_TOKEN",
                settings.registry.operator_token.expose_secret(),
            )
            .envs(extra.iter().map(|(name, value)| (*name, value)))
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("the portal's binary starts");
        let address = format!("http://127.0.0.1:{port}");
        for _ in 0..200 {
            if reqwest::get(format!("{address}/api/health"))
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                return Self { child, address };
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the portal did not start");
    }

    pub async fn start(app: &TestApp, port: u16) -> Self {
        Self::start_with(app, port, &[]).await
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The statuses of requests sent all at once, in the order the requests were made.
pub async fn statuses_at_once<R>(requests: impl IntoIterator<Item = R>) -> Vec<u16>
where
    R: std::future::Future<Output = reqwest::Response>,
{
    futures_util::future::join_all(requests)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect()
}

/// How many of the statuses are `status`.
pub fn count(statuses: &[u16], status: u16) -> usize {
    statuses.iter().filter(|s| **s == status).count()
}
