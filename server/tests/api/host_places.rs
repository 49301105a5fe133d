//! A host's addresses (seed 002, "Seçilmiş ünvan"): more than one, each checked by the agency on
//! its own and confirmed or refused with a reason, and each application at one of them.

use futures_util::future::join_all;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{LoggedIn, TestApp, call, problems, read, spawn_app};
use crate::place_of_stay::{
    MIGRATION_OFFICER, draft, save, stay_form, submit, uploaded_page, verified_host, waiting_place,
};

async fn add_place(app: &TestApp, host: &LoggedIn, street: &str) -> reqwest::Response {
    call(
        app,
        host,
        Method::POST,
        "/api/hosts/me/addresses",
        json!({ "region": "baki", "district": "Yasamal", "street": street, "building": "7" }),
    )
    .await
}

async fn decide_place(
    app: &TestApp,
    officer: &LoggedIn,
    place: i64,
    decision: &str,
    body: Value,
) -> reqwest::Response {
    call(
        app,
        officer,
        Method::POST,
        &format!("/api/office/host-addresses/{place}/{decision}"),
        body,
    )
    .await
}

#[tokio::test]
async fn a_host_adds_an_address_the_officer_confirms_or_refuses_with_a_reason() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let unparsed = call(
        &app,
        &host,
        Method::POST,
        "/api/hosts/me/addresses",
        json!({ "region": "atlantis", "flat": "x".repeat(30) }),
    )
    .await;
    assert_eq!(unparsed.status(), 422);
    assert_eq!(
        problems(unparsed).await,
        [
            ("unknown_choice".into(), Some("region".into())),
            ("too_long".into(), Some("flat".into())),
        ]
    );
    let added = add_place(&app, &host, "Şərifzadə küçəsi").await;
    assert_eq!(added.status(), 201);
    let added: Value = added.json().await.unwrap();
    assert_eq!(added["address"], "Bakı, Yasamal, Şərifzadə küçəsi, 7");
    assert_eq!(added["status"], "waiting");

    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let place = waiting_place(&app, &officer, "leyla@mail.az").await;
    assert_eq!(Some(place), added["id"].as_i64());
    let check = read(
        &app,
        &officer,
        &format!("/api/office/host-addresses/{place}"),
    )
    .await;
    assert_eq!(
        check["place"]["address"],
        "Bakı, Yasamal, Şərifzadə küçəsi, 7"
    );
    assert_eq!(check["registration"]["document_number"], "AA1234567");
    assert_eq!(check["registration"]["surname"], "Əliyeva");
    assert_eq!(check["email"], "leyla@mail.az");

    let no_reason = decide_place(&app, &officer, place, "refuse", json!({ "reason": "  " })).await;
    assert_eq!(no_reason.status(), 422);
    assert_eq!(
        problems(no_reason).await,
        [("required".into(), Some("reason".into()))]
    );
    let reason = "Şəxsiyyət vəsiqəsindəki qeydiyyat ünvanı ilə uyğun gəlmir";
    let refused = decide_place(&app, &officer, place, "refuse", json!({ "reason": reason })).await;
    assert_eq!(refused.status(), 204);
    let again = decide_place(&app, &officer, place, "verify", json!(null)).await;
    assert_eq!(again.status(), 409, "decided once");
    assert_eq!(problems(again).await[0].0, "already_decided");

    let me = read(&app, &host, "/api/hosts/me").await;
    assert_eq!(me["addresses"][1]["status"], "refused");
    assert_eq!(me["addresses"][1]["refusal"], reason);
    let told = app.mails_to("leyla@mail.az").await; // the newest first
    let body = told[0]["body"].as_str().unwrap().to_owned();
    assert!(
        body.contains(reason) && body.contains("Bakı, Yasamal, Şərifzadə küçəsi, 7"),
        "the host is told which address and why: {body}"
    );
    let waiting = read(&app, &officer, "/api/office/hosts").await;
    assert!(
        !waiting
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["place_id"] == place),
        "a decided address waits no more"
    );
    let supervisor = app.log_in_officer("supervisor@demo.qapi.az").await;
    let audit = read(&app, &supervisor, "/api/office/audit")
        .await
        .to_string();
    assert!(
        audit.contains("viewed_host_address") && audit.contains("refused_host_address"),
        "who looked at the host's details and who refused: {audit}"
    );
}

#[tokio::test]
async fn officers_deciding_at_once_on_one_address_decide_it_once() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    assert_eq!(
        add_place(&app, &host, "Bakıxanov küçəsi").await.status(),
        201
    );
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let place = waiting_place(&app, &officer, "leyla@mail.az").await;
    let mails_before = app.mails_to("leyla@mail.az").await.len();
    let burst = join_all((0..8).map(|i| {
        let (decision, body) = if i % 2 == 0 {
            ("verify", json!(null))
        } else {
            ("refuse", json!({ "reason": "Sənəd oxunmur" }))
        };
        decide_place(&app, &officer, place, decision, body)
    }))
    .await;
    let mut statuses: Vec<u16> = burst.iter().map(|r| r.status().as_u16()).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [204, 409, 409, 409, 409, 409, 409, 409]);
    assert_eq!(
        app.mails_to("leyla@mail.az").await.len(),
        mails_before + 1,
        "the host is told once"
    );
}

async fn withdraw(app: &TestApp, host: &LoggedIn, place: i64) -> reqwest::Response {
    call(
        app,
        host,
        Method::DELETE,
        &format!("/api/hosts/me/addresses/{place}"),
        json!(null),
    )
    .await
}

#[tokio::test]
async fn a_withdrawn_address_is_neither_checked_nor_offered_and_sent_applications_keep_it() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let waiting: Value = add_place(&app, &host, "Bakıxanov küçəsi")
        .await
        .json()
        .await
        .unwrap();
    let waiting = waiting["id"].as_i64().unwrap();
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    assert_eq!(
        waiting_place(&app, &officer, "leyla@mail.az").await,
        waiting
    );

    let other = verified_host(&app, "aydan@mail.az").await;
    assert_eq!(
        withdraw(&app, &other, waiting).await.status(),
        404,
        "another host's address"
    );
    let burst = join_all((0..6).map(|_| withdraw(&app, &host, waiting))).await;
    let mut statuses: Vec<u16> = burst.iter().map(|r| r.status().as_u16()).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [204, 404, 404, 404, 404, 404], "withdrawn once");

    // The agency no longer sees it, and a decision in an open tab is told why.
    let to_check = read(&app, &officer, "/api/office/hosts").await;
    assert!(!to_check.to_string().contains("Bakıxanov"), "{to_check}");
    let check = app
        .as_logged_in(
            &officer,
            Method::GET,
            &format!("/api/office/host-addresses/{waiting}"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(check.status(), 404);
    let late = decide_place(&app, &officer, waiting, "verify", json!(null)).await;
    assert_eq!(late.status(), 409);
    assert_eq!(problems(late).await, [("address_withdrawn".into(), None)]);

    // An application sent at an address keeps it after the host withdraws the address; a new
    // one cannot choose it.
    let me = read(&app, &host, "/api/hosts/me").await;
    let first = me["addresses"][0]["id"].as_i64().unwrap();
    let first_line = me["addresses"][0]["address"].as_str().unwrap().to_owned();
    assert_eq!(me["addresses"].as_array().unwrap().len(), 1);
    let page = uploaded_page(&app, &host).await;
    let view = draft(&app, &host).await;
    let number = view["number"].as_str().unwrap().to_owned();
    let sent = submit(
        &app,
        &host,
        &number,
        save(&app, &host, &number, 1, &stay_form(&page))
            .await
            .json::<Value>()
            .await
            .unwrap()["version"]
            .as_i64()
            .unwrap(),
    )
    .await;
    assert_eq!(sent.status(), 200);
    let page = uploaded_page(&app, &host).await;
    let next = draft(&app, &host).await;
    let next = next["number"].as_str().unwrap().to_owned();
    let mut form = stay_form(&page);
    form["host_address"] = json!(first.to_string());
    let saved: Value = save(&app, &host, &next, 1, &form)
        .await
        .json()
        .await
        .unwrap();

    assert_eq!(withdraw(&app, &host, first).await.status(), 204);
    let me = read(&app, &host, "/api/hosts/me").await;
    assert_eq!(me["addresses"], json!([]));
    let table = read(&app, &host, "/api/hosts/me/applications").await;
    let sent = table
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["application"]["number"] == number.as_str())
        .unwrap_or_else(|| panic!("{number} in {table}"));
    assert_eq!(sent["application"]["summary"]["address"], first_line);
    let refused = submit(&app, &host, &next, saved["version"].as_i64().unwrap()).await;
    assert_eq!(refused.status(), 422);
    assert!(
        problems(refused)
            .await
            .contains(&("unknown_choice".into(), Some("host_address".into()))),
        "a withdrawn address is no place of stay"
    );
}

#[tokio::test]
async fn a_burst_of_new_addresses_stops_at_the_limit() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let streets: Vec<String> = (0..25).map(|i| format!("{i}-cü küçə")).collect();
    let burst = join_all(streets.iter().map(|street| add_place(&app, &host, street))).await;
    let created = burst.iter().filter(|r| r.status() == 201).count();
    let refused = burst.iter().filter(|r| r.status() == 409).count();
    assert_eq!((created, refused), (19, 6), "twenty with the first");
    let me = read(&app, &host, "/api/hosts/me").await;
    assert_eq!(me["addresses"].as_array().unwrap().len(), 20);
    let last = me["addresses"][19]["id"].as_i64().unwrap();
    assert_eq!(withdraw(&app, &host, last).await.status(), 204);
    assert_eq!(
        add_place(&app, &host, "Yeni küçə").await.status(),
        201,
        "a withdrawn address leaves room for another"
    );
}

#[tokio::test]
async fn an_application_is_at_one_of_the_hosts_confirmed_addresses() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let second: Value = add_place(&app, &host, "Şərifzadə küçəsi")
        .await
        .json()
        .await
        .unwrap();
    let refused: Value = add_place(&app, &host, "Bakıxanov küçəsi")
        .await
        .json()
        .await
        .unwrap();
    let (second, refused) = (
        second["id"].as_i64().unwrap(),
        refused["id"].as_i64().unwrap(),
    );
    assert_eq!(
        decide_place(&app, &officer, second, "verify", json!(null))
            .await
            .status(),
        204
    );
    assert_eq!(
        decide_place(
            &app,
            &officer,
            refused,
            "refuse",
            json!({ "reason": "Yoxdur" })
        )
        .await
        .status(),
        204
    );

    let page = uploaded_page(&app, &host).await;
    let view = draft(&app, &host).await;
    let number = view["number"].as_str().unwrap().to_owned();
    let mut form = stay_form(&page);
    let mut version = 1;
    for (chosen, problem) in [
        (json!(""), "required"),
        (json!(refused.to_string()), "unknown_choice"),
        (json!("999999"), "unknown_choice"),
    ] {
        form["host_address"] = chosen;
        let saved: Value = save(&app, &host, &number, version, &form)
            .await
            .json()
            .await
            .unwrap();
        version = saved["version"].as_i64().unwrap();
        let sent = submit(&app, &host, &number, version).await;
        assert_eq!(sent.status(), 422);
        assert_eq!(
            problems(sent).await,
            [(problem.into(), Some("host_address".into()))],
            "two confirmed addresses: the application says which"
        );
    }
    form["host_address"] = json!(second.to_string());
    let saved: Value = save(&app, &host, &number, version, &form)
        .await
        .json()
        .await
        .unwrap();
    let sent = submit(&app, &host, &number, saved["version"].as_i64().unwrap()).await;
    assert_eq!(sent.status(), 200);

    let at = "Bakı, Yasamal, Şərifzadə küçəsi, 7";
    let table = read(&app, &host, "/api/hosts/me/applications").await;
    assert_eq!(table[0]["application"]["summary"]["address"], at);
    let case = read(
        &app,
        &officer,
        &format!("/api/office/applications/{number}"),
    )
    .await;
    assert_eq!(case["summary"]["address"], at);
}
