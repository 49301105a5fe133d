//! The picture captcha of the registration form ("Şəkildəki sözü daxil edin").

use captcha::Captcha;

/// Letters that read unambiguously in the captcha's font (it lacks 0, O, o, L and I).
const CHARS: [char; 15] = [
    '3', '4', '6', '7', 'A', 'D', 'E', 'F', 'H', 'J', 'M', 'N', 'R', 'T', 'Y',
];
const LENGTH: u32 = 5;
pub const LIFETIME_MINUTES: i64 = 10;

/// A new picture: its answer and the PNG as base64.
pub async fn draw() -> anyhow::Result<(String, String)> {
    // The generator is not `Send`: it lives and dies on a blocking thread.
    tokio::task::spawn_blocking(|| {
        let mut captcha = Captcha::new();
        captcha
            .set_chars(&CHARS)
            .add_chars(LENGTH)
            .apply_filter(captcha::filters::Noise::new(0.1))
            .apply_filter(captcha::filters::Wave::new(2.0, 12.0))
            .view(220, 90);
        let png = captcha
            .as_base64()
            .ok_or_else(|| anyhow::anyhow!("the captcha did not draw"))?;
        Ok((captcha.chars_as_string(), png))
    })
    .await?
}

/// Answers are read off a picture: case and surrounding spaces do not matter.
pub fn matches(expected: &str, typed: &str) -> bool {
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    typed.eq_ignore_ascii_case(expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn draws_a_picture_with_a_readable_answer() {
        let (answer, png) = draw().await.unwrap();
        assert_eq!(answer.chars().count(), LENGTH as usize);
        assert!(answer.chars().all(|c| CHARS.contains(&c)));
        assert!(png.len() > 1000);
    }

    #[test]
    fn case_and_spaces_do_not_matter() {
        assert!(matches("HJ4TA", " hj4 ta "));
        assert!(!matches("HJ4TA", "HJ4T"));
    }
}
