// Argument checks at the boundary, shared by index.js and node.js. A value of the wrong type
// must be an Error with a message; passed on, a number where the glue expects a string
// reaches the WebAssembly module as a bad (address, length) and traps.

function text(value, what) {
  if (typeof value !== "string") {
    const type = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
    throw new TypeError(`${what} must be a string, not ${type}`);
  }
  return value;
}

function optionalText(value, what) {
  return value === undefined || value === null ? value : text(value, what);
}

function optionalCount(value, what) {
  if (value === undefined || value === null) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > 0xffff_ffff) {
    throw new TypeError(`${what} must be a whole number from 0, not ${String(value)}`);
  }
  return value;
}

/** The package's functions over the wasm-bindgen exports, with their arguments checked. */
export function checked(wasm) {
  return {
    resolve: (name, options) => wasm.resolve(text(name, "name"), options),
    place: (id, options) => wasm.place(text(id, "id"), options),
    nameOf: (id, lang, worldview) =>
      wasm.nameOf(text(id, "id"), optionalText(lang, "lang"), optionalText(worldview, "worldview")),
    names: (id) => wasm.names(text(id, "id")),
    suggest: (prefix, limit, options) =>
      wasm.suggest(text(prefix, "prefix"), optionalCount(limit, "limit"), options),
    findInText: (value, options) => wasm.findInText(text(value, "text"), options),
    placeIds: () => wasm.placeIds(),
    sources: () => wasm.sources(),
  };
}
