//! A backup of a portal's database and files folder, and its restore into a new place.
//!
//! The backup is a folder: the database as one consistent copy taken while the portal runs
//! (on SQLite `qapi.db`, from `VACUUM INTO`, which reads in one transaction; on PostgreSQL
//! `qapi.pgdump`, from `pg_dump`, which reads one snapshot), so writes go on, and `files/`, the
//! uploaded scans and result documents copied after it. Files are only ever added under new
//! keys before the rows that name them commit, so every file the copied database names was
//! there when the copy of the folder began. The restore puts both where a portal's settings
//! say and refuses to overwrite a database or files already there: it is for a new server,
//! started after it.
//!
//! Files kept in an S3 bucket (`files.store: s3`) are not copied: the bucket is the object
//! store's to keep safe, by its own versioning and replication, and `qapi backup` says so.

use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::store::Store;

const FILES: &str = "files";

/// What `qapi backup` and `qapi restore` say when the files are in an S3 bucket.
pub const FILES_IN_BUCKET: &str = "The uploaded files are in the S3 bucket (files.store: s3), \
    not in this backup: the object store keeps them safe by its own versioning or replication.";

/// Backs the portal up into `into`, a folder that must not exist yet: the database, and the
/// local files folder if the files are in one (`None` when they are in an S3 bucket).
pub async fn back_up(
    store: &Store,
    database_url: &str,
    files: Option<&Path>,
    into: &Path,
) -> anyhow::Result<()> {
    tokio::fs::create_dir(into)
        .await
        .with_context(|| format!("{} must be a new folder", into.display()))?;
    store.copy_database_into(database_url, into).await?;
    match files {
        Some(files) => copy_tree(files.to_owned(), into.join(FILES)).await,
        None => Ok(()),
    }
}

/// Restores the backup in `from` as the database at `database_url` and the files folder
/// `files` (`None` when the files are in an S3 bucket), neither of which may hold anything yet.
pub async fn restore(from: &Path, database_url: &str, files: Option<&Path>) -> anyhow::Result<()> {
    if let Some(files) = files {
        anyhow::ensure!(
            is_empty_or_missing(files).await?,
            "{} holds files: a backup is restored into an empty folder only",
            files.display()
        );
    }
    Store::restore_database(from, database_url).await?;
    match files {
        Some(files) => copy_tree(from.join(FILES), files.to_owned()).await,
        None => Ok(()),
    }
}

async fn is_empty_or_missing(folder: &Path) -> std::io::Result<bool> {
    match tokio::fs::read_dir(folder).await {
        Ok(mut entries) => Ok(entries.next_entry().await?.is_none()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(error) => Err(error),
    }
}

/// Copies a folder of folders and files (the file store's layout), each file flushed to disk.
async fn copy_tree(from: PathBuf, to: PathBuf) -> anyhow::Result<()> {
    tokio::task::spawn_blocking(move || -> std::io::Result<()> {
        std::fs::create_dir_all(&to)?;
        if !from.exists() {
            return Ok(());
        }
        for entry in walkdir::WalkDir::new(&from).min_depth(1) {
            let entry = entry?;
            let target = to.join(
                entry
                    .path()
                    .strip_prefix(&from)
                    .map_err(std::io::Error::other)?,
            );
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target)?;
            } else {
                std::fs::copy(entry.path(), &target)?;
                std::fs::File::open(&target)?.sync_all()?;
            }
        }
        Ok(())
    })
    .await?
    .map_err(Into::into)
}
