//! A scan read in full before it is kept. The first and last bytes say what a file claims to
//! be; only reading it says whether it is: a picture must decode, within a size in pixels a
//! scan can have, and a PDF must parse and hold nothing that acts when it is opened (scripts,
//! actions, launched programs, attached files) — officers open scans in their browser.

use std::io::Cursor;
use std::path::Path;
use std::sync::LazyLock;

use app::api::ErrorCode;
use image::io::{Limits, Reader as ImageReader};
use lopdf::{Document, Object};
use tokio::sync::Semaphore;

/// The most pixels a picture may have: a page scanned at 600 dpi has 35 million, a phone's
/// photo 12 to 50. Decoding holds three or four bytes a pixel.
pub const MAX_PIXELS: u64 = 50_000_000;

/// Names in a PDF that make it act when opened or hold another file.
const ACTIVE: [&[u8]; 13] = [
    b"JavaScript",
    b"JS",
    b"OpenAction",
    b"AA",
    b"Launch",
    b"EmbeddedFile",
    b"EmbeddedFiles",
    b"RichMedia",
    b"XFA",
    b"SubmitForm",
    b"ImportData",
    b"GoToR",
    b"GoToE",
];

/// Scans read at once: each may hold a decoded picture of up to `MAX_PIXELS`, so no more than
/// the machine has cores, whatever arrives.
static READING: LazyLock<Semaphore> =
    LazyLock::new(|| Semaphore::new(std::thread::available_parallelism().map_or(2, usize::from)));

/// Reads the staged file of `media_type` (as sniffed) in full; `Err` names the problem.
pub async fn inspect(media_type: &'static str, staged: &Path) -> Result<(), Refused> {
    let _turn = READING.acquire().await.map_err(anyhow::Error::from)?;
    let staged = staged.to_owned();
    tokio::task::spawn_blocking(move || {
        let bytes = std::fs::read(&staged)?;
        Ok(match media_type {
            "application/pdf" => pdf(&bytes),
            _ => picture(&bytes),
        })
    })
    .await
    .map_err(anyhow::Error::from)?
    .map_err(|e: std::io::Error| Refused::Failed(e.into()))?
    .map_err(Refused::Scan)
}

/// Why a scan was not kept.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error("the scan is refused: {0:?}")]
    Scan(ErrorCode),
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
}

fn picture(bytes: &[u8]) -> Result<(), ErrorCode> {
    let reader = || {
        ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|_| ErrorCode::FileDamaged)
    };
    let (width, height) = reader()?
        .into_dimensions()
        .map_err(|_| ErrorCode::FileDamaged)?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(ErrorCode::FileTooManyPixels);
    }
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4 + 1024 * 1024);
    let mut decoder = reader()?;
    decoder.limits(limits);
    decoder
        .decode()
        .map(drop)
        .map_err(|_| ErrorCode::FileDamaged)
}

fn pdf(bytes: &[u8]) -> Result<(), ErrorCode> {
    let document = Document::load_mem(bytes).map_err(|_| ErrorCode::FileDamaged)?;
    let acts = document.objects.values().any(active)
        || document
            .trailer
            .iter()
            .any(|(key, value)| active_entry(key, value));
    if acts {
        return Err(ErrorCode::FileActiveContent);
    }
    Ok(())
}

fn active(object: &Object) -> bool {
    match object {
        Object::Dictionary(dictionary) => dictionary.iter().any(|(k, v)| active_entry(k, v)),
        Object::Stream(stream) => stream.dict.iter().any(|(k, v)| active_entry(k, v)),
        Object::Array(items) => items.iter().any(active),
        Object::Name(name) => ACTIVE.contains(&name.as_slice()),
        _ => false,
    }
}

fn active_entry(key: &[u8], value: &Object) -> bool {
    ACTIVE.contains(&key) || active(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-page PDF whose catalogue has `extra` entries.
    fn pdf_with(extra: &str) -> Vec<u8> {
        let objects = [
            format!("<< /Type /Catalog /Pages 2 0 R {extra} >>"),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>".to_owned(),
        ];
        let mut out = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).bytes());
        }
        let xref = out.len();
        out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
        for offset in offsets {
            out.extend(format!("{offset:010} 00000 n \n").bytes());
        }
        out.extend(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .bytes(),
        );
        out
    }

    #[test]
    fn a_plain_pdf_passes_and_one_that_acts_when_opened_does_not() {
        assert_eq!(pdf(&pdf_with("")), Ok(()));
        for acting in [
            "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>",
            "/Names << /EmbeddedFiles << /Names [] >> >>",
            "/AA << /O << /S /Launch /F (cmd.exe) >> >>",
            // A name spelled with an escape is the same name.
            "/OpenAction << /S /J#61vaScript /J#53 (x) >>",
        ] {
            assert_eq!(
                pdf(&pdf_with(acting)),
                Err(ErrorCode::FileActiveContent),
                "{acting}"
            );
        }
    }

    #[test]
    fn text_inside_a_pdf_shell_is_damaged() {
        let shell = b"%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n";
        assert_eq!(pdf(shell), Err(ErrorCode::FileDamaged));
    }

    #[test]
    fn a_picture_must_decode_in_full() {
        let mut small = Vec::new();
        image::DynamicImage::new_rgb8(40, 30)
            .write_to(&mut Cursor::new(&mut small), image::ImageOutputFormat::Png)
            .unwrap();
        assert_eq!(picture(&small), Ok(()));
        assert_eq!(
            picture(&small[..small.len() / 2]),
            Err(ErrorCode::FileDamaged),
            "truncated"
        );
    }
}
