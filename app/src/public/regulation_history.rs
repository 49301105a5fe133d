//! A service's approved regulations (rule 9.8): each version with its date, what changed from
//! the one before it, field by field, and the public discussion that preceded it.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{RegulationVersion, regulation_changes, regulation_versions_path};
use crate::client::{load, page_title, t, use_i18n};
use crate::components::load_state::{LoadFailed, Loading};
use crate::components::regulation_comments::RegulationComments;
use crate::domain::ServiceNumber;
use crate::i18n::Msg;
use crate::routes::ClientRoute;

#[component]
pub fn RegulationHistory(number: ServiceNumber) -> impl IntoView {
    let i18n = use_i18n();
    page_title(move || i18n.t(Msg::RegulationHistoryTitle).to_owned());
    let versions = load::<Vec<RegulationVersion>>(regulation_versions_path(number));
    view! {
        <h1 class="q-heading-xl">{t(Msg::RegulationHistoryTitle)}</h1>
        <p class="q-body"><A href=ClientRoute::Service(number).href()>{t(Msg::BackToService)}</A></p>
        {move || match versions.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=Callback::new(move |()| versions.refetch())/> }.into_any(),
            Some(Ok(list)) if list.is_empty() => view! { <p class="q-body">{t(Msg::RegulationHistoryNone)}</p> }.into_any(),
            Some(Ok(list)) => {
                // Newest first: each compared with the next in the list, the one it replaced.
                let earlier: Vec<Option<RegulationVersion>> =
                    list.iter().skip(1).cloned().map(Some).chain([None]).collect();
                list.into_iter()
                    .zip(earlier)
                    .map(|(version, before)| view! { <Version version before/> })
                    .collect_view()
                    .into_any()
            }
        }}
    }
}

#[component]
fn Version(version: RegulationVersion, before: Option<RegulationVersion>) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("version-{}", version.version);
    let number = version.version.to_string();
    let date = version.approved_on.to_string();
    let period = version
        .discussion_opened_on
        .zip(version.discussion_until)
        .map(|(from, until)| (from.to_string(), until.to_string()));
    let after = version.regulation.clone();
    view! {
        <section class="q-section" aria-labelledby=heading_id.clone()>
            <h2 class="q-heading-l" id=heading_id.clone()>
                {move || i18n.fill(Msg::RegulationVersionTitle, &[("version", &number), ("date", &date)])}
            </h2>
            {match before {
                None => view! { <p class="q-body">{t(Msg::RegulationFirstVersion)}</p> }.into_any(),
                Some(before) => {
                    let changes = move || regulation_changes(&before.regulation, &after, i18n.lang());
                    let table_id = format!("{heading_id}-changes");
                    view! {
                        <h3 class="q-heading-m" id=table_id.clone()>{t(Msg::RegulationChangesTitle)}</h3>
                        <div class="q-table-container" role="region" aria-labelledby=table_id tabindex="0">
                            <table class="q-table q-changes">
                                <thead>
                                    <tr>
                                        <th scope="col">{t(Msg::ColumnField)}</th>
                                        <th scope="col">{t(Msg::ColumnBefore)}</th>
                                        <th scope="col">{t(Msg::ColumnAfter)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {move || changes().into_iter().map(|(field, old, new)| view! {
                                        <tr>
                                            <th scope="row">{t(field.msg())}</th>
                                            <td>{old.unwrap_or_else(|| "—".into())}</td>
                                            <td>{new.unwrap_or_else(|| "—".into())}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                    .into_any()
                }
            }}
            {period.map(|(from, until)| view! {
                <h3 class="q-heading-m">
                    {move || i18n.fill(Msg::DiscussionPeriod, &[("from", &from), ("until", &until)])}
                </h3>
                <RegulationComments comments=version.comments.clone()/>
            })}
        </section>
    }
}
