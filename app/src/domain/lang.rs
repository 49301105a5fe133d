use serde::{Deserialize, Serialize};

/// A language the portal speaks. Azerbaijani is the default and the language of record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Az,
    En,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Az, Lang::En, Lang::Ru];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Az => "az",
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language's own name, as shown in the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Az => "Azərbaycanca",
            Lang::En => "English",
            Lang::Ru => "Русский",
        }
    }

    /// Accepts a language tag such as `az`, `en-GB` or `ru-RU`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "az" => Some(Lang::Az),
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }

    /// The first language of an `Accept-Language` list (or of `navigator.languages`) that we speak.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .filter_map(|tag| Lang::parse(tag.split(';').next().unwrap_or_default()))
            .next()
            .unwrap_or_default()
    }

    /// The `lang` cookie's value in a `Cookie` header or `document.cookie`.
    pub fn from_cookie_header(cookies: &str) -> Option<Lang> {
        cookie_value(cookies, "lang").and_then(Lang::parse)
    }
}

/// One cookie's value in a `Cookie` header (or `document.cookie`).
pub fn cookie_value<'a>(cookies: &'a str, name: &str) -> Option<&'a str> {
    cookies
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_the_first_known_language() {
        assert_eq!(
            Lang::negotiate("de-DE,ru;q=0.8,en;q=0.5".split(',')),
            Lang::Ru
        );
        assert_eq!(Lang::negotiate(["fr"]), Lang::Az);
        assert_eq!(Lang::negotiate(["en-GB"]), Lang::En);
    }

    #[test]
    fn reads_the_lang_cookie() {
        assert_eq!(
            Lang::from_cookie_header("a=1; lang=ru; b=2"),
            Some(Lang::Ru)
        );
        assert_eq!(Lang::from_cookie_header("slang=en"), None);
        assert_eq!(Lang::from_cookie_header("lang=xx"), None);
    }
}
