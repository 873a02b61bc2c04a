//! English words that are also names of places in the data. A single-word candidate that
//! is one of these counts as a mention only after a preposition of place ("in Nice"), so
//! that "Nice weather", "Split decision" and "Mobile phones" stay ordinary words.

/// Sorted, folded.
static COMMON: &[&str] = &[
    "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an", "and",
    "another", "any", "are", "around", "as", "at", "away", "back", "bad", "bar", "bath", "be",
    "because", "been", "before", "being", "below", "best", "better", "between", "big", "both",
    "but", "by", "call", "can", "city", "come", "could", "day", "deal", "did", "do", "does",
    "down", "each", "early", "east", "even", "ever", "every", "far", "few", "first", "for", "free",
    "from", "full", "gap", "get", "give", "go", "gold", "good", "great", "had", "has", "have",
    "he", "her", "here", "high", "him", "his", "home", "how", "i", "if", "in", "into", "is", "it",
    "its", "just", "keep", "kind", "large", "last", "late", "left", "less", "life", "like",
    "little", "long", "low", "made", "make", "male", "man", "many", "march", "may", "me", "mid",
    "might", "mobile", "more", "most", "much", "must", "my", "near", "never", "new", "next",
    "nice", "no", "north", "not", "now", "of", "off", "old", "on", "once", "one", "only", "or",
    "orange", "other", "our", "out", "over", "own", "part", "people", "place", "plain", "play",
    "point", "read", "reading", "real", "right", "round", "sale", "same", "say", "see", "set",
    "she", "should", "side", "small", "so", "some", "south", "split", "spring", "still", "such",
    "summer", "take", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "through", "time", "to", "too", "turkey", "two", "under", "union", "up",
    "upon", "us", "use", "very", "was", "way", "we", "well", "were", "west", "what", "when",
    "where", "which", "while", "who", "why", "will", "winter", "with", "without", "work", "would",
    "year", "yes", "yet", "you", "young", "your",
];

/// Whether the folded word `w` is an ordinary English word.
pub(crate) fn is_common(w: &str) -> bool {
    COMMON.binary_search(&w).is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorted_and_folded() {
        assert!(super::COMMON.windows(2).all(|w| w[0] < w[1]));
        assert!(super::COMMON.iter().all(|w| crate::fold(w) == *w));
    }
}
