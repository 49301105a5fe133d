//! The applicant fills in a defined form: one page at a time (a page whose condition fails is
//! skipped), each page checked by the shared rules before going on and saved as a draft, then
//! "Cavablarınızı yoxlayın" with a way back to each page, and sending. A returned application
//! opens at the first field the agency asked to fix, marked.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use serde_json::{Value, json};

use super::fee::fee_section;
use super::inputs::FieldInput;
use super::{AnswerList, form_of, label_of, page_of, person_of};
use crate::api::{
    ApplicationStatus, ApplicationView, DraftSave, ErrorCode, FieldProblem, Problem, PublishedForm,
    ReferenceData, SessionInfo,
};
use crate::client::{
    LoadError, Method, SendError, csrf_header, get_json, page_title, problems_in, send_failed,
    send_json, t, today, tr, use_i18n,
};
use crate::components::confirmation::Confirmation;
use crate::components::error_summary::ErrorSummary;
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::sign_and_send::{SavedApplication, Signing, signing_step};
use crate::forms::{AnswerContext, Answers, Field, FieldKind, FormDefinition, Person};
use crate::i18n::Msg;
use crate::routes::ClientRoute;
use crate::service_pages::Editing;

/// Where a field's answer is kept: in the form's answers, or in one item of a group.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Place {
    Top,
    Item { group: String, position: usize },
}

impl Place {
    /// The answer's path, as the rules and the server name it (`children.1.child_name`).
    pub(super) fn path(&self, id: &str) -> String {
        match self {
            Self::Top => id.to_owned(),
            Self::Item { group, position } => format!("{group}.{position}.{id}"),
        }
    }
}

/// The form being filled in: its definition, the answers as typed, and what is wrong with them.
#[derive(Clone, Copy)]
pub(super) struct Form {
    pub definition: StoredValue<FormDefinition>,
    pub answers: RwSignal<Answers>,
    pub problems: RwSignal<Vec<Problem>>,
    pub reference: StoredValue<ReferenceData>,
    pub person: StoredValue<Person>,
    /// The fields the agency asked to fix, marked while the returned application is edited.
    pub to_fix: StoredValue<Vec<String>>,
    pub csrf: StoredValue<String>,
    pub max_bytes: u64,
    /// The form editor's preview: the same pages and checks, with nothing saved, uploaded or
    /// sent.
    pub preview: bool,
}

impl Form {
    /// A field's answer, as typed.
    pub(super) fn value(&self, place: &Place, id: &str) -> Option<Value> {
        self.answers.with(|answers| match place {
            Place::Top => answers.get(id).cloned(),
            Place::Item { group, position } => answers.get(group)?.get(position)?.get(id).cloned(),
        })
    }

    /// A field's answer as text ("" when none).
    pub(super) fn text(&self, place: &Place, id: &str) -> String {
        self.value(place, id)
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// One part of a field's answer kept as an object (a date's day, an address's street).
    pub(super) fn part(&self, place: &Place, id: &str, part: &str) -> String {
        self.value(place, id)
            .and_then(|value| value.get(part)?.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    pub(super) fn set(&self, place: &Place, id: &str, value: Value) {
        self.answers.update(|answers| {
            let kept = match place {
                Place::Top => answers,
                Place::Item { group, position } => {
                    let Some(item) = answers
                        .get_mut(group)
                        .and_then(Value::as_array_mut)
                        .and_then(|items| items.get_mut(*position))
                        .and_then(Value::as_object_mut)
                    else {
                        return;
                    };
                    item
                }
            };
            kept.insert(id.to_owned(), value);
        });
    }

    pub(super) fn set_part(&self, place: &Place, id: &str, part: &str, text: String) {
        let mut parts = untrack(|| self.value(place, id))
            .and_then(|value| value.as_object().cloned())
            .unwrap_or_default();
        parts.insert(part.to_owned(), Value::String(text));
        self.set(place, id, Value::Object(parts));
    }

    /// Whether the field's condition holds for the answers as they are now.
    pub(super) fn shown(&self, place: &Place, field: &Field) -> bool {
        self.answers.with(|answers| match place {
            Place::Top => field.shown(answers, None),
            Place::Item { group, position } => {
                let empty = Answers::new();
                let item = answers
                    .get(group)
                    .and_then(|items| items.get(position))
                    .and_then(Value::as_object)
                    .unwrap_or(&empty);
                field.shown(item, Some(answers))
            }
        })
    }

    /// The message of the problem at `path`, while there is one.
    pub(super) fn problem(&self, path: String) -> Memo<Option<String>> {
        let problems = self.problems;
        Memo::new(move |_| {
            problems.with(|found| {
                found
                    .iter()
                    .find(|p| p.field.as_deref() == Some(path.as_str()))
                    .map(|p| p.message.clone())
            })
        })
    }

    /// What the rules find wrong with one page's answers.
    fn page_problems(&self, index: usize) -> Vec<FieldProblem> {
        let answers = self.answers.get_untracked();
        self.with_context(|definition, context| {
            definition.page_problems(&definition.pages[index], &answers, context)
        })
    }

    /// What the rules find wrong with the answers of every page shown.
    fn problems_of_all(&self) -> Vec<FieldProblem> {
        let answers = self.answers.get_untracked();
        self.with_context(|definition, context| definition.read(&answers, context).err())
            .unwrap_or_default()
    }

    fn with_context<T>(&self, f: impl FnOnce(&FormDefinition, &AnswerContext) -> T) -> T {
        self.definition.with_value(|definition| {
            self.reference.with_value(|reference| {
                self.person.with_value(|person| {
                    let context = AnswerContext {
                        reference,
                        today: today(),
                        person,
                    };
                    f(definition, &context)
                })
            })
        })
    }

    /// The pages shown for the answers as they are, by their place in the definition.
    fn shown_pages(&self) -> Vec<usize> {
        self.definition.with_value(|definition| {
            self.answers.with(|answers| {
                definition
                    .shown_pages(answers)
                    .filter_map(|page| definition.pages.iter().position(|p| std::ptr::eq(p, page)))
                    .collect()
            })
        })
    }
}

/// Where the applicant is: a page of the definition, or checking the answers.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    Page(usize),
    Check,
}

/// The application's form with the draft its page opened with, and the draft read afresh after
/// another window saved it first (`reloaded` then says so).
#[component]
pub fn DefinedForm(editing: Editing) -> impl IntoView {
    let Editing {
        info,
        view,
        reference,
        limits,
    } = editing;
    let number = view.number;
    let reloaded = RwSignal::new(false);
    // Loaded into a signal, not a `LocalResource`: the same "loading" and failure, without the
    // resource's machinery in the renderer's part of the client (ADR 0010).
    let loaded = RwSignal::new(None::<Result<(ApplicationView, PublishedForm), LoadError>>);
    // The draft the application's page has just read, or (`None`) the one saved now.
    let load = move |opened: Option<ApplicationView>| {
        spawn_local(async move {
            let got = async {
                let view: ApplicationView = match opened {
                    Some(view) => view,
                    None => get_json(&format!("/api/applications/{number}")).await?,
                };
                let form = form_of(&view).await?;
                Ok((view, form))
            };
            loaded.try_set(Some(got.await));
        });
    };
    load(Some(view));
    let reload = Callback::new(move |()| {
        reloaded.set(true);
        load(None);
    });
    let retry = Callback::new(move |()| {
        loaded.set(None);
        load(None);
    });
    move || {
        match loaded.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailed error retry/> }.into_any(),
        Some(Ok((view, form))) => view! {
            <Fill info=info.clone() view form reference=reference.clone() max_bytes=limits.max_bytes reload reloaded/>
        }
        .into_any(),
    }
    }
}

/// A group the form asks at least one of starts with that many, blank, to fill in.
fn with_groups_started(definition: &FormDefinition, mut answers: Answers) -> Answers {
    for field in definition.fields() {
        if let FieldKind::Group { min, .. } = field.kind {
            let items = answers.entry(field.id.clone()).or_insert_with(|| json!([]));
            if let Some(items) = items.as_array_mut() {
                while items.len() < min as usize {
                    items.push(json!({}));
                }
            }
        }
    }
    answers
}

#[component]
pub(super) fn Fill(
    info: SessionInfo,
    view: ApplicationView,
    form: PublishedForm,
    reference: ReferenceData,
    max_bytes: u64,
    reload: Callback<()>,
    reloaded: RwSignal<bool>,
    /// The form editor's preview (`super::preview`): moving on saves nothing and sending sends
    /// nothing; the pages, their checks and checking the answers are the citizen's own.
    #[prop(optional)]
    preview: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let number = view.number;
    let definition = form.definition;
    let demo = definition.demo;
    let answers = with_groups_started(
        &definition,
        view.form.as_object().cloned().unwrap_or_default(),
    );
    let returned = view.status == ApplicationStatus::Returned;
    let note = returned.then(|| view.agency_note()).flatten();
    let first_to_fix = view
        .fields_to_fix
        .iter()
        .filter_map(|field| page_of(&definition, field))
        .min();
    let fix_problems = view
        .fields_to_fix
        .iter()
        .map(|field| Problem::new(ErrorCode::FixThisField, Some(field), lang))
        .collect();
    let form = Form {
        answers: RwSignal::new(answers),
        problems: RwSignal::new(fix_problems),
        reference: StoredValue::new(reference),
        person: StoredValue::new(person_of(&info)),
        to_fix: StoredValue::new(view.fields_to_fix.clone()),
        csrf: StoredValue::new(info.csrf_token.clone()),
        max_bytes,
        definition: StoredValue::new(definition),
        preview,
    };
    // A draft whose every page is answered (one coming back from paying its fee, say) opens
    // at checking the answers; any other at its first page.
    let complete = !view.form.as_object().is_none_or(|kept| kept.is_empty())
        && form.problems_of_all().is_empty();
    let first = form
        .shown_pages()
        .first()
        .filter(|_| !complete)
        .map_or(Step::Check, |i| Step::Page(*i));
    let step = RwSignal::new(first_to_fix.map_or(first, Step::Page));
    // After "Dəyiş" on the check page, "Davam et" comes back to it.
    let returning = StoredValue::new(false);
    let version = StoredValue::new(view.version);
    let busy = RwSignal::new(false);
    let saved_note = RwSignal::new(false);
    let sent = RwSignal::new(None::<ApplicationView>);
    // In the preview, "send" says that nothing was sent.
    let not_sent = RwSignal::new(false);
    let problems = form.problems;
    let heading = NodeRef::<leptos::html::H1>::new();

    // The error summary names the field each problem is about; beside the field, the problem
    // alone is said.
    let summary = Signal::derive(move || {
        let lang = i18n.lang();
        problems
            .get()
            .into_iter()
            .map(|mut problem| {
                let label = problem
                    .field
                    .as_deref()
                    .and_then(|path| form.definition.with_value(|d| label_of(d, path, lang)));
                if let Some(label) = label {
                    problem.message = format!("{label}: {}", problem.message);
                }
                problem
            })
            .collect::<Vec<_>>()
    });
    let heading_text = move || match step.get() {
        Step::Page(index) => form
            .definition
            .with_value(|d| d.pages[index].title.get(i18n.lang()).to_owned()),
        Step::Check => i18n.t(Msg::DefinedFormCheckTitle).to_owned(),
    };
    page_title(move || {
        let prefix = if problems.with(Vec::is_empty) {
            ""
        } else {
            i18n.t(Msg::ErrorPrefix)
        };
        format!("{prefix} {}", heading_text()).trim().to_owned()
    });
    // After each step is drawn its heading takes the focus, so that screen readers start there.
    Effect::new(move |previous: Option<Step>| {
        let current = step.get();
        if previous.is_some_and(|p| p != current)
            && let Some(heading) = heading.get_untracked()
        {
            let _ = heading.focus();
        }
        current
    });

    let show_problems = move |found: Vec<FieldProblem>| {
        problems.set(problems_in(i18n.lang(), found));
    };
    // The problems of the first page that has any, on that page; `None` when there are none.
    let to_first_problem = move |found: Vec<Problem>| -> Option<()> {
        let page = form.definition.with_value(|d| {
            found
                .iter()
                .filter_map(|p| page_of(d, p.field.as_deref()?))
                .min()
        })?;
        let here = found
            .into_iter()
            .filter(|p| {
                form.definition
                    .with_value(|d| p.field.as_deref().and_then(|f| page_of(d, f)))
                    == Some(page)
            })
            .collect();
        step.set(Step::Page(page));
        problems.set(here);
        Some(())
    };
    let failed = move |error: SendError| match error {
        SendError::Problems(found) if found.iter().any(|p| p.code == ErrorCode::StaleVersion) => {
            reload.run(());
        }
        SendError::Problems(found) => {
            let general: Vec<Problem> = found
                .iter()
                .filter(|p| p.field.is_none())
                .cloned()
                .collect();
            if to_first_problem(found).is_none() {
                problems.set(general);
            }
        }
        SendError::Failed => problems.set(send_failed(i18n.lang())),
    };
    let save = move || {
        let body = DraftSave {
            version: version.get_value(),
            form: Value::Object(form.answers.get_untracked()),
        };
        async move {
            if preview {
                return Ok(());
            }
            let token = form.csrf.get_value();
            let path = format!("/api/applications/{number}");
            let saved =
                send_json::<ApplicationView>(&path, &body, &csrf_header(&token), Method::Put).await;
            saved.map(|view| version.set_value(view.version))
        }
    };
    // Saves the draft, then shows `target`; the check page only when every page holds, else the
    // first page with a problem, with its problems.
    let move_to = move |target: Step| {
        let (target, found) = match target {
            Step::Check => {
                let found = form.problems_of_all();
                let first = form.definition.with_value(|d| {
                    found
                        .iter()
                        .filter_map(|(_, field)| page_of(d, field))
                        .min()
                });
                match first {
                    Some(page) => {
                        let here: Vec<FieldProblem> = found
                            .into_iter()
                            .filter(|(_, field)| {
                                form.definition.with_value(|d| page_of(d, field)) == Some(page)
                            })
                            .collect();
                        (Step::Page(page), here)
                    }
                    None => (Step::Check, Vec::new()),
                }
            }
            page => (page, Vec::new()),
        };
        busy.set(true);
        let saving = save();
        spawn_local(async move {
            match saving.await {
                Ok(_) => {
                    problems.try_set(problems_in(i18n.lang(), found));
                    step.try_set(target);
                    saved_note.try_set(!preview);
                    returning.set_value(false);
                }
                Err(error) => failed(error),
            }
            busy.try_set(false);
        });
    };
    let next_after = move |index: usize| {
        form.shown_pages()
            .into_iter()
            .find(|i| *i > index)
            .map_or(Step::Check, Step::Page)
    };
    let go_on = move || {
        let Step::Page(index) = step.get_untracked() else {
            return;
        };
        let found = form.page_problems(index);
        if !found.is_empty() {
            show_problems(found);
            return;
        }
        if returning.get_value() {
            move_to(Step::Check);
        } else {
            move_to(next_after(index));
        }
    };
    let back = move || match step.get_untracked() {
        Step::Page(index) => form
            .shown_pages()
            .into_iter()
            .rev()
            .find(|i| *i < index)
            .map(Step::Page),
        Step::Check => form.shown_pages().last().copied().map(Step::Page),
    };
    // "Müraciəti göndər" opens the signing step; the answers are saved page by page already.
    let signing = RwSignal::new(None::<i64>);
    let submit = move || {
        if preview {
            not_sent.set(true);
            return;
        }
        signing.set(Some(version.get_value()));
    };
    let refused = Callback::new(move |error: SendError| {
        signing.try_set(None);
        failed(error);
    });
    let on_sent = Callback::new(move |view: ApplicationView| {
        sent.try_set(Some(view));
    });
    let back_to_check = Callback::new(move |()| signing.set(None));
    let change = move |index: usize| {
        not_sent.set(false);
        returning.set_value(true);
        problems.set(Vec::new());
        step.set(Step::Page(index));
    };
    let note = StoredValue::new(note);

    let counter = move || {
        let shown = form.shown_pages();
        let at = match step.get() {
            Step::Page(index) => shown.iter().position(|i| *i == index).unwrap_or(0) + 1,
            Step::Check => shown.len() + 1,
        };
        i18n.fill(
            Msg::StepOf,
            &[
                ("step", &at.to_string()),
                ("total", &(shown.len() + 1).to_string()),
            ],
        )
    };
    move || {
        if let Some(view) = sent.get() {
            return view! { <Submitted view/> }.into_any();
        }
        let current = step.get();
        // Drawn again for each step only, not for each answer typed.
        let back_button = untrack(back).map(|to| {
            view! {
                <p class="q-body">
                    <button type="button" class="q-link-button q-defined-form__back" disabled=move || busy.get() on:click=move |_| move_to(to)>
                        {t(Msg::Back)}
                    </button>
                </p>
            }
        });
        let body = match current {
            Step::Page(index) => {
                let fields = form.definition.with_value(|d| d.pages[index].fields.clone());
                view! {
                    <form class="q-form q-defined-form__page" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        go_on();
                    }>
                        {fields.into_iter().map(|field| view! { <FieldInput form place=Place::Top field/> }).collect_view()}
                        <button type="submit" class="q-button" disabled=move || busy.get()>{t(Msg::SaveAndContinue)}</button>
                        <p class="q-hint" role="status">{move || saved_note.get().then(|| t(Msg::DraftSaved))}</p>
                    </form>
                }
                .into_any()
            }
            Step::Check => view! {
                <p class="q-body">{t(Msg::DefinedFormCheckLead)}</p>
                <CheckAnswers form change/>
                {form.definition.with_value(|d| d.fee.clone()).map(|fee| fee_section(number, fee, form.csrf, problems))}
                {move || match signing.get() {
                    Some(version) => view! {
                        {signing_step(Signing { what: SavedApplication { number, version }, csrf: form.csrf.get_value(), problems, sent: on_sent, refused, back: back_to_check })}
                    }
                    .into_any(),
                    None => view! {
                        <form class="q-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
                            ev.prevent_default();
                            submit();
                        }>
                            <button type="submit" class="q-button" disabled=move || busy.get()>{t(Msg::DefinedFormSend)}</button>
                            {preview.then(|| view! {
                                <p class="q-body" role="status">{move || not_sent.get().then(|| t(Msg::PreviewNotSent))}</p>
                            })}
                        </form>
                    }
                    .into_any(),
                }}
            }
            .into_any(),
        };
        view! {
            {back_button}
            <ErrorSummary problems=summary/>
            {demo.then(|| view! {
                <div class="q-warning q-defined-form__demo"><p class="q-body">{t(Msg::DefinedFormDemo)}</p></div>
            })}
            {move || reloaded.get().then(|| view! {
                <div class="q-warning" role="status"><p class="q-body">{t(Msg::DefinedFormReloaded)}</p></div>
            })}
            {note.get_value().map(|note| view! {
                <div class="q-warning" role="status">
                    <p class="q-body"><strong>{t(Msg::ReturnedForCorrection)}</strong></p>
                    <p class="q-body">{note}</p>
                </div>
            })}
            <p class="q-caption">
                {(!preview).then(|| view! {
                    {move || i18n.fill(Msg::ApplicationNumberIs, &[("number", &number.to_string())])}
                    " · "
                })}
                {counter}
            </p>
            <h1 class="q-heading-xl" tabindex="-1" node_ref=heading>{heading_text}</h1>
            {body}
        }
        .into_any()
    }
}

/// "Cavablarınızı yoxlayın": the answers of each page shown, as the rules keep them, each page
/// with "Dəyiş" back to it.
#[component]
fn CheckAnswers(
    form: Form,
    change: impl Fn(usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang();
        let answers = form.answers.get_untracked();
        let sections = form.with_context(|definition, context| {
            let kept = definition.read(&answers, context).unwrap_or_default();
            let rows = definition.rows(&kept, lang, context.reference);
            definition
                .shown_pages(&answers)
                .filter_map(|page| {
                    let index = definition
                        .pages
                        .iter()
                        .position(|p| std::ptr::eq(p, page))?;
                    let own: Vec<_> = rows
                        .iter()
                        .filter(|row| page_of(definition, &row.field) == Some(index))
                        .cloned()
                        .collect();
                    Some((index, page.title.clone(), own))
                })
                .collect::<Vec<_>>()
        });
        sections
            .into_iter()
            .map(|(index, title, rows)| {
                let name = title.get(lang).to_owned();
                view! {
                    <section class="q-defined-form__section">
                        <div class="q-defined-form__section-head">
                            <h2 class="q-heading-m">{tr(title)}</h2>
                            <button type="button" class="q-link-button" on:click=move |_| change(index)>
                                {t(Msg::Change)}
                                <span class="q-visually-hidden">{format!(": {name}")}</span>
                            </button>
                        </div>
                        <AnswerList rows/>
                    </section>
                }
            })
            .collect_view()
    }
}

/// After sending: the number, what happens next, and the way to the applicant's applications.
#[component]
fn Submitted(view: ApplicationView) -> impl IntoView {
    view! {
        <Confirmation number=view.number/>
        <p class="q-body">{t(Msg::ApplicationSentBody)}</p>
        <p class="q-body"><A href=ClientRoute::MyApplications.href()>{t(Msg::BackToApplications)}</A></p>
    }
}
