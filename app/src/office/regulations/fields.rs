//! The fields of appendix 1 as inputs, in its order: each text in az, en and ru, the lists with
//! "+ add" and "remove", the payment revealing its amounts when paid, and the participating
//! agencies by their number in the list.

use leptos::prelude::*;

use super::Editing;
use super::inputs::{Choice, Entry, ItemActions, Kind, Texts, move_item};
use crate::api::{
    AGENCIES_PATH, AgencySummary, Automation, FeeAmount, Regulation, RegulationField, ServiceFee,
    SignatureRule, Step, UserGroup,
};
use crate::client::{focus_soon, load, t, use_i18n};
use crate::components::error_summary::{FieldError, described_by, field_id};
use crate::domain::{AgencyNumber, Lang, Qepik, Text};
use crate::forms::edit::set_text;
use crate::i18n::Msg;

/// Every field of the regulation, each in its own group.
#[component]
pub(super) fn RegulationInputs(ed: Editing, own_agency: AgencyNumber) -> impl IntoView {
    RegulationField::ALL
        .into_iter()
        .map(|field| {
            view! { <div class="q-regulation-editor__field">{input_of(ed, field, own_agency)}</div> }
        })
        .collect_view()
}

fn input_of(ed: Editing, field: RegulationField, own_agency: AgencyNumber) -> AnyView {
    use RegulationField as F;
    match field {
        F::Content
        | F::LegalBasis
        | F::ExecutionTime
        | F::Result
        | F::Information
        | F::Control
        | F::Complaints => {
            let long = field != F::ExecutionTime;
            view! { <TextInputs ed at=TextAt::Whole(field) legend=field.msg() long/> }.into_any()
        }
        F::OtherParticipants
        | F::DocumentsHeldByState
        | F::DocumentsToUpload
        | F::GroundsForRefusal => view! { <TextList ed field/> }.into_any(),
        F::ParticipatingAgencies => view! { <Agencies ed own_agency/> }.into_any(),
        F::Automation => automation(ed),
        F::ExecutionWorkingDays => working_days(ed),
        F::Payment => view! { <PaymentInputs ed/> }.into_any(),
        F::Signature => signature(ed),
        F::Users => view! { <Users ed/> }.into_any(),
        F::WhereProvided => where_provided(ed),
        F::Steps => view! { <Steps ed/> }.into_any(),
    }
}

/// Where a text in three languages is in the regulation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TextAt {
    /// A field that is one text (`content`): absent until typed, absent again once emptied.
    Whole(RegulationField),
    /// An item of a list of texts (`documents_to_upload.2`).
    Item(RegulationField, usize),
    StepTitle(usize),
    /// A step's deadline, which the regulation may leave out.
    StepDeadline(usize),
    Purpose(usize),
    Basis(usize),
    /// How a paid service's fee is paid.
    Means,
}

impl TextAt {
    fn path(self) -> String {
        match self {
            Self::Whole(field) => field.path().to_owned(),
            Self::Item(field, i) => format!("{}.{i}", field.path()),
            Self::StepTitle(i) => format!("steps.{i}.title"),
            Self::StepDeadline(i) => format!("steps.{i}.deadline"),
            Self::Purpose(i) => format!("payment.amounts.{i}.purpose"),
            Self::Basis(i) => format!("payment.amounts.{i}.legal_basis"),
            Self::Means => "payment.means".into(),
        }
    }

    fn read(self, r: &Regulation) -> Option<&Text> {
        let amount = |i: usize| r.payment.as_ref().and_then(|fee| fee.amounts.get(i));
        let step = |i: usize| r.steps.as_ref().and_then(|steps| steps.get(i));
        match self {
            Self::Whole(field) => whole(r, field).and_then(Option::as_ref),
            Self::Item(field, i) => list(r, field)
                .and_then(Option::as_ref)
                .and_then(|l| l.get(i)),
            Self::StepTitle(i) => step(i).map(|s| &s.title),
            Self::StepDeadline(i) => step(i).and_then(|s| s.deadline.as_ref()),
            Self::Purpose(i) => amount(i).map(|a| &a.purpose),
            Self::Basis(i) => amount(i).map(|a| &a.legal_basis),
            Self::Means => r.payment.as_ref().and_then(|fee| fee.means.as_ref()),
        }
    }

    /// Writes what is typed in `lang`.
    fn write(self, r: &mut Regulation, lang: Lang, typed: String) {
        let optional = match self {
            Self::Whole(field) => whole_mut(r, field),
            Self::StepDeadline(i) => r
                .steps
                .as_mut()
                .and_then(|steps| steps.get_mut(i))
                .map(|s| &mut s.deadline),
            Self::Means => r.payment.as_mut().map(|fee| &mut fee.means),
            _ => {
                let text = match self {
                    Self::Item(field, i) => list_mut(r, field)
                        .and_then(Option::as_mut)
                        .and_then(|l| l.get_mut(i)),
                    Self::StepTitle(i) => r
                        .steps
                        .as_mut()
                        .and_then(|steps| steps.get_mut(i))
                        .map(|s| &mut s.title),
                    Self::Purpose(i) => r
                        .payment
                        .as_mut()
                        .and_then(|fee| fee.amounts.get_mut(i))
                        .map(|a| &mut a.purpose),
                    Self::Basis(i) => r
                        .payment
                        .as_mut()
                        .and_then(|fee| fee.amounts.get_mut(i))
                        .map(|a| &mut a.legal_basis),
                    _ => None,
                };
                if let Some(text) = text {
                    set_text(text, lang, typed);
                }
                return;
            }
        };
        if let Some(place) = optional {
            let mut text = place.take().unwrap_or_default();
            set_text(&mut text, lang, typed);
            *place = (!text.all().iter().all(|t| t.is_empty())).then_some(text);
        }
    }
}

fn whole(r: &Regulation, field: RegulationField) -> Option<&Option<Text>> {
    use RegulationField as F;
    Some(match field {
        F::Content => &r.content,
        F::LegalBasis => &r.legal_basis,
        F::ExecutionTime => &r.execution_time,
        F::Result => &r.result,
        F::Information => &r.information,
        F::Control => &r.control,
        F::Complaints => &r.complaints,
        _ => return None,
    })
}

fn whole_mut(r: &mut Regulation, field: RegulationField) -> Option<&mut Option<Text>> {
    use RegulationField as F;
    Some(match field {
        F::Content => &mut r.content,
        F::LegalBasis => &mut r.legal_basis,
        F::ExecutionTime => &mut r.execution_time,
        F::Result => &mut r.result,
        F::Information => &mut r.information,
        F::Control => &mut r.control,
        F::Complaints => &mut r.complaints,
        _ => return None,
    })
}

fn list(r: &Regulation, field: RegulationField) -> Option<&Option<Vec<Text>>> {
    use RegulationField as F;
    Some(match field {
        F::OtherParticipants => &r.other_participants,
        F::DocumentsHeldByState => &r.documents_held_by_state,
        F::DocumentsToUpload => &r.documents_to_upload,
        F::GroundsForRefusal => &r.grounds_for_refusal,
        _ => return None,
    })
}

fn list_mut(r: &mut Regulation, field: RegulationField) -> Option<&mut Option<Vec<Text>>> {
    use RegulationField as F;
    Some(match field {
        F::OtherParticipants => &mut r.other_participants,
        F::DocumentsHeldByState => &mut r.documents_held_by_state,
        F::DocumentsToUpload => &mut r.documents_to_upload,
        F::GroundsForRefusal => &mut r.grounds_for_refusal,
        _ => return None,
    })
}

/// The three inputs of a text of the regulation.
#[component]
fn TextInputs(
    ed: Editing,
    at: TextAt,
    legend: Msg,
    #[prop(default = None)] number: Option<usize>,
    #[prop(optional)] long: bool,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let text = Memo::new(move |_| ed.reg.with(|r| at.read(r).cloned().unwrap_or_default()));
    let on_change = Callback::new(move |(lang, typed): (Lang, String)| {
        ed.reg.update(|r| at.write(r, lang, typed));
    });
    view! { <Texts ed path=at.path() legend number text on_change long optional/> }
}

fn automation(ed: Editing) -> AnyView {
    let chosen = Signal::derive(move || {
        ed.reg.with(|r| {
            r.automation.map(|level| match level {
                Automation::Full => "full",
                Automation::Partial => "partial",
            })
        })
    });
    view! {
        <Choice ed path="automation" legend=Msg::Automation
            options=vec![("full", Msg::AutomationFull), ("partial", Msg::AutomationPartial)]
            chosen
            on_choose=Callback::new(move |code: &'static str| ed.reg.update(|r| {
                r.automation = Some(if code == "full" { Automation::Full } else { Automation::Partial });
            }))/>
    }
    .into_any()
}

fn signature(ed: Editing) -> AnyView {
    let chosen = Signal::derive(move || {
        Some(match ed.reg.with(|r| r.signature) {
            SignatureRule::Required => "required",
            SignatureRule::UnsignedAccepted => "unsigned_accepted",
        })
    });
    view! {
        <Choice ed path="signature" legend=Msg::SignatureRuleLabel
            options=vec![("required", Msg::SignatureRequiredRule), ("unsigned_accepted", Msg::UnsignedAcceptedRule)]
            chosen
            on_choose=Callback::new(move |code: &'static str| ed.reg.update(|r| {
                r.signature = if code == "required" { SignatureRule::Required } else { SignatureRule::UnsignedAccepted };
            }))/>
    }
    .into_any()
}

fn working_days(ed: Editing) -> AnyView {
    let value = Signal::derive(move || {
        ed.reg
            .with(|r| r.execution_working_days.map(|d| d.to_string()))
            .unwrap_or_default()
    });
    view! {
        <Entry ed path="execution_working_days" label=Msg::ExecutionWorkingDays hint=Msg::RegDaysHint
            kind=Kind::Number value
            on_change=Callback::new(move |typed: String| ed.reg.update(|r| {
                // What does not read as a number of days is left out, which the check names.
                r.execution_working_days = typed.trim().parse().ok();
            }))/>
    }
    .into_any()
}

fn where_provided(ed: Editing) -> AnyView {
    let value = Signal::derive(move || {
        ed.reg
            .with(|r| r.where_provided.clone())
            .unwrap_or_default()
    });
    view! {
        <Entry ed path="where_provided" label=Msg::WhereProvided hint=Msg::RegWhereHint
            kind=Kind::Address value
            on_change=Callback::new(move |typed: String| ed.reg.update(|r| {
                r.where_provided = (!typed.trim().is_empty()).then_some(typed);
            }))/>
    }
    .into_any()
}

/// A list of texts the regulation states: "none" or the items, each removable, and "+ add".
/// Not stated at all is a choice not yet made.
#[component]
fn TextList(ed: Editing, field: RegulationField) -> impl IntoView {
    let i18n = use_i18n();
    let path = field.path();
    let stated = Memo::new(move |_| {
        ed.reg
            .with(|r| list(r, field).and_then(|l| l.as_ref().map(Vec::len)))
    });
    let count = Memo::new(move |_| stated.get().unwrap_or(0));
    let chosen = Signal::derive(move || stated.get().map(|n| if n == 0 { "none" } else { "some" }));
    let add_id = StoredValue::new(format!("{}-add", field_id(path)));
    let edit = move |change: &dyn Fn(&mut Option<Vec<Text>>)| {
        ed.reg.update(|r| {
            if let Some(items) = list_mut(r, field) {
                change(items);
            }
        });
    };
    let on_choose = Callback::new(move |code: &'static str| {
        edit(&|items| {
            if code == "none" {
                *items = Some(Vec::new());
            } else if items.as_ref().is_none_or(Vec::is_empty) {
                *items = Some(vec![Text::default()]);
            }
        });
        if code == "some" {
            focus_soon(field_id(&format!("{path}.0.az")));
        }
    });
    let item = move |i: usize| {
        let name = Signal::derive(move || {
            format!(
                "{} › {}",
                i18n.t(field.msg()),
                i18n.fill(Msg::RegItemNumber, &[("n", &(i + 1).to_string())])
            )
        });
        let remove = Callback::new(move |()| {
            edit(&|items| {
                if let Some(items) = items.as_mut().filter(|l| i < l.len()) {
                    items.remove(i);
                }
            });
            // Focus goes where the person can carry on: "+ add", or the choice once the list
            // is empty.
            let left = count.get_untracked();
            focus_soon(if left == 0 {
                field_id(path)
            } else {
                add_id.get_value()
            });
        });
        view! {
            <div class="q-regulation-editor__item">
                <TextInputs ed at=TextAt::Item(field, i) legend=Msg::RegItemNumber number=Some(i)/>
                <ItemActions name on_remove=remove/>
            </div>
        }
    };
    view! {
        <Choice ed path=path legend=field.msg()
            options=vec![("none", Msg::RegListNone), ("some", Msg::RegListSome)]
            chosen on_choose/>
        {move || (0..count.get()).map(item).collect_view()}
        {move || (count.get() > 0).then(|| view! {
            <button type="button" id=add_id.get_value() class="q-button q-button--secondary"
                on:click=move |_| {
                    let n = count.get_untracked();
                    edit(&|items| items.get_or_insert_with(Vec::new).push(Text::default()));
                    focus_soon(field_id(&format!("{path}.{n}.az")));
                }>
                {t(Msg::RegAdd)}
                <span class="q-visually-hidden">": " {t(field.msg())}</span>
            </button>
        })}
    }
}

/// The steps of the service, in order, each with what is done and, if the regulation sets one,
/// its deadline.
#[component]
fn Steps(ed: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let count = Memo::new(move |_| ed.reg.with(|r| r.steps.as_ref().map_or(0, Vec::len)));
    let error = ed.error("steps".into());
    let step = move |i: usize| {
        let name =
            Signal::derive(move || i18n.fill(Msg::RegStepNumber, &[("n", &(i + 1).to_string())]));
        view! {
            <fieldset class="q-fieldset q-regulation-editor__item">
                <legend class="q-fieldset__legend q-fieldset__legend--s">{move || name.get()}</legend>
                <TextInputs ed at=TextAt::StepTitle(i) legend=Msg::RegStepTitle/>
                <TextInputs ed at=TextAt::StepDeadline(i) legend=Msg::Deadline optional=true/>
                <ItemActions name
                    first=Signal::derive(move || i == 0)
                    last=Signal::derive(move || i + 1 >= count.get())
                    on_move=Callback::new(move |up: bool| {
                        let mut to = None;
                        ed.reg.update(|r| to = r.steps.as_mut().and_then(|s| move_item(s, i, up)));
                        if let Some(to) = to {
                            focus_soon(field_id(&format!("steps.{to}.title.az")));
                        }
                    })
                    on_remove=Callback::new(move |()| {
                        ed.reg.update(|r| {
                            if let Some(steps) = r.steps.as_mut().filter(|s| i < s.len()) {
                                steps.remove(i);
                            }
                        });
                        focus_soon("steps".into());
                    })/>
            </fieldset>
        }
    };
    view! {
        <fieldset class="q-fieldset">
            <legend class="q-fieldset__legend">{t(Msg::Steps)}</legend>
            {move || (0..count.get()).map(step).collect_view()}
            <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
                <FieldError error id="steps-error".to_owned()/>
                <button type="button" id="steps" class="q-button q-button--secondary"
                    aria-describedby=described_by(None, "steps-error".to_owned(), error)
                    on:click=move |_| {
                        let n = count.get_untracked();
                        ed.reg.update(|r| r.steps.get_or_insert_with(Vec::new).push(Step {
                            title: Text::default(),
                            deadline: None,
                        }));
                        focus_soon(field_id(&format!("steps.{n}.title.az")));
                    }>
                    {t(Msg::RegAddStep)}
                </button>
            </div>
        </fieldset>
    }
}

fn blank_amount() -> FeeAmount {
    FeeAmount {
        amount: Qepik(0),
        purpose: Text::default(),
        legal_basis: Text::default(),
    }
}

/// Free, or paid: then the amounts, each with what it is for and its legal basis, and how the
/// fee is paid, revealed under the choice.
#[component]
fn PaymentInputs(ed: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = Signal::derive(move || {
        ed.reg.with(|r| {
            r.payment
                .as_ref()
                .map(|fee| if fee.free { "free" } else { "paid" })
        })
    });
    let paid = Memo::new(move |_| chosen.get() == Some("paid"));
    let count = Memo::new(move |_| {
        ed.reg
            .with(|r| r.payment.as_ref().map_or(0, |fee| fee.amounts.len()))
    });
    let on_choose = Callback::new(move |code: &'static str| {
        ed.reg.update(|r| {
            let fee = r.payment.get_or_insert_with(ServiceFee::default);
            fee.free = code == "free";
            if fee.free {
                fee.amounts.clear();
                fee.means = None;
            } else if fee.amounts.is_empty() {
                fee.amounts.push(blank_amount());
            }
        });
        if code == "paid" {
            focus_soon("payment-amounts-0-amount".into());
        }
    });
    let amounts_error = ed.error("payment.amounts".into());
    let amount = move |i: usize| {
        let name =
            Signal::derive(move || i18n.fill(Msg::RegAmountNumber, &[("n", &(i + 1).to_string())]));
        let value = Signal::derive(move || {
            ed.reg.with(|r| {
                r.payment
                    .as_ref()
                    .and_then(|fee| fee.amounts.get(i))
                    .map(|a| a.amount.0)
                    .filter(|q| *q != 0)
                    .map(|q| q.to_string())
                    .unwrap_or_default()
            })
        });
        let edit = move |change: &dyn Fn(&mut FeeAmount)| {
            ed.reg.update(|r| {
                if let Some(amount) = r.payment.as_mut().and_then(|fee| fee.amounts.get_mut(i)) {
                    change(amount);
                }
            });
        };
        view! {
            <fieldset class="q-fieldset q-regulation-editor__item">
                <legend class="q-fieldset__legend q-fieldset__legend--s">{move || name.get()}</legend>
                <Entry ed path=format!("payment.amounts.{i}.amount") label=Msg::FeeAmountQepik
                    kind=Kind::Number value
                    on_change=Callback::new(move |typed: String| {
                        // What does not read as a whole number is kept as 0, which the check
                        // names beside this input.
                        let qepik = typed.trim().parse().map_or(Qepik(0), Qepik);
                        edit(&|a| a.amount = qepik);
                    })/>
                <TextInputs ed at=TextAt::Purpose(i) legend=Msg::RegFeePurpose/>
                <TextInputs ed at=TextAt::Basis(i) legend=Msg::LegalBasis/>
                <ItemActions name on_remove=Callback::new(move |()| {
                    ed.reg.update(|r| {
                        if let Some(fee) = r.payment.as_mut().filter(|fee| i < fee.amounts.len()) {
                            fee.amounts.remove(i);
                        }
                    });
                    focus_soon("payment-amounts".into());
                })/>
            </fieldset>
        }
    };
    view! {
        <Choice ed path="payment" legend=Msg::Payment
            options=vec![("free", Msg::PaymentFree), ("paid", Msg::PaymentPaid)]
            chosen on_choose/>
        {move || paid.get().then(|| view! {
            <div class="q-regulation-editor__reveal">
                <fieldset class="q-fieldset">
                    <legend class="q-fieldset__legend q-fieldset__legend--s">{t(Msg::RegFeeAmounts)}</legend>
                    {move || (0..count.get()).map(amount).collect_view()}
                    <div class="q-form-group" class:q-form-group--error=move || amounts_error.get().is_some()>
                        <FieldError error=amounts_error id="payment-amounts-error".to_owned()/>
                        <button type="button" id="payment-amounts" class="q-button q-button--secondary"
                            aria-describedby=described_by(None, "payment-amounts-error".to_owned(), amounts_error)
                            on:click=move |_| {
                                let n = count.get_untracked();
                                ed.reg.update(|r| {
                                    if let Some(fee) = r.payment.as_mut() {
                                        fee.amounts.push(blank_amount());
                                    }
                                });
                                focus_soon(format!("payment-amounts-{n}-amount"));
                            }>
                            {t(Msg::RegAddAmount)}
                        </button>
                    </div>
                </fieldset>
                <TextInputs ed at=TextAt::Means legend=Msg::RegFeeMeans/>
            </div>
        })}
    }
}

/// Who may use the service: every group that applies.
#[component]
fn Users(ed: Editing) -> impl IntoView {
    let error = ed.error("users".into());
    let boxes = UserGroup::ALL
        .into_iter()
        .enumerate()
        .map(|(i, group)| {
            let id = if i == 0 {
                "users".to_owned()
            } else {
                format!("users-{}", group.code())
            };
            let checked = move || {
                ed.reg
                    .with(|r| r.users.as_ref().is_some_and(|u| u.contains(&group)))
            };
            view! {
                <div class="q-checkboxes__item">
                    <input class="q-checkboxes__input" type="checkbox" id=id.clone()
                        prop:checked=checked
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            ed.reg.update(|r| {
                                let now = r.users.take().unwrap_or_default();
                                // Kept in the order of the list, whatever the order of ticking.
                                r.users = Some(
                                    UserGroup::ALL
                                        .into_iter()
                                        .filter(|g| if *g == group { on } else { now.contains(g) })
                                        .collect(),
                                );
                            });
                        }/>
                    <label class="q-checkboxes__label" for=id>{t(group.msg())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
            <fieldset class="q-fieldset" aria-describedby=described_by(Some("users-hint".to_owned()), "users-error".to_owned(), error)>
                <legend class="q-fieldset__legend q-fieldset__legend--s">{t(Msg::Users)}</legend>
                <div class="q-hint" id="users-hint">{t(Msg::RegUsersHint)}</div>
                <FieldError error id="users-error".to_owned()/>
                <div class="q-checkboxes">{boxes}</div>
            </fieldset>
        </div>
    }
}

/// The agencies of the list that take part in the service, each of which agrees to the draft
/// (rule 9.2): added by number, shown with their names.
#[component]
fn Agencies(ed: Editing, own_agency: AgencyNumber) -> impl IntoView {
    let i18n = use_i18n();
    let known = load::<Vec<AgencySummary>>(AGENCIES_PATH.into());
    let name_of = move |number: AgencyNumber| {
        known.with(|found| {
            found
                .as_ref()
                .and_then(|found| found.as_ref().ok())
                .and_then(|list| list.iter().find(|a| a.number == number))
                .map(|a| a.name.get(i18n.lang()).to_owned())
        })
    };
    let chosen = Memo::new(move |_| ed.reg.with(|r| r.participating_agencies.clone()));
    let typed = RwSignal::new(String::new());
    let refused = RwSignal::new(None::<Msg>);
    let error = Memo::new(move |_| refused.get().map(|msg| i18n.t(msg).to_owned()));
    let add = move || {
        let Some(number) = AgencyNumber::parse(&typed.get_untracked()) else {
            refused.set(Some(Msg::RegAgencyUnknown));
            return;
        };
        let listed = known.with_untracked(|found| match found {
            Some(Ok(list)) => list.iter().any(|a| a.number == number),
            // The list could not be read: the server checks the number.
            _ => true,
        });
        let problem = if !listed {
            Some(Msg::RegAgencyUnknown)
        } else if number == own_agency {
            Some(Msg::RegAgencyOwn)
        } else if chosen.with_untracked(|c| c.contains(&number)) {
            Some(Msg::RegAgencyTwice)
        } else {
            None
        };
        refused.set(problem);
        if problem.is_none() {
            ed.reg.update(|r| r.participating_agencies.push(number));
            typed.set(String::new());
        }
        focus_soon("participating_agencies".into());
    };
    view! {
        <fieldset class="q-fieldset">
            <legend class="q-fieldset__legend q-fieldset__legend--s">
                {t(Msg::ParticipatingAgencies)} " " <span class="q-label__optional">{t(Msg::Optional)}</span>
            </legend>
            {move || {
                let list = chosen.get();
                if list.is_empty() {
                    return view! { <p class="q-body">{t(Msg::RegAgenciesNone)}</p> }.into_any();
                }
                view! {
                    <ul class="q-regulation-editor__agencies">
                        {list.into_iter().map(|number| {
                            let name = Signal::derive(move || match name_of(number) {
                                Some(name) => format!("{number} — {name}"),
                                None => number.to_string(),
                            });
                            view! {
                                <li class="q-regulation-editor__agency">
                                    <span>{move || name.get()}</span>
                                    <ItemActions name on_remove=Callback::new(move |()| {
                                        ed.reg.update(|r| r.participating_agencies.retain(|a| *a != number));
                                        focus_soon("participating_agencies".into());
                                    })/>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <div class="q-regulation-editor__add">
                <div class="q-form-group" class:q-form-group--error=move || error.get().is_some()>
                    <label class="q-label" for="participating_agencies">{t(Msg::RegAgencyNumber)}</label>
                    <div class="q-hint" id="participating_agencies-hint">{t(Msg::RegAgencyHint)}</div>
                    <FieldError error id="participating_agencies-error".to_owned()/>
                    <input class="q-input q-regulation-editor__number" class:q-input--error=move || error.get().is_some()
                        id="participating_agencies" type="text" inputmode="numeric" spellcheck="false" autocomplete="off"
                        aria-describedby=described_by(Some("participating_agencies-hint".to_owned()), "participating_agencies-error".to_owned(), error)
                        aria-invalid=move || error.get().is_some().then_some("true")
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                add();
                            }
                        }/>
                </div>
                <button type="button" class="q-button q-button--secondary" on:click=move |_| add()>
                    {t(Msg::RegAddAgency)}
                </button>
            </div>
        </fieldset>
    }
}
