//! The workflow: which step an application takes and what each person is told of it. It reads
//! through the store, decides, and hands the store the step with its messages to write in one
//! transaction; the store checks only that nothing changed since the workflow read it.

pub mod applications;
pub mod notices;
