// Language packs of the npm package: how long loading takes, and the JavaScript heap kept
// once every name of the module and of every pack has been returned.
//
//   bash scripts/build-wasm.sh && cd bench/js && npm ci && node --expose-gc packs.mjs
//
// Each figure is the median, with the range, of RUNS fresh Node processes (a loaded pack
// stays loaded, so a process measures one first load).
import { execFileSync } from "node:child_process";

const RUNS = Number(process.env.RUNS ?? 5);

if (process.argv[2] === "--one") {
  const { languages, loadLanguages, names, placeIds, resolve } = await import("toponym");
  const time = async (langs) => {
    const start = performance.now();
    await loadLanguages(langs);
    return performance.now() - start;
  };
  /** Heap growth after returning every name of every place, and resolving each. */
  const returnEveryName = () => {
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    let n = 0;
    for (const id of placeIds()) {
      for (const name of names(id)) {
        resolve(name.text);
        n++;
      }
    }
    globalThis.gc();
    return { names: n, heapMB: (process.memoryUsage().heapUsed - before) / 1e6 };
  };
  const core = returnEveryName();
  const kn = await time(["kn"]);
  const sw = await time(["sw"]);
  const all = await time("all");
  const first = performance.now();
  resolve("ಭಾರತ");
  const firstText = performance.now() - first;
  const everything = returnEveryName();
  const baseline = process.memoryUsage().heapUsed / 1e6;
  console.log(JSON.stringify({
    kn, sw, all, firstText, coreHeap: core.heapMB, coreNames: core.names,
    allHeap: core.heapMB + everything.heapMB, allNames: everything.names,
    heapUsed: baseline, languages: languages().length,
  }));
  process.exit(0);
}

const runs = [];
for (let i = 0; i < RUNS; i++) {
  const out = execFileSync(process.execPath, ["--expose-gc", import.meta.filename, "--one"]);
  runs.push(JSON.parse(out.toString()));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (key, unit, digits = 1) => {
  const xs = runs.map((r) => r[key]);
  const f = (x) => x.toFixed(digits);
  return `${f(median(xs))} ${unit} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
};
console.log(`Node ${process.version}, ${RUNS} processes; medians (ranges)`);
console.log(`load "kn" (Kannada)          ${show("kn", "ms")}`);
console.log(`then "sw" (Swahili)          ${show("sw", "ms")}`);
console.log(`then "all" (the other packs) ${show("all", "ms")}`);
console.log(`JS heap kept after returning every name of the module (${runs[0].coreNames}): ${show("coreHeap", "MB")}`);
console.log(`  and of every pack too (${runs[0].allNames}): ${show("allHeap", "MB")}`);
