//! The message catalogue: every word the portal shows, in Azerbaijani (the default), English
//! and Russian. A key missing a language does not compile.

pub use crate::domain::Lang;

/// A message is a constant of this type rather than a variant of one enum: a client module then
/// links only the messages its own pages use (an area's, not the whole catalogue's).
macro_rules! catalogue {
    ($($key:ident { az: $az:literal, en: $en:literal, ru: $ru:literal $(,)? })*) => {
        #[allow(non_upper_case_globals)]
        impl Msg {
            $(pub const $key: Msg = Msg { texts: &[$az, $en, $ru] };)*
        }

        #[cfg(test)]
        const ALL: &[Msg] = &[$(Msg::$key),*];

        impl Msg {
            /// The message of this key (`NavHome`): what the server fills a static page's
            /// `{{t:NavHome}}` with. Not in the client, which names its messages in code.
            #[cfg(not(target_arch = "wasm32"))]
            pub fn named(key: &str) -> Option<Msg> {
                match key {
                    $(stringify!($key) => Some(Msg::$key),)*
                    _ => None,
                }
            }
        }
    };
}

/// One message of the catalogue, in every language.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Msg {
    texts: &'static [&'static str; 3],
}

impl std::fmt::Debug for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.texts[0])
    }
}

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        self.texts[match lang {
            Lang::Az => 0,
            Lang::En => 1,
            Lang::Ru => 2,
        }]
    }
}

impl Msg {
    /// The text with each `{name}` replaced by its value.
    pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
        values
            .iter()
            .fold(self.text(lang).to_owned(), |text, (name, value)| {
                text.replace(&format!("{{{name}}}"), value)
            })
    }
}

/// A message where a text given in each language is taken (a label an agency may also write).
impl From<Msg> for crate::domain::Text {
    fn from(msg: Msg) -> Self {
        Self {
            az: msg.text(Lang::Az).to_owned(),
            en: msg.text(Lang::En).to_owned(),
            ru: msg.text(Lang::Ru).to_owned(),
        }
    }
}

include!("messages.rs");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_message_is_empty_in_any_language() {
        for msg in ALL {
            for lang in Lang::ALL {
                assert!(!msg.text(lang).trim().is_empty(), "{msg:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn placeholders_are_the_same_in_every_language() {
        let placeholders = |s: &str| {
            let mut names: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_owned()))
                .collect();
            names.sort();
            names
        };
        for msg in ALL {
            let az = placeholders(msg.text(Lang::Az));
            for lang in [Lang::En, Lang::Ru] {
                assert_eq!(placeholders(msg.text(lang)), az, "{msg:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn a_message_is_found_by_its_key() {
        assert_eq!(Msg::named("NavHome"), Some(Msg::NavHome));
        assert_eq!(Msg::named("NoSuchMessage"), None);
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            Msg::ServiceCount.fill(Lang::En, &[("count", "3")]),
            "3 services"
        );
    }
}
