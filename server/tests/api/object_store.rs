//! Two servers, one store: scans kept in a bucket of an S3-compatible server (moto's, which
//! `scripts/setup.sh` installs into `target/moto-venv`), served byte for byte by either
//! server, and gone from the bucket once the clean-up of unclaimed uploads forgets them.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;
use server::config::{FileStoreSettings, S3Settings, Settings};
use server::files::FileStore;
use server::files::s3::S3Bucket;
use tokio::process::{Child, Command};

use crate::helpers::{ClientBuild, spawn_app_configured};
use crate::place_of_stay::{PDF, host, upload};

const BUCKET: &str = "qapi-files";

/// moto's S3 server on a free port of this machine, stopped when dropped.
struct S3Server {
    endpoint: String,
    http: reqwest::Client,
    _process: Child,
}

impl S3Server {
    async fn start() -> Self {
        let binary =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/moto-venv/bin/moto_server");
        assert!(
            binary.exists(),
            "{} is missing: run scripts/setup.sh, which installs moto's S3 server",
            binary.display()
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .unwrap()
            .port();
        let process = Command::new(&binary)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("moto_server starts (scripts/setup.sh installs it)");
        let server = Self {
            endpoint: format!("http://127.0.0.1:{port}"),
            http: reqwest::Client::new(),
            _process: process,
        };
        for _ in 0..300 {
            if server.http.get(&server.endpoint).send().await.is_ok() {
                return server;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("moto_server did not answer on port {port} in 30 s");
    }

    /// Makes the bucket the portals keep their files in (moto takes unsigned requests).
    async fn create_bucket(&self) {
        let made = self
            .http
            .put(format!("{}/{BUCKET}", self.endpoint))
            .send()
            .await
            .unwrap();
        assert_eq!(made.status(), 200, "{}", made.text().await.unwrap());
    }

    /// The keys in the bucket, as S3's ListObjectsV2 gives them.
    async fn keys(&self) -> Vec<String> {
        let listed = self
            .http
            .get(format!("{}/{BUCKET}?list-type=2", self.endpoint))
            .send()
            .await
            .unwrap();
        assert_eq!(listed.status(), 200);
        let xml = listed.text().await.unwrap();
        let mut keys: Vec<String> = xml
            .split("<Key>")
            .skip(1)
            .map(|rest| rest.split("</Key>").next().unwrap().to_owned())
            .collect();
        keys.sort();
        keys
    }

    fn settings(&self) -> S3Settings {
        S3Settings {
            endpoint: self.endpoint.clone(),
            bucket: BUCKET.into(),
            region: "us-east-1".into(),
            access_key_id: "qapi-test".into(),
            secret_access_key: "qapi-test-secret".into(),
        }
    }

    /// Points a test portal's files at the bucket.
    fn configure(&self, settings: &mut Settings) {
        settings.files.store = FileStoreSettings::S3(self.settings());
    }
}

/// Where a key lies in the bucket: as in the local folder, under its first two digits.
fn object(id: &str) -> String {
    format!("{}/{id}", &id[..2])
}

#[tokio::test]
async fn two_servers_keep_and_serve_scans_from_one_bucket() {
    let s3 = S3Server::start().await;
    s3.create_bucket().await;
    let first = spawn_app_configured(ClientBuild::Development, |settings| {
        s3.configure(settings);
    })
    .await;
    let session = host(&first, "leyla@mail.az").await;
    // A scan of some megabytes (a long comment before its end), so that it streams back in
    // many pieces.
    let big = String::from_utf8(PDF.to_vec()).unwrap().replacen(
        "%%EOF",
        &format!("%{}\n%%EOF", "q".repeat(3 << 20)),
        1,
    );
    let big = big.as_bytes();
    let kept = upload(&first, &session, big, "pasport.pdf").await;
    assert_eq!(kept.status(), 201);
    let kept: Value = kept.json().await.unwrap();
    let id = kept["id"].as_str().unwrap().to_owned();
    assert_eq!(
        first.file_bytes(&session, &id).await,
        big,
        "read back byte for byte"
    );
    assert_eq!(s3.keys().await, vec![object(&id)]);
    assert!(
        !first.settings.files_dir().exists(),
        "nothing is kept on the server's own disk"
    );

    // A second server on the same database and bucket, with a data folder of its own.
    let database_url = first.database_url();
    let second = spawn_app_configured(ClientBuild::Development, |settings| {
        settings.database.url = database_url.into();
        s3.configure(settings);
    })
    .await;
    assert_ne!(second.settings.data_dir, first.settings.data_dir);
    assert_eq!(
        second.file_bytes(&session, &id).await,
        big,
        "the other server"
    );

    // A scan of a registration form never sent, uploaded through the second server, is
    // forgotten by the first server's clean-up, from the bucket too; the owned one stays.
    let abandoned = second
        .http
        .post(second.url("/api/files?name=unutulmus.pdf"))
        .body(PDF.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(abandoned.status(), 201);
    let abandoned: Value = abandoned.json().await.unwrap();
    let abandoned = abandoned["id"].as_str().unwrap().to_owned();
    let mut both = vec![object(&id), object(&abandoned)];
    both.sort();
    assert_eq!(s3.keys().await, both);
    let uploads = &first.unclaimed_uploads;
    assert_eq!(uploads.forget_older_than(24).await.unwrap(), 0);
    assert_eq!(uploads.forget_older_than(0).await.unwrap(), 1);
    assert_eq!(s3.keys().await, vec![object(&id)]);
    assert_eq!(second.file_bytes(&session, &id).await, big);

    // Forgetting a key already gone is not an error.
    let bucket = S3Bucket::new(&s3.settings()).unwrap();
    bucket.remove(&abandoned).await.unwrap();
    assert_eq!(s3.keys().await, vec![object(&id)]);
}
