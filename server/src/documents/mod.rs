//! Documents the portal issues as PDF (a payment's receipt now; results and certificates use the
//! same layout): a real PDF with the text embedded in a font that has every Azerbaijani letter,
//! and a QR code of the address where anyone can check the document.

use app::domain::ResultCode;
use krilla::Document;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use qrcode::{Color, QrCode};
use rand::Rng;

/// DejaVu Sans (free licence, `assets/fonts/LICENSE-DejaVu.txt`): ə, ğ, ı, İ, ş, ç, ö, ü and
/// Cyrillic.
const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// A4 in points.
const PAGE: (f32, f32) = (595.0, 842.0);
const MARGIN: f32 = 56.0;
const QR_SIZE: f32 = 110.0;

/// A fresh verification code for a result: 12 characters of 31, about 59 bits, too many to
/// guess at.
pub fn new_code() -> ResultCode {
    let alphabet = ResultCode::ALPHABET;
    let mut rng = rand::rng();
    let raw: String = (0..12)
        .map(|_| char::from(alphabet[rng.random_range(0..alphabet.len())]))
        .collect();
    ResultCode::parse(&raw).expect("made of the code's alphabet")
}

/// What one issued document says.
pub struct IssuedDocument<'a> {
    /// "Qapı — dövlət e-xidmətləri portalı".
    pub issuer: &'a str,
    pub title: &'a str,
    pub rows: Vec<(&'a str, String)>,
    /// A closing sentence, such as how to check the document.
    pub note: String,
    /// The address the QR code leads to.
    pub check_url: &'a str,
}

/// Long values are cut into lines of at most this many characters.
const LINE_CHARS: usize = 48;
/// Labels, in bold, into lines this long: they stay left of the values' column.
const LABEL_CHARS: usize = 22;
/// A line of a row's label or value, in points.
const LINE_HEIGHT: f32 = 15.0;
/// Between rows, in points.
const ROW_GAP: f32 = 9.0;

/// The text in lines of at most `max` characters, broken between words; a word longer than a
/// line (an address to check the document at) is broken inside, so it stays within the margin.
fn lines(text: &str, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let words = text.split_whitespace().flat_map(|word| {
        let chars: Vec<char> = word.chars().collect();
        chars
            .chunks(max.max(1))
            .map(|piece| piece.iter().collect::<String>())
            .collect::<Vec<_>>()
    });
    for word in words {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The text as the font can show it: DejaVu Sans has no manat sign (U+20BC), so the currency's
/// code stands in for it.
fn printable(text: &str) -> String {
    text.replace('₼', "AZN")
}

/// A piece of text where it stands on its page.
struct Placed {
    bold: bool,
    size: f32,
    at: (f32, f32),
    text: String,
}

/// The document's text laid out on as many pages as its rows need, the issuer's line atop each;
/// the closing note and the QR code end the last page. Returns the pages and where the QR code
/// goes on the last one.
fn layout(document: &IssuedDocument) -> (Vec<Vec<Placed>>, f32) {
    let top = MARGIN + 14.0;
    let bottom = PAGE.1 - MARGIN;
    let value_x = MARGIN + 170.0;
    let issuer = |page: &mut Vec<Placed>| {
        page.push(Placed {
            bold: false,
            size: 11.0,
            at: (MARGIN, top),
            text: document.issuer.to_owned(),
        });
    };
    let mut pages = vec![Vec::new()];
    let mut page = &mut pages[0];
    issuer(page);
    page.push(Placed {
        bold: true,
        size: 20.0,
        at: (MARGIN, top + 36.0),
        text: document.title.to_owned(),
    });
    let mut y = top + 72.0;
    for (label, value) in &document.rows {
        let label_lines = lines(label, LABEL_CHARS);
        let value_lines = lines(&printable(value), LINE_CHARS);
        let height = LINE_HEIGHT * label_lines.len().max(value_lines.len()).max(1) as f32;
        if y + height > bottom {
            pages.push(Vec::new());
            page = pages.last_mut().expect("a page was just added");
            issuer(page);
            y = top + 36.0;
        }
        for (column, bold, texts) in [(MARGIN, true, label_lines), (value_x, false, value_lines)] {
            for (i, text) in texts.into_iter().enumerate() {
                page.push(Placed {
                    bold,
                    size: 10.5,
                    at: (column, y + i as f32 * LINE_HEIGHT),
                    text,
                });
            }
        }
        y += height + ROW_GAP;
    }
    let note = lines(&document.note, LINE_CHARS);
    if y + 18.0 + 14.0 * note.len() as f32 + 18.0 + QR_SIZE > bottom {
        pages.push(Vec::new());
        page = pages.last_mut().expect("a page was just added");
        issuer(page);
        y = top + 18.0;
    }
    y += 18.0;
    for text in note {
        page.push(Placed {
            bold: false,
            size: 9.5,
            at: (MARGIN, y),
            text,
        });
        y += 14.0;
    }
    // A document of more than one page says which page each is, at its foot.
    let count = pages.len();
    if count > 1 {
        for (i, page) in pages.iter_mut().enumerate() {
            page.push(Placed {
                bold: false,
                size: 9.5,
                at: (PAGE.0 - MARGIN - 30.0, PAGE.1 - MARGIN / 2.0),
                text: format!("{} / {count}", i + 1),
            });
        }
    }
    (pages, y + 18.0)
}

pub fn render(document: &IssuedDocument) -> anyhow::Result<Vec<u8>> {
    let regular = Font::new(REGULAR.to_vec().into(), 0)
        .ok_or_else(|| anyhow::anyhow!("the regular font does not load"))?;
    let bold = Font::new(BOLD.to_vec().into(), 0)
        .ok_or_else(|| anyhow::anyhow!("the bold font does not load"))?;
    let mut pdf = Document::new();
    let (pages, qr_top) = layout(document);
    let last = pages.len() - 1;
    for (i, placed) in pages.into_iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE.0, PAGE.1)
            .ok_or_else(|| anyhow::anyhow!("A4 is a page size"))?;
        let mut page = pdf.start_page_with(settings);
        let mut surface = page.surface();
        for piece in placed {
            let font = if piece.bold { &bold } else { &regular };
            let (x, y) = piece.at;
            write(
                &mut surface,
                font,
                piece.size,
                Point::from_xy(x, y),
                &piece.text,
            );
        }
        if i == last {
            draw_qr(&mut surface, document.check_url, MARGIN, qr_top)?;
        }
        surface.finish();
        page.finish();
    }
    pdf.finish()
        .map_err(|e| anyhow::anyhow!("the PDF could not be written: {e:?}"))
}

fn write(surface: &mut Surface, font: &Font, size: f32, at: Point, words: &str) {
    surface.draw_text(at, font.clone(), size, words, false, TextDirection::Auto);
}

/// The QR code's dark modules as filled squares, `QR_SIZE` points wide at (`x`, `y`).
fn draw_qr(
    surface: &mut krilla::surface::Surface,
    url: &str,
    x: f32,
    y: f32,
) -> anyhow::Result<()> {
    let code = QrCode::new(url.as_bytes())?;
    let width = code.width();
    let module = QR_SIZE / width as f32;
    let mut path = PathBuilder::new();
    for (i, colour) in code.to_colors().into_iter().enumerate() {
        if colour == Color::Dark {
            let (col, row) = ((i % width) as f32, (i / width) as f32);
            if let Some(rect) = Rect::from_xywh(x + col * module, y + row * module, module, module)
            {
                path.push_rect(rect);
            }
        }
    }
    if let Some(path) = path.finish() {
        surface.set_fill(Some(krilla::paint::Fill::default()));
        surface.draw_path(&path);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_a_pdf_with_its_text_in_azerbaijani_letters() {
        let pdf = render(&IssuedDocument {
            issuer: "Qapı — dövlət e-xidmətləri portalı",
            title: "Ödəniş çıxarışı",
            rows: vec![
                ("Ödəniş nömrəsi", "20261104000127".into()),
                ("Məbləğ", "300,00 ₼".into()),
                (
                    "Ünvan",
                    "Bakı şəhəri, Nəsimi rayonu, Füzuli küçəsi 12, mənzil 5, giriş 2, mərtəbə 3"
                        .into(),
                ),
            ],
            note: "Sənədin həqiqiliyini QR kod ilə yoxlayın.".into(),
            check_url: "https://qapi.example/payments/ab",
        })
        .unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let end = String::from_utf8_lossy(&pdf[pdf.len() - 32..]).into_owned();
        assert!(end.trim_end().ends_with("%%EOF"), "{end}");
        assert!(pdf.len() > 2000);
    }

    #[test]
    fn the_manat_sign_becomes_its_code() {
        assert_eq!(printable("300,00 ₼"), "300,00 AZN");
    }

    #[test]
    fn long_values_wrap_at_word_boundaries() {
        let wrapped = lines(&"söz ".repeat(30), LINE_CHARS);
        assert!(wrapped.len() > 1);
        assert!(wrapped.iter().all(|l| l.chars().count() <= LINE_CHARS));
    }

    #[test]
    fn an_address_longer_than_a_line_is_broken_inside_the_margin() {
        let address = format!("https://qapi.gov.az/payments/{}", "0a".repeat(32));
        let wrapped = lines(&format!("Yoxlamaq üçün: {address}"), LINE_CHARS);
        assert!(
            wrapped.iter().all(|l| l.chars().count() <= LINE_CHARS),
            "{wrapped:?}"
        );
        assert_eq!(
            wrapped.concat().replace(' ', ""),
            format!("Yoxlamaqüçün:{address}")
        );
    }

    #[test]
    fn rows_that_do_not_fit_a_page_go_on_the_next_and_the_qr_code_ends_the_last() {
        let rows: Vec<(&str, String)> = (0..60)
            .map(|i| {
                (
                    "Yanında gələn şəxs 1 — Qohumluq əlaqəsi",
                    format!("Həyat yoldaşı {i}"),
                )
            })
            .collect();
        let document = IssuedDocument {
            issuer: "Qapı",
            title: "Müraciət qəbul edilib",
            rows,
            note: "Sənədin həqiqiliyini QR kod ilə yoxlayın.".into(),
            check_url: "https://qapi.example/verify/ab",
        };
        let (pages, qr_top) = layout(&document);
        assert!(pages.len() > 1, "{} page(s)", pages.len());
        for page in &pages {
            assert!(page.iter().all(|p| p.at.1 <= PAGE.1 - MARGIN / 2.0));
            assert!(
                page.iter()
                    .any(|p| p.text.ends_with(&format!("/ {}", pages.len())))
            );
        }
        assert!(qr_top + QR_SIZE <= PAGE.1 - MARGIN);
        let values: usize = pages
            .iter()
            .flatten()
            .filter(|p| p.text.starts_with("Həyat yoldaşı"))
            .count();
        assert_eq!(values, 60, "no row is lost between pages");
        assert!(render(&document).unwrap().starts_with(b"%PDF-"));
    }
}
