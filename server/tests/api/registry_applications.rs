//! Registry applications (rule 10): a supervisor files one for their own agency's service, the
//! registry operator works them in their own queue by due date and registers, amends or cancels
//! the record as asked, or refuses; the history keeps which application each change came from.

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::registered_account;
use crate::helpers::{LoggedIn, TestApp, problems, spawn_app};

const CITIZEN_PASSWORD: &str = "uzun şifrə 2026 ilə";

/// The Ministry of Communications and IT (agency 20) keeps the registry: its operator, and its
/// own supervisor who files for the ministry's services.
const OPERATOR: &str = "registry@demo.qapi.az";
const SECOND_OPERATOR: &str = "registry2@demo.qapi.az";
const SUPERVISOR: &str = "rabita.supervisor@demo.qapi.az";
/// A supervisor of another agency (the migration service).
const OTHER_SUPERVISOR: &str = "supervisor@demo.qapi.az";
/// An officer (not a supervisor) of the migration service.
const OFFICER: &str = "officer@demo.qapi.az";

async fn get(app: &TestApp, session: &LoggedIn, path: &str) -> reqwest::Response {
    app.as_logged_in(session, Method::GET, path)
        .send()
        .await
        .unwrap()
}

async fn post(app: &TestApp, session: &LoggedIn, path: &str, body: Value) -> reqwest::Response {
    app.as_logged_in(session, Method::POST, path)
        .json(&body)
        .send()
        .await
        .unwrap()
}

fn registration() -> Value {
    json!({
        "action": "register",
        "title": { "az": "Poçt göndərişinin izlənməsi", "en": "Tracking a postal item", "ru": "" },
        "other_participants": "Azərpoçt MMC",
        "content": "Göndərişin hazırda harada olduğunu göstərir.",
        "legal_basis": "«Poçt rabitəsi haqqında» Azərbaycan Respublikasının Qanunu, maddə 12",
        "kind": "informative",
        "payment": "free",
        "users": ["natural_persons", "legal_entities"],
        "where_provided": "https://www.mincom.gov.az/xidmetler/izleme",
        "confirmed": true
    })
}

/// Files the application as the supervisor; the application as the answer has it.
async fn filed(app: &TestApp, supervisor: &LoggedIn, form: Value) -> Value {
    let response = post(app, supervisor, "/api/office/registry/applications", form).await;
    assert_eq!(response.status(), 201);
    response.json().await.unwrap()
}

async fn approve(app: &TestApp, operator: &LoggedIn, id: &Value) -> reqwest::Response {
    post(
        app,
        operator,
        &format!("/api/office/registry/applications/{id}/approve"),
        json!({}),
    )
    .await
}

fn working_calendar() -> server::calendar::WorkingCalendar {
    server::config::Settings::load()
        .unwrap()
        .calendar
        .working_calendar()
        .unwrap()
}

#[tokio::test]
async fn a_supervisor_files_a_registration_due_in_three_working_days() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let view = filed(&app, &supervisor, registration()).await;
    assert_eq!(view["kind"], "register");
    assert_eq!(view["status"], "submitted");
    assert_eq!(view["agency"], 20, "the supervisor's own agency");
    assert_eq!(view["title"]["az"], "Poçt göndərişinin izlənməsi");
    assert_eq!(view["filed_by"], "Rzayev Orxan");
    assert!(view["service"].is_null() && view["registry_number"].is_null());
    let today = server::calendar::today();
    let due = working_calendar().due(today, 3);
    assert_eq!(view["due_on"], due.iso());
    assert!(
        due.days() - today.days() >= 3,
        "three working days are at least three days"
    );

    let list: Value = get(&app, &supervisor, "/api/office/registry/applications")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list[0]["id"], view["id"]);

    let audit: Value = get(&app, &supervisor, "/api/office/audit")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(audit[0]["action"], "filed_registry_application");
}

#[tokio::test]
async fn filing_tells_every_active_registry_operator_by_email() {
    let app = spawn_app().await;
    // The second operator has left: they are not told.
    sqlx::query(
        "UPDATE officers SET deactivated_at = '2026-01-05T09:00:00Z' \
         WHERE account_id = (SELECT id FROM accounts WHERE email = $1)",
    )
    .bind(SECOND_OPERATOR)
    .execute(&app.database().await)
    .await
    .unwrap();
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let view = filed(
        &app,
        &supervisor,
        json!({
            "action": "amend", "service": "20.1", "changes": ["content"],
            "content": "Yeni məzmun.", "confirmed": true
        }),
    )
    .await;
    let id = view["id"].as_i64().unwrap();
    let mails = app.mails_to(OPERATOR).await;
    assert_eq!(mails.len(), 1, "{mails:?}");
    let subject = mails[0]["subject"].as_str().unwrap();
    assert!(
        subject.starts_with("Qapı") && subject.contains(&format!("№ {id}")),
        "{subject}"
    );
    let body = mails[0]["body"].as_str().unwrap();
    assert!(body.contains(&format!("/office/registry/{id}")), "{body}");
    assert!(
        body.contains("20.1 — "),
        "the service by its number: {body}"
    );
    assert!(body.contains("düzəliş"), "what it asks: {body}");
    let due = app::domain::CalendarDate::parse(view["due_on"].as_str().unwrap()).unwrap();
    assert!(body.contains(&due.to_string()), "the due date: {body}");
    assert!(
        app.mails_to(SECOND_OPERATOR).await.is_empty(),
        "not an inactive one"
    );
    assert!(
        app.mails_to(SUPERVISOR).await.is_empty(),
        "the filer is not told of their own filing"
    );

    // Another filing: one e-mail more, in the same transaction as its row.
    filed(&app, &supervisor, registration()).await;
    assert_eq!(app.mails_to(OPERATOR).await.len(), 2);
}

#[tokio::test]
async fn a_bad_form_is_refused_with_every_field_named() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let response = post(
        &app,
        &supervisor,
        "/api/office/registry/applications",
        json!({ "action": "register", "title": { "az": " ", "en": "", "ru": "" },
                "kind": "magic", "where_provided": "mincom.gov.az", "users": [] }),
    )
    .await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        problems(response).await,
        vec![
            ("required".into(), Some("title.az".into())),
            ("required".into(), Some("content".into())),
            ("required".into(), Some("legal_basis".into())),
            ("invalid_kind".into(), Some("kind".into())),
            ("required".into(), Some("payment".into())),
            ("required".into(), Some("users".into())),
            ("invalid_web_address".into(), Some("where_provided".into())),
            ("confirmation_needed".into(), Some("confirmed".into())),
        ]
    );

    // An amendment or a cancellation names a registered service of the agency's own.
    for (service, code) in [
        ("33.10", "unknown_service"),
        ("20.99", "unknown_service"),
        ("20.x", "invalid_service_number"),
    ] {
        let response = post(
            &app,
            &supervisor,
            "/api/office/registry/applications",
            json!({ "action": "cancel", "service": service, "reason": "Birləşdirilib", "confirmed": true }),
        )
        .await;
        assert_eq!(response.status(), 422, "{service}");
        assert_eq!(
            problems(response).await,
            vec![(code.into(), Some("service".into()))],
            "{service}"
        );
    }
}

#[tokio::test]
async fn only_supervisors_file_and_only_the_operator_decides() {
    let app = spawn_app().await;
    let anonymous = app
        .post_json("/api/office/registry/applications", &registration())
        .await;
    assert_eq!(anonymous.status(), 401);
    registered_account(&app, "aysel@mail.az", None, CITIZEN_PASSWORD).await;
    let citizen = app.log_in("aysel@mail.az", CITIZEN_PASSWORD).await;
    let by_citizen = post(
        &app,
        &citizen,
        "/api/office/registry/applications",
        registration(),
    )
    .await;
    assert_eq!(by_citizen.status(), 403);
    assert_eq!(
        get(&app, &citizen, "/api/office/registry/queue")
            .await
            .status(),
        403
    );

    let officer = app.log_in_officer(OFFICER).await;
    let by_officer = post(
        &app,
        &officer,
        "/api/office/registry/applications",
        registration(),
    )
    .await;
    assert_eq!(by_officer.status(), 403, "an officer does not file");
    assert_eq!(problems(by_officer).await[0].0, "not_for_your_role");

    let operator = app.log_in_officer(OPERATOR).await;
    let by_operator = post(
        &app,
        &operator,
        "/api/office/registry/applications",
        registration(),
    )
    .await;
    assert_eq!(by_operator.status(), 403, "the operator does not file");

    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let view = filed(&app, &supervisor, registration()).await;
    let id = &view["id"];
    assert_eq!(
        get(&app, &supervisor, "/api/office/registry/queue")
            .await
            .status(),
        403,
        "the queue is the operator's"
    );
    assert_eq!(
        approve(&app, &supervisor, id).await.status(),
        403,
        "a supervisor does not approve their own"
    );
    assert_eq!(approve(&app, &officer, id).await.status(), 403);

    // Another agency's supervisor does not see it: not found, as if it did not exist.
    let other = app.log_in_officer(OTHER_SUPERVISOR).await;
    let path = format!("/api/office/registry/applications/{id}");
    assert_eq!(get(&app, &other, &path).await.status(), 404);
    let theirs: Value = get(&app, &other, "/api/office/registry/applications")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(theirs, json!([]));
    assert_eq!(
        get(&app, &other, "/api/office/registry/services/20.1")
            .await
            .status(),
        404,
        "nor another agency's record"
    );
    assert_eq!(get(&app, &supervisor, &path).await.status(), 200);
    assert_eq!(get(&app, &operator, &path).await.status(), 200);
}

#[tokio::test]
async fn the_operator_registers_it_and_the_catalogue_shows_its_registry_number() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let operator = app.log_in_officer(OPERATOR).await;
    let view = filed(&app, &supervisor, registration()).await;
    let id = view["id"].clone();

    let queue: Value = get(&app, &operator, "/api/office/registry/queue")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue[0]["id"], id);
    assert_eq!(queue[0]["overdue"], false);
    assert_eq!(
        queue[0]["agency_name"]["az"],
        "Rabitə və İnformasiya Texnologiyaları Nazirliyi"
    );

    let response = approve(&app, &operator, &id).await;
    assert_eq!(response.status(), 200);
    let done: Value = response.json().await.unwrap();
    assert_eq!(done["status"], "registered");
    assert_eq!(done["decided_by"], "Nağıyev Kamran");
    // Agency 20 has 17 services in the 2011 list; the catalogue holds 288 before this one.
    assert_eq!(done["service"], "20.18");
    assert_eq!(done["registry_number"], "ER-000289");

    let page = app.get_json("/api/services/20.18").await;
    assert_eq!(page["service"]["registry_number"], "ER-000289");
    assert_eq!(page["service"]["title"]["en"], "Tracking a postal item");
    assert_eq!(page["service"]["kind"], "informative");
    assert_eq!(
        page["regulation"]["legal_basis"]["az"],
        "«Poçt rabitəsi haqqında» Azərbaycan Respublikasının Qanunu, maddə 12"
    );
    assert_eq!(
        page["regulation"]["other_participants"][0]["az"],
        "Azərpoçt MMC"
    );
    assert_eq!(
        page["regulation"]["users"],
        json!(["natural_persons", "legal_entities"])
    );
    assert_eq!(page["regulation"]["payment"]["free"], true);
    assert_eq!(
        page["regulation"]["where_provided"],
        "https://www.mincom.gov.az/xidmetler/izleme"
    );

    // The history keeps the registration with the application's data (rule 10.5).
    let record: Value = get(&app, &operator, "/api/office/registry/services/20.18")
        .await
        .json()
        .await
        .unwrap();
    let event = &record["history"][0];
    assert_eq!(event["action"], "registered");
    assert_eq!(event["application"], id);
    assert_eq!(event["data"]["application"]["filed_by"], "Rzayev Orxan");
    assert_eq!(
        event["data"]["application"]["request"]["new"]["title"]["az"],
        "Poçt göndərişinin izlənməsi"
    );

    // The supervisor is told, with the registry number (rule 10.4).
    let mails = app.mails_to("rabita.supervisor@demo.qapi.az").await;
    let mail = &mails[0];
    assert!(
        mail["subject"].as_str().unwrap().contains("ER-000289"),
        "{mail}"
    );
    let body = mail["body"].as_str().unwrap();
    assert!(body.contains("20.18") && body.contains("Orxan"), "{body}");
    assert!(
        body.contains(&format!("http://qapi.test/office/registry/{id}")),
        "{body}"
    );

    let queue: Value = get(&app, &operator, "/api/office/registry/queue")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue, json!([]), "decided: out of the queue");
    let again = approve(&app, &operator, &id).await;
    assert_eq!(again.status(), 409);
    assert_eq!(problems(again).await[0].0, "already_decided");
}

#[tokio::test]
async fn an_amendment_changes_only_the_fields_asked_and_is_due_the_next_working_day() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let operator = app.log_in_officer(OPERATOR).await;
    let before = app.get_json("/api/services/20.1").await;
    let view = filed(
        &app,
        &supervisor,
        json!({
            "action": "amend",
            "service": "20.1",
            "changes": ["content", "where_provided"],
            "content": "Yeni məzmun: xidmət tam onlayn göstərilir.",
            "where_provided": "https://e-gov.az/az/services/20-1",
            "confirmed": true
        }),
    )
    .await;
    assert_eq!(view["kind"], "amend");
    assert_eq!(view["service"], "20.1");
    assert_eq!(
        view["title"], before["service"]["title"],
        "the record's name"
    );
    assert_eq!(
        view["due_on"],
        working_calendar().due(server::calendar::today(), 1).iso()
    );

    let response = approve(&app, &operator, &view["id"]).await;
    assert_eq!(response.status(), 200);
    let page = app.get_json("/api/services/20.1").await;
    assert_eq!(
        page["regulation"]["content"]["az"],
        "Yeni məzmun: xidmət tam onlayn göstərilir."
    );
    assert_eq!(
        page["regulation"]["where_provided"],
        "https://e-gov.az/az/services/20-1"
    );
    assert_eq!(page["service"]["title"], before["service"]["title"]);
    assert_eq!(page["service"]["kind"], before["service"]["kind"]);
    assert_eq!(
        page["regulation"]["legal_basis"], before["regulation"]["legal_basis"],
        "what is not asked stays"
    );
    assert_eq!(
        page["service"]["registry_number"], before["service"]["registry_number"],
        "the registry number stays"
    );

    let record: Value = get(&app, &supervisor, "/api/office/registry/services/20.1")
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = record["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["registered", "amended"]);
    assert_eq!(
        record["regulation"], page["regulation"],
        "the record as it stands, for the next amendment's form"
    );
    assert!(
        record["history"][0]["application"].is_null(),
        "the first load"
    );
    assert_eq!(record["history"][1]["application"], view["id"]);
    assert_eq!(
        record["history"][1]["data"]["application"]["request"]["changes"],
        json!(["content", "where_provided"])
    );
    let mails = app.mails_to("rabita.supervisor@demo.qapi.az").await;
    assert!(
        mails[0]["subject"].as_str().unwrap().contains("düzəliş"),
        "{}",
        mails[0]
    );
}

#[tokio::test]
async fn a_cancelled_service_leaves_the_catalogue_but_not_the_registry() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let operator = app.log_in_officer(OPERATOR).await;
    let view = filed(
        &app,
        &supervisor,
        json!({ "action": "cancel", "service": "20.2", "reason": "Xidmət 20.3 ilə birləşdirilib",
                "confirmed": true }),
    )
    .await;
    assert_eq!(
        view["due_on"],
        working_calendar().due(server::calendar::today(), 1).iso(),
        "a cancellation is an amendment of the record: one working day"
    );
    let registry_number =
        app.get_json("/api/services/20.2").await["service"]["registry_number"].clone();
    assert_eq!(approve(&app, &operator, &view["id"]).await.status(), 200);

    assert_eq!(app.get("/api/services/20.2").await.status(), 404);
    let hits = app.get_json("/api/agencies/20").await;
    assert!(
        hits["services"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["number"] != "20.2"),
        "out of the public catalogue"
    );
    let record: Value = get(&app, &operator, "/api/office/registry/services/20.2")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(record["cancelled"], true);
    assert_eq!(record["service"]["registry_number"], registry_number);
    assert_eq!(record["history"][1]["action"], "cancelled");
    assert_eq!(
        record["history"][1]["data"]["reason"],
        "Xidmət 20.3 ilə birləşdirilib"
    );
    assert_eq!(record["history"][1]["application"], view["id"]);

    // The operator's token API reads the same history.
    let by_token: Value = app
        .operator(Method::GET, "/api/registry/services/20.2")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(by_token["history"], record["history"]);

    // Nothing more can be asked of a cancelled service.
    let again = post(
        &app,
        &supervisor,
        "/api/office/registry/applications",
        json!({ "action": "cancel", "service": "20.2", "reason": "Yenə", "confirmed": true }),
    )
    .await;
    assert_eq!(again.status(), 422);
    assert_eq!(
        problems(again).await,
        vec![("already_cancelled".into(), Some("service".into()))]
    );
    let mails = app.mails_to("rabita.supervisor@demo.qapi.az").await;
    assert!(
        mails[0]["body"].as_str().unwrap().contains("birləşdirilib"),
        "{}",
        mails[0]
    );
}

#[tokio::test]
async fn a_refusal_needs_a_reason_changes_nothing_and_tells_the_supervisor() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let operator = app.log_in_officer(OPERATOR).await;
    let view = filed(&app, &supervisor, registration()).await;
    let path = format!("/api/office/registry/applications/{}/refuse", view["id"]);
    let empty = post(&app, &operator, &path, json!({ "reason": "  " })).await;
    assert_eq!(empty.status(), 422);
    assert_eq!(
        problems(empty).await,
        vec![("required".into(), Some("reason".into()))]
    );
    let response = post(
        &app,
        &operator,
        &path,
        json!({ "reason": "Hüquqi əsasda aktın bəndi göstərilməyib" }),
    )
    .await;
    assert_eq!(response.status(), 200);
    let refused: Value = response.json().await.unwrap();
    assert_eq!(refused["status"], "refused");
    assert_eq!(
        refused["refusal"],
        "Hüquqi əsasda aktın bəndi göstərilməyib"
    );
    assert!(refused["service"].is_null());
    assert_eq!(
        app.get("/api/services/20.18").await.status(),
        404,
        "nothing registered"
    );

    let mails = app.mails_to("rabita.supervisor@demo.qapi.az").await;
    assert!(
        mails[0]["body"]
            .as_str()
            .unwrap()
            .contains("Hüquqi əsasda aktın bəndi göstərilməyib"),
        "{}",
        mails[0]
    );
    let mine: Value = get(
        &app,
        &supervisor,
        &format!("/api/office/registry/applications/{}", view["id"]),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(mine["status"], "refused");
    assert_eq!(mine["decided_by"], "Nağıyev Kamran");
}

#[tokio::test]
async fn of_two_decisions_at_once_one_wins_and_the_other_is_told() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let first = app.log_in_officer(OPERATOR).await;
    let second = app.log_in_officer(SECOND_OPERATOR).await;
    let view = filed(&app, &supervisor, registration()).await;
    let id = &view["id"];
    let refusal = format!("/api/office/registry/applications/{id}/refuse");
    let (a, b) = tokio::join!(
        approve(&app, &first, id),
        post(
            &app,
            &second,
            &refusal,
            json!({ "reason": "Təkrar müraciət" })
        ),
    );
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409]);
    let loser = if a.status() == 409 { a } else { b };
    assert_eq!(problems(loser).await[0].0, "already_decided");

    let catalogue = app.get_json("/api/agencies/20").await;
    let registered = catalogue["services"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["title"]["az"] == "Poçt göndərişinin izlənməsi")
        .count();
    let mine: Value = get(
        &app,
        &supervisor,
        &format!("/api/office/registry/applications/{id}"),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(
        registered,
        usize::from(mine["status"] == "registered"),
        "registered once, or not at all if the refusal won"
    );
}

#[tokio::test]
async fn the_queue_is_ordered_by_due_date_and_a_late_one_is_overdue() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let operator = app.log_in_officer(OPERATOR).await;
    let registration = filed(&app, &supervisor, registration()).await;
    let cancellation = filed(
        &app,
        &supervisor,
        json!({ "action": "cancel", "service": "20.4", "reason": "Artıq göstərilmir", "confirmed": true }),
    )
    .await;
    let queue: Value = get(&app, &operator, "/api/office/registry/queue")
        .await
        .json()
        .await
        .unwrap();
    let ids: Vec<&Value> = queue.as_array().unwrap().iter().map(|r| &r["id"]).collect();
    assert_eq!(
        ids,
        [&cancellation["id"], &registration["id"]],
        "one working day comes before three"
    );

    // A registration filed long ago is past its due date.
    sqlx::query("UPDATE registry_applications SET due_on = '2026-01-05' WHERE id = $1")
        .bind(registration["id"].as_i64().unwrap())
        .execute(&app.database().await)
        .await
        .unwrap();
    let queue: Value = get(&app, &operator, "/api/office/registry/queue")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue[0]["id"], registration["id"]);
    assert_eq!(queue[0]["overdue"], true);
    assert_eq!(queue[1]["overdue"], false);
}
