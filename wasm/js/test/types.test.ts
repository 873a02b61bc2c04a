// Type-checked (tsc --strict, never run) against the installed package: the public API has
// real types, and misuse is a compile error.
import { findInText, fold, lookup, nameOf, names, place, placeIds, resolve, sources, suggest, widelyUsedLanguages } from "toponym";
import type { Found, Kind, Match, Mention, Name, NameOptions, Place, ResolveOptions, Rule, Source, Status, Suggestion } from "toponym";

const options: ResolveOptions = { lang: "ja", worldview: "JP", limit: 3 };
const matches: Match[] = resolve("Iturup", options);
const first: Match | undefined = matches[0];
if (first) {
  const kind: Kind = first.kind;
  const status: Status = first.matched.status;
  const codes: string[] = first.matched.worldview;
  const until: number | null | undefined = first.matched.years?.until;
  const source: string = first.matched.source;
  console.log(until, source);
  const geonames: number | null = first.geonames;
  const iso: string | null = first.iso;
  console.log(kind, status, codes, geonames, iso, first.name.toUpperCase());
  // @ts-expect-error: not a kind
  if (first.kind === "planet") console.log();
  // @ts-expect-error: may be null
  console.log(first.iso.length);
}
resolve("Iturup");
resolve("Iturup", {});
// @ts-expect-error: lang is a string
resolve("Iturup", { lang: 3 });
// @ts-expect-error: a name is required
resolve();

const p: Place | undefined = place("south-kurils", { worldview: "JP" });
if (p) {
  const claimed: string[] = p.claimed_by;
  const ja = p.names["ja"] ?? [];
  const text: string | undefined = ja[0]?.text;
  const lat: number | undefined = p.coordinates?.lat;
  const from: number | null | undefined = p.existed?.from;
  console.log(claimed, text, lat, from);
}
const n: Name | undefined = nameOf("south-kurils", "en", "JP");
const all: Name[] = names("iturup");
const ids: string[] = placeIds();
const licences: string[] = sources().map((s: Source) => s.licence);
console.log(n?.text, n?.years?.until, all.length, ids.length, licences);

const display: NameOptions = { lang: "ja", worldview: null };
const suggestions: Suggestion[] = suggest("Itur", 5, display);
const edits: number | undefined = suggestions[0]?.edits;
const asMatch: Match | undefined = suggestions[0];
suggest("Itur");
// @ts-expect-error: limit is a number
suggest("Itur", "5");
const mentions: Mention[] = findInText("Talks on 北方領土", display);
const span: [number, number] | undefined = mentions[0] && [mentions[0].start, mentions[0].end];
const candidates: Match[] | undefined = mentions[0]?.matches;
const likely: string | undefined = mentions[0]?.id;
const key: string = fold("Côte d’Ivoire");
const languages: string[] = widelyUsedLanguages();
console.log(likely, key, languages);
// @ts-expect-error: fold takes a string
fold(3);
const answer = lookup("Dayton, OH", { lang: "ja", limit: 3 });
const rule: Rule | undefined = answer.matches[0]?.how.rule;
const outside: string | undefined = answer.not_inside?.qualifier;
const found: Found[] = resolve("Dayton, OH", { loose: true });
console.log(rule, outside, found[0]?.how.edits);
// @ts-expect-error: a text is required
findInText();
console.log(edits, asMatch, span, candidates);
