// The package's entry point for Node: the WebAssembly module is read and compiled
// synchronously, so every export is usable as soon as `import` returns.
import { readFileSync } from "node:fs";
import { initSync } from "./toponym_wasm.js";
import * as wasm from "./toponym_wasm.js";
import { checked } from "./checked.js";

const { memory } = initSync({
  module: readFileSync(new URL("./toponym_wasm_bg.wasm", import.meta.url)),
});

export const { resolve, lookup, place, nameOf, names, suggest, findInText, placeIds, sources, fold, widelyUsedLanguages } =
  checked(wasm, memory);
