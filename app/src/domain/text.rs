use serde::{Deserialize, Serialize};

use super::Lang;

/// A text given in each of the portal's languages, such as a service's title.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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
