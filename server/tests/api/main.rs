//! API tests: each starts the real server on a random port with a fresh database.

mod account_settings;
mod accounts;
mod caching;
mod calendar;
mod catalogue;
mod customs;
mod debt_certificate;
mod defined_forms;
mod helpers;
mod host_staff;
mod limits;
mod metrics;
mod office;
mod outbox;
mod paths;
mod payments;
mod place_of_stay;
mod registry;
mod registry_applications;
mod services;
mod session;
mod site;
mod smtp_sink;
mod state_login;
mod stay_changes;
mod uploads;
