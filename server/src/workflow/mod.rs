//! The workflow: which step an application takes and what each person is told of it, and of a
//! letter. It reads
//! through the store, decides, and hands the store the step with its messages to write in one
//! transaction; the store checks only that nothing changed since the workflow read it.

pub mod accounts;
pub mod applications;
pub mod letters;
pub mod notices;
pub mod registry;
