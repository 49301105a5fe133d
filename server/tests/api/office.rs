//! The back office: officers' second factor, roles and agencies, the queue, decisions with their
//! result document, and what the applicant sees of it.

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::link_token;
use crate::helpers::{
    LoggedIn, OFFICER_PASSWORD, TestApp, assert_prints, count, pdf_text, problems, spawn_app,
    statuses_at_once,
};
use crate::place_of_stay::{
    MIGRATION_OFFICER, SIGNING_PIN, decide, sent_application, submit, upload, verified_host,
};

const SUPERVISOR: &str = "supervisor@demo.qapi.az";
const ADMINISTRATOR: &str = "admin@demo.qapi.az";
/// An officer of another agency (Azərişıq).
const OTHER_AGENCY: &str = "azerisiq@demo.qapi.az";
/// A document attached to a complaint (not the application's scan).
const COMPLAINT_PDF: &[u8] = include_bytes!("../fixtures/complaint.pdf");

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

async fn password_step(app: &TestApp, email: &str) -> Value {
    let response = app
        .post_json(
            "/api/session",
            &json!({ "email": email, "password": OFFICER_PASSWORD }),
        )
        .await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

#[tokio::test]
async fn an_officer_needs_the_authenticator_code_and_each_code_works_once() {
    let app = spawn_app().await;
    let first = password_step(&app, MIGRATION_OFFICER).await;
    assert_eq!(first["step"], "second_factor");
    assert!(
        first["enrolment"].is_null(),
        "the demo officer has enrolled already"
    );
    let wrong = app
        .post_json(
            "/api/session/second-factor",
            &json!({ "challenge": first["challenge"], "code": "000000" }),
        )
        .await;
    assert_eq!(
        problems(wrong).await,
        [("second_factor_wrong".into(), Some("code".into()))]
    );
    let code = app.officer_code(MIGRATION_OFFICER).await;
    let right = app
        .post_json(
            "/api/session/second-factor",
            &json!({ "challenge": first["challenge"], "code": code }),
        )
        .await;
    assert_eq!(right.status(), 200);
    let body: Value = right.json().await.unwrap();
    assert_eq!(body["session"]["me"]["office"]["role"], "officer");
    assert_eq!(body["session"]["me"]["office"]["agency"], 33);

    let second = password_step(&app, MIGRATION_OFFICER).await;
    let replayed = app
        .post_json(
            "/api/session/second-factor",
            &json!({ "challenge": second["challenge"], "code": code }),
        )
        .await;
    assert_eq!(
        problems(replayed).await[0].0,
        "second_factor_wrong",
        "a code seen once is not accepted again"
    );
    let used = app
        .post_json(
            "/api/session/second-factor",
            &json!({ "challenge": first["challenge"], "code": code }),
        )
        .await;
    assert_eq!(used.status(), 409, "a challenge opens one session");
}

#[tokio::test]
async fn one_code_typed_in_three_tabs_at_once_opens_one_session() {
    let app = spawn_app().await;
    let mut challenges = Vec::new();
    for _ in 0..3 {
        challenges.push(password_step(&app, MIGRATION_OFFICER).await["challenge"].clone());
    }
    let code = app.officer_code(MIGRATION_OFFICER).await;
    let bodies: Vec<Value> = challenges
        .iter()
        .map(|challenge| json!({ "challenge": challenge, "code": code }))
        .collect();
    let typed = bodies
        .iter()
        .map(|body| app.post_json("/api/session/second-factor", body));
    let statuses = statuses_at_once(typed).await;
    assert_eq!(count(&statuses, 200), 1, "{statuses:?}");
}

#[tokio::test]
async fn a_new_officer_is_invited_and_enrols_the_authenticator_at_the_first_login() {
    let app = spawn_app().await;
    let admin = app.log_in_officer(ADMINISTRATOR).await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    // The officer's FIN is also a citizen's account's (their own, by Asan İmza): the officer's
    // signing FIN is kept with the office role, not on a second account.
    crate::state_login::confirmed_login(&app).await;
    let form = json!({ "email": "kamran@dmx.gov.az", "surname": "Nəsirov", "name": "Kamran", "fin": "F00MBEG", "role": "officer" });
    let by_supervisor = post(&app, &supervisor, "/api/office/officers", form.clone()).await;
    assert_eq!(
        by_supervisor.status(),
        403,
        "only an administrator adds officers"
    );
    let bad = post(
        &app,
        &admin,
        "/api/office/officers",
        json!({ "email": "kamran", "role": "root" }),
    )
    .await;
    let found = problems(bad).await;
    for field in ["email", "surname", "name", "fin", "role"] {
        assert!(
            found.iter().any(|(_, f)| f.as_deref() == Some(field)),
            "{field}: {found:?}"
        );
    }
    let mut no_fin = form.clone();
    no_fin["fin"] = json!("F00-MBEG!");
    let refused = problems(post(&app, &admin, "/api/office/officers", no_fin).await).await;
    assert_eq!(
        refused,
        vec![("invalid_fin".to_owned(), Some("fin".to_owned()))]
    );
    let added = post(&app, &admin, "/api/office/officers", form).await;
    assert_eq!(added.status(), 202);

    let token = link_token(&app, "kamran@dmx.gov.az", "/account/confirm").await;
    let confirmed = app
        .post_json("/api/accounts/confirm", &json!({ "token": token }))
        .await;
    assert_eq!(confirmed.status(), 200);
    let token = link_token(&app, "kamran@dmx.gov.az", "/account/password").await;
    let set = app
        .post_json(
            "/api/accounts/password",
            &json!({ "token": token, "password": "yeni-emekdas-2026" }),
        )
        .await;
    assert_eq!(set.status(), 200);
    let login = app
        .post_json(
            "/api/session",
            &json!({ "email": "kamran@dmx.gov.az", "password": "yeni-emekdas-2026" }),
        )
        .await;
    let login: Value = login.json().await.unwrap();
    assert_eq!(login["step"], "second_factor");
    let enrolment = &login["enrolment"];
    assert!(
        enrolment["uri"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/Qapi:kamran%40dmx.gov.az")
    );
    assert!(
        enrolment["qr"]
            .as_str()
            .unwrap()
            .starts_with("data:image/svg+xml,")
    );

    let officers: Value = get(&app, &admin, "/api/office/officers")
        .await
        .json()
        .await
        .unwrap();
    let kamran = officers
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["email"] == "kamran@dmx.gov.az")
        .unwrap();
    assert_eq!(kamran["enrolled"], false);
    assert_eq!(kamran["signing_fin"], "F00MBEG");
    let id = kamran["account_id"].as_i64().unwrap();
    let gone = post(
        &app,
        &admin,
        &format!("/api/office/officers/{id}/deactivate"),
        json!({}),
    )
    .await;
    assert_eq!(gone.status(), 204);
    let after = app
        .post_json(
            "/api/session",
            &json!({ "email": "kamran@dmx.gov.az", "password": "yeni-emekdas-2026" }),
        )
        .await;
    let after: Value = after.json().await.unwrap();
    assert_eq!(
        after["step"], "logged_in",
        "a former officer is an ordinary account"
    );
    assert!(after["session"]["me"]["office"].is_null());
}

#[tokio::test]
async fn the_back_office_is_closed_to_citizens_and_to_other_agencies() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = sent_application(&app, &host).await;

    let anonymous = app.get("/api/office/queue").await;
    assert_eq!(anonymous.status(), 401);
    let citizen = get(&app, &host, "/api/office/queue").await;
    assert_eq!(citizen.status(), 403);
    assert_eq!(problems(citizen).await[0].0, "forbidden");
    let by_citizen = post(
        &app,
        &host,
        &format!("/api/office/applications/{number}/decision"),
        json!({ "action": "accept", "version": 3 }),
    )
    .await;
    assert_eq!(by_citizen.status(), 403);

    let other = app.log_in_officer(OTHER_AGENCY).await;
    let queue: Value = get(&app, &other, "/api/office/queue")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue["rows"], json!([]));
    let theirs = get(&app, &other, &format!("/api/office/applications/{number}")).await;
    assert_eq!(
        theirs.status(),
        404,
        "another agency's application does not exist for them"
    );
    let decided = post(
        &app,
        &other,
        &format!("/api/office/applications/{number}/decision"),
        json!({ "action": "accept", "version": 3 }),
    )
    .await;
    assert_eq!(decided.status(), 404);
    let hosts = get(&app, &other, "/api/office/hosts").await;
    assert_eq!(hosts.status(), 403);
    let admin = app.log_in_officer(ADMINISTRATOR).await;
    let queue_for_admin = get(&app, &admin, "/api/office/queue").await;
    assert_eq!(
        queue_for_admin.status(),
        403,
        "an administrator manages accounts, not cases"
    );
    assert_eq!(
        problems(queue_for_admin).await[0].0,
        "not_for_your_role",
        "an officer on duty is told the role does not allow it, not to log in as staff"
    );
}

#[tokio::test]
async fn an_officer_returns_an_application_and_accepts_the_correction_with_a_verifiable_result() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = sent_application(&app, &host).await;
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;

    let queue: Value = get(&app, &officer, "/api/office/queue")
        .await
        .json()
        .await
        .unwrap();
    let row = &queue["rows"][0];
    assert_eq!(row["number"], json!(number));
    assert_eq!(row["applicant"], "Əliyeva Leyla");
    assert!(
        row["due_on"].is_string(),
        "a same-day service has a due date"
    );
    assert_eq!(row["overdue"], false);
    let by_number: Value = get(&app, &officer, &format!("/api/office/queue?q={number}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(by_number["rows"].as_array().unwrap().len(), 1);
    let by_name: Value = get(&app, &officer, "/api/office/queue?q=leyla")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(by_name["rows"].as_array().unwrap().len(), 1);
    let bogus = get(&app, &officer, "/api/office/queue?status=bogus").await;
    assert_eq!(bogus.status(), 400);
    assert_eq!(problems(bogus).await[0].0, "malformed_query");
    let nobody: Value = get(&app, &officer, "/api/office/queue?q=Müller%25")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(nobody["rows"], json!([]), "a % is a letter, not a wildcard");

    let seen: Value = get(
        &app,
        &officer,
        &format!("/api/office/applications/{number}"),
    )
    .await
    .json()
    .await
    .unwrap();
    let file = seen["files"][0]["id"].as_str().unwrap().to_owned();
    let scan = get(&app, &officer, &format!("/api/office/files/{file}")).await;
    assert_eq!(scan.status(), 200);
    assert!(
        scan.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("inline")
    );
    assert!(scan.bytes().await.unwrap().starts_with(b"%PDF"));

    let took = post(
        &app,
        &officer,
        &format!("/api/office/applications/{number}/assign"),
        json!({ "officer": 0, "version": seen["application"]["version"] }),
    )
    .await;
    assert_eq!(
        took.status(),
        403,
        "an officer takes work for themselves only"
    );

    let no_reason = decide(&app, &officer, &number, json!({ "action": "return" })).await;
    assert_eq!(
        problems(no_reason).await,
        [("required".into(), Some("note".into()))]
    );
    let returned = decide(
        &app,
        &officer,
        &number,
        json!({ "action": "return", "note": "Pasportun skanı oxunmur", "fields_to_fix": ["scan"] }),
    )
    .await;
    assert_eq!(returned.status(), 204);
    let view: Value = get(&app, &host, &format!("/api/applications/{number}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(view["status"], "returned");
    assert_eq!(view["fields_to_fix"], json!(["scan"]));
    assert_eq!(view["viewers"][0]["role"], "officer");
    assert_eq!(
        view["viewers"][0]["agency"]["az"],
        "Dövlət Miqrasiya Xidməti"
    );
    assert!(
        view["viewers"][0].get("name").is_none(),
        "the officer's name is not shown"
    );
    assert_eq!(
        view["viewers"].as_array().unwrap().len(),
        1,
        "each officer once, however often they opened it: {}",
        view["viewers"]
    );
    assert_eq!(view["viewers"][0]["looked_at"].as_array().unwrap().len(), 1);
    let told = &app.mails_to("leyla@mail.az").await[0];
    assert!(
        told["body"]
            .as_str()
            .unwrap()
            .contains("Pasportun skanı oxunmur")
    );

    let early = decide(&app, &officer, &number, json!({ "action": "accept" })).await;
    assert_eq!(problems(early).await[0].0, "status_change_not_allowed");

    let fixed = submit(&app, &host, &number, view["version"].as_i64().unwrap()).await;
    assert_eq!(fixed.status(), 200);
    let accepted = decide(&app, &officer, &number, json!({ "action": "accept" })).await;
    assert_eq!(accepted.status(), 204);
    let view: Value = get(&app, &host, &format!("/api/applications/{number}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(view["status"], "accepted");
    let statuses: Vec<&str> = view["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["draft", "submitted", "returned", "resubmitted", "accepted"]
    );

    let code = view["result"].as_str().unwrap().to_owned();
    let pdf = pdf_text(
        get(
            &app,
            &host,
            &format!("/api/applications/{number}/result.pdf"),
        )
        .await,
    )
    .await;
    let checked = app
        .get(&format!(
            "/api/verify/{}",
            code.to_lowercase().replace('-', " ")
        ))
        .await;
    assert_eq!(
        checked.status(),
        200,
        "anyone checks the code, however they type it"
    );
    let checked: Value = checked.json().await.unwrap();
    assert_eq!(checked["number"], json!(number));
    assert_eq!(checked["decision"], "accepted");
    assert_eq!(checked["applicant"], "Əliyeva Leyla");
    assert_eq!(
        checked["applicant_from_registry"], false,
        "a host who registered without a FIN typed her own name"
    );
    assert_eq!(checked["subject"][0], "Əcnəbi: Anna Müller");
    // The PDF prints what the verify page shows: each answer, labelled as on the form.
    let subject = checked["subject"].as_array().unwrap();
    assert!(subject.len() > 10, "{subject:?}");
    assert_prints(&pdf, &checked);
    assert_eq!(app.get("/api/verify/AAAA-BBBB-CCCC").await.status(), 404);

    let other = verified_host(&app, "aydan@mail.az").await;
    let not_theirs = get(
        &app,
        &other,
        &format!("/api/applications/{number}/result.pdf"),
    )
    .await;
    assert_eq!(not_theirs.status(), 404);

    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let audit: Value = get(&app, &supervisor, "/api/office/audit")
        .await
        .json()
        .await
        .unwrap();
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "viewed",
        "viewed_file",
        "returned",
        "accepted",
        "verified_host",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
    let by_officer = get(&app, &officer, "/api/office/audit").await;
    assert_eq!(by_officer.status(), 403);
}

#[tokio::test]
async fn of_two_officers_deciding_at_once_one_wins_and_the_other_is_told() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = sent_application(&app, &host).await;
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let seen: Value = get(
        &app,
        &officer,
        &format!("/api/office/applications/{number}"),
    )
    .await
    .json()
    .await
    .unwrap();
    let version = seen["application"]["version"].clone();
    let path = format!("/api/office/applications/{number}/decision");
    let (a, b) = tokio::join!(
        post(
            &app,
            &officer,
            &path,
            json!({ "action": "accept", "version": version, "pin": SIGNING_PIN })
        ),
        post(
            &app,
            &supervisor,
            &path,
            json!({ "action": "refuse", "version": version, "note": "Sənədlər natamamdır", "pin": SIGNING_PIN })
        ),
    );
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [204, 409]);
    let loser = if a.status() == 409 { a } else { b };
    assert_eq!(problems(loser).await[0].0, "stale_version");

    let refused = sent_application(&app, &host).await;
    let no_ground = decide(&app, &officer, &refused, json!({ "action": "refuse" })).await;
    let found = problems(no_ground).await;
    assert!(
        found.contains(&("required".into(), Some("note".into()))),
        "{found:?}"
    );
}

#[tokio::test]
async fn a_supervisor_hands_an_application_to_a_colleague() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = sent_application(&app, &host).await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let officers: Value = get(&app, &supervisor, "/api/office/officers")
        .await
        .json()
        .await
        .unwrap();
    let leyla = officers
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["email"] == MIGRATION_OFFICER)
        .unwrap()["account_id"]
        .clone();
    let seen: Value = get(
        &app,
        &supervisor,
        &format!("/api/office/applications/{number}"),
    )
    .await
    .json()
    .await
    .unwrap();
    let assigned = post(
        &app,
        &supervisor,
        &format!("/api/office/applications/{number}/assign"),
        json!({ "officer": leyla, "version": seen["application"]["version"] }),
    )
    .await;
    assert_eq!(assigned.status(), 204);
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let mine: Value = get(&app, &officer, "/api/office/queue?mine=true")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["rows"][0]["number"], json!(number));
    assert_eq!(mine["rows"][0]["status"], "in_review");
    assert_eq!(mine["rows"][0]["assigned_to"], "Məmmədova Leyla");
    let to_stranger = post(
        &app,
        &supervisor,
        &format!("/api/office/applications/{number}/assign"),
        json!({ "officer": 999, "version": seen["application"]["version"].as_i64().unwrap() + 1 }),
    )
    .await;
    assert_eq!(problems(to_stranger).await[0].0, "not_an_officer_here");
}

#[tokio::test]
async fn a_late_answer_is_announced_once_to_the_applicant_and_the_agency() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = sent_application(&app, &host).await;
    let view: Value = get(&app, &host, &format!("/api/applications/{number}"))
        .await
        .json()
        .await
        .unwrap();
    let due = app::domain::CalendarDate::parse(view["due_on"].as_str().unwrap()).unwrap();

    assert_eq!(
        app.deadlines.tell_overdue(due).await.unwrap(),
        0,
        "due today is not late"
    );
    let later = due.plus_days(1);
    assert_eq!(app.deadlines.tell_overdue(later).await.unwrap(), 1);
    assert_eq!(
        app.deadlines.tell_overdue(later).await.unwrap(),
        0,
        "told once"
    );
    let to_host = app.mails_to("leyla@mail.az").await;
    assert!(
        to_host[0]["subject"].as_str().unwrap().contains("gecikir"),
        "{}",
        to_host[0]
    );
    assert!(
        to_host[0]["body"]
            .as_str()
            .unwrap()
            .contains(&due.to_string())
    );
    let to_supervisor = app.mails_to(SUPERVISOR).await;
    assert!(
        to_supervisor[0]["body"]
            .as_str()
            .unwrap()
            .contains(&format!("/office/applications/{number}"))
    );
    assert!(
        app.mails_to(MIGRATION_OFFICER).await.is_empty(),
        "no one took it: the supervisors are told"
    );

    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let overdue: Value = get(&app, &officer, "/api/office/queue?overdue=true")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        overdue["rows"],
        json!([]),
        "the queue counts from today, when it is not late yet"
    );
}

/// A host's application the officer refused: the host and its number.
async fn refused_application(app: &TestApp) -> (LoggedIn, String) {
    let host = verified_host(app, "leyla@mail.az").await;
    let number = sent_application(app, &host).await;
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    refuse(app, &officer, &number).await;
    (host, number)
}

/// The officer refuses the application, so its applicant may complain of the decision.
async fn refuse(app: &TestApp, officer: &LoggedIn, number: &str) {
    let refused = decide(
        app,
        officer,
        number,
        json!({ "action": "refuse", "note": "Sənəd etibarsızdır" }),
    )
    .await;
    assert_eq!(refused.status(), 204);
}

#[tokio::test]
async fn a_complaint_sent_from_eight_tabs_at_once_is_filed_once() {
    let app = spawn_app().await;
    let (host, number) = refused_application(&app).await;
    let path = format!("/api/applications/{number}/complaints");
    let body = json!({ "text": "Pasport etibarlıdır, yenidən baxın" });
    let sent = (0..8).map(|_| post(&app, &host, &path, body.clone()));
    let statuses = statuses_at_once(sent).await;
    assert_eq!(count(&statuses, 201), 1, "{statuses:?}");
    assert_eq!(count(&statuses, 409), 7, "{statuses:?}");
}

#[tokio::test]
async fn a_complaint_answered_from_four_tabs_at_once_is_answered_once() {
    let app = spawn_app().await;
    let (host, number) = refused_application(&app).await;
    let path = format!("/api/applications/{number}/complaints");
    let filed = post(&app, &host, &path, json!({ "text": "Yenidən baxın" })).await;
    assert_eq!(filed.status(), 201);
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let id = filed.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let answer_path = format!("/api/office/complaints/{id}/answer");
    let answers = (0..4).map(|tab| {
        post(
            &app,
            &supervisor,
            &answer_path,
            json!({ "answer": format!("Cavab {tab}") }),
        )
    });
    let statuses = statuses_at_once(answers).await;
    assert_eq!(count(&statuses, 204), 1, "{statuses:?}");
    assert_eq!(count(&statuses, 404), 3, "{statuses:?}");
    let told = app.mails_to("leyla@mail.az").await;
    let answered = told
        .iter()
        .filter(|mail| mail["body"].as_str().unwrap().contains("Cavab "))
        .count();
    assert_eq!(answered, 1, "the applicant is told one answer");
}

#[tokio::test]
async fn a_complaint_about_a_decision_goes_to_the_supervisor_and_the_answer_to_the_applicant() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = sent_application(&app, &host).await;
    let path = format!("/api/applications/{number}/complaints");
    let early = post(&app, &host, &path, json!({ "text": "Razı deyiləm" })).await;
    assert_eq!(
        problems(early).await[0].0,
        "status_change_not_allowed",
        "only a decision"
    );

    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    refuse(&app, &officer, &number).await;
    let empty = post(&app, &host, &path, json!({ "text": "  " })).await;
    assert_eq!(
        problems(empty).await,
        [("required".into(), Some("text".into()))]
    );
    let filed = post(
        &app,
        &host,
        &path,
        json!({ "text": "Pasport etibarlıdır, yenidən baxın" }),
    )
    .await;
    assert_eq!(filed.status(), 201);
    let filed: Value = filed.json().await.unwrap();
    assert!(filed["due_on"].is_string(), "a due date of its own");
    let twice = post(&app, &host, &path, json!({ "text": "Yenə" })).await;
    assert_eq!(problems(twice).await[0].0, "complaint_open");

    let by_officer = get(&app, &officer, "/api/office/complaints").await;
    assert_eq!(by_officer.status(), 403, "complaints go to the supervisor");
    let other = app.log_in_officer(OTHER_AGENCY).await;
    assert_eq!(
        get(&app, &other, "/api/office/complaints").await.status(),
        403
    );
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let waiting: Value = get(&app, &supervisor, "/api/office/complaints")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(waiting[0]["number"], json!(number));
    let id = waiting[0]["complaint"]["id"].as_i64().unwrap();
    let answer_path = format!("/api/office/complaints/{id}/answer");
    let blank = post(&app, &supervisor, &answer_path, json!({})).await;
    assert_eq!(
        problems(blank).await,
        [("required".into(), Some("answer".into()))]
    );
    let answered = post(
        &app,
        &supervisor,
        &answer_path,
        json!({ "answer": "Yenidən baxıldı: qərar qüvvədədir." }),
    )
    .await;
    assert_eq!(answered.status(), 204);
    let again = post(&app, &supervisor, &answer_path, json!({ "answer": "x" })).await;
    assert_eq!(again.status(), 404, "answered once");

    let view: Value = get(&app, &host, &format!("/api/applications/{number}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        view["complaints"][0]["answer"],
        "Yenidən baxıldı: qərar qüvvədədir."
    );
    let told = &app.mails_to("leyla@mail.az").await[0];
    assert!(
        told["body"].as_str().unwrap().contains("qərar qüvvədədir"),
        "{told}"
    );
    let next = post(
        &app,
        &host,
        &path,
        json!({ "text": "Məhkəməyə qədər son dəfə" }),
    )
    .await;
    assert_eq!(
        next.status(),
        201,
        "an answered complaint leaves room for another"
    );
}

#[tokio::test]
async fn a_complaints_documents_are_the_applicants_own_and_the_agency_reads_them_audited() {
    let app = spawn_app().await;
    let (host, number) = refused_application(&app).await;
    let path = format!("/api/applications/{number}/complaints");

    let stranger = verified_host(&app, "rauf@mail.az").await;
    let theirs = upload(&app, &stranger, COMPLAINT_PDF, "rauf.pdf").await;
    assert_eq!(theirs.status(), 201);
    let theirs: Value = theirs.json().await.unwrap();
    let borrowed = post(
        &app,
        &host,
        &path,
        json!({ "text": "Razı deyiləm", "files": [theirs] }),
    )
    .await;
    assert_eq!(
        problems(borrowed).await,
        [("file_unknown".into(), Some("files".into()))],
        "someone else's file"
    );

    let own = upload(&app, &host, COMPLAINT_PDF, "etiraz.pdf").await;
    assert_eq!(own.status(), 201);
    let mut own: Value = own.json().await.unwrap();
    let file = own["id"].as_str().unwrap().to_owned();
    // What the complaint keeps of it is what was uploaded, whatever the form says.
    own["name"] = json!("başqa ad.exe");
    let filed = post(
        &app,
        &host,
        &path,
        json!({ "text": "Pasport etibarlıdır, əlavəyə baxın", "files": [own] }),
    )
    .await;
    assert_eq!(filed.status(), 201);

    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let waiting: Value = get(&app, &supervisor, "/api/office/complaints")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(waiting[0]["complaint"]["files"][0]["id"], json!(file));
    assert_eq!(waiting[0]["complaint"]["files"][0]["name"], "etiraz.pdf");
    let read = get(&app, &supervisor, &format!("/api/office/files/{file}")).await;
    assert_eq!(read.status(), 200);
    assert!(read.bytes().await.unwrap().starts_with(b"%PDF"));
    let audit: Value = get(&app, &supervisor, "/api/office/audit")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "viewed_file"
                && e["subject"] == "etiraz.pdf"
                && e["number"] == json!(number)),
        "{audit}"
    );

    let other = app.log_in_officer(OTHER_AGENCY).await;
    assert_eq!(
        get(&app, &other, &format!("/api/office/files/{file}"))
            .await
            .status(),
        404,
        "another agency's officer"
    );

    let view: Value = get(&app, &host, &format!("/api/applications/{number}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(view["complaints"][0]["files"][0]["name"], "etiraz.pdf");
}

#[tokio::test]
async fn the_authenticator_keys_are_sealed_in_the_database() {
    let app = spawn_app().await;
    // A login reads the key back through the seal.
    app.log_in_officer(MIGRATION_OFFICER).await;
    let keys: Vec<(String,)> = sqlx::query_as("SELECT totp_secret FROM officers")
        .fetch_all(&app.database().await)
        .await
        .unwrap();
    assert!(!keys.is_empty());
    for (stored,) in keys {
        assert!(stored.starts_with("sealed1:"), "{stored}");
        assert!(!stored.contains("QAPIDEMO"), "{stored}");
    }
}

#[tokio::test]
async fn the_queue_finds_an_applicant_by_any_part_of_the_name_either_way_round() {
    let app = spawn_app().await;
    let host = verified_host(&app, "leyla@mail.az").await;
    let number = sent_application(&app, &host).await;
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let found = |q: &'static str| {
        let (app, officer) = (&app, &officer);
        async move {
            let page: Value = get(app, officer, &format!("/api/office/queue?q={q}"))
                .await
                .json()
                .await
                .unwrap();
            page["rows"]
                .as_array()
                .unwrap()
                .iter()
                .map(|row| row["number"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    for q in [
        "Leyla",
        "LEYLA",
        "%C6%8Fliyeva%20Leyla",
        "Leyla%20%C6%8Fliyeva",
        "yla%20%C6%8Fli",
        "ey",
    ] {
        assert_eq!(found(q).await, std::slice::from_ref(&number), "{q}");
    }
    // The index holds the name's two orders in one text, a line between them: a search that
    // spans the line finds nobody.
    for q in [
        "Leyla%20Leyla",
        "Leyla%0ALeyla",
        "Aysel",
        "Le%25la",
        "Le_la",
    ] {
        assert!(found(q).await.is_empty(), "{q}");
    }
    let other = app.log_in_officer(OTHER_AGENCY).await;
    let elsewhere: Value = get(&app, &other, "/api/office/queue?q=Leyla")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(elsewhere["rows"], json!([]), "another agency's applicant");
}
