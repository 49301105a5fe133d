//! Qapı's server: the JSON API under `/api/` and the built client.

pub mod config;
pub mod http;
pub mod seed;
pub mod startup;
pub mod store;
