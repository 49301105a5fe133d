use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use leptos::task::spawn_local;
use std::collections::HashMap;

use crate::api::{ErrorBody, FileRef, Problem, SCAN_MEDIA_TYPES};
use crate::client::{t, tr, use_i18n};
use crate::components::error_summary::{FieldError, field_id, problem_for};
use crate::domain::Text;
use crate::i18n::Msg;
use crate::scan_quality::{MAX_LONG_SIDE, ScanWarning, assess, scaled_size};

/// The long side a photo is looked at for its quality: enough for edges, quick to read.
const ASSESS_LONG_SIDE: u32 = 500;

fn warning_msg(warning: ScanWarning) -> Msg {
    match warning {
        ScanWarning::TooSmall => Msg::ScanTooSmall,
        ScanWarning::TooDark => Msg::ScanTooDark,
        ScanWarning::Blurred => Msg::ScanBlurred,
    }
}

async fn loaded_image(url: &str) -> Option<web_sys::HtmlImageElement> {
    let image = web_sys::HtmlImageElement::new().ok()?;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(url);
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some(image)
}

fn canvas(
    width: u32,
    height: u32,
) -> Option<(
    web_sys::HtmlCanvasElement,
    web_sys::CanvasRenderingContext2d,
)> {
    let canvas: web_sys::HtmlCanvasElement =
        document().create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    Some((canvas, context))
}

/// A photo made ready to send: scaled down if a phone camera made it larger than legibility
/// needs, and looked at for what would make it unreadable. `None` leaves the file as it is.
async fn prepared_photo(
    file: &web_sys::File,
    url: &str,
) -> Option<(web_sys::Blob, Vec<ScanWarning>)> {
    let image = loaded_image(url).await?;
    let (width, height) = (image.natural_width(), image.natural_height());
    let (small_w, small_h) = {
        let long = width.max(height).max(1);
        let scale = f64::from(ASSESS_LONG_SIDE.min(long)) / f64::from(long);
        (
            ((f64::from(width) * scale) as u32).max(1),
            ((f64::from(height) * scale) as u32).max(1),
        )
    };
    let (_, context) = canvas(small_w, small_h)?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            f64::from(small_w),
            f64::from(small_h),
        )
        .ok()?;
    let pixels = context
        .get_image_data(0.0, 0.0, f64::from(small_w), f64::from(small_h))
        .ok()?
        .data();
    let warnings = assess((width, height), &pixels, small_w as usize, small_h as usize);
    if width.max(height) <= MAX_LONG_SIDE {
        return Some((file.clone().into(), warnings));
    }
    let (to_w, to_h) = scaled_size(width, height);
    let (big, context) = canvas(to_w, to_h)?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            f64::from(to_w),
            f64::from(to_h),
        )
        .ok()?;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = big.to_blob_with_type_and_encoder_options(&resolve, "image/jpeg", &0.85.into());
    });
    let blob = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some((blob.dyn_into().ok()?, warnings))
}

/// One page on its way to the server: its progress, or why it did not arrive.
#[derive(Clone)]
struct Sending {
    key: u32,
    name: String,
    /// What is sent: the file, or the photo scaled down.
    body: RwSignal<Option<web_sys::Blob>, LocalStorage>,
    warnings: RwSignal<Vec<ScanWarning>>,
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
    #[prop(into)] label: Text,
    /// What the form says of this document, above the portal's own hint on files.
    #[prop(optional)]
    hint: Option<Text>,
    pages: RwSignal<Vec<FileRef>>,
    #[prop(into)] problems: Signal<Vec<Problem>>,
    /// The session's CSRF token; without one the upload is a guest's, claimed later.
    csrf: Option<String>,
    max_bytes: u64,
    #[prop(optional)] optional: bool,
    /// Told the pages after each one arrives or is removed, for a form that keeps its answers
    /// elsewhere than in `pages`.
    #[prop(optional)]
    changed: Option<Callback<Vec<FileRef>>>,
    /// The form editor's preview: a page chosen is checked here as always, then kept in the
    /// page only, as if it had arrived, and never sent. Only the preview's module has the code
    /// (app's feature `form_preview`): the other areas do not carry it.
    #[prop(optional)]
    in_browser: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = field_id(&field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = problem_for(problems, field.clone());
    let sending = RwSignal::new_local(Vec::<Sending>::new());
    // What was noticed about each page that arrived, so that it can be retaken.
    let noticed = RwSignal::new(HashMap::<String, Vec<ScanWarning>>::new());
    let next_key = StoredValue::new(0u32);
    let csrf = StoredValue::new(csrf);
    let tell = move || {
        if let (Some(changed), Some(now)) = (changed, pages.try_get_untracked()) {
            changed.run(now);
        }
    };

    let start = move |page: Sending| {
        page.failed.set(None);
        page.percent.set(0);
        #[cfg(not(feature = "form_preview"))]
        let _ = in_browser;
        #[cfg(feature = "form_preview")]
        if in_browser {
            let file = FileRef {
                id: format!("preview-{}", page.key),
                name: page.name.clone(),
                media_type: String::new(),
                size: 0,
                claim: None,
            };
            pages.update(|pages| pages.push(file));
            tell();
            sending.update(|s| s.retain(|p| p.key != page.key));
            return;
        }
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
            let (key, failed, warnings) = (page.key, page.failed, page.warnings);
            Closure::once_into_js(move || {
                let body = request.response_text().ok().flatten().unwrap_or_default();
                match request.status().unwrap_or(0) {
                    201 => match serde_json::from_str::<FileRef>(&body) {
                        Ok(file) => {
                            let warned = warnings.try_get_untracked().unwrap_or_default();
                            if !warned.is_empty() {
                                noticed.try_update(|n| n.insert(file.id.clone(), warned));
                            }
                            pages.try_update(|pages| pages.push(file));
                            tell();
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
        let _ = request.send_with_opt_blob(page.body.get_untracked().as_ref());
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
                body: RwSignal::new_local(Some(file.clone().into())),
                warnings: RwSignal::new(Vec::new()),
                preview: preview.clone(),
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
            match (refused, preview) {
                (Some(msg), _) => page.failed.set(Some(i18n.t(msg).to_owned())),
                (None, Some(url)) => spawn_local(async move {
                    if let Some((body, warnings)) = prepared_photo(&file, &url).await {
                        page.body.try_set(Some(body));
                        page.warnings.try_set(warnings);
                    }
                    start(page);
                }),
                (None, None) => start(page),
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
                {tr(label)}
                {optional.then(|| view! { " " <span class="q-label__optional">{t(Msg::Optional)}</span> })}
            </label>
            <div class="q-hint" id=hint_id.clone()>
                {hint.map(|hint| view! { {tr(hint)} " " })}
                {move || i18n.fill(Msg::ScanHint, &[("max", &max_mb)])}
            </div>
            <FieldError error id=error_id.clone()/>
            <ul class="q-scan__pages">
                <For each=move || pages.get() key=|page| page.id.clone() let:page>
                    {
                        let id = page.id.clone();
                        view! {
                            <li class="q-scan__page">
                                <span class="q-scan__name">{page.name.clone()}</span>
                                <span class="q-scan__state">{t(Msg::UploadDone)}</span>
                                {
                                    let id = page.id.clone();
                                    move || noticed.with(|n| n.get(&id).cloned()).map(|warnings| view! { <Warnings warnings/> })
                                }
                                <button type="button" class="q-link-button" on:click=move |_| {
                                    pages.update(|p| p.retain(|f| f.id != id));
                                    tell();
                                }>
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
                                {move || { let warnings = page.warnings.get(); (!warnings.is_empty()).then(|| view! { <Warnings warnings/> }) }}
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

/// What would make a page hard to read, said beside it so that it can be retaken now.
#[component]
fn Warnings(warnings: Vec<ScanWarning>) -> impl IntoView {
    view! {
        <ul class="q-scan__warnings" role="status">
            {warnings.into_iter().map(|w| view! { <li>{t(warning_msg(w))}</li> }).collect_view()}
        </ul>
    }
}
