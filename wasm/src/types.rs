//! The TypeScript types of the objects that the functions take and return.
//!
//! Written by hand because they say more than the generated ones: string unions, and `null`
//! where a field can be missing.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT: &'static str = TYPES;

/// Read by the custom section above (which the compiler does not count as a use) and by a test.
#[allow(dead_code)]
const TYPES: &str = r#"
/** A language of the package: `languages()`. */
export interface Language {
  /** A primary language subtag, such as "kn"; "und" for names of no known language, "zxx" for codes. */
  lang: string;
  /** Whether its names are in the module rather than in a pack. */
  core: boolean;
  /** Whether its names are resolved now: a core language's always, another's once `loadLanguages` loaded it. */
  loaded: boolean;
}

/** What kind of place a place is. */
export type Kind =
  | "world-region" | "country" | "dependent-territory" | "historic-state" | "disputed-area"
  | "region" | "island-group" | "island" | "peninsula" | "city" | "body-of-water"
  | "mountain" | "landform";

/** How a name is used, from the most to the least preferred. */
export type Status = "official" | "common" | "short" | "abbreviation" | "variant" | "historic" | "code";

/** Which name the answers show as a place's `name`: options of `place`, `findInText` and `suggest`. */
export interface NameOptions {
  /** Language of each place's `name`, a BCP-47 tag such as "en", "ja" or "zh-Hant". Default "en". */
  lang?: string;
  /** Show `name` as this country's usage: an ISO 3166-1 code such as "JP". Default: general usage. */
  worldview?: string | null;
  /** Show `name` as in use in this year (1950: "Leningrad"; negative years are BCE). A place
   * that did not exist then is named as in the nearest year it did; see `Place.existed`.
   * Default: today. */
  year?: number | null;
}

/** Options of `resolve`. */
export interface ResolveOptions extends NameOptions {
  /** Return at most this many matches. Default: all of them. */
  limit?: number;
  /** Read the name as people write it ("Dayton, OH", "Korea, Rep.", "Portugul"), as
   * `lookup` does; each match then says `how` it was found. Default false. */
  loose?: boolean;
}

/** The rule of `lookup` that found a place, from the surest to the least sure. */
export type Rule = "exact" | "code" | "qualified" | "inverted" | "generic" | "partial" | "typo";

/** How `lookup` found a place. */
export interface How {
  rule: Rule;
  /** The part of the query that named the place, in UTF-16 code units: `query.slice(start, end)`. */
  start: number;
  end: number;
  /** The id of the place named after it that contains it ("Dayton, OH": Ohio's). */
  qualifier: string | null;
  /** Edits between the query and the matched name: 0 but for a typo. */
  edits: number;
}

/** A place that `lookup` found. */
export interface Found extends Match {
  how: How;
}

/** A name in the query that no place inside its qualifier has ("Springfield, Canada"). */
export interface NotInside {
  /** The name, in UTF-16 code units. */
  start: number;
  end: number;
  /** The id of the place that holds no place of that name. */
  qualifier: string;
}

/** What `lookup` returns. */
export interface LookupAnswer {
  /** Every place the query names, best first, each with how it was found. */
  matches: Found[];
  /** When nothing was found because the query named a place inside another that holds none. */
  not_inside: NotInside | null;
}

/** The stored name that matched a query: a `Name`. */
export type MatchedName = Name;

/** One place that a name can mean. */
export interface Match {
  /** The place's stable id, e.g. "iturup". */
  id: string;
  kind: Kind;
  /** The place's name in the requested language, as the requested worldview's usage. */
  name: string;
  /** The stored name that matched the query. */
  matched: MatchedName;
  /** ISO 3166-1 alpha-2 code of a country or territory, or ISO 3166-2 code of a subdivision. */
  iso: string | null;
  /** Wikidata item id, e.g. "Q17". */
  wikidata: string | null;
  /** GeoNames id. */
  geonames: number | null;
}

/** A place name found in a text by `findInText`. */
export interface Mention {
  /** Offset of the mention's first UTF-16 code unit in the text, as `String.prototype.slice` counts. */
  start: number;
  /** Offset just past its last code unit: `text.slice(start, end)` is the mention. */
  end: number;
  /** The mention as written in the text. */
  text: string;
  /** The id of the most likely place: `matches[0].id`. */
  id: string;
  /** The most likely place's name in the requested language: `matches[0].name`. */
  name: string;
  /** Every place it can mean, best first; never empty. */
  matches: Match[];
}

/** A place for a search box, from `suggest`. */
export interface Suggestion extends Match {
  /** 0 when the input is a prefix of the matched name; otherwise the number of edits between them. */
  edits: number;
}

/** A span of years; either end may be unknown. Negative years are BCE. */
export interface Years {
  from: number | null;
  until: number | null;
}

/** A point on the earth, in WGS84 decimal degrees. */
export interface Coordinates {
  lat: number;
  lon: number;
}

/** One name of a place, as listed by `names` and returned by `nameOf`. */
export interface Name {
  /** The name as written, e.g. "択捉島". */
  text: string;
  /** Its language, a BCP-47 tag ("und" if unknown). */
  lang: string;
  status: Status;
  /** ISO 3166-1 codes of the countries whose usage this name is; empty for general usage. */
  worldview: string[];
  /** The years the name was in use, where known. */
  years: Years | null;
  /** Id of the data source the name comes from; see `sources()`. */
  source: string;
}

/** A name inside `Place.names`, where names are grouped by language. */
export type PlaceName = Omit<Name, "lang">;

/** Everything about a place, as returned by `place`. */
export interface Place {
  id: string;
  kind: Kind;
  /** The place's name in the requested language, as the requested worldview's usage. */
  name: string;
  /** Ids of the places that contain this one geographically. */
  parents: string[];
  coordinates: Coordinates | null;
  /** ISO 3166-1 alpha-2 code (a former code for a historic state). */
  iso2: string | null;
  /** ISO 3166-1 alpha-3 code. */
  iso3: string | null;
  /** ISO 3166-2 subdivision code. */
  iso_sub: string | null;
  wikidata: string | null;
  geonames: number | null;
  /** Ids of the countries that administer a disputed place. */
  administered_by: string[];
  /** Ids of the countries that claim a disputed place. */
  claimed_by: string[];
  /** The years a historic state existed. */
  existed: Years | null;
  /** Ids of the places that succeeded a historic state. */
  succeeded_by: string[];
  population: number | null;
  /** Every name, grouped by language tag, languages in data order. */
  names: Record<string, PlaceName[]>;
}

/** A data source that names cite, with its version and licence. */
export interface Source {
  id: string;
  title: string;
  version: string;
  /** SPDX id of the data's licence. */
  licence: string;
  /** The attribution the licence asks for. */
  attribution: string;
}
"#;

#[cfg(test)]
mod tests {
    /// The hand-written TypeScript unions list every kind and status the crate knows.
    #[test]
    fn typescript_unions_are_complete() {
        for kind in toponym::Kind::ALL {
            assert!(super::TYPES.contains(&format!("\"{kind}\"")), "{kind}");
        }
        for status in toponym::Status::ALL {
            assert!(super::TYPES.contains(&format!("\"{status}\"")), "{status}");
        }
    }
}
