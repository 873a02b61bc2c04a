// Language packs as users load them: scripts/test-wasm.sh installs the packed tarball into
// a fresh project, copies this file there and runs `node --test`. A file of its own, because
// loading a pack changes what every later answer of the process sees.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { findInText, languages, loadLanguages, lookup, nameOf, names, place, placeIds, resolve, suggest } from "toponym";

// The package's packs/ folder, to take a pack away or spoil one for a while.
const packs = fileURLToPath(new URL("packs/", import.meta.resolve("toponym")));
/** Runs `f` (async) with the pack file of `lang` replaced by `bytes`, or missing for null. */
async function withPack(lang, bytes, f) {
  const file = `${packs}${lang}.pack`;
  renameSync(file, `${file}.kept`);
  try {
    if (bytes !== null) writeFileSync(file, bytes);
    await f();
  } finally {
    renameSync(`${file}.kept`, file);
  }
}
const isLoaded = (lang) => languages().find((l) => l.lang === lang).loaded;

test("languages: the core ones loaded, every other one with a pack", () => {
  const all = languages();
  assert.ok(all.length > 200, `${all.length}`);
  assert.deepEqual(
    all.filter((l) => l.core).map((l) => l.lang),
    ["ar", "de", "el", "en", "es", "fa", "fr", "he", "hi", "id", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "uk", "vi", "zh"],
  );
  assert.ok(all.every((l) => l.loaded === l.core));
  assert.deepEqual(all.map((l) => l.lang), all.map((l) => l.lang).sort());
  for (const lang of ["kn", "sw", "bn", "ta", "am"]) assert.ok(all.some((l) => l.lang === lang), lang);
});

test("a missing pack, or one of another build, rejects naming it and loads nothing", async () => {
  await withPack("ta", null, async () => {
    await assert.rejects(loadLanguages(["te", "ta"]), (e) => e instanceof Error && /"ta".*packs\/ta\.pack/.test(e.message));
  });
  assert.equal(isLoaded("te"), false, "all or nothing");
  assert.equal(isLoaded("ta"), false);
  const other = readFileSync(`${packs}ml.pack`);
  other[8] ^= 1; // the build id
  await withPack("ml", other, async () => {
    await assert.rejects(loadLanguages("ml"), /"ml".*refused: a language pack of another build/);
  });
  await withPack("ml", Buffer.from("not a pack"), async () => {
    await assert.rejects(loadLanguages(["ml", "te"]), /"ml".*not a language pack/);
  });
  // Another language's pack under this one's name.
  await withPack("ml", readFileSync(`${packs}te.pack`), async () => {
    await assert.rejects(loadLanguages("ml"), /packs\/ml\.pack holds the language "te"/);
  });
  assert.equal(isLoaded("ml") || isLoaded("te"), false);
  await assert.rejects(loadLanguages(["xx"]), /no names in "xx"/);
  await assert.rejects(loadLanguages(42), TypeError);
  await assert.rejects(loadLanguages([null]), TypeError);
});

test("a loaded pack's names are resolved, named and listed", async () => {
  const before = nameOf("in", "kn");
  assert.notEqual(before.lang, "kn");
  assert.equal(names("in").filter((n) => n.lang === "kn").length, 0);
  const count = names("in").length;
  // Concurrent calls load it once, and each resolves when it is there.
  await Promise.all([loadLanguages(["kn"]), loadLanguages(["kn-IN", "sw"]), loadLanguages("kn")]);
  assert.ok(isLoaded("kn") && isLoaded("sw"));
  const kannada = nameOf("in", "kn");
  assert.equal(kannada.lang, "kn");
  assert.ok(names("in").length > count);
  assert.ok(names("in").some((n) => n.text === kannada.text && n.lang === "kn"));
  const [m] = resolve(kannada.text, { lang: "kn" });
  assert.equal(m.id, "in");
  assert.equal(m.name, kannada.text);
  assert.equal(m.matched.lang, "kn");
  assert.equal(place("in", { lang: "kn" }).name, kannada.text);
  assert.ok(place("in").names.kn.some((n) => n.text === kannada.text));
  assert.equal(lookup(`${kannada.text}`).matches[0].id, "in");
  // Found in text, and completed as it is typed.
  const text = `Talks in ${kannada.text} today`;
  const [mention] = findInText(text);
  assert.equal(mention.id, "in");
  assert.equal(text.slice(mention.start, mention.end), kannada.text);
  assert.ok(suggest([...kannada.text].slice(0, 2).join("")).some((s) => s.id === "in"));
  // Loaded twice: nothing changes.
  await loadLanguages(["kn"]);
  assert.equal(nameOf("in", "kn").text, kannada.text);
});

test('"all" loads every pack, and then answers as the uncut data does', async (t) => {
  await loadLanguages("all");
  assert.ok(languages().every((l) => l.loaded));
  for (const lang of ["am", "bn", "ta", "sw"]) assert.equal(nameOf("jp", lang).lang, lang, lang);
  // A name in a pack finds its place.
  assert.equal(resolve(nameOf("ke", "am").text)[0].id, "ke");

  // The command-line tool built with every language (scripts/test-wasm.sh sets it): the
  // same places, in the same order, for the names of every third place.
  const cli = process.env.TOPONYM_UNCUT_CLI;
  if (!cli) return t.skip("TOPONYM_UNCUT_CLI is not set");
  const ids = placeIds();
  const queries = [];
  for (let i = 0; i < ids.length; i += 3) for (const n of names(ids[i])) queries.push(n.text);
  const out = execFileSync(cli, ["resolve", "--json"], { input: `${queries.join("\n")}\n`, maxBuffer: 1 << 30 });
  const lines = out.toString().trim().split("\n");
  assert.equal(lines.length, queries.length);
  let same = 0;
  lines.forEach((line, i) => {
    const theirs = JSON.parse(line).matches.map((m) => m.id);
    const ours = resolve(queries[i]).map((m) => m.id);
    if (ours.join() === theirs.join()) same++;
    else assert.deepEqual(new Set(ours), new Set(theirs), queries[i]);
  });
  // Ranking ties broken by names of other packs may part ways; the places are the same.
  assert.ok(same >= 0.995 * queries.length, `${same} of ${queries.length} in the same order`);
});
