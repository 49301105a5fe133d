//! API tests: each starts the real server on a random port with a fresh database.

mod account_settings;
mod accounts;
mod calendar;
mod catalogue;
mod customs;
mod debt_certificate;
mod defined_forms;
mod helpers;
mod host_staff;
mod limits;
mod metrics;
mod my_applications;
mod office;
mod payments;
mod place_of_stay;
mod registry;
mod registry_applications;
mod services;
mod session;
mod site;
mod state_login;
mod stay_changes;
