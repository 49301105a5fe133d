//! Rules 11.6–11.7: a letter to an agency, its receipt by e-mail, read by the agency, forwarded
//! to the agency it concerns, more information asked for and given, answered; another person's
//! letter and another agency's are not found; two officers answering at once answer once.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{LoggedIn, TestApp, call, problems, read, spawn_app};
use crate::place_of_stay::{MIGRATION_OFFICER, SIGNING_PIN, uploaded_page, verified_host};

/// The State Migration Service, where `MIGRATION_OFFICER` works.
const MIGRATION: u16 = 33;
/// The Ministry of Internal Affairs and its demo officer.
const POLICE: u16 = 10;
const POLICE_OFFICER: &str = "police@demo.qapi.az";
const SUPERVISOR: &str = "supervisor@demo.qapi.az";

async fn send(app: &TestApp, session: &LoggedIn, body: Value) -> reqwest::Response {
    call(app, session, Method::POST, "/api/letters", body).await
}

/// The officer's step on the letter, signed with their PIN unless the body says otherwise.
async fn step(
    app: &TestApp,
    officer: &LoggedIn,
    number: &str,
    mut body: Value,
) -> reqwest::Response {
    if body.get("pin").is_none() {
        body["pin"] = json!(SIGNING_PIN);
    }
    call(
        app,
        officer,
        Method::POST,
        &format!("/api/office/letters/{number}"),
        body,
    )
    .await
}

async fn sent_letter(app: &TestApp, session: &LoggedIn) -> String {
    let page = uploaded_page(app, session).await;
    let sent = send(
        app,
        session,
        json!({
            "agency": MIGRATION,
            "subject": "Yaşayış icazəsinin müddəti",
            "text": "Yaşayış icazəmin müddəti bitir. Uzatmaq üçün hansı sənədlər lazımdır?",
            "files": [page],
        }),
    )
    .await;
    assert_eq!(sent.status(), 201);
    let letter: Value = sent.json().await.unwrap();
    letter["number"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_letter_is_received_read_forwarded_asked_about_and_answered() {
    let app = spawn_app().await;
    let person = verified_host(&app, "leyla@mail.az").await;

    let empty = send(&app, &person, json!({ "files": [] })).await;
    assert_eq!(empty.status(), 422);
    let every = problems(empty).await;
    for field in ["agency", "subject", "text"] {
        assert!(
            every.contains(&("required".into(), Some(field.into()))),
            "{field}: {every:?}"
        );
    }
    let unknown = send(
        &app,
        &person,
        json!({ "agency": 999, "subject": "Sual", "text": "Mətn" }),
    )
    .await;
    assert_eq!(
        problems(unknown).await,
        vec![("unknown_agency".into(), Some("agency".into()))]
    );

    let number = sent_letter(&app, &person).await;
    assert!(number.starts_with("M-20"), "{number}");
    // The mailbox lists the newest first.
    let receipt = &app.mails_to("leyla@mail.az").await[0];
    assert!(receipt["subject"].as_str().unwrap().contains(&number));
    assert!(
        receipt["body"]
            .as_str()
            .unwrap()
            .contains("Yaşayış icazəsinin müddəti")
    );
    let mine = read(&app, &person, "/api/letters").await;
    assert_eq!(mine[0]["number"], number.as_str());
    assert_eq!(mine[0]["status"], "sent");
    assert_eq!(mine[0]["read"], false);

    // The migration service reads it: the sender sees it was read.
    let migration = app.log_in_officer(MIGRATION_OFFICER).await;
    let queue = read(&app, &migration, "/api/office/letters").await;
    assert_eq!(queue[0]["number"], number.as_str());
    assert_eq!(queue[0]["sender"], "Əliyeva Leyla");
    let letter = read(&app, &migration, &format!("/api/office/letters/{number}")).await;
    let page = &letter["letter"]["messages"][0]["files"][0];
    let scan = call(
        &app,
        &migration,
        Method::GET,
        &format!(
            "/api/office/letters/{number}/files/{}",
            page["id"].as_str().unwrap()
        ),
        Value::Null,
    )
    .await;
    assert_eq!(scan.status(), 200);
    let seen = read(&app, &person, &format!("/api/letters/{number}")).await;
    assert!(seen["read_at"].as_str().is_some(), "{seen}");

    // It concerns the police: forwarded, the sender told where it went.
    let nowhere = step(
        &app,
        &migration,
        &number,
        json!({ "action": "forward", "text": "Aidiyyəti üzrə" }),
    )
    .await;
    assert_eq!(
        problems(nowhere).await,
        vec![("required".into(), Some("agency".into()))]
    );
    let forwarded = step(
        &app,
        &migration,
        &number,
        json!({ "action": "forward", "agency": POLICE, "text": "Məsələ Daxili İşlər Nazirliyinə aiddir" }),
    )
    .await;
    assert_eq!(forwarded.status(), 204);
    let gone = call(
        &app,
        &migration,
        Method::GET,
        &format!("/api/office/letters/{number}"),
        Value::Null,
    )
    .await;
    assert_eq!(gone.status(), 404, "the letter is with the police now");
    let told = app.mails_to("leyla@mail.az").await;
    assert!(
        told[0]["body"]
            .as_str()
            .unwrap()
            .contains("Daxili İşlər Nazirliyinə aiddir")
    );
    let moved = read(&app, &person, &format!("/api/letters/{number}")).await;
    assert_eq!(
        moved["read_at"],
        Value::Null,
        "the police have not read it yet"
    );
    assert_eq!(moved["messages"][1]["kind"], "forwarded");
    assert!(
        moved["messages"][1]["to"]["az"]
            .as_str()
            .unwrap()
            .contains("Daxili")
    );

    // The police ask for more, signing with the PIN; the sender replies; the police answer.
    let police = app.log_in_officer(POLICE_OFFICER).await;
    let unsigned = step(
        &app,
        &police,
        &number,
        json!({ "action": "ask_more", "text": "Nömrəni yazın", "pin": "1111" }),
    )
    .await;
    assert_eq!(
        problems(unsigned).await,
        vec![("signing_pin_wrong".into(), Some("pin".into()))]
    );
    let asked = step(
        &app,
        &police,
        &number,
        json!({ "action": "ask_more", "text": "Yaşayış icazənizin nömrəsini yazın" }),
    )
    .await;
    assert_eq!(asked.status(), 204);
    let again = step(
        &app,
        &police,
        &number,
        json!({ "action": "answer", "text": "Cavab" }),
    )
    .await;
    assert_eq!(again.status(), 409, "nothing is waiting for the agency");
    let replied = call(
        &app,
        &person,
        Method::POST,
        &format!("/api/letters/{number}/replies"),
        json!({ "text": "İcazənin nömrəsi: AZ-123456" }),
    )
    .await;
    assert_eq!(replied.status(), 201);
    let answered = step(
        &app,
        &police,
        &number,
        json!({ "action": "answer", "text": "Uzatmaq üçün pasport və icazənin surəti lazımdır" }),
    )
    .await;
    assert_eq!(answered.status(), 204);

    let thread = read(&app, &person, &format!("/api/letters/{number}")).await;
    assert_eq!(thread["status"], "answered");
    let kinds: Vec<&str> = thread["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["letter", "forwarded", "more_asked", "reply", "answer"]
    );
    let last = app.mails_to("leyla@mail.az").await;
    assert!(
        last[0]["body"]
            .as_str()
            .unwrap()
            .contains("pasport və icazənin surəti")
    );
}

#[tokio::test]
async fn another_persons_letter_and_another_agencys_are_not_found() {
    let app = spawn_app().await;
    let person = verified_host(&app, "leyla@mail.az").await;
    let number = sent_letter(&app, &person).await;

    let stranger = verified_host(&app, "kamran@mail.az").await;
    for path in [
        format!("/api/letters/{number}"),
        format!("/api/office/letters/{number}"),
    ] {
        let response = call(&app, &stranger, Method::GET, &path, Value::Null).await;
        assert!(matches!(response.status().as_u16(), 403 | 404), "{path}");
    }
    let reply = call(
        &app,
        &stranger,
        Method::POST,
        &format!("/api/letters/{number}/replies"),
        json!({ "text": "Mənim də sualım var" }),
    )
    .await;
    assert_eq!(reply.status(), 404);
    assert_eq!(read(&app, &stranger, "/api/letters").await, json!([]));

    let police = app.log_in_officer(POLICE_OFFICER).await;
    let theirs = call(
        &app,
        &police,
        Method::GET,
        &format!("/api/office/letters/{number}"),
        Value::Null,
    )
    .await;
    assert_eq!(theirs.status(), 404);
    assert_eq!(read(&app, &police, "/api/office/letters").await, json!([]));
}

#[tokio::test]
async fn two_officers_answering_at_once_answer_once() {
    let app = spawn_app().await;
    let person = verified_host(&app, "leyla@mail.az").await;
    let number = sent_letter(&app, &person).await;
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let supervisor = app.log_in_officer(SUPERVISOR).await;
    let (a, b) = tokio::join!(
        step(
            &app,
            &officer,
            &number,
            json!({ "action": "answer", "text": "Birinci cavab" })
        ),
        step(
            &app,
            &supervisor,
            &number,
            json!({ "action": "answer", "text": "İkinci cavab" })
        ),
    );
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [204, 409]);
    let thread = read(&app, &person, &format!("/api/letters/{number}")).await;
    assert_eq!(thread["messages"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn a_late_answer_to_a_letter_is_announced_once_to_its_sender_and_the_supervisors() {
    let app = spawn_app().await;
    let person = verified_host(&app, "leyla@mail.az").await;
    let number = sent_letter(&app, &person).await;
    let letter = read(&app, &person, &format!("/api/letters/{number}")).await;
    let due = app::domain::CalendarDate::parse(letter["due_on"].as_str().unwrap()).unwrap();

    assert_eq!(
        app.deadlines.tell_overdue_letters(due).await.unwrap(),
        0,
        "due today is not late"
    );
    let later = due.plus_days(1);
    let rounds =
        futures_util::future::join_all((0..4).map(|_| app.deadlines.tell_overdue_letters(later)))
            .await;
    let told: usize = rounds.into_iter().map(Result::unwrap).sum();
    assert_eq!(told, 1, "rounds at once tell once");
    let to_sender = app.mails_to("leyla@mail.az").await;
    let late = &to_sender[0];
    assert!(
        late["subject"].as_str().unwrap().contains("gecikir"),
        "{late}"
    );
    assert!(
        late["body"].as_str().unwrap().contains(&due.to_string()),
        "{late}"
    );
    let to_supervisor = app.mails_to(SUPERVISOR).await;
    assert!(
        to_supervisor[0]["body"]
            .as_str()
            .unwrap()
            .contains(&format!("/office/letters/{number}")),
        "{}",
        to_supervisor[0]
    );
    assert!(
        app.mails_to(MIGRATION_OFFICER).await.is_empty(),
        "the supervisors are told"
    );

    // Answered, it is no longer waiting: nothing more to tell.
    let officer = app.log_in_officer(MIGRATION_OFFICER).await;
    let answered = step(
        &app,
        &officer,
        &number,
        json!({ "action": "answer", "text": "Pasport və icazənin surəti lazımdır" }),
    )
    .await;
    assert_eq!(answered.status(), 204);
    assert_eq!(
        app.deadlines
            .tell_overdue_letters(later.plus_days(30))
            .await
            .unwrap(),
        0
    );
}
