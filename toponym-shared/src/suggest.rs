//! The ranking of `suggest`: one function, used when the build precomputes the completions of
//! common prefixes and when a query completes a rarer one, so that the two always agree.

use crate::{Kind, Status, status_class};

/// Completions stored for each precomputed prefix: enough for a search box (the demo page
/// asks for 8); a larger `limit` is answered by ranking every completion at query time,
/// unless the prefix is one of those below which more are stored ([`precomputed_for`]).
pub const PRECOMPUTED: usize = 10;

/// A prefix shared by more keys than this has its completions precomputed: ranking this many
/// keys' places at query time takes a few microseconds, more would not keep every keystroke
/// fast.
pub const LARGE_SUBTREE: usize = 96;

/// Completions stored below the largest prefixes: as many as `suggest` gives at most.
pub const PRECOMPUTED_FOR_HUGE: usize = 100;

/// Completions stored below prefixes between the common and the largest: as many as a long
/// list of suggestions shows.
const PRECOMPUTED_FOR_LARGER: usize = 30;

/// How many completions the build stores for a prefix of `keys` keys that have `bytes`
/// bytes after it; 0 when it is ranked at query time.
///
/// Gathering the completions at query time walks the key transducer a byte at a time, some
/// 25 ns a byte of the keys below the prefix, whatever their number: long names (Thai,
/// Bengali, Tibetan) made a first letter of 90 keys cost 0.1 ms, and a `limit` above 10 at
/// "s" took 3 ms. So the lists are stored by bytes: 10 completions above 1,500 bytes (or 96
/// keys), 30 above 3,000 and 100 above 10,000, which keeps every keystroke under 0.1 ms up
/// to a `limit` of 30 and the rare larger ones under about 0.25 ms.
///
/// ```
/// use toponym_shared::suggest::precomputed_for;
///
/// assert_eq!(precomputed_for(20, 400), 0);
/// assert_eq!(precomputed_for(90, 2_100), 10);
/// assert_eq!(precomputed_for(8_000, 95_000), 100);
/// ```
pub fn precomputed_for(keys: usize, bytes: usize) -> usize {
    match bytes {
        b if b > 10_000 => PRECOMPUTED_FOR_HUGE,
        b if b > 3_000 => PRECOMPUTED_FOR_LARGER,
        b if b > 1_500 || keys > LARGE_SUBTREE => PRECOMPUTED,
        _ => 0,
    }
}

/// Whether a precomputed list of `stored` completions answers a request for `limit`: it
/// holds the first `stored` of the ranking, and every completion when it is shorter than it
/// was cut at (fewer places complete the prefix).
pub fn precomputed_serves(stored: usize, limit: usize) -> bool {
    let cut = [PRECOMPUTED, PRECOMPUTED_FOR_LARGER, PRECOMPUTED_FOR_HUGE].contains(&stored);
    limit <= stored || !cut
}

/// How prominent a place is, for completions: 20 log10 of its population, so a city of a
/// million inhabitants scores 120 and each tenfold 20 more; plus up to ~40 for the number of
/// languages that name it (capitals and well-known cities are named in many: Vilnius in 150,
/// a town of the same size in ten), and 5 for a dependent territory. A country has no bonus
/// beyond its people and its many languages: with one, countries whose name in some language
/// merely shares a first letter took the place of cities of millions ("Ro": Rosja before
/// Rome).
///
/// The data gives no population for regions and most features: the build counts the people
/// of a place's cities, and at least a million for a first-level region (as in the
/// importance that `resolve` ranks by), three million for a world region, a hundred thousand
/// for a territory or feature. A region or world region then has 10 taken off: counting all
/// its cities' people made it outrank the big city that is what people mostly look for
/// ("Mi": Minas Gerais and the Micronesian Region before Minsk).
///
/// # Examples
///
/// ```
/// use toponym_shared::{Kind, suggest::prominence};
///
/// let capital = prominence(Kind::City, 540_000, 150);
/// let town = prominence(Kind::City, 560_000, 10);
/// assert!(capital > town);
/// assert!(prominence(Kind::City, 10_000_000, 200) > prominence(Kind::WorldRegion, 0, 200));
/// ```
pub fn prominence(kind: Kind, population: u64, languages: usize) -> u8 {
    let (floor, bonus) = match kind {
        Kind::Country => (1_000_000, 0.0),
        Kind::WorldRegion => (3_000_000, -10.0),
        Kind::Region | Kind::HistoricState => (1_000_000, -10.0),
        Kind::DependentTerritory | Kind::DisputedArea => (100_000, 5.0),
        Kind::City => (0, 0.0),
        _ => (100_000, 0.0),
    };
    let people = population.max(floor) as f64;
    let score = 20.0 * (people + 1.0).log10() + 15.0 * (languages as f64 + 1.0).log10() + bonus;
    score.round().clamp(0.0, 255.0) as u8
}

/// Which of three groups a kind of place falls in for [`third_of_another_group`]: countries
/// and territories, cities, and everything else (regions, features).
pub fn kind_group(kind: Kind) -> u8 {
    match kind {
        Kind::Country | Kind::DependentTerritory | Kind::DisputedArea => 0,
        Kind::City => 1,
        _ => 2,
    }
}

/// When the first three of `groups` (the [`kind_group`]s of distinct places, best first) are
/// all of one group, the position of the first later place of another group, which then
/// comes third. A search box shows three or so suggestions at a glance: three countries that
/// merely share a first letter in some language ("Ro": Rosja, Royaume-Uni, ROK) leave no room
/// for the city of millions that was meant (Rome).
///
/// # Examples
///
/// ```
/// use toponym_shared::suggest::third_of_another_group;
///
/// assert_eq!(third_of_another_group(&[0, 0, 0, 0, 1, 2]), Some(4));
/// assert_eq!(third_of_another_group(&[0, 1, 0, 0]), None);
/// assert_eq!(third_of_another_group(&[0, 0, 0]), None);
/// ```
pub fn third_of_another_group(groups: &[u8]) -> Option<usize> {
    let first = *groups.first()?;
    if groups.len() < 4 || groups[1] != first || groups[2] != first {
        return None;
    }
    groups[3..].iter().position(|&g| g != first).map(|i| i + 3)
}

/// What ranks one completion: a place through one of its names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Completion {
    /// The place's [`prominence`].
    pub prominence: u8,
    /// The name's status.
    pub status: Status,
    /// Whether the name's language is one of the widely used ones
    /// ([`crate::languages::is_widely_used`]).
    pub widely_used: bool,
    /// Whether only one language gives the place this name: weak evidence that people mean
    /// it (Vai "Kiyubha" for Cuba).
    pub rare: bool,
    /// Whether English gives the place this name (whatever the language of the name that
    /// stands for it): such a name counts in full ([`rank`]), and between equally good names
    /// of a place the English one is shown ("Kyiv", not "Kyiw").
    pub english: bool,
    /// Whether the name is an official long form ([`is_long_form`]).
    pub long_form: bool,
    /// The place's index.
    pub place: u32,
    /// The name's index.
    pub name: u32,
}

/// Points taken off a place's prominence for a name that is a poorer reason to offer it.
/// A historic name or a code: the place is still offered, after current names.
const HISTORIC: u32 = 60;
/// A name that a single language gives, and not a widely used one: Vai "Kiyubha" for Cuba,
/// Maori "Parīhi" for Brazil are no reason to offer a country before Kyiv or Paris.
const RARE: u32 = 60;
/// A name in a language that is not widely used (or of no language).
const NOT_WIDELY_USED: u32 = 20;
/// A name that English does not give. A search box serves people of many languages, and a
/// country has a name in each of two hundred: without this, countries' names in some
/// language ("Rosja", Polish; "Royaume-Uni", French) filled the first suggestions for "Ro"
/// before Rome. English names, the most widely known, count in full; names in other scripts
/// compete with one another, all alike.
const NOT_ENGLISH: u32 = 30;
/// A variant rather than a common, short or abbreviated name.
const VARIANT: u32 = 10;
/// An official long form ("People's Republic of China"): a search box gets the common name.
const LONG_FORM: u32 = 40;

/// Whether a name is an official long form, which people rarely type in a search box: an
/// official name of three words or more ("People's Republic of China", not "Kyiv"), or one
/// of a place that has a common name in the same language (`common_in_language`): the
/// Russian "Российская Федерация" beside "Россия", the Bosnian "Kraljevina Tajland" beside
/// "Tajland", the Chinese "大不列颠及北爱尔兰联合王国" beside "英国". Without the second
/// rule, the official names of dozens of countries that begin with the language's word for
/// republic or kingdom filled the first suggestions for its first letters.
pub fn is_long_form(status: Status, text: &str, common_in_language: bool) -> bool {
    status == Status::Official && (common_in_language || text.split_whitespace().nth(2).is_some())
}

/// Whether a place whose name is exactly what was typed comes before every other completion
/// (in the order of `resolve`), rather than taking its rank among them: yes, unless the name
/// is a code or a historic name, or no widely used language gives it (Kurdish "KY" for the
/// United Kingdom is no reason to put it first when someone types "Ky").
pub fn exact_comes_first(status: Status, widely_used: bool) -> bool {
    widely_used && !status.is_historic() && status != Status::Code
}

/// The completion's place in the order of suggestions, smallest first: the place's prominence
/// less the penalties of the name, then the place, then English names before others, then the
/// name, so that the order is total and the same wherever it is computed.
pub fn rank(c: &Completion) -> u64 {
    let mut penalty = 0;
    if c.status.is_historic() || c.status == Status::Code {
        penalty += HISTORIC;
    } else if c.long_form {
        penalty += LONG_FORM;
    } else if status_class(c.status) != 0 {
        penalty += VARIANT;
    }
    if !c.widely_used {
        penalty += NOT_WIDELY_USED;
        // An English name that only English gives ("Moscow") is no weak reason.
        if c.rare {
            penalty += RARE;
        }
    }
    if !c.english {
        penalty += NOT_ENGLISH;
    }
    // At most 255 + 170: ten bits.
    let demerit = 255 - u32::from(c.prominence) + penalty;
    u64::from(demerit) << 50
        | u64::from(c.place & 0xFF_FFFF) << 26
        | u64::from(!c.english) << 25
        | u64::from(c.name & 0x1FF_FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn completion(prominence: u8) -> Completion {
        Completion {
            prominence,
            status: Status::Common,
            widely_used: true,
            rare: false,
            english: false,
            long_form: false,
            place: 1,
            name: 2,
        }
    }

    #[test]
    fn an_official_name_is_a_long_form_beside_a_common_one_or_of_three_words() {
        let official = Status::Official;
        assert!(is_long_form(official, "People's Republic of China", false));
        assert!(is_long_form(official, "Российская Федерация", true));
        assert!(!is_long_form(official, "Российская Федерация", false));
        assert!(is_long_form(official, "大不列颠及北爱尔兰联合王国", true));
        assert!(!is_long_form(Status::Common, "Republic of Korea", true));
        assert!(!is_long_form(Status::Variant, "Kraljevina Tajland", true));
    }

    #[test]
    fn a_prominent_place_first_unless_its_name_is_a_weak_reason() {
        let big = completion(160);
        let small = completion(120);
        assert!(rank(&big) < rank(&small));
        let rare = Completion {
            rare: true,
            widely_used: false,
            ..big
        };
        assert!(rank(&rare) > rank(&small));
        let historic = Completion {
            status: Status::Historic,
            ..big
        };
        assert!(rank(&historic) > rank(&small));
        // Between names of one place, the English one.
        let english = Completion {
            english: true,
            name: 3,
            ..big
        };
        assert!(rank(&english) < rank(&big));
        // A name English gives before another language's of a place a little more prominent.
        let exonym = completion(165);
        let english_name = Completion {
            english: true,
            place: 3,
            ..completion(150)
        };
        assert!(rank(&english_name) < rank(&exonym));
    }

    #[test]
    fn prominence_grows_with_people_and_languages() {
        assert!(prominence(Kind::City, 1_000_000, 0) > prominence(Kind::City, 100_000, 0));
        assert!(prominence(Kind::City, 100_000, 50) > prominence(Kind::City, 100_000, 5));
        assert_eq!(prominence(Kind::City, u64::MAX, usize::MAX), 255);
        // A region counts its cities' people, but less than a city of as many.
        assert!(prominence(Kind::City, 5_000_000, 100) > prominence(Kind::Region, 5_000_000, 100));
    }
}
