//! Texts (SMS) go through an SMS gateway: an HTTP provider in production, the dev mailbox in
//! development. Each text carries the id fixed when it was queued, so a provider that
//! deduplicates by it sends a resend after a crash once.

use std::future::Future;
use std::pin::Pin;

use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use super::{Channel, OutgoingEmail};
use crate::store::Store;

/// One text, ready to go.
#[derive(Serialize)]
pub struct OutgoingSms {
    /// Fixed when the text was queued: the same on every attempt.
    pub id: String,
    /// E.164, `+994501234567`.
    pub to: String,
    pub text: String,
}

pub type Sent<'a> = Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send + 'a>>;

pub trait SmsGateway: Send + Sync {
    fn send<'a>(&'a self, sms: &'a OutgoingSms) -> Sent<'a>;
}

/// A provider's HTTP API: `POST {url}` with `{"id","to","text"}` and a bearer token; any 2xx
/// means taken.
pub struct HttpSmsGateway {
    client: reqwest::Client,
    url: String,
    token: SecretString,
}

impl HttpSmsGateway {
    pub fn new(url: &str, token: SecretString) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(10))
            .build()?;
        Ok(Self {
            client,
            url: url.to_owned(),
            token,
        })
    }
}

impl SmsGateway for HttpSmsGateway {
    fn send<'a>(&'a self, sms: &'a OutgoingSms) -> Sent<'a> {
        Box::pin(async move {
            self.client
                .post(&self.url)
                .bearer_auth(self.token.expose_secret())
                .json(sms)
                .send()
                .await?
                .error_for_status()?;
            Ok(())
        })
    }
}

/// Development only: texts are kept in the dev mailbox, beside the e-mails.
pub struct DevSmsBox(pub Store);

impl SmsGateway for DevSmsBox {
    fn send<'a>(&'a self, sms: &'a OutgoingSms) -> Sent<'a> {
        Box::pin(async move {
            let kept = OutgoingEmail {
                message_id: sms.id.clone(),
                to: sms.to.clone(),
                subject: "SMS".into(),
                body: sms.text.clone(),
            };
            Ok(self.0.keep_in_dev_mailbox(Channel::Sms, &kept).await?)
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use axum::Router;
    use axum::http::HeaderMap;
    use axum::routing::post;

    use super::*;

    #[tokio::test]
    async fn the_http_gateway_posts_the_text_with_its_token() {
        let received = Arc::new(Mutex::new(None::<(String, String)>));
        let kept = received.clone();
        let provider = Router::new().route(
            "/send",
            post(move |headers: HeaderMap, body: String| async move {
                let auth = headers["authorization"]
                    .to_str()
                    .unwrap_or_default()
                    .to_owned();
                *kept.lock().unwrap() = Some((auth, body));
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/send", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, provider).await });

        let gateway = HttpSmsGateway::new(&url, "provider-token".into()).unwrap();
        let sms = OutgoingSms {
            id: "m1".into(),
            to: "+994551234567".into(),
            text: "Qapı kodu: 123456".into(),
        };
        gateway.send(&sms).await.unwrap();
        let (auth, body) = received.lock().unwrap().clone().unwrap();
        assert_eq!(auth, "Bearer provider-token");
        let body: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(body["id"], "m1");
        assert_eq!(body["to"], "+994551234567");
    }
}
