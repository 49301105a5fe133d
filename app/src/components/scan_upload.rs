use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::api::{ErrorBody, FileRef, Problem, SCAN_MEDIA_TYPES};
use crate::client::{t, use_i18n};
use crate::components::error_summary::{FieldError, field_id, problem_for};
use crate::i18n::Msg;

/// One page on its way to the server: its progress, or why it did not arrive.
#[derive(Clone)]
struct Sending {
    key: u32,
    name: String,
    file: web_sys::File,
    preview: Option<String>,
    percent: RwSignal<u32>,
    failed: RwSignal<Option<String>>,
    request: StoredValue<Option<web_sys::XmlHttpRequest>, LocalStorage>,
}

/// "+ Sənəd üçün şəkil seçin": the pages of a scanned document, from a file or the phone's
/// camera, each checked here (type, size) and sent with a progress bar, a way to cancel, and a
/// way to try again when the connection fails. What arrived is in `pages`.
#[component]
pub fn ScanUpload(
    #[prop(into)] field: String,
    label: Msg,
    pages: RwSignal<Vec<FileRef>>,
    #[prop(into)] problems: Signal<Vec<Problem>>,
    /// The session's CSRF token; without one the upload is a guest's, claimed later.
    csrf: Option<String>,
    max_bytes: u64,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = field_id(&field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = problem_for(problems, field.clone());
    let sending = RwSignal::new_local(Vec::<Sending>::new());
    let next_key = StoredValue::new(0u32);
    let csrf = StoredValue::new(csrf);

    let start = move |page: Sending| {
        page.failed.set(None);
        page.percent.set(0);
        let Ok(request) = web_sys::XmlHttpRequest::new() else {
            page.failed.set(Some(i18n.t(Msg::UploadFailed).to_owned()));
            return;
        };
        let url = format!(
            "/api/files?name={}",
            js_sys::encode_uri_component(&page.name)
        );
        let _ = request.open("POST", &url);
        if let Some(token) = csrf.get_value() {
            let _ = request.set_request_header("x-csrf-token", &token);
        }
        let percent = page.percent;
        let progress =
            Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |ev: web_sys::ProgressEvent| {
                if ev.length_computable() && ev.total() > 0.0 {
                    percent.try_set((ev.loaded() * 100.0 / ev.total()) as u32);
                }
            });
        if let Ok(upload) = request.upload() {
            upload.set_onprogress(Some(progress.as_ref().unchecked_ref()));
        }
        progress.forget();
        let done = {
            let request = request.clone();
            let (key, failed) = (page.key, page.failed);
            Closure::once_into_js(move || {
                let body = request.response_text().ok().flatten().unwrap_or_default();
                match request.status().unwrap_or(0) {
                    201 => match serde_json::from_str::<FileRef>(&body) {
                        Ok(file) => {
                            pages.try_update(|pages| pages.push(file));
                            sending.try_update(|s| s.retain(|p| p.key != key));
                        }
                        Err(_) => {
                            failed.try_set(Some(i18n.t(Msg::UploadFailed).to_owned()));
                        }
                    },
                    _ => {
                        let message = serde_json::from_str::<ErrorBody>(&body)
                            .ok()
                            .and_then(|b| b.errors.into_iter().next())
                            .map_or_else(|| i18n.t(Msg::UploadFailed).to_owned(), |p| p.message);
                        failed.try_set(Some(message));
                    }
                }
            })
        };
        request.set_onload(Some(done.unchecked_ref()));
        let failed = page.failed;
        let broken = Closure::once_into_js(move || {
            failed.try_set(Some(i18n.t(Msg::UploadFailed).to_owned()));
        });
        request.set_onerror(Some(broken.unchecked_ref()));
        let _ = request.send_with_opt_blob(Some(&page.file));
        page.request.set_value(Some(request));
    };

    let choose = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(files) = input.files() else { return };
        for i in 0..files.length() {
            let Some(file) = files.get(i) else { continue };
            let key = next_key.get_value();
            next_key.set_value(key + 1);
            let media_type = file.type_();
            let preview = media_type
                .starts_with("image/")
                .then(|| web_sys::Url::create_object_url_with_blob(&file).ok())
                .flatten();
            let page = Sending {
                key,
                name: file.name(),
                file: file.clone(),
                preview,
                percent: RwSignal::new(0),
                failed: RwSignal::new(None),
                request: StoredValue::new_local(None),
            };
            // Checked here first, so that a wrong file costs no waiting (the server checks again).
            let refused = if !SCAN_MEDIA_TYPES.contains(&media_type.as_str()) {
                Some(Msg::ErrFileType)
            } else if file.size() as u64 > max_bytes {
                Some(Msg::ErrFileTooLarge)
            } else if file.size() == 0.0 {
                Some(Msg::ErrFileEmpty)
            } else {
                None
            };
            sending.update(|s| s.push(page.clone()));
            match refused {
                Some(msg) => page.failed.set(Some(i18n.t(msg).to_owned())),
                None => start(page),
            }
        }
        input.set_value("");
    };

    let remove_sending = move |key: u32| {
        sending.update(|s| {
            if let Some(page) = s.iter().find(|p| p.key == key) {
                if let Some(request) = page.request.get_value() {
                    let _ = request.abort();
                }
                if let Some(url) = &page.preview {
                    let _ = web_sys::Url::revoke_object_url(url);
                }
            }
            s.retain(|p| p.key != key);
        });
    };
    let max_mb = (max_bytes / (1024 * 1024)).to_string();

    view! {
        <div class="q-form-group q-scan" class:q-form-group--error=move || error.get().is_some()>
            <label class="q-label" for=id.clone()>
                {t(label)}
                {optional.then(|| view! { " " <span class="q-label__optional">{t(Msg::Optional)}</span> })}
            </label>
            <div class="q-hint" id=hint_id.clone()>{move || i18n.fill(Msg::ScanHint, &[("max", &max_mb)])}</div>
            <FieldError error id=error_id.clone()/>
            <ul class="q-scan__pages">
                <For each=move || pages.get() key=|page| page.id.clone() let:page>
                    {
                        let id = page.id.clone();
                        view! {
                            <li class="q-scan__page">
                                <span class="q-scan__name">{page.name.clone()}</span>
                                <span class="q-scan__state">{t(Msg::UploadDone)}</span>
                                <button type="button" class="q-link-button" on:click=move |_| pages.update(|p| p.retain(|f| f.id != id))>
                                    {t(Msg::RemovePage)}<span class="q-visually-hidden">{format!(" {}", page.name)}</span>
                                </button>
                            </li>
                        }
                    }
                </For>
                <For each=move || sending.get() key=|page| page.key let:page>
                    {
                        let key = page.key;
                        let name = page.name.clone();
                        view! {
                            <li class="q-scan__page">
                                {page.preview.clone().map(|src| view! { <img class="q-scan__preview" src=src alt=""/> })}
                                <span class="q-scan__name">{name.clone()}</span>
                                {move || match page.failed.get() {
                                    None => view! {
                                        <progress class="q-scan__progress" max="100" value=move || page.percent.get()
                                            aria-label=i18n.fill(Msg::UploadingPage, &[("name", &name)])>
                                        </progress>
                                    }.into_any(),
                                    Some(message) => view! {
                                        <span class="q-error-message q-scan__failed">{message}</span>
                                        <button type="button" class="q-link-button" on:click={
                                            let page = page.clone();
                                            move |_| start(page.clone())
                                        }>{t(Msg::TryAgain)}</button>
                                    }.into_any(),
                                }}
                                <button type="button" class="q-link-button" on:click=move |_| remove_sending(key)>
                                    {t(Msg::Cancel)}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <input
                class="q-scan__input"
                id=id
                name=field
                type="file"
                multiple
                accept="image/jpeg,image/png,application/pdf"
                aria-describedby=move || {
                    if error.get().is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() }
                }
                on:change=choose
            />
        </div>
    }
}
