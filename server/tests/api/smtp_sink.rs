//! An SMTP server that takes every message and keeps its Message-ID, counting the connections
//! it was sent over: where a relay would be, for the outbox's test and its bench
//! (`server/examples/outbox_bench.rs` includes this file).

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[derive(Default)]
struct Received {
    message_ids: Vec<String>,
    connections: usize,
    /// Answering every command with 421, as a relay that is down for maintenance.
    down: bool,
}

pub struct SmtpSink {
    port: u16,
    received: Arc<Mutex<Received>>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
        let port = listener.local_addr().expect("bound").port();
        let received = Arc::new(Mutex::new(Received::default()));
        let kept = Arc::clone(&received);
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                kept.lock().unwrap().connections += 1;
                tokio::spawn(converse(stream, Arc::clone(&kept)));
            }
        });
        Self { port, received }
    }

    /// Where the portal's `mail.smtp_url` points: plain SMTP, as to a local relay.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// How many messages it took.
    pub fn received(&self) -> usize {
        self.received.lock().unwrap().message_ids.len()
    }

    /// The Message-ID of every message taken, in the order they came.
    pub fn message_ids(&self) -> Vec<String> {
        self.received.lock().unwrap().message_ids.clone()
    }

    /// Stops taking messages (`true`), each command answered "421 service not available" and
    /// the connection closed, or takes them again.
    pub fn set_down(&self, down: bool) {
        self.received.lock().unwrap().down = down;
    }

    /// How many connections were opened to send them.
    pub fn connections(&self) -> usize {
        self.received.lock().unwrap().connections
    }
}

/// Says yes to every command; keeps the Message-ID header of each message's data.
async fn converse(stream: TcpStream, kept: Arc<Mutex<Received>>) -> std::io::Result<()> {
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader).lines();
    let unavailable = b"421 4.3.2 service not available\r\n";
    if kept.lock().unwrap().down {
        return writer.write_all(unavailable).await;
    }
    writer.write_all(b"220 sink ESMTP\r\n").await?;
    while let Some(line) = lines.next_line().await? {
        if kept.lock().unwrap().down {
            return writer.write_all(unavailable).await;
        }
        let verb = line.get(..4).unwrap_or(&line).to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "DATA" => {
                writer.write_all(b"354 go on\r\n").await?;
                let mut message_id = String::new();
                let mut in_headers = true;
                while let Some(line) = lines.next_line().await? {
                    if line == "." {
                        break;
                    }
                    in_headers &= !line.is_empty();
                    if let Some((name, value)) = line.split_once(':')
                        && in_headers
                        && name.eq_ignore_ascii_case("message-id")
                    {
                        value.trim().clone_into(&mut message_id);
                    }
                }
                kept.lock().unwrap().message_ids.push(message_id);
                b"250 kept\r\n"
            }
            "QUIT" => {
                writer.write_all(b"221 bye\r\n").await?;
                return Ok(());
            }
            _ => b"250 ok\r\n",
        };
        writer.write_all(reply).await?;
    }
    Ok(())
}
