//! The iterators that the API returns, as named types.

use core::fmt;
use core::iter::FusedIterator;
use core::ops::Range;

use crate::tables;
use crate::{Name, Place, Source};

/// An iterator over places: returned by [`places`](crate::places), [`Place::parents`],
/// [`Place::administered_by`], [`Place::claimed_by`], [`Place::succeeded_by`] and
/// [`Name::worldview`].
///
/// # Examples
///
/// ```
/// let iturup = toponym::place("iturup").unwrap();
/// let claimants: toponym::Places = iturup.claimed_by();
/// assert_eq!(claimants.len(), 2);
/// ```
#[derive(Clone)]
pub struct Places {
    /// Positions in the list table, or place indices when `direct`.
    positions: Range<usize>,
    direct: bool,
}

impl Places {
    /// The places of the list at `offset` of the list table.
    pub(crate) fn list(offset: u32) -> Places {
        Places {
            positions: tables::list_range(offset),
            direct: false,
        }
    }

    /// Every place, in data order.
    pub(crate) fn all(count: u32) -> Places {
        Places {
            positions: 0..count as usize,
            direct: true,
        }
    }

    fn place(&self, position: usize) -> Place {
        let index = if self.direct {
            position as u32
        } else {
            tables::list_item(position)
        };
        Place::from_index(index)
    }
}

impl Iterator for Places {
    type Item = Place;

    fn next(&mut self) -> Option<Place> {
        let position = self.positions.next()?;
        Some(self.place(position))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.positions.size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<Place> {
        let position = self.positions.nth(n)?;
        Some(self.place(position))
    }
}

impl DoubleEndedIterator for Places {
    fn next_back(&mut self) -> Option<Place> {
        let position = self.positions.next_back()?;
        Some(self.place(position))
    }
}

impl ExactSizeIterator for Places {}
impl FusedIterator for Places {}

impl fmt::Debug for Places {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// An iterator over names: returned by [`Place::names`].
///
/// # Examples
///
/// ```
/// let names: toponym::Names = toponym::place("iturup").unwrap().names();
/// assert!(names.clone().any(|n| n.text() == "Итуруп"));
/// assert!(names.len() > 10);
/// ```
#[derive(Clone)]
pub struct Names {
    /// The ids still to come, in runs of consecutive ids: the compiled names of a place,
    /// then those of each loaded language pack (see `packs`).
    indices: Range<u32>,
    /// The runs after `indices`, in order; empty unless packs are loaded.
    more: Vec<Range<u32>>,
}

impl Names {
    pub(crate) fn new(indices: Range<u32>) -> Names {
        Names {
            indices,
            more: Vec::new(),
        }
    }

    /// The compiled names of the place with index `place` (ids `compiled`), then those of
    /// the loaded language packs.
    pub(crate) fn of_place(compiled: Range<u32>, place: u32) -> Names {
        let mut names = Names::new(compiled);
        if crate::packs::any_loaded() {
            names.more = crate::packs::loaded()
                .map(|p| p.names_of(place))
                .filter(|r| !r.is_empty())
                .collect();
            // In id order, whatever the order the packs were loaded in.
            names.more.sort_unstable_by_key(|r| r.start);
        }
        names
    }

    /// Moves to the next run when this one is done.
    fn refill(&mut self) {
        while self.indices.is_empty() && !self.more.is_empty() {
            self.indices = self.more.remove(0);
        }
    }
}

impl Iterator for Names {
    type Item = Name;

    fn next(&mut self) -> Option<Name> {
        self.refill();
        self.indices.next().map(Name::from_index)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.indices.len() + self.more.iter().map(ExactSizeIterator::len).sum::<usize>();
        (n, Some(n))
    }
}

impl DoubleEndedIterator for Names {
    fn next_back(&mut self) -> Option<Name> {
        while let Some(last) = self.more.last_mut() {
            if let Some(i) = last.next_back() {
                return Some(Name::from_index(i));
            }
            self.more.pop();
        }
        self.indices.next_back().map(Name::from_index)
    }
}

impl ExactSizeIterator for Names {}
impl FusedIterator for Names {}

impl fmt::Debug for Names {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// A place's names grouped by language tag: returned by [`Place::names_by_language`].
///
/// Each item is a tag and the place's names with that tag, in data order; the tags come in
/// the order of [`Place::names`], which keeps a tag's names together.
///
/// # Examples
///
/// ```
/// let iturup = toponym::place("iturup").unwrap();
/// let (lang, names) = iturup.names_by_language().find(|(lang, _)| *lang == "ja").unwrap();
/// assert!(names.map(|n| n.text()).any(|t| t == "択捉島"));
/// ```
#[derive(Clone, Debug)]
pub struct NamesByLanguage {
    names: Names,
}

impl NamesByLanguage {
    pub(crate) fn new(names: Names) -> NamesByLanguage {
        NamesByLanguage { names }
    }
}

impl Iterator for NamesByLanguage {
    type Item = (&'static str, Names);

    fn next(&mut self) -> Option<Self::Item> {
        self.names.refill();
        if self.names.indices.is_empty() {
            return None;
        }
        let lang = Name::from_index(self.names.indices.start).lang();
        let run = |names: &Range<u32>| {
            let len = names
                .clone()
                .take_while(|&i| Name::from_index(i).lang() == lang)
                .count() as u32;
            names.start..names.start + len
        };
        let group = run(&self.names.indices);
        self.names.indices.start = group.end;
        // A language's names in a pack come after its compiled names (the first name of a
        // place that has no other in the compiled languages, a curated name): one group.
        // (Within a pack, a place's names are sorted by tag, so a tag's are together.)
        let mut more = Vec::new();
        let mut rest = Vec::with_capacity(self.names.more.len());
        for later in self.names.more.drain(..) {
            let start = (later.start..later.end)
                .find(|&i| Name::from_index(i).lang() == lang)
                .unwrap_or(later.end);
            let same = run(&(start..later.end));
            rest.extend([later.start..start, same.end..later.end]);
            if !same.is_empty() {
                more.push(same);
            }
        }
        rest.retain(|r| !r.is_empty());
        self.names.more = rest;
        Some((
            lang,
            Names {
                indices: group,
                more,
            },
        ))
    }
}

impl FusedIterator for NamesByLanguage {}

/// An iterator over the data sources: returned by [`sources`](crate::sources).
#[derive(Clone, Debug)]
pub struct Sources {
    indices: Range<u32>,
}

impl Sources {
    pub(crate) fn new(count: u32) -> Sources {
        Sources { indices: 0..count }
    }
}

impl Iterator for Sources {
    type Item = Source;

    fn next(&mut self) -> Option<Source> {
        self.indices.next().map(Source::from_index)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.indices.size_hint()
    }
}

impl DoubleEndedIterator for Sources {
    fn next_back(&mut self) -> Option<Source> {
        self.indices.next_back().map(Source::from_index)
    }
}

impl ExactSizeIterator for Sources {}
impl FusedIterator for Sources {}
