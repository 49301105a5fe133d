use serde_json::{Value, json};

use super::*;
use crate::api::{ErrorCode, ReferenceItem};
use crate::domain::{CalendarDate, Lang, Qepik};

fn t(az: &str) -> Value {
    json!({ "az": az, "en": format!("{az} (en)"), "ru": format!("{az} (ru)") })
}

/// A form with a field of every kind, a condition of every test and a group.
fn every_kind() -> Value {
    json!({
        "schema": 1,
        "pages": [
            { "id": "who", "title": t("Siz"), "fields": [
                { "id": "applicant", "label": t("Ərizəçi"), "kind": { "type": "person" } },
                { "id": "phone", "label": t("Telefon"), "required": true, "kind": { "type": "phone" } },
                { "id": "email", "label": t("E-poçt"), "kind": { "type": "email" } }
            ]},
            { "id": "what", "title": t("Nə"), "fields": [
                { "id": "purpose", "label": t("Məqsəd"), "required": true, "hint": t("Qısa"),
                  "kind": { "type": "text", "max_length": 20 } },
                { "id": "story", "label": t("Ətraflı"), "kind": { "type": "long_text" } },
                { "id": "count", "label": t("Say"), "kind": { "type": "number", "min": 1, "max": 10 } },
                { "id": "amount", "label": t("Məbləğ"), "kind": { "type": "money", "max": 100000 } },
                { "id": "born", "label": t("Doğum tarixi"), "required": true,
                  "kind": { "type": "date", "not_future": true } },
                { "id": "by_post", "label": t("Poçtla"), "required": true, "kind": { "type": "yes_no" } },
                { "id": "address", "label": t("Ünvan"), "required": true, "kind": { "type": "address" },
                  "show_when": { "op": "is_yes", "field": "by_post", "yes": true } },
                { "id": "urgency", "label": t("Təcililik"), "required": true, "kind": { "type": "one_of",
                  "choices": { "from": "own", "options": [
                    { "key": "normal", "label": t("Adi") }, { "key": "urgent", "label": t("Təcili") } ] } } },
                { "id": "reason", "label": t("Səbəb"), "required": true, "kind": { "type": "long_text" },
                  "show_when": { "op": "is_one_of", "field": "urgency", "keys": ["urgent"] } },
                { "id": "country", "label": t("Ölkə"), "kind": { "type": "one_of",
                  "choices": { "from": "reference", "list": "countries" } } },
                { "id": "copies", "label": t("Nüsxələr"), "kind": { "type": "many_of", "min": 1, "max": 2,
                  "choices": { "from": "own", "options": [
                    { "key": "paper", "label": t("Kağız") }, { "key": "digital", "label": t("Elektron") },
                    { "key": "archive", "label": t("Arxiv") } ] } } },
                { "id": "fin", "label": t("FİN"), "kind": { "type": "fin" } },
                { "id": "passport", "label": t("Sənəd"), "kind": { "type": "document_number" },
                  "show_when": { "op": "all", "of": [
                    { "op": "answered", "field": "fin" },
                    { "op": "not", "of": { "op": "includes", "field": "copies", "key": "archive" } } ] } }
            ]},
            { "id": "children_page", "title": t("Uşaqlar"), "fields": [
                { "id": "children", "label": t("Uşaq"), "kind": { "type": "group", "min": 1, "max": 3, "fields": [
                    { "id": "child_name", "label": t("Adı"), "required": true, "kind": { "type": "text" } },
                    { "id": "has_school", "label": t("Məktəbə gedir"), "required": true, "kind": { "type": "yes_no" } },
                    { "id": "school", "label": t("Məktəb"), "required": true, "kind": { "type": "text" },
                      "show_when": { "op": "is_yes", "field": "has_school", "yes": true } }
                ]}}
            ]},
            { "id": "papers", "title": t("Sənədlər"),
              "show_when": { "op": "is_yes", "field": "by_post", "yes": false },
              "fields": [
                { "id": "scans", "label": t("Skan"), "required": true,
                  "kind": { "type": "documents", "min_pages": 1, "max_pages": 2 } }
            ]}
        ]
    })
}

fn reference() -> ReferenceData {
    let item = |code: &str, az: &str| ReferenceItem {
        code: code.into(),
        name: crate::domain::Text {
            az: az.into(),
            en: az.into(),
            ru: az.into(),
        },
    };
    let mut data = ReferenceData::default();
    data.lists
        .insert(ReferenceList::Countries, vec![item("DEU", "Almaniya")]);
    data.lists
        .insert(ReferenceList::Regions, vec![item("baku", "Bakı")]);
    data
}

fn person() -> Person {
    Person {
        name: "Aynur".into(),
        surname: "Məmmədova".into(),
        fin: crate::domain::Fin::parse("5AB7K2M"),
    }
}

fn today() -> CalendarDate {
    CalendarDate::new(2026, 12, 2).unwrap()
}

fn answers(value: Value) -> Answers {
    value.as_object().unwrap().clone()
}

fn read(
    definition: &FormDefinition,
    value: Value,
) -> Result<ValidAnswers, Vec<(ErrorCode, String)>> {
    let reference = reference();
    let person = person();
    let context = AnswerContext {
        reference: &reference,
        today: today(),
        person: &person,
    };
    definition.read(&answers(value), &context)
}

fn codes_at(problems: &[(ErrorCode, String)]) -> Vec<(ErrorCode, &str)> {
    problems.iter().map(|(c, f)| (*c, f.as_str())).collect()
}

#[test]
fn a_definition_of_every_kind_reads_and_round_trips() {
    let definition = FormDefinition::parse(&every_kind()).expect("the sample is sound");
    assert_eq!(definition.pages.len(), 4);
    let again = serde_json::to_value(&definition).unwrap();
    assert_eq!(FormDefinition::parse(&again).unwrap(), definition);
}

#[test]
fn an_unknown_key_is_named_where_it_is() {
    let mut json = every_kind();
    json["pages"][1]["fields"][0]["colour"] = json!("red");
    let problems = FormDefinition::parse(&json).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].0, ErrorCode::DefinitionUnreadable);
    assert!(
        problems[0].1.starts_with("pages.1.fields.0"),
        "{}",
        problems[0].1
    );
}

#[test]
fn a_key_of_another_kind_or_condition_is_refused_where_it_is() {
    for (at, key, value) in [
        ("/pages/0/fields/0/kind", "max_length", json!(10)),
        ("/pages/1/fields/7/kind/choices", "list", json!("countries")),
        ("/pages/1/fields/9/kind", "not_past", json!(true)),
    ] {
        let mut json = every_kind();
        let place = json.pointer_mut(at).unwrap_or_else(|| panic!("{at}"));
        place[key] = value;
        let problems = FormDefinition::parse(&json).unwrap_err();
        assert_eq!(problems[0].0, ErrorCode::DefinitionUnreadable, "{key}");
    }
    let mut json = every_kind();
    json["pages"][1]["show_when"] =
        json!({ "op": "not", "of": [{ "op": "answered", "field": "phone" }] });
    assert_eq!(
        FormDefinition::parse(&json).unwrap_err(),
        vec![(
            ErrorCode::DefinitionUnreadable,
            "pages.1.show_when".to_owned()
        )]
    );
}

#[test]
fn every_problem_of_a_definition_is_named_at_once() {
    let mut json = every_kind();
    json["pages"][0]["fields"][2]["id"] = json!("phone");
    json["pages"][1]["fields"][0]["label"]["ru"] = json!(" ");
    json["pages"][1]["fields"][2]["kind"]["min"] = json!(11);
    json["pages"][1]["fields"][6]["show_when"]["field"] = json!("reason");
    json["pages"][1]["fields"][8]["show_when"]["keys"] = json!(["express"]);
    json["pages"][2]["fields"][0]["kind"]["fields"][0]["id"] = json!("Child name");
    json["pages"][3]["fields"][0]["kind"]["max_pages"] = json!(0);
    let problems = FormDefinition::parse(&json).unwrap_err();
    assert_eq!(
        codes_at(&problems),
        vec![
            (ErrorCode::DuplicateId, "pages.0.fields.2.id"),
            (ErrorCode::MissingTranslation, "pages.1.fields.0.label.ru"),
            (ErrorCode::InvalidRange, "pages.1.fields.2.kind.max"),
            (ErrorCode::ConditionInvalid, "pages.1.fields.6.show_when"),
            (ErrorCode::ConditionInvalid, "pages.1.fields.8.show_when"),
            (ErrorCode::InvalidId, "pages.2.fields.0.kind.fields.0.id"),
            (ErrorCode::InvalidRange, "pages.3.fields.0.kind.max_pages"),
        ]
    );
}

#[test]
fn a_fee_is_a_positive_amount_within_the_limit_with_its_basis_in_three_languages() {
    let mut json = every_kind();
    json["fee"] = json!({ "amount": 250, "basis": t("Dövlət rüsumu") });
    let definition = FormDefinition::parse(&json).expect("a sound fee");
    assert_eq!(definition.fee.map(|fee| fee.amount), Some(Qepik(250)));

    for amount in [0, -100, MAX_FEE.0 + 1] {
        json["fee"] =
            json!({ "amount": amount, "basis": { "az": "Rüsum", "en": "", "ru": "Пошлина" } });
        assert_eq!(
            codes_at(&FormDefinition::parse(&json).unwrap_err()),
            vec![
                (ErrorCode::OutOfRange, "fee.amount"),
                (ErrorCode::MissingTranslation, "fee.basis.en"),
            ],
            "{amount}"
        );
    }
    json["fee"] = json!({ "amount": "2,50", "basis": t("Rüsum") });
    assert_eq!(
        FormDefinition::parse(&json).unwrap_err()[0],
        (ErrorCode::DefinitionUnreadable, "fee.amount".to_owned())
    );
}

#[test]
fn a_condition_reads_only_an_earlier_field_of_a_kind_it_can_test() {
    let mut json = every_kind();
    // `count` is a number: "is yes" cannot read it.
    json["pages"][1]["fields"][6]["show_when"] =
        json!({ "op": "is_yes", "field": "count", "yes": true });
    // A group may not hold a group or the person.
    json["pages"][2]["fields"][0]["kind"]["fields"][1]["kind"] = json!({ "type": "person" });
    let problems = FormDefinition::parse(&json).unwrap_err();
    assert_eq!(
        codes_at(&problems),
        vec![
            (ErrorCode::ConditionInvalid, "pages.1.fields.6.show_when"),
            (
                ErrorCode::InvalidKind,
                "pages.2.fields.0.kind.fields.1.kind"
            ),
            (
                ErrorCode::ConditionInvalid,
                "pages.2.fields.0.kind.fields.2.show_when"
            ),
        ]
    );
}

fn filled() -> Value {
    json!({
        "applicant": "typed over",
        "phone": "050 211 22 33",
        "email": " Aynur@Example.AZ ",
        "purpose": " Arayış ",
        "count": "3",
        "amount": "12,5",
        "born": { "day": "5", "month": "3", "year": "1990" },
        "by_post": "yes",
        "address": { "region": "baku", "settlement": "Bakı", "street": "Nizami", "building": "5" },
        "urgency": "normal",
        "reason": "left over from an earlier choice",
        "country": "DEU",
        "copies": ["paper"],
        "fin": "5ab7k2m",
        "passport": "c03 456 789",
        "children": [
            { "child_name": "Murad", "has_school": "no", "school": "hidden, so dropped" },
            { "child_name": "Leyla", "has_school": "yes", "school": "6 nömrəli" }
        ],
        "scans": []
    })
}

#[test]
fn the_answers_are_kept_in_their_own_forms_and_hidden_ones_dropped() {
    let definition = FormDefinition::parse(&every_kind()).unwrap();
    let kept = read(&definition, filled()).expect("filled right").0;
    assert_eq!(
        kept["applicant"],
        json!({ "name": "Aynur", "surname": "Məmmədova", "fin": "5AB7K2M" })
    );
    assert_eq!(kept["phone"], json!("+994502112233"));
    assert_eq!(kept["email"], json!("aynur@example.az"));
    assert_eq!(kept["purpose"], json!("Arayış"));
    assert_eq!(kept["count"], json!(3));
    assert_eq!(kept["amount"], json!(1250));
    assert_eq!(kept["born"], json!("1990-03-05"));
    assert_eq!(kept["by_post"], json!(true));
    assert_eq!(kept["fin"], json!("5AB7K2M"));
    assert_eq!(kept["passport"], json!("C03456789"));
    // Hidden by their conditions: the reason (not urgent), the first child's school, and the
    // whole page of scans (sent by post).
    assert!(!kept.contains_key("reason"));
    assert!(!kept.contains_key("scans"));
    assert_eq!(
        kept["children"][0],
        json!({ "child_name": "Murad", "has_school": false })
    );
    assert_eq!(kept["children"][1]["school"], json!("6 nömrəli"));
}

#[test]
fn every_wrong_answer_is_named_at_once() {
    let definition = FormDefinition::parse(&every_kind()).unwrap();
    let mut wrong = filled();
    wrong["phone"] = json!("12");
    wrong["purpose"] = json!("a purpose longer than twenty");
    wrong["count"] = json!("11");
    wrong["amount"] = json!("12,555");
    wrong["born"] = json!({ "day": "31", "month": "2", "year": "1990" });
    wrong["address"]["street"] = json!("");
    wrong["urgency"] = json!("urgent");
    wrong["reason"] = json!(" ");
    wrong["country"] = json!("XXX");
    wrong["copies"] = json!(["paper", "digital", "archive"]);
    wrong["children"][1]["school"] = json!("");
    let problems = read(&definition, wrong).unwrap_err();
    assert_eq!(
        codes_at(&problems),
        vec![
            (ErrorCode::InvalidPhone, "phone"),
            (ErrorCode::TooLong, "purpose"),
            (ErrorCode::OutOfRange, "count"),
            (ErrorCode::InvalidAmount, "amount"),
            (ErrorCode::InvalidDate, "born"),
            (ErrorCode::Required, "address.street"),
            (ErrorCode::Required, "reason"),
            (ErrorCode::UnknownChoice, "country"),
            (ErrorCode::TooMany, "copies"),
            (ErrorCode::Required, "children.1.school"),
        ]
    );
}

#[test]
fn limits_of_dates_groups_and_pages_hold() {
    let definition = FormDefinition::parse(&every_kind()).unwrap();
    let mut wrong = filled();
    wrong["born"] = json!({ "day": "3", "month": "12", "year": "2026" });
    wrong["children"] = json!([]);
    wrong["by_post"] = json!("no");
    wrong["scans"] = json!([]);
    let problems = read(&definition, wrong).unwrap_err();
    assert_eq!(
        codes_at(&problems),
        vec![
            (ErrorCode::DateInFuture, "born"),
            (ErrorCode::TooFew, "children"),
            (ErrorCode::Required, "scans"),
        ]
    );
}

#[test]
fn the_rows_read_as_people_read_them_in_the_forms_order() {
    let definition = FormDefinition::parse(&every_kind()).unwrap();
    let kept = read(&definition, filled()).unwrap();
    let rows = definition.rows(&kept, Lang::Az, &reference());
    let row = |field: &str| {
        rows.iter()
            .find(|r| r.field == field)
            .map(|r| (r.label.as_str(), r.value.as_str()))
    };
    assert_eq!(
        row("applicant"),
        Some(("Ərizəçi", "Aynur Məmmədova (5AB7K2M)"))
    );
    assert_eq!(row("born"), Some(("Doğum tarixi", "05.03.1990")));
    assert_eq!(row("phone"), Some(("Telefon", "+994 50 211 22 33")));
    assert_eq!(row("by_post"), Some(("Poçtla", "Bəli")));
    assert_eq!(row("address"), Some(("Ünvan", "Bakı, Bakı, Nizami, 5")));
    assert_eq!(row("urgency"), Some(("Təcililik", "Adi")));
    assert_eq!(row("country"), Some(("Ölkə", "Almaniya")));
    assert_eq!(row("copies"), Some(("Nüsxələr", "Kağız")));
    assert_eq!(
        row("children.1.school"),
        Some(("Uşaq 2 — Məktəb", "6 nömrəli"))
    );
    assert_eq!(row("reason"), None);
    assert_eq!(rows.first().map(|r| r.field.as_str()), Some("applicant"));
}

#[test]
fn manat_are_read_as_qepik() {
    use super::answers::manat;
    assert_eq!(manat("12"), Some(Qepik(1200)));
    assert_eq!(manat("12,5"), Some(Qepik(1250)));
    assert_eq!(manat("1 200.05"), Some(Qepik(120_005)));
    for wrong in ["", ",5", "12,555", "-3", "1e3", "12.5.1"] {
        assert_eq!(manat(wrong), None, "{wrong}");
    }
}

#[test]
fn the_regulation_sets_the_fee_when_it_states_the_payment() {
    use crate::api::{FeeAmount, ServiceFee};
    let act = |az: &str| Text {
        az: az.into(),
        en: format!("{az} en"),
        ru: format!("{az} ru"),
    };
    assert_eq!(
        Fee::set_by(None),
        None,
        "nothing stated: the form's own fee stands"
    );
    let free = ServiceFee {
        free: true,
        ..ServiceFee::default()
    };
    assert_eq!(Fee::set_by(Some(&free)), Some(None));
    let paid_in_words = ServiceFee {
        free: false,
        details: Some(act("5 manat")),
        ..ServiceFee::default()
    };
    assert_eq!(Fee::set_by(Some(&paid_in_words)), None);
    let paid = ServiceFee {
        free: false,
        amounts: vec![
            FeeAmount {
                amount: Qepik(500),
                purpose: act("rüsum"),
                legal_basis: act("Vergi Məcəlləsi"),
            },
            FeeAmount {
                amount: Qepik(150),
                purpose: act("blank"),
                legal_basis: act("Vergi Məcəlləsi"),
            },
        ],
        ..ServiceFee::default()
    };
    assert_eq!(
        Fee::set_by(Some(&paid)),
        Some(Some(Fee {
            amount: Qepik(650),
            basis: act("Vergi Məcəlləsi"),
        }))
    );
}
