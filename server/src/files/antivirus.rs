//! Uploaded scans checked for known malware by ClamAV's daemon, where one is configured
//! (`files.antivirus`): each file is streamed to it with the INSTREAM command before it is
//! kept. A configured scanner that does not answer stops uploads rather than letting files
//! through unchecked.

use std::path::Path;

use async_trait::async_trait;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpStream, UnixStream};

/// What the scanner found in a file.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Clean,
    /// Known malware, by the scanner's name for it.
    Infected(String),
}

#[async_trait]
pub trait VirusScanner: Send + Sync {
    async fn scan(&self, file: &Path) -> anyhow::Result<Verdict>;
}

/// Where clamd listens: `unix:/run/clamav/clamd.ctl` or `tcp:127.0.0.1:3310`.
#[derive(Clone, Debug)]
pub enum Clamd {
    Unix(String),
    Tcp(String),
}

impl Clamd {
    pub fn parse(address: &str) -> anyhow::Result<Self> {
        match address.split_once(':') {
            Some(("unix", path)) if !path.is_empty() => Ok(Self::Unix(path.to_owned())),
            Some(("tcp", host)) if !host.is_empty() => Ok(Self::Tcp(host.to_owned())),
            _ => anyhow::bail!(
                "files.antivirus is {address:?}: write unix:<socket path> or tcp:<host>:<port>"
            ),
        }
    }
}

/// The bytes sent to clamd at a time; well under its StreamMaxLength.
const CHUNK: usize = 64 * 1024;

#[async_trait]
impl VirusScanner for Clamd {
    async fn scan(&self, file: &Path) -> anyhow::Result<Verdict> {
        let file = tokio::fs::File::open(file).await?;
        match self {
            Self::Unix(path) => instream(UnixStream::connect(path).await?, file).await,
            Self::Tcp(address) => instream(TcpStream::connect(address).await?, file).await,
        }
    }
}

/// clamd's INSTREAM: the command, the file in chunks each after its length (4 bytes, network
/// order), an empty chunk to end, then one answer, `stream: OK` or `stream: <name> FOUND`.
async fn instream(
    mut clamd: impl AsyncRead + AsyncWrite + Unpin,
    mut file: tokio::fs::File,
) -> anyhow::Result<Verdict> {
    clamd.write_all(b"zINSTREAM\0").await?;
    let mut chunk = vec![0; CHUNK];
    loop {
        let read = file.read(&mut chunk).await?;
        clamd.write_all(&u32::try_from(read)?.to_be_bytes()).await?;
        if read == 0 {
            break;
        }
        clamd.write_all(&chunk[..read]).await?;
    }
    clamd.flush().await?;
    let mut answer = Vec::new();
    clamd.read_to_end(&mut answer).await?;
    verdict(String::from_utf8_lossy(&answer).trim_end_matches(['\0', '\n']))
}

fn verdict(answer: &str) -> anyhow::Result<Verdict> {
    let said = answer.strip_prefix("stream: ").unwrap_or(answer);
    if said == "OK" {
        Ok(Verdict::Clean)
    } else if let Some(name) = said.strip_suffix(" FOUND") {
        Ok(Verdict::Infected(name.to_owned()))
    } else {
        anyhow::bail!("clamd answered {answer:?}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamds_answers_are_read() {
        assert_eq!(verdict("stream: OK").unwrap(), Verdict::Clean);
        assert_eq!(
            verdict("stream: Eicar-Signature FOUND").unwrap(),
            Verdict::Infected("Eicar-Signature".into())
        );
        assert!(verdict("INSTREAM size limit exceeded. ERROR").is_err());
        assert!(Clamd::parse("clamd.sock").is_err());
        assert!(matches!(
            Clamd::parse("tcp:127.0.0.1:3310"),
            Ok(Clamd::Tcp(_))
        ));
    }
}
