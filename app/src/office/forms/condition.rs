//! "Show only when": a simple builder over an earlier yes/no (yes or no) or one-of (one or
//! more of its keys), making `is_yes` and `is_one_of`. A condition of another shape, as an
//! imported definition may hold, is kept as it is, shown, and can be removed.

use leptos::prelude::*;

use super::Editing;
use crate::client::{t, use_i18n};
use crate::components::error_summary::FieldError;
use crate::forms::edit::{Place, can_be_condition, condition_on, dom_id, is_simple, toggle_key};
use crate::forms::{Choices, Condition, FieldKind};
use crate::i18n::Msg;

/// An earlier field the builder offers: its id, label, and its option keys with their labels
/// (none for a yes/no).
#[derive(Clone, PartialEq)]
struct Candidate {
    id: String,
    label: crate::domain::Text,
    options: Option<Vec<(String, crate::domain::Text)>>,
}

#[component]
pub fn ConditionBuilder(ed: Editing, place: Place) -> impl IntoView {
    let i18n = use_i18n();
    let path = place.condition_path();
    let id = dom_id(&path);
    let error_id = format!("{id}-error");
    let error = ed.error(path);
    let current = Memo::new(move |_| ed.def.with(|d| d.condition_at(place).cloned()));
    let candidates = Memo::new(move |_| {
        ed.def.with(|d| {
            d.earlier(place)
                .into_iter()
                .filter(|f| can_be_condition(f))
                .map(|f| Candidate {
                    id: f.id.clone(),
                    label: f.label.clone(),
                    options: match &f.kind {
                        FieldKind::OneOf {
                            choices: Choices::Own { options },
                        } => Some(
                            options
                                .iter()
                                .map(|o| (o.key.clone(), o.label.clone()))
                                .collect(),
                        ),
                        _ => None,
                    },
                })
                .collect::<Vec<_>>()
        })
    });
    let set = move |condition: Option<Condition>| {
        ed.def.update(|d| {
            if let Some(slot) = d.condition_at_mut(place) {
                *slot = condition;
            }
        })
    };
    let choose_field = move |chosen: String| {
        if chosen.is_empty() {
            set(None);
            return;
        }
        let condition = ed.def.with_untracked(|d| {
            d.earlier(place)
                .into_iter()
                .find(|f| f.id == chosen)
                .and_then(condition_on)
        });
        set(condition);
    };
    let chosen = Memo::new(move |_| {
        current.with(|condition| match condition {
            Some(Condition::IsYes { field, .. } | Condition::IsOneOf { field, .. }) => {
                field.clone()
            }
            _ => String::new(),
        })
    });
    let imported = Memo::new(move |_| current.with(|c| c.as_ref().is_some_and(|c| !is_simple(c))));
    // The select and the answers are drawn again only when what they offer changes, not when
    // one of them is chosen: the focus stays where the person is.
    let answers = {
        let id = id.clone();
        move || {
            let on = chosen.get();
            let candidate = candidates.with(|list| list.iter().find(|c| c.id == on).cloned())?;
            Some(answer_choices(ed, place, &id, current, candidate))
        }
    };
    view! {
        <fieldset class="q-fieldset q-form-editor__condition">
            <legend class="q-fieldset__legend q-fieldset__legend--s">{t(Msg::ShowWhenLegend)}</legend>
            <FieldError error id=error_id.clone()/>
            {move || {
                if imported.get() {
                    let shown = current.with(|c| serde_json::to_string_pretty(c).unwrap_or_default());
                    return view! {
                        <p class="q-body">{t(Msg::ConditionImported)}</p>
                        <pre class="q-form-editor__code"><code>{shown}</code></pre>
                        <button type="button" id=id.clone() class="q-button q-button--secondary" on:click=move |_| set(None)>
                            {t(Msg::ConditionRemove)}
                        </button>
                    }.into_any();
                }
                let list = candidates.get();
                let on = chosen.get_untracked();
                if list.is_empty() && on.is_empty() {
                    return view! { <p class="q-hint">{t(Msg::ShowWhenNone)}</p> }.into_any();
                }
                // A condition on a field that is no longer earlier stays chosen, by its id,
                // until it is changed: the check names it wrong meanwhile.
                let stray = (!on.is_empty() && !list.iter().any(|c| c.id == on)).then_some(on);
                let error_id = error_id.clone();
                view! {
                    <div class="q-form-group">
                        <label class="q-label" for=id.clone()>{t(Msg::ShowWhenField)}</label>
                        <select class="q-select" id=id.clone()
                            aria-describedby=move || error.get().is_some().then(|| error_id.clone())
                            on:change=move |ev| choose_field(event_target_value(&ev))>
                            <option value="" selected=move || chosen.with(String::is_empty)>{t(Msg::ShowAlways)}</option>
                            {list.into_iter().map(|candidate| {
                                let label = candidate.label.clone();
                                let field_id = candidate.id.clone();
                                let value = candidate.id.clone();
                                view! {
                                    <option value=candidate.id selected=move || chosen.with(|c| *c == value)>
                                        {move || format!("{} ({field_id})", label.get(i18n.lang()))}
                                    </option>
                                }
                            }).collect_view()}
                            {stray.map(|stray| view! { <option value=stray.clone() selected=true>{stray.clone()}</option> })}
                        </select>
                    </div>
                }.into_any()
            }}
            {answers}
        </fieldset>
    }
}

/// Yes or no for a yes/no, a box per option for a one-of.
fn answer_choices(
    ed: Editing,
    place: Place,
    id: &str,
    current: Memo<Option<Condition>>,
    candidate: Candidate,
) -> AnyView {
    let i18n = use_i18n();
    let update = move |change: Box<dyn FnOnce(&mut Condition)>| {
        ed.def.update(|d| {
            if let Some(Some(condition)) = d.condition_at_mut(place) {
                change(condition);
            }
        })
    };
    match candidate.options {
        None => view! {
                <fieldset class="q-fieldset">
                    <legend class="q-fieldset__legend q-fieldset__legend--s">{t(Msg::ShowWhenAnswer)}</legend>
                    <div class="q-radios q-radios--inline">
                        {[(true, Msg::Yes, "yes"), (false, Msg::No, "no")].into_iter().map(|(value, label, suffix)| {
                            let radio = format!("{id}-{suffix}");
                            view! {
                                <div class="q-radios__item">
                                    <input class="q-radios__input" type="radio" id=radio.clone() name=format!("{id}-answer")
                                        prop:checked=move || current.with(|c| matches!(c, Some(Condition::IsYes { yes, .. }) if *yes == value))
                                        on:change=move |_| update(Box::new(move |c| if let Condition::IsYes { yes, .. } = c { *yes = value }))/>
                                    <label class="q-radios__label" for=radio>{t(label)}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            }
            .into_any(),
        Some(options) => view! {
                    <fieldset class="q-fieldset">
                        <legend class="q-fieldset__legend q-fieldset__legend--s">{t(Msg::ShowWhenKeys)}</legend>
                        <div class="q-checkboxes">
                            {options.into_iter().enumerate().map(|(i, (key, label))| {
                                let tick = format!("{id}-key-{i}");
                                let held = key.clone();
                                let on = move || current.with(|c| matches!(c, Some(Condition::IsOneOf { keys, .. }) if keys.contains(&held)));
                                view! {
                                    <div class="q-checkboxes__item">
                                        <input class="q-checkboxes__input" type="checkbox" id=tick.clone() prop:checked=on
                                            on:change=move |ev| {
                                                let checked = event_target_checked(&ev);
                                                let key = key.clone();
                                                update(Box::new(move |c| if let Condition::IsOneOf { keys, .. } = c { toggle_key(keys, &key, checked) }));
                                            }/>
                                        <label class="q-checkboxes__label" for=tick>
                                            {move || label.get(i18n.lang()).to_owned()}
                                        </label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                    </fieldset>
                }
                .into_any(),
    }
}
