//! A server killed (`kill -9`) while applications arrive at full speed, then started again:
//! every application it acknowledged is there, with its scan and one receipt.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::{PortalProcess, free_port, spawn_app};
use crate::place_of_stay::{PDF, saved_application, verified_host};

const HOST: &str = "leyla@mail.az";
/// Applications sent at once; the server is killed once this many were acknowledged.
const SENT: usize = 120;
const KILLED_AFTER: usize = 15;

#[tokio::test]
async fn every_acknowledged_application_survives_a_kill_9() {
    let app = spawn_app().await;
    let session = verified_host(&app, HOST).await;
    let mut drafts = Vec::with_capacity(SENT);
    for _ in 0..SENT {
        let (number, version, page) = saved_application(&app, &session).await;
        drafts.push((number, version, page["id"].as_str().unwrap().to_owned()));
    }
    let scans: HashMap<String, String> = drafts
        .iter()
        .map(|(number, _, scan)| (number.clone(), scan.clone()))
        .collect();

    let port = free_port();
    let mut process = PortalProcess::start(&app, port).await;
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let http = reqwest::Client::new();
    let sending: Vec<_> = drafts
        .into_iter()
        .map(|(number, version, _)| {
            let request = http
                .post(format!(
                    "{}/api/applications/{number}/submit",
                    process.address
                ))
                .header("cookie", &session.cookie)
                .header("x-csrf-token", &session.csrf)
                .json(&json!({ "version": version }));
            let acknowledged = Arc::clone(&acknowledged);
            tokio::spawn(async move {
                let answer = request.send().await.ok()?;
                (answer.status() == 200).then(|| {
                    acknowledged.fetch_add(1, Ordering::SeqCst);
                    number
                })
            })
        })
        .collect();
    while acknowledged.load(Ordering::SeqCst) < KILLED_AFTER {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    process.child.start_kill().unwrap();
    process.child.wait().await.unwrap();
    let mut seen = Vec::new();
    for sending in sending {
        if let Some(number) = sending.await.unwrap() {
            seen.push(number);
        }
    }
    assert!(
        seen.len() >= KILLED_AFTER && seen.len() < SENT,
        "killed mid-run: {} of {SENT} acknowledged",
        seen.len()
    );

    let again = PortalProcess::start(&app, port).await;
    let read = |path: String| {
        http.get(format!("{}{path}", again.address))
            .header("cookie", &session.cookie)
            .send()
    };
    for number in &seen {
        let view: Value = read(format!("/api/applications/{number}"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(view["status"], "submitted", "{number}");
        let scan = read(format!("/api/files/{}", scans[number])).await.unwrap();
        assert_eq!(scan.status(), 200, "{number}'s scan");
        assert_eq!(scan.bytes().await.unwrap(), PDF, "{number}'s scan");
    }

    // Whichever server's worker sends them, each application sent has one receipt.
    let submitted: Vec<String> = sqlx::query_scalar(
        "SELECT number FROM applications WHERE status = 'submitted' ORDER BY number",
    )
    .fetch_all(&app.database().await)
    .await
    .unwrap();
    assert!(submitted.len() >= seen.len());
    let receipts = app.mails_to(HOST).await;
    for number in &submitted {
        let count = receipts
            .iter()
            .filter(|m| {
                m["subject"]
                    .as_str()
                    .is_some_and(|s| s.ends_with(number.as_str()))
            })
            .count();
        assert_eq!(count, 1, "{number}'s receipt");
    }
}
