// The package's entry point for browsers and bundlers: an ES module that fetches and
// compiles the WebAssembly module before it resolves, so that every export is usable as
// soon as `import` returns. Node uses node.js instead (see package.json "exports").
import init, * as wasm from "./toponym_wasm.js";
import { checked } from "./checked.js";
import { languagePacks } from "./packs.js";
import { packUrls } from "./pack-urls.js";

const { memory } = await init({ module_or_path: new URL("./toponym_wasm_bg.wasm", import.meta.url) });

// Exported from this module, not re-exported, so that a bundler that trusts
// `"sideEffects": false` keeps the initialisation above whenever a function is used.
export const { resolve, lookup, place, nameOf, names, suggest, findInText, placeIds, sources, fold, widelyUsedLanguages } =
  checked(wasm, memory);

// Language packs are fetched from packs/ beside this module (a bundler that understands
// `new URL(..., import.meta.url)`, as Vite does, copies them into its output).
export const { languages, loadLanguages } = languagePacks(wasm, async (lang) => {
  const url = packUrls[lang]?.();
  if (url === undefined) throw new Error("the package has no such file");
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${url}`);
  return new Uint8Array(await response.arrayBuffer());
});
