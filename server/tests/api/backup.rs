//! A backup taken while the portal runs, restored for a new server: the same applications and
//! files, and nothing overwritten.

use reqwest::Method;
use secrecy::ExposeSecret;
use serde_json::Value;
use server::backup;
use server::identity::seal::Seal;
use server::store::Store;

use crate::helpers::{ClientBuild, TestApp, fresh_database, read, spawn_app, spawn_app_configured};
use crate::place_of_stay::{PASSWORD, sent_application, verified_host};

const HOST: &str = "leyla@mail.az";

async fn store_of(app: &TestApp) -> Store {
    Store::connect(
        &app.database_url(),
        Seal::from_hex(app.settings.agency.secret_key.expose_secret()).unwrap(),
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn a_restored_backup_serves_the_same_applications_and_files() {
    let app = spawn_app().await;
    let session = verified_host(&app, HOST).await;
    let number = sent_application(&app, &session).await;
    let path = format!("/api/applications/{number}");
    let before = read(&app, &session, &path).await;
    let scan_id = before["form"]["scan"][0]["id"].as_str().unwrap().to_owned();
    let scan_before = app.file_bytes(&session, &scan_id).await;

    let place = tempfile::tempdir().unwrap();
    let folder = place.path().join("backup");
    backup::back_up(
        &store_of(&app).await,
        &app.database_url(),
        Some(&app.settings.files_dir()),
        &folder,
    )
    .await
    .unwrap();
    // Taken while the portal runs: it goes on working, and what it does later is not in it.
    let later = sent_application(&app, &session).await;

    let restored = place.path().join("restored");
    let database_url = fresh_database(&restored).await;
    let data_dir = restored.join("data");
    let files = data_dir.join("files");
    backup::restore(&folder, &database_url, Some(&files))
        .await
        .unwrap();
    let again = spawn_app_configured(ClientBuild::Development, |settings| {
        settings.database.url = database_url.clone().into();
        settings.data_dir = data_dir.clone();
    })
    .await;

    let session = again.log_in(HOST, PASSWORD).await;
    let after: Value = read(&again, &session, &path).await;
    assert_eq!(after, before);
    assert_eq!(again.file_bytes(&session, &scan_id).await, scan_before);
    let missing = again
        .as_logged_in(&session, Method::GET, &format!("/api/applications/{later}"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);

    let refused = backup::restore(&folder, &database_url, Some(&files)).await;
    assert!(refused.is_err(), "a restore never overwrites a database");
    let refused = backup::back_up(
        &store_of(&app).await,
        &app.database_url(),
        Some(&app.settings.files_dir()),
        &folder,
    )
    .await;
    assert!(refused.is_err(), "a backup never overwrites an earlier one");
}
