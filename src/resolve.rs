//! From a name, in any language or script, to every place it can mean.

use core::cell::RefCell;
use core::fmt;
use core::iter::FusedIterator;
use core::ops::Range;

use toponym_shared::layout::MATCH_NAME_MASK;

use crate::name::Name;
use crate::packs::{self, PackMatches};
use crate::place::Place;
use crate::tables;

/// Names longer than this many bytes match nothing and are not even folded, so that a
/// hostile query costs no more than a short one.
pub const MAX_NAME_BYTES: usize = 1024;

/// One place a name can mean, and the stored name that matched.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Match {
    name: Name,
}

impl Match {
    /// A match of `name`'s place through `name`.
    pub(crate) fn from_name(name: Name) -> Match {
        Match { name }
    }

    /// The place.
    pub fn place(self) -> Place {
        self.name.place()
    }

    /// The stored name that matched the query: its text, language, status and worldview
    /// say how the query matched.
    pub fn name(self) -> Name {
        self.name
    }
}

impl fmt::Debug for Match {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Match")
            .field("place", &self.place())
            .field("name", &self.name)
            .finish()
    }
}

/// The places a name can mean, best first. Returned by [`resolve`].
#[derive(Debug, Clone)]
pub struct Matches {
    /// The match list: the compiled match table, or one from language packs.
    list: List,
    /// Positions in the match list.
    range: Range<usize>,
    /// A position of the range that comes first, before the others, when context has said
    /// which place a mention means ("Athens, Georgia"); [`NOT_PROMOTED`] for none.
    promoted: usize,
    /// Whether the promoted position is still to come first.
    promoted_pending: bool,
}

/// No promoted position.
const NOT_PROMOTED: usize = usize::MAX;

/// Where a match list is.
#[derive(Debug, Clone)]
enum List {
    /// The compiled match table.
    Compiled,
    /// A list of language packs (see `packs`).
    Pack(PackMatches),
}

impl Matches {
    pub(crate) fn from_range(range: Range<usize>) -> Matches {
        Matches {
            list: List::Compiled,
            range,
            promoted: NOT_PROMOTED,
            promoted_pending: false,
        }
    }

    /// The matches of a list of language packs.
    fn from_pack(list: PackMatches) -> Matches {
        let len = list.words().len();
        Matches {
            list: List::Pack(list),
            ..Matches::from_range(0..len)
        }
    }

    /// The same matches, the `n`-th first (the others in their order after it).
    pub(crate) fn with_first(&self, n: usize) -> Matches {
        let mut all = Matches {
            list: self.list.clone(),
            ..Matches::from_range(self.range.clone())
        };
        if n < all.range.len() {
            all.promoted = all.range.start + n;
            all.promoted_pending = true;
        }
        all
    }

    #[inline]
    fn at(&self, i: usize) -> Match {
        let index = match &self.list {
            List::Compiled => tables::match_at(i),
            List::Pack(list) => list.words()[i] & MATCH_NAME_MASK,
        };
        Match {
            name: Name::from_index(index),
        }
    }
}

impl Iterator for Matches {
    type Item = Match;

    #[inline]
    fn next(&mut self) -> Option<Match> {
        if self.promoted_pending {
            self.promoted_pending = false;
            return Some(self.at(self.promoted));
        }
        let mut i = self.range.next()?;
        if i == self.promoted {
            i = self.range.next()?;
        }
        Some(self.at(i))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let skipped = usize::from(self.range.contains(&self.promoted));
        let n = self.range.len() - skipped + usize::from(self.promoted_pending);
        (n, Some(n))
    }
}

impl DoubleEndedIterator for Matches {
    fn next_back(&mut self) -> Option<Match> {
        match self.range.next_back() {
            Some(i) if i == self.promoted => self.next_back(),
            Some(i) => Some(self.at(i)),
            None if self.promoted_pending => {
                self.promoted_pending = false;
                Some(self.at(self.promoted))
            }
            None => None,
        }
    }
}

impl ExactSizeIterator for Matches {}
impl FusedIterator for Matches {}

/// Every place that `name` can mean, best first, each with the stored name that matched.
///
/// The query is [folded](crate::fold) (case, width, accents on Latin letters, punctuation),
/// so `"ITURUP"`, `"Iturup"` and `"ｉｔｕｒｕｐ"` are the same query. A name whose data marks
/// a generic term is found with or without it: `"Iturup Island"`, `"Iturup"`,
/// `"остров Итуруп"`, `"択捉島"` and `"択捉"`.
///
/// Ranking: a place matched by an official, common, short or abbreviated name comes before
/// one matched by a variant, and that before one matched by a historic name; then a more
/// important place (see [`Place::importance`]) before a minor one. Nothing is dropped.
/// Each place appears once, with its best name for this query.
///
/// An empty or unknown name, or one longer than [`MAX_NAME_BYTES`], gives no matches.
///
/// # Examples
///
/// ```
/// let m = toponym::resolve("Итуруп").next().unwrap();
/// assert_eq!(m.place().id(), "iturup");
/// assert_eq!(m.name().lang(), "ru");
///
/// let macedonia: Vec<_> = toponym::resolve("Macedonia").map(|m| m.place().id()).collect();
/// assert!(macedonia.contains(&"mk") && macedonia.contains(&"macedonia-greece"));
///
/// // A generic term alone finds no place through it: "Island" finds only Iceland (German).
/// assert!(toponym::resolve("Island").all(|m| m.place().id() == "is"));
/// ```
pub fn resolve(name: &str) -> Matches {
    if name.len() > MAX_NAME_BYTES {
        return Matches::from_range(0..0);
    }
    // Most queries are ASCII words: their fold is the name lower-cased, hashed as it is read.
    if !packs::any_loaded()
        && let Some(range) = tables::matches_of_plain_ascii(name)
    {
        return Matches::from_range(range);
    }
    // Reuse one buffer per thread for the folded key: a lookup then allocates nothing.
    thread_local!(static KEY: RefCell<String> = const { RefCell::new(String::new()) });
    KEY.with(|key| match key.try_borrow_mut() {
        Ok(mut key) => {
            crate::fold_replacing(name, &mut key);
            matches_of(&key)
        }
        Err(_) => matches_of(&crate::fold(name)),
    })
}

/// The matches of a folded key: from the language packs that have it, if any is loaded,
/// or else from the compiled tables.
pub(crate) fn matches_of_key(key: &str) -> Matches {
    if packs::any_loaded()
        && let Some(list) = packs::matches(key)
    {
        return Matches::from_pack(list);
    }
    Matches::from_range(tables::matches(key))
}

/// The matches of a key; for Korean written with spaces between words that the stored name
/// does not have ("뉴 사우스 웨일스"), those of the words joined, which the tables hold for
/// every name with Korean words (see `toponym_shared::variants`).
fn matches_of(key: &str) -> Matches {
    let matches = matches_of_key(key);
    if matches.len() == 0
        && let Some(joined) = toponym_shared::variants::hangul_joined(key)
    {
        return matches_of_key(&joined);
    }
    matches
}

#[cfg(test)]
mod tests {
    use super::{Match, Matches};

    /// Every way of iterating matches with one of them first gives them all, once, in order.
    #[test]
    fn one_match_first() {
        let all: Vec<Match> = crate::resolve("Victoria").collect();
        let range = crate::tables::matches(&crate::fold("Victoria"));
        assert!(all.len() > 3);
        for n in 0..all.len() {
            let first = Matches::from_range(range.clone()).with_first(n);
            let mut want = all.clone();
            let promoted = want.remove(n);
            want.insert(0, promoted);
            assert_eq!(first.len(), all.len());
            assert_eq!(first.clone().collect::<Vec<_>>(), want);
            assert_eq!(
                first.clone().rev().collect::<Vec<_>>(),
                want.iter().rev().copied().collect::<Vec<_>>()
            );
            // From both ends at once.
            let mut it = first.clone();
            let (mut front, mut back) = (Vec::new(), Vec::new());
            while let Some(m) = it.next() {
                front.push(m);
                assert_eq!(it.len(), want.len() - front.len() - back.len());
                if let Some(m) = it.next_back() {
                    back.push(m);
                }
            }
            back.reverse();
            front.extend(back);
            assert_eq!(front, want);
        }
    }
}
