//! The one list of widely used languages.

/// The primary language subtags of the languages that the gazetteer treats as widely used,
/// sorted: the most used languages on the web and the UN's, and the languages of the places
/// that the hand-curated data is about.
///
/// Used for three things, which must agree: the languages that the `widely-used` language
/// filter of the build keeps (`TOPONYM_LANGUAGES=widely-used`, the data of the npm package),
/// the languages whose names `suggest` prefers to show, and the languages that the demo page
/// offers first.
pub const WIDELY_USED_LANGUAGES: &[&str] = &[
    "ar", "de", "el", "en", "es", "fa", "fr", "he", "hi", "id", "it", "ja", "ko", "nl", "pl", "pt",
    "ru", "th", "tr", "uk", "vi", "zh",
];

/// The primary language subtag of a BCP-47 tag: `"zh"` for `"zh-Hant-TW"`.
pub fn primary_subtag(tag: &str) -> &str {
    tag.split('-').next().unwrap_or("")
}

/// Whether the language of the BCP-47 tag `tag` is one of [`WIDELY_USED_LANGUAGES`].
pub fn is_widely_used(tag: &str) -> bool {
    WIDELY_USED_LANGUAGES
        .binary_search(&primary_subtag(tag))
        .is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorted_and_primary_subtags() {
        let list = super::WIDELY_USED_LANGUAGES;
        assert!(list.windows(2).all(|w| w[0] < w[1]));
        assert!(
            list.iter()
                .all(|l| l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()))
        );
        assert!(super::is_widely_used("zh-Hant-TW") && !super::is_widely_used("kn"));
    }
}
