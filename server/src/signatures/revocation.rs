//! The certificates their authorities revoked (a lost card, a holder who left the agency): each
//! authority publishes a revocation list (CRL), the operator keeps a copy of each at the paths of
//! `signatures.revocation_lists` (fetched from the authority's distribution point by whatever the
//! site runs), and every server reads them again each round, so a new list is in force without a
//! restart. A signature whose certificate was revoked at its time of signing does not hold; one
//! made before the revocation still does.

use std::path::PathBuf;
use std::time::Duration;

use super::TrustedAuthorities;
use crate::jobs::{Job, Periodic, Round};

/// How often the lists are read again: authorities issue a new one daily or more often.
const PAUSE: Duration = Duration::from_secs(15 * 60);

#[derive(Clone)]
pub struct RevocationLists {
    pub files: Vec<PathBuf>,
    pub trusted: TrustedAuthorities,
}

impl RevocationLists {
    /// Reads every list and puts them in force together: how many certificates they revoke. A
    /// file that cannot be read or trusted leaves the lists in force as they were.
    pub async fn reload(&self) -> anyhow::Result<usize> {
        let mut lists = Vec::with_capacity(self.files.len());
        for file in &self.files {
            lists.push(tokio::fs::read(file).await.map_err(|e| {
                anyhow::anyhow!("signatures.revocation_lists: {}: {e}", file.display())
            })?);
        }
        self.trusted.take_revocations(&lists)
    }
}

impl Periodic for RevocationLists {
    const JOB: Job = Job::RevocationLists;
    const PAUSE: Duration = PAUSE;

    async fn round(&self) -> anyhow::Result<Round> {
        self.reload().await?;
        Ok(Round::Finished)
    }
}
