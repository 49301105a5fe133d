//! State registries the portal asks but does not own. Each is a trait with a built-in
//! simulator for development and demos; production refuses simulators.

pub mod billing;
pub mod fines;
pub mod population;
