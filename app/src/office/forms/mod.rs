//! "Müraciət formaları": the supervisor or the service editor builds the application forms of
//! the agency's interactive services as data (ADR 0012). The list of services, and for each the
//! editor: a definition held whole in one signal, the publish check run on it as it is typed
//! ("what is missing", each problem a link to its input), saving the draft at any point (half
//! built or not), previewing it as the citizen will see it (`crate::form_preview`), publishing a version
//! after a confirmation, export and import as JSON, and the versions published.

mod condition;
mod fee;
mod fields;
mod inputs;
mod kind;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use serde::Deserialize;
use wasm_bindgen::JsCast;

use crate::api::{
    EditableService, ErrorCode, FormVersion, FormWork, OfficerRole, Problem, SavedForm,
    definition_problems, form_work_path,
};
use crate::client::{
    Method, SendError, csrf_header, focus_soon, get_json, load, page_title, send_failed, send_json,
    t, tr, use_i18n,
};
use crate::components::data_table::DataTable;
use crate::components::error_summary::{ErrorSummary, FieldError, described_by, problem_for};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::office_nav::AtDesk;
use crate::domain::{ServiceNumber, shown_moment};
use crate::forms::edit::{anchor_path, dom_id, place_name, problem_message};
use crate::forms::{Field, FormDefinition, Page};
use crate::i18n::Msg;
use crate::routes::ClientRoute;
use fields::PageEditor;

/// The definition being edited, and the publish check's problems of it as it is now.
#[derive(Clone, Copy)]
struct Editing {
    def: RwSignal<FormDefinition>,
    problems: Memo<Vec<Problem>>,
}

impl Editing {
    fn read_page<T>(self, page: usize, read: impl FnOnce(&Page) -> T) -> Option<T> {
        self.def.with(|d| d.pages.get(page).map(read))
    }

    fn edit_page(self, page: usize, change: impl FnOnce(&mut Page)) {
        self.def.update(|d| {
            if let Some(p) = d.pages.get_mut(page) {
                change(p);
            }
        });
    }

    fn read_field<T>(
        self,
        at: crate::forms::edit::FieldAt,
        read: impl FnOnce(&Field) -> T,
    ) -> Option<T> {
        self.def.with(|d| d.field_at(at).map(read))
    }

    fn edit_field(self, at: crate::forms::edit::FieldAt, change: impl FnOnce(&mut Field)) {
        self.def.update(|d| {
            if let Some(field) = d.field_at_mut(at) {
                change(field);
            }
        });
    }

    /// The problem of the part at `path`, shown beside its input.
    fn error(self, path: String) -> Memo<Option<String>> {
        problem_for(self.problems.into(), path)
    }
}

/// Moves focus to the element of `path` once it is drawn: after "+ add" to the new item's first
/// input, as the add-another pattern asks, and to a confirmation when it appears.
fn focus_when_drawn(path: String) {
    request_animation_frame(move || {
        if let Some(input) = document()
            .get_element_by_id(&dom_id(&path))
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = input.focus();
        }
    });
}

/// Shows `page` to the agency's supervisor or service editor; anyone else at a desk is told it is
/// not theirs.
fn editors_only(role: OfficerRole, title: Msg, page: impl FnOnce() -> AnyView) -> AnyView {
    if role.edits_forms() {
        page()
    } else {
        view! {
            <h1 class="q-heading-xl">{t(title)}</h1>
            <p class="q-body">{t(Msg::ErrForbidden)}</p>
        }
        .into_any()
    }
}

#[component]
pub fn OfficeForms() -> impl IntoView {
    view! {
        <AtDesk page=|_, role| editors_only(role.role, Msg::FormsTitle, || view! { <ServiceForms/> }.into_any())/>
    }
}

#[component]
pub fn OfficeForm(number: ServiceNumber) -> impl IntoView {
    view! {
        <AtDesk page=move |info, role| editors_only(role.role, Msg::FormsTitle, move || {
            view! { <FormLoader number csrf=info.csrf_token/> }.into_any()
        })/>
    }
}

/// The agency's interactive services, each with its form's state.
#[component]
fn ServiceForms() -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::FormsTitle).to_owned());
    let services = load::<Vec<EditableService>>("/api/office/services".into());
    view! {
        <h1 class="q-heading-xl" id="forms-title">{t(Msg::FormsTitle)}</h1>
        <p class="q-body">{t(Msg::FormsLead)}</p>
        {move || match services.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| services.refetch())/> }.into_any(),
            Some(Ok(list)) if list.is_empty() => view! { <p class="q-body">{t(Msg::FormsNone)}</p> }.into_any(),
            Some(Ok(list)) => view! {
                <DataTable labelled_by="forms-title">
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::ColumnService)}</th>
                            <th scope="col">{t(Msg::ServiceNumberLabel)}</th>
                            <th scope="col">{t(Msg::ColumnDraft)}</th>
                            <th scope="col">{t(Msg::ColumnPublishedVersion)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {list.into_iter().map(|service| view! {
                            <tr>
                                <td>{if service.hand_built {
                                    view! {
                                        {tr(service.title)} " "
                                        <strong class="q-tag">{t(Msg::FormsHandBuilt)}</strong>
                                    }.into_any()
                                } else {
                                    view! { <A href=ClientRoute::OfficeForm(service.service).href()>{tr(service.title)}</A> }.into_any()
                                }}</td>
                                <td>{service.service.to_string()}</td>
                                <td>{t(if service.has_draft { Msg::Yes } else { Msg::No })}</td>
                                <td>{match service.published_version {
                                    Some(version) => version.to_string().into_any(),
                                    None => t(Msg::NotYetPublished).into_any(),
                                }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </DataTable>
            }.into_any(),
        }}
    }
}

#[component]
fn FormLoader(number: ServiceNumber, csrf: String) -> impl IntoView {
    let work = load::<FormWork>(form_work_path(number));
    move || match work.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error retry=Callback::new(move |()| work.refetch())/> }.into_any()
        }
        Some(Ok(found)) => view! { <FormEditor work=found csrf=csrf.clone()/> }.into_any(),
    }
}

/// What the editor last did, said in the language in use.
#[derive(Clone, Copy, PartialEq)]
enum Notice {
    Saved,
    Imported,
    Published(u32),
    SaveFirst,
}

#[derive(Deserialize)]
struct Published {
    version: u32,
}

/// The server's problems, each saying where it is and linked to the input its path names.
fn anchored(mut found: Vec<Problem>, lang: crate::domain::Lang) -> Vec<Problem> {
    for problem in &mut found {
        if let Some(path) = problem.field.take() {
            let message = problem_message(problem.code, &path).text(lang);
            problem.message = format!("{}: {message}", place_name(lang, &path));
            problem.field = Some(anchor_path(&path).to_owned());
        }
    }
    found
}

#[component]
fn FormEditor(work: FormWork, csrf: String) -> impl IntoView {
    let i18n = use_i18n();
    let number = work.service;
    let path = form_work_path(number);
    let title = work.title.clone();
    let def = RwSignal::new(work.draft.clone().unwrap_or_else(FormDefinition::empty));
    let saved = RwSignal::new(work.draft);
    let problems =
        Memo::new(move |_| definition_problems(def.with(FormDefinition::problems), i18n.lang()));
    let ed = Editing { def, problems };
    let refused = RwSignal::new(Vec::<Problem>::new());
    let notice = RwSignal::new(None::<Notice>);
    let versions = RwSignal::new(work.versions);
    let confirming = RwSignal::new(false);
    let unsaved = Memo::new(move |_| def.with(|d| saved.with(|s| s.as_ref() != Some(d))));
    // Changes not yet saved are only here: leaving the page with them asks first.
    let guard = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if unsaved.try_get_untracked().unwrap_or(false) {
            ev.prevent_default();
        }
    });
    on_cleanup(move || guard.remove());
    let csrf = StoredValue::new(csrf);
    let path = StoredValue::new(path);
    page_title(move || {
        let prefix = if refused.with(Vec::is_empty) {
            ""
        } else {
            i18n.t(Msg::ErrorPrefix)
        };
        let name = i18n.fill(Msg::FormEditorTitle, &[("title", title.get(i18n.lang()))]);
        format!("{prefix} {name}").trim().to_owned()
    });

    let save = move |_| {
        let body = def.get_untracked();
        notice.set(None);
        spawn_local(async move {
            let outcome = send_json::<SavedForm>(
                &path.get_value(),
                &body,
                &csrf_header(&csrf.get_value()),
                Method::Put,
            )
            .await;
            shown(outcome, refused, i18n.lang(), |stored| {
                saved.try_set(Some(stored.definition));
                notice.try_set(Some(Notice::Saved));
            });
        });
    };

    // The preview reads the saved draft: what is typed is saved first, then it opens. It is an
    // area of its own (ADR 0010), so a full load.
    let open_preview = move || {
        let _ = window()
            .location()
            .assign(&ClientRoute::OfficeFormPreview(number).href());
    };
    let preview = move |_| {
        notice.set(None);
        if !unsaved.get_untracked() {
            open_preview();
            return;
        }
        let body = def.get_untracked();
        spawn_local(async move {
            let outcome = send_json::<SavedForm>(
                &path.get_value(),
                &body,
                &csrf_header(&csrf.get_value()),
                Method::Put,
            )
            .await;
            let mut opened = false;
            shown(outcome, refused, i18n.lang(), |stored| {
                saved.try_set(Some(stored.definition));
                opened = true;
            });
            if opened {
                open_preview();
            }
        });
    };

    let publish = move |_| {
        confirming.set(false);
        notice.set(None);
        spawn_local(async move {
            let outcome = send_json::<Published>(
                &format!("{}/publish", path.get_value()),
                &(),
                &csrf_header(&csrf.get_value()),
                Method::Post,
            )
            .await;
            let Ok(published) = outcome else {
                shown(outcome.map(|_| ()), refused, i18n.lang(), |()| {});
                return;
            };
            refused.try_set(Vec::new());
            notice.try_set(Some(Notice::Published(published.version)));
            if let Ok(work) = get_json::<FormWork>(&path.get_value()).await {
                versions.try_set(work.versions);
            }
        });
    };

    let ask_to_publish = move |_| {
        if unsaved.get_untracked() || !problems.with_untracked(Vec::is_empty) {
            notice.set(Some(Notice::SaveFirst));
        } else {
            notice.set(None);
            confirming.set(true);
            focus_when_drawn("publish-yes".into());
        }
    };

    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Cleared, so that choosing the same file again, once fixed, imports it again.
        input.set_value("");
        notice.set(None);
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|text| text.as_string());
            let Some(json) = text.and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
            else {
                refused.try_set(vec![Problem {
                    code: ErrorCode::DefinitionUnreadable,
                    field: Some("import".into()),
                    message: i18n.t(Msg::ImportNotJson).to_owned(),
                }]);
                return;
            };
            // Any file the schema reads is saved, with what it lacks listed as it is for typed
            // work; one it cannot read is refused, named by its path, and the draft stays.
            let outcome = send_json::<SavedForm>(
                &path.get_value(),
                &json,
                &csrf_header(&csrf.get_value()),
                Method::Put,
            )
            .await;
            shown(outcome, refused, i18n.lang(), |stored| {
                def.try_set(stored.definition.clone());
                saved.try_set(Some(stored.definition));
                notice.try_set(Some(Notice::Imported));
            });
        });
    };

    let export = format!("{}/export", path.get_value());
    view! {
        <p class="q-body"><A href=ClientRoute::OfficeForms.href()>{t(Msg::FormsBack)}</A></p>
        <ErrorSummary problems=refused/>
        <h1 class="q-heading-xl">
            {move || i18n.fill(Msg::FormEditorTitle, &[("title", work.title.get(i18n.lang()))])}
            " "
            <span class="q-form-editor__number-tag">{number.to_string()}</span>
        </h1>
        <p class="q-body">{t(Msg::FormDraftNote)}</p>
        <div class="q-form-editor">
            <div class="q-form-editor__main">
                <div class="q-checkboxes">
                    <div class="q-checkboxes__item">
                        <input class="q-checkboxes__input" type="checkbox" id="demo"
                            prop:checked=move || def.with(|d| d.demo)
                            on:change=move |ev| def.update(|d| d.demo = event_target_checked(&ev))/>
                        <label class="q-checkboxes__label" for="demo">{t(Msg::FormDemo)}</label>
                    </div>
                </div>
                <Pages ed/>
                <fee::FeeSettings ed/>
            </div>
            <aside class="q-form-editor__side">
                <Missing ed/>
                <section class="q-form-editor__publish" aria-labelledby="publish-title">
                    <h2 class="q-heading-m q-visually-hidden" id="publish-title">{t(Msg::PublishForm)}</h2>
                    <p class="q-body" role="status">
                        {move || match notice.get() {
                            Some(Notice::Saved) => i18n.t(Msg::FormDraftSaved).to_owned(),
                            Some(Notice::Imported) => i18n.t(Msg::FormImported).to_owned(),
                            Some(Notice::Published(version)) => i18n.fill(Msg::FormPublished, &[("version", &version.to_string())]),
                            Some(Notice::SaveFirst) => i18n.t(Msg::PublishNeedsSave).to_owned(),
                            None if unsaved.get() => i18n.t(Msg::DraftUnsaved).to_owned(),
                            None => String::new(),
                        }}
                    </p>
                    <div class="q-form-editor__buttons">
                        <button type="button" class="q-button" on:click=save>{t(Msg::SaveDraft)}</button>
                        <button type="button" class="q-button q-button--secondary" aria-describedby="preview-hint" on:click=preview>{t(Msg::PreviewForm)}</button>
                        <button type="button" class="q-button q-button--secondary" on:click=ask_to_publish>{t(Msg::PublishForm)}</button>
                    </div>
                    <p class="q-hint" id="preview-hint">{t(Msg::PreviewHint)}</p>
                    {move || confirming.get().then(|| {
                        let next = versions.with(|v| v.iter().map(|v| v.version).max().unwrap_or(0) + 1);
                        view! {
                            <div class="q-inset q-inset--warning">
                                <p class="q-body">{move || i18n.fill(Msg::PublishConfirm, &[("version", &next.to_string())])}</p>
                                <div class="q-form-editor__buttons">
                                    <button type="button" id="publish-yes" class="q-button q-button--warning" on:click=publish>{t(Msg::PublishYes)}</button>
                                    <button type="button" class="q-button q-button--secondary" on:click=move |_| confirming.set(false)>{t(Msg::Cancel)}</button>
                                </div>
                            </div>
                        }
                    })}
                    {move || saved.with(Option::is_some).then(|| view! {
                        <p class="q-body"><a href=export.clone() download="">{t(Msg::ExportForm)}</a></p>
                    })}
                    <ImportInput refused on_file=Callback::new(import)/>
                </section>
                <Versions versions/>
            </aside>
        </div>
    }
}

/// What a save answered: `done` with the stored value, or the problems shown.
fn shown<T>(
    outcome: Result<T, SendError>,
    refused: RwSignal<Vec<Problem>>,
    lang: crate::domain::Lang,
    done: impl FnOnce(T),
) {
    match outcome {
        Ok(value) => {
            refused.try_set(Vec::new());
            done(value);
        }
        Err(SendError::Problems(found)) => {
            refused.try_set(anchored(found, lang));
        }
        Err(SendError::Failed) => {
            refused.try_set(send_failed(lang));
        }
    }
}

#[component]
fn ImportInput(
    refused: RwSignal<Vec<Problem>>,
    on_file: Callback<leptos::ev::Event>,
) -> impl IntoView {
    let error = problem_for(refused.into(), "import".into());
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <label class="q-label" for="import">{t(Msg::ImportLabel)}</label>
            <div class="q-hint" id="import-hint">{t(Msg::ImportHint)}</div>
            <FieldError error id="import-error".to_owned()/>
            <input class="q-form-editor__file" type="file" id="import" accept="application/json,.json"
                aria-describedby=described_by(Some("import-hint".to_owned()), "import-error".to_owned(), error)
                on:change=move |ev| on_file.run(ev)/>
        </div>
    }
}

/// The pages, and adding one.
#[component]
fn Pages(ed: Editing) -> impl IntoView {
    let count = Memo::new(move |_| ed.def.with(|d| d.pages.len()));
    let error = ed.error("pages".into());
    view! {
        <h2 class="q-heading-l">{t(Msg::FormWhole)}</h2>
        {move || (0..count.get()).map(|page| view! { <PageEditor ed page/> }).collect_view()}
        <FieldError error id="pages-error".to_owned()/>
        <button type="button" id="pages" class="q-button q-button--secondary"
            aria-describedby=described_by(None, "pages-error".to_owned(), error)
            on:click=move |_| {
            ed.def.update(|d| {
                let page = d.new_page();
                d.pages.push(page);
            });
            focus_when_drawn(format!("pages.{}.id", count.get_untracked().saturating_sub(1)));
        }>
            {t(Msg::AddPage)}
        </button>
    }
}

/// "What is missing": the publish check as it stands, each problem a link that scrolls to its
/// input and moves the focus there.
#[component]
fn Missing(ed: Editing) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section
            class="q-form-editor__missing"
            class:q-form-editor__missing--done=move || ed.problems.with(Vec::is_empty)
            aria-labelledby="missing-title"
        >
            <h2 class="q-heading-m" id="missing-title">{t(Msg::MissingTitle)}</h2>
            {move || {
                let list = ed.problems.get();
                if list.is_empty() {
                    return view! { <p class="q-body">{t(Msg::MissingNone)}</p> }.into_any();
                }
                let count = list.len().to_string();
                view! {
                    <p class="q-body">{move || i18n.fill(Msg::MissingCount, &[("count", &count)])}</p>
                    <ul class="q-form-editor__missing-list">
                        {list.into_iter().map(|problem| {
                            let path = problem.field.unwrap_or_default();
                            let place = place_name(i18n.lang(), &path);
                            let id = dom_id(&path);
                            view! {
                                <li><a href=format!("#{id}") on:click=move |_| focus_soon(id.clone())>{place} ": " {problem.message}</a></li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// The versions published, newest first, with who published each and when.
#[component]
fn Versions(versions: RwSignal<Vec<FormVersion>>) -> impl IntoView {
    view! {
        <section aria-labelledby="versions-title">
            <h2 class="q-heading-m" id="versions-title">{t(Msg::VersionsTitle)}</h2>
            {move || {
                let mut list = versions.get();
                if list.is_empty() {
                    return view! { <p class="q-body">{t(Msg::VersionsNone)}</p> }.into_any();
                }
                list.sort_by_key(|v| std::cmp::Reverse(v.version));
                view! {
                    <DataTable labelled_by="versions-title">
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::ColumnVersion)}</th>
                                <th scope="col">{t(Msg::ColumnPublishedBy)}</th>
                                <th scope="col">{t(Msg::ColumnPublishedAt)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {list.into_iter().map(|v| {
                                let at = shown_moment(&v.published_at);
                                view! {
                                    <tr>
                                        <td>{v.version}</td>
                                        <td>{v.published_by}</td>
                                        <td>{at}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </DataTable>
                }.into_any()
            }}
        </section>
    }
}
