//! Agreement (rule 9.2): the drafts of other agencies that name this one as taking part, each
//! read and agreed to or objected to with a comment; and, in the editor, what each
//! participating agency has said of this agency's draft.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::summary::RegulationSummary;
use crate::api::{Agreement, AgreementAsked, AgreementDecision, AgreementForm, ErrorCode, Problem};
use crate::client::{Method, SendError, csrf_header, send_failed, send_json, t, tr, use_i18n};
use crate::components::error_summary::{FieldError, described_by, field_id, problem_for};
use crate::components::summary_list::{SummaryList, SummaryRow};
use crate::components::text_area::TextArea;
use crate::domain::shown_moment;
use crate::i18n::Msg;

/// What an agency has said, in words, with a colour that only repeats them.
fn decision_tag(decision: Option<AgreementDecision>) -> impl IntoView {
    let (msg, modifier) = match decision {
        None => (Msg::RegPending, ""),
        Some(AgreementDecision::Agreed) => {
            (Msg::RegAgreed, "q-regulation-editor__decision--agreed")
        }
        Some(AgreementDecision::Objected) => {
            (Msg::RegObjected, "q-regulation-editor__decision--objected")
        }
    };
    view! { <strong class=format!("q-tag q-regulation-editor__decision {modifier}")>{t(msg)}</strong> }
}

/// One draft this agency is asked to agree to: whose it is, the draft, the answer given, and
/// the form to give (or change) it.
#[component]
pub(super) fn Asked(
    asked: AgreementAsked,
    csrf: StoredValue<String>,
    refused: RwSignal<Vec<Problem>>,
    on_sent: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let service = asked.service;
    let revision = asked.revision;
    let key = service.to_string().replace('.', "-");
    let title_id = format!("agree-{key}-title");
    let decision_field = StoredValue::new(format!("agree-{key}-decision"));
    let comment_field = format!("agree-{key}-comment");
    let decision = RwSignal::new(asked.decision);
    let comment = RwSignal::new(asked.comment.clone().unwrap_or_default());
    let decision_error = problem_for(refused.into(), decision_field.get_value());
    let title = StoredValue::new(asked.title.clone());
    // A problem of this draft's form, named by the draft in the page's summary.
    let named = move |mut problem: Problem| {
        let lang = i18n.lang();
        // What to do, rather than "fill in this field", for the two parts of the answer.
        let said = match (problem.code, problem.field.as_deref()) {
            (ErrorCode::Required, Some("decision")) => Msg::RegChooseDecision.text(lang).to_owned(),
            (ErrorCode::Required, Some("comment")) => Msg::RegObjectionReason.text(lang).to_owned(),
            _ => problem.message,
        };
        problem.message = format!("{}: {said}", title.with_value(|t| t.get(lang).to_owned()));
        problem.field = problem
            .field
            .map(|f| format!("agree-{}-{f}", service.to_string().replace('.', "-")));
        problem
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let lang = i18n.lang();
        let Some(chosen) = decision.get_untracked() else {
            refused.set(vec![named(Problem::new(
                ErrorCode::Required,
                Some("decision"),
                lang,
            ))]);
            return;
        };
        let typed = comment.get_untracked();
        let form = AgreementForm {
            revision,
            decision: chosen,
            comment: (!typed.trim().is_empty()).then_some(typed),
        };
        spawn_local(async move {
            let outcome = send_json::<()>(
                &format!("/api/office/regulation-agreements/{service}"),
                &form,
                &csrf_header(&csrf.get_value()),
                Method::Post,
            )
            .await;
            match outcome {
                Ok(()) => {
                    refused.try_set(Vec::new());
                    on_sent.run(());
                }
                Err(SendError::Problems(found)) => {
                    refused.try_set(found.into_iter().map(named).collect());
                }
                Err(SendError::Failed) => {
                    refused.try_set(send_failed(lang));
                }
            }
        });
    };
    let radio = move |code: AgreementDecision, label: Msg| {
        let base = field_id(&decision_field.get_value());
        let id = if code == AgreementDecision::Agreed {
            base.clone()
        } else {
            format!("{base}-{}", code.code())
        };
        view! {
            <div class="q-radios__item">
                <input class="q-radios__input" type="radio" id=id.clone() name=base value=code.code()
                    prop:checked=move || decision.get() == Some(code)
                    on:change=move |_| decision.set(Some(code))/>
                <label class="q-radios__label" for=id>{t(label)}</label>
            </div>
        }
    };
    let error_id = format!("{}-error", field_id(&decision_field.get_value()));
    view! {
        <article class="q-regulation-editor__asked" aria-labelledby=title_id.clone()>
            <h3 class="q-heading-m" id=title_id.clone()>
                {tr(asked.title.clone())} " "
                <span class="q-regulation-editor__number-tag">{service.to_string()}</span>
            </h3>
            <SummaryList>
                <SummaryRow key=Msg::AgencyOfService>{tr(asked.agency_name.clone())}</SummaryRow>
                <SummaryRow key=Msg::RegYourDecision>
                    {decision_tag(asked.decision)}
                    {asked.comment.clone().map(|c| view! { <span class="q-summary-list__note q-regulation-editor__plain">{c}</span> })}
                </SummaryRow>
            </SummaryList>
            <details class="q-regulation-editor__details">
                <summary class="q-regulation-editor__details-summary">{t(Msg::RegShowDraft)}</summary>
                <RegulationSummary reg=Signal::stored(asked.regulation.clone())/>
            </details>
            <form class="q-form" novalidate on:submit=submit>
                <div class="q-form-group" class:q-form-group--error=move || decision_error.get().is_some()>
                    <fieldset class="q-fieldset" aria-describedby=described_by(None, error_id.clone(), decision_error)>
                        <legend class="q-fieldset__legend q-fieldset__legend--s">{t(Msg::RegDecisionLegend)}</legend>
                        <FieldError error=decision_error id=error_id.clone()/>
                        <div class="q-radios q-radios--inline">
                            {radio(AgreementDecision::Agreed, Msg::RegAgree)}
                            {radio(AgreementDecision::Objected, Msg::RegObject)}
                        </div>
                    </fieldset>
                </div>
                <TextArea field=comment_field label=Msg::RegAgreementComment hint=Msg::RegAgreementCommentHint
                    value=comment problems=refused optional=true/>
                <button type="submit" class="q-button">{t(Msg::RegSendDecision)}</button>
            </form>
        </article>
    }
}

/// In the editor: each participating agency and what it has said of the draft as last saved.
#[component]
pub(super) fn AgreementsPanel(#[prop(into)] agreements: Signal<Vec<Agreement>>) -> impl IntoView {
    move || {
        let list = agreements.get();
        (!list.is_empty()).then(|| view! {
            <section class="q-regulation-editor__panel" aria-labelledby="agreements-title">
                <h2 class="q-heading-m" id="agreements-title">{t(Msg::RegAgreementsTitle)}</h2>
                <p class="q-hint">{t(Msg::RegAgreementsHint)}</p>
                <ul class="q-regulation-editor__agreements">
                    {list.into_iter().map(|agreement| view! {
                        <li class="q-regulation-editor__agreement">
                            <span class="q-regulation-editor__agency-name">
                                {agreement.agency.to_string()} " — " {tr(agreement.agency_name)}
                            </span>
                            " " {decision_tag(agreement.decision)}
                            {agreement.at.map(|at| view! { " " <span class="q-hint">{shown_moment(&at)}</span> })}
                            {agreement.comment.map(|c| view! { <p class="q-body q-regulation-editor__plain">{c}</p> })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}
