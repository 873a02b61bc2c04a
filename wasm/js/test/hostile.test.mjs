// Hostile input at the WebAssembly boundary: no panic or trap reaches JavaScript as an
// opaque WebAssembly.RuntimeError (`unreachable`, `memory access out of bounds`); every
// failure is an Error with a message; lone UTF-16 surrogates, NUL, bidi controls and huge
// strings give an answer; and the memory of a fresh instance of the module stays flat over
// 200,000 calls of each exported function.
//
//   bash scripts/build-wasm.sh && node --test wasm/js/test/hostile.test.mjs
//
// TOPONYM_PKG: the package folder to test (default target/wasm/pkg, as build-wasm.sh
// leaves it). CALLS: calls of each function in the memory test (default 200,000; the calls
// that build many objects or throw get CALLS / 4, lookup CALLS / 10, and placeIds, which
// returns every id at each call, CALLS / 500).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve as resolvePath } from "node:path";
import { pathToFileURL } from "node:url";

const pkg = process.env.TOPONYM_PKG
  ? pathToFileURL(resolvePath(process.env.TOPONYM_PKG) + "/")
  : new URL("../../../target/wasm/pkg/", import.meta.url);
// The package's own glue, initialised here rather than through its entry point, so that
// the test can read the size of the module's memory (the same instance serves every call).
const glue = await import(new URL("toponym_wasm.js", pkg));
const instance = glue.initSync({
  module: readFileSync(new URL("toponym_wasm_bg.wasm", pkg)),
});
// The functions as the package exports them: the glue behind its argument checks.
const { checked } = await import(new URL("checked.js", pkg));
const toponym = checked(glue, instance.memory);
const memoryBytes = () => instance.memory.buffer.byteLength;
// Language packs, read from the package's packs/ as its Node entry point reads them.
const { languagePacks } = await import(new URL("packs.js", pkg));
const packBytes = (lang) => readFileSync(new URL(`packs/${lang}.pack`, pkg));
const packs = languagePacks(glue, (lang) => readFile(new URL(`packs/${lang}.pack`, pkg)));
const CALLS = Number(process.env.CALLS ?? 200_000);

/** Calls `f`; an exception must be an Error with a message, not a trap of the module. */
function answerOrError(what, f) {
  try {
    return { value: f() };
  } catch (e) {
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `${what}: a trap: ${e}`);
    assert.ok(e instanceof Error, `${what}: threw a non-Error: ${e}`);
    assert.ok(e.message.length > 0, `${what}: an Error without a message`);
    assert.ok(!e.message.includes("\n"), `${what}: a message of several lines`);
    return { error: e };
  }
}

const HOSTILE_STRINGS = {
  empty: "",
  nul: "\0",
  "nul in a name": "Ky\0iv",
  "lone high surrogate": "\uD800",
  "lone low surrogate": "\uDC00",
  "surrogates in a name": "K\uDC00y\uD83Div\uD800",
  "reversed pair": "\uDE00\uD83D",
  "bidi controls": "\u202EKyiv\u202C\u2066",
  "zero-width": "\u200B\u200D\uFEFF",
  "a million combining marks": "K" + "\u0301".repeat(1_000_000) + "yiv",
  "10 MB": "Kyiv ".repeat(2_000_000),
  "every plane": Array.from({ length: 17 }, (_, p) => String.fromCodePoint(p * 0x10000 + 0x41)).join(""),
  "an id": "iturup",
  "an ISO code": "JP",
};

const HOSTILE_OPTIONS = [
  undefined,
  null,
  {},
  { lang: "" },
  { lang: "\uD800" },
  { lang: "x".repeat(100_000) },
  { lang: 5 },
  { worldview: "XX" },
  { worldview: "\uDC00" },
  { worldview: 12 },
  { worldview: null },
  { limit: -1 },
  { limit: NaN },
  { limit: 1e20 },
  { limit: "3" },
  { limit: 0 },
  { unknown: true },
  "a string",
  42,
  [],
];

test("hostile strings give an answer or an Error, never a trap", () => {
  for (const [what, s] of Object.entries(HOSTILE_STRINGS)) {
    const r = answerOrError(`resolve(${what})`, () => toponym.resolve(s));
    assert.ok(Array.isArray(r.value), `resolve(${what}) gave ${r.value}`);
    answerOrError(`place(${what})`, () => toponym.place(s));
    answerOrError(`nameOf(${what})`, () => toponym.nameOf(s, s, null));
    answerOrError(`nameOf(jp, ${what})`, () => toponym.nameOf("jp", s));
    answerOrError(`names(${what})`, () => toponym.names(s));
    const suggestions = answerOrError(`suggest(${what})`, () => toponym.suggest(s, 5));
    assert.ok(Array.isArray(suggestions.value), `suggest(${what}) gave ${suggestions.value}`);
    const looked = answerOrError(`lookup(${what})`, () => toponym.lookup(s));
    assert.ok(Array.isArray(looked.value.matches), `lookup(${what}) gave ${looked.value}`);
    const folded = answerOrError(`fold(${what})`, () => toponym.fold(s));
    assert.equal(typeof folded.value, "string", `fold(${what}) gave ${folded.value}`);
    const mentions = answerOrError(`findInText(${what})`, () => toponym.findInText(s));
    assert.ok(Array.isArray(mentions.value), `findInText(${what}) gave ${mentions.value}`);
    for (const m of mentions.value.slice(0, 1000)) {
      assert.equal(s.slice(m.start, m.end).length, m.end - m.start, `findInText(${what}): offsets inside the text`);
    }
  }
  // Lone surrogates become U+FFFD on the way in: no match, and no error.
  assert.deepEqual(toponym.resolve("\uD800"), []);
  assert.equal(toponym.place("\uDC00"), undefined);
  // Bidi controls and zero-width characters do not hide a name.
  assert.equal(toponym.resolve("\u202EKy\u200Biv\u202C")[0].id, "kyiv");
});

test("hostile options give an answer or an Error with a message", () => {
  for (const options of HOSTILE_OPTIONS) {
    const what = JSON.stringify(options) ?? String(options);
    answerOrError(`resolve(Kyiv, ${what})`, () => toponym.resolve("Kyiv", options));
    answerOrError(`place(jp, ${what})`, () => toponym.place("jp", options));
    answerOrError(`suggest(Ky, 5, ${what})`, () => toponym.suggest("Ky", 5, options));
    answerOrError(`findInText(Kyiv, ${what})`, () => toponym.findInText("in Kyiv", options));
  }
  for (const limit of [-1, 1.5, NaN, Infinity, 2 ** 32, "3", {}, true, 10n]) {
    const e = answerOrError(`suggest(Ky, ${String(limit)})`, () => toponym.suggest("Ky", limit)).error;
    assert.ok(e instanceof TypeError, `suggest(Ky, ${String(limit)}) must throw a TypeError`);
  }
  for (const lang of ["", "\uD800", "en-", "x".repeat(100_000)]) {
    answerOrError(`nameOf(jp, ${JSON.stringify(lang.slice(0, 10))})`, () =>
      toponym.nameOf("jp", lang),
    );
  }
  const e = answerOrError("an unknown worldview", () =>
    toponym.resolve("Kyiv", { worldview: "XX" }),
  ).error;
  assert.match(e.message, /XX/);
  assert.ok(answerOrError("an unknown id", () => toponym.names("atlantis")).error);
});

test("queries still pass through the input buffer after the memory grows", () => {
  const before = memoryBytes();
  // Mentions of a long text take more memory than the module has yet used.
  toponym.findInText("Kyiv ".repeat(4_000_000));
  assert.ok(memoryBytes() > before, "the memory grew");
  assert.equal(toponym.resolve("Київ")[0].id, "kyiv");
  assert.equal(toponym.suggest("Itur")[0].id, "iturup");
});

test("answers are well-formed strings", () => {
  for (const s of ["Итуруп", "北方領土", "K\uDC00yiv", "Kyiv"]) {
    for (const m of toponym.resolve(s)) {
      for (const text of [m.id, m.name, m.matched.text, m.matched.lang]) {
        assert.ok(text.isWellFormed(), `${s}: ${JSON.stringify(text)}`);
      }
    }
  }
});

/**
 * Runs `f` `n` times after a warm-up; the memory of `wasm` must not grow. The memory of a
 * fresh instance has little room above what the calls use, so that a few bytes kept per
 * call make it grow within the calls (in the instance of the tests above, which grew to
 * hundreds of megabytes for huge inputs, a leak could hide in the free space).
 */
function assertFlat(wasm, what, n, f) {
  const bytes = () => wasm.memory.buffer.byteLength;
  for (let i = 0; i < Math.min(n, 10_000); i++) f(i);
  const before = bytes();
  const started = performance.now();
  for (let i = 0; i < n; i++) f(i);
  const after = bytes();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`# ${what}: ${n} calls in ${seconds} s, memory ${before} -> ${after} bytes`);
  assert.equal(after, before, `${what}: memory grew over ${n} calls`);
}

test(`memory stays flat over ${CALLS} calls of each function`, async () => {
  // A second instance of the module: the glue imported again under another URL.
  const fresh = await import(new URL("toponym_wasm.js?memory-test", pkg));
  const wasm = fresh.initSync({ module: readFileSync(new URL("toponym_wasm_bg.wasm", pkg)) });
  assert.notEqual(wasm.memory, instance.memory, "a fresh instance");
  const toponym = checked(fresh, wasm.memory);
  const flat = (what, n, f) => assertFlat(wasm, what, n, f);
  const queries = ["Kyiv", "北方領土", "Nowhere in Particular", "ИТУРУП", "\uD800", ""];
  flat("resolve", CALLS, (i) => toponym.resolve(queries[i % queries.length]));
  flat("resolve with options", CALLS, (i) =>
    toponym.resolve(queries[i % queries.length], { lang: "ja", worldview: "RU", limit: 3 }),
  );
  // The calls that build many objects (a place's card, all its names, the sources) or throw
  // take tens of microseconds: a quarter as many, still enough for a few bytes kept per call
  // to outgrow the room.
  const FEWER = Math.max(1, Math.floor(CALLS / 4));
  flat("resolve, throwing", FEWER, () =>
    answerOrError("resolve", () => toponym.resolve("Kyiv", { worldview: "XX" })),
  );
  flat("place", FEWER, (i) =>
    toponym.place(i % 2 ? "iturup" : "atlantis", { lang: "ja", worldview: "JP" }),
  );
  flat("nameOf", CALLS, (i) => toponym.nameOf("south-kurils", "en", i % 2 ? "JP" : "RU"));
  flat("nameOf, throwing", FEWER, () => answerOrError("nameOf", () => toponym.nameOf("atlantis")));
  flat("names", FEWER, () => toponym.names("iturup"));
  flat("suggest", CALLS, (i) => toponym.suggest(["Ky", "Iturop", "択捉", "Моск", ""][i % 5], 10));
  const text = "Talks between Japan and Russia on the Northern Territories (北方領土) stalled in Kyiv.";
  flat("findInText", CALLS, (i) => toponym.findInText(i % 2 ? text : "\uD800 nothing"));
  flat("sources", FEWER, () => toponym.sources());
  flat("fold", CALLS, (i) => toponym.fold(queries[i % queries.length]));
  const messy = ["Dayton, OH", "Korea, Rep.", "Portugul", "Springfield, Canada", "ESPAÑA (SPAIN)", "\uD800,"];
  flat("lookup", Math.max(1, Math.floor(CALLS / 10)), (i) => toponym.lookup(messy[i % messy.length]));
  flat("placeIds", Math.max(1, Math.floor(CALLS / 500)), () => toponym.placeIds());
  flat("languages", Math.max(1, Math.floor(CALLS / 100)), () => fresh.languages());
  // Loading a loaded pack reads it and keeps nothing.
  const kannada = packBytes("kn");
  fresh.loadLanguagePack(kannada);
  flat("loadLanguagePack, loaded", Math.max(1, Math.floor(CALLS / 2000)), () => fresh.loadLanguagePack(kannada));
  flat("resolve, with a pack", CALLS, (i) => toponym.resolve(["ಭಾರತ", "Kyiv", "ಬೆಂಗಳೂರು"][i % 3]));
});

test("language packs: hostile arguments and bytes give an Error, never a trap", async () => {
  for (const bad of [42, undefined, null, {}, [1], [null], ["\uD800"], ["x".repeat(100_000)], [""], ["-"], "all\0", [[]]]) {
    try {
      await packs.loadLanguages(bad);
      assert.fail(`loadLanguages(${String(bad).slice(0, 20)}) must reject`);
    } catch (e) {
      assert.ok(!(e instanceof WebAssembly.RuntimeError), `a trap: ${e}`);
      assert.ok(e instanceof Error && e.message.length > 0 && !e.message.includes("\n"), String(e));
    }
  }
  const good = packBytes("sw");
  const spoilt = [new Uint8Array(0), new Uint8Array(1_000_000), good.subarray(0, 48), good.subarray(0, good.length - 1)];
  let rng = 12345;
  for (let i = 0; i < 200; i++) {
    const bytes = Uint8Array.from(good);
    rng = (rng * 1103515245 + 12345) % 2 ** 31;
    bytes[16 + (rng % (bytes.length - 16))] ^= 1 + (rng % 255);
    spoilt.push(bytes);
  }
  for (const bytes of spoilt) {
    const checked = answerOrError("checkLanguagePack", () => glue.checkLanguagePack(bytes));
    // A spoilt pack that passes the check is consistent (a changed letter): load it.
    if (checked.error === undefined) answerOrError("loadLanguagePack", () => glue.loadLanguagePack(bytes));
  }
  assert.equal(toponym.resolve("Kyiv")[0].id, "kyiv", "still answering");
  assert.throws(() => glue.loadLanguagePack(good.subarray(0, 100)), Error);
});

// Last, because a trap would leave the module unusable for the calls after it: a number
// where the glue expects a string reaches the module as a bad (address, length), so the
// package checks its arguments' types first (wasm/npm/checked.js).
test("arguments of the wrong type are an Error, not a trap", () => {
  for (const bad of [42, undefined, null, {}, [], true, 10n]) {
    const what = typeof bad;
    answerOrError(`resolve(${what})`, () => toponym.resolve(bad));
    answerOrError(`place(${what})`, () => toponym.place(bad));
    answerOrError(`nameOf(${what})`, () => toponym.nameOf(bad));
    answerOrError(`names(${what})`, () => toponym.names(bad));
    answerOrError(`suggest(${what})`, () => toponym.suggest(bad));
    answerOrError(`findInText(${what})`, () => toponym.findInText(bad));
    answerOrError(`fold(${what})`, () => toponym.fold(bad));
    answerOrError(`lookup(${what})`, () => toponym.lookup(bad));
  }
});
