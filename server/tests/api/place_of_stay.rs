//! Registration at the place of stay: hosts, scans, drafts, submit and the agency's answers.

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::link_token;
use crate::helpers::{LoggedIn, TestApp, call, count, problems, read, spawn_app, statuses_at_once};

pub const PASSWORD: &str = "qonaqlar-evimizde-2026";
/// The smallest file a scanner could send that is a whole PDF.
/// A one-page scan, as a scanner writes it.
pub const PDF: &[u8] = include_bytes!("../fixtures/scan.pdf");

fn host_form(email: &str) -> Value {
    json!({
        "kind": "natural",
        "document_type": "id_card", "document_number": "AA1234567",
        "document_issued": "2020-05-04", "document_expires": "2030-05-03",
        "surname": "Əliyeva", "name": "Leyla", "gender": "female", "citizenship": "AZ",
        "birth_date": "1985-03-02", "birth_country": "AZ",
        "mobile_phone": "050 123 45 67", "email": email,
        "region": "baki", "district": "Nəsimi", "street": "Füzuli küçəsi", "building": "12", "flat": "5",
    })
}

/// A host registered by the form (captcha, both links, password) and logged in.
pub async fn host(app: &TestApp, email: &str) -> LoggedIn {
    let (captcha_id, answer) = app.solved_captcha().await;
    let mut form = host_form(email);
    form["captcha_id"] = json!(captcha_id);
    form["captcha_answer"] = json!(answer);
    let response = app.post_json("/api/hosts", &form).await;
    assert_eq!(response.status(), 202);
    let token = link_token(app, email, "/account/confirm").await;
    let confirmed = app
        .post_json("/api/accounts/confirm", &json!({ "token": token }))
        .await;
    assert_eq!(confirmed.status(), 200);
    let token = link_token(app, email, "/account/password").await;
    let set = app
        .post_json(
            "/api/accounts/password",
            &json!({ "token": token, "password": PASSWORD }),
        )
        .await;
    assert_eq!(set.status(), 200);
    app.log_in(email, PASSWORD).await
}

/// A host whose address the agency's officer verified.
pub async fn verified_host(app: &TestApp, email: &str) -> LoggedIn {
    let session = host(app, email).await;
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    verify_host(app, &officer, email).await;
    session
}

pub const MIGRATION_OFFICER: &str = "officer@demo.qapi.az";

/// The officer verifies the address waiting longest of the host with this e-mail address.
pub async fn verify_host(app: &TestApp, officer: &LoggedIn, email: &str) {
    let place = waiting_place(app, officer, email).await;
    let verified = app
        .as_logged_in(
            officer,
            Method::POST,
            &format!("/api/office/host-addresses/{place}/verify"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(verified.status(), 204);
}

/// The id of the address waiting longest of the host with this e-mail address.
pub async fn waiting_place(app: &TestApp, officer: &LoggedIn, email: &str) -> i64 {
    let waiting = read(app, officer, "/api/office/hosts").await;
    waiting
        .as_array()
        .unwrap()
        .iter()
        .find(|place| place["email"] == email)
        .unwrap_or_else(|| panic!("no address of {email} waits: {waiting}"))["place_id"]
        .as_i64()
        .unwrap()
}

/// The demo officers' signing PIN (the simulated signing service's, in the README).
pub const SIGNING_PIN: &str = "2026";

/// The officer decides on the application's latest version, signing with their PIN unless
/// the body says otherwise.
pub async fn decide(
    app: &TestApp,
    officer: &LoggedIn,
    number: &str,
    mut body: Value,
) -> reqwest::Response {
    let seen: Value = app
        .as_logged_in(
            officer,
            Method::GET,
            &format!("/api/office/applications/{number}"),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["version"] = seen["application"]["version"].clone();
    if body.get("pin").is_none() {
        body["pin"] = json!(SIGNING_PIN);
    }
    app.as_logged_in(
        officer,
        Method::POST,
        &format!("/api/office/applications/{number}/decision"),
    )
    .json(&body)
    .send()
    .await
    .unwrap()
}

pub async fn upload(
    app: &TestApp,
    session: &LoggedIn,
    bytes: &[u8],
    name: &str,
) -> reqwest::Response {
    app.as_logged_in(session, Method::POST, &format!("/api/files?name={name}"))
        .body(bytes.to_vec())
        .send()
        .await
        .unwrap()
}

pub async fn uploaded_page(app: &TestApp, session: &LoggedIn) -> Value {
    let response = upload(app, session, PDF, "pasport.pdf").await;
    assert_eq!(response.status(), 201);
    response.json().await.unwrap()
}

pub fn stay_form(page: &Value) -> Value {
    json!({
        "document_type": "passport", "passport_number": "U1234567", "issuing_country": "DE",
        "issue_date": "2019-01-10", "expiry_date": "2029-01-09", "scan": [page],
        "has_visa": true, "visa_number": "AZ0012345", "visa_type": "tourist",
        "visa_from": "2026-11-01", "visa_until": "2026-12-31",
        "surname": "Müller", "name": "Anna", "citizenship": "DE", "birth_country": "DE",
        "birth_date": "1990-07-15", "gender": "female",
        "arrived_from": "TR", "reason": "tourism", "entry_date": "2026-11-20", "stay_days": "10",
        "companions": [
            { "surname": "Müller", "name": "Jonas", "birth_date": "2015-02-01", "relationship": "child", "gender": "male" },
            { "surname": "Müller", "name": "Paul", "birth_date": "1988-04-30", "relationship": "spouse", "gender": "male" },
        ],
    })
}

pub async fn draft(app: &TestApp, session: &LoggedIn) -> Value {
    let response = app
        .as_logged_in(session, Method::POST, "/api/applications")
        .json(&json!({ "service": "33.11" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    response.json().await.unwrap()
}

pub async fn save(
    app: &TestApp,
    session: &LoggedIn,
    number: &str,
    version: i64,
    form: &Value,
) -> reqwest::Response {
    app.as_logged_in(session, Method::PUT, &format!("/api/applications/{number}"))
        .json(&json!({ "version": version, "form": form }))
        .send()
        .await
        .unwrap()
}

pub async fn submit(
    app: &TestApp,
    session: &LoggedIn,
    number: &str,
    version: i64,
) -> reqwest::Response {
    app.as_logged_in(
        session,
        Method::POST,
        &format!("/api/applications/{number}/submit"),
    )
    .json(&json!({ "version": version }))
    .send()
    .await
    .unwrap()
}

#[tokio::test]
async fn a_host_applies_only_once_the_agency_verified_the_address() {
    let app = spawn_app().await;
    let session = host(&app, "leyla@mail.az").await;
    let me = app
        .as_logged_in(&session, Method::GET, "/api/hosts/me")
        .send()
        .await
        .unwrap();
    let me: Value = me.json().await.unwrap();
    assert_eq!(
        me["addresses"],
        json!([{
            "id": me["addresses"][0]["id"],
            "address": "Bakı, Nəsimi, Füzuli küçəsi, 12, 5",
            "status": "waiting",
            "refusal": null,
        }]),
        "{me}"
    );
    let refused = app
        .as_logged_in(&session, Method::POST, "/api/applications")
        .json(&json!({ "service": "33.11" }))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 409);
    assert_eq!(problems(refused).await[0].0, "host_not_verified");

    let session = verified_host(&app, "aydan@mail.az").await;
    let mails = app.mails_to("aydan@mail.az").await;
    assert!(
        mails[0]["body"]
            .as_str()
            .unwrap()
            .contains("/services/33.11/apply")
    );
    let view = draft(&app, &session).await;
    assert_eq!(view["status"], "draft");
    assert!(view["number"].as_str().unwrap().starts_with("20"));
}

#[tokio::test]
async fn a_logged_in_person_becomes_a_host_once_from_four_tabs_at_once() {
    let app = spawn_app().await;
    crate::accounts::registered_account(&app, "kamran@mail.az", None, PASSWORD).await;
    let session = app.log_in("kamran@mail.az", PASSWORD).await;
    let form = host_form("kamran@mail.az");
    let tabs = (0..4).map(|_| call(&app, &session, Method::POST, "/api/hosts", form.clone()));
    let statuses = statuses_at_once(tabs).await;
    assert_eq!(count(&statuses, 201), 1, "{statuses:?}");
    assert_eq!(count(&statuses, 409), 3, "{statuses:?}");
    let me = read(&app, &session, "/api/hosts/me").await;
    assert_eq!(me["kind"], "natural");
    assert_eq!(me["addresses"].as_array().unwrap().len(), 1, "{me}");
}

#[tokio::test]
async fn the_host_form_lists_every_problem_at_once() {
    let app = spawn_app().await;
    let mut form = host_form("not-an-address");
    form["document_number"] = json!("12");
    form["document_expires"] = json!("2019-01-01");
    form["birth_date"] = json!("2099-01-01");
    form["region"] = json!("atlantis");
    form["surname"] = json!("");
    let response = app.post_json("/api/hosts", &form).await;
    assert_eq!(response.status(), 422);
    let fields: Vec<(String, Option<String>)> = problems(response).await;
    for (code, field) in [
        ("invalid_document_number", "document_number"),
        ("expiry_before_issue", "document_expires"),
        ("date_in_future", "birth_date"),
        ("unknown_choice", "region"),
        ("required", "surname"),
        ("invalid_email", "email"),
        ("required", "captcha_answer"),
    ] {
        assert!(
            fields.contains(&(code.into(), Some(field.into()))),
            "{code} on {field}: {fields:?}"
        );
    }
}

#[tokio::test]
async fn uploads_are_known_by_their_content_and_bounded() {
    let app = spawn_app().await;
    let session = host(&app, "leyla@mail.az").await;
    let page = uploaded_page(&app, &session).await;
    assert_eq!(page["media_type"], "application/pdf");
    assert!(
        page.get("claim").is_none(),
        "an owner's upload needs no claim"
    );

    let program = upload(
        &app,
        &session,
        b"MZ\x90\x00\x03\x00\x00\x00program",
        "passport.jpg",
    )
    .await;
    assert_eq!(program.status(), 422);
    assert_eq!(
        problems(program).await,
        [("file_type".into(), Some("file".into()))]
    );
    let empty = upload(&app, &session, b"", "empty.pdf").await;
    assert_eq!(problems(empty).await[0].0, "file_empty");
    let truncated = upload(
        &app,
        &session,
        &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F'],
        "cut.jpg",
    )
    .await;
    assert_eq!(problems(truncated).await[0].0, "file_damaged");
    let mut big = PDF.to_vec();
    big.resize(10 * 1024 * 1024 + 1, b' ');
    let too_big = upload(&app, &session, &big, "big.pdf").await;
    assert_eq!(too_big.status(), 413);
    assert_eq!(problems(too_big).await[0].0, "file_too_large");

    let id = page["id"].as_str().unwrap();
    let own = app
        .as_logged_in(&session, Method::GET, &format!("/api/files/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), 200);
    assert_eq!(own.headers()["content-type"], "application/pdf");
    assert!(
        own.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(own.headers()["x-content-type-options"], "nosniff");
    assert_eq!(own.bytes().await.unwrap(), PDF);

    let other = host(&app, "aydan@mail.az").await;
    let theirs = app
        .as_logged_in(&other, Method::GET, &format!("/api/files/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(theirs.status(), 404);
    let anonymous = app.get(&format!("/api/files/{id}")).await;
    assert_eq!(anonymous.status(), 401);
}

#[tokio::test]
async fn a_scan_uploaded_before_the_account_existed_is_claimed_by_the_registration() {
    let app = spawn_app().await;
    let response = app
        .http
        .post(app.url("/api/files?name=vesiqe.pdf"))
        .body(PDF.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let page: Value = response.json().await.unwrap();
    assert!(page["claim"].is_string());
    let (captcha_id, answer) = app.solved_captcha().await;
    let mut form = host_form("leyla@mail.az");
    form["scan"] = json!([page]);
    form["captcha_id"] = json!(captcha_id);
    form["captcha_answer"] = json!(answer);
    assert_eq!(app.post_json("/api/hosts", &form).await.status(), 202);
    let token = link_token(&app, "leyla@mail.az", "/account/confirm").await;
    app.post_json("/api/accounts/confirm", &json!({ "token": token }))
        .await;
    let token = link_token(&app, "leyla@mail.az", "/account/password").await;
    app.post_json(
        "/api/accounts/password",
        &json!({ "token": token, "password": PASSWORD }),
    )
    .await;
    let session = app.log_in("leyla@mail.az", PASSWORD).await;
    let id = page["id"].as_str().unwrap();
    let own = app
        .as_logged_in(&session, Method::GET, &format!("/api/files/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), 200);

    // The officer checks the address against the host's document and opens its scan; no
    // other file is reached by the address's page.
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let place = waiting_place(&app, &officer, "leyla@mail.az").await;
    let check = read(
        &app,
        &officer,
        &format!("/api/office/host-addresses/{place}"),
    )
    .await;
    assert_eq!(check["registration"]["document_number"], "AA1234567");
    assert_eq!(check["registration"]["scan"][0]["id"], id);
    assert!(check["registration"]["scan"][0].get("claim").is_none());
    assert_eq!(
        check["place"]["address"],
        "Bakı, Nəsimi, Füzuli küçəsi, 12, 5"
    );
    let scan = app
        .as_logged_in(
            &officer,
            Method::GET,
            &format!("/api/office/host-addresses/{place}/files/{id}"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(scan.status(), 200);
    assert!(scan.bytes().await.unwrap().starts_with(b"%PDF"));
    let elsewhere = upload(
        &app,
        &session,
        include_bytes!("../fixtures/complaint.pdf"),
        "muqavile.pdf",
    )
    .await;
    assert_eq!(elsewhere.status(), 201);
    let elsewhere: Value = elsewhere.json().await.unwrap();
    let not_the_registrations = app
        .as_logged_in(
            &officer,
            Method::GET,
            &format!(
                "/api/office/host-addresses/{place}/files/{}",
                elsewhere["id"].as_str().unwrap()
            ),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(not_the_registrations.status(), 404);

    // A scan of a form that was never sent is forgotten after the claim's day; a claimed one
    // stays.
    let abandoned = app
        .http
        .post(app.url("/api/files?name=unutulmus.pdf"))
        .body(PDF.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(abandoned.status(), 201);
    let uploads = &app.unclaimed_uploads;
    assert_eq!(
        uploads.forget_older_than(24).await.unwrap(),
        0,
        "not a day old yet"
    );
    assert_eq!(uploads.forget_older_than(0).await.unwrap(), 1);
    assert_eq!(uploads.forget_older_than(0).await.unwrap(), 0);
    let still = app
        .as_logged_in(&session, Method::GET, &format!("/api/files/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(still.status(), 200);
    assert!(still.bytes().await.unwrap().starts_with(b"%PDF"));
}

#[tokio::test]
async fn a_draft_is_saved_as_the_host_goes_and_checked_in_full_at_submit() {
    let app = spawn_app().await;
    let session = verified_host(&app, "leyla@mail.az").await;
    let page = uploaded_page(&app, &session).await;
    let view = draft(&app, &session).await;
    let number = view["number"].as_str().unwrap().to_owned();
    let version = view["version"].as_i64().unwrap();

    let partial = json!({ "surname": "Müller" });
    let saved = save(&app, &session, &number, version, &partial).await;
    assert_eq!(saved.status(), 200);
    let saved: Value = saved.json().await.unwrap();
    assert_eq!(saved["form"]["surname"], "Müller");
    let stale = save(&app, &session, &number, version, &partial).await;
    assert_eq!(stale.status(), 409);
    assert_eq!(problems(stale).await[0].0, "stale_version");

    let mut wrong = stay_form(&page);
    wrong["citizenship"] = json!("AZ");
    wrong["stay_days"] = json!("60");
    wrong["passport_number"] = json!("U12345678901");
    wrong["companions"][1]["name"] = json!("");
    let version = saved["version"].as_i64().unwrap();
    let saved: Value = save(&app, &session, &number, version, &wrong)
        .await
        .json()
        .await
        .unwrap();
    let refused = submit(&app, &session, &number, saved["version"].as_i64().unwrap()).await;
    assert_eq!(refused.status(), 422);
    let found = problems(refused).await;
    for (code, field) in [
        ("citizen_of_azerbaijan", "citizenship"),
        ("stay_outside_visa", "stay_days"),
        ("invalid_passport_number", "passport_number"),
        ("required", "companions.1.name"),
    ] {
        assert!(
            found.contains(&(code.into(), Some(field.into()))),
            "{code} {field}: {found:?}"
        );
    }

    let good = stay_form(&page);
    let saved: Value = save(
        &app,
        &session,
        &number,
        saved["version"].as_i64().unwrap(),
        &good,
    )
    .await
    .json()
    .await
    .unwrap();
    let submitted = submit(&app, &session, &number, saved["version"].as_i64().unwrap()).await;
    assert_eq!(submitted.status(), 200);
    let submitted: Value = submitted.json().await.unwrap();
    assert_eq!(submitted["status"], "submitted");
    let receipt = &app.mails_to("leyla@mail.az").await[0];
    assert!(
        receipt["subject"].as_str().unwrap().contains(&number),
        "{receipt}"
    );
    assert!(
        receipt["body"]
            .as_str()
            .unwrap()
            .contains(&format!("/applications/{number}"))
    );

    let late = save(
        &app,
        &session,
        &number,
        submitted["version"].as_i64().unwrap(),
        &good,
    )
    .await;
    assert_eq!(problems(late).await[0].0, "not_editable");
    let list = app
        .as_logged_in(&session, Method::GET, "/api/applications")
        .send()
        .await
        .unwrap();
    let list: Value = list.json().await.unwrap();
    assert_eq!(list["rows"][0]["summary"]["surname"], "Müller");
    assert_eq!(list["rows"][0]["summary"]["stay_days"], 10);
    assert_eq!(
        list["rows"][0]["summary"]["companions"][1]["name"], "Paul",
        "the summary keeps every answer, each accompanying person's too"
    );

    let other = verified_host(&app, "aydan@mail.az").await;
    let theirs = app
        .as_logged_in(&other, Method::GET, &format!("/api/applications/{number}"))
        .send()
        .await
        .unwrap();
    assert_eq!(theirs.status(), 404);
    let empty = draft(&app, &other).await;
    let empty_draft = submit(&app, &other, empty["number"].as_str().unwrap(), 1).await;
    assert_eq!(
        empty_draft.status(),
        422,
        "an empty draft is not an application"
    );
}

/// A draft for Anna Müller with a scan of its own, saved and ready to send: its number, its
/// version and the scan's page.
pub async fn saved_application(app: &TestApp, session: &LoggedIn) -> (String, i64, Value) {
    let page = uploaded_page(app, session).await;
    let view = draft(app, session).await;
    let number = view["number"].as_str().unwrap().to_owned();
    let saved: Value = save(app, session, &number, 1, &stay_form(&page))
        .await
        .json()
        .await
        .unwrap();
    (number, saved["version"].as_i64().unwrap(), page)
}

/// A host with one application sent for Anna Müller; its number.
pub async fn sent_application(app: &TestApp, session: &LoggedIn) -> String {
    let (number, version, _) = saved_application(app, session).await;
    let sent = submit(app, session, &number, version).await;
    assert_eq!(sent.status(), 200);
    let sent: Value = sent.json().await.unwrap();
    assert_eq!(sent["status"], "submitted");
    number
}

#[tokio::test]
async fn a_returning_guest_is_filled_in_from_the_earlier_application() {
    let app = spawn_app().await;
    let session = verified_host(&app, "leyla@mail.az").await;
    let earlier = sent_application(&app, &session).await;
    let response = app
        .as_logged_in(&session, Method::POST, "/api/applications")
        .json(&json!({ "service": "33.11", "copy_from": earlier }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let again: Value = response.json().await.unwrap();
    assert_ne!(again["number"], json!(earlier));
    assert_eq!(again["form"]["surname"], "Müller");
    assert_eq!(again["form"]["passport_number"], "U1234567");
    assert_eq!(again["form"]["scan"].as_array().unwrap().len(), 1);
    assert_eq!(again["form"]["entry_date"], "", "the visit is a new one");

    let other = verified_host(&app, "aydan@mail.az").await;
    let theirs = app
        .as_logged_in(&other, Method::POST, "/api/applications")
        .json(&json!({ "service": "33.11", "copy_from": earlier }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        problems(theirs).await,
        [("not_found".into(), Some("copy_from".into()))]
    );
}

#[tokio::test]
async fn the_host_withdraws_an_application_the_agency_has_not_decided() {
    let app = spawn_app().await;
    let session = verified_host(&app, "leyla@mail.az").await;
    let number = sent_application(&app, &session).await;
    let withdraw = || {
        app.as_logged_in(
            &session,
            Method::POST,
            &format!("/api/applications/{number}/withdraw"),
        )
        .send()
    };
    let withdrawn: Value = withdraw().await.unwrap().json().await.unwrap();
    assert_eq!(withdrawn["status"], "withdrawn");
    let again = withdraw().await.unwrap();
    assert_eq!(again.status(), 409);
    assert_eq!(problems(again).await[0].0, "status_change_not_allowed");
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let decided = decide(&app, &officer, &number, json!({ "action": "accept" })).await;
    assert_eq!(
        decided.status(),
        409,
        "a withdrawn application is not decided"
    );
}

#[tokio::test]
async fn the_result_document_carries_every_answer_labelled_as_on_the_form() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let page = uploaded_page(&app, &host).await;
    let view = draft(&app, &host).await;
    let number = view["number"].as_str().unwrap().to_owned();
    let mut form = stay_form(&page);
    form["issuing_authority"] = json!("Stadt Köln");
    form["birth_country"] = json!("AT");
    form["residence_country"] = json!("CH");
    form["comment"] = json!("Gecə gəlir");
    // As the date input keeps a date typed in its three fields.
    form["birth_date"] = json!("15.07.1990");
    let saved: Value = save(&app, &host, &number, 1, &form)
        .await
        .json()
        .await
        .unwrap();
    let sent = submit(&app, &host, &number, saved["version"].as_i64().unwrap()).await;
    assert_eq!(sent.status(), 200);
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let accepted = decide(&app, &officer, &number, json!({ "action": "accept" })).await;
    assert_eq!(accepted.status(), 204);

    let view: Value = app
        .as_logged_in(&host, Method::GET, &format!("/api/applications/{number}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let code = view["result"].as_str().unwrap();
    let result: Value = app
        .get(&format!("/api/verify/{code}"))
        .await
        .json()
        .await
        .unwrap();
    let subject: Vec<&str> = result["subject"]
        .as_array()
        .unwrap()
        .iter()
        .map(|line| line.as_str().unwrap())
        .collect();
    for line in [
        "Əcnəbi: Anna Müller",
        "Sənədin növü: Pasport",
        "Pasportun nömrəsi: U1234567",
        "Sənədi verən ölkə: Almaniya",
        "Verilmə tarixi: 10.01.2019",
        "Etibarlılıq müddəti: 09.01.2029",
        "Sənədi verən orqan: Stadt Köln",
        "Vizanın nömrəsi: AZ0012345",
        "Vizanın növü: Turist vizası",
        "Vizanın başlanğıc tarixi: 01.11.2026",
        "Vizanın son günü: 31.12.2026",
        "Soyad: Müller",
        "Ad: Anna",
        "Vətəndaşlığı: Almaniya",
        "Doğulduğu ölkə: Avstriya",
        "Doğum tarixi: 15.07.1990",
        "Cinsi: Qadın",
        "Daimi yaşadığı ölkə: İsveçrə",
        "Gəldiyi ölkə: Türkiyə",
        "Gəlişin məqsədi: Turizm",
        "Ölkəyə giriş tarixi: 20.11.2026",
        "Qalma müddəti (gün): 10",
        "Qalmanın son günü: 29.11.2026",
        "Olduğu yerin ünvanı: Bakı, Nəsimi, Füzuli küçəsi, 12, 5",
        "Qeyd: Gecə gəlir",
        "Yanında gələn şəxs 1 — Soyad: Müller",
        "Yanında gələn şəxs 1 — Ad: Jonas",
        "Yanında gələn şəxs 1 — Doğum tarixi: 01.02.2015",
        "Yanında gələn şəxs 1 — Qohumluq əlaqəsi: Övlad",
        "Yanında gələn şəxs 1 — Cinsi: Kişi",
        "Yanında gələn şəxs 2 — Ad: Paul",
        "Yanında gələn şəxs 2 — Doğum tarixi: 30.04.1988",
        "Yanında gələn şəxs 2 — Qohumluq əlaqəsi: Həyat yoldaşı",
        "Yanında gələn şəxs 2 — Cinsi: Kişi",
    ] {
        assert!(
            subject.contains(&line),
            "{line} is missing from {subject:#?}"
        );
    }
    assert!(
        !subject.iter().any(|line| line.ends_with(": DE")),
        "countries by their names, never their codes"
    );
}

#[tokio::test]
async fn sent_from_four_tabs_while_two_more_save_it_is_changed_once_and_receipted_once() {
    let app = spawn_app().await;
    let session = verified_host(&app, "leyla@mail.az").await;
    let (number, version, page) = saved_application(&app, &session).await;
    let form = stay_form(&page);
    let submits =
        futures_util::future::join_all((0..4).map(|_| submit(&app, &session, &number, version)));
    let saves = futures_util::future::join_all(
        (0..2).map(|_| save(&app, &session, &number, version, &form)),
    );
    let (submits, saves) = tokio::join!(submits, saves);
    let sent = submits.iter().filter(|r| r.status() == 200).count();
    let saved = saves.iter().filter(|r| r.status() == 200).count();
    assert_eq!(
        sent + saved,
        1,
        "one change of the version the tabs saw wins"
    );
    for refused in submits
        .into_iter()
        .chain(saves)
        .filter(|r| r.status() != 200)
    {
        assert_eq!(refused.status(), 409);
        let code = problems(refused).await[0].0.clone();
        assert!(code == "stale_version" || code == "not_editable", "{code}");
    }
    let view = read(&app, &session, &format!("/api/applications/{number}")).await;
    assert_eq!(view["version"], json!(version + 1));
    let sendings = view["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|event| event["status"] == "submitted")
        .count();
    assert_eq!(sendings, sent);
    let receipts = app
        .mails_to("leyla@mail.az")
        .await
        .into_iter()
        .filter(|mail| mail["subject"].as_str().unwrap().contains(&number))
        .count();
    assert_eq!(receipts, sent, "a receipt for each sending, no more");
}
