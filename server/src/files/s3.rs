//! Files in a bucket of an S3-compatible object store, which several servers share: the same
//! keys as the local folder's (`ab/abcdef…`), addressed path-style.

use std::path::Path;

use axum::body::Body;
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStoreExt, PutPayload};
use secrecy::ExposeSecret;

use super::{Answer, FileStore, layout};
use crate::config::S3Settings;

pub struct S3Bucket {
    bucket: AmazonS3,
}

impl S3Bucket {
    /// The bucket the settings name; nothing is asked of the server until a file is.
    pub fn new(settings: &S3Settings) -> anyhow::Result<Self> {
        let bucket = AmazonS3Builder::new()
            .with_endpoint(&settings.endpoint)
            .with_bucket_name(&settings.bucket)
            .with_region(&settings.region)
            .with_access_key_id(&settings.access_key_id)
            .with_secret_access_key(settings.secret_access_key.expose_secret())
            .with_virtual_hosted_style_request(false)
            // Self-hosted servers on a private network may speak plain HTTP; production
            // refuses an http:// endpoint (`Settings::check`).
            .with_allow_http(settings.endpoint.starts_with("http://"))
            .build()?;
        Ok(Self { bucket })
    }

    fn location(key: &str) -> anyhow::Result<ObjectPath> {
        Ok(ObjectPath::from(layout(key)?))
    }
}

impl FileStore for S3Bucket {
    /// Durable when it returns, before the upload's row commits: S3's contract is that an
    /// object whose PUT was answered 200 is stored durably (and read after by every server).
    /// A scan is at most `files.max_bytes` (10 MiB), so it goes up in one PUT.
    fn keep<'a>(&'a self, key: &'a str, staged: &'a Path) -> Answer<'a, ()> {
        Box::pin(async move {
            let location = Self::location(key)?;
            let bytes = tokio::fs::read(staged).await?;
            let put = self.bucket.put(&location, PutPayload::from(bytes)).await;
            // The staged copy is done with either way; a failed PUT is the upload's error.
            let _ = tokio::fs::remove_file(staged).await;
            put?;
            Ok(())
        })
    }

    fn open<'a>(&'a self, key: &'a str) -> Answer<'a, Body> {
        Box::pin(async move {
            let object = self.bucket.get(&Self::location(key)?).await?;
            Ok(Body::from_stream(object.into_stream()))
        })
    }

    fn remove<'a>(&'a self, key: &'a str) -> Answer<'a, ()> {
        Box::pin(async move {
            match self.bucket.delete(&Self::location(key)?).await {
                Err(object_store::Error::NotFound { .. }) | Ok(()) => Ok(()),
                Err(error) => Err(error.into()),
            }
        })
    }
}
