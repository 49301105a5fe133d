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
