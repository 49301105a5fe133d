use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{Automation, Regulation, RegulationStatus, ServiceKind, ServicePage as Page};
use crate::client::{page_title, t, tr, use_i18n};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::service_flow::{load_service, service_breadcrumbs};
use crate::components::service_list::kind_label;
use crate::components::summary_list::{NotYetPublished, SummaryList, SummaryRow};
use crate::domain::{Lang, ServiceNumber, Text};
use crate::i18n::Msg;
use crate::routes::ClientRoute;
use crate::shell::first_paint_done;

/// A service's page: the fields of its administrative regulation (appendix 1 of the 2011 decision).
#[component]
pub fn ServicePage(number: ServiceNumber) -> impl IntoView {
    let i18n = use_i18n();
    let page = load_service::<Page>(number);
    page_title(move || match page.get() {
        Some(Ok(page)) => page.service.title.get(i18n.lang()).to_owned(),
        _ => number.to_string(),
    });
    move || match page.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            first_paint_done();
            view! { <LoadFailed error retry=Callback::new(move |()| page.refetch())/> }.into_any()
        }
        Some(Ok(page)) => {
            // The server painted this heading first; the card draws it in the same place.
            first_paint_done();
            view! { <Card page/> }.into_any()
        }
    }
}

#[component]
fn Card(page: Page) -> impl IntoView {
    let i18n = use_i18n();
    let steps = service_breadcrumbs(page.agency, page.agency_name.clone());
    let service = page.service.clone();
    let title = service.title.clone();
    let agency_name = page.agency_name.clone();
    let agency_href = ClientRoute::Agency(page.agency).href();
    let apply_href = crate::services::apply_href(&service);
    let kind = service.kind;
    let kind_hint = match kind {
        ServiceKind::Informative => Msg::KindInformativeHint,
        ServiceKind::Interactive => Msg::KindInteractiveHint,
    };
    view! {
        <Breadcrumbs steps/>
        <span class="q-caption">{tr(agency_name.clone())}</span>
        <h1 class="q-heading-xl">{tr(title.clone())}</h1>
        {move || (i18n.lang() != Lang::Az).then(|| view! {
            <p class="q-inset">{i18n.t(Msg::UnofficialTranslation)}</p>
        })}
        {(!service.in_2011_list).then(|| view! { <p class="q-inset">{t(Msg::NotIn2011List)}</p> })}
        <SummaryList>
            <SummaryRow key=Msg::ServiceNumberLabel>
                <span class="q-code">{service.number.to_string()}</span>
            </SummaryRow>
            <SummaryRow key=Msg::RegistryNumberLabel>
                <span class="q-code">{service.registry_number.clone()}</span>
            </SummaryRow>
            <SummaryRow key=Msg::ServiceKindLabel>
                <strong class="q-tag" class:q-tag--interactive=kind == ServiceKind::Interactive>
                    {move || i18n.t(kind_label(kind))}
                </strong>
                " "
                {t(kind_hint)}
                {service.kind_derived.then(|| view! {
                    <span class="q-summary-list__note">{t(Msg::KindDerived)}</span>
                })}
            </SummaryRow>
            <SummaryRow key=Msg::ServiceAgency>
                <A href=agency_href>{tr(page.agency_name.clone())}</A>
            </SummaryRow>
        </SummaryList>
        {(kind == ServiceKind::Interactive).then(|| view! {
            <A href=apply_href attr:class="q-button q-button--start">
                {t(Msg::Apply)}
            </A>
        })}
        <h2 class="q-heading-l">{t(Msg::RegulationTitle)}</h2>
        <StatusOfRegulation number=service.number status=page.status/>
        <RegulationView regulation=page.regulation/>
    }
}

/// "Təsdiq edilib … tarixində" with its version and a way to the earlier ones, and a draft in
/// public discussion with a way to read and comment on it.
#[component]
fn StatusOfRegulation(number: ServiceNumber, status: RegulationStatus) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {status.approved.map(|approved| {
            let version = approved.version.to_string();
            let date = approved.approved_on.to_string();
            view! {
                <p class="q-body">
                    <strong class="q-tag q-tag--interactive">
                        {move || i18n.fill(Msg::RegulationApprovedOn, &[("date", &date), ("version", &version)])}
                    </strong>
                    " "
                    <A href=ClientRoute::RegulationHistory(number).href()>{t(Msg::RegulationHistoryLink)}</A>
                </p>
            }
        })}
        {status.discussion_until.map(|until| {
            let date = until.to_string();
            view! {
                <div class="q-inset">
                    <p class="q-body">
                        <strong class="q-tag">
                            {move || i18n.fill(Msg::RegulationInDiscussionUntil, &[("date", &date)])}
                        </strong>
                    </p>
                    <p class="q-body">
                        <A href=ClientRoute::ServiceDiscussion(number).href()>{t(Msg::RegulationReadDraft)}</A>
                    </p>
                </div>
            }
        })}
    }
}

/// The fields of a regulation, approved or a draft, in the order of appendix 1.
#[component]
pub(super) fn RegulationView(regulation: Regulation) -> impl IntoView {
    let i18n = use_i18n();
    let r = regulation;
    // A regulation not yet written says nothing of signing either.
    let signing = r.content.is_some().then(|| r.signature.msg());
    view! {
        <SummaryList>
            <SummaryRow key=Msg::ServiceContent><OneText text=r.content/></SummaryRow>
            <SummaryRow key=Msg::LegalBasis><OneText text=r.legal_basis/></SummaryRow>
            <SummaryRow key=Msg::Payment>
                {match r.payment {
                    None => view! { <NotYetPublished/> }.into_any(),
                    Some(payment) => view! { {move || payment.shown(i18n.lang())} }.into_any(),
                }}
            </SummaryRow>
            <SummaryRow key=Msg::SignatureRuleLabel>
                {match signing {
                    None => view! { <NotYetPublished/> }.into_any(),
                    Some(rule) => view! { {t(rule)} }.into_any(),
                }}
            </SummaryRow>
            <SummaryRow key=Msg::Users>
                {match r.users {
                    None => view! { <NotYetPublished/> }.into_any(),
                    Some(users) => {
                        let text = move || users.iter().map(|u| i18n.t(u.msg())).collect::<Vec<_>>().join("; ");
                        view! { {text} }.into_any()
                    }
                }}
            </SummaryRow>
            <SummaryRow key=Msg::Automation>
                {match r.automation {
                    None => view! { <NotYetPublished/> }.into_any(),
                    Some(level) => {
                        let msg = match level {
                            Automation::Full => Msg::AutomationFull,
                            Automation::Partial => Msg::AutomationPartial,
                        };
                        view! { {t(msg)} }.into_any()
                    }
                }}
            </SummaryRow>
            <SummaryRow key=Msg::ExecutionTime><OneText text=r.execution_time/></SummaryRow>
            <SummaryRow key=Msg::ServiceResult><OneText text=r.result/></SummaryRow>
            <SummaryRow key=Msg::OtherParticipants><TextList items=r.other_participants/></SummaryRow>
            <SummaryRow key=Msg::WhereProvided>
                {match r.where_provided {
                    None => view! { <NotYetPublished/> }.into_any(),
                    Some(url) => view! { <span class="q-code">{url}</span> }.into_any(),
                }}
            </SummaryRow>
            <SummaryRow key=Msg::Information><OneText text=r.information/></SummaryRow>
            <SummaryRow key=Msg::Control><OneText text=r.control/></SummaryRow>
            <SummaryRow key=Msg::Complaints><OneText text=r.complaints/></SummaryRow>
        </SummaryList>

        <h2 class="q-heading-l">{t(Msg::DocumentsTitle)}</h2>
        <h3 class="q-heading-s">{t(Msg::DocumentsHeldByState)}</h3>
        <TextList items=r.documents_held_by_state/>
        <h3 class="q-heading-s">{t(Msg::DocumentsToUpload)}</h3>
        <TextList items=r.documents_to_upload/>

        <h2 class="q-heading-l">{t(Msg::Steps)}</h2>
        {match r.steps {
            None => view! { <p class="q-body"><NotYetPublished/></p> }.into_any(),
            Some(steps) => view! {
                <ol class="q-steps">
                    {steps
                        .into_iter()
                        .map(|step| {
                            let title = step.title;
                            view! {
                                <li class="q-steps__item">
                                    {tr(title.clone())}
                                    {step.deadline.map(|d| view! {
                                        <span class="q-steps__deadline">
                                            {t(Msg::Deadline)} ": " {tr(d.clone())}
                                        </span>
                                    })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            }
            .into_any(),
        }}

        <h2 class="q-heading-l">{t(Msg::GroundsForRefusal)}</h2>
        <TextList items=r.grounds_for_refusal/>
    }
}

#[component]
fn OneText(text: Option<Text>) -> impl IntoView {
    match text {
        None => view! { <NotYetPublished/> }.into_any(),
        Some(text) => view! { {tr(text.clone())} }.into_any(),
    }
}

#[component]
fn TextList(items: Option<Vec<Text>>) -> impl IntoView {
    match items {
        None => view! { <p class="q-body"><NotYetPublished/></p> }.into_any(),
        Some(items) if items.is_empty() => {
            view! { <p class="q-body">{t(Msg::RegListNone)}</p> }.into_any()
        }
        Some(items) => view! {
            <ul class="q-list">
                {items
                    .into_iter()
                    .map(|item| view! { <li>{tr(item.clone())}</li> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    }
}
