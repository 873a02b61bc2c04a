// The package's entry point for Node: the WebAssembly module is read and compiled
// synchronously, so every export is usable as soon as `import` returns.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { initSync } from "./toponym_wasm.js";
import * as wasm from "./toponym_wasm.js";
import { checked } from "./checked.js";
import { languagePacks } from "./packs.js";

const { memory } = initSync({
  module: readFileSync(new URL("./toponym_wasm_bg.wasm", import.meta.url)),
});

export const { resolve, lookup, place, nameOf, names, suggest, findInText, placeIds, sources, fold, widelyUsedLanguages } =
  checked(wasm, memory);

// Language packs are read from packs/ in the package.
export const { languages, loadLanguages } = languagePacks(wasm, (lang) =>
  readFile(new URL(`./packs/${lang}.pack`, import.meta.url)),
);
