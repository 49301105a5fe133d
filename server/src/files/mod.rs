//! Where uploaded files' bytes live: a local folder by default, an S3-compatible store on the
//! scale-out path. The database keeps what a file is and whose; the store only its bytes.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;

use axum::body::Body;
use tokio_util::io::ReaderStream;

pub type Answer<'a, T> = Pin<Box<dyn Future<Output = anyhow::Result<T>> + Send + 'a>>;

pub trait FileStore: Send + Sync {
    /// Takes a finished, checked upload from the staging folder and keeps it under `key`.
    fn keep<'a>(&'a self, key: &'a str, staged: &'a Path) -> Answer<'a, ()>;
    /// The bytes kept under `key`, streamed.
    fn open<'a>(&'a self, key: &'a str) -> Answer<'a, Body>;
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
        anyhow::ensure!(
            key.len() > 2 && key.chars().all(|c| c.is_ascii_hexdigit()),
            "file keys are hex"
        );
        Ok(self.root.join(&key[..2]).join(key))
    }
}

impl FileStore for LocalFolder {
    fn keep<'a>(&'a self, key: &'a str, staged: &'a Path) -> Answer<'a, ()> {
        Box::pin(async move {
            let path = self.path(key)?;
            if let Some(parent) = path.parent() {
                tokio::fs::create_dir_all(parent).await?;
            }
            tokio::fs::rename(staged, &path).await?;
            Ok(())
        })
    }

    fn open<'a>(&'a self, key: &'a str) -> Answer<'a, Body> {
        Box::pin(async move {
            let file = tokio::fs::File::open(self.path(key)?).await?;
            Ok(Body::from_stream(ReaderStream::new(file)))
        })
    }
}
