//! Regulations the agency writes (issue 17): the draft and what it lacks, the participating
//! agencies' agreement, the public discussion and its answers, approval and versions, and the
//! due dates an approved execution time sets.

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::registered_account;
use crate::defined_forms::{answers, new_draft};
use crate::helpers::{LoggedIn, TestApp, call, problems, read, spawn_app};
use crate::place_of_stay::{save, submit, uploaded_page};

const SUPERVISOR: &str = "supervisor@demo.qapi.az";
const OFFICER: &str = "officer@demo.qapi.az";
const CUSTOMS_SUPERVISOR: &str = "customs.supervisor@demo.qapi.az";
const PASSWORD: &str = "reqlament şifrəsi 2026";
const WORK: &str = "/api/office/services/33.3/regulation";

fn text(az: &str) -> Value {
    json!({ "az": az, "en": format!("{az} (en)"), "ru": format!("{az} (ru)") })
}

/// A regulation that lacks nothing, with `days` working days to deliver.
fn complete(content: &str, days: u32, participants: &[u16]) -> Value {
    json!({
        "source": null,
        "content": text(content),
        "legal_basis": text("Qanun"),
        "other_participants": [],
        "participating_agencies": participants,
        "automation": "full",
        "execution_time": text(&format!("{days} iş günü")),
        "execution_working_days": days,
        "result": text("Arayış"),
        "payment": { "free": true, "details": null },
        "users": ["natural_persons"],
        "where_provided": "https://www.e-gov.az",
        "information": text("Məlumat"),
        "documents_held_by_state": [text("Şəxsiyyət vəsiqəsi")],
        "documents_to_upload": [],
        "steps": [{ "title": text("Qəbul"), "deadline": text("Həmin gün") }],
        "grounds_for_refusal": [text("Saxta sənəd")],
        "control": text("Nəzarət"),
        "complaints": text("Şikayət")
    })
}

fn today() -> app::domain::CalendarDate {
    server::calendar::today()
}

async fn citizen(app: &TestApp, email: &str) -> LoggedIn {
    registered_account(app, email, None, PASSWORD).await;
    app.log_in(email, PASSWORD).await
}

async fn to_discussion(
    app: &TestApp,
    who: &LoggedIn,
    path: &str,
    until: &str,
) -> reqwest::Response {
    call(
        app,
        who,
        Method::POST,
        &format!("{path}/discussion"),
        json!({ "until": until }),
    )
    .await
}

async fn comment(app: &TestApp, who: &LoggedIn, service: &str, text: &str) -> reqwest::Response {
    call(
        app,
        who,
        Method::POST,
        &format!("/api/services/{service}/regulation/comments"),
        json!({ "text": text }),
    )
    .await
}

/// Saves a complete draft of 33.3 and puts it to discussion for ten days.
async fn in_discussion(app: &TestApp, supervisor: &LoggedIn) {
    let saved = call(app, supervisor, Method::PUT, WORK, complete("Yeni", 5, &[])).await;
    assert_eq!(saved.status(), 200);
    let until = today().plus_days(10).iso();
    assert_eq!(
        to_discussion(app, supervisor, WORK, &until).await.status(),
        200
    );
}

#[tokio::test]
async fn a_draft_is_kept_half_written_with_what_it_lacks_and_only_a_complete_one_is_discussed() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let start = read(&app, &supervisor, WORK).await;
    assert_eq!(start["has_draft"], false);
    assert_eq!(start["stage"], "editing");

    let half = json!({ "content": { "az": "Yalnız azərbaycanca", "en": "", "ru": "" } });
    let saved = call(&app, &supervisor, Method::PUT, WORK, half).await;
    assert_eq!(saved.status(), 200);
    let saved: Value = saved.json().await.unwrap();
    assert_eq!(saved["has_draft"], true);
    let named: Vec<&str> = saved["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    for path in [
        "content.en",
        "content.ru",
        "legal_basis",
        "steps",
        "users",
        "control",
    ] {
        assert!(named.contains(&path), "{path} is named in {named:?}");
    }
    assert!(
        saved["problems"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("Xidmətin məzmunu: "),
        "each problem says its field"
    );

    let refused = to_discussion(&app, &supervisor, WORK, "").await;
    assert_eq!(refused.status(), 422);
    let refused = problems(refused).await;
    assert!(refused.contains(&("missing_translation".into(), Some("content.en".into()))));
    assert!(refused.contains(&("required".into(), Some("until".into()))));

    let saved = call(
        &app,
        &supervisor,
        Method::PUT,
        WORK,
        complete("Yeni", 5, &[]),
    )
    .await;
    assert_eq!(saved.json::<Value>().await.unwrap()["problems"], json!([]));
    for (until, code) in [
        (today().iso(), "date_in_past"),
        (today().plus_days(91).iso(), "out_of_range"),
        ("31.02.2027".to_owned(), "invalid_date"),
    ] {
        let refused = to_discussion(&app, &supervisor, WORK, &until).await;
        assert_eq!(
            problems(refused).await,
            vec![(code.into(), Some("until".into()))]
        );
    }
    let until = today().plus_days(90);
    let opened = to_discussion(&app, &supervisor, WORK, &until.iso()).await;
    assert_eq!(opened.status(), 200);
    let opened: Value = opened.json().await.unwrap();
    assert_eq!(opened["stage"], "discussion");
    assert_eq!(opened["discussion_until"], until.iso());
    assert_eq!(opened["discussion_opened_on"], today().iso());

    let frozen = call(
        &app,
        &supervisor,
        Method::PUT,
        WORK,
        complete("Başqa", 5, &[]),
    )
    .await;
    assert_eq!(
        problems(frozen).await,
        vec![("regulation_in_discussion".into(), None)]
    );
    let card = app.get_json("/api/services/33.3").await;
    assert_eq!(card["status"]["discussion_until"], until.iso());
    assert_eq!(card["status"]["approved"], Value::Null);
    let listed = app.get_json("/api/regulations/discussions").await;
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["service"] == "33.3" && d["until"] == until.iso()),
        "{listed}"
    );
}

#[tokio::test]
async fn participating_agencies_agree_to_the_draft_as_it_is_before_it_is_discussed() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let customs = app.log_in_officer(CUSTOMS_SUPERVISOR).await;

    let ourselves = call(
        &app,
        &supervisor,
        Method::PUT,
        WORK,
        complete("Yeni", 5, &[33]),
    )
    .await;
    assert_eq!(
        problems(ourselves).await,
        vec![(
            "unknown_agency".into(),
            Some("participating_agencies.0".into())
        )]
    );
    call(
        &app,
        &supervisor,
        Method::PUT,
        WORK,
        complete("Yeni", 5, &[7]),
    )
    .await;
    let until = today().plus_days(10).iso();
    let pending = to_discussion(&app, &supervisor, WORK, &until).await;
    assert_eq!(
        problems(pending).await,
        vec![("agreement_pending".into(), None)]
    );

    let desk = read(&app, &customs, "/api/office/regulations").await;
    let asked = &desk["to_agree"][0];
    assert_eq!(asked["service"], "33.3");
    assert_eq!(asked["decision"], Value::Null);
    let revision = asked["revision"].as_i64().unwrap();
    let agree = |decision: &'static str, comment: Option<&'static str>, revision: i64| {
        call(
            &app,
            &customs,
            Method::POST,
            "/api/office/regulation-agreements/33.3",
            json!({ "revision": revision, "decision": decision, "comment": comment }),
        )
    };
    let silent = agree("objected", None, revision).await;
    assert_eq!(
        problems(silent).await,
        vec![("required".into(), Some("comment".into()))]
    );
    assert_eq!(
        agree("objected", Some("Müddət qısadır"), revision)
            .await
            .status(),
        204
    );
    let objected = read(&app, &supervisor, WORK).await;
    assert_eq!(objected["agreements"][0]["decision"], "objected");
    assert_eq!(objected["agreements"][0]["comment"], "Müddət qısadır");
    let still = to_discussion(&app, &supervisor, WORK, &until).await;
    assert_eq!(
        problems(still).await,
        vec![("agreement_pending".into(), None)]
    );

    // The supervisor changes the draft: the objection was to the text before.
    call(
        &app,
        &supervisor,
        Method::PUT,
        WORK,
        complete("Yeni", 10, &[7]),
    )
    .await;
    let changed = read(&app, &supervisor, WORK).await;
    assert_eq!(changed["agreements"][0]["decision"], Value::Null);
    let stale = agree("agreed", None, revision).await;
    assert_eq!(problems(stale).await, vec![("stale_version".into(), None)]);
    let desk = read(&app, &customs, "/api/office/regulations").await;
    let revision = desk["to_agree"][0]["revision"].as_i64().unwrap();
    assert_eq!(agree("agreed", None, revision).await.status(), 204);
    assert_eq!(
        to_discussion(&app, &supervisor, WORK, &until)
            .await
            .status(),
        200
    );

    let late = agree("objected", Some("Gec"), revision).await;
    assert_eq!(problems(late).await, vec![("stale_version".into(), None)]);
    let not_asked = call(
        &app,
        &supervisor,
        Method::POST,
        "/api/office/regulation-agreements/7.8",
        json!({ "revision": 1, "decision": "agreed" }),
    )
    .await;
    assert_eq!(not_asked.status(), 404);
}

#[tokio::test]
async fn logged_in_people_comment_the_agency_answers_and_approves_the_next_version() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    in_discussion(&app, &supervisor).await;
    let discussion = app
        .get_json("/api/services/33.3/regulation/discussion")
        .await;
    assert_eq!(discussion["open"], true);
    assert_eq!(discussion["regulation"]["content"]["az"], "Yeni");

    let anonymous = app
        .post_json(
            "/api/services/33.3/regulation/comments",
            &json!({ "text": "Salam" }),
        )
        .await;
    assert_eq!(anonymous.status(), 401);
    let person = citizen(&app, "rey@mail.az").await;
    for (typed, code) in [
        ("   ".to_owned(), "required"),
        ("a".repeat(2001), "too_long"),
        ("gizli\u{202e}mətn".to_owned(), "hidden_characters"),
    ] {
        let refused = comment(&app, &person, "33.3", &typed).await;
        assert_eq!(
            problems(refused).await,
            vec![(code.into(), Some("text".into()))]
        );
    }
    let markup = "<script>alert(1)</script> Müddəti qısaldın";
    let left = comment(&app, &person, "33.3", markup).await;
    assert_eq!(left.status(), 201);
    let left: Value = left.json().await.unwrap();
    assert_eq!(
        left["text"], markup,
        "kept as typed: the page shows it as text"
    );
    let id = left["id"].as_i64().unwrap();
    let author = left["author"].as_str().unwrap().to_owned();
    assert!(author.ends_with('.'), "a name and an initial: {author}");

    let approve = |who: LoggedIn| {
        let app = &app;
        async move {
            call(
                app,
                &who,
                Method::POST,
                &format!("{WORK}/approve"),
                json!(null),
            )
            .await
        }
    };
    let unanswered = approve(supervisor.clone()).await;
    assert_eq!(
        problems(unanswered).await,
        vec![("comments_unanswered".into(), None)]
    );

    let customs = app.log_in_officer(CUSTOMS_SUPERVISOR).await;
    let answer_path = format!("{WORK}/comments/{id}/answer");
    let stranger = call(
        &app,
        &customs,
        Method::POST,
        &answer_path,
        json!({ "text": "Bəli" }),
    )
    .await;
    assert_eq!(
        stranger.status(),
        404,
        "another agency's draft is not found"
    );
    let answered = call(
        &app,
        &supervisor,
        Method::POST,
        &answer_path,
        json!({ "text": "Qısaldıldı" }),
    )
    .await;
    assert_eq!(answered.status(), 200);
    let twice = call(
        &app,
        &supervisor,
        Method::POST,
        &answer_path,
        json!({ "text": "Yenə" }),
    )
    .await;
    assert_eq!(
        problems(twice).await,
        vec![("already_decided".into(), None)]
    );
    let public = app
        .get_json("/api/services/33.3/regulation/discussion")
        .await;
    assert_eq!(public["comments"][0]["answer"]["text"], "Qısaldıldı");

    // Approvals at once from two tabs make one version.
    let (a, b, c) = tokio::join!(
        approve(supervisor.clone()),
        approve(supervisor.clone()),
        approve(supervisor.clone())
    );
    let mut statuses = vec![a.status(), b.status(), c.status()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409, 409]);

    let card = app.get_json("/api/services/33.3").await;
    assert_eq!(card["status"]["approved"]["version"], 1);
    assert_eq!(card["status"]["approved"]["approved_on"], today().iso());
    assert_eq!(card["status"]["discussion_until"], Value::Null);
    assert_eq!(card["regulation"]["content"]["az"], "Yeni");
    let versions = app.get_json("/api/services/33.3/regulation/versions").await;
    assert_eq!(versions.as_array().unwrap().len(), 1);
    assert_eq!(versions[0]["comments"][0]["text"], markup);
    assert_eq!(versions[0]["comments"][0]["answer"]["text"], "Qısaldıldı");
    assert_eq!(
        app.get("/api/services/33.3/regulation/discussion")
            .await
            .status(),
        404,
        "no draft is in discussion any more"
    );
    let closed = comment(&app, &person, "33.3", "Gec qaldım").await;
    assert_eq!(
        problems(closed).await,
        vec![("not_in_discussion".into(), None)]
    );

    let audit = read(&app, &supervisor, "/api/office/audit").await;
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "saved_regulation",
        "regulation_to_discussion",
        "answered_regulation_comment",
        "approved_regulation",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

#[tokio::test]
async fn comments_close_at_the_end_of_the_period() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    in_discussion(&app, &supervisor).await;
    sqlx::query("UPDATE regulations SET discussion_until = $1 WHERE service = '33.3'")
        .bind(today().plus_days(-1).iso())
        .execute(&app.database().await)
        .await
        .unwrap();
    let discussion = app
        .get_json("/api/services/33.3/regulation/discussion")
        .await;
    assert_eq!(discussion["open"], false);
    let person = citizen(&app, "gec@mail.az").await;
    let closed = comment(&app, &person, "33.3", "Fikrim var").await;
    assert_eq!(
        problems(closed).await,
        vec![("discussion_closed".into(), None)]
    );
}

#[tokio::test]
async fn only_the_agencys_supervisor_writes_its_regulations() {
    let app = spawn_app().await;
    let customs = app.log_in_officer(CUSTOMS_SUPERVISOR).await;
    assert_eq!(
        app.as_logged_in(&customs, Method::GET, WORK)
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let put = call(&app, &customs, Method::PUT, WORK, complete("Yeni", 5, &[])).await;
    assert_eq!(put.status(), 404);
    let officer = app.log_in_officer(OFFICER).await;
    let refused = app
        .as_logged_in(&officer, Method::GET, WORK)
        .send()
        .await
        .unwrap();
    assert_eq!(
        problems(refused).await,
        vec![("not_for_your_role".into(), None)]
    );
    let person = citizen(&app, "adi@mail.az").await;
    assert_eq!(
        app.as_logged_in(&person, Method::GET, WORK)
            .send()
            .await
            .unwrap()
            .status(),
        403
    );
}

#[tokio::test]
async fn the_demo_data_carries_approved_regulations_and_one_draft_in_discussion() {
    let app = spawn_app().await;
    let card = app.get_json("/api/services/33.1").await;
    assert_eq!(card["status"]["approved"]["version"], 1);
    assert_eq!(card["regulation"]["source"], "demo");
    let listed = app.get_json("/api/regulations/discussions").await;
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
}

#[tokio::test]
async fn an_applications_due_date_follows_the_approved_execution_time() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let path = "/api/office/services/33.1/regulation";
    call(
        &app,
        &supervisor,
        Method::PUT,
        path,
        complete("Qısa müddət", 2, &[]),
    )
    .await;
    let until = today().plus_days(5).iso();
    assert_eq!(
        to_discussion(&app, &supervisor, path, &until)
            .await
            .status(),
        200
    );
    let approved = call(
        &app,
        &supervisor,
        Method::POST,
        &format!("{path}/approve"),
        json!(null),
    )
    .await;
    assert_eq!(approved.status(), 200);
    let approved: Value = approved.json().await.unwrap();
    assert_eq!(
        approved["versions"][0]["version"], 2,
        "after the demo's first"
    );

    let person = citizen(&app, "tez@mail.az").await;
    let draft = new_draft(&app, &person).await;
    let number = draft["number"].as_str().unwrap().to_owned();
    let page = uploaded_page(&app, &person).await;
    let saved: Value = save(
        &app,
        &person,
        &number,
        draft["version"].as_i64().unwrap(),
        &answers(&page),
    )
    .await
    .json()
    .await
    .unwrap();
    let sent = submit(&app, &person, &number, saved["version"].as_i64().unwrap()).await;
    assert_eq!(sent.status(), 200);
    let sent: Value = sent.json().await.unwrap();
    let holidays = app
        .settings
        .calendar
        .named_holidays()
        .unwrap()
        .into_iter()
        .map(|(day, _)| day);
    let expected = server::calendar::WorkingCalendar::new(holidays).due(today(), 2);
    assert_eq!(sent["due_on"], expected.iso());
}

#[tokio::test]
async fn the_cards_documents_to_upload_are_the_ones_the_published_form_asks_for() {
    let app = spawn_app().await;
    let form = app.get_json("/api/services/33.1/form").await;
    let mut asked = Vec::new();
    for page in form["definition"]["pages"].as_array().unwrap() {
        for field in page["fields"].as_array().unwrap() {
            if field["kind"]["type"] == "documents" {
                asked.push(field["label"].clone());
            }
        }
    }
    assert!(!asked.is_empty(), "the demo form asks for a scan");
    let card = app.get_json("/api/services/33.1").await;
    assert_eq!(
        card["regulation"]["documents_to_upload"],
        Value::Array(asked)
    );
}

#[tokio::test]
async fn the_fee_the_approved_regulation_sets_is_the_one_the_form_asks() {
    let app = spawn_app().await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let path = "/api/office/services/33.1/regulation";
    let mut paid = complete("Ödənişli", 5, &[]);
    paid["payment"] = json!({
        "free": false,
        "details": null,
        "amounts": [
            { "amount": 1500, "purpose": text("Dövlət rüsumu"), "legal_basis": text("Vergi Məcəlləsi") },
            { "amount": 250, "purpose": text("Blank"), "legal_basis": text("Vergi Məcəlləsi") }
        ],
        "means": text("Bank kartı ilə")
    });
    call(&app, &supervisor, Method::PUT, path, paid).await;
    let until = today().plus_days(5).iso();
    assert_eq!(
        to_discussion(&app, &supervisor, path, &until)
            .await
            .status(),
        200
    );
    let before = app.get_json("/api/services/33.1/form").await;
    let approved = call(
        &app,
        &supervisor,
        Method::POST,
        &format!("{path}/approve"),
        json!(null),
    )
    .await;
    assert_eq!(approved.status(), 200);

    let form = app.get_json("/api/services/33.1/form").await;
    assert_eq!(form["version"], before["version"].as_u64().unwrap() + 1);
    assert_eq!(form["definition"]["fee"]["amount"], 1750);
    assert_eq!(form["definition"]["fee"]["basis"]["az"], "Vergi Məcəlləsi");
    let card = app.get_json("/api/services/33.1").await;
    assert_eq!(card["regulation"]["payment"]["amounts"][0]["amount"], 1500);

    // A form published later asks the regulation's fee, whatever its draft says.
    let mut draft = form["definition"].clone();
    draft["fee"] = json!({ "amount": 999, "basis": text("Başqa akt") });
    let form_path = "/api/office/services/33.1/form";
    assert_eq!(
        call(&app, &supervisor, Method::PUT, form_path, draft)
            .await
            .status(),
        200
    );
    let published = call(
        &app,
        &supervisor,
        Method::POST,
        &format!("{form_path}/publish"),
        json!(null),
    )
    .await;
    assert_eq!(published.status(), 200);
    let newest = app.get_json("/api/services/33.1/form").await;
    assert_eq!(newest["definition"]["fee"]["amount"], 1750);
}
