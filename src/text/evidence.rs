//! The evidence that a candidate is a mention of a place rather than a word, a surname or
//! part of an organisation's name.

use super::common_words;
use super::declension::Declension;
use super::inflection;
use super::scan::{is_letter, is_word_char, word_start_before};
use crate::resolve::{Match, Matches};
use crate::{Kind, Status};

/// The evidence that a candidate is really a mention of a place (see [`find_in_text`]).
pub(super) fn accept(
    text: &str,
    start: usize,
    end: usize,
    key: &str,
    matches: &Matches,
    after_mention: bool,
    declension: Option<Declension>,
) -> bool {
    let Some(best) = matches.clone().next() else {
        return false;
    };
    // A code ("CAN", "AND", "ARE") is a word in running text, never a mention.
    if best.name().status() == Status::Code {
        return false;
    }
    let surface = &text[start..end];
    let Some(first) = surface.chars().next() else {
        return false;
    };
    let cased = first.is_uppercase() || first.is_lowercase();
    if !cased {
        // Scripts without case: a single character is too ambiguous.
        return surface.chars().count() >= 2
            && !(is_han_or_kana(first) && in_japanese_name_or_organisation(text, start, end));
    }
    if !first.is_uppercase() {
        return false;
    }
    // Counted only here, for cased scripts: counted for every candidate, the look-ups in
    // Unicode's tables took 5% of the time to tag Japanese, where candidates are many.
    let letters = surface.chars().filter(|&c| is_letter(c)).count();
    let important = is_important(best);
    let all_caps = !surface.chars().any(char::is_lowercase);
    let abbreviation = best.name().status() == Status::Abbreviation;
    if (abbreviation || letters <= 3) && !all_caps && !important {
        return false;
    }
    // An acronym ("UK", "DPRK") must be written in capitals.
    let stored = best.name().text();
    let acronym = stored.chars().filter(|&c| is_letter(c)).count() >= 2
        && !stored.chars().any(char::is_lowercase);
    if (abbreviation || acronym) && !all_caps {
        return false;
    }
    // "President Lincoln", "Queen Victoria", "Mr. Paris": a person, not a place.
    if after_title(text, start) {
        return false;
    }
    let before = previous_word(text, start);
    if let Some(d) = declension
        && d.words == 1
    {
        // A declined word of a minor place: a stem of three letters or more, a name of four
        // ("Мира" is not Мир), and not the first word of a sentence.
        let short = d.stem_chars < 3 || key.chars().count() < 4;
        if !important && (short || is_sentence_start(text, start)) {
            return false;
        }
        // A name shaped like a surname, unless it is the current name of an important place
        // ("мэр Харькова"), and a town of under 100,000 people (in the `full` tier; many of
        // their names are given names or words: Анна, Роман, Xenia), only after a
        // preposition of place or in a list after another place: "из Иванова", "в Горьком",
        // "з Одеси, Ізмаїла", not "министра Иванова", "посвятил Горькому", "сына Романа".
        let surname = !(important && d.current)
            && (inflection::is_surname_shaped(key)
                || inflection::is_surname_declension(&surface.to_lowercase()));
        let small_town =
            best.place().kind() == Kind::City && best.place().population().unwrap_or(0) < 100_000;
        let placed = d.in_list
            || before.is_some_and(|(_, w)| is_slavic_place_preposition(&w.to_lowercase(), surface));
        if (surname || small_town) && !placed {
            return false;
        }
    }
    if key.contains(' ') {
        return true;
    }
    // "of" after a capitalised word is part of a name ("University of Reading").
    let after_preposition = before.is_some_and(|(at, w)| {
        is_place_preposition(&w.to_lowercase())
            && !(w == "of"
                && previous_word(text, at).is_some_and(|(_, p)| p.starts_with(char::is_uppercase)))
    });
    if after_preposition {
        return true;
    }
    let sentence_start = is_sentence_start(text, start);
    // A sentence that opens with an important place's name that is also a word counts when
    // punctuation follows it ("Turkey, which ...", "Turkey's"), not a lower-case word.
    let word_follows = text[end..].starts_with(' ');
    if common_words::is_common(key)
        && !(all_caps && letters >= 2)
        && !(important && !(sentence_start && word_follows))
    {
        // "Nice weather", "Split decision", "Mobile phones"; but "Turkey's" mid-sentence.
        return false;
    }
    // "Shinzo Abe", "Elizabeth Warren": a given name before a minor place's name.
    let after_capitalised = !after_mention
        && before.is_some_and(|(at, w)| {
            w.chars().next().is_some_and(char::is_uppercase) && !is_sentence_start(text, at)
        });
    if after_capitalised && !is_country_like(best) {
        return false;
    }
    // "Vladimir Putin", "Georgia Mills", "Water UK"-style names: a capitalised word that is
    // not itself a place right after the candidate.
    if next_word(text, end).is_some_and(|w| {
        w.chars().next().is_some_and(char::is_uppercase) && crate::resolve(w).len() == 0
    }) {
        return false;
    }
    let weak_name = best.name().lang() == "und";
    !weak_name || important
}

/// The word just after byte `end` (separated from it by one space).
fn next_word(text: &str, end: usize) -> Option<&str> {
    let tail = text[end..].strip_prefix(' ')?;
    let len = tail.find(|c: char| !is_word_char(c)).unwrap_or(tail.len());
    (len > 0).then(|| &tail[..len])
}

fn is_han_or_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// Kanji and katakana, the characters of Japanese names (hiragana mostly writes particles).
fn is_kanji_or_katakana(c: char) -> bool {
    let hiragana = ('\u{3040}'..='\u{309F}').contains(&c);
    c == 'ー' || c == '々' || (is_han_or_kana(c) && !hiragana)
}

/// In Japanese, whether the candidate is part of a person's name (松本ヨシさん,
/// 宮崎健二理事長) or of an organisation's (北海道新聞, 大和証券): the run of kanji and
/// katakana that holds it goes on past it into a given name before an honorific or a title,
/// or ends in a word for an organisation.
fn in_japanese_name_or_organisation(text: &str, start: usize, end: usize) -> bool {
    // A given name, title or organisation word goes on a few characters past the candidate,
    // not hundreds. Looking to the end of the run however long made a text that is one run
    // of kanji (東京東京東京...) take quadratic time: every candidate in it scanned to the end.
    const MAX_RUN_CHARS: usize = 32;
    let mut run_end = end;
    for (n, c) in text[end..].chars().enumerate() {
        if !is_kanji_or_katakana(c) {
            break;
        }
        if n == MAX_RUN_CHARS {
            return false;
        }
        run_end += c.len_utf8();
    }
    let run = &text[start..run_end];
    const ORGANISATIONS: &[&str] = &[
        "新聞",
        "証券",
        "銀行",
        "連盟",
        "大学",
        "電力",
        "丸",
        "工業",
        "商事",
        "放送",
        "通信",
        "協会",
        "組合",
        "自動車",
        "電機",
        "製作所",
        "航空",
        "鉄道",
        "財団",
        "学院",
        "高校",
        "球団",
    ];
    if ORGANISATIONS.iter().any(|o| run.ends_with(o)) {
        return true;
    }
    if run_end == end {
        return false;
    }
    const TITLES: &[&str] = &[
        "理事長",
        "報道官",
        "首相",
        "大臣",
        "外相",
        "議員",
        "社長",
        "会長",
        "教授",
        "選手",
        "監督",
        "代表",
        "委員長",
        "長官",
        "氏",
        "アナリスト",
        "エコノミスト",
        "記者",
        "准教授",
        "部長",
        "課長",
        "主任",
    ];
    const HONORIFICS: &[&str] = &["さん", "氏", "様", "君", "ちゃん", "容疑者", "被告"];
    TITLES.iter().any(|t| run.ends_with(t))
        || HONORIFICS.iter().any(|h| text[run_end..].starts_with(h))
        || text[run_end..].starts_with('（') && run.chars().count() <= 6
}

/// Countries and the like, regions, and cities of a million people.
fn is_important(m: Match) -> bool {
    let place = m.place();
    match place.kind() {
        Kind::City => place.population().unwrap_or(0) >= 1_000_000,
        Kind::Landform | Kind::Mountain | Kind::Island | Kind::Peninsula => false,
        _ => true,
    }
}

/// Countries, territories, disputed areas, historic states and regions of the world.
fn is_country_like(m: Match) -> bool {
    matches!(
        m.place().kind(),
        Kind::Country
            | Kind::DependentTerritory
            | Kind::DisputedArea
            | Kind::HistoricState
            | Kind::WorldRegion
    )
}

/// Whether the word before byte `start` is a title of a person (`data/terms/titles.tsv`),
/// with or without its dot: "Mr. ", "President ", "Königin ".
fn after_title(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end_matches([' ', '\u{00A0}']);
    if head.len() == start {
        return false;
    }
    let head = head.strip_suffix('.').unwrap_or(head);
    let word = &head[word_start_before(head, head.len())..];
    // The longest title is "archbishop": a longer word is none, and costs no folding.
    !word.is_empty() && word.len() <= 24 && crate::terms::is_title(&crate::fold(word))
}

/// The word just before byte `start` (separated from it by one space), and where it starts.
fn previous_word(text: &str, start: usize) -> Option<(usize, &str)> {
    let head = text[..start]
        .strip_suffix(' ')
        .or_else(|| text[..start].strip_suffix('\u{00A0}'))?;
    let word_start = word_start_before(head, head.len());
    let word = &head[word_start..];
    (!word.is_empty()).then_some((word_start, word))
}

/// Whether byte `at` starts a sentence: only spaces and an opening quote or bracket since
/// the text's start or the last `.`, `!`, `?` or line break.
fn is_sentence_start(text: &str, at: usize) -> bool {
    match text[..at]
        .trim_end_matches([' ', '"', '“', '«', '(', '\'', '‘'])
        .chars()
        .next_back()
    {
        None => true,
        Some(c) => matches!(c, '.' | '!' | '?' | '\n' | '…' | ':'),
    }
}

/// Whether the Russian or Ukrainian word `w` before a declined name shaped like a surname
/// makes it a place: in, into, from, to, under, near ("в Иванове", "из Иванова", "під
/// Хмельницьким"). Words that go with a person as well are left out ("к Иванову", "на
/// Иванова", "за Иванова"), and "у" counts only before the Ukrainian locative ("у
/// Хмельницькому", not the Russian "у Иванова", at Ivanov's).
fn is_slavic_place_preposition(w: &str, declined: &str) -> bool {
    match w {
        "в" | "во" | "из" | "изо" | "до" | "под" | "около" | "возле" | "близ" | "із" | "з"
        | "зі" | "під" | "біля" | "поблизу" => true,
        "у" => ["і", "ому", "ім"].iter().any(|e| declined.ends_with(e)),
        _ => false,
    }
}

fn is_place_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "of"
            | "from"
            | "to"
            | "near"
            | "at"
            | "into"
            | "via"
            | "across"
            | "outside"
            | "around"
            | "visited"
            | "visit"
            | "toward"
            | "towards"
            | "в"
            | "во"
            | "из"
            | "под"
            | "до"
            | "у"
            | "із"
            | "з"
            | "nach"
            | "aus"
            | "bei"
            | "à"
            | "en"
            | "de"
            | "a"
            | "desde"
    )
}
