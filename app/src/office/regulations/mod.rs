//! "Reqlamentlər": the administrative regulations the agency's supervisor writes for its
//! services (rules 9.1–9.8 of the 2011 decision). The desk lists the agency's services with
//! their regulation's stage and the other agencies' drafts this agency is asked to agree to
//! (9.2); the editor holds one service's regulation whole in one signal, with what it lacks
//! checked as it is typed (`Regulation::problems`, the server's own check), saves the draft,
//! shows the participating agencies' agreement, puts the draft to public discussion (9.7),
//! answers its comments, and approves the next version (9.8).

mod agreements;
mod desk;
mod discussion;
mod editor;
mod fields;
mod inputs;
mod summary;

use leptos::prelude::*;

use crate::api::{ErrorCode, OfficerRole, Problem, Regulation, RegulationField};
use crate::client::{SendError, send_failed, t, use_i18n};
use crate::components::error_summary::field_id;
use crate::components::office_nav::AtDesk;
use crate::domain::{Lang, ServiceNumber};
use crate::i18n::Msg;

#[component]
pub fn OfficeRegulations() -> impl IntoView {
    view! {
        <AtDesk page=|info, role| writers_only(role.role, move || {
            view! { <desk::DeskPage csrf=info.csrf_token/> }.into_any()
        })/>
    }
}

#[component]
pub fn OfficeRegulation(number: ServiceNumber) -> impl IntoView {
    view! {
        <AtDesk page=move |info, role| writers_only(role.role, move || {
            view! { <editor::RegulationLoader number csrf=info.csrf_token/> }.into_any()
        })/>
    }
}

/// Shows `page` to the agency's supervisor; anyone else at a desk is told it is not theirs.
fn writers_only(role: OfficerRole, page: impl FnOnce() -> AnyView) -> AnyView {
    if role.writes_regulations() {
        page()
    } else {
        view! {
            <h1 class="q-heading-xl">{t(Msg::RegDeskTitle)}</h1>
            <p class="q-body">{t(Msg::ErrForbidden)}</p>
        }
        .into_any()
    }
}

/// The regulation being edited, and what it lacks as it is now.
#[derive(Clone, Copy)]
struct Editing {
    reg: RwSignal<Regulation>,
    problems: Memo<Vec<Problem>>,
}

impl Editing {
    /// What is wrong with the part at `path`, said beside its input.
    fn error(self, path: String) -> Memo<Option<String>> {
        let i18n = use_i18n();
        let problems = self.problems;
        Memo::new(move |_| {
            problems.with(|found| {
                found
                    .iter()
                    .find(|p| p.field.as_deref() == Some(path.as_str()))
                    .map(|p| what(p.code, &path, i18n.lang()))
            })
        })
    }
}

/// What is wrong, in words: the problem's own message, but for an amount, which the editor
/// takes in qəpik rather than in manat.
fn what(code: ErrorCode, path: &str, lang: Lang) -> String {
    if code == ErrorCode::InvalidAmount && path.ends_with(".amount") {
        Msg::RegAmountInvalid.text(lang).to_owned()
    } else {
        code.msg().text(lang).to_owned()
    }
}

/// Where in the regulation a path is, as the editor's legends name it: `steps.1.title.ru` is
/// "Xidmətin göstərilməsi mərhələləri › Mərhələ 2 › Nə edilir (Rusca)".
fn place(path: &str, lang: Lang) -> String {
    let Some(field) = RegulationField::of_path(path) else {
        return String::new();
    };
    let mut parts = vec![field.msg().text(lang).to_owned()];
    let mut language = None;
    let mut before = field.path();
    let rest: Vec<&str> = path.split('.').skip(1).collect();
    for (i, &part) in rest.iter().enumerate() {
        // "Məbləğ 2" says it is among the amounts: "Məbləğlər" only names the list as a whole.
        if part == "amounts" && rest.get(i + 1).is_some_and(|n| n.parse::<usize>().is_ok()) {
            before = part;
            continue;
        }
        if let Ok(n) = part.parse::<usize>() {
            let msg = match before {
                "steps" => Msg::RegStepNumber,
                "amounts" => Msg::RegAmountNumber,
                _ => Msg::RegItemNumber,
            };
            parts.push(msg.fill(lang, &[("n", &(n + 1).to_string())]));
        } else {
            match part {
                "az" => language = Some(Msg::InAz),
                "en" => language = Some(Msg::InEn),
                "ru" => language = Some(Msg::InRu),
                "title" => parts.push(Msg::RegStepTitle.text(lang).to_owned()),
                "deadline" => parts.push(Msg::Deadline.text(lang).to_owned()),
                "amounts" => parts.push(Msg::RegFeeAmounts.text(lang).to_owned()),
                "amount" => parts.push(Msg::FeeAmount.text(lang).to_owned()),
                "purpose" => parts.push(Msg::RegFeePurpose.text(lang).to_owned()),
                "legal_basis" => parts.push(Msg::LegalBasis.text(lang).to_owned()),
                "means" => parts.push(Msg::RegFeeMeans.text(lang).to_owned()),
                _ => {}
            }
        }
        before = part;
    }
    let place = parts.join(" › ");
    match language {
        Some(language) => format!("{place} ({})", language.text(lang)),
        None => place,
    }
}

/// Whether the path names a text given in three languages as a whole (`content`,
/// `steps.0.title`), whose problem is shown with its Azerbaijani input.
fn is_text(path: &str) -> bool {
    let parts: Vec<&str> = path.split('.').collect();
    let number = |raw: &str| raw.parse::<usize>().is_ok();
    match parts.as_slice() {
        [one] => matches!(
            *one,
            "content"
                | "legal_basis"
                | "execution_time"
                | "result"
                | "information"
                | "control"
                | "complaints"
        ),
        ["payment", "means"] => true,
        ["payment", "amounts", n, "purpose" | "legal_basis"] => number(n),
        ["steps", n, "title" | "deadline"] => number(n),
        [
            "other_participants"
            | "documents_held_by_state"
            | "documents_to_upload"
            | "grounds_for_refusal",
            n,
        ] => number(n),
        _ => false,
    }
}

/// The path of the input a problem's path lands on: a whole text's is its Azerbaijani input,
/// any participating agency's is the input that adds one.
fn anchor(path: &str) -> String {
    if path.starts_with("participating_agencies") {
        "participating_agencies".into()
    } else if is_text(path) {
        format!("{path}.az")
    } else {
        path.to_owned()
    }
}

/// The link target of a path: the id of its input.
fn input_id(path: &str) -> String {
    field_id(&anchor(path))
}

/// The server's problems in the language in use, each of the regulation named by its place and
/// linked to its input; `rename` gives the page's own path for a field of a small form
/// (`text` of an answer is that comment's answer box).
fn localized(found: Vec<Problem>, lang: Lang, rename: &dyn Fn(&str) -> String) -> Vec<Problem> {
    found
        .into_iter()
        .map(|mut problem| {
            if let Some(path) = problem.field.take() {
                if RegulationField::of_path(&path).is_some() {
                    problem.message = format!(
                        "{}: {}",
                        place(&path, lang),
                        what(problem.code, &path, lang)
                    );
                    problem.field = Some(anchor(&path));
                } else {
                    if path == "until" {
                        problem.message =
                            format!("{}: {}", Msg::RegUntil.text(lang), problem.message);
                    }
                    problem.field = Some(rename(&path));
                }
            }
            problem
        })
        .collect()
}

/// What a change sent to the server answered: `done` with the value, or the problems shown in
/// the page's error summary (which takes the focus).
fn answered<T>(
    outcome: Result<T, SendError>,
    refused: RwSignal<Vec<Problem>>,
    lang: Lang,
    rename: &dyn Fn(&str) -> String,
    done: impl FnOnce(T),
) {
    match outcome {
        Ok(value) => {
            refused.try_set(Vec::new());
            done(value);
        }
        Err(SendError::Problems(found)) => {
            refused.try_set(localized(found, lang, rename));
        }
        Err(SendError::Failed) => {
            refused.try_set(send_failed(lang));
        }
    }
}

/// A path of the page's own, not the regulation's, kept as it is.
fn same(path: &str) -> String {
    path.to_owned()
}
