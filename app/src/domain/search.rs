//! Search over names in three languages that forgives case, Azerbaijani diacritics and the
//! way people type without them (`olduqu yer` finds "Olduğu yer üzrə qeydiyyat").

/// Folds a text for comparison: Azerbaijani-aware case (I/ı and İ/i are one letter here, which
/// `to_lowercase` gets wrong), diacritics dropped, `ğ` and `q` made one (people type `olduqu`
/// for `olduğu`), and anything that is not a letter or digit turned into a single space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        let folded = match c {
            'I' | 'ı' | 'İ' | 'i' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ì' | 'í' | 'î' | 'ï' => 'i',
            'Ə' | 'ə' | 'É' | 'È' | 'Ê' | 'Ë' | 'é' | 'è' | 'ê' | 'ë' => 'e',
            'Ö' | 'ö' | 'Ó' | 'Ò' | 'Ô' | 'ó' | 'ò' | 'ô' => 'o',
            'Ü' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'ú' | 'ù' | 'û' => 'u',
            'Ş' | 'ş' => 's',
            'Ç' | 'ç' => 'c',
            'Ğ' | 'ğ' | 'Q' | 'q' | 'G' => 'g',
            'Ä' | 'ä' | 'Á' | 'À' | 'Â' | 'á' | 'à' | 'â' => 'a',
            'Ё' | 'ё' => 'е',
            // Combining marks left by decomposed input ("i̇") carry nothing for search.
            '\u{300}'..='\u{36f}' => continue,
            c if c.is_alphanumeric() => {
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(l), None) => l,
                    _ => c,
                }
            }
            _ => {
                pending_space = !out.is_empty();
                continue;
            }
        };
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(folded);
    }
    out
}

/// What someone typed into a search box, folded once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchQuery {
    phrase: String,
    terms: Vec<String>,
}

/// An entry's titles and context as a query compares them: folding is most of a search's
/// work, so a list searched often is folded once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folded {
    titles: Vec<String>,
    /// The titles and then the context, for a match through the context.
    everything: String,
}

impl Folded {
    pub fn new<'a>(
        titles: impl IntoIterator<Item = &'a str>,
        context: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let titles: Vec<String> = titles.into_iter().map(fold).collect();
        let mut everything = titles.join(" ");
        for c in context {
            everything.push(' ');
            everything.push_str(&fold(c));
        }
        Self { titles, everything }
    }
}

/// How well a query matches: higher is better; only matches are ranked.
pub type Score = u32;

impl SearchQuery {
    /// `None` for a query with nothing to search for.
    pub fn parse(raw: &str) -> Option<Self> {
        let phrase = fold(raw);
        let terms: Vec<String> = phrase
            .split(' ')
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        (!terms.is_empty()).then_some(Self { phrase, terms })
    }

    /// Scores an entry by its titles (in every language) and the context it sits in (its
    /// agency's names). Every term must occur somewhere; an entry matched by its title ranks
    /// above one matched only through its agency.
    pub fn score<'a>(
        &self,
        titles: impl IntoIterator<Item = &'a str>,
        context: impl IntoIterator<Item = &'a str>,
    ) -> Option<Score> {
        self.score_folded(&Folded::new(titles, context))
    }

    /// `score` of an entry folded beforehand, for answering many queries over the same entries.
    pub fn score_folded(&self, entry: &Folded) -> Option<Score> {
        let best_title = entry
            .titles
            .iter()
            .filter_map(|t| self.score_title(t))
            .max();
        if best_title.is_some() {
            return best_title;
        }
        self.terms
            .iter()
            .all(|t| entry.everything.contains(t.as_str()))
            .then_some(1)
    }

    fn score_title(&self, title: &str) -> Option<Score> {
        if !self.terms.iter().all(|t| title.contains(t.as_str())) {
            return None;
        }
        let mut score = 10;
        if let Some(at) = title.find(&self.phrase) {
            score += 20;
            if at == 0 {
                score += 20;
            } else if title.as_bytes()[at - 1] == b' ' {
                score += 10;
            }
        }
        let word_starts = self
            .terms
            .iter()
            .filter(|t| title.split(' ').any(|w| w.starts_with(t.as_str())))
            .count();
        Some(score + word_starts as Score)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_azerbaijani_case_and_diacritics() {
        assert_eq!(fold("İŞ AXTARIŞI"), "is axtarisi");
        assert_eq!(fold("Cərimələrin"), "cerimelerin");
        assert_eq!(fold("Olduğu  yer — üzrə"), "oldugu yer uzre");
        assert_eq!(fold("IĞDIR"), "igdir");
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("e-müraciət"), "e muraciet");
    }

    #[test]
    fn people_type_q_for_the_soft_g() {
        let q = SearchQuery::parse("olduqu yer").unwrap();
        assert!(q.score(["Olduğu yer üzrə qeydiyyata alınma"], []).is_some());
    }

    #[test]
    fn finds_words_typed_without_diacritics() {
        let q = SearchQuery::parse("cerime").unwrap();
        assert!(
            q.score(["Cərimələrin internet vasitəsilə ödənilməsi"], [])
                .is_some()
        );
        assert!(q.score(["Su borcunun öyrənilməsi"], []).is_none());
    }

    #[test]
    fn searches_every_language() {
        let q = SearchQuery::parse("ШТРАФ").unwrap();
        assert!(
            q.score(
                ["Cərimələrin ödənilməsi", "Paying fines", "Оплата штрафов"],
                []
            )
            .is_some()
        );
    }

    #[test]
    fn ranks_title_matches_above_agency_matches() {
        let q = SearchQuery::parse("miqrasiya").unwrap();
        let by_title = q.score(
            ["Miqrasiya orqanlarında qulluğa qəbul"],
            ["Dövlət Miqrasiya Xidməti"],
        );
        let by_agency = q.score(["Cərimələrin ödənilməsi"], ["Dövlət Miqrasiya Xidməti"]);
        assert!(by_title.unwrap() > by_agency.unwrap());
    }

    #[test]
    fn ranks_a_title_that_starts_with_the_phrase_first() {
        let q = SearchQuery::parse("su borcu").unwrap();
        let starts = q.score(["Su borcunun öyrənilməsi"], []).unwrap();
        let inside = q.score(["Məlumat: su borcunun ödənilməsi"], []).unwrap();
        let scattered = q.score(["Borcun yoxlanması, su"], []).unwrap();
        assert!(starts > inside && inside > scattered);
    }

    #[test]
    fn needs_every_term() {
        let q = SearchQuery::parse("su elektrik").unwrap();
        assert!(q.score(["Su borcunun öyrənilməsi"], []).is_none());
        assert!(SearchQuery::parse("  ,. ").is_none());
    }
}
