use serde::{Deserialize, Serialize};

use super::Lang;

/// A text given in each of the portal's languages, such as a service's title.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
pub struct Text {
    pub az: String,
    pub en: String,
    pub ru: String,
}

impl Text {
    /// The text in `lang`, or the Azerbaijani original where no translation exists.
    pub fn get(&self, lang: Lang) -> &str {
        let translated = match lang {
            Lang::Az => &self.az,
            Lang::En => &self.en,
            Lang::Ru => &self.ru,
        };
        if translated.trim().is_empty() {
            &self.az
        } else {
            translated
        }
    }

    pub fn all(&self) -> [&str; 3] {
        [&self.az, &self.en, &self.ru]
    }
}

/// Text a person typed on one line (a name, a place, a short answer), made safe to keep and to
/// print on an official document: normalised to NFC, so that "ə" typed as one character or as
/// "e" and a combining mark is one name, and runs of spaces and line breaks made one space.
/// `None` if it holds a control character or one of the invisible marks that reverse, reorder
/// or hide text (a name with U+202E prints backwards on a certificate).
pub fn typed_line(raw: &str) -> Option<String> {
    let line = nfc(raw).split_whitespace().collect::<Vec<_>>().join(" ");
    (!line.chars().any(hides_or_controls)).then_some(line)
}

/// Longer text a person typed, as `typed_line` but keeping its line breaks (as `\n`), each
/// line tidied, blank lines at the ends dropped.
pub fn typed_paragraphs(raw: &str) -> Option<String> {
    let normalised = nfc(raw).replace("\r\n", "\n");
    let lines: Option<Vec<String>> = normalised.split('\n').map(typed_line).collect();
    Some(lines?.join("\n").trim_matches('\n').to_owned())
}

/// Control characters, and the format characters that change how text shows without showing
/// themselves: bidirectional embeddings, overrides, isolates and marks, and zero-width ones.
fn hides_or_controls(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{061C}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}')
}

/// Unicode's canonical composition: the browser's own in the client, so that the tables are
/// not shipped in the page's code; the crate's on the server, which decides.
#[cfg(target_arch = "wasm32")]
fn nfc(raw: &str) -> String {
    js_sys::JsString::from(raw).normalize("NFC").into()
}

#[cfg(not(target_arch = "wasm32"))]
fn nfc(raw: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    raw.nfc().collect()
}

/// The Azerbaijani alphabet's order, which code points do not follow (ç after c, ə after e,
/// x after h, ı before i, q after k).
const AZ_ALPHABET: &str = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz";

/// A key that sorts texts the way readers of `lang` expect: Azerbaijani by its alphabet (with
/// `I`/`ı` and `İ`/`i` as case pairs), other languages by their lower-case letters.
pub fn sort_key(text: &str, lang: Lang) -> Vec<u32> {
    text.chars()
        .flat_map(|c| match (lang, c) {
            (Lang::Az, 'I') => vec!['ı'],
            (Lang::Az, 'İ') => vec!['i'],
            _ => c.to_lowercase().collect(),
        })
        .map(|c| match lang {
            Lang::Az => AZ_ALPHABET
                .chars()
                .position(|letter| letter == c)
                .map_or(0x1000 + c as u32, |i| 0x100 + i as u32),
            _ => c as u32,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_is_composed_and_tidied() {
        let decomposed = "Me\u{0301}mmədova"; // e + combining acute
        assert_eq!(typed_line(decomposed), Some("Mémmədova".into()));
        assert_eq!(
            typed_line(" Aynur \n  Quliyeva\t"),
            Some("Aynur Quliyeva".into())
        );
        assert_eq!(
            typed_paragraphs("  Birinci  sətir\r\n\nİkinci\n"),
            Some("Birinci sətir\n\nİkinci".into())
        );
    }

    #[test]
    fn typed_text_with_hidden_or_control_characters_is_refused() {
        for sneaky in [
            "Aynur\u{202E}avodəmməM",
            "Ay\u{0000}nur",
            "Ay\u{200B}nur",
            "Ay\u{2066}nur\u{2069}",
            "\u{FEFF}Aynur",
            "Ay\u{0007}nur",
        ] {
            assert_eq!(typed_line(sneaky), None, "{sneaky:?}");
            assert_eq!(typed_paragraphs(sneaky), None, "{sneaky:?}");
        }
    }

    #[test]
    fn azerbaijani_sorts_by_its_alphabet() {
        let mut names = vec![
            "Zaqatala",
            "Şəki",
            "İsmayıllı",
            "Ağdam",
            "Çin",
            "Əfqanıstan",
            "Xaçmaz",
            "Qəbələ",
            "Iraq",
        ];
        names.sort_by_key(|n| sort_key(n, Lang::Az));
        assert_eq!(
            names,
            [
                "Ağdam",
                "Çin",
                "Əfqanıstan",
                "Xaçmaz",
                "Iraq",
                "İsmayıllı",
                "Qəbələ",
                "Şəki",
                "Zaqatala"
            ]
        );
    }
}
