//! `sqlx::migrate!` embeds the migrations when the crate compiles; a new migration file changes
//! no source file, so cargo is told to build again when the folder changes (sqlx's advice).
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
