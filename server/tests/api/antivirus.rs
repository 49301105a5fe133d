//! Uploads checked by a real ClamAV daemon (Debian's clamav-daemon, which the setup installs),
//! run for the test with one signature of its own for the EICAR test file: the registries'
//! signatures cannot be downloaded here, and EICAR is what every antivirus must find.

use std::path::Path;
use std::time::Duration;

use tokio::process::{Child, Command};

use crate::helpers::{ClientBuild, problems, spawn_app_configured};
use crate::place_of_stay::{host, upload};

const EICAR: &str = r"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

/// clamd on a socket in `dir`, answering once it is ready.
async fn clamd(dir: &Path) -> Child {
    let signatures = dir.join("signatures");
    std::fs::create_dir_all(&signatures).unwrap();
    let hex: String = EICAR.bytes().map(|b| format!("{b:02x}")).collect();
    std::fs::write(
        signatures.join("qapi-test.ndb"),
        format!("Qapi.Test.Eicar:0:*:{hex}\n"),
    )
    .unwrap();
    let socket = dir.join("clamd.sock");
    let config = dir.join("clamd.conf");
    std::fs::write(
        &config,
        format!(
            "LocalSocket {}\nDatabaseDirectory {}\nForeground yes\nLogFile {}\nTemporaryDirectory {}\n",
            socket.display(),
            signatures.display(),
            dir.join("clamd.log").display(),
            dir.display(),
        ),
    )
    .unwrap();
    let child = Command::new("clamd")
        .arg("-c")
        .arg(&config)
        .kill_on_drop(true)
        .spawn()
        .expect("clamd (Debian's clamav-daemon; scripts/setup.sh installs it)");
    for _ in 0..300 {
        if tokio::net::UnixStream::connect(&socket).await.is_ok() {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("clamd did not open its socket in 30 s");
}

/// The test scan with the EICAR line after its end, where a PDF reader ignores it.
fn infected_scan() -> Vec<u8> {
    let scan = include_str!("../fixtures/scan.pdf");
    let end = scan.rfind("%%EOF").unwrap();
    format!("{}%{EICAR}\n%%EOF\n", &scan[..end]).into_bytes()
}

#[tokio::test]
async fn malware_is_refused_and_uploads_wait_while_the_antivirus_is_down() {
    let dir = tempfile::tempdir().unwrap();
    let mut daemon = clamd(dir.path()).await;
    let socket = dir.path().join("clamd.sock");
    let app = spawn_app_configured(ClientBuild::Development, |settings| {
        settings.files.antivirus = Some(format!("unix:{}", socket.display()));
    })
    .await;
    let session = host(&app, "murad@mail.az").await;

    let infected = upload(&app, &session, &infected_scan(), "pasport.pdf").await;
    assert_eq!(infected.status(), 422);
    assert_eq!(
        problems(infected).await,
        vec![("file_infected".into(), Some("file".into()))]
    );
    let clean = upload(
        &app,
        &session,
        include_bytes!("../fixtures/scan.pdf"),
        "pasport.pdf",
    )
    .await;
    assert_eq!(clean.status(), 201);

    daemon.kill().await.unwrap();
    let unchecked = upload(
        &app,
        &session,
        include_bytes!("../fixtures/scan.pdf"),
        "pasport.pdf",
    )
    .await;
    assert_eq!(unchecked.status(), 503, "nothing is kept unchecked");
    assert_eq!(problems(unchecked).await[0].0, "unavailable");
}
