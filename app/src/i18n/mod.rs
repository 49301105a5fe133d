//! The message catalogue: every word the portal shows, in Azerbaijani (the default), English
//! and Russian. A key missing a language does not compile.

pub use crate::domain::Lang;

macro_rules! catalogue {
    ($($key:ident { az: $az:literal, en: $en:literal, ru: $ru:literal $(,)? })*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($key),* }

        impl Msg {
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Msg::$key, Lang::Az) => $az,
                        (Msg::$key, Lang::En) => $en,
                        (Msg::$key, Lang::Ru) => $ru,
                    )*
                }
            }
        }

        #[cfg(test)]
        const ALL: &[Msg] = &[$(Msg::$key),*];
    };
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
    fn fills_placeholders() {
        assert_eq!(
            Msg::ServiceCount.fill(Lang::En, &[("count", "3")]),
            "3 services"
        );
    }
}
