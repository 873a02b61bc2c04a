// resolve() of the npm package toponym against getAlpha2Code() of i18n-iso-countries, on the
// same names: every official country name that i18n-iso-countries has in en, de, fr, ru,
// ja, uk, es, zh, ar and ko. i18n-iso-countries is told each name's language (its best
// case); toponym is not.
//
//   bash scripts/build-wasm.sh && cd bench/js && npm ci && node resolve.mjs
//
// Each name is looked up REPEAT times in a row and timed; a round does this for every name
// with both libraries; the figure reported is, per library, the median over the names of
// the time per lookup, and then the median of that over ROUNDS rounds.
import { createRequire } from "node:module";

import countries from "i18n-iso-countries";
import { names as placeNames, place, placeIds, resolve } from "toponym";

const require = createRequire(import.meta.url);
const LANGS = ["en", "de", "fr", "ru", "ja", "uk", "es", "zh", "ar", "ko"];
const REPEAT = Number(process.env.REPEAT ?? 20);
const ROUNDS = Number(process.env.ROUNDS ?? 7);

for (const lang of LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
const names = [];
for (const lang of LANGS) {
  for (const [code, name] of Object.entries(countries.getNames(lang, { select: "official" }))) {
    names.push({ name, lang, code });
  }
}

// The package decodes a place or a name only the first time it sends it, and keeps it (see
// wasm/npm/records.js). To see what the first time costs, the engine is warmed up on the
// names of cities (other places), then every country name is looked up once, timed as a
// whole pass; later passes are timed the same way, alternating with i18n-iso-countries.
const warmUp = [];
for (const id of placeIds()) {
  if (warmUp.length >= 20_000) break;
  if (place(id).kind === "city") warmUp.push(...placeNames(id).map((n) => n.text));
}
for (let round = 0; round < 5; round++) for (const name of warmUp) resolve(name);
const pass = (lookup) => {
  const start = process.hrtime.bigint();
  for (const entry of names) lookup(entry);
  return Number(process.hrtime.bigint() - start) / names.length;
};
const firstPass = pass(({ name }) => resolve(name));

// Both libraries answer every name; check that they agree.
let same = 0;
let known = 0;
for (const { name, lang, code } of names) {
  if (countries.getAlpha2Code(name, lang) !== code) throw new Error(`i18n-iso-countries: ${name}`);
  const matches = resolve(name);
  if (matches.length) known++;
  if (matches[0]?.iso === code) same++;
}

function perLookup(lookup) {
  const times = new Float64Array(names.length);
  names.forEach((entry, i) => {
    const start = process.hrtime.bigint();
    for (let r = 0; r < REPEAT; r++) lookup(entry);
    times[i] = Number(process.hrtime.bigint() - start) / REPEAT;
  });
  return median(times);
}

function median(values) {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const toponym = ({ name }) => resolve(name);
const i18n = ({ name, lang }) => countries.getAlpha2Code(name, lang);
// Warm up both (JIT, caches), then alternate so that neither gets a quieter machine.
perLookup(toponym);
perLookup(i18n);
const rounds = { toponym: [], i18n: [] };
for (let round = 0; round < ROUNDS; round++) {
  rounds.toponym.push(perLookup(toponym));
  rounds.i18n.push(perLookup(i18n));
}
const passes = { toponym: [], i18n: [] };
for (let round = 0; round < ROUNDS; round++) {
  passes.toponym.push(pass(toponym));
  passes.i18n.push(pass(i18n));
}
const t = median(rounds.toponym);
const c = median(rounds.i18n);

const version = (pkg) => require(`${pkg}/package.json`).version;
const us = (ns) => `${(ns / 1000).toFixed(2).padStart(7)} µs`;
const pct = (n) => `${((100 * n) / names.length).toFixed(1)}%`;
console.log(
  `${names.length} names: every official country name of i18n-iso-countries ${version("i18n-iso-countries")} in ${LANGS.join(", ")}`,
);
console.log(`toponym ${version("toponym")} knows ${known} (${pct(known)}); its best match is the same country for ${same} (${pct(same)})`);
console.log(`per lookup, median over the names (${ROUNDS} rounds of ${REPEAT} lookups per name), Node ${process.version}:`);
console.log(`  toponym             resolve(name)               ${us(t)}`);
console.log(`  i18n-iso-countries  getAlpha2Code(name, lang)   ${us(c)}`);
console.log(`  ratio: toponym is ${(c / t).toFixed(1)}x ${c >= t ? "faster" : "SLOWER"}`);
const [tp, cp] = [median(passes.toponym), median(passes.i18n)];
console.log(`mean per lookup over a pass of every name (median of ${ROUNDS} passes):`);
console.log(`  toponym             the first pass, every name new   ${us(firstPass)}`);
console.log(`  toponym             later passes                     ${us(tp)}`);
console.log(`  i18n-iso-countries                                   ${us(cp)}`);
console.log(`  ratio, later passes: toponym is ${(cp / tp).toFixed(1)}x faster; the first pass: ${(cp / firstPass).toFixed(1)}x`);
