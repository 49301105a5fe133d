//! A card payment gateway reached over HTTP: the generic REST shape most card gateways have, for
//! a bank to implement or bridge to its own API. Chosen by `payments.gateway: http`.
//!
//! # The protocol
//!
//! `{url}` is `payments.url`, e.g. `https://gateway.bank.example/api/v1`. Every request carries
//! `Authorization: Bearer {payments.api_key}`; bodies are JSON (`Content-Type:
//! application/json`), amounts are integer qəpik (1 AZN = 100 qəpik), times are UTC RFC 3339.
//! Any 2xx is success; any other status (redirects too: they are not followed), no answer within
//! 10 seconds, or an answer that is not the JSON below counts as "the gateway did not answer",
//! and the portal asks again later. The portal never sends card data; the card is typed on the
//! gateway's own page.
//!
//! **Creating an order.** `POST {url}/orders` with `Idempotency-Key: {key}` and
//!
//! ```json
//! {"merchant_id": "…", "amount": 15000, "currency": "AZN",
//!  "description": "DMX cərimə …",
//!  "return_url": "https://portal.example/payments/{payment}",
//!  "callback_url": "https://portal.example/api/payments/callback"}
//! ```
//!
//! answered `200` or `201` with `{"order_id": "…", "redirect_url": "https://…"}`: the order's id
//! (at most what fits in a URL path segment; it is percent-encoded in the paths below) and the
//! absolute address of the gateway's card page, where the browser is sent. The key is the
//! portal's payment id, sent again on every retry of the same payment: **the same key must give
//! the same order**, never a second one.
//!
//! **The order's status.** `GET {url}/orders/{order_id}`, answered with
//!
//! ```json
//! {"status": "paid", "transaction_id": "…", "rrn": "123456789012",
//!  "masked_pan": "411111******1111", "amount": 15000, "paid_at": "2026-11-23T10:00:00Z"}
//! ```
//!
//! `status` is one of `created`, `pending`, `processing` (not decided yet: asked again later),
//! `paid`, `declined`, `insufficient_funds`, `expired_card`, `cancelled` (the person left the
//! card page), `timeout` or `expired` (the order ran out; nothing was taken). A `paid` answer must
//! have `transaction_id`, `rrn` (retrieval reference number) and `paid_at` (UTC: `Z` or
//! `+00:00`); `masked_pan` is shown on the receipt (a full card number is masked here to its first
//! six and last four digits). `amount` and fields other than these are ignored. A status the
//! portal does not know is logged and treated as not decided yet.
//!
//! **Refunding.** `POST {url}/orders/{order_id}/refund` with `Idempotency-Key:
//! refund-{order_id}` and the body `{}` (in full), answered with any 2xx. The portal refunds only
//! a charge it must not keep (a fine paid twice), and may ask again: the same key must refund once.
//!
//! **Callbacks.** When an order changes, the gateway posts `{"order_id": "…"}` to the order's
//! `callback_url` with `X-Signature`: the hex HMAC-SHA256 of the body under
//! `payments.callback_secret`. The callback is only a hint: the portal then asks for the status.

use std::time::Duration;

use app::api::{PaymentFailure, Receipt};
use reqwest::{RequestBuilder, Url};
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::gateway::{Answer, CreatedOrder, GatewayError, NewOrder, OrderStatus, PaymentGateway};

/// How long the portal waits for each answer of the gateway.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// The gateway's REST API (module documentation): orders, their status, refunds.
pub struct HttpPaymentGateway {
    client: reqwest::Client,
    /// `payments.url`: the other paths are under it.
    base: Url,
    merchant_id: String,
    api_key: SecretString,
    /// `application.base_url`, without a trailing slash.
    portal: String,
}

impl HttpPaymentGateway {
    /// `url` is the gateway's API (`payments.url`), `portal_base_url` the portal's public address
    /// (`application.base_url`), which the return and callback addresses are made from.
    pub fn new(
        url: &str,
        merchant_id: &str,
        api_key: SecretString,
        portal_base_url: &str,
        timeout: Duration,
    ) -> anyhow::Result<Self> {
        let base = Url::parse(url)
            .map_err(|e| anyhow::anyhow!("payments.url {url:?} is not an address: {e}"))?;
        anyhow::ensure!(
            matches!(base.scheme(), "http" | "https") && !base.cannot_be_a_base(),
            "payments.url {url:?} must be an http(s) address"
        );
        let client = reqwest::Client::builder()
            .timeout(timeout)
            // The API key is not to follow a redirect anywhere; a 3xx is an error.
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Self {
            client,
            base,
            merchant_id: merchant_id.to_owned(),
            api_key,
            portal: portal_base_url.trim_end_matches('/').to_owned(),
        })
    }

    /// `{url}/orders/...`, each segment percent-encoded.
    fn endpoint(&self, segments: &[&str]) -> Url {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        url
    }

    /// The portal's address for a path of its own (`/payments/...`); an absolute one as it is.
    fn absolute(&self, url: &str) -> String {
        if url.starts_with("https://") || url.starts_with("http://") {
            url.to_owned()
        } else {
            format!("{}/{}", self.portal, url.trim_start_matches('/'))
        }
    }

    /// Sends a request with the API key and gives back the body of a 2xx answer. What fails is
    /// described without the request's headers or the answer's body.
    async fn call(&self, what: &str, request: RequestBuilder) -> Result<Vec<u8>, GatewayError> {
        let failed = |why: &str| GatewayError::Unavailable(format!("{what}: {why}"));
        let response = request
            .bearer_auth(self.api_key.expose_secret())
            .send()
            .await
            .map_err(|e| failed(&describe(&e)))?;
        let status = response.status();
        if !status.is_success() {
            return Err(failed(&format!("the gateway answered {status}")));
        }
        let body = response.bytes().await.map_err(|e| failed(&describe(&e)))?;
        Ok(body.to_vec())
    }
}

/// Why a request failed, in words that carry no URL credentials, key or body.
fn describe(error: &reqwest::Error) -> String {
    if error.is_timeout() {
        "no answer in time".into()
    } else if error.is_connect() {
        "could not connect to the gateway".into()
    } else if error.is_body() || error.is_decode() {
        "the answer broke off".into()
    } else if error.is_builder() {
        "the request could not be made (a header that is not ASCII?)".into()
    } else {
        "the request failed".into()
    }
}

/// The answer as the JSON it should be. serde's own message is not passed on: it quotes the
/// values it did not expect, which could be card data.
fn parse<T: DeserializeOwned>(what: &str, body: &[u8]) -> Result<T, GatewayError> {
    serde_json::from_slice(body).map_err(|e| {
        GatewayError::Unavailable(format!(
            "{what}: the gateway's answer is not the expected JSON ({:?} at line {}, column {})",
            e.classify(),
            e.line(),
            e.column()
        ))
    })
}

#[derive(Serialize)]
struct OrderRequest<'a> {
    merchant_id: &'a str,
    /// Integer qəpik.
    amount: i64,
    currency: &'static str,
    description: &'a str,
    return_url: String,
    callback_url: String,
}

#[derive(Deserialize)]
struct OrderAnswer {
    order_id: String,
    redirect_url: String,
}

#[derive(Deserialize)]
struct StatusAnswer {
    status: String,
    transaction_id: Option<String>,
    rrn: Option<String>,
    masked_pan: Option<String>,
    paid_at: Option<String>,
}

/// Present and not blank.
fn given(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// A card number as the receipt may show it: given masked, it stays as it is; with more digits
/// than the first six and the last four, the rest are hidden here.
fn masked(pan: &str) -> String {
    let digits: Vec<char> = pan.chars().filter(char::is_ascii_digit).collect();
    if digits.len() <= 10 {
        return pan.to_owned();
    }
    tracing::warn!("the payment gateway sent a card number unmasked; it is masked here");
    let hidden = "*".repeat(digits.len() - 10);
    let first: String = digits[..6].iter().collect();
    let last: String = digits[digits.len() - 4..].iter().collect();
    format!("{first}{hidden}{last}")
}

/// `yyyy-mm-ddThh:mm:ss[.fraction](Z|+00:00)` as the receipts keep times:
/// `yyyy-mm-ddThh:mm:ssZ`. Anything else (another offset included) is not taken.
fn utc_time(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let seconds = raw.get(..19)?;
    let shape_fits = seconds.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        10 => b == b'T' || b == b't',
        13 | 16 => b == b':',
        _ => b.is_ascii_digit(),
    });
    let rest = &raw[19..];
    let rest = match rest.strip_prefix('.') {
        Some(fraction) => fraction.trim_start_matches(|c: char| c.is_ascii_digit()),
        None => rest,
    };
    let utc = matches!(rest, "Z" | "z" | "+00:00");
    (shape_fits && utc).then(|| format!("{}T{}Z", &seconds[..10], &seconds[11..]))
}

/// The gateway's answer about an order, as the portal settles payments by it.
fn order_status(order_id: &str, answer: StatusAnswer) -> Result<OrderStatus, GatewayError> {
    let failed = |failure| Ok(OrderStatus::Failed(failure));
    match answer.status.trim().to_ascii_lowercase().as_str() {
        "created" | "pending" | "processing" => Ok(OrderStatus::Pending),
        "declined" => failed(PaymentFailure::Declined),
        "insufficient_funds" => failed(PaymentFailure::InsufficientFunds),
        "expired_card" => failed(PaymentFailure::ExpiredCard),
        "cancelled" | "canceled" => failed(PaymentFailure::Cancelled),
        "timeout" | "expired" => failed(PaymentFailure::Timeout),
        "paid" => {
            let missing = |field: &str| {
                GatewayError::Unavailable(format!(
                    "order {order_id} is paid, but the gateway's answer has no {field}"
                ))
            };
            let transaction_id =
                given(answer.transaction_id).ok_or_else(|| missing("transaction_id"))?;
            let rrn = given(answer.rrn).ok_or_else(|| missing("rrn"))?;
            let raw_time = given(answer.paid_at).ok_or_else(|| missing("paid_at"))?;
            let paid_at = utc_time(&raw_time).ok_or_else(|| {
                GatewayError::Unavailable(format!(
                    "order {order_id} is paid, but its paid_at is not a UTC RFC 3339 time"
                ))
            })?;
            Ok(OrderStatus::Paid(Receipt {
                transaction_id,
                rrn,
                masked_card: given(answer.masked_pan)
                    .map(|pan| masked(&pan))
                    .unwrap_or_default(),
                paid_at,
            }))
        }
        other => {
            let shown: String = other.chars().take(40).collect();
            tracing::warn!(
                order_id,
                status = ?shown,
                "the payment gateway answered a status the portal does not know; asking again later"
            );
            Ok(OrderStatus::Pending)
        }
    }
}

impl PaymentGateway for HttpPaymentGateway {
    fn create_order<'a>(&'a self, order: NewOrder<'a>) -> Answer<'a, CreatedOrder> {
        Box::pin(async move {
            let what = "creating a payment order";
            let request = OrderRequest {
                merchant_id: &self.merchant_id,
                amount: order.amount.0,
                currency: "AZN",
                description: order.description,
                return_url: self.absolute(order.return_url),
                callback_url: format!("{}/api/payments/callback", self.portal),
            };
            let body = self
                .call(
                    what,
                    self.client
                        .post(self.endpoint(&["orders"]))
                        .header("Idempotency-Key", order.idempotency_key)
                        .json(&request),
                )
                .await?;
            let answer: OrderAnswer = parse(what, &body)?;
            let order_id = answer.order_id.trim().to_owned();
            let redirect = answer.redirect_url.trim().to_owned();
            if order_id.is_empty() {
                return Err(GatewayError::Unavailable(format!(
                    "{what}: the gateway's answer has no order_id"
                )));
            }
            if !(redirect.starts_with("https://") || redirect.starts_with("http://")) {
                return Err(GatewayError::Unavailable(format!(
                    "{what}: the gateway's redirect_url is not an absolute http(s) address"
                )));
            }
            Ok(CreatedOrder { order_id, redirect })
        })
    }

    fn status<'a>(&'a self, order_id: &'a str) -> Answer<'a, OrderStatus> {
        Box::pin(async move {
            let what = format!("asking for order {order_id}");
            let body = self
                .call(&what, self.client.get(self.endpoint(&["orders", order_id])))
                .await?;
            order_status(order_id, parse(&what, &body)?)
        })
    }

    fn refund<'a>(&'a self, order_id: &'a str) -> Answer<'a, ()> {
        Box::pin(async move {
            self.call(
                &format!("refunding order {order_id}"),
                self.client
                    .post(self.endpoint(&["orders", order_id, "refund"]))
                    .header("Idempotency-Key", format!("refund-{order_id}"))
                    .json(&serde_json::json!({})),
            )
            .await?;
            Ok(())
        })
    }
}

#[cfg(test)]
#[allow(
    clippy::disallowed_types,
    reason = "the provider stood in for here is not our API and has no error shape of ours"
)]
mod tests {
    use std::sync::{Arc, Mutex};

    use app::domain::Qepik;
    use axum::extract::Path;
    use axum::http::{HeaderMap, StatusCode};
    use axum::routing::{get, post};
    use axum::{Json, Router};
    use serde_json::{Value, json};

    use super::*;

    const KEY: &str = "merchant-api-key-for-tests";

    /// What the fake gateway was sent: the path, the two headers that matter, and the body.
    #[derive(Clone, Debug, Default)]
    struct Seen {
        path: String,
        authorization: String,
        idempotency_key: String,
        body: String,
    }

    type Log = Arc<Mutex<Vec<Seen>>>;

    fn seen(path: String, headers: &HeaderMap, body: String) -> Seen {
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        Seen {
            path,
            authorization: header("authorization"),
            idempotency_key: header("idempotency-key"),
            body,
        }
    }

    /// Starts the fake gateway; its API is under `/v1`, as a bank's often is.
    async fn serve(router: Router) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/v1", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await });
        url
    }

    fn gateway(url: &str, timeout: Duration) -> HttpPaymentGateway {
        HttpPaymentGateway::new(
            url,
            "merchant-7",
            KEY.into(),
            "https://qapi.example/",
            timeout,
        )
        .unwrap()
    }

    /// A gateway whose every order is in the state its id names (`paid`, `declined`...).
    async fn gateway_of_states() -> (HttpPaymentGateway, Log) {
        let log = Log::default();
        let kept = log.clone();
        let router = Router::new().route(
            "/v1/orders/{id}",
            get(
                move |Path(id): Path<String>, headers: HeaderMap| async move {
                    kept.lock().unwrap().push(seen(
                        format!("/v1/orders/{id}"),
                        &headers,
                        String::new(),
                    ));
                    let paid = json!({
                        "status": "paid", "transaction_id": "TX-81", "rrn": "612345678901",
                        "masked_pan": "411111******1111", "amount": 15000,
                        "paid_at": "2026-11-23T10:00:00Z",
                    });
                    let answer = match id.as_str() {
                        "paid" => paid,
                        "paid-precise" => json!({
                            "status": "PAID", "transaction_id": "TX-82", "rrn": "612345678902",
                            "masked_pan": "4111111111111111",
                            "paid_at": "2026-11-23T10:00:00.250+00:00",
                        }),
                        "paid-without-rrn" => json!({
                            "status": "paid", "transaction_id": "TX-83",
                            "masked_pan": "411111******1111", "paid_at": "2026-11-23T10:00:00Z",
                        }),
                        "paid-without-transaction" => json!({
                            "status": "paid", "transaction_id": "", "rrn": "612345678904",
                            "paid_at": "2026-11-23T10:00:00Z",
                        }),
                        "paid-in-baku-time" => json!({
                            "status": "paid", "transaction_id": "TX-85", "rrn": "612345678905",
                            "paid_at": "2026-11-23T14:00:00+04:00",
                        }),
                        "a/b" => json!({"status": "processing"}),
                        other => json!({"status": other}),
                    };
                    Json(answer)
                },
            ),
        );
        (gateway(&serve(router).await, TIMEOUT), log)
    }

    #[tokio::test]
    async fn an_order_is_created_with_the_key_the_token_qepik_and_the_callback() {
        let log = Log::default();
        let kept = log.clone();
        let router = Router::new().route(
            "/v1/orders",
            post(move |headers: HeaderMap, body: String| async move {
                kept.lock()
                    .unwrap()
                    .push(seen("/v1/orders".into(), &headers, body));
                (
                    StatusCode::CREATED,
                    Json(json!({
                        "order_id": "ord-1",
                        "redirect_url": "https://pay.bank.example/card/ord-1",
                    })),
                )
            }),
        );
        let gateway = gateway(&serve(router).await, TIMEOUT);
        let created = gateway
            .create_order(NewOrder {
                idempotency_key: "attempt-key-0123456789",
                amount: Qepik(15_050),
                description: "DMX cərimə 1234",
                return_url: "/payments/abc",
            })
            .await
            .unwrap();
        assert_eq!(created.order_id, "ord-1");
        assert_eq!(created.redirect, "https://pay.bank.example/card/ord-1");

        let log = log.lock().unwrap().clone();
        assert_eq!(log.len(), 1);
        let sent = &log[0];
        assert_eq!(sent.authorization, format!("Bearer {KEY}"));
        assert_eq!(sent.idempotency_key, "attempt-key-0123456789");
        let body: Value = serde_json::from_str(&sent.body).unwrap();
        assert_eq!(
            body,
            json!({
                "merchant_id": "merchant-7",
                "amount": 15050,
                "currency": "AZN",
                "description": "DMX cərimə 1234",
                "return_url": "https://qapi.example/payments/abc",
                "callback_url": "https://qapi.example/api/payments/callback",
            })
        );
        assert!(body["amount"].is_i64());
    }

    #[tokio::test]
    async fn an_order_without_a_usable_redirect_is_not_taken() {
        let router = Router::new().route(
            "/v1/orders",
            post(|| async { Json(json!({"order_id": "ord-2", "redirect_url": "/card"})) }),
        );
        let gateway = gateway(&serve(router).await, TIMEOUT);
        let err = gateway
            .create_order(NewOrder {
                idempotency_key: "attempt-key-0123456789",
                amount: Qepik(100),
                description: "x",
                return_url: "/payments/abc",
            })
            .await
            .err()
            .unwrap();
        assert!(matches!(err, GatewayError::Unavailable(ref why) if why.contains("redirect_url")));
    }

    #[tokio::test]
    async fn a_paid_order_gives_its_receipt() {
        let (gateway, log) = gateway_of_states().await;
        assert_eq!(
            gateway.status("paid").await.unwrap(),
            OrderStatus::Paid(Receipt {
                transaction_id: "TX-81".into(),
                rrn: "612345678901".into(),
                masked_card: "411111******1111".into(),
                paid_at: "2026-11-23T10:00:00Z".into(),
            })
        );
        let log = log.lock().unwrap().clone();
        assert_eq!(log[0].path, "/v1/orders/paid");
        assert_eq!(log[0].authorization, format!("Bearer {KEY}"));
    }

    #[tokio::test]
    async fn a_receipt_keeps_utc_seconds_and_never_a_whole_card_number() {
        let (gateway, _) = gateway_of_states().await;
        assert_eq!(
            gateway.status("paid-precise").await.unwrap(),
            OrderStatus::Paid(Receipt {
                transaction_id: "TX-82".into(),
                rrn: "612345678902".into(),
                masked_card: "411111******1111".into(),
                paid_at: "2026-11-23T10:00:00Z".into(),
            })
        );
    }

    #[tokio::test]
    async fn a_paid_answer_without_its_numbers_is_an_error() {
        let (gateway, _) = gateway_of_states().await;
        for (order, field) in [
            ("paid-without-rrn", "rrn"),
            ("paid-without-transaction", "transaction_id"),
            ("paid-in-baku-time", "UTC"),
        ] {
            match gateway.status(order).await {
                Err(GatewayError::Unavailable(why)) => assert!(why.contains(field), "{why}"),
                other => panic!("{order}: {other:?}"),
            }
        }
    }

    #[tokio::test]
    async fn each_failure_and_each_undecided_state_is_mapped() {
        let (gateway, log) = gateway_of_states().await;
        for (status, expected) in [
            ("declined", OrderStatus::Failed(PaymentFailure::Declined)),
            (
                "insufficient_funds",
                OrderStatus::Failed(PaymentFailure::InsufficientFunds),
            ),
            (
                "expired_card",
                OrderStatus::Failed(PaymentFailure::ExpiredCard),
            ),
            ("cancelled", OrderStatus::Failed(PaymentFailure::Cancelled)),
            ("timeout", OrderStatus::Failed(PaymentFailure::Timeout)),
            ("expired", OrderStatus::Failed(PaymentFailure::Timeout)),
            ("created", OrderStatus::Pending),
            ("pending", OrderStatus::Pending),
            ("processing", OrderStatus::Pending),
            // Unknown: asked again later rather than settled.
            ("held_for_review", OrderStatus::Pending),
            // An order id that needs escaping reaches its own path.
            ("a/b", OrderStatus::Pending),
        ] {
            assert_eq!(gateway.status(status).await.unwrap(), expected, "{status}");
        }
        assert_eq!(log.lock().unwrap().len(), 11);
    }

    #[tokio::test]
    async fn an_error_status_or_a_garbled_answer_is_unavailable() {
        let router = Router::new()
            .route(
                "/v1/orders/broken",
                get(|| async { (StatusCode::INTERNAL_SERVER_ERROR, "oops") }),
            )
            .route("/v1/orders/garbage", get(|| async { "<html>not json" }))
            .route(
                "/v1/orders/card-in-garbage",
                get(|| async { r#"{"status": 4111111111111111}"# }),
            );
        let gateway = gateway(&serve(router).await, TIMEOUT);
        for order in ["broken", "garbage", "card-in-garbage", "missing"] {
            match gateway.status(order).await {
                Err(GatewayError::Unavailable(why)) => {
                    assert!(!why.contains("4111"), "{why}");
                    assert!(!why.contains(KEY), "{why}");
                    assert!(why.contains(order), "{why}");
                }
                other => panic!("{order}: {other:?}"),
            }
        }
        match gateway.status("broken").await {
            Err(GatewayError::Unavailable(why)) => assert!(why.contains("500"), "{why}"),
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn a_refund_posts_to_the_orders_refund_with_its_own_key() {
        let log = Log::default();
        let kept = log.clone();
        let router = Router::new().route(
            "/v1/orders/{id}/refund",
            post(
                move |Path(id): Path<String>, headers: HeaderMap, body: String| async move {
                    let refused = id == "refused";
                    kept.lock().unwrap().push(seen(
                        format!("/v1/orders/{id}/refund"),
                        &headers,
                        body,
                    ));
                    if refused {
                        StatusCode::CONFLICT
                    } else {
                        StatusCode::NO_CONTENT
                    }
                },
            ),
        );
        let gateway = gateway(&serve(router).await, TIMEOUT);
        gateway.refund("ord-9").await.unwrap();
        let log = log.lock().unwrap().clone();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].path, "/v1/orders/ord-9/refund");
        assert_eq!(log[0].body, "{}");
        assert_eq!(log[0].idempotency_key, "refund-ord-9");
        assert_eq!(log[0].authorization, format!("Bearer {KEY}"));
        match gateway.refund("refused").await {
            Err(GatewayError::Unavailable(why)) => assert!(why.contains("409"), "{why}"),
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn a_gateway_that_does_not_answer_in_time_is_unavailable() {
        let router = Router::new().route(
            "/v1/orders/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                Json(json!({"status": "paid"}))
            }),
        );
        let gateway = gateway(&serve(router).await, Duration::from_millis(200));
        let started = std::time::Instant::now();
        match gateway.status("slow").await {
            Err(GatewayError::Unavailable(why)) => assert!(why.contains("in time"), "{why}"),
            other => panic!("{other:?}"),
        }
        assert!(started.elapsed() < Duration::from_secs(3));
    }

    #[tokio::test]
    async fn a_gateway_that_cannot_be_reached_is_unavailable() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/v1", listener.local_addr().unwrap());
        drop(listener);
        let gateway = gateway(&url, TIMEOUT);
        assert!(matches!(
            gateway.status("ord-1").await,
            Err(GatewayError::Unavailable(_))
        ));
    }

    #[test]
    fn only_an_http_address_is_a_gateway() {
        let make = |url: &str| {
            HttpPaymentGateway::new(url, "m", KEY.into(), "https://qapi.example", TIMEOUT)
        };
        assert!(make("https://gateway.example/api/v1/").is_ok());
        assert!(make("gateway.example").is_err());
        assert!(make("mailto:gateway@example").is_err());
    }
}
