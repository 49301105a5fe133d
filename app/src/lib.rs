//! Qapı's client, and — built natively — the types and rules the server shares with it.

pub mod api;
pub mod domain;
pub mod i18n;
pub mod routes;
pub mod scan_quality;

#[cfg(target_arch = "wasm32")]
mod client;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod pages;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    client::mount();
}
