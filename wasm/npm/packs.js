// Language packs: the names of the languages that the module leaves out, one file per
// language in packs/ beside it, loaded on demand (`loadLanguages`). Shared by index.js,
// which fetches the files, and node.js, which reads them; see wasm/src/lib.rs for the
// exports used here.

/**
 * `languages` and `loadLanguages` over the module's exports `wasm`, reading a pack's
 * bytes with `read(lang)` (a promise of a Uint8Array).
 */
export function languagePacks(wasm, read) {
  // A read under way for each language, shared by concurrent calls.
  const reading = new Map();

  function readOnce(lang) {
    let bytes = reading.get(lang);
    if (bytes === undefined) {
      bytes = read(lang)
        .then(
          (b) => (b instanceof Uint8Array ? b : new Uint8Array(b)),
          (e) => {
            throw new Error(`loadLanguages: cannot read the language pack "${lang}" (packs/${lang}.pack): ${e?.message ?? e}`);
          },
        )
        .finally(() => reading.delete(lang));
      reading.set(lang, bytes);
    }
    return bytes;
  }

  /** The packs to load for `langs`: primary subtags, or "all". Throws for a language the package does not have. */
  function packsFor(langs) {
    if (typeof langs === "string") langs = [langs];
    if (!Array.isArray(langs)) {
      throw new TypeError('loadLanguages: languages must be an array of language tags, or "all"');
    }
    const known = new Map(wasm.languages().map((l) => [l.lang, l]));
    const packs = new Map(wasm.languagePacks().map((p) => [p.lang, p]));
    const wanted = new Set();
    for (const tag of langs) {
      if (typeof tag !== "string") {
        throw new TypeError(`loadLanguages: a language must be a string, not ${tag === null ? "null" : typeof tag}`);
      }
      if (tag === "all") {
        for (const p of packs.keys()) wanted.add(p);
        continue;
      }
      const primary = tag.split("-")[0].toLowerCase();
      if (!known.has(primary)) {
        throw new Error(`loadLanguages: the package has no names in ${JSON.stringify(tag.slice(0, 40))}`);
      }
      if (packs.has(primary)) wanted.add(primary);
    }
    return [...wanted].filter((lang) => !packs.get(lang).loaded);
  }

  return {
    languages: () => wasm.languages(),
    async loadLanguages(langs) {
      const todo = packsFor(langs);
      if (todo.length === 0) return;
      const bytes = await Promise.all(todo.map(readOnce));
      // Every pack checked before any is loaded: all of them, or none.
      todo.forEach((lang, i) => {
        let packLang;
        try {
          packLang = wasm.checkLanguagePack(bytes[i]);
        } catch (e) {
          throw new Error(`loadLanguages: the language pack "${lang}" (packs/${lang}.pack) was refused: ${e.message}`);
        }
        if (packLang !== lang) {
          throw new Error(`loadLanguages: packs/${lang}.pack holds the language "${packLang}"`);
        }
      });
      todo.forEach((lang, i) => wasm.loadLanguagePack(bytes[i]));
    },
  };
}
