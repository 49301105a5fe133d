//! Files that claim to be scans and are not: each refused with its message, before it is kept.

use crate::helpers::problems;
use crate::helpers::spawn_app;
use crate::place_of_stay::{host, upload};

/// The bytes of `text` inside the first and last bytes of a PDF.
fn in_a_pdf_shell(text: &str) -> Vec<u8> {
    format!("%PDF-1.4\n{text}\n%%EOF\n").into_bytes()
}

/// A PDF whose catalogue runs a script when it is opened.
fn pdf_with_a_script() -> Vec<u8> {
    let scan = include_str!("../fixtures/scan.pdf");
    let acting = scan.replacen(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",
        1,
    );
    // The catalogue grew, so every later object moved: write the offsets again.
    let grown = acting.len() - scan.len();
    let (body, xref) = acting.split_once("xref\n").unwrap();
    let mut lines: Vec<String> = xref.lines().map(str::to_owned).collect();
    for line in lines.iter_mut().skip(3).take(4) {
        let offset: usize = line[..10].parse().unwrap();
        *line = format!("{:010}{}", offset + grown, &line[10..]);
    }
    let startxref = lines.iter().position(|l| l == "startxref").unwrap() + 1;
    lines[startxref] = (body.len()).to_string();
    format!("{body}xref\n{}\n", lines.join("\n")).into_bytes()
}

/// A PNG of 40 × 30 pixels.
fn small_png() -> Vec<u8> {
    let mut png = Vec::new();
    image::DynamicImage::new_rgb8(40, 30)
        .write_to(
            &mut std::io::Cursor::new(&mut png),
            image::ImageOutputFormat::Png,
        )
        .unwrap();
    png
}

/// A small PNG whose header claims 20 000 × 20 000 pixels (its checksum mended).
fn huge_png() -> Vec<u8> {
    let mut png = small_png();
    png[16..20].copy_from_slice(&20_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&20_000u32.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[tokio::test]
async fn what_only_looks_like_a_scan_is_refused_with_its_reason() {
    let app = spawn_app().await;
    let session = host(&app, "gulnar@mail.az").await;
    let eicar = r"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    let corpus: [(&str, Vec<u8>, &str); 7] = [
        (
            "program.pdf",
            b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0".to_vec(),
            "file_type",
        ),
        (
            "drawing.png",
            b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".to_vec(),
            "file_type",
        ),
        (
            "archive.pdf",
            b"PK\x03\x04\x14\0\0\0\x08\0".to_vec(),
            "file_type",
        ),
        ("eicar.pdf", in_a_pdf_shell(eicar), "file_damaged"),
        (
            "page.pdf",
            in_a_pdf_shell("<html><script>alert(1)</script></html>"),
            "file_damaged",
        ),
        ("script.pdf", pdf_with_a_script(), "file_active_content"),
        ("huge.png", huge_png(), "file_too_many_pixels"),
    ];
    for (name, bytes, code) in corpus {
        let refused = upload(&app, &session, &bytes, name).await;
        assert_eq!(refused.status(), 422, "{name}");
        assert_eq!(problems(refused).await[0].0, code, "{name}");
    }
    let mut oversized = include_bytes!("../fixtures/scan.pdf").to_vec();
    oversized.resize(15 * 1024 * 1024, b' ');
    let refused = upload(&app, &session, &oversized, "big.pdf").await;
    assert_eq!(refused.status(), 413);
    let kept = upload(
        &app,
        &session,
        include_bytes!("../fixtures/scan.pdf"),
        "scan.pdf",
    )
    .await;
    assert_eq!(kept.status(), 201, "a real scan is kept");
}

/// A file that is two things at once (a polyglot): a picture with a page after its end is
/// refused as damaged; a PDF carrying a page in a comment is a PDF, kept and served only as
/// one, so no browser runs what it carries.
#[tokio::test]
async fn a_polyglot_is_refused_or_served_inert() {
    let app = spawn_app().await;
    let session = host(&app, "gulnar@mail.az").await;
    let page = b"<html><script>alert(document.cookie)</script></html>";
    let mut png = small_png();
    png.extend_from_slice(page);
    let refused = upload(&app, &session, &png, "page.html").await;
    assert_eq!(refused.status(), 422);
    assert_eq!(problems(refused).await[0].0, "file_damaged");

    let scan = include_str!("../fixtures/scan.pdf");
    let commented = scan.replacen(
        "%%EOF",
        &format!("%{}\n%%EOF", std::str::from_utf8(page).unwrap()),
        1,
    );
    let kept = upload(&app, &session, commented.as_bytes(), "page.html").await;
    assert_eq!(kept.status(), 201);
    let kept: serde_json::Value = kept.json().await.unwrap();
    assert_eq!(kept["media_type"], "application/pdf");
    let served = app
        .as_logged_in(
            &session,
            reqwest::Method::GET,
            &format!("/api/files/{}", kept["id"].as_str().unwrap()),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(served.status(), 200);
    let header = |name: &str| {
        served
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header("content-type"), "application/pdf");
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert!(header("content-security-policy").starts_with("default-src 'none'"));
    assert!(!header("content-security-policy").contains("script-src"));
    assert!(header("content-disposition").ends_with("filename=\"scan.pdf\""));
}
