//! Rule 12.2: an application signed with Asan İmza (PIN2 on the simulated phone), sent with its
//! signature, seen valid by the agency, returned, changed and signed again; a change after
//! signing, a signature by someone else, a regulation that takes signed applications only, a
//! burst of submits with one signature; and the bundle, checked by `openssl` alone. Rule 12.1:
//! the officer's decision is signed with their PIN, and the result document names the signer.
//! Letters, replies and complaints are signed by their sender as applications are.

use std::process::Command;

use reqwest::Method;
use serde_json::{Value, json};

use crate::defined_forms::{answers, new_draft};
use crate::helpers::{
    ClientBuild, LoggedIn, TestApp, call, count, pdf_text, problems, read, spawn_app,
    spawn_app_configured, statuses_at_once,
};
use crate::place_of_stay::{
    MIGRATION_OFFICER, decide, save, sent_application, uploaded_page, verified_host,
};
use crate::state_login::confirmed_login;

/// The demo holder F00MBEG, who logs in by `confirmed_login`, and their PIN2.
const HOLDER: (&str, &str) = ("050 211 22 33", "100001");
const PIN2: &str = "11111";
/// Another demo holder, CDTD6RN.
const SOMEONE_ELSE: (&str, &str) = ("055 222 33 44", "100002");

async fn holder(app: &TestApp) -> LoggedIn {
    LoggedIn::from_response(confirmed_login(app).await).await
}

/// A 33.1 application with every answer and a scan, saved: its number and version.
async fn saved_draft(app: &TestApp, session: &LoggedIn) -> (String, i64) {
    let draft = new_draft(app, session).await;
    let number = draft["number"].as_str().unwrap().to_owned();
    let page = uploaded_page(app, session).await;
    let saved: Value = save(
        app,
        session,
        &number,
        draft["version"].as_i64().unwrap(),
        &answers(&page),
    )
    .await
    .json()
    .await
    .unwrap();
    (number, saved["version"].as_i64().unwrap())
}

/// What the signing step opens with: the terms, once the application is found sendable.
async fn terms(app: &TestApp, session: &LoggedIn, number: &str) -> Value {
    let answered = call(
        app,
        session,
        Method::POST,
        &format!("/api/applications/{number}/signing/terms"),
        json!(null),
    )
    .await;
    assert_eq!(answered.status(), 200);
    answered.json().await.unwrap()
}

async fn start_signing(
    app: &TestApp,
    session: &LoggedIn,
    number: &str,
    version: i64,
    (phone, user_id): (&str, &str),
) -> reqwest::Response {
    call(
        app,
        session,
        Method::POST,
        &format!("/api/applications/{number}/signing"),
        json!({ "version": version, "holder": { "phone": phone, "user_id": user_id } }),
    )
    .await
}

/// The phone's answer to the signing request with this verification code.
async fn answer_on_the_phone(app: &TestApp, started: &Value, pin2: &str) -> reqwest::Response {
    let waiting = app.get_json("/api/dev/identity/asan-imza").await;
    let request = waiting
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["verification_code"] == started["verification_code"] && r["signing"].is_string()
        })
        .cloned()
        .expect("the phone shows the signing request with the same code");
    app.post_json(
        &format!(
            "/api/dev/identity/asan-imza/{}",
            request["id"].as_str().unwrap()
        ),
        &json!({ "confirm": true, "pin2": pin2 }),
    )
    .await
}

async fn progress(app: &TestApp, session: &LoggedIn, number: &str, id: &str) -> reqwest::Response {
    call(
        app,
        session,
        Method::GET,
        &format!("/api/applications/{number}/signing/{id}"),
        json!(null),
    )
    .await
}

/// Where the signing request stands now, as the step reads it.
async fn progress_now(app: &TestApp, session: &LoggedIn, number: &str, id: &str) -> Value {
    progress(app, session, number, id)
        .await
        .json()
        .await
        .unwrap()
}

/// Signed on the phone with PIN2: the signing request's id.
async fn signed(app: &TestApp, session: &LoggedIn, number: &str, version: i64) -> String {
    let started = start_signing(app, session, number, version, HOLDER).await;
    assert_eq!(started.status(), 201);
    let started: Value = started.json().await.unwrap();
    let id = started["id"].as_str().unwrap().to_owned();
    assert_eq!(answer_on_the_phone(app, &started, PIN2).await.status(), 200);
    let now = progress_now(app, session, number, &id).await;
    assert_eq!(now["state"], "signed");
    id
}

async fn submit_signed(
    app: &TestApp,
    session: &LoggedIn,
    number: &str,
    version: i64,
    signing: Option<&str>,
) -> reqwest::Response {
    call(
        app,
        session,
        Method::POST,
        &format!("/api/applications/{number}/submit"),
        json!({ "version": version, "signing": signing }),
    )
    .await
}

#[tokio::test]
async fn a_signed_application_is_seen_valid_by_the_agency_and_signed_again_after_a_return() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let (number, version) = saved_draft(&app, &session).await;

    let terms = terms(&app, &session, &number).await;
    // The Asan İmza the holder logged in with is offered.
    assert_eq!(
        terms,
        json!({
            "unsigned_accepted": true,
            "fin": "F00MBEG",
            "means": ["asan_imza", "e_signature"],
            "asan_imza": { "phone": "+994502112233", "user_id": HOLDER.1 },
        })
    );

    let started = start_signing(&app, &session, &number, version, HOLDER).await;
    assert_eq!(started.status(), 201);
    let started: Value = started.json().await.unwrap();
    let id = started["id"].as_str().unwrap().to_owned();
    let waiting = progress_now(&app, &session, &number, &id).await;
    assert_eq!(waiting["state"], "waiting");
    let wrong = answer_on_the_phone(&app, &started, "99999").await;
    assert_eq!(
        problems(wrong).await,
        vec![("pin2_wrong".into(), Some("pin2".into()))]
    );
    assert_eq!(
        answer_on_the_phone(&app, &started, PIN2).await.status(),
        200
    );
    let now = progress_now(&app, &session, &number, &id).await;
    assert_eq!(now["state"], "signed");

    let sent = submit_signed(&app, &session, &number, version, Some(&id)).await;
    assert_eq!(sent.status(), 200);

    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let case = read(
        &app,
        &officer,
        &format!("/api/office/applications/{number}"),
    )
    .await;
    let signatures = case["signatures"].as_array().unwrap();
    assert_eq!(signatures.len(), 1);
    assert_eq!(signatures[0]["check"], "valid");
    assert_eq!(signatures[0]["signer_fin"], "F00MBEG");
    assert!(
        signatures[0]["signer_name"]
            .as_str()
            .unwrap()
            .starts_with("NƏSİROV "),
        "{signatures:?}"
    );

    let returned = decide(
        &app,
        &officer,
        &number,
        json!({ "action": "return", "note": "Günlərin sayı vizaya uyğun deyil", "fields_to_fix": ["extra_days"] }),
    )
    .await;
    assert_eq!(returned.status(), 204);
    let back = read(&app, &session, &format!("/api/applications/{number}")).await;
    let page = uploaded_page(&app, &session).await;
    let mut fixed = answers(&page);
    fixed["extra_days"] = json!("20");
    let saved: Value = save(
        &app,
        &session,
        &number,
        back["version"].as_i64().unwrap(),
        &fixed,
    )
    .await
    .json()
    .await
    .unwrap();
    let version = saved["version"].as_i64().unwrap();
    // The first signature was used; the new content needs a new one.
    let reused = submit_signed(&app, &session, &number, version, Some(&id)).await;
    assert_eq!(
        problems(reused).await,
        vec![("signature_not_given".into(), None)]
    );
    let again = signed(&app, &session, &number, version).await;
    assert_eq!(
        submit_signed(&app, &session, &number, version, Some(&again))
            .await
            .status(),
        200
    );

    let mine = read(
        &app,
        &session,
        &format!("/api/applications/{number}/signatures"),
    )
    .await;
    let checks: Vec<(i64, &str)> = mine
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["sending"].as_i64().unwrap(), s["check"].as_str().unwrap()))
        .collect();
    assert_eq!(
        checks,
        [(1, "valid"), (2, "valid")],
        "the history keeps each signature"
    );
}

/// The card system's page answers a card signing request: the card of `fin` in the reader,
/// signed with `pin`; or refused with no card.
async fn answer_with_the_card(
    app: &TestApp,
    started: &Value,
    card: Option<(&str, &str)>,
) -> reqwest::Response {
    let page = started["page"].as_str().expect("the card system's page");
    let id = page
        .split_once("request=")
        .map(|(_, id)| id)
        .expect("the page names the request");
    let answer = match card {
        Some((fin, pin)) => json!({ "confirm": true, "fin": fin, "pin2": pin }),
        None => json!({ "confirm": false }),
    };
    app.post_json(&format!("/api/dev/identity/e-signature/{id}"), &answer)
        .await
}

#[tokio::test]
async fn an_application_is_signed_with_the_e_signature_card_on_its_systems_page() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let (number, version) = saved_draft(&app, &session).await;
    let with_the_card = json!({ "version": version, "holder": { "means": "e_signature" } });
    let path = format!("/api/applications/{number}/signing");

    // Someone else's card in the reader: the portal keeps no signature that is not the
    // applicant's.
    let started = call(&app, &session, Method::POST, &path, with_the_card.clone()).await;
    assert_eq!(started.status(), 201);
    let started: Value = started.json().await.unwrap();
    assert!(started.get("verification_code").is_none(), "{started}");
    let id = started["id"].as_str().unwrap().to_owned();
    assert_eq!(
        answer_with_the_card(&app, &started, Some(("CDTD6RN", "2026")))
            .await
            .status(),
        200
    );
    let refused = progress_now(&app, &session, &number, &id).await;
    assert_eq!(
        refused,
        json!({ "state": "refused", "problem": "signer_not_applicant" })
    );

    let started = call(&app, &session, Method::POST, &path, with_the_card).await;
    let started: Value = started.json().await.unwrap();
    let id = started["id"].as_str().unwrap().to_owned();
    let page = started["page"].as_str().unwrap();
    assert!(
        page.starts_with("/dev/identity?means=e-signature&request="),
        "{page}"
    );
    // The card system's page lists what is signed.
    let waiting = app.get_json("/api/dev/identity/e-signature").await;
    let summary = format!("33.1 · {number}");
    assert!(
        waiting
            .as_array()
            .unwrap()
            .iter()
            .any(|r| page.ends_with(r["id"].as_str().unwrap()) && r["signing"] == summary.as_str()),
        "{waiting}"
    );
    assert_eq!(
        problems(answer_with_the_card(&app, &started, Some(("F00MBEG", "1111"))).await).await,
        vec![("signing_pin_wrong".into(), Some("pin2".into()))]
    );
    assert_eq!(
        problems(answer_with_the_card(&app, &started, Some(("", "2026"))).await).await,
        vec![("required".into(), Some("fin".into()))]
    );
    let still = progress_now(&app, &session, &number, &id).await;
    assert_eq!(still["state"], "waiting");
    assert_eq!(
        answer_with_the_card(&app, &started, Some(("F00MBEG", "2026")))
            .await
            .status(),
        200
    );
    let now = progress_now(&app, &session, &number, &id).await;
    assert_eq!(now["state"], "signed");
    assert_eq!(
        submit_signed(&app, &session, &number, version, Some(&id))
            .await
            .status(),
        200
    );

    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let case = read(
        &app,
        &officer,
        &format!("/api/office/applications/{number}"),
    )
    .await;
    let signatures = case["signatures"].as_array().unwrap();
    assert_eq!(signatures.len(), 1);
    assert_eq!(signatures[0]["check"], "valid");
    assert_eq!(signatures[0]["signer_fin"], "F00MBEG");
}

#[tokio::test]
async fn a_card_signing_refused_on_its_page_sends_nothing() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let (number, version) = saved_draft(&app, &session).await;
    let started = call(
        &app,
        &session,
        Method::POST,
        &format!("/api/applications/{number}/signing"),
        json!({ "version": version, "holder": { "means": "e_signature" } }),
    )
    .await;
    let started: Value = started.json().await.unwrap();
    let id = started["id"].as_str().unwrap().to_owned();
    assert_eq!(
        answer_with_the_card(&app, &started, None).await.status(),
        200
    );
    let refused = progress_now(&app, &session, &number, &id).await;
    assert_eq!(refused["state"], "refused");
    // Answered once: the page takes no second answer.
    assert_eq!(
        problems(answer_with_the_card(&app, &started, Some(("F00MBEG", "2026"))).await).await,
        vec![("signature_not_given".into(), None)]
    );
    assert_eq!(
        problems(submit_signed(&app, &session, &number, version, Some(&id)).await).await,
        vec![("signature_not_given".into(), None)]
    );
}

#[tokio::test]
async fn a_card_revoked_by_its_authority_signs_nothing_after_and_keeps_what_it_signed_before() {
    use std::time::{Duration, SystemTime, UNIX_EPOCH};

    use app::domain::Fin;
    use server::signatures::authority::demo_authority;

    // The authority revokes the holder's certificate a few seconds from now: one signature
    // before, one after.
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    let revoked_from = Duration::from_secs(now.as_secs() + 6);
    let fin = Fin::parse("F00MBEG").unwrap();
    let list = demo_authority().revocation_list(&[(&fin, revoked_from)], now);
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("demo-ca.crl");
    std::fs::write(&file, list).unwrap();
    let app = spawn_app_configured(ClientBuild::Development, |settings| {
        settings.signatures.revocation_lists = vec![file];
    })
    .await;
    let session = holder(&app).await;

    let (before, version) = saved_draft(&app, &session).await;
    let id = signed(&app, &session, &before, version).await;
    assert_eq!(
        submit_signed(&app, &session, &before, version, Some(&id))
            .await
            .status(),
        200
    );

    let (after, version) = saved_draft(&app, &session).await;
    let wait = revoked_from.saturating_sub(SystemTime::now().duration_since(UNIX_EPOCH).unwrap());
    tokio::time::sleep(wait + Duration::from_secs(1)).await;
    let started = start_signing(&app, &session, &after, version, HOLDER).await;
    let started: Value = started.json().await.unwrap();
    let id = started["id"].as_str().unwrap().to_owned();
    assert_eq!(
        answer_on_the_phone(&app, &started, PIN2).await.status(),
        200
    );
    let refused = progress_now(&app, &session, &after, &id).await;
    assert_eq!(
        refused,
        json!({ "state": "refused", "problem": "certificate_revoked" })
    );

    // The signature made before the revocation still holds when read after it.
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let case = read(
        &app,
        &officer,
        &format!("/api/office/applications/{before}"),
    )
    .await;
    assert_eq!(case["signatures"][0]["check"], "valid", "{case}");
}

#[tokio::test]
async fn the_bundle_is_checked_by_openssl_alone() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let (number, version) = saved_draft(&app, &session).await;
    let id = signed(&app, &session, &number, version).await;
    assert_eq!(
        submit_signed(&app, &session, &number, version, Some(&id))
            .await
            .status(),
        200
    );

    let bundle = call(
        &app,
        &session,
        Method::GET,
        &format!("/api/applications/{number}/signatures/1/bundle"),
        json!(null),
    )
    .await;
    assert_eq!(bundle.status(), 200);
    assert_eq!(bundle.headers()["content-type"], "application/x-tar");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bundle.tar"), bundle.bytes().await.unwrap()).unwrap();
    let run = |args: &[&str]| {
        let output = Command::new(args[0])
            .args(&args[1..])
            .current_dir(dir.path())
            .output()
            .unwrap_or_else(|e| panic!("{}: {e}", args[0]));
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into_owned()
                + &String::from_utf8_lossy(&output.stderr),
        )
    };
    assert!(run(&["tar", "xf", "bundle.tar"]).0);
    let content = std::fs::read_to_string(dir.path().join("application.json")).unwrap();
    assert!(
        content.contains(&format!(r#""application":"{number}""#)),
        "{content}"
    );
    assert!(
        content.contains(r#""name":"pasport.pdf""#),
        "the scan is named by its digest: {content}"
    );

    let (ok, said) = run(&[
        "openssl",
        "verify",
        "-CAfile",
        "authority.pem",
        "certificate.pem",
    ]);
    assert!(ok, "{said}");
    let (ok, said) = run(&[
        "openssl",
        "x509",
        "-in",
        "certificate.pem",
        "-pubkey",
        "-noout",
        "-out",
        "signer.pub",
    ]);
    assert!(ok, "{said}");
    let check = [
        "openssl",
        "dgst",
        "-sha256",
        "-verify",
        "signer.pub",
        "-signature",
        "signature.der",
        "application.json",
    ];
    let (ok, said) = run(&check);
    assert!(ok && said.contains("Verified OK"), "{said}");

    std::fs::write(
        dir.path().join("application.json"),
        content.replace(r#""extra_days":"30""#, r#""extra_days":"31""#),
    )
    .unwrap();
    let (ok, said) = run(&check);
    assert!(!ok, "a changed answer fails the check: {said}");

    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let theirs = call(
        &app,
        &officer,
        Method::GET,
        &format!("/api/office/applications/{number}/signatures/1/bundle"),
        json!(null),
    )
    .await;
    assert_eq!(theirs.status(), 200, "the agency downloads it too");
}

#[tokio::test]
async fn a_change_after_signing_asks_for_a_new_signature() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let (number, version) = saved_draft(&app, &session).await;
    let id = signed(&app, &session, &number, version).await;
    let draft = read(&app, &session, &format!("/api/applications/{number}")).await;
    let mut changed = draft["form"].clone();
    changed["extra_days"] = json!("25");
    let saved: Value = save(&app, &session, &number, version, &changed)
        .await
        .json()
        .await
        .unwrap();
    let refused = submit_signed(
        &app,
        &session,
        &number,
        saved["version"].as_i64().unwrap(),
        Some(&id),
    )
    .await;
    assert_eq!(refused.status(), 409);
    assert_eq!(
        problems(refused).await,
        vec![("signed_content_changed".into(), None)]
    );
}

#[tokio::test]
async fn a_signature_of_someone_else_is_refused() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let (number, version) = saved_draft(&app, &session).await;
    let started = start_signing(&app, &session, &number, version, SOMEONE_ELSE).await;
    assert_eq!(started.status(), 201);
    let started: Value = started.json().await.unwrap();
    assert_eq!(
        answer_on_the_phone(&app, &started, "22222").await.status(),
        200
    );
    let id = started["id"].as_str().unwrap();
    let refused: Value = progress(&app, &session, &number, id)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        refused,
        json!({ "state": "refused", "problem": "signer_not_applicant" })
    );
    let then: Value = progress(&app, &session, &number, id)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(then["state"], "refused");
    let sent = submit_signed(&app, &session, &number, version, Some(id)).await;
    assert_eq!(
        problems(sent).await,
        vec![("signature_not_given".into(), None)]
    );

    let unknown = start_signing(
        &app,
        &session,
        &number,
        version,
        ("050 999 99 99", "999999"),
    )
    .await;
    assert_eq!(
        problems(unknown).await,
        vec![("unknown_asan_imza".into(), Some("user_id".into()))]
    );
}

#[tokio::test]
async fn a_service_that_takes_signed_applications_only_refuses_an_unsigned_one() {
    let app = spawn_app().await;
    signatures_required(&app, 33, 1).await;

    let session = holder(&app).await;
    let (number, version) = saved_draft(&app, &session).await;
    let terms = terms(&app, &session, &number).await;
    assert_eq!(terms["unsigned_accepted"], false);
    let unsigned = submit_signed(&app, &session, &number, version, None).await;
    assert_eq!(unsigned.status(), 409);
    assert_eq!(
        problems(unsigned).await,
        vec![("signature_required".into(), None)]
    );
    let id = signed(&app, &session, &number, version).await;
    assert_eq!(
        submit_signed(&app, &session, &number, version, Some(&id))
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn a_burst_of_submits_with_one_signature_sends_the_application_once() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let (number, version) = saved_draft(&app, &session).await;
    let id = signed(&app, &session, &number, version).await;
    let burst = (0..6).map(|_| submit_signed(&app, &session, &number, version, Some(&id)));
    let statuses = statuses_at_once(burst).await;
    assert_eq!(count(&statuses, 200), 1, "{statuses:?}");
    assert!(
        statuses.iter().all(|s| [200, 409].contains(s)),
        "{statuses:?}"
    );
    let mine = read(
        &app,
        &session,
        &format!("/api/applications/{number}/signatures"),
    )
    .await;
    assert_eq!(mine.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn another_persons_signing_and_signatures_are_not_found() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let (number, version) = saved_draft(&app, &session).await;
    let id = signed(&app, &session, &number, version).await;
    crate::accounts::registered_account(&app, "qonaq@mail.az", None, "müraciət şifrəsi 2026").await;
    let other = app.log_in("qonaq@mail.az", "müraciət şifrəsi 2026").await;
    assert_eq!(progress(&app, &other, &number, &id).await.status(), 404);
    let theirs = call(
        &app,
        &other,
        Method::GET,
        &format!("/api/applications/{number}/signatures"),
        json!(null),
    )
    .await;
    assert_eq!(theirs.status(), 404);
    let bundle = call(
        &app,
        &other,
        Method::GET,
        &format!("/api/applications/{number}/signatures/1/bundle"),
        json!(null),
    )
    .await;
    assert_eq!(bundle.status(), 404);
}

#[tokio::test]
async fn nothing_the_service_would_refuse_is_signed() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let draft = new_draft(&app, &session).await;
    let number = draft["number"].as_str().unwrap();
    let version = draft["version"].as_i64().unwrap();
    let terms = call(
        &app,
        &session,
        Method::POST,
        &format!("/api/applications/{number}/signing/terms"),
        json!(null),
    )
    .await;
    assert_eq!(terms.status(), 422);
    assert!(
        problems(terms)
            .await
            .contains(&("required".into(), Some("passport_number".into())))
    );
    let started = start_signing(&app, &session, number, version, HOLDER).await;
    assert_eq!(started.status(), 422, "the phone is not asked");
}

#[tokio::test]
async fn a_burst_of_signing_requests_stops_at_the_hourly_limit() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let (number, version) = saved_draft(&app, &session).await;
    let burst = (0..12).map(|_| start_signing(&app, &session, &number, version, HOLDER));
    let statuses = statuses_at_once(burst).await;
    assert_eq!(count(&statuses, 201), 10, "{statuses:?}");
    assert_eq!(count(&statuses, 429), 2, "{statuses:?}");
}

#[tokio::test]
async fn an_officers_decision_is_signed_with_their_pin_and_the_result_names_the_signer() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = sent_application(&app, &host).await;
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let case = read(
        &app,
        &officer,
        &format!("/api/office/applications/{number}"),
    )
    .await;
    assert_eq!(case["signs_decisions"], true);

    let unsigned = decide(
        &app,
        &officer,
        &number,
        json!({ "action": "refuse", "pin": " " }),
    )
    .await;
    assert_eq!(unsigned.status(), 422);
    let every = problems(unsigned).await;
    assert!(
        every.contains(&("required".into(), Some("pin".into()))),
        "{every:?}"
    );
    assert!(
        every.contains(&("required".into(), Some("note".into()))),
        "{every:?}"
    );
    let wrong = decide(
        &app,
        &officer,
        &number,
        json!({ "action": "accept", "pin": "1111" }),
    )
    .await;
    assert_eq!(
        problems(wrong).await,
        vec![("signing_pin_wrong".into(), Some("pin".into()))]
    );
    let nothing = read(&app, &host, &format!("/api/applications/{number}")).await;
    assert_eq!(
        nothing["status"], "submitted",
        "a refused signature decides nothing"
    );

    let accepted = decide(&app, &officer, &number, json!({ "action": "accept" })).await;
    assert_eq!(accepted.status(), 204);
    let view = read(&app, &host, &format!("/api/applications/{number}")).await;
    let code = view["result"].as_str().unwrap();
    let checked = app.get_json(&format!("/api/verify/{code}")).await;
    assert_eq!(checked["signed_by"]["check"], "valid", "{checked}");
    assert_eq!(checked["signed_by"]["name"], "MƏMMƏDOVA LEYLA");
    assert!(
        checked["signed_by"]["signed_at"]
            .as_str()
            .unwrap()
            .ends_with('Z')
    );
}

/// Asks the holder's phone (`HOLDER`) to sign what `start` is posted with `what` (under the key
/// `kind`), and follows the request at `progress(id)` from waiting to signed with PIN2: its id.
async fn signed_by_the_sender(
    app: &TestApp,
    session: &LoggedIn,
    start: &str,
    (kind, what): (&str, &Value),
    progress: impl Fn(&str) -> String,
) -> String {
    let body = json!({ "holder": { "phone": HOLDER.0, "user_id": HOLDER.1 }, kind: what });
    let started = call(app, session, Method::POST, start, body).await;
    assert_eq!(started.status(), 201);
    let started: Value = started.json().await.unwrap();
    let id = started["id"].as_str().unwrap().to_owned();
    assert_eq!(read(app, session, &progress(&id)).await["state"], "waiting");
    assert_eq!(answer_on_the_phone(app, &started, PIN2).await.status(), 200);
    assert_eq!(read(app, session, &progress(&id)).await["state"], "signed");
    id
}

#[tokio::test]
async fn the_customs_obligation_is_signed_by_the_declarant_and_its_pdf_names_them() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let terms = read_terms(&app, &session, "/api/customs/obligation/signing/terms").await;
    assert_eq!(terms["unsigned_accepted"], true);
    let id = signed_by_the_sender(
        &app,
        &session,
        "/api/customs/obligation/signing",
        ("obligation", &json!(null)),
        |id| format!("/api/customs/obligation/signing/{id}"),
    )
    .await;
    // Six acceptances at once with one signature: one is taken.
    six_sends_take_one(
        &app,
        &session,
        "/api/customs/obligation",
        &json!({ "signing": id }),
    )
    .await;
    let accepted = read(&app, &session, "/api/customs").await["obligation"].clone();
    let signed_by = &accepted["signed_by"];
    assert_eq!(signed_by["check"], "valid", "{signed_by}");
    assert!(signed_by["name"].as_str().unwrap().starts_with("NƏSİROV "));
    let pdf = pdf_text(
        app.as_logged_in(&session, Method::GET, "/api/customs/obligation.pdf")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(pdf.contains("İmzalayıb"), "{pdf}");
    assert!(pdf.contains("İmza etibarlıdır"), "{pdf}");
}

#[tokio::test]
async fn a_customs_regulation_that_takes_signed_applications_wants_the_obligation_signed() {
    let app = spawn_app().await;
    signatures_required(&app, 7, 8).await;
    let session = holder(&app).await;
    let terms = read_terms(&app, &session, "/api/customs/obligation/signing/terms").await;
    assert_eq!(terms["unsigned_accepted"], false);
    let unsigned = call(
        &app,
        &session,
        Method::POST,
        "/api/customs/obligation",
        json!({}),
    )
    .await;
    assert_eq!(
        problems(unsigned).await,
        vec![("signature_required".into(), None)]
    );
    assert_eq!(
        read(&app, &session, "/api/customs").await["obligation"],
        Value::Null
    );
}

/// The regulation of the service `agency`.`position` takes signed applications only.
async fn signatures_required(app: &TestApp, agency: i64, position: i64) {
    let db = app.database().await;
    let (regulation,): (String,) =
        sqlx::query_as("SELECT regulation FROM services WHERE agency = $1 AND position = $2")
            .bind(agency)
            .bind(position)
            .fetch_one(&db)
            .await
            .unwrap();
    let mut regulation: Value = serde_json::from_str(&regulation).unwrap();
    regulation["signature"] = json!("required");
    sqlx::query("UPDATE services SET regulation = $1 WHERE agency = $2 AND position = $3")
        .bind(regulation.to_string())
        .bind(agency)
        .bind(position)
        .execute(&db)
        .await
        .unwrap();
}

/// The signing step's terms at `path`.
async fn read_terms(app: &TestApp, session: &LoggedIn, path: &str) -> Value {
    let answered = call(app, session, Method::POST, path, json!(null)).await;
    assert_eq!(answered.status(), 200);
    answered.json().await.unwrap()
}

/// Six sends to `path` at once with one signature: one is taken, the others refused.
async fn six_sends_take_one(app: &TestApp, session: &LoggedIn, path: &str, body: &Value) {
    let burst = (0..6).map(|_| call(app, session, Method::POST, path, body.clone()));
    let answers = futures_util::future::join_all(burst).await;
    let statuses: Vec<u16> = answers.iter().map(|r| r.status().as_u16()).collect();
    assert_eq!(count(&statuses, 201), 1, "{statuses:?}");
    assert!(
        statuses.iter().all(|s| [201, 409].contains(s)),
        "{statuses:?}"
    );
}

/// A letter to the State Migration Service with a page, as its form carries it.
async fn letter_form(app: &TestApp, session: &LoggedIn) -> Value {
    let page = uploaded_page(app, session).await;
    json!({
        "agency": 33,
        "subject": "Yaşayış icazəsinin müddəti",
        "text": "Yaşayış icazəmin müddəti bitir. Hansı sənədlər lazımdır?",
        "files": [page],
    })
}

#[tokio::test]
async fn a_letter_is_signed_by_its_sender_sent_once_and_seen_valid_by_the_agency() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let form = letter_form(&app, &session).await;

    // The step opens only on a letter that can go.
    let empty = call(
        &app,
        &session,
        Method::POST,
        "/api/letters/signing/terms",
        json!({}),
    )
    .await;
    assert_eq!(empty.status(), 422);
    let terms = call(
        &app,
        &session,
        Method::POST,
        "/api/letters/signing/terms",
        form.clone(),
    )
    .await;
    assert_eq!(terms.status(), 200);
    assert_eq!(
        terms.json::<Value>().await.unwrap()["unsigned_accepted"],
        true
    );

    let progress = |id: &str| format!("/api/letters/signing/{id}");
    let id = signed_by_the_sender(
        &app,
        &session,
        "/api/letters/signing",
        ("letter", &form),
        progress,
    )
    .await;
    let path = progress(&id);

    // Another person's request is not theirs to follow or send with.
    crate::accounts::registered_account(&app, "qonaq@mail.az", None, "müraciət şifrəsi 2026").await;
    let other = app.log_in("qonaq@mail.az", "müraciət şifrəsi 2026").await;
    let theirs = call(&app, &other, Method::GET, &path, json!(null)).await;
    assert_eq!(theirs.status(), 404);

    // Words changed after signing are not what was signed.
    let mut changed = form.clone();
    changed["text"] = json!("Başqa mətn");
    changed["signing"] = json!(id);
    let refused = call(&app, &session, Method::POST, "/api/letters", changed).await;
    assert_eq!(refused.status(), 409);

    // Six sends with one signature: one letter.
    let mut signed = form.clone();
    signed["signing"] = json!(id);
    six_sends_take_one(&app, &session, "/api/letters", &signed).await;
    let mine = read(&app, &session, "/api/letters").await;
    assert_eq!(mine.as_array().unwrap().len(), 1);
    let number = mine[0]["number"].as_str().unwrap().to_owned();

    let letter = read(&app, &session, &format!("/api/letters/{number}")).await;
    assert_eq!(letter["messages"][0]["signed_by"]["check"], "valid");
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let seen = read(&app, &officer, &format!("/api/office/letters/{number}")).await;
    let signer = &seen["letter"]["messages"][0]["signed_by"];
    assert_eq!(signer["check"], "valid", "{seen}");
    assert!(
        signer["name"].as_str().is_some_and(|n| !n.is_empty()),
        "{signer}"
    );

    // A reply in the thread is signed the same way; the letter's used request signs nothing more.
    let reply = json!({ "text": "Pasportumun surətini əlavə edirəm", "files": [] });
    let terms = call(
        &app,
        &session,
        Method::POST,
        &format!("/api/letters/{number}/replies/signing/terms"),
        reply.clone(),
    )
    .await;
    assert_eq!(terms.status(), 200);
    let mut reused = reply.clone();
    reused["signing"] = json!(id);
    let refused = call(
        &app,
        &session,
        Method::POST,
        &format!("/api/letters/{number}/replies"),
        reused,
    )
    .await;
    assert_eq!(refused.status(), 409);
    let start = format!("/api/letters/{number}/replies/signing");
    let reply_id = signed_by_the_sender(&app, &session, &start, ("reply", &reply), progress).await;
    let mut signed_reply = reply.clone();
    signed_reply["signing"] = json!(reply_id);
    let replied = call(
        &app,
        &session,
        Method::POST,
        &format!("/api/letters/{number}/replies"),
        signed_reply,
    )
    .await;
    assert_eq!(replied.status(), 201);
    let thread: Value = replied.json().await.unwrap();
    assert_eq!(
        thread["messages"][1]["signed_by"]["check"], "valid",
        "{thread}"
    );
    let other_letter = call(
        &app,
        &other,
        Method::POST,
        &format!("/api/letters/{number}/replies/signing/terms"),
        json!({ "text": "Mən" }),
    )
    .await;
    assert_eq!(other_letter.status(), 404);

    // Sent unsigned, it says so by having no signer.
    let unsigned = call(&app, &session, Method::POST, "/api/letters", form).await;
    assert_eq!(unsigned.status(), 201);
    let unsigned: Value = unsigned.json().await.unwrap();
    assert!(
        unsigned["messages"][0].get("signed_by").is_none(),
        "{unsigned}"
    );
}

/// The migration service's supervisor, who answers complaints about its decisions.
const MIGRATION_SUPERVISOR: &str = "supervisor@demo.qapi.az";

/// The complaint about the application by `number` in the supervisor's list of waiting ones.
async fn waiting_complaint(app: &TestApp, supervisor: &LoggedIn, number: &str) -> Value {
    let waiting = read(app, supervisor, "/api/office/complaints").await;
    waiting
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["number"] == json!(number))
        .cloned()
        .expect("the supervisor lists the complaint")
}

#[tokio::test]
async fn a_complaint_is_signed_by_the_applicant_filed_once_and_seen_valid_by_the_supervisor() {
    let app = spawn_app().await;
    let session = holder(&app).await;
    let (number, version) = saved_draft(&app, &session).await;
    let path = format!("/api/applications/{number}/complaints");
    let page = uploaded_page(&app, &session).await;
    let complaint =
        json!({ "text": "İmtina əsassızdır: pasportun surəti əlavə olunmuşdu.", "files": [page] });

    // Nothing that cannot be filed is signed: no decision yet, then an empty text.
    let early = call(
        &app,
        &session,
        Method::POST,
        &format!("{path}/signing/terms"),
        complaint.clone(),
    )
    .await;
    assert_eq!(problems(early).await[0].0, "status_change_not_allowed");
    assert_eq!(
        submit_signed(&app, &session, &number, version, None)
            .await
            .status(),
        200
    );
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let accepted = decide(&app, &officer, &number, json!({ "action": "accept" })).await;
    assert_eq!(accepted.status(), 204);
    let empty = call(
        &app,
        &session,
        Method::POST,
        &format!("{path}/signing"),
        json!({ "holder": { "phone": HOLDER.0, "user_id": HOLDER.1 }, "complaint": { "text": " " } }),
    )
    .await;
    assert_eq!(
        problems(empty).await,
        [("required".into(), Some("text".into()))]
    );
    let terms = call(
        &app,
        &session,
        Method::POST,
        &format!("{path}/signing/terms"),
        complaint.clone(),
    )
    .await;
    assert_eq!(terms.status(), 200);
    assert_eq!(
        terms.json::<Value>().await.unwrap()["unsigned_accepted"],
        true
    );

    let start = format!("{path}/signing");
    let progress = |id: &str| format!("{path}/signing/{id}");
    let id =
        signed_by_the_sender(&app, &session, &start, ("complaint", &complaint), progress).await;

    // Other words than those signed are refused, and nothing is filed.
    let mut changed = complaint.clone();
    changed["text"] = json!("Başqa mətn");
    changed["signing"] = json!(id);
    let refused = call(&app, &session, Method::POST, &path, changed).await;
    assert_eq!(problems(refused).await[0].0, "signed_content_changed");

    // Six filings with one signature: one complaint; the others find it used or the complaint
    // open.
    let mut signed = complaint.clone();
    signed["signing"] = json!(id);
    six_sends_take_one(&app, &session, &path, &signed).await;
    let mine = read(&app, &session, &format!("/api/applications/{number}")).await;
    let complaints = mine["complaints"].as_array().unwrap();
    assert_eq!(complaints.len(), 1, "{mine}");
    assert_eq!(complaints[0]["signed_by"]["check"], "valid");

    let supervisor = app.log_in_officer(MIGRATION_SUPERVISOR).await;
    let listed = waiting_complaint(&app, &supervisor, &number).await;
    let signer = &listed["complaint"]["signed_by"];
    assert_eq!(signer["check"], "valid", "{listed}");
    assert!(
        signer["name"].as_str().is_some_and(|n| !n.is_empty()),
        "{signer}"
    );

    // Answered, it leaves room for another, filed unsigned: the supervisor sees no signer.
    let answer = format!(
        "/api/office/complaints/{}/answer",
        listed["complaint"]["id"].as_i64().unwrap()
    );
    let answered = call(
        &app,
        &supervisor,
        Method::POST,
        &answer,
        json!({ "answer": "Yenidən baxıldı: qərar qüvvədədir." }),
    )
    .await;
    assert_eq!(answered.status(), 204);
    let unsigned = call(
        &app,
        &session,
        Method::POST,
        &path,
        json!({ "text": "Son dəfə, imzasız" }),
    )
    .await;
    assert_eq!(unsigned.status(), 201);
    let listed = waiting_complaint(&app, &supervisor, &number).await;
    assert!(listed["complaint"].get("signed_by").is_none(), "{listed}");
}
