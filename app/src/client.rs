//! The browser side every area shares: the language in use, titles, and calls to the API.

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;

use crate::domain::{CalendarDate, Lang, Qepik, Text};
use crate::i18n::Msg;
/// The language the portal speaks now. Changing it keeps the page and everything typed.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// The saved choice, else the browser's languages, else Azerbaijani.
    pub fn detect() -> Self {
        let saved = document()
            .dyn_into::<web_sys::HtmlDocument>()
            .ok()
            .and_then(|d| d.cookie().ok())
            .and_then(|c| Lang::from_cookie_header(&c));
        let lang = saved.unwrap_or_else(|| {
            let languages = window().navigator().languages();
            let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
            Lang::negotiate(tags.iter().map(String::as_str))
        });
        set_document_lang(lang);
        Self {
            lang: RwSignal::new(lang),
        }
    }

    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    pub fn t(self, msg: Msg) -> &'static str {
        msg.text(self.lang.get())
    }

    pub fn fill(self, msg: Msg, values: &[(&str, &str)]) -> String {
        msg.fill(self.lang.get(), values)
    }

    pub fn choose(self, lang: Lang) {
        if let Ok(doc) = document().dyn_into::<web_sys::HtmlDocument>() {
            let _ = doc.set_cookie(&format!(
                "lang={}; path=/; max-age=31536000; samesite=lax",
                lang.code()
            ));
        }
        set_document_lang(lang);
        self.lang.set(lang);
    }
}

fn set_document_lang(lang: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
}

pub fn use_i18n() -> I18n {
    expect_context()
}

/// A message in the language in use, following the language switch. Every message shares this
/// one closure type, which keeps the client small.
pub fn t(msg: Msg) -> impl IntoView {
    let i18n = use_i18n();
    move || i18n.t(msg)
}

/// A text given in each language (a service's title), in the language in use.
pub fn tr(text: Text) -> impl IntoView {
    let i18n = use_i18n();
    move || text.get(i18n.lang()).to_owned()
}

/// An amount of money in the language in use: `300,00 ₼`, `₼300.00`.
pub fn money(amount: Qepik) -> impl IntoView {
    let i18n = use_i18n();
    move || amount.shown(i18n.lang())
}

/// Sets the window's title from the page's name, as screen readers announce it first.
pub fn page_title(name: impl Fn() -> String + 'static) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        document().set_title(&format!("{} — {}", name(), i18n.t(Msg::PageTitleSuffix)))
    });
}

/// A form page's title, with "Xəta:" in front while the form shows problems.
pub fn form_title(title: Msg, problems: RwSignal<Vec<crate::api::Problem>>) {
    let i18n = use_i18n();
    page_title(move || {
        let prefix = if problems.get().is_empty() {
            ""
        } else {
            i18n.t(Msg::ErrorPrefix)
        };
        format!("{prefix} {}", i18n.t(title)).trim().to_owned()
    });
}

/// Where the session storage keeps the page to come back to after logging in.
const WAY_BACK: &str = "qapi.way_back";

/// Remembers the page that sends a person to log in, to bring them back to it after (this tab
/// only, whichever way they log in).
pub fn remember_way_back(path: &str) {
    if let Ok(Some(storage)) = window().session_storage() {
        let _ = storage.set_item(WAY_BACK, path);
    }
}

/// The page to come back to after logging in, once; only an address of this site.
pub fn take_way_back() -> Option<String> {
    let storage = window().session_storage().ok()??;
    let path = storage.get_item(WAY_BACK).ok()??;
    let _ = storage.remove_item(WAY_BACK);
    crate::routes::same_site_path(&path).then_some(path)
}

/// The page shown now: its path and query.
pub fn here() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// Moves the focus to the element with `id` once the page has drawn it.
pub fn focus_soon(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id)
            && let Ok(element) = element.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = element.focus();
        }
    });
}

/// Today in Baku, by the browser's clock: what "in the future" means to the rules.
pub fn today() -> CalendarDate {
    crate::domain::Moment::from_unix_seconds((js_sys::Date::now() / 1000.0) as i64).day_in_baku()
}

/// Why something could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    NotFound,
    /// The page needs a login and there is none (or it ended).
    LoggedOut,
    Failed,
}

thread_local! {
    /// When the API last answered: every answer extends the session on the server.
    static LAST_CONTACT: std::cell::Cell<f64> = std::cell::Cell::new(js_sys::Date::now());
}

/// Milliseconds since the API last answered, which is how long the session has been idle.
pub fn idle_millis() -> f64 {
    js_sys::Date::now() - LAST_CONTACT.with(std::cell::Cell::get)
}

fn answered() {
    LAST_CONTACT.with(|last| last.set(js_sys::Date::now()));
}

/// Waits without blocking the page.
pub async fn sleep(millis: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// GETs JSON from the API.
pub async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, LoadError> {
    let text = get_text(path).await?;
    serde_json::from_str(&text).map_err(|_| LoadError::Failed)
}

/// The body of a GET from the API. The request is not generic, so that each type read adds
/// only its decoder to the client, not a copy of the request (ADR 0010).
pub async fn get_text(path: &str) -> Result<String, LoadError> {
    let response = gloo_net::http::Request::get(path)
        .send()
        .await
        .map_err(|_| LoadError::Failed)?;
    answered();
    match response.status() {
        200 => response.text().await.map_err(|_| LoadError::Failed),
        404 => Err(LoadError::NotFound),
        401 => Err(LoadError::LoggedOut),
        _ => Err(LoadError::Failed),
    }
}

/// Who is logged in. The server answers `null` when no one is (not a failed request in the
/// console of every anonymous page); a page that needs a person takes that as logged out.
pub async fn session() -> Result<crate::api::SessionInfo, LoadError> {
    get_json::<Option<crate::api::SessionInfo>>("/api/session")
        .await?
        .ok_or(LoadError::LoggedOut)
}

/// Data from the API, loaded when the page that needs it is drawn.
pub fn load<T: DeserializeOwned + 'static>(path: String) -> LocalResource<Result<T, LoadError>> {
    LocalResource::new(move || {
        let path = path.clone();
        async move { get_json::<T>(&path).await }
    })
}

/// Why a change sent to the API was not made.
#[derive(Clone, Debug, PartialEq)]
pub enum SendError {
    /// The request was read and refused: what to show beside which field.
    Problems(Vec<crate::api::Problem>),
    /// Nothing usable came back (network, server).
    Failed,
}

/// How a change is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Post,
    Put,
    Delete,
}

/// A fresh key for one attempt to pay: a double click or a resend reuses it.
pub fn new_attempt_key() -> String {
    window()
        .crypto()
        .map(|c| c.random_uuid())
        .unwrap_or_default()
}

/// The header that proves a change comes from the portal's own page.
pub fn csrf_header(token: &str) -> [(&'static str, &str); 1] {
    [("x-csrf-token", token)]
}

/// Sends a change as JSON, with `headers` (the session's CSRF token, an idempotency key).
pub async fn send_json<T: DeserializeOwned>(
    path: &str,
    body: &impl serde::Serialize,
    headers: &[(&'static str, &str)],
    method: Method,
) -> Result<T, SendError> {
    let body = serde_json::to_string(body).map_err(|_| SendError::Failed)?;
    let text = send_text(path, body, headers, method).await?;
    let text = if text.is_empty() {
        "null"
    } else {
        text.as_str()
    };
    serde_json::from_str(text).map_err(|_| SendError::Failed)
}

/// The body of the API's answer to a change sent as JSON; not generic, as `get_text`.
async fn send_text(
    path: &str,
    body: String,
    headers: &[(&'static str, &str)],
    method: Method,
) -> Result<String, SendError> {
    use gloo_net::http::RequestBuilder;
    let method = match method {
        Method::Post => gloo_net::http::Method::POST,
        Method::Put => gloo_net::http::Method::PUT,
        Method::Delete => gloo_net::http::Method::DELETE,
    };
    let builder = headers.iter().fold(
        RequestBuilder::new(path).method(method),
        |builder, (name, value)| builder.header(name, value),
    );
    let response = builder
        .header("Content-Type", "application/json")
        .body(body)
        .map_err(|_| SendError::Failed)?
        .send()
        .await
        .map_err(|_| SendError::Failed)?;
    answered();
    if response.ok() {
        return response.text().await.map_err(|_| SendError::Failed);
    }
    match response.json::<crate::api::ErrorBody>().await {
        Ok(body) => Err(SendError::Problems(body.errors)),
        Err(_) => Err(SendError::Failed),
    }
}

/// The problems a form's own parsing found, in the language in use, as the API would put them.
pub fn problems_in(lang: Lang, found: Vec<crate::api::FieldProblem>) -> Vec<crate::api::Problem> {
    found
        .into_iter()
        .map(|(code, field)| crate::api::Problem::new(code, Some(&field), lang))
        .collect()
}

/// What a form shows when the server could not be reached or failed.
pub fn send_failed(lang: Lang) -> Vec<crate::api::Problem> {
    vec![crate::api::Problem::new(
        crate::api::ErrorCode::Internal,
        None,
        lang,
    )]
}

/// What a form says after it was sent: its value, or its problems shown.
pub fn sent<T>(
    outcome: Result<T, SendError>,
    problems: RwSignal<Vec<crate::api::Problem>>,
    lang: Lang,
) -> Option<T> {
    // The page may be gone by the time the answer comes: then there is nothing to show it on.
    match outcome {
        Ok(value) => problems.try_set(Vec::new()).is_none().then_some(value),
        Err(SendError::Problems(found)) => {
            problems.try_set(found);
            None
        }
        Err(SendError::Failed) => {
            problems.try_set(send_failed(lang));
            None
        }
    }
}
