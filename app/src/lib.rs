//! Qapı's client, and — built natively — the types and rules the server shares with it.
//!
//! The client is split by area (`area::Area`): each area's folder holds its pages, and each
//! area is its own entry point under `app/entries/`, so a visitor downloads only the area they
//! are in. `components`, `client` and `shell` are what every area shares.

// An entry point built without an area's feature leaves out that area, and with it the only
// users of some shared components: they are not dead, only unused in that one build.
#![cfg_attr(
    not(all(
        feature = "public",
        feature = "cabinet",
        feature = "office",
        feature = "place_of_stay"
    )),
    allow(dead_code, unused_macros)
)]

pub mod api;
pub mod area;
pub mod domain;
pub mod forms;
pub mod i18n;
pub mod routes;
pub mod scan_quality;
#[cfg(target_arch = "wasm32")]
pub mod service_pages;
pub mod services;

#[cfg(target_arch = "wasm32")]
#[macro_use]
mod macros;

#[cfg(target_arch = "wasm32")]
pub mod client;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
pub mod shell;

#[cfg(target_arch = "wasm32")]
pub mod account;
#[cfg(all(target_arch = "wasm32", feature = "cabinet"))]
pub mod cabinet;
#[cfg(target_arch = "wasm32")]
pub mod customs;
#[cfg(target_arch = "wasm32")]
pub mod debt_certificate;
#[cfg(target_arch = "wasm32")]
pub mod defined_form;
#[cfg(target_arch = "wasm32")]
pub mod dev;
#[cfg(target_arch = "wasm32")]
pub mod fines;
#[cfg(target_arch = "wasm32")]
pub mod form_preview;
#[cfg(target_arch = "wasm32")]
pub mod letters;
#[cfg(all(target_arch = "wasm32", feature = "office"))]
pub mod office;
#[cfg(target_arch = "wasm32")]
pub mod place_of_stay;
#[cfg(all(target_arch = "wasm32", feature = "public"))]
pub mod public;
