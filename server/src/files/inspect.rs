//! A scan read in full before it is kept. The first and last bytes say what a file claims to
//! be; only reading it says whether it is: a picture must decode, within a size in pixels a
//! scan can have, and a PDF must parse and hold nothing that acts when it is opened (scripts,
//! actions, launched programs, attached files) — officers open scans in their browser.

use std::io::Cursor;
use std::path::Path;
use std::sync::LazyLock;

use app::api::ErrorCode;
use image::io::{Limits, Reader as ImageReader};
use lopdf::{Document, LoadOptions, Object};
use tokio::sync::Semaphore;

/// The most pixels a picture may have: a page scanned at 600 dpi has 35 million, a phone's
/// photo 12 to 50. Decoding holds three or four bytes a pixel.
pub const MAX_PIXELS: u64 = 50_000_000;

/// The most a stream read while loading a PDF (its object and cross-reference streams: the
/// dictionaries, never the pictures) may inflate to. A scan's are a few KiB; a crafted one of
/// 1 MiB inflates to 1 GiB, and is refused here instead of held in memory.
const MAX_INFLATED: usize = 16 * 1024 * 1024;

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
    let document = Document::load_mem_with_options(
        bytes,
        LoadOptions::with_max_decompressed_size(MAX_INFLATED),
    )
    .map_err(|_| ErrorCode::FileDamaged)?;
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
        pdf_of(&[format!("<< /Type /Catalog /Pages 2 0 R {extra} >>").into_bytes()])
    }

    /// A one-page PDF of the catalogue `objects[0]`, its pages, then the other `objects`.
    fn pdf_of(objects: &[Vec<u8>]) -> Vec<u8> {
        let objects: Vec<&[u8]> = [
            objects[0].as_slice(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ]
        .into_iter()
        .chain(objects[1..].iter().map(Vec::as_slice))
        .collect();
        let mut out = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend(format!("{} 0 obj\n", i + 1).bytes());
            out.extend_from_slice(body);
            out.extend(b"\nendobj\n");
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

    /// An object stream holding an action, deflated: `padding` spaces after it inflate it.
    fn object_stream(padding: usize) -> Vec<u8> {
        use std::io::Write;
        let mut deflated = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        deflated
            .write_all(b"5 0 << /S /JavaScript /JS (app.alert(1)) >>")
            .unwrap();
        let spaces = vec![b' '; 1024 * 1024];
        for chunk in (0..padding).step_by(spaces.len()) {
            deflated
                .write_all(&spaces[..spaces.len().min(padding - chunk)])
                .unwrap();
        }
        let deflated = deflated.finish().unwrap();
        [
            format!(
                "<< /Type /ObjStm /N 1 /First 4 /Length {} /Filter /FlateDecode >>\nstream\n",
                deflated.len()
            )
            .into_bytes(),
            deflated,
            b"\nendstream".to_vec(),
        ]
        .concat()
    }

    #[test]
    fn what_a_pdf_hides_in_an_object_stream_is_read_and_a_bomb_is_refused() {
        let catalogue = b"<< /Type /Catalog /Pages 2 0 R >>".to_vec();
        assert_eq!(
            pdf(&pdf_of(&[catalogue.clone(), object_stream(0)])),
            Err(ErrorCode::FileActiveContent),
            "an action inside an object stream"
        );
        let bomb = pdf_of(&[catalogue, object_stream(MAX_INFLATED + 1024 * 1024)]);
        assert!(bomb.len() < 256 * 1024, "{} bytes", bomb.len());
        assert_eq!(
            pdf(&bomb),
            Err(ErrorCode::FileDamaged),
            "a stream that inflates past the bound"
        );
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
