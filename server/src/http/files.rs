//! Scans: uploaded one page at a time, streamed to the file store without holding the file in
//! memory, known by their content rather than their name, and given back only to their owner.

use std::time::Duration;

use app::api::{ErrorCode, FileRef, SCAN_MEDIA_TYPES, UploadLimits, sniff_scan};
use axum::Json;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;
use tower_http::timeout::TimeoutLayer;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::AppState;
use super::error::ApiError;
use super::extract::{ApiPath, ApiQuery, Citizen, ClientAddress, Visitor};
use super::openapi::FileBytes;
use crate::files::antivirus::Verdict;
use crate::files::inspect::{Refused, inspect};
use crate::identity::links;
use crate::store::NewFile;

/// A page on a slow mobile connection takes longer than the API's usual 30 seconds.
const UPLOAD_SECONDS: u64 = 300;
/// How much of a file's end the completeness check looks at.
const TAIL_BYTES: usize = 1024;

/// The routes that carry files, with their own time limit and no JSON body limit.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(upload))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(UPLOAD_SECONDS),
        ))
        .layer(axum::extract::DefaultBodyLimit::disable())
}

pub fn reading_router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(limits))
        .routes(routes!(download))
}

#[utoipa::path(
    get,
    path = "/files/limits",
    tag = "files",
    responses(
        (status = 200, description = "How large a page may be, and of which types.", body = UploadLimits),
    ),
)]
async fn limits(State(state): State<AppState>) -> Json<UploadLimits> {
    Json(UploadLimits {
        max_bytes: state.settings.files.max_bytes,
        media_types: SCAN_MEDIA_TYPES.map(str::to_owned).to_vec(),
    })
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct UploadQuery {
    /// The file's name, shown back and never used to store it.
    name: Option<String>,
}

/// A file name to show back, never used to store or to decide anything.
fn display_name(raw: Option<&str>) -> String {
    let name: String = raw
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control() && !"/\\".contains(*c))
        .take(120)
        .collect();
    if name.trim().is_empty() {
        "scan".into()
    } else {
        name.trim().to_owned()
    }
}

fn file_problem(code: ErrorCode) -> ApiError {
    ApiError::Invalid(vec![(code, "file".into())])
}

#[utoipa::path(
    post,
    path = "/files",
    tag = "files",
    params(UploadQuery),
    request_body = inline(FileBytes),
    security((), ("session" = [], "csrf" = [])),
    responses(
        (status = 201, description = "The page is kept, known by its content.", body = FileRef),
    ),
)]
async fn upload(
    State(state): State<AppState>,
    visitor: Visitor,
    ClientAddress(address): ClientAddress,
    ApiQuery(query): ApiQuery<UploadQuery>,
    request: Request,
) -> Result<(StatusCode, Json<FileRef>), ApiError> {
    let limits = &state.settings.files;
    let account_id = match &visitor {
        Visitor::Citizen(citizen) => Some(citizen.session.account_id),
        Visitor::Anonymous => None,
    };
    if account_id.is_none() {
        // Counted when tried, refused ones too: each costs the portal the bytes it reads.
        state
            .reserve(&crate::limits::anonymous_upload(
                address,
                limits.anonymous_uploads_per_hour,
            ))
            .await?;
    }
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limits.max_bytes) {
        return Err(ApiError::FileTooLarge);
    }
    let staging = state.settings.data_dir.join("staging");
    tokio::fs::create_dir_all(&staging)
        .await
        .map_err(anyhow::Error::from)?;
    let (key, _) = links::new_token();
    let staged = staging.join(&key);
    let received = receive(request.into_body(), &staged, limits.max_bytes).await;
    let (size, sha256, head, tail) = match received {
        Ok(received) => received,
        Err(error) => {
            let _ = tokio::fs::remove_file(&staged).await;
            return Err(error);
        }
    };
    let media_type = match sniff_scan(&head, &tail) {
        Ok(media_type) => media_type,
        Err(code) => {
            let _ = tokio::fs::remove_file(&staged).await;
            return Err(file_problem(code));
        }
    };
    if let Err(refused) = checked(&state, media_type, &staged).await {
        let _ = tokio::fs::remove_file(&staged).await;
        return Err(refused);
    }
    state.files.keep(&key, &staged).await?;
    let (claim, claim_hash) = match account_id {
        Some(_) => (None, None),
        None => {
            let (claim, hash) = links::new_token();
            (Some(claim), Some(hash))
        }
    };
    let name = display_name(query.name.as_deref());
    state
        .store
        .keep_file(&NewFile {
            id: &key,
            account_id,
            claim_hash: claim_hash.as_deref(),
            address: &address.to_string(),
            name: &name,
            media_type,
            size,
            sha256: &sha256,
        })
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(FileRef {
            id: key,
            name,
            media_type: media_type.to_owned(),
            size,
            claim,
        }),
    ))
}

/// The staged file read in full, then, where ClamAV is configured, checked for known malware.
async fn checked(
    state: &AppState,
    media_type: &'static str,
    staged: &std::path::Path,
) -> Result<(), ApiError> {
    inspect(media_type, staged)
        .await
        .map_err(|refused| match refused {
            Refused::Scan(code) => file_problem(code),
            Refused::Failed(error) => ApiError::Internal(error),
        })?;
    let Some(antivirus) = &state.antivirus else {
        return Ok(());
    };
    match antivirus.scan(staged).await {
        Ok(Verdict::Clean) => Ok(()),
        Ok(Verdict::Infected(name)) => {
            tracing::warn!(malware = name, "an upload held known malware; refused");
            Err(file_problem(ErrorCode::FileInfected))
        }
        Err(error) => Err(ApiError::Unavailable(format!("antivirus: {error:#}"))),
    }
}

/// Writes the body to `staged` as it arrives: its size, SHA-256, first and last bytes.
async fn receive(
    body: Body,
    staged: &std::path::Path,
    max_bytes: u64,
) -> Result<(u64, String, Vec<u8>, Vec<u8>), ApiError> {
    let mut file = tokio::fs::File::create(staged)
        .await
        .map_err(anyhow::Error::from)?;
    let mut stream = body.into_data_stream();
    let mut size = 0u64;
    let mut hasher = Sha256::new();
    let mut head = Vec::with_capacity(16);
    let mut tail: Vec<u8> = Vec::with_capacity(2 * TAIL_BYTES);
    while let Some(chunk) = stream.next().await {
        // A connection that broke off mid-file sent a body that is not the file.
        let chunk = chunk.map_err(|_| ApiError::Malformed)?;
        size += chunk.len() as u64;
        if size > max_bytes {
            return Err(ApiError::FileTooLarge);
        }
        hasher.update(&chunk);
        if head.len() < 16 {
            head.extend(chunk.iter().take(16 - head.len()));
        }
        tail.extend_from_slice(&chunk);
        if tail.len() > TAIL_BYTES {
            tail.drain(..tail.len() - TAIL_BYTES);
        }
        file.write_all(&chunk).await.map_err(anyhow::Error::from)?;
    }
    file.flush().await.map_err(anyhow::Error::from)?;
    Ok((size, hex::encode(hasher.finalize()), head, tail))
}

/// A page of the person's own scan; anyone else's is "not found", never "forbidden".
#[utoipa::path(
    get,
    path = "/files/{id}",
    tag = "files",
    params(("id" = String, Path, description = "the scan's id: the SHA-256 of its content, 64 hex digits")),
    security(("session" = [])),
    responses(
        (status = 200, description = "The scan (image/jpeg, image/png or application/pdf), as an attachment.", content_type = "application/octet-stream", body = FileBytes),
    ),
)]
async fn download(
    State(state): State<AppState>,
    citizen: Citizen,
    ApiPath(id): ApiPath<String>,
) -> Result<Response, ApiError> {
    if id.len() != 64 || !id.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(ApiError::NotFound);
    }
    let file = state
        .store
        .file_of(&id, citizen.session.account_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    file_response(&state, &file, "attachment").await
}

/// A stored scan as the browser gets it: `attachment` to save, or `inline` for an officer to
/// read in the browser, where its own policy lets the browser's PDF viewer run and nothing
/// else.
pub(super) async fn file_response(
    state: &AppState,
    file: &FileRef,
    disposition: &str,
) -> Result<Response, ApiError> {
    let body = state.files.open(&file.id).await?;
    let extension = match file.media_type.as_str() {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        _ => "pdf",
    };
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&file.media_type).map_err(anyhow::Error::from)?,
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("{disposition}; filename=\"scan.{extension}\""))
            .map_err(anyhow::Error::from)?,
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'",
        ),
    );
    Ok(response)
}
