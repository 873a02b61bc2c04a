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

/** The package's functions over the wasm-bindgen exports, with their arguments checked. */
export function checked(wasm) {
  return {
    resolve: (name, options) => wasm.resolve(text(name, "name"), options),
    place: (id, options) => wasm.place(text(id, "id"), options),
    nameOf: (id, lang, worldview) =>
      wasm.nameOf(text(id, "id"), optionalText(lang, "lang"), optionalText(worldview, "worldview")),
    names: (id) => wasm.names(text(id, "id")),
    placeIds: () => wasm.placeIds(),
    sources: () => wasm.sources(),
  };
}
