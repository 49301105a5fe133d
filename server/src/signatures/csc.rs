//! The officers' remote signing service reached over the Cloud Signature Consortium's API
//! (CSC API 1.0.4, the remote signature protocol qualified trust service providers speak):
//! `credentials/list` finds the officer's credential by their FIN, `credentials/authorize` turns
//! the officer's PIN into signature activation data (SAD) for this one digest, `credentials/info`
//! gives the credential's certificate, and `signatures/signHash` signs the digest with ECDSA
//! P-256. The portal authenticates to the service with its service authorization, a bearer
//! token (`signatures.csc_token`). The caller checks the signature and that the certificate
//! names the officer before anything is kept.

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use p256::ecdsa::Signature;
use p256::ecdsa::signature::SignatureEncoding;
use reqwest::Url;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde_json::{Value, json};
use x509_cert::Certificate;
use x509_cert::der::{Decode, EncodePem};
use x509_cert::spki::der::pem::LineEnding;

use super::officers::{
    DecisionAsk, DecisionSignature, RemoteAnswer, RemoteSigning, RemoteSigningError,
};

/// How long the portal waits for each answer of the service: an officer is waiting at the desk.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// SHA-256, the digest the portal signs.
const SHA_256: &str = "2.16.840.1.101.3.4.2.1";
/// ECDSA with SHA-256, the only signature the portal checks.
const ECDSA_WITH_SHA_256: &str = "1.2.840.10045.4.3.2";

pub struct CscRemoteSigning {
    client: reqwest::Client,
    /// `signatures.csc_url`: the methods are under it.
    base: Url,
    token: SecretString,
}

/// The API's error answer: every refusal is `invalid_request` with a description.
#[derive(Deserialize)]
struct CscError {
    #[serde(default)]
    error_description: String,
}

impl CscRemoteSigning {
    pub fn new(url: &str, token: SecretString, timeout: Duration) -> anyhow::Result<Self> {
        let base = Url::parse(url)
            .map_err(|e| anyhow::anyhow!("signatures.csc_url {url:?} is not an address: {e}"))?;
        anyhow::ensure!(
            matches!(base.scheme(), "http" | "https") && !base.cannot_be_a_base(),
            "signatures.csc_url {url:?} must be an http(s) address"
        );
        let client = reqwest::Client::builder()
            .timeout(timeout)
            // The service authorization is not to follow a redirect anywhere.
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Self {
            client,
            base,
            token,
        })
    }

    /// Calls one method (`credentials/list` …) and gives back its answer. A refusal that names
    /// the PIN is the officer's to mend; anything else is the service's trouble, described
    /// without the request.
    async fn call(&self, method: &str, body: Value) -> Result<Value, RemoteSigningError> {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(method.split('/'));
        }
        let failed = |why: String| RemoteSigningError::Unavailable(format!("{method}: {why}"));
        let response = self
            .client
            .post(url)
            .bearer_auth(self.token.expose_secret())
            .json(&body)
            .send()
            .await
            .map_err(|e| failed(e.without_url().to_string()))?;
        let status = response.status();
        if status.is_success() {
            return response
                .json()
                .await
                .map_err(|e| failed(e.without_url().to_string()));
        }
        let refusal = response
            .json::<CscError>()
            .await
            .map(|e| e.error_description)
            .unwrap_or_default();
        Err(match refusal.as_str() {
            "The PIN is invalid" => RemoteSigningError::PinWrong,
            "PIN locked" => RemoteSigningError::PinLocked,
            _ => failed(format!("the service answered {status}: {refusal}")),
        })
    }
}

/// An answer's string field, or the service's trouble.
fn text<'a>(answer: &'a Value, pointer: &str) -> Result<&'a str, RemoteSigningError> {
    answer
        .pointer(pointer)
        .and_then(Value::as_str)
        .ok_or_else(|| {
            RemoteSigningError::Unavailable(format!(
                "the signing service's answer has no {pointer}"
            ))
        })
}

fn decoded(answer: &Value, pointer: &str) -> Result<Vec<u8>, RemoteSigningError> {
    STANDARD
        .decode(text(answer, pointer)?)
        .map_err(|e| RemoteSigningError::Unavailable(format!("{pointer}: {e}")))
}

impl RemoteSigning for CscRemoteSigning {
    fn sign_hash<'a>(&'a self, ask: DecisionAsk<'a>) -> RemoteAnswer<'a, DecisionSignature> {
        Box::pin(async move {
            let listed = self
                .call("credentials/list", json!({ "userID": ask.signer.as_str() }))
                .await?;
            let credential = listed
                .pointer("/credentialIDs/0")
                .and_then(Value::as_str)
                .ok_or(RemoteSigningError::NoCredential)?
                .to_owned();
            let hash = STANDARD.encode(ask.digest);
            let authorized = self
                .call(
                    "credentials/authorize",
                    json!({
                        "credentialID": credential,
                        "numSignatures": 1,
                        "hash": [hash],
                        "PIN": ask.pin.trim(),
                    }),
                )
                .await?;
            let sad = text(&authorized, "/SAD")?.to_owned();
            let info = self
                .call(
                    "credentials/info",
                    json!({ "credentialID": credential, "certificates": "single" }),
                )
                .await?;
            let certificate = Certificate::from_der(&decoded(&info, "/cert/certificates/0")?)
                .and_then(|c| c.to_pem(LineEnding::LF))
                .map_err(|e| RemoteSigningError::Unavailable(format!("the certificate: {e}")))?;
            let signed = self
                .call(
                    "signatures/signHash",
                    json!({
                        "credentialID": credential,
                        "SAD": sad,
                        "hash": [hash],
                        "hashAlgo": SHA_256,
                        "signAlgo": ECDSA_WITH_SHA_256,
                    }),
                )
                .await?;
            let raw = decoded(&signed, "/signatures/0")?;
            // Services give ECDSA signatures either DER-encoded or as r‖s: the portal keeps DER.
            let signature = match Signature::from_slice(&raw) {
                Ok(plain) => plain.to_der().to_vec(),
                Err(_) => raw,
            };
            Ok(DecisionSignature {
                signature,
                certificate_pem: certificate,
            })
        })
    }
}

#[cfg(test)]
#[allow(
    clippy::disallowed_types,
    reason = "the signing service stood in for here is not our API and has no error shape of ours"
)]
mod tests {
    use std::sync::{Arc, Mutex};

    use app::domain::Fin;
    use axum::http::{HeaderMap, StatusCode};
    use axum::routing::post;
    use axum::{Json, Router};
    use p256::ecdsa::signature::hazmat::PrehashSigner;
    use x509_cert::der::Encode;

    use super::*;
    use crate::signatures::authority::demo_authority;
    use crate::signatures::officers::tests::decision;
    use crate::signatures::{Signable, TrustedAuthorities, verify};

    const TOKEN: &str = "portal-service-authorization";
    const PIN: &str = "4321";

    /// A signing service holding one officer's credential, as a trust service provider's
    /// would: it refuses a wrong PIN, and signs only the digest the SAD was given for.
    async fn service(officer: Fin, raw_signatures: bool) -> (String, Arc<Mutex<Vec<String>>>) {
        let calls = Arc::new(Mutex::new(Vec::<String>::new()));
        let authorized = Arc::new(Mutex::new(None::<String>));
        let credential = demo_authority().credential(&officer, "İSMAYILOVA LALƏ");
        let certificate = STANDARD.encode(credential.certificate.to_der().unwrap());
        let key = credential.key.clone();
        let refuse = |description: &str| {
            (
                StatusCode::BAD_REQUEST,
                Json(json!({ "error": "invalid_request", "error_description": description })),
            )
        };
        let router = Router::new().route(
            "/csc/v1/{*method}",
            post({
                let calls = calls.clone();
                move |axum::extract::Path(method): axum::extract::Path<String>,
                      headers: HeaderMap,
                      Json(body): Json<Value>| {
                    let (calls, authorized) = (calls.clone(), authorized.clone());
                    let (certificate, key) = (certificate.clone(), key.clone());
                    let officer = officer.clone();
                    async move {
                        calls.lock().unwrap().push(method.clone());
                        if headers.get("authorization").and_then(|v| v.to_str().ok())
                            != Some(&format!("Bearer {TOKEN}"))
                        {
                            return (StatusCode::UNAUTHORIZED, Json(json!({})));
                        }
                        match method.as_str() {
                            "credentials/list" if body["userID"] == officer.as_str() => {
                                (StatusCode::OK, Json(json!({ "credentialIDs": ["cred-1"] })))
                            }
                            "credentials/list" => {
                                (StatusCode::OK, Json(json!({ "credentialIDs": [] })))
                            }
                            "credentials/authorize" if body["PIN"] != PIN => {
                                refuse("The PIN is invalid")
                            }
                            "credentials/authorize" => {
                                *authorized.lock().unwrap() =
                                    body["hash"][0].as_str().map(str::to_owned);
                                (StatusCode::OK, Json(json!({ "SAD": "sad-1" })))
                            }
                            "credentials/info" => (
                                StatusCode::OK,
                                Json(json!({ "cert": { "status": "valid", "certificates": [certificate] } })),
                            ),
                            "signatures/signHash"
                                if body["SAD"] == "sad-1"
                                    && body["signAlgo"] == ECDSA_WITH_SHA_256
                                    && body["hash"][0].as_str()
                                        == authorized.lock().unwrap().as_deref() =>
                            {
                                let digest = STANDARD.decode(body["hash"][0].as_str().unwrap()).unwrap();
                                let signature: Signature = key.sign_prehash(&digest).unwrap();
                                let bytes = if raw_signatures {
                                    signature.to_bytes().to_vec()
                                } else {
                                    signature.to_der().to_vec()
                                };
                                (StatusCode::OK, Json(json!({ "signatures": [STANDARD.encode(bytes)] })))
                            }
                            _ => refuse("Hash is not authorized by the SAD"),
                        }
                    }
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/csc/v1", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await });
        (url, calls)
    }

    fn signing(url: &str, token: &str) -> CscRemoteSigning {
        CscRemoteSigning::new(url, token.to_owned().into(), Duration::from_secs(5)).unwrap()
    }

    #[tokio::test]
    async fn the_service_signs_the_decisions_digest_once_the_pin_authorizes_it() {
        let officer = Fin::parse("9QAPI12").unwrap();
        for raw in [false, true] {
            let (url, calls) = service(officer.clone(), raw).await;
            let decision = decision();
            let signed = signing(&url, TOKEN)
                .sign_hash(DecisionAsk {
                    signer: &officer,
                    pin: PIN,
                    digest: decision.digest(),
                })
                .await
                .unwrap();
            let holder = verify(
                &TrustedAuthorities::new(true, &[]).unwrap(),
                &decision.to_bytes(),
                &signed.signature,
                &signed.certificate_pem,
                Duration::from_secs(1_796_000_000),
            )
            .unwrap();
            assert_eq!(holder.fin, officer);
            assert_eq!(
                *calls.lock().unwrap(),
                [
                    "credentials/list",
                    "credentials/authorize",
                    "credentials/info",
                    "signatures/signHash"
                ]
            );
        }
    }

    #[tokio::test]
    async fn a_wrong_pin_an_unknown_officer_and_a_refused_authorization_are_told_apart() {
        let officer = Fin::parse("9QAPI12").unwrap();
        let (url, calls) = service(officer.clone(), false).await;
        let ask = |signer, pin| DecisionAsk {
            signer,
            pin,
            digest: decision().digest(),
        };
        assert!(matches!(
            signing(&url, TOKEN).sign_hash(ask(&officer, "1111")).await,
            Err(RemoteSigningError::PinWrong)
        ));
        assert!(
            !calls
                .lock()
                .unwrap()
                .contains(&"signatures/signHash".to_owned())
        );
        let stranger = Fin::parse("9QAPI13").unwrap();
        assert!(matches!(
            signing(&url, TOKEN).sign_hash(ask(&stranger, PIN)).await,
            Err(RemoteSigningError::NoCredential)
        ));
        assert!(matches!(
            signing(&url, "another-portals-token")
                .sign_hash(ask(&officer, PIN))
                .await,
            Err(RemoteSigningError::Unavailable(_))
        ));
    }
}
