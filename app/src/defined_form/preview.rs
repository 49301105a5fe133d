//! The form editor's preview of a draft: the citizen's own pages (`fill::Fill`), one at a time
//! with their checks, then checking the answers, for an application that never leaves the page:
//! moving on saves nothing, a scan chosen is not uploaded, and sending sends nothing.

use leptos::prelude::*;

use super::fill::Fill;
use crate::api::{ApplicationStatus, ApplicationView, PublishedForm, ReferenceData, SessionInfo};
use crate::domain::{ApplicationNumber, ServiceNumber};
use crate::forms::FormDefinition;

/// The draft `definition` of `service` as a citizen logged in as `info` would fill it in.
#[component]
pub fn DefinedFormPreview(
    info: SessionInfo,
    service: ServiceNumber,
    definition: FormDefinition,
    reference: ReferenceData,
    max_bytes: u64,
) -> impl IntoView {
    // A blank draft that exists only here: its number is never shown or asked for.
    let blank = ApplicationView {
        number: ApplicationNumber::parse("0000-000000").expect("a well-formed number"),
        service,
        status: ApplicationStatus::Draft,
        version: 0,
        form: serde_json::Value::Object(serde_json::Map::new()),
        form_version: None,
        created_at: String::new(),
        submitted_at: None,
        fields_to_fix: Vec::new(),
        history: Vec::new(),
        due_on: None,
        result: None,
        viewers: Vec::new(),
        complaints: Vec::new(),
        stay_changes: Vec::new(),
    };
    let form = PublishedForm {
        service,
        version: 0,
        definition,
    };
    view! {
        <Fill info view=blank form reference max_bytes reload=Callback::new(|()| {})
            reloaded=RwSignal::new(false) preview=true/>
    }
}
