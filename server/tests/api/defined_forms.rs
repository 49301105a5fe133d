//! Forms an agency defines as data: the supervisor or the service editor saves any draft the
//! schema reads (a half-built one kept with its problems), publishes only a draft without
//! problems (every problem named) and exports it; a citizen applies on the version published
//! when they started; the officer returns a field and accepts; other agencies and roles do not
//! see the form's work.

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::registered_account;
use crate::helpers::{
    LoggedIn, TestApp, assert_prints, call, pdf_text, problems, read, spawn_app, subject_lines,
};
use crate::place_of_stay::{MIGRATION_OFFICER, decide, save, submit, uploaded_page};

const SUPERVISOR: &str = "supervisor@demo.qapi.az";
const FORM_EDITOR: &str = "forms@demo.qapi.az";
const ADMINISTRATOR: &str = "admin@demo.qapi.az";
const CUSTOMS_SUPERVISOR: &str = "customs.supervisor@demo.qapi.az";
const PASSWORD: &str = "müraciət şifrəsi 2026";

fn text(az: &str) -> Value {
    json!({ "az": az, "en": format!("{az} (en)"), "ru": format!("{az} (ru)") })
}

/// A small form for 33.3: a yes/no, and the passport asked only of those who say yes.
fn small_form(question: &str) -> Value {
    json!({
        "schema": 1,
        "pages": [{
            "id": "family", "title": text("Ailə"),
            "fields": [
                { "id": "with_family", "label": text(question), "required": true,
                  "kind": { "type": "yes_no" } },
                { "id": "spouse_passport", "label": text("Həyat yoldaşının pasportu"), "required": true,
                  "show_when": { "op": "is_yes", "field": "with_family", "yes": true },
                  "kind": { "type": "document_number" } }
            ]
        }]
    })
}

#[tokio::test]
async fn a_half_built_draft_is_kept_with_its_problems_and_only_publishing_refuses_it() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let path = "/api/office/services/33.3/form";

    let mut broken = small_form("Ailə ilə?");
    broken["pages"][0]["title"]["ru"] = json!("");
    broken["pages"][0]["fields"][1]["show_when"]["field"] = json!("nowhere");
    broken["pages"][0]["fields"][1]["id"] = json!("with_family");
    let named = vec![
        (
            "missing_translation".to_owned(),
            "pages.0.title.ru".to_owned(),
        ),
        ("duplicate_id".to_owned(), "pages.0.fields.1.id".to_owned()),
        (
            "condition_invalid".to_owned(),
            "pages.0.fields.1.show_when".to_owned(),
        ),
    ];
    let paths = |list: &Value| -> Vec<(String, String)> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|p| {
                assert!(!p["message"].as_str().unwrap().is_empty(), "{p}");
                (
                    p["code"].as_str().unwrap().to_owned(),
                    p["field"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let kept = call(&app, &supervisor, Method::PUT, path, broken.clone()).await;
    assert_eq!(kept.status(), 200, "a draft the schema reads is kept");
    let kept: Value = kept.json().await.unwrap();
    assert_eq!(kept["definition"]["pages"], broken["pages"]);
    assert_eq!(paths(&kept["problems"]), named);

    // Read back as it was left, with what it lacks.
    let work: Value = read(&app, &supervisor, path).await;
    assert_eq!(work["draft"]["pages"], broken["pages"]);
    assert_eq!(paths(&work["problems"]), named);
    let services: Value = read(&app, &supervisor, "/api/office/services").await;
    let listed = services
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service"] == "33.3")
        .unwrap();
    assert_eq!(listed["has_draft"], true);

    // Publishing it is refused, each problem named; nothing is published.
    let refused = call(
        &app,
        &supervisor,
        Method::POST,
        &format!("{path}/publish"),
        json!(null),
    )
    .await;
    assert_eq!(refused.status(), 422);
    assert_eq!(
        problems(refused).await,
        named
            .iter()
            .map(|(code, path)| (code.clone(), Some(path.clone())))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        app.get("/api/services/33.3/form").await.status(),
        404,
        "nothing published"
    );
    let work: Value = read(&app, &supervisor, path).await;
    assert_eq!(work["versions"], json!([]));

    // An empty form is a draft too: it lacks its pages.
    let empty = call(
        &app,
        &supervisor,
        Method::PUT,
        "/api/office/services/33.5/form",
        json!({ "schema": 1, "pages": [] }),
    )
    .await;
    let empty: Value = empty.json().await.unwrap();
    assert_eq!(
        paths(&empty["problems"]),
        vec![("required".to_owned(), "pages".to_owned())]
    );

    // What the schema cannot read is not kept: the draft stays as it was.
    let unreadable = call(
        &app,
        &supervisor,
        Method::PUT,
        path,
        json!({ "schema": 1, "pages": [], "colour": 1 }),
    )
    .await;
    assert_eq!(
        problems(unreadable).await,
        vec![("definition_unreadable".into(), Some("colour".into()))]
    );
    let work: Value = read(&app, &supervisor, path).await;
    assert_eq!(work["draft"]["pages"], broken["pages"]);
}

#[tokio::test]
async fn a_supervisor_saves_publishes_and_exports_a_form() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let path = "/api/office/services/33.3/form";
    let nothing = call(
        &app,
        &supervisor,
        Method::POST,
        &format!("{path}/publish"),
        json!(null),
    )
    .await;
    assert_eq!(
        problems(nothing).await,
        vec![("nothing_to_publish".into(), None)]
    );
    assert_eq!(
        app.get("/api/services/33.3/form").await.status(),
        404,
        "nothing published yet"
    );

    let saved = call(
        &app,
        &supervisor,
        Method::PUT,
        path,
        small_form("Ailə ilə?"),
    )
    .await;
    assert_eq!(saved.status(), 200);
    let saved: Value = saved.json().await.unwrap();
    assert_eq!(saved["problems"], json!([]));
    assert_eq!(
        app.get("/api/services/33.3/form").await.status(),
        404,
        "a draft is not shown"
    );
    let published: Value = call(
        &app,
        &supervisor,
        Method::POST,
        &format!("{path}/publish"),
        json!(null),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(published["version"], 1);
    let form = app.get_json("/api/services/33.3/form").await;
    assert_eq!(form["version"], 1);
    assert_eq!(
        form["definition"]["pages"][0]["fields"][0]["id"],
        "with_family"
    );

    let export = app
        .as_logged_in(&supervisor, Method::GET, &format!("{path}/export"))
        .send()
        .await
        .unwrap();
    assert_eq!(export.status(), 200);
    assert!(
        export.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("form-33.3.json")
    );
    let exported: Value = export.json().await.unwrap();
    let imported = call(
        &app,
        &supervisor,
        Method::PUT,
        "/api/office/services/33.4/form",
        exported,
    )
    .await;
    assert_eq!(
        imported.status(),
        200,
        "the file imports into another service"
    );

    let work: Value = read(&app, &supervisor, path).await;
    assert_eq!(work["versions"][0]["version"], 1);
    assert_eq!(work["versions"][0]["published_by"], "Rauf Həsənov");
    let services: Value = read(&app, &supervisor, "/api/office/services").await;
    let listed = |number: &str| {
        services
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["service"] == number)
            .cloned()
            .unwrap()
    };
    assert_eq!(listed("33.3")["published_version"], 1);
    assert_eq!(listed("33.4")["has_draft"], true);
    assert_eq!(listed("33.11")["hand_built"], true);

    let audit: Value = read(&app, &supervisor, "/api/office/audit").await;
    assert!(audit.to_string().contains("published_form"), "{audit}");
}

#[tokio::test]
async fn only_the_services_own_supervisor_edits_its_form() {
    let app = spawn_app().await;
    let form = small_form("Ailə ilə?");
    let customs = app.log_in_officer(CUSTOMS_SUPERVISOR).await;
    let elsewhere = call(
        &app,
        &customs,
        Method::PUT,
        "/api/office/services/33.3/form",
        form.clone(),
    )
    .await;
    assert_eq!(
        elsewhere.status(),
        404,
        "another agency's service is not found"
    );
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let not_a_supervisor = call(
        &app,
        &officer,
        Method::PUT,
        "/api/office/services/33.3/form",
        form.clone(),
    )
    .await;
    assert_eq!(not_a_supervisor.status(), 403);
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let hand_built = call(
        &app,
        &supervisor,
        Method::PUT,
        "/api/office/services/33.11/form",
        form.clone(),
    )
    .await;
    assert_eq!(
        problems(hand_built).await,
        vec![("not_editable".into(), None)]
    );
    let unlisted = call(
        &app,
        &supervisor,
        Method::PUT,
        "/api/office/services/33.99/form",
        form,
    )
    .await;
    assert_eq!(
        unlisted.status(),
        404,
        "a service the catalogue does not list"
    );
}

#[tokio::test]
async fn the_service_editor_builds_and_publishes_the_agencys_forms_and_works_no_applications() {
    let app = spawn_app().await;
    let editor = app.log_in_officer(FORM_EDITOR).await;
    let services: Value = read(&app, &editor, "/api/office/services").await;
    assert!(
        services
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["service"].as_str().unwrap().starts_with("33.")),
        "the migration service's own: {services}"
    );
    let path = "/api/office/services/33.6/form";
    let saved = call(&app, &editor, Method::PUT, path, small_form("Ailə ilə?")).await;
    assert_eq!(saved.status(), 200);
    let published = call(
        &app,
        &editor,
        Method::POST,
        &format!("{path}/publish"),
        json!(null),
    )
    .await;
    assert_eq!(published.status(), 200);
    assert_eq!(app.get_json("/api/services/33.6/form").await["version"], 1);
    let work: Value = read(&app, &editor, path).await;
    assert_eq!(work["versions"][0]["published_by"], "Aynur Cəfərova");

    let elsewhere = call(
        &app,
        &editor,
        Method::PUT,
        "/api/office/services/20.6/form",
        small_form("Ailə ilə?"),
    )
    .await;
    assert_eq!(elsewhere.status(), 404, "another agency's service");
    for path in ["/api/office/queue", "/api/office/complaints"] {
        let refused = app
            .as_logged_in(&editor, Method::GET, path)
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 403, "{path}");
    }
    let refused = call(
        &app,
        &editor,
        Method::POST,
        "/api/office/officers",
        json!({ "email": "x@dmx.gov.az", "surname": "X", "name": "Y", "fin": "6XYZ2QW", "role": "form_editor" }),
    )
    .await;
    assert_eq!(refused.status(), 403);
}

#[tokio::test]
async fn the_administrator_grants_the_service_editors_role() {
    let app = spawn_app().await;
    let admin = app.log_in_officer(ADMINISTRATOR).await;
    let added = call(
        &app,
        &admin,
        Method::POST,
        "/api/office/officers",
        json!({ "email": "redaktor@dmx.gov.az", "surname": "Məlikova", "name": "Nigar", "fin": "7NGR4ML", "role": "form_editor" }),
    )
    .await;
    assert_eq!(added.status(), 202);
    let officers: Value = read(&app, &admin, "/api/office/officers").await;
    let role_of = |email: &str| {
        officers
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["email"] == email)
            .map(|o| o["role"].clone())
    };
    assert_eq!(role_of("redaktor@dmx.gov.az"), Some(json!("form_editor")));
    assert_eq!(role_of(FORM_EDITOR), Some(json!("form_editor")));
}

#[tokio::test]
async fn publishing_at_once_from_two_tabs_makes_two_versions_one_after_the_other() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let path = "/api/office/services/33.3/form";
    call(
        &app,
        &supervisor,
        Method::PUT,
        path,
        small_form("Ailə ilə?"),
    )
    .await;
    let publish = || {
        call(
            &app,
            &supervisor,
            Method::POST,
            "/api/office/services/33.3/form/publish",
            json!(null),
        )
    };
    let (a, b, c) = tokio::join!(publish(), publish(), publish());
    let mut versions = Vec::new();
    for response in [a, b, c] {
        assert_eq!(response.status(), 200);
        versions.push(
            response.json::<Value>().await.unwrap()["version"]
                .as_u64()
                .unwrap(),
        );
    }
    versions.sort_unstable();
    assert_eq!(versions, [1, 2, 3]);
}

async fn citizen(app: &TestApp) -> LoggedIn {
    registered_account(app, "qonaq@mail.az", None, PASSWORD).await;
    app.log_in("qonaq@mail.az", PASSWORD).await
}

/// A new application of 33.1, whose demo form the demo data publishes.
pub async fn new_draft(app: &TestApp, session: &LoggedIn) -> Value {
    call(
        app,
        session,
        Method::POST,
        "/api/applications",
        json!({ "service": "33.1" }),
    )
    .await
    .json()
    .await
    .unwrap()
}

pub fn answers(page: &Value) -> Value {
    json!({
        "passport_number": "c03 456 789",
        "phone": "050 211 22 33",
        "entry_date": { "day": "10", "month": "11", "year": "2026" },
        "extra_days": "30",
        "reason": "other",
        "reason_other": "Konfransda məruzə",
        "passport_scan": [page],
    })
}

#[tokio::test]
async fn a_citizen_applies_on_a_defined_form_and_the_officer_returns_a_field_then_accepts() {
    let app = spawn_app().await;
    let session = citizen(&app).await;
    let draft = new_draft(&app, &session).await;
    assert_eq!(draft["form_version"], 1, "the demo form's first version");
    let number = draft["number"].as_str().unwrap().to_owned();

    let wrong = json!({
        "passport_number": "?",
        "phone": "12",
        "entry_date": { "day": "31", "month": "2", "year": "2026" },
        "extra_days": "900",
        "reason": "holiday",
        "passport_scan": [],
    });
    let saved: Value = save(
        &app,
        &session,
        &number,
        draft["version"].as_i64().unwrap(),
        &wrong,
    )
    .await
    .json()
    .await
    .unwrap();
    let refused = submit(&app, &session, &number, saved["version"].as_i64().unwrap()).await;
    assert_eq!(refused.status(), 422);
    assert_eq!(
        problems(refused).await,
        vec![
            (
                "invalid_document_number".into(),
                Some("passport_number".into())
            ),
            ("invalid_phone".into(), Some("phone".into())),
            ("invalid_date".into(), Some("entry_date".into())),
            ("out_of_range".into(), Some("extra_days".into())),
            ("unknown_choice".into(), Some("reason".into())),
            ("required".into(), Some("passport_scan".into())),
        ]
    );

    let page = uploaded_page(&app, &session).await;
    let saved: Value = save(
        &app,
        &session,
        &number,
        saved["version"].as_i64().unwrap(),
        &answers(&page),
    )
    .await
    .json()
    .await
    .unwrap();
    let sent = submit(&app, &session, &number, saved["version"].as_i64().unwrap()).await;
    assert_eq!(sent.status(), 200);

    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let case: Value = read(
        &app,
        &officer,
        &format!("/api/office/applications/{number}"),
    )
    .await;
    assert_eq!(case["summary"]["form_version"], 1);
    assert_eq!(case["summary"]["answers"]["passport_number"], "C03456789");
    assert_eq!(case["summary"]["answers"]["extra_days"], 30);
    assert_eq!(
        case["files"].as_array().unwrap().len(),
        1,
        "the scan reaches the officer"
    );

    let not_a_field = decide(
        &app,
        &officer,
        &number,
        json!({ "action": "return", "note": "?", "fields_to_fix": ["colour"] }),
    )
    .await;
    assert_eq!(
        problems(not_a_field).await,
        vec![("unknown_choice".into(), Some("fields_to_fix".into()))]
    );
    let returned = decide(
        &app,
        &officer,
        &number,
        json!({ "action": "return", "note": "Günlərin sayı vizaya uyğun deyil", "fields_to_fix": ["extra_days"] }),
    )
    .await;
    assert_eq!(returned.status(), 204);

    let back: Value = read(&app, &session, &format!("/api/applications/{number}")).await;
    assert_eq!(back["fields_to_fix"], json!(["extra_days"]));
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
    assert_eq!(
        submit(&app, &session, &number, saved["version"].as_i64().unwrap())
            .await
            .status(),
        200
    );

    let again: Value = read(
        &app,
        &officer,
        &format!("/api/office/applications/{number}"),
    )
    .await;
    assert_eq!(
        again["changes_since_return"],
        json!([{ "label": "Uzadılması istənilən gün sayı", "before": "30", "after": "20" }]),
        "the officer sees what the fix changed, and only that"
    );

    let accepted = decide(&app, &officer, &number, json!({ "action": "accept" })).await;
    assert_eq!(accepted.status(), 204);
    let done: Value = read(&app, &session, &format!("/api/applications/{number}")).await;
    assert_eq!(done["status"], "accepted");
    let verified = app
        .get_json(&format!("/api/verify/{}", done["result"].as_str().unwrap()))
        .await;
    let subject = subject_lines(&verified);
    for line in [
        "Pasportun nömrəsi: C03456789",
        "Ölkəyə gəliş tarixi: 10.11.2026",
        "Uzadılması istənilən gün sayı: 20",
        "Uzadılmanın səbəbi: Digər",
        "Səbəbi qısaca yazın: Konfransda məruzə",
        "Pasportun skan surəti: pasport.pdf",
    ] {
        assert!(subject.contains(&line), "{line} in {subject:?}");
    }
    let pdf = pdf_text(
        app.as_logged_in(
            &session,
            reqwest::Method::GET,
            &format!("/api/applications/{number}/result.pdf"),
        )
        .send()
        .await
        .unwrap(),
    )
    .await;
    assert_prints(&pdf, &verified);
}

#[tokio::test]
async fn an_application_is_read_against_the_version_it_started_on() {
    let app = spawn_app().await;
    let session = citizen(&app).await;
    let draft = new_draft(&app, &session).await;

    // The agency publishes a new version asking something else; the draft keeps version 1.
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let path = "/api/office/services/33.1/form";
    assert_eq!(
        call(
            &app,
            &supervisor,
            Method::PUT,
            path,
            small_form("Ailə ilə?")
        )
        .await
        .status(),
        200
    );
    call(
        &app,
        &supervisor,
        Method::POST,
        &format!("{path}/publish"),
        json!(null),
    )
    .await;
    assert_eq!(app.get_json("/api/services/33.1/form").await["version"], 2);

    let page = uploaded_page(&app, &session).await;
    let number = draft["number"].as_str().unwrap();
    let saved: Value = save(
        &app,
        &session,
        number,
        draft["version"].as_i64().unwrap(),
        &answers(&page),
    )
    .await
    .json()
    .await
    .unwrap();
    let sent: Value = submit(&app, &session, number, saved["version"].as_i64().unwrap())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(sent["status"], "submitted");
    assert_eq!(sent["form_version"], 1);
    let next = new_draft(&app, &session).await;
    assert_eq!(
        next["form_version"], 2,
        "a new application starts on the newest"
    );
}
