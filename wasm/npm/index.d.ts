// Types of the package `toponym`; the same for its Node and browser entry points. The
// functions that take an options object (checked.js takes it apart) are declared here;
// the others, and the types, come with wasm-bindgen's output (wasm/src).
import type { Found, LookupAnswer, Match, Mention, NameOptions, Place, ResolveOptions, Suggestion } from "./toponym_wasm.js";

export { nameOf, names, placeIds, sources, fold, widelyUsedLanguages, languages } from "./toponym_wasm.js";

/**
 * Loads the names of languages that the module leaves out, one pack per language (files in
 * the package's `packs/`: read in Node, fetched beside the module in browsers). Takes
 * language tags (their primary subtag counts: "kn", "sw", "sr-Latn") or `"all"`. Once it
 * resolves, `resolve`, `lookup`, `place`, `nameOf` and `names` use the new names. Loading a
 * loaded language does nothing; concurrent calls share their reads. All or nothing: if a
 * pack cannot be read, or is not of this build of the package, it rejects with an Error
 * naming the pack, and none of the call's packs is loaded. Rejects for a language the
 * package has no names in. `suggest` and `findInText` use the new names too.
 *
 * @example
 * await loadLanguages(["kn", "sw"]);
 * nameOf("in", "kn")   // "ಭಾರತ"
 */
export function loadLanguages(langs: string | readonly string[]): Promise<void>;

/**
 * Every place that `name` can mean, best first.
 *
 * Any language, script, case, width or accent form: "Iturup", "ИТУРУП", "択捉島". Each
 * match has the same fields as a match in the command-line tool's `resolve --json`.
 * An empty or unknown name gives `[]`. Throws on a bad option.
 *
 * @example
 * resolve("Итуруп")[0].id          // "iturup"
 * resolve("北方領土", { lang: "en", worldview: "RU" })[0].name   // "Southern Kurils"
 */
export function resolve(name: string, options: ResolveOptions & { loose: true }): Found[];
export function resolve(name: string, options?: ResolveOptions): Match[];

/**
 * Every place that a name as people write it names, best first, with how each was found:
 * exact, or qualified by a place that contains it ("Dayton, OH", "Москва, Россия"), a list's
 * inverted form ("Korea, Rep."), with an article or a generic word ("the Czech Republic"), a
 * code ("FRA"), inside a longer string ("ESPAÑA (SPAIN)"), or misspelt ("Portugul"). When
 * the query names a place inside another that holds none of that name ("Springfield,
 * Canada"), nothing is found and `not_inside` says so. Each match has the fields of the
 * command-line tool's `resolve --loose --json`, offsets in UTF-16 code units.
 *
 * @example
 * lookup("Dayton, OH").matches[0].how   // { rule: "qualified", start: 0, end: 6, qualifier: "ohio-us", edits: 0 }
 * lookup("Springfield, Canada").not_inside.qualifier   // "ca"
 */
export function lookup(name: string, options?: NameOptions & { limit?: number }): LookupAnswer;

/**
 * Everything about the place with this id (or ISO 3166 code), as the command-line tool's
 * `show --json` prints it; `undefined` if there is no such place.
 *
 * @example
 * place("south-kurils", { worldview: "JP" }).name   // "Northern Territories"
 * place("south-kurils").claimed_by                  // ["jp", "ru"]
 */
export function place(id: string, options?: NameOptions): Place | undefined;

/**
 * Up to `limit` (default 10, at most 100) places for a search box, best first.
 *
 * First the places with a name that starts with `prefix`, in any script, the exact name
 * first, then by importance; when nothing completes, names within one edit (input of up to
 * four characters) or two (longer input) of the whole input. Each suggestion has the fields
 * of a `resolve` match and `edits`: 0 for a completion. Empty input gives `[]`.
 *
 * @example
 * suggest("Itur")[0].id       // "iturup"
 * suggest("Iturop")[0].edits  // 1
 */
export function suggest(prefix: string, limit?: number, options?: NameOptions): Suggestion[];

/**
 * Every place name mentioned in `text`, in order.
 *
 * Each mention has `start` and `end`, offsets in UTF-16 code units as `text.slice(start,
 * end)` counts them, the `text` as written, and `matches`: every place it can mean, best
 * first, with the fields of a `resolve` match. Works in scripts with spaces and without;
 * the longest name wins; names that are also ordinary words need evidence (see the README).
 *
 * @example
 * findInText("Talks on 北方領土 stalled")[0].matches[0].id   // "south-kurils"
 * findInText("Talks on 北方領土 stalled")[0].start           // 9
 */
export function findInText(text: string, options?: NameOptions): Mention[];
export type {
  Rule,
  How,
  Found,
  NotInside,
  LookupAnswer,
  Kind,
  Status,
  NameOptions,
  ResolveOptions,
  MatchedName,
  Match,
  Mention,
  Suggestion,
  Years,
  Coordinates,
  Name,
  PlaceName,
  Place,
  Source,
  Language,
} from "./toponym_wasm.js";
