// The npm package as its users get it: scripts/test-wasm.sh installs the packed tarball into
// a fresh project, copies this file there and runs `node --test`. Nothing here knows where
// the package came from: it is imported by name.
//
// With TOPONYM_CLI set to the command-line tool, the answers are also compared with the
// tool's `--json` output, whose fields the package promises to mirror.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";

import { findInText, fold, lookup, nameOf, names, place, placeIds, resolve, sources, suggest, widelyUsedLanguages } from "toponym";

test("usable at once after import, resolving names in three scripts", () => {
  for (const [query, lang] of [["Iturup", "en"], ["Итуруп", "ru"], ["択捉島", "ja"]]) {
    const [first] = resolve(query);
    assert.equal(first.id, "iturup", query);
    assert.equal(first.kind, "island");
    assert.equal(first.name, "Iturup");
    assert.equal(first.matched.lang, lang);
  }
});

test("case, width and accents do not matter", () => {
  assert.equal(resolve("ＩＴＵＲＵＰ")[0].id, "iturup");
  assert.equal(resolve("iturup")[0].id, "iturup");
  assert.equal(resolve("Cote d'Ivoire")[0].id, "ci");
});

// Queries reach the module as UTF-8 that checked.js writes itself: one to four bytes a
// character, and U+FFFD for a lone surrogate, as TextEncoder writes it.
test("queries arrive whole in every UTF-8 length", () => {
  for (const query of ["Kyiv", "Kyïv", "Київ", "Ｋｙｉｖ", "𝐊𝐲𝐢𝐯"]) assert.equal(resolve(query)[0]?.id, "kyiv", query);
  assert.equal(suggest("𝐊𝐲𝐢", 1)[0]?.id, "kyiv");
  assert.equal(resolve("\uD800\uD835\uDC0A\uD835\uDC32\uD835\uDC22\uD835\uDC2F").length, 0, "U+FFFD and 𝐊𝐲𝐢𝐯");
  assert.equal(resolve("\uD835\uDC0A\uD835\uDC32\uD835\uDC22\uD835\uDC2F\uDC00").length, 0, "𝐊𝐲𝐢𝐯 and U+FFFD");
  assert.equal(resolve("\uD835\uDC0A\uD835\uDC32\uD835\uDC22\uD835\uDC2F \uDC00").length, 0, "U+FFFD is not a separator");
});

test("a match has the fields of the command-line tool's JSON", () => {
  const [m] = resolve("北方領土");
  assert.deepEqual(Object.keys(m), ["id", "kind", "name", "matched", "iso", "wikidata", "geonames"]);
  assert.deepEqual(Object.keys(m.matched), ["text", "lang", "status", "worldview", "years", "source"]);
  assert.deepEqual(m.matched, { text: "北方領土", lang: "ja", status: "official", worldview: ["JP"], years: null, source: "curated" });
  assert.deepEqual(m.matched, names("south-kurils").find((n) => n.text === "北方領土"), "the matched name is a name");
  assert.deepEqual(resolve("Leningrad")[0].matched.years, { from: 1924, until: 1991 });
  assert.equal(m.id, "south-kurils");
  assert.equal(Object.getPrototypeOf(m), Object.prototype, "a plain object");
  const [japan] = resolve("Japan");
  assert.equal(japan.iso, "JP");
  assert.equal(typeof japan.geonames, "number");
  assert.match(japan.wikidata, /^Q\d+$/);
});

// Answers are decoded from module memory (records.js), names() through another path: the two
// agree on every name of every place, in every script and UTF-8 length.
test("every name of every place comes back as names() gives it", () => {
  let checked = 0;
  for (const id of placeIds()) {
    const all = names(id);
    const known = new Set(all.map((n) => JSON.stringify(n)));
    for (const n of all) {
      // Every name is a key of its place; the match may show another of its names with
      // the same key ("Paris" in another language).
      const m = resolve(n.text).find((m) => m.id === id);
      assert.ok(m, `${id}: ${n.text}`);
      assert.ok(known.has(JSON.stringify(m.matched)), `${id}: ${JSON.stringify(m.matched)}`);
      checked++;
    }
  }
  assert.ok(checked > 60_000, `${checked}`);
});

test("every call returns new objects", () => {
  const a = resolve("Iturup");
  a[0].name = "changed";
  a[0].matched.worldview.push("XX");
  const b = resolve("Iturup");
  assert.equal(b[0].name, "Iturup");
  assert.deepEqual(b[0].matched.worldview, []);
  const c = resolve("北方領土");
  c[0].matched.worldview.push("XX");
  c[0].matched.text = "changed";
  assert.deepEqual(resolve("北方領土")[0].matched, { text: "北方領土", lang: "ja", status: "official", worldview: ["JP"], years: null, source: "curated" });
  const d = resolve("Leningrad");
  d[0].matched.years.until = 0;
  assert.equal(resolve("Leningrad")[0].matched.years.until, 1991);
});

// Places and names are sent from the module once and kept; display names are kept per
// language and worldview. Many places, with the display changing from call to call, check
// that what is kept stays right.
test("matches agree with place() and nameOf() as the display changes call by call", () => {
  const ids = placeIds();
  const displays = [[undefined, undefined], ["ja", "JP"], ["ru", "RU"], ["en", "JP"], ["zh-Hant", "CN"], ["en", undefined]];
  let checked = 0;
  for (let i = 0; i < ids.length; i += 7) {
    const id = ids[i];
    const own = names(id);
    if (own.length === 0) continue;
    const query = own[i % own.length].text;
    const [lang, worldview] = displays[checked % displays.length];
    const m = resolve(query, { lang, worldview }).find((m) => m.id === id);
    assert.ok(m, `${query} means ${id}`);
    assert.equal(m.name, nameOf(id, lang, worldview)?.text ?? "", `${id} in ${lang} ${worldview}`);
    const p = place(id);
    assert.deepEqual([m.kind, m.iso, m.wikidata, m.geonames], [p.kind, p.iso2 ?? p.iso_sub, p.wikidata, p.geonames], id);
    const { text, lang: tag, status, worldview: users } = m.matched;
    assert.ok(
      own.some((n) => n.text === text && n.lang === tag && n.status === status && n.worldview.join() === users.join()),
      `${id}: ${JSON.stringify(m.matched)} is one of its names`,
    );
    checked++;
  }
  assert.ok(checked > 1000, `${checked} places checked`);
});

test("lang, worldview and limit", () => {
  assert.equal(resolve("Южные Курилы", { worldview: "JP" })[0].name, "Northern Territories");
  assert.equal(resolve("北方領土", { worldview: "RU" })[0].name, "Southern Kurils");
  assert.equal(resolve("Northern Territories", { lang: "ja", worldview: "JP" })[0].name, "北方領土");
  assert.equal(resolve("Iturup", { lang: "ja" })[0].name, "択捉島");
  assert.equal(resolve("Macedonia").length, 2);
  assert.equal(resolve("Macedonia", { limit: 1 }).length, 1);
  assert.equal(resolve("Macedonia", { limit: 0 }).length, 0);
  assert.equal(resolve("Iturup", { worldview: null }).length, 1);
  assert.equal(resolve("Iturup", {}).length, 1);
});

test("unknown, empty and huge names match nothing", () => {
  assert.deepEqual(resolve("Nowhereland"), []);
  assert.deepEqual(resolve(""), []);
  assert.deepEqual(resolve("   "), []);
  assert.deepEqual(resolve("x".repeat(100_000)), []);
  assert.deepEqual(resolve("\uD800 lone surrogate"), []);
});

test("bad arguments throw an Error with a message", () => {
  const throwsError = (fn, pattern) =>
    assert.throws(fn, (e) => e instanceof Error && pattern.test(e.message), String(fn));
  throwsError(() => resolve("Iturup", { lang: "not a tag!" }), /lang "not a tag!" is not a language tag/);
  throwsError(() => resolve("Iturup", { worldview: "ZZ" }), /worldview "ZZ" is not a known country code/);
  throwsError(() => resolve("Iturup", { limit: -1 }), /^resolve: options.limit must be a whole number from 0, not -1$/);
  throwsError(() => resolve("Iturup", { lang: 3 }), /^resolve: options.lang must be a string, not number$/);
  throwsError(() => suggest("Itur", 3, { worldview: 3 }), /^suggest: options.worldview must be a string, not number$/);
  throwsError(() => findInText("Itur", "ja"), /^findInText: options must be an object, not string$/);
  throwsError(() => place("iturup", { worldview: "iturup" }), /not a known country code/);
  throwsError(() => names("nowhereland"), /no place with id "nowhereland"/);
  throwsError(() => nameOf("nowhereland", "en"), /no place with id "nowhereland"/);
  throwsError(() => nameOf("iturup", ""), /is not a language tag/);
});

test("place: facts, disputes and names grouped by language", () => {
  const p = place("south-kurils");
  assert.equal(p.kind, "disputed-area");
  assert.equal(p.name, "Southern Kurils");
  assert.deepEqual(p.administered_by, ["ru"]);
  assert.deepEqual(p.claimed_by, ["jp", "ru"]);
  assert.ok(p.parents.includes("kuril-islands"));
  assert.equal(typeof p.coordinates.lat, "number");
  assert.ok(p.names.ja.some((n) => n.text === "北方領土" && n.worldview[0] === "JP"));
  assert.equal(place("south-kurils", { worldview: "JP" }).name, "Northern Territories");
  assert.equal(place("JP").id, "jp", "an ISO code works too");
  assert.equal(place("nowhereland"), undefined);
  const su = place("su");
  assert.deepEqual(su.existed, { from: 1922, until: 1991 });
  assert.equal(su.succeeded_by.length, 15);
});

test("nameOf and names", () => {
  assert.equal(nameOf("south-kurils", "en", "JP").text, "Northern Territories");
  assert.equal(nameOf("south-kurils", "en", "RU").text, "Southern Kurils");
  assert.equal(nameOf("south-kurils", "ja", "JP").text, "北方領土");
  assert.equal(nameOf("kyiv").text, "Kyiv");
  assert.equal(nameOf("kyiv", "uk").text, "Київ");
  const all = names("iturup");
  assert.ok(all.some((n) => n.text === "択捉島" && n.lang === "ja"));
  assert.ok(all.some((n) => n.text === "Итуруп" && n.lang === "ru"));
  const leningrad = names("saint-petersburg").find((n) => n.text === "Leningrad");
  assert.equal(leningrad.status, "historic");
  assert.equal(leningrad.years.until, 1991);
});

test("year: names as in use in a year, and places that did not exist then", () => {
  assert.equal(nameOf("saint-petersburg", "en", null, 1950).text, "Leningrad");
  assert.equal(nameOf("saint-petersburg", "en", null, 2000).text, "Saint Petersburg");
  assert.equal(nameOf("volgograd", "ru", undefined, 1950).text, "Сталинград");
  assert.equal(resolve("Leningrad", { year: 1950 })[0].name, "Leningrad");
  assert.equal(resolve("Leningrad")[0].name, "Saint Petersburg");
  assert.equal(resolve("Leningrad", { loose: true, year: 1950 })[0].name, "Leningrad");
  assert.equal(place("saint-petersburg", { lang: "de", year: 1950 }).name, "Leningrad");
  const city = (found) => found.find((s) => s.id === "saint-petersburg");
  assert.equal(city(suggest("Leningrad", 10, { year: 1950 })).name, "Leningrad");
  assert.equal(city(suggest("Leningrad", 10)).name, "Saint Petersburg");
  assert.equal(findInText("Leningrad in 1950", { year: 1950 })[0].name, "Leningrad");
  // The Soviet Union in 2000: named as in 1991, and its years and successors say why.
  const su = place("su", { year: 2000 });
  assert.equal(su.name, "Soviet Union");
  assert.deepEqual(su.existed, { from: 1922, until: 1991 });
  assert.ok(su.succeeded_by.includes("ru") && su.succeeded_by.includes("ua"));
  // Any whole number is a year; anything else is an Error.
  for (const year of [0, -3000, 2 ** 31 - 1, -(2 ** 31)]) {
    assert.equal(typeof nameOf("kyiv", "en", null, year).text, "string", String(year));
  }
  for (const year of [1950.5, "1950", 2 ** 31, NaN]) {
    assert.throws(() => resolve("Kyiv", { year }), /year must be a whole number/, String(year));
    assert.throws(() => nameOf("kyiv", "en", null, year), /year must be a whole number/, String(year));
  }
});

test("suggest: completions in any script, then typos", () => {
  assert.equal(suggest("Itur")[0].id, "iturup");
  assert.equal(suggest("Itur")[0].edits, 0);
  assert.equal(suggest("択捉")[0].id, "iturup");
  assert.equal(suggest("Ки")[0].matched.lang.split("-")[0], "ru");
  for (const [typo, id] of [["Iturop", "iturup"], ["Kiyv", "kyiv"], ["Buenos Airse", "buenos-aires"]]) {
    const [first] = suggest(typo, 5);
    assert.equal(first.id, id, typo);
    assert.ok(first.edits >= 1 && first.edits <= 2, typo);
  }
  assert.equal(suggest("Ky", 3).length, 3);
  assert.ok(suggest("Ky").length <= 10, "ten by default");
  assert.ok(suggest("K", 1000).length <= 100, "at most 100");
  assert.deepEqual(suggest("Ky", 0), []);
  assert.deepEqual(suggest(""), []);
  assert.equal(suggest("択捉", 1, { lang: "ja" })[0].name, "択捉島");
  // The exact name first (a prefix of it also offers Australia's Northern Territory).
  assert.equal(suggest("Northern Territories", 1, { worldview: "RU" })[0].name, "Southern Kurils");
  const [m] = suggest("Japa", 1);
  assert.deepEqual(Object.keys(m), ["id", "kind", "name", "matched", "iso", "wikidata", "geonames", "edits"]);
});

test("findInText: mentions with UTF-16 offsets, in spaced and unspaced scripts", () => {
  const text = "😀 Talks between Japan and Russia on the Northern Territories (北方領土) stalled; Kyiv-based analysts agree.";
  const found = findInText(text);
  assert.deepEqual(
    found.map((m) => [m.text, m.matches[0].id]),
    [["Japan", "jp"], ["Russia", "ru"], ["Northern Territories", "south-kurils"], ["北方領土", "south-kurils"], ["Kyiv", "kyiv"]],
  );
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text, "offsets count UTF-16 code units");
  assert.deepEqual(Object.keys(found[0]), ["start", "end", "text", "id", "name", "matches"]);
  assert.deepEqual([found[0].id, found[0].name], [found[0].matches[0].id, found[0].matches[0].name]);
  assert.deepEqual(Object.keys(found[0].matches[0]), ["id", "kind", "name", "matched", "iso", "wikidata", "geonames"]);
  assert.equal(findInText("択捉島に行った", { lang: "ru" })[0].matches[0].name, "Итуруп");
  assert.equal(findInText("Talks on the Southern Kurils", { worldview: "JP" })[0].matches[0].name, "Northern Territories");
  assert.deepEqual(findInText(""), []);
  assert.deepEqual(findInText("Nothing here to find, nice and mobile."), []);
});

test("lookup and resolve with loose: names as people write them, with how", () => {
  const [dayton] = resolve("Dayton, OH", { loose: true });
  assert.equal(dayton.id, "dayton");
  assert.deepEqual(dayton.how, { rule: "qualified", start: 0, end: 6, qualifier: "ohio-us", edits: 0 });
  assert.equal(resolve("Korea, Rep.", { loose: true })[0].how.rule, "inverted");
  assert.equal(resolve("Portugul", { loose: true })[0].how.edits, 1);
  assert.deepEqual(resolve("Korea, Rep."), [], "without loose, only exact names");
  const text = "😀 ESPAÑA (SPAIN)";
  const [spain] = lookup(text).matches;
  assert.equal(text.slice(spain.how.start, spain.how.end), "ESPAÑA", "UTF-16 offsets");
  const none = lookup("Springfield, Canada");
  assert.deepEqual(none.matches, []);
  assert.deepEqual(none.not_inside, { start: 0, end: 11, qualifier: "ca" });
  assert.deepEqual(lookup("Japan").not_inside, null);
  assert.equal(lookup("Dayton, OH", { lang: "ja" }).matches[0].name, "デイトン");
  assert.throws(() => resolve("x", { loose: 1 }), TypeError);
});

test("fold: the crate's folding of names and queries", () => {
  assert.equal(fold("Côte d’Ivoire"), fold("cote d'ivoire"));
  assert.equal(fold("ＩＴＵＲＵＰ"), "iturup");
  assert.equal(fold("St. Petersburg"), "st petersburg");
  assert.notEqual(fold("Київ"), fold("Киів"), "marks on Cyrillic letters count");
  assert.notEqual(fold("ブエノスアイレス"), fold("フエノスアイレス"), "and on kana");
  assert.equal(fold(""), "");
  assert.throws(() => fold(3), TypeError);
});

test("widelyUsedLanguages: the languages of the package's names", () => {
  const langs = widelyUsedLanguages();
  assert.ok(langs.includes("en") && langs.includes("ja") && langs.includes("zh"));
  assert.deepEqual(langs, [...langs].sort());
  assert.ok(names("jp").every((n) => langs.includes(n.lang.split("-")[0]) || n.source === "curated"));
});

test("placeIds and sources", () => {
  const ids = placeIds();
  assert.ok(ids.includes("iturup") && ids.includes("su"));
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids.slice(0, 50)) assert.equal(place(id).id, id);
  const cldr = sources().find((s) => s.id === "cldr");
  assert.equal(cldr.licence, "Unicode-3.0");
});

test("package.json has what users expect", () => {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(require.resolve("toponym/package.json"), "utf8"));
  for (const field of ["name", "version", "description", "license", "types", "exports", "files", "repository"]) {
    assert.ok(pkg[field], `package.json has ${field}`);
  }
  assert.equal(pkg.sideEffects, false);
  for (const file of ["index.d.ts", "toponym_wasm.d.ts"]) {
    const types = readFileSync(require.resolve("toponym/package.json").replace("package.json", file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    assert.doesNotMatch(types, /\bany\b/, `no \`any\` in the public types (${file})`);
  }
});

const cli = process.env.TOPONYM_CLI;

test("answers equal the command-line tool's JSON", { skip: !cli && "TOPONYM_CLI not set" }, () => {
  const queries = ["Iturup", "Итуруп", "択捉島", "北方領土", "Macedonia", "Kiev", "Japan", "СССР", "Nowhereland"];
  for (const [lang, worldview] of [["en", null], ["ja", "JP"], ["ru", "RU"], ["zh-Hant", "CN"]]) {
    const args = ["resolve", "--json", "--lang", lang, ...(worldview ? ["--worldview", worldview] : [])];
    const lines = execFileSync(cli, [...args, ...queries], { encoding: "utf8" }).trim().split("\n");
    lines.forEach((line, i) => {
      const expected = JSON.parse(line);
      assert.deepEqual(resolve(queries[i], { lang, worldview }), expected.matches, `${queries[i]} ${lang} ${worldview}`);
    });
  }
  const text = "Über 北方領土: Moscow and Tokyo disagree; in Kyiv, Україна's capital, and Буэнос-Айрес 😀 too.";
  // Mentions are the same objects, but for the offsets: bytes there, UTF-16 code units here.
  const tagged = JSON.parse(execFileSync(cli, ["tag", "--json", "--lang", "ja"], { input: text, encoding: "utf8" }));
  const bytes = Buffer.from(text);
  const utf16 = (offset) => bytes.subarray(0, offset).toString().length;
  assert.deepEqual(
    findInText(text, { lang: "ja" }),
    tagged.map((m) => ({ ...m, start: utf16(m.start), end: utf16(m.end) })),
  );
  // Loose answers are the CLI's `resolve --loose --json` lines, but for UTF-16 offsets.
  const messy = ["Dayton, OH", "Korea, Rep.", "😀 ESPAÑA (SPAIN)", "Portugul", "Springfield, Canada", "Москва, Россия", "北京市"];
  const loose = execFileSync(cli, ["resolve", "--loose", "--json", "--lang", "ru"], { input: messy.join("\n") + "\n", encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  messy.forEach((query, i) => {
    const bytes = Buffer.from(query);
    const utf16 = (offset) => bytes.subarray(0, offset).toString().length;
    const { query: _, ...expected } = loose[i];
    for (const m of expected.matches) Object.assign(m.how, { start: utf16(m.how.start), end: utf16(m.how.end) });
    if (expected.not_inside) Object.assign(expected.not_inside, { start: utf16(expected.not_inside.start), end: utf16(expected.not_inside.end) });
    assert.deepEqual(lookup(query, { lang: "ru" }), expected, query);
  });
  for (const prefix of ["Ky", "Iturop", "択捉", "Моск"]) {
    const expected = JSON.parse(execFileSync(cli, ["suggest", prefix, "--json", "--limit", "7", "--lang", "uk"], { encoding: "utf8" }));
    assert.deepEqual(suggest(prefix, 7, { lang: "uk" }), expected, prefix);
  }
  for (const id of ["south-kurils", "su", "kyiv", "jp", "iturup"]) {
    const expected = JSON.parse(execFileSync(cli, ["show", id, "--json", "--lang", "ja", "--worldview", "RU"], { encoding: "utf8" }));
    assert.deepEqual(place(id, { lang: "ja", worldview: "RU" }), expected, id);
  }
});
