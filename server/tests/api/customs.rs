//! The customs committee's copies of clearance documents: the obligation first, each document
//! checked and filed as an application of the service, the search by period with both days
//! included, and the customs officer's word on each copy.

use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::registered_account;
use crate::helpers::{
    LoggedIn, TestApp, assert_prints, call, pdf_text, problems, spawn_app, subject_lines,
};
use crate::place_of_stay::{MIGRATION_OFFICER, decide, submit, uploaded_page};

const CUSTOMS_OFFICER: &str = "customs@demo.qapi.az";
const PASSWORD: &str = "gömrük şifrəsi 2026";

async fn declarant(app: &TestApp, email: &str) -> LoggedIn {
    registered_account(app, email, None, PASSWORD).await;
    app.log_in(email, PASSWORD).await
}

async fn get(app: &TestApp, session: &LoggedIn, path: &str) -> reqwest::Response {
    app.as_logged_in(session, Method::GET, path)
        .send()
        .await
        .unwrap()
}

fn document(page: &Value) -> Value {
    json!({
        "declaration_number": "10002010/151126/0004512",
        "document_type": "invoice",
        "document_date": "2026-11-10",
        "description": "Hesab-faktura No. 17",
        "scan": [page],
        "email": "muhasib@tacir.az",
    })
}

async fn new_draft(app: &TestApp, session: &LoggedIn) -> reqwest::Response {
    call(
        app,
        session,
        Method::POST,
        "/api/applications",
        json!({ "service": "7.8" }),
    )
    .await
}

/// A draft with `form`, saved and sent: the submit's answer.
async fn file(app: &TestApp, session: &LoggedIn, form: &Value) -> (String, reqwest::Response) {
    let draft: Value = new_draft(app, session).await.json().await.unwrap();
    let number = draft["number"].as_str().unwrap().to_owned();
    let saved = call(
        app,
        session,
        Method::PUT,
        &format!("/api/applications/{number}"),
        json!({ "version": draft["version"], "form": form }),
    )
    .await;
    assert_eq!(saved.status(), 200);
    let saved: Value = saved.json().await.unwrap();
    let version = saved["version"].as_i64().unwrap();
    (number.clone(), submit(app, session, &number, version).await)
}

async fn accepted_obligation(app: &TestApp, session: &LoggedIn) -> Value {
    let accepted = call(
        app,
        session,
        Method::POST,
        "/api/customs/obligation",
        json!({}),
    )
    .await;
    assert_eq!(accepted.status(), 201);
    accepted.json().await.unwrap()
}

#[tokio::test]
async fn no_document_is_filed_before_the_obligation_and_the_first_acceptance_stands() {
    let app = spawn_app().await;
    let session = declarant(&app, "tacir@mail.az").await;
    let overview: Value = get(&app, &session, "/api/customs")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(overview, json!({ "count": 0, "obligation": null }));

    let refused = new_draft(&app, &session).await;
    assert_eq!(refused.status(), 409);
    assert_eq!(problems(refused).await[0].0, "obligation_not_accepted");
    assert_eq!(
        get(&app, &session, "/api/customs/obligation.pdf")
            .await
            .status(),
        404
    );

    let first = accepted_obligation(&app, &session).await;
    assert_eq!(first["surname"], "Nəsirov");
    assert_eq!(first["version"], 1);
    let again = accepted_obligation(&app, &session).await;
    assert_eq!(again["accepted_at"], first["accepted_at"]);
    let overview: Value = get(&app, &session, "/api/customs")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(overview["obligation"], first);

    let pdf = get(&app, &session, "/api/customs/obligation.pdf").await;
    assert_eq!(pdf.status(), 200);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"));

    let anonymous = app.get("/api/customs").await;
    assert_eq!(anonymous.status(), 401);
}

#[tokio::test]
async fn each_rule_of_the_document_is_checked_when_it_is_sent() {
    let app = spawn_app().await;
    let session = declarant(&app, "tacir@mail.az").await;
    accepted_obligation(&app, &session).await;
    let page = uploaded_page(&app, &session).await;

    let mut later = document(&page);
    later["document_date"] = json!("2026-11-16");
    let (_, refused) = file(&app, &session, &later).await;
    assert_eq!(refused.status(), 422);
    assert_eq!(
        problems(refused).await,
        [(
            "document_after_declaration".to_owned(),
            Some("document_date".to_owned())
        )]
    );

    let mut wrong = document(&page);
    wrong["declaration_number"] = json!("AZ-12345");
    wrong["document_type"] = json!("poem");
    wrong["scan"] = json!([]);
    wrong["email"] = json!("not an address");
    let (_, refused) = file(&app, &session, &wrong).await;
    assert_eq!(
        problems(refused).await,
        [
            (
                "invalid_declaration_number".to_owned(),
                Some("declaration_number".to_owned())
            ),
            (
                "unknown_choice".to_owned(),
                Some("document_type".to_owned())
            ),
            ("required".to_owned(), Some("scan".to_owned())),
            ("invalid_email".to_owned(), Some("email".to_owned())),
        ]
    );

    let other = declarant(&app, "başqası@mail.az").await;
    let someone_elses = uploaded_page(&app, &other).await;
    let (_, refused) = file(&app, &session, &document(&someone_elses)).await;
    assert_eq!(problems(refused).await[0].0, "file_unknown");

    let not_a_form = call(
        &app,
        &session,
        Method::PUT,
        &format!(
            "/api/applications/{}",
            new_draft(&app, &session)
                .await
                .json::<Value>()
                .await
                .unwrap()["number"]
                .as_str()
                .unwrap()
        ),
        json!({ "version": 1, "form": { "scan": "not pages" } }),
    )
    .await;
    assert_eq!(not_a_form.status(), 400);
}

#[tokio::test]
async fn the_search_by_period_includes_both_days_and_only_ones_own_documents() {
    let app = spawn_app().await;
    let session = declarant(&app, "tacir@mail.az").await;
    accepted_obligation(&app, &session).await;
    let page = uploaded_page(&app, &session).await;
    let (number, sent) = file(&app, &session, &document(&page)).await;
    assert_eq!(sent.status(), 200);
    let sent: Value = sent.json().await.unwrap();
    assert_eq!(sent["status"], "submitted");
    let receipt = app.mails_to("muhasib@tacir.az").await;
    assert!(
        receipt
            .iter()
            .any(|m| m["subject"].as_str().unwrap().contains(&number)),
        "the receipt goes to the address given with the document (rule 7.1.2): {receipt:?}"
    );
    // A draft not sent is neither counted nor found.
    new_draft(&app, &session).await;

    let today = server::calendar::today();
    let search = |from: String, to: String| {
        let (app, session) = (&app, &session);
        async move {
            get(
                app,
                session,
                &format!("/api/customs/documents?from={from}&to={to}"),
            )
            .await
        }
    };
    let found: Value = search(today.iso(), today.iso()).await.json().await.unwrap();
    let documents = found["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 1, "a one-day period includes that day");
    assert_eq!(documents[0]["number"], json!(number));
    assert_eq!(
        documents[0]["summary"]["declaration_number"],
        "10002010/151126/0004512"
    );
    let before: Value = search(today.plus_days(-30).iso(), today.plus_days(-1).iso())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(before["documents"], json!([]));
    let open_ended: Value = search(String::new(), String::new())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(open_ended["documents"].as_array().unwrap().len(), 1);
    let reversed = search(today.iso(), today.plus_days(-1).iso()).await;
    assert_eq!(reversed.status(), 422);
    assert_eq!(
        problems(reversed).await,
        [("period_reversed".to_owned(), Some("to".to_owned()))]
    );
    let garbled = search("dünən".into(), String::new()).await;
    assert_eq!(problems(garbled).await[0].0, "invalid_date");
    let overview: Value = get(&app, &session, "/api/customs")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(overview["count"], 1);

    let other = declarant(&app, "başqası@mail.az").await;
    let theirs: Value = get(&app, &other, "/api/customs/documents")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(theirs["documents"], json!([]));
    assert_eq!(
        get(&app, &other, &format!("/api/applications/{number}"))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn a_customs_officer_asks_for_a_better_copy_and_accepts_the_new_one() {
    let app = spawn_app().await;
    let session = declarant(&app, "tacir@mail.az").await;
    accepted_obligation(&app, &session).await;
    let page = uploaded_page(&app, &session).await;
    let (number, _) = file(&app, &session, &document(&page)).await;

    let migration = app.log_in_officer(MIGRATION_OFFICER).await;
    assert_eq!(
        get(
            &app,
            &migration,
            &format!("/api/office/applications/{number}")
        )
        .await
        .status(),
        404,
        "another agency's officer does not see it"
    );
    let officer = app.log_in_officer(CUSTOMS_OFFICER).await;
    let queue: Value = get(&app, &officer, "/api/office/queue")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(queue["rows"][0]["number"], json!(number));
    let not_its_field = decide(
        &app,
        &officer,
        &number,
        json!({ "action": "return", "note": "Pasport?", "fields_to_fix": ["passport_number"] }),
    )
    .await;
    assert_eq!(
        problems(not_its_field).await,
        [(
            "unknown_choice".to_owned(),
            Some("fields_to_fix".to_owned())
        )]
    );
    let returned = decide(
        &app,
        &officer,
        &number,
        json!({ "action": "return", "note": "Surət oxunmur", "fields_to_fix": ["scan"] }),
    )
    .await;
    assert_eq!(returned.status(), 204);

    let back: Value = get(&app, &session, &format!("/api/applications/{number}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(back["status"], "returned");
    assert_eq!(back["fields_to_fix"], json!(["scan"]));
    let clearer = uploaded_page(&app, &session).await;
    let saved: Value = call(
        &app,
        &session,
        Method::PUT,
        &format!("/api/applications/{number}"),
        json!({ "version": back["version"], "form": document(&clearer) }),
    )
    .await
    .json()
    .await
    .unwrap();
    let resent = submit(&app, &session, &number, saved["version"].as_i64().unwrap()).await;
    assert_eq!(resent.status(), 200);
    assert_eq!(
        resent.json::<Value>().await.unwrap()["status"],
        "resubmitted"
    );

    let accepted = decide(&app, &officer, &number, json!({ "action": "accept" })).await;
    assert_eq!(accepted.status(), 204);
    let done: Value = get(&app, &session, &format!("/api/applications/{number}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(done["status"], "accepted");
    let code = done["result"].as_str().unwrap();
    let verified = app.get_json(&format!("/api/verify/{code}")).await;
    let subject = subject_lines(&verified);
    // Every value the declarant typed is on the result document.
    for value in [
        "10002010/151126/0004512",
        "Hesab-faktura (invoys)",
        "Təsviri: Hesab-faktura No. 17",
    ] {
        assert!(
            subject.iter().any(|line| line.contains(value)),
            "{value}: {verified}"
        );
    }
    let pdf = pdf_text(
        get(
            &app,
            &session,
            &format!("/api/applications/{number}/result.pdf"),
        )
        .await,
    )
    .await;
    assert_prints(&pdf, &verified);
}
