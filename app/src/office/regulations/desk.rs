//! The regulations page: the agency's services, each with its regulation's stage and approved
//! version and a link to its editor, and the other agencies' drafts this agency is asked to
//! agree to.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use super::agreements::Asked;
use crate::api::{
    OFFICE_REGULATIONS_PATH, Problem, RegulationDesk, RegulationServiceState, RegulationStage,
};
use crate::client::{focus_soon, get_json, load, page_title, t, tr, use_i18n};
use crate::components::data_table::DataTable;
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub(super) fn DeskPage(csrf: String) -> impl IntoView {
    let desk = load::<RegulationDesk>(OFFICE_REGULATIONS_PATH.into());
    let csrf = StoredValue::new(csrf);
    move || match desk.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| desk.refetch())/> }.into_any()
        }
        Some(Ok(found)) => view! { <Desk found csrf/> }.into_any(),
    }
}

#[component]
fn Desk(found: RegulationDesk, csrf: StoredValue<String>) -> impl IntoView {
    let i18n = use_i18n();
    let desk = RwSignal::new(found);
    let refused = RwSignal::new(Vec::<Problem>::new());
    let sent = RwSignal::new(false);
    page_title(move || {
        let prefix = if refused.with(Vec::is_empty) {
            ""
        } else {
            i18n.t(Msg::ErrorPrefix)
        };
        format!("{prefix} {}", i18n.t(Msg::RegDeskTitle))
            .trim()
            .to_owned()
    });
    // After an answer the page is read again: the draft may have changed meanwhile.
    let on_sent = Callback::new(move |()| {
        spawn_local(async move {
            if let Ok(fresh) = get_json::<RegulationDesk>(OFFICE_REGULATIONS_PATH).await {
                desk.try_set(fresh);
            }
            sent.try_set(true);
            focus_soon("reg-notice".into());
        });
    });
    view! {
        <ErrorSummary problems=refused/>
        <h1 class="q-heading-xl" id="regulations-title">{t(Msg::RegDeskTitle)}</h1>
        <p class="q-body">{t(Msg::RegDeskLead)}</p>
        <p class="q-body q-regulation-editor__notice" id="reg-notice" tabindex="-1" role="status">
            {move || sent.get().then(|| i18n.t(Msg::RegDecisionSent))}
        </p>
        <Services services=Signal::derive(move || desk.with(|d| d.services.clone()))/>
        <section class="q-regulation-editor__section" aria-labelledby="to-agree-title">
            <h2 class="q-heading-l" id="to-agree-title">{t(Msg::RegToAgreeTitle)}</h2>
            {move || if desk.with(|d| d.to_agree.is_empty()) {
                view! { <p class="q-body">{t(Msg::RegToAgreeNone)}</p> }.into_any()
            } else {
                view! {
                    <p class="q-body">{t(Msg::RegToAgreeLead)}</p>
                    // Keyed by the draft's revision and its answer: the draft just answered or
                    // changed is drawn anew, the others keep what is being typed in them.
                    <For
                        each=move || desk.with(|d| d.to_agree.clone())
                        key=|asked| (asked.service, asked.revision, asked.decision.map(|d| d.code()), asked.comment.clone())
                        children=move |asked| view! { <Asked asked csrf refused on_sent/> }
                    />
                }.into_any()
            }}
        </section>
    }
}

/// What a service's draft stage says.
fn stage(service: &RegulationServiceState) -> impl IntoView + use<> {
    let i18n = use_i18n();
    let (stage, until) = (service.stage, service.discussion_until);
    move || match stage {
        Some(RegulationStage::Editing) => i18n.t(Msg::RegStageDraft).to_owned(),
        Some(RegulationStage::Discussion) => i18n.fill(
            Msg::RegStageDiscussion,
            &[("date", &until.map(|d| d.to_string()).unwrap_or_default())],
        ),
        None => "—".to_owned(),
    }
}

#[component]
fn Services(services: Signal<Vec<RegulationServiceState>>) -> impl IntoView {
    move || {
        let list = services.get();
        if list.is_empty() {
            return view! { <p class="q-body">{t(Msg::RegDeskNone)}</p> }.into_any();
        }
        view! {
            <DataTable labelled_by="regulations-title">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::ColumnService)}</th>
                        <th scope="col">{t(Msg::ServiceNumberLabel)}</th>
                        <th scope="col">{t(Msg::RegColumnStage)}</th>
                        <th scope="col">{t(Msg::RegColumnApproved)}</th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|service| {
                        let stage = stage(&service);
                        view! {
                        <tr>
                            <td><A href=ClientRoute::OfficeRegulation(service.service).href()>{tr(service.title.clone())}</A></td>
                            <td>{service.service.to_string()}</td>
                            <td>{stage}</td>
                            <td>{match service.approved_version {
                                Some(version) => version.to_string().into_any(),
                                None => t(Msg::RegNotApproved).into_any(),
                            }}</td>
                        </tr>
                    }}).collect_view()}
                </tbody>
            </DataTable>
        }
        .into_any()
    }
}
