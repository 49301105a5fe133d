//! Whether a photographed page is likely to be readable (rule 7.4: the person fixes it before an
//! officer has to return the application): too small, too dark, or blurred. Judged in the browser
//! from the picture's pixels, before it is sent.

/// The shorter side below which small print is not legible.
pub const MIN_SHORT_SIDE: u32 = 600;
/// The longer side a photo is scaled down to before sending: legible, and a tenth of a phone
/// camera's file.
pub const MAX_LONG_SIDE: u32 = 2000;
/// Mean brightness (0–255) below which a page is too dark to read.
const DARK_MEAN: f64 = 55.0;
/// Variance of the Laplacian below which edges are too soft: the photo is blurred. Measured on
/// the picture scaled to about 500 px, where sharp text scores in the hundreds.
const BLUR_VARIANCE: f64 = 40.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanWarning {
    TooSmall,
    TooDark,
    Blurred,
}

/// The size a photo of `width` × `height` is sent at.
pub fn scaled_size(width: u32, height: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= MAX_LONG_SIDE || long == 0 {
        return (width, height);
    }
    let scale = f64::from(MAX_LONG_SIDE) / f64::from(long);
    (
        ((f64::from(width) * scale).round() as u32).max(1),
        ((f64::from(height) * scale).round() as u32).max(1),
    )
}

/// What is wrong with a page, from its original size and its pixels (RGBA, as a canvas gives
/// them) at a reduced `width` × `height`.
pub fn assess(original: (u32, u32), rgba: &[u8], width: usize, height: usize) -> Vec<ScanWarning> {
    let mut warnings = Vec::new();
    if original.0.min(original.1) < MIN_SHORT_SIDE {
        warnings.push(ScanWarning::TooSmall);
    }
    if width < 3 || height < 3 || rgba.len() < width * height * 4 {
        return warnings;
    }
    let gray: Vec<f64> = rgba
        .chunks_exact(4)
        .take(width * height)
        .map(|p| 0.299 * f64::from(p[0]) + 0.587 * f64::from(p[1]) + 0.114 * f64::from(p[2]))
        .collect();
    let mean = gray.iter().sum::<f64>() / gray.len() as f64;
    if mean < DARK_MEAN {
        warnings.push(ScanWarning::TooDark);
    }
    let mut laplacians = Vec::with_capacity((width - 2) * (height - 2));
    for y in 1..height - 1 {
        for x in 1..width - 1 {
            let at = |dx: usize, dy: usize| gray[(y + dy - 1) * width + (x + dx - 1)];
            laplacians.push(at(1, 0) + at(0, 1) + at(2, 1) + at(1, 2) - 4.0 * at(1, 1));
        }
    }
    let n = laplacians.len() as f64;
    let lap_mean = laplacians.iter().sum::<f64>() / n;
    let variance = laplacians
        .iter()
        .map(|l| (l - lap_mean).powi(2))
        .sum::<f64>()
        / n;
    if variance < BLUR_VARIANCE {
        warnings.push(ScanWarning::Blurred);
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture(width: usize, height: usize, pixel: impl Fn(usize, usize) -> u8) -> Vec<u8> {
        (0..height)
            .flat_map(|y| (0..width).map(move |x| (x, y)))
            .flat_map(|(x, y)| {
                let v = pixel(x, y);
                [v, v, v, 255]
            })
            .collect()
    }

    #[test]
    fn sharp_black_text_on_white_passes() {
        let text = picture(
            100,
            100,
            |x, y| if (x / 3 + y / 5) % 4 == 0 { 10 } else { 240 },
        );
        assert_eq!(assess((1200, 1600), &text, 100, 100), []);
    }

    #[test]
    fn a_dark_or_flat_or_small_picture_is_flagged() {
        let dark = picture(
            100,
            100,
            |x, y| if (x / 3 + y / 5) % 4 == 0 { 0 } else { 30 },
        );
        assert!(assess((1200, 1600), &dark, 100, 100).contains(&ScanWarning::TooDark));
        let blurred = picture(100, 100, |x, _| 120 + (x as u8) / 4);
        assert_eq!(
            assess((1200, 1600), &blurred, 100, 100),
            [ScanWarning::Blurred]
        );
        let small = picture(
            100,
            100,
            |x, y| if (x / 3 + y / 5) % 4 == 0 { 10 } else { 240 },
        );
        assert_eq!(
            assess((400, 300), &small, 100, 100),
            [ScanWarning::TooSmall]
        );
    }

    #[test]
    fn big_photos_are_scaled_to_the_long_side() {
        assert_eq!(scaled_size(4000, 3000), (2000, 1500));
        assert_eq!(scaled_size(3000, 4000), (1500, 2000));
        assert_eq!(scaled_size(1200, 800), (1200, 800));
    }
}
