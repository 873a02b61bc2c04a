//! The properties of the public API that must hold for any input, in one place: the fuzz
//! targets (fuzz/), the property tests (properties.rs) and the replay of inputs the fuzzer
//! once found (fuzz_regressions.rs) all call these functions, so an input that
//! broke a property anywhere is checked the same way everywhere. Each function panics with
//! a message naming the property and the input when one does not hold.

use std::collections::BTreeSet;

use toponym::{MAX_NAME_BYTES, MAX_SUGGESTIONS, Place};
use toponym_shared::languages::is_widely_used;
use toponym_shared::suggest::exact_comes_first;
use unicode_normalization::UnicodeNormalization;

/// `fold`: idempotent, lower case, no separators or ignorables left, single inner spaces.
pub fn fold(s: &str) {
    let once = toponym::fold(s);
    let twice = toponym::fold(&once);
    assert_eq!(twice, once, "fold is not idempotent on {s:?}");
    let mut reused = String::from("left over from an earlier call");
    toponym::fold_replacing(s, &mut reused);
    assert_eq!(reused, once, "fold_replacing differs from fold on {s:?}");
    assert!(
        !once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "),
        "fold({s:?}) = {once:?}: a space at an end or two in a row"
    );
    for c in once.chars() {
        // An upper-case letter is left only when it has no lower-case form.
        assert!(
            !c.is_uppercase() || c.to_lowercase().eq([c]),
            "fold({s:?}) = {once:?} keeps the upper-case {c:?}"
        );
        assert!(
            c == ' ' || !(c.is_whitespace() || matches!(c, '-' | '_' | ',' | '\'' | '.')),
            "fold({s:?}) = {once:?} keeps the separator {c:?}"
        );
    }
}

/// `lookup`: each place once; every span a range of the query on character boundaries;
/// the exact rule agrees with `resolve`; nothing for a query over `MAX_NAME_BYTES`; a
/// qualifier contains its place; `not_inside` only with nothing found.
pub fn lookup(s: &str) {
    let found = toponym::lookup(s);
    if s.len() > MAX_NAME_BYTES {
        assert!(
            found.is_empty(),
            "a query over MAX_NAME_BYTES found something"
        );
    }
    let mut places = BTreeSet::new();
    for f in found.iter() {
        let span = f.how().span();
        assert!(
            span.start <= span.end && s.get(span.clone()).is_some(),
            "{s:?}: span {span:?} is not a part of the query"
        );
        assert!(places.insert(f.place()), "{s:?}: {:?} twice", f.place());
        assert_eq!(f.matched().name().place(), f.place(), "{s:?}");
        if let Some(q) = f.how().qualifier() {
            assert!(
                f.place().is_within(q),
                "{s:?}: {:?} not in {q:?}",
                f.place()
            );
        }
        if f.how().rule() == toponym::Rule::Typo {
            assert!((1..=2).contains(&f.how().edits()), "{s:?}");
        }
    }
    if found
        .first()
        .is_some_and(|f| f.how().rule() == toponym::Rule::Exact)
    {
        let want: BTreeSet<_> = toponym::resolve(s).map(|m| m.place()).collect();
        assert_eq!(places, want, "{s:?}: exact, but not what resolve finds");
    }
    if let Some(n) = found.not_inside() {
        assert!(found.is_empty(), "{s:?}: not_inside with places found");
        assert!(s.get(n.span()).is_some(), "{s:?}: not_inside span");
    }
}

/// `resolve` and the lookups by id and code: consistent answers, each place once, every
/// match a stored name of its place whose key is the query's.
pub fn resolve(s: &str) {
    let matches: Vec<_> = toponym::resolve(s).collect();
    assert_eq!(toponym::resolve(s).len(), matches.len(), "len() for {s:?}");
    if s.len() > MAX_NAME_BYTES {
        assert!(matches.is_empty(), "a query over MAX_NAME_BYTES matched");
    }
    let key = toponym::fold(s);
    let mut places = BTreeSet::new();
    for m in &matches {
        let (place, name) = (m.place(), m.name());
        assert_eq!(
            name.place(),
            place,
            "{s:?}: a match whose name is not its place's"
        );
        assert!(
            place.names().any(|n| n == name),
            "{s:?}: {name:?} is not among the names of {place:?}"
        );
        assert!(places.insert(place), "{s:?}: {place:?} twice");
        // One of the stored name's keys (its own, or a spelling of its language without
        // letters a keyboard may lack: "aabo" for Danish "Åbo"), or such a key without its
        // generic term ("Iturup" for "Iturup {Island}"); Korean words written apart match
        // them written together ("서 울" is 서울).
        let mut stored = vec![toponym::fold(name.text())];
        toponym_shared::variants::variant_keys(name.lang(), name.text(), &mut stored);
        let joined = toponym_shared::variants::hangul_joined(&key).unwrap_or_else(|| key.clone());
        assert!(
            stored
                .iter()
                .any(|k| k.contains(&key) || k.contains(&joined)),
            "{s:?} (key {key:?}) matched {:?} (keys {stored:?})",
            name.text()
        );
        let _ = format!("{m:?} {:?} {:?}", name.years(), name.source());
    }
    // The folded query is the same query.
    if s.len() <= MAX_NAME_BYTES && key.len() <= MAX_NAME_BYTES {
        let again: Vec<_> = toponym::resolve(&key).collect();
        assert_eq!(
            again, matches,
            "resolve({s:?}) differs from resolve({key:?})"
        );
    }
    // Any string as a language tag for the displayed name.
    if let Some(m) = matches.first() {
        for worldview in [
            None,
            toponym::place_by_iso("RU"),
            toponym::place_by_iso("JP"),
        ] {
            let shown = m.place().name_in(s, worldview);
            assert!(
                shown.is_some_and(|n| n.place() == m.place()),
                "{s:?}: name_in gave {shown:?} for {:?}",
                m.place()
            );
        }
    }
    lookups(s);
}

/// `place`, `place_by_iso` and `place_by_wikidata` answer only for their own id or code.
fn lookups(s: &str) {
    if let Some(p) = toponym::place(s) {
        assert_eq!(p.id(), s);
    }
    if let Some(p) = toponym::place_by_iso(s) {
        let codes = [p.iso_alpha2(), p.iso_alpha3(), p.iso_subdivision()];
        assert!(
            codes.iter().flatten().any(|c| c.eq_ignore_ascii_case(s)),
            "place_by_iso({s:?}) = {p:?}"
        );
    }
    if let Some(p) = toponym::place_by_wikidata(s) {
        assert!(
            p.wikidata_id().is_some_and(|q| q.eq_ignore_ascii_case(s)),
            "place_by_wikidata({s:?}) = {p:?}"
        );
    }
}

/// `find_in_text`: spans on character boundaries, in order, not overlapping, and each the
/// mention's text; every mention has a place.
pub fn find_in_text(text: &str) {
    let mut last_end = 0;
    for m in toponym::find_in_text(text) {
        let (start, end) = (m.start(), m.end());
        assert!(start < end, "{text:?}: empty mention at {start}");
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end) && end <= text.len(),
            "{text:?}: span {start}..{end} not on character boundaries"
        );
        assert!(
            start >= last_end,
            "{text:?}: mention at {start}..{end} overlaps or precedes the previous one (ends at {last_end})"
        );
        assert_eq!(
            &text[start..end],
            m.text(),
            "{text:?}: span and text differ"
        );
        assert!(m.matches().len() > 0, "{text:?}: a mention without places");
        assert_eq!(m.matches().next(), Some(m.best()));
        last_end = end;
    }
}

/// `suggest`: at most `limit` (and `MAX_SUGGESTIONS`), each place once, completions or near
/// matches but not both, within two edits.
pub fn suggest(prefix: &str, limit: usize) {
    let found = toponym::suggest(prefix, limit);
    assert!(
        found.len() <= limit.min(MAX_SUGGESTIONS),
        "suggest({prefix:?}, {limit}) gave {}",
        found.len()
    );
    let mut places = BTreeSet::new();
    for s in &found {
        let m = s.matched();
        assert_eq!(m.name().place(), m.place());
        assert!(
            places.insert(m.place()),
            "suggest({prefix:?}): {:?} twice",
            m.place()
        );
        assert!(s.edits() <= 2, "suggest({prefix:?}): {} edits", s.edits());
    }
    let completions = found.iter().filter(|s| s.edits() == 0).count();
    assert!(
        completions == 0 || completions == found.len(),
        "suggest({prefix:?}) mixes completions and near matches"
    );
    if prefix.len() > 256 || toponym::fold(prefix).is_empty() {
        assert!(found.is_empty(), "suggest({prefix:?}) should give nothing");
    }
}

/// The fuzz target's input for `suggest`: the first byte is the limit, the rest the prefix.
pub fn suggest_bytes(data: &[u8]) {
    let Some((&limit, rest)) = data.split_first() else {
        return;
    };
    if let Ok(prefix) = std::str::from_utf8(rest) {
        suggest(prefix, usize::from(limit));
    }
}

/// Round trip: a stored name, written in any of the ways that folding makes equal, resolves
/// to its own place, and is suggested for it. `data` chooses the place, the name and how it
/// is written: 4 bytes place, 2 bytes name, 1 byte form, then the form's own choices.
pub fn roundtrip(data: &[u8]) {
    let byte = |i: usize| data.get(i).copied().unwrap_or(0);
    let count = toponym::places().len();
    let place_index = u32::from_le_bytes([byte(0), byte(1), byte(2), byte(3)]) as usize % count;
    let place = toponym::places()
        .nth(place_index)
        .expect("index below the count");
    let names = place.names();
    let name_index = usize::from(u16::from_le_bytes([byte(4), byte(5)])) % names.len();
    let name = names
        .clone()
        .nth(name_index)
        .expect("index below the count");
    let choices = data.get(7..).unwrap_or(&[]);
    let query = written(name.text(), byte(6), choices);
    roundtrip_query(place, name.text(), &query);
}

/// Checks that `query`, a way of writing the stored name `text` of `place`, finds it.
pub fn roundtrip_query(place: Place, text: &str, query: &str) {
    if query.len() > MAX_NAME_BYTES {
        return;
    }
    assert!(
        toponym::resolve(query).any(|m| m.place() == place),
        "{query:?} (written for {text:?}) does not resolve to {}",
        place.id()
    );
    // The exact name comes first in suggestions, so the place is there unless more than
    // MAX_SUGGESTIONS places share the name (or the input is over suggest's 256 bytes), or
    // the name is a weak reason to put the place first (a code, a historic name, a name no
    // widely used language gives: Bo, Sierra Leone, as a variant of no language, "بو"),
    // which then takes its rank among the completions.
    let comes_first = toponym::resolve(query).any(|m| {
        m.place() == place && exact_comes_first(m.name().status(), is_widely_used(m.name().lang()))
    });
    if comes_first && query.len() <= 256 && toponym::resolve(query).len() < MAX_SUGGESTIONS {
        assert!(
            toponym::suggest(query, MAX_SUGGESTIONS)
                .iter()
                .any(|s| s.matched().place() == place),
            "suggest({query:?}) (written for {text:?}) does not give {}",
            place.id()
        );
    }
}

/// `text` written another way that folding must not tell apart from it; `form` chooses
/// the way and `choices` drives it.
pub fn written(text: &str, form: u8, choices: &[u8]) -> String {
    let choice = |i: usize| choices.get(i % choices.len().max(1)).copied().unwrap_or(0);
    match form % 10 {
        0 => text.to_string(),
        1 => text.to_uppercase(),
        2 => text.to_lowercase(),
        3 => text.nfd().collect(),
        4 => text.nfkd().collect(),
        // Full-width forms of ASCII (NFKC gives them back).
        5 => text
            .chars()
            .map(|c| match c {
                '!'..='~' => char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap_or(c),
                _ => c,
            })
            .collect(),
        // Each character upper- or lower-cased at the choice of a bit.
        6 => text
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if choice(i / 8) >> (i % 8) & 1 == 1 {
                    c.to_uppercase().collect::<String>()
                } else {
                    c.to_string()
                }
            })
            .collect(),
        // Invisible characters between the characters (not before a combining mark, which
        // would then belong to the invisible character).
        7 => {
            const INVISIBLE: [char; 8] = [
                '\u{200B}', '\u{200D}', '\u{00AD}', '\u{2060}', '\u{FEFF}', '\u{200E}', '\u{2066}',
                '\u{FE0F}',
            ];
            let mut out = String::new();
            let chars: Vec<char> = text.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                out.push(c);
                let next_is_mark = chars
                    .get(i + 1)
                    .is_some_and(|&n| unicode_normalization::char::is_combining_mark(n));
                let pick = choice(i);
                if pick & 0x80 != 0 && !next_is_mark {
                    out.push(INVISIBLE[usize::from(pick) % INVISIBLE.len()]);
                }
            }
            out
        }
        // Separators: every space a run of other separators, and some around the name.
        8 => {
            const SEPARATORS: [&str; 6] = [" ", "  ", "-", "\t", "\u{3000}", " - "];
            let sep = SEPARATORS[usize::from(choice(0)) % SEPARATORS.len()];
            format!(" {} ", text.replace(' ', sep))
        }
        // Title case of each word, as a text would capitalise it.
        _ => text
            .split(' ')
            .map(|w| {
                let mut cs = w.chars();
                cs.next().map_or(String::new(), |f| {
                    f.to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect()
                })
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}
