//! Forms an agency defines as data (`crate::forms`), as the API sends and takes them.

use serde::{Deserialize, Serialize};

use super::Problem;
use crate::domain::{Lang, ServiceNumber, Text};
use crate::forms::edit::problem_message;
use crate::forms::{DefinitionProblem, FormDefinition};

/// A published version of a service's form: what citizens fill in. Versions count from 1 and
/// never change once published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct PublishedForm {
    pub service: ServiceNumber,
    pub version: u32,
    pub definition: FormDefinition,
}

/// When a version was published, and by whom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct FormVersion {
    pub version: u32,
    pub published_at: String,
    pub published_by: String,
}

/// A service's form as its editor works it: the draft (never shown to citizens), what keeps
/// the draft from being published, and the versions published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct FormWork {
    pub service: ServiceNumber,
    pub title: Text,
    pub draft: Option<FormDefinition>,
    /// The draft's problems ("what is missing"), each by its path; none when it can be
    /// published.
    #[serde(default)]
    pub problems: Vec<Problem>,
    pub versions: Vec<FormVersion>,
}

/// A draft as saved: any definition the schema reads is kept, half built or not, with what
/// still keeps it from being published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct SavedForm {
    pub definition: FormDefinition,
    pub problems: Vec<Problem>,
}

/// A definition's problems as the editor words them, each with its path as the field.
pub fn definition_problems(found: Vec<DefinitionProblem>, lang: Lang) -> Vec<Problem> {
    found
        .into_iter()
        .map(|(code, path)| Problem {
            code,
            message: problem_message(code, &path).text(lang).to_owned(),
            field: Some(path),
        })
        .collect()
}

/// An interactive service of the agency whose form can be built, as the editor lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct EditableService {
    pub service: ServiceNumber,
    pub title: Text,
    /// Its form is built by hand in code: the editor leaves it alone.
    pub hand_built: bool,
    pub has_draft: bool,
    pub published_version: Option<u32>,
}

/// The newest published form of a service.
pub fn published_form_path(service: ServiceNumber) -> String {
    format!("/api/services/{service}/form")
}

/// A published version of a service's form: the one an application was started on.
pub fn published_version_path(service: ServiceNumber, version: u32) -> String {
    format!("/api/services/{service}/form/{version}")
}

/// The form's draft, its versions and its publishing, for the agency.
pub fn form_work_path(service: ServiceNumber) -> String {
    format!("/api/office/services/{service}/form")
}
