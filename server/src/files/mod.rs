//! Where uploaded files' bytes live: a local folder by default, an S3-compatible store on the
//! scale-out path. The database keeps what a file is and whose; the store only its bytes.

pub mod antivirus;
pub mod inspect;
pub mod s3;

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;

use std::sync::Arc;

use axum::body::Body;
use tokio_util::io::ReaderStream;

use crate::jobs::{Job, Periodic, Round};
use crate::store::Store;

pub type Answer<'a, T> = Pin<Box<dyn Future<Output = anyhow::Result<T>> + Send + 'a>>;

pub trait FileStore: Send + Sync {
    /// Takes a finished, checked upload from the staging folder and keeps it under `key`.
    fn keep<'a>(&'a self, key: &'a str, staged: &'a Path) -> Answer<'a, ()>;
    /// The bytes kept under `key`, streamed.
    fn open<'a>(&'a self, key: &'a str) -> Answer<'a, Body>;
    /// Forgets the bytes under `key`; a key already gone is not an error.
    fn remove<'a>(&'a self, key: &'a str) -> Answer<'a, ()>;
}

/// Files in a folder outside the site's: `<root>/ab/abcdef…`, named by their random key.
pub struct LocalFolder {
    root: PathBuf,
}

impl LocalFolder {
    pub async fn new(root: PathBuf) -> anyhow::Result<Self> {
        tokio::fs::create_dir_all(&root).await?;
        Ok(Self { root })
    }

    fn path(&self, key: &str) -> anyhow::Result<PathBuf> {
        Ok(self.root.join(layout(key)?))
    }
}

/// Where a file's key puts it, in a folder or a bucket alike: `ab/abcdef…`, under its first
/// two hex digits.
fn layout(key: &str) -> anyhow::Result<String> {
    anyhow::ensure!(
        key.len() > 2 && key.chars().all(|c| c.is_ascii_hexdigit()),
        "file keys are hex"
    );
    Ok(format!("{}/{key}", &key[..2]))
}

impl FileStore for LocalFolder {
    /// Durable when it returns, before the upload's row commits: a scan the portal acknowledged
    /// survives a power cut as its row does. Its bytes reach the disk before the rename shows
    /// them under the key (else the name could survive with the bytes lost), and the folder's
    /// new entry (and a new folder's own) reach it before the row can name them.
    fn keep<'a>(&'a self, key: &'a str, staged: &'a Path) -> Answer<'a, ()> {
        let staged = staged.to_owned();
        let root = self.root.clone();
        Box::pin(async move {
            let path = self.path(key)?;
            tokio::task::spawn_blocking(move || -> std::io::Result<()> {
                std::fs::File::open(&staged)?.sync_all()?;
                let folder = path.parent().unwrap_or(&root);
                let new_folder = !folder.try_exists()?;
                std::fs::create_dir_all(folder)?;
                std::fs::rename(&staged, &path)?;
                sync_folder(folder)?;
                if new_folder {
                    sync_folder(&root)?;
                }
                Ok(())
            })
            .await??;
            Ok(())
        })
    }

    fn open<'a>(&'a self, key: &'a str) -> Answer<'a, Body> {
        Box::pin(async move {
            let file = tokio::fs::File::open(self.path(key)?).await?;
            Ok(Body::from_stream(ReaderStream::new(file)))
        })
    }

    fn remove<'a>(&'a self, key: &'a str) -> Answer<'a, ()> {
        Box::pin(async move {
            match tokio::fs::remove_file(self.path(key)?).await {
                Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error.into()),
                _ => Ok(()),
            }
        })
    }
}

/// Makes a folder's entries (a file renamed into it, a folder made in it) durable.
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    // Only Unix opens a folder as a file to flush it; elsewhere the entries go with the file
    // system's own journal.
    #[cfg(unix)]
    std::fs::File::open(folder)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

/// Scans uploaded from a registration form that was never sent: no account ever claimed them.
/// After the claim's day they are forgotten, row first (so nothing can claim them meanwhile),
/// then bytes.
#[derive(Clone)]
pub struct UnclaimedUploads {
    store: Store,
    files: Arc<dyn FileStore>,
}

/// How long a claim secret is good for: an unclaimed upload older than this is forgotten.
pub const CLAIM_HOURS: i64 = 24;

impl UnclaimedUploads {
    pub fn new(store: Store, files: Arc<dyn FileStore>) -> Self {
        Self { store, files }
    }

    /// Forgets unclaimed uploads older than `hours`; how many.
    pub async fn forget_older_than(&self, hours: i64) -> anyhow::Result<usize> {
        let mut forgotten = 0;
        for id in self.store.unclaimed_files(hours).await? {
            if self.store.forget_unclaimed_file(&id).await? {
                self.files.remove(&id).await?;
                forgotten += 1;
            }
        }
        Ok(forgotten)
    }
}

impl Periodic for UnclaimedUploads {
    const JOB: Job = Job::UnclaimedUploads;
    const PAUSE: std::time::Duration = std::time::Duration::from_secs(3600);

    async fn round(&self) -> anyhow::Result<Round> {
        let forgotten = self.forget_older_than(CLAIM_HOURS).await?;
        if forgotten > 0 {
            tracing::info!(forgotten, "unclaimed uploads forgotten");
        }
        Ok(Round::Finished)
    }
}
