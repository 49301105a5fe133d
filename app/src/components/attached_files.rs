use leptos::prelude::*;

use crate::api::FileRef;
use crate::client::t;
use crate::i18n::Msg;

/// The documents a complaint carries, each a link to the file: `base` is where files are read
/// (the applicant's own, or the back office's, which writes each reading to the audit log).
#[component]
pub fn Attached(files: Vec<FileRef>, #[prop(into)] base: String) -> impl IntoView {
    (!files.is_empty()).then(|| {
        view! {
            <p class="q-body"><strong>{t(Msg::ComplaintFilesAttached)}</strong></p>
            <ul class="q-list">
                {files.into_iter().map(|file| {
                    let href = format!("{base}/{}", file.id);
                    let size = format!("{} KB", file.size.div_ceil(1024));
                    view! {
                        <li><a href=href target="_blank" rel="noopener">{file.name}</a> " (" {size} ")"</li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}
