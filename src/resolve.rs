//! From a name, in any language or script, to every place it can mean.

use core::cell::RefCell;
use core::fmt;
use core::iter::FusedIterator;
use core::ops::Range;

use crate::name::Name;
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
    range: Range<usize>,
}

impl Matches {
    pub(crate) fn from_range(range: Range<usize>) -> Matches {
        Matches { range }
    }
}

impl Iterator for Matches {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        let i = self.range.next()?;
        Some(Match {
            name: Name::from_index(tables::match_at(i)),
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }
}

impl DoubleEndedIterator for Matches {
    fn next_back(&mut self) -> Option<Match> {
        let i = self.range.next_back()?;
        Some(Match {
            name: Name::from_index(tables::match_at(i)),
        })
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
        return Matches { range: 0..0 };
    }
    // Reuse one buffer per thread for the folded key: a lookup then allocates nothing.
    thread_local!(static KEY: RefCell<String> = const { RefCell::new(String::new()) });
    let range = KEY.with(|key| match key.try_borrow_mut() {
        Ok(mut key) => {
            crate::fold_replacing(name, &mut key);
            tables::matches(&key)
        }
        Err(_) => tables::matches(&crate::fold(name)),
    });
    Matches { range }
}
