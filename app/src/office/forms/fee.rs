//! The fee a form asks (ADR 0012): none unless ticked; then an amount in qəpik, as the money
//! fields' limits are typed, and its legal basis in az, en and ru, each checked by the publish
//! check like any other part of the definition.

use leptos::prelude::*;

use super::Editing;
use super::inputs::{Entry, Texts, Tick};
use crate::client::t;
use crate::domain::{Qepik, Text};
use crate::forms::Fee;
use crate::forms::edit::set_text;
use crate::i18n::Msg;

#[component]
pub(super) fn FeeSettings(ed: Editing) -> impl IntoView {
    let asked = Memo::new(move |_| ed.def.with(|d| d.fee.is_some()));
    let amount = Signal::derive(move || {
        ed.def.with(|d| {
            d.fee
                .as_ref()
                .map(|fee| fee.amount.0.to_string())
                .unwrap_or_default()
        })
    });
    let basis = Signal::derive(move || {
        ed.def
            .with(|d| d.fee.as_ref().map(|fee| fee.basis.clone()))
            .unwrap_or_default()
    });
    let edit_fee = move |change: &dyn Fn(&mut Fee)| {
        ed.def.update(|d| {
            if let Some(fee) = &mut d.fee {
                change(fee);
            }
        });
    };
    view! {
        <section class="q-form-editor__fee" aria-labelledby="fee-settings-title">
            <h2 class="q-heading-m" id="fee-settings-title">{t(Msg::FeeTitle)}</h2>
            <Tick ed path="fee" label=Msg::FeeAsked checked=asked on_change=Callback::new(move |on: bool| {
                ed.def.update(|d| {
                    d.fee = on.then(|| Fee { amount: Qepik(0), basis: Text::default() });
                });
            })/>
            {move || asked.get().then(|| view! {
                <Entry ed path="fee.amount" label=Msg::FeeAmountQepik numeric=true value=amount
                    on_change=Callback::new(move |typed: String| {
                        // What does not read as a whole number is kept as 0, which the check
                        // names beside this input.
                        let qepik = typed.trim().parse().map_or(Qepik(0), Qepik);
                        edit_fee(&|fee| fee.amount = qepik);
                    })/>
                <Texts ed path="fee.basis" legend=Msg::FeeBasis text=basis
                    on_change=Callback::new(move |(lang, typed): (crate::domain::Lang, String)| {
                        edit_fee(&|fee| set_text(&mut fee.basis, lang, typed.clone()));
                    })/>
            })}
        </section>
    }
}
