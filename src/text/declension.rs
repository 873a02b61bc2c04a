//! Declined Russian and Ukrainian forms of names: the nominatives that a word of the text may
//! come from, walked in the key transducer (see `inflection` for the endings).

use fst::raw::{Node, Output};
use toponym_shared::fold::FoldedText;

use super::Mention;
use super::evidence::accept;
use super::inflection;
use super::scan::{KeyStarts, is_unspaced, is_word_char};
use crate::Status;
use crate::resolve::{Match, Matches};
use crate::tables;

/// Words of a declined name at most ("Объединённых Арабских Эмиратов", "Ростова-на-Дону").
pub(super) const MAX_DECLINED_WORDS: usize = 4;

/// Steps into the transducer allowed for the declined forms at one word, whatever the text:
/// a word's forms take a few dozen, most of which fail at once.
const MAX_DECLINED_STEPS: usize = 1024;

/// Where a candidate starts in the text, and what the mentions before it say.
#[derive(Clone, Copy)]
pub(super) struct At {
    pub(super) start: usize,
    /// Whether it follows the last mention with at most one character between.
    pub(super) after_mention: bool,
    /// Whether it follows the last mention in a list ("из Москвы, Твери и Иванова").
    pub(super) in_list: bool,
}

/// A key that a declined form of the words at a place in the text leads to.
#[derive(Clone, Copy, Debug)]
pub(super) struct DeclinedHit {
    /// Where the last word ends in the folded text.
    pub(super) end: usize,
    slot: u32,
    /// Words of the text it spans.
    words: usize,
    /// Letters kept before the replaced ending, in the declined word with the fewest.
    stem_chars: usize,
}

impl DeclinedHit {
    /// The mention from `at.start` (in the original text) to the hit's end, if the evidence
    /// is there.
    pub(super) fn accept<'t>(
        &self,
        text: &'t str,
        folded: &FoldedText,
        hint: &mut usize,
        at: At,
    ) -> Option<Mention<'t>> {
        let (key, range) = tables::slot(self.slot);
        // Only a place with a name of this form in Russian, Ukrainian or Belarusian, whose
        // declensions the rules follow: the Chechen name of the Czech Republic, Чехи, is not
        // what "Чехов" declines ("Игорь Чехов").
        let (first, current) = range.clone().find_map(|i| {
            let m = Matches::from_range(i..i + 1).next()?;
            east_slavic_form(m, key).map(|current| (i, current))
        })?;
        let matches = Matches::from_range(first..range.end);
        let end = folded.source_end(self.end, hint);
        let declension = Declension {
            words: self.words,
            stem_chars: self.stem_chars,
            current,
            in_list: at.in_list,
        };
        let start = at.start;
        let after_mention = at.after_mention;
        accept(
            text,
            start,
            end,
            key,
            &matches,
            after_mention,
            Some(declension),
        )
        .then(|| Mention {
            start,
            end,
            text: &text[start..end],
            matches,
        })
    }
}

/// Whether the name that matched is Russian, Ukrainian or Belarusian, or the place's name in
/// one of those languages folds to `key` (Belarusian Гомель, where the data has no Russian
/// name): `Some(true)` for a current name, `Some(false)` for a former one or a name of
/// unknown language (which `accept` takes only for an important place), `None` otherwise.
fn east_slavic_form(m: Match, key: &str) -> Option<bool> {
    let is_east_slavic = |lang: &str| matches!(lang.split('-').next(), Some("ru" | "uk" | "be"));
    let name = m.name();
    if is_east_slavic(name.lang()) {
        return Some(name.status() != Status::Historic);
    }
    if name.lang() == "und" {
        return Some(false);
    }
    ["ru", "uk", "be"].into_iter().find_map(|lang| {
        let n = m.place().name(lang).filter(|n| is_east_slavic(n.lang()))?;
        (crate::fold(n.text()) == key).then(|| n.status() != Status::Historic)
    })
}

/// The search for declined forms, with its buffers, reused from word to word.
pub(super) struct DeclinedSearch<'a> {
    keys: &'a KeyStarts,
    text: &'a str,
    folded: &'a FoldedText,
    steps: usize,
    /// The last span looked up in the map back to the original text.
    hint: usize,
    /// For each depth of the search (a word of the name), the transducer's state after each
    /// byte of the word.
    paths: Vec<Vec<(Node<'static>, Output)>>,
    pub(super) hits: Vec<DeclinedHit>,
}

impl<'a> DeclinedSearch<'a> {
    pub(super) fn new(keys: &'a KeyStarts, text: &'a str, folded: &'a FoldedText) -> Self {
        DeclinedSearch {
            keys,
            text,
            folded,
            steps: 0,
            hint: 0,
            paths: Vec::new(),
            hits: Vec::new(),
        }
    }

    /// Fills `hits` with the keys that the words starting at byte `i` of the folded text
    /// lead to when one or more of them is replaced by a nominative form, longest first.
    pub(super) fn search(&mut self, i: usize) {
        self.steps = 0;
        self.word(i, self.keys.root, Output::zero(), 1, None);
        // Longest first, hits of the same end in the order found: (end, position) packed in
        // one number, whose sort is shared with suggest's (a sort of its own is kilobytes of
        // the WebAssembly module).
        let mut order: Vec<u64> = (self.hits.iter().enumerate())
            .map(|(i, h)| u64::from(u32::MAX - h.end as u32) << 32 | i as u64)
            .collect();
        order.sort_unstable();
        let hits = core::mem::take(&mut self.hits);
        self.hits = order.iter().map(|&k| hits[k as u32 as usize]).collect();
    }

    /// Walks the word at byte `at` of the folded text, as written and in each nominative
    /// form, from `node`. `stem_chars` is `Some` once a word before it was declined.
    fn word(
        &mut self,
        at: usize,
        node: Node<'static>,
        out: Output,
        words: usize,
        stem_chars: Option<usize>,
    ) {
        let f = self.folded.text.as_str();
        // A word longer than any key is no part of one: the scan for its end stops there.
        let rest = &f[at..];
        let Some(len) = rest
            .char_indices()
            .take_while(|&(k, _)| k <= tables::MAX_KEY_BYTES)
            .find(|&(_, c)| !is_word_char(c) || is_unspaced(c))
            .map(|(k, _)| k)
            .or_else(|| (rest.len() <= tables::MAX_KEY_BYTES).then_some(rest.len()))
        else {
            return;
        };
        let word = &rest[..len];
        let mut path = self
            .paths
            .get_mut(words - 1)
            .map(std::mem::take)
            .unwrap_or_default();
        path.clear();
        path.push((node, out));
        let (mut node, mut out) = (node, out);
        for &b in word.as_bytes() {
            self.steps += 1;
            let Some(t) = node.find_input(b) else { break };
            let t = node.transition(t);
            out = out.cat(t.out);
            node = self.keys.fst.node(t.addr);
            path.push((node, out));
        }
        let walked = path.len() - 1;
        if walked == len {
            self.after_word(at + len, node, out, words, stem_chars);
        }
        inflection::nominatives(word, walked, |form| {
            if form.prefix > walked || self.steps > MAX_DECLINED_STEPS {
                return self.steps <= MAX_DECLINED_STEPS;
            }
            let (mut node, mut out) = path[form.prefix];
            for &b in form.pieces.iter().flat_map(|p| p.as_bytes()) {
                self.steps += 1;
                let Some(t) = node.find_input(b) else {
                    return true;
                };
                let t = node.transition(t);
                out = out.cat(t.out);
                node = self.keys.fst.node(t.addr);
            }
            let stem = stem_chars.map_or(form.kept, |s| s.min(form.kept));
            self.after_word(at + len, node, out, words, Some(stem));
            true
        });
        if self.paths.len() < words {
            self.paths.resize_with(words, Vec::new);
        }
        self.paths[words - 1] = path;
    }

    /// After a word (as written or in a nominative form) that ends at byte `end` of the
    /// folded text: a hit if a key ends there and a word was declined, and the next word.
    fn after_word(
        &mut self,
        end: usize,
        node: Node<'static>,
        out: Output,
        words: usize,
        stem_chars: Option<usize>,
    ) {
        if let Some(stem_chars) = stem_chars
            && node.is_final()
        {
            self.hits.push(DeclinedHit {
                end,
                slot: out.cat(node.final_output()).value() as u32,
                words,
                stem_chars,
            });
        }
        let f = self.folded.text.as_str();
        if words == MAX_DECLINED_WORDS
            || self.steps > MAX_DECLINED_STEPS
            || !f[end..].starts_with(' ')
            || !f[end + 1..].starts_with(inflection::is_cyrillic)
        {
            return;
        }
        let Some(t) = node.find_input(b' ') else {
            return;
        };
        // The words of a name are joined by a space or a hyphen, not by a comma or a dash.
        let (from, to) = (
            self.folded.source_end(end, &mut self.hint),
            self.folded.source_start(end + 1, &mut self.hint),
        );
        if !self.text[from..to]
            .chars()
            .all(|c| matches!(c, ' ' | '\u{00A0}' | '-' | '\u{2010}' | '\u{2011}'))
        {
            return;
        }
        let t = node.transition(t);
        self.steps += 1;
        self.word(
            end + 1,
            self.keys.fst.node(t.addr),
            out.cat(t.out),
            words + 1,
            stem_chars,
        );
    }
}

/// What a candidate found through a declined form needs `accept` to know.
#[derive(Clone, Copy, Debug)]
pub(super) struct Declension {
    /// Words of the text it spans.
    pub(super) words: usize,
    /// Letters kept before the replaced ending, in the declined word with the fewest.
    pub(super) stem_chars: usize,
    /// Whether the name is a current Russian, Ukrainian or Belarusian one (not a former name,
    /// nor one of unknown language).
    pub(super) current: bool,
    /// Whether it follows another mention in a list ("из Москвы, Твери и Иванова").
    pub(super) in_list: bool,
}

/// Whether the text between two mentions joins them in a list: a comma, a conjunction, or
/// both ("Москвы, Твери", "Одеси та Ізмаїла", "Луцька, а також Рівного").
pub(super) fn is_list_joint(between: &str) -> bool {
    // Checked first: the text since the last mention can be long.
    if between.len() > 24 || !between.starts_with([' ', ',']) || !between.ends_with(' ') {
        return false;
    }
    let rest = between.trim_start_matches(' ');
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_matches(' ');
    matches!(
        rest,
        "" | "и" | "і" | "й" | "та" | "или" | "або" | "а также" | "а також"
    )
}
