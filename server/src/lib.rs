//! Qapı's server: the JSON API under `/api/` and the built client.

pub mod backup;
pub mod calendar;
pub mod catalogue;
pub mod config;
pub mod deadlines;
pub mod documents;
pub mod files;
pub mod http;
pub mod identity;
pub mod jobs;
pub mod limits;
pub mod logs;
pub mod metrics;
pub mod notify;
pub mod payments;
pub mod registries;
pub mod seed;
pub mod services;
pub mod signatures;
pub mod startup;
pub mod store;
pub mod workflow;
