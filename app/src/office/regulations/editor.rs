//! One service's regulation: the draft edited whole, with what it lacks as it is typed; saving
//! it; the participating agencies' agreement; putting it to public discussion; in discussion,
//! the draft read-only with its comments to answer and approval; and the versions approved.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use super::agreements::AgreementsPanel;
use super::discussion::{Approval, Comments, ToDiscussionForm};
use super::fields::RegulationInputs;
use super::summary::RegulationSummary;
use super::{Editing, answered, input_id, place, same, what};
use crate::api::{
    ErrorCode, Problem, Regulation, RegulationStage, RegulationVersionMark, RegulationWork,
    ToDiscussion, regulation_problems, regulation_work_path,
};
use crate::client::{
    Method, SendError, csrf_header, focus_soon, get_json, load, page_title, send_json, t, use_i18n,
};
use crate::components::data_table::DataTable;
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::domain::ServiceNumber;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub(super) fn RegulationLoader(number: ServiceNumber, csrf: String) -> impl IntoView {
    let work = load::<RegulationWork>(regulation_work_path(number));
    move || match work.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| work.refetch())/> }.into_any()
        }
        Some(Ok(found)) => view! { <RegulationEditor work=found csrf=csrf.clone()/> }.into_any(),
    }
}

/// What the page last did, said at its top, where the focus goes after it.
#[derive(Clone, Copy, PartialEq)]
enum Notice {
    InDiscussion,
    Answered,
    Approved(u32),
}

#[component]
fn RegulationEditor(work: RegulationWork, csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    let number = work.service;
    let path = StoredValue::new(regulation_work_path(number));
    let csrf = StoredValue::new(csrf);
    let reg = RwSignal::new(work.regulation.clone());
    let work = RwSignal::new(work);
    let problems =
        Memo::new(move |_| regulation_problems(reg.with(Regulation::problems), i18n.lang()));
    let ed = Editing { reg, problems };
    let refused = RwSignal::new(Vec::<Problem>::new());
    let notice = RwSignal::new(None::<Notice>);
    let saved = RwSignal::new(false);
    let until = RwSignal::new(String::new());
    let stage = Memo::new(move |_| work.with(|w| w.stage));
    let unsaved = Memo::new(move |_| {
        stage.get() == RegulationStage::Editing && work.with(|w| reg.with(|r| *r != w.regulation))
    });
    // Changes not yet saved are only here: leaving the page with them asks first.
    let guard = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if unsaved.try_get_untracked().unwrap_or(false) {
            ev.prevent_default();
        }
    });
    on_cleanup(move || guard.remove());
    page_title(move || {
        let prefix = if refused.with(Vec::is_empty) {
            ""
        } else {
            i18n.t(Msg::ErrorPrefix)
        };
        let name =
            work.with(|w| i18n.fill(Msg::RegEditorTitle, &[("title", w.title.get(i18n.lang()))]));
        format!("{prefix} {name}").trim().to_owned()
    });

    // The server's answer becomes the page's state; the regulation it holds replaces the one
    // typed unless more was typed after it was sent.
    let take = move |fresh: RegulationWork, sent: Option<Regulation>| {
        if sent.is_none_or(|sent| reg.with_untracked(|r| *r == sent)) {
            reg.try_set(fresh.regulation.clone());
        }
        work.try_set(fresh);
    };
    let announce = move |done: Notice| {
        notice.try_set(Some(done));
        focus_soon("reg-notice".into());
    };
    let put = move |body: Regulation| async move {
        send_json::<RegulationWork>(
            &path.get_value(),
            &body,
            &csrf_header(&csrf.get_value()),
            Method::Put,
        )
        .await
    };
    let post = move |to: &'static str, body: Option<ToDiscussion>| async move {
        send_json::<RegulationWork>(
            &format!("{}/{to}", path.get_value()),
            &body,
            &csrf_header(&csrf.get_value()),
            Method::Post,
        )
        .await
    };

    let save = Callback::new(move |()| {
        let body = reg.get_untracked();
        notice.set(None);
        saved.set(false);
        spawn_local(async move {
            let outcome = put(body.clone()).await;
            // Put to discussion meanwhile (in another tab): the page reads it again, read-only.
            let moved_on = matches!(&outcome, Err(SendError::Problems(found))
                if found.iter().any(|p| p.code == ErrorCode::RegulationInDiscussion));
            answered(outcome, refused, i18n.lang(), &same, |fresh| {
                take(fresh, Some(body));
                saved.try_set(true);
            });
            if moved_on && let Ok(fresh) = get_json::<RegulationWork>(&path.get_value()).await {
                take(fresh, None);
            }
        });
    });

    let to_discussion = Callback::new(move |()| {
        let lang = i18n.lang();
        notice.set(None);
        let day = until.get_untracked();
        if day.trim().is_empty() {
            let mut problem = Problem::new(ErrorCode::Required, Some("until"), lang);
            problem.message = format!("{}: {}", Msg::RegUntil.text(lang), problem.message);
            refused.set(vec![problem]);
            return;
        }
        spawn_local(async move {
            // What is typed is saved first: the discussion publishes the saved draft.
            if unsaved.get_untracked() || !work.with_untracked(|w| w.has_draft) {
                let body = reg.get_untracked();
                let mut kept = false;
                answered(put(body.clone()).await, refused, lang, &same, |fresh| {
                    take(fresh, Some(body));
                    kept = true;
                });
                if !kept {
                    return;
                }
            }
            let outcome = post("discussion", Some(ToDiscussion { until: day })).await;
            answered(outcome, refused, lang, &same, |fresh| {
                take(fresh, None);
                announce(Notice::InDiscussion);
            });
        });
    });

    let approve = Callback::new(move |()| {
        notice.set(None);
        spawn_local(async move {
            let outcome = post("approve", None).await;
            answered(outcome, refused, i18n.lang(), &same, |fresh| {
                let version = fresh.versions.iter().map(|v| v.version).max().unwrap_or(1);
                take(fresh, None);
                announce(Notice::Approved(version));
            });
        });
    });

    let on_answered = Callback::new(move |fresh: RegulationWork| {
        take(fresh, None);
        announce(Notice::Answered);
    });

    let next_version = Signal::derive(move || {
        work.with(|w| w.versions.iter().map(|v| v.version).max().unwrap_or(0) + 1)
    });
    view! {
        <p class="q-body"><A href=ClientRoute::OfficeRegulations.href()>{t(Msg::RegBack)}</A></p>
        <ErrorSummary problems=refused/>
        <h1 class="q-heading-xl">
            {move || work.with(|w| i18n.fill(Msg::RegEditorTitle, &[("title", w.title.get(i18n.lang()))]))}
            " "
            <span class="q-regulation-editor__number-tag">{number.to_string()}</span>
        </h1>
        <p class="q-body">{move || stage_line(work)}</p>
        <div class="q-regulation-editor__notice" id="reg-notice" tabindex="-1" role="status">
            {move || notice.get().map(|done| {
                let text = match done {
                    Notice::InDiscussion => i18n.t(Msg::RegPutToDiscussion).to_owned(),
                    Notice::Answered => i18n.t(Msg::RegAnswered).to_owned(),
                    Notice::Approved(version) => {
                        i18n.fill(Msg::RegApproved, &[("version", &version.to_string())])
                    }
                };
                view! { <p class="q-inset q-body">{text}</p> }
            })}
        </div>
        {move || match stage.get() {
            RegulationStage::Editing => view! {
                <Drafting ed work refused until saved unsaved save to_discussion/>
            }.into_any(),
            RegulationStage::Discussion => view! {
                <InDiscussion work refused csrf path next_version approve on_answered/>
            }.into_any(),
        }}
        <Versions number versions=Signal::derive(move || work.with(|w| w.versions.clone()))/>
    }
}

/// Where the regulation stands, in one line.
fn stage_line(work: RwSignal<RegulationWork>) -> String {
    let i18n = use_i18n();
    work.with(|w| match w.stage {
        RegulationStage::Discussion => i18n.fill(
            Msg::RegStageDiscussion,
            &[(
                "date",
                &w.discussion_until
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            )],
        ),
        RegulationStage::Editing if w.has_draft => i18n.t(Msg::RegStageDraft).to_owned(),
        RegulationStage::Editing => i18n.t(Msg::RegNoDraftLead).to_owned(),
    })
}

/// The draft being written: what is missing, the inputs, saving, the agreements and putting it
/// to discussion.
#[component]
fn Drafting(
    ed: Editing,
    work: RwSignal<RegulationWork>,
    refused: RwSignal<Vec<Problem>>,
    until: RwSignal<String>,
    saved: RwSignal<bool>,
    unsaved: Memo<bool>,
    save: Callback<()>,
    to_discussion: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let own_agency = work.with_untracked(|w| w.service.agency());
    view! {
        <p class="q-body">{t(Msg::RegEditorLead)}</p>
        <div class="q-regulation-editor">
            <Missing ed/>
            <div class="q-regulation-editor__main">
                <RegulationInputs ed own_agency/>
            </div>
            <aside class="q-regulation-editor__side">
                <section class="q-regulation-editor__panel" aria-label=move || i18n.t(Msg::SaveDraft)>
                    <p class="q-body" role="status">
                        {move || if unsaved.get() {
                            i18n.t(Msg::DraftUnsaved)
                        } else if saved.get() {
                            i18n.t(Msg::RegSaved)
                        } else {
                            ""
                        }}
                    </p>
                    <button type="button" class="q-button" on:click=move |_| save.run(())>{t(Msg::SaveDraft)}</button>
                </section>
                <AgreementsPanel agreements=Signal::derive(move || work.with(|w| w.agreements.clone()))/>
                <ToDiscussionForm until refused on_send=to_discussion/>
            </aside>
        </div>
    }
}

/// The draft in public discussion: read-only, its comments to answer, and approval.
#[component]
fn InDiscussion(
    work: RwSignal<RegulationWork>,
    refused: RwSignal<Vec<Problem>>,
    csrf: StoredValue<String>,
    path: StoredValue<String>,
    next_version: Signal<u32>,
    approve: Callback<()>,
    on_answered: Callback<RegulationWork>,
) -> impl IntoView {
    let i18n = use_i18n();
    let number = work.with_untracked(|w| w.service);
    view! {
        <p class="q-inset q-body">{t(Msg::RegReadOnly)}</p>
        {move || work.with(|w| w.discussion_opened_on).map(|day| view! {
            <p class="q-body">{move || i18n.fill(Msg::RegOpenedOn, &[("date", &day.to_string())])}</p>
        })}
        <p class="q-body"><A href=ClientRoute::Service(number).href()>{t(Msg::RegSeeCard)}</A></p>
        <div class="q-regulation-editor">
            <div class="q-regulation-editor__main">
                <h2 class="q-heading-l">{t(Msg::RegulationTitle)}</h2>
                <RegulationSummary reg=Signal::derive(move || work.with(|w| w.regulation.clone()))/>
                <Comments comments=Signal::derive(move || work.with(|w| w.comments.clone()))
                    refused csrf path on_answered/>
            </div>
            <aside class="q-regulation-editor__side">
                <Approval next_version on_approve=approve/>
                <AgreementsPanel agreements=Signal::derive(move || work.with(|w| w.agreements.clone()))/>
            </aside>
        </div>
    }
}

/// "What is missing": the check as it stands, each problem a link that moves the focus to its
/// input.
#[component]
fn Missing(ed: Editing) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section
            class="q-regulation-editor__missing"
            class:q-regulation-editor__missing--done=move || ed.problems.with(Vec::is_empty)
            aria-labelledby="missing-title"
        >
            <h2 class="q-heading-m" id="missing-title">{t(Msg::MissingTitle)}</h2>
            {move || {
                let list = ed.problems.get();
                if list.is_empty() {
                    return view! { <p class="q-body">{t(Msg::RegMissingNone)}</p> }.into_any();
                }
                let lang = i18n.lang();
                let count = list.len().to_string();
                view! {
                    <p class="q-body">{i18n.fill(Msg::RegMissingCount, &[("count", &count)])}</p>
                    <ul class="q-regulation-editor__missing-list">
                        {list.into_iter().map(|problem| {
                            let path = problem.field.unwrap_or_default();
                            let text = format!("{}: {}", place(&path, lang), what(problem.code, &path, lang));
                            let id = input_id(&path);
                            view! {
                                <li><a href=format!("#{id}") on:click=move |_| focus_soon(id.clone())>{text}</a></li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// The versions approved, newest first, and the public card that shows them.
#[component]
fn Versions(number: ServiceNumber, versions: Signal<Vec<RegulationVersionMark>>) -> impl IntoView {
    view! {
        <section class="q-regulation-editor__section" aria-labelledby="versions-title">
            <h2 class="q-heading-l" id="versions-title">{t(Msg::RegVersionsTitle)}</h2>
            {move || {
                let mut list = versions.get();
                if list.is_empty() {
                    return view! { <p class="q-body">{t(Msg::RegVersionsNone)}</p> }.into_any();
                }
                list.sort_by_key(|v| std::cmp::Reverse(v.version));
                view! {
                    <DataTable labelled_by="versions-title">
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::ColumnVersion)}</th>
                                <th scope="col">{t(Msg::RegColumnApprovedOn)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {list.into_iter().map(|v| view! {
                                <tr>
                                    <td>{v.version}</td>
                                    <td>{v.approved_on.to_string()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </DataTable>
                    <p class="q-body"><A href=ClientRoute::Service(number).href()>{t(Msg::RegSeeCard)}</A></p>
                }.into_any()
            }}
        </section>
    }
}
