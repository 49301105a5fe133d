//! An SMTP server that takes every message and keeps its Message-ID, recipient and text,
//! counting the connections it was sent over: where a relay would be, for the outbox's tests
//! and its bench (`server/examples/outbox_bench.rs` includes this file).

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// A message as the sink took it.
#[derive(Clone, Debug)]
pub struct Taken {
    pub message_id: String,
    pub to: String,
    /// The body, decoded from its transfer encoding.
    pub text: String,
}

#[derive(Default)]
struct Received {
    messages: Vec<Taken>,
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
        self.received.lock().unwrap().messages.len()
    }

    /// The Message-ID of every message taken, in the order they came.
    pub fn message_ids(&self) -> Vec<String> {
        let received = self.received.lock().unwrap();
        received
            .messages
            .iter()
            .map(|m| m.message_id.clone())
            .collect()
    }

    /// Every message taken, in the order they came.
    #[allow(
        dead_code,
        reason = "the outbox bench includes this file and reads no text"
    )]
    pub fn messages(&self) -> Vec<Taken> {
        self.received.lock().unwrap().messages.clone()
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
                let mut headers = Vec::new();
                let mut body = Vec::new();
                let mut in_headers = true;
                while let Some(line) = lines.next_line().await? {
                    if line == "." {
                        break;
                    }
                    // A line the client began with a dot has one more (RFC 5321 4.5.2).
                    let line = line
                        .strip_prefix('.')
                        .filter(|_| line.starts_with(".."))
                        .unwrap_or(&line);
                    if in_headers && line.is_empty() {
                        in_headers = false;
                    } else if in_headers {
                        headers.push(line.to_owned());
                    } else {
                        body.push(line.to_owned());
                    }
                }
                kept.lock().unwrap().messages.push(taken(&headers, &body));
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

fn header<'a>(headers: &'a [String], name: &str) -> &'a str {
    headers
        .iter()
        .filter_map(|line| line.split_once(':'))
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map_or("", |(_, value)| value.trim())
}

/// The message's Message-ID, recipient and text, its body decoded as its header says.
fn taken(headers: &[String], body: &[String]) -> Taken {
    use base64::Engine;
    let encoding = header(headers, "content-transfer-encoding").to_ascii_lowercase();
    let text = match encoding.as_str() {
        "base64" => base64::engine::general_purpose::STANDARD
            .decode(body.concat())
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_default(),
        "quoted-printable" => String::from_utf8_lossy(
            &quoted_printable::decode(body.join("\r\n"), quoted_printable::ParseMode::Robust)
                .unwrap_or_default(),
        )
        .into_owned(),
        _ => body.join("\n"),
    };
    Taken {
        message_id: header(headers, "message-id").to_owned(),
        to: header(headers, "to").to_owned(),
        text,
    }
}
