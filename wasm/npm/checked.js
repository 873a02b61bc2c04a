// The package's functions over the wasm-bindgen exports, shared by index.js and node.js:
// arguments checked at the boundary, and answers built from their records (records.js).
// A value of the wrong type must be an Error with a message; passed on, a number where the
// glue expects a string reaches the WebAssembly module as a bad (address, length) and traps.

import { recordReader } from "./records.js";

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

const encoder = new TextEncoder();

/**
 * A function that writes a string as UTF-8 into the module's input buffer (wasm/src/input.rs)
 * and returns its length in bytes, or -1 if it does not fit.
 */
function inputWriter(wasm, memory) {
  const newView = () => {
    // First the calls, which may allocate and so grow the memory; then its buffer.
    const [address, bytes] = [wasm.inputBuffer(), wasm.inputBufferBytes()];
    return new Uint8Array(memory.buffer, address, bytes);
  };
  let view = newView();
  return (s) => {
    // When the module's memory grows, its old buffer is detached and views of it are empty.
    if (view.byteLength === 0) view = newView();
    // ASCII is copied here, which beats a call of encodeInto for the short strings of names.
    const n = Math.min(s.length, view.length);
    let i = 0;
    for (let c; i < n && (c = s.charCodeAt(i)) < 0x80; i++) view[i] = c;
    if (i === s.length) return i;
    const { read, written } = encoder.encodeInto(s.slice(i), view.subarray(i));
    return read === s.length - i ? i + written : -1;
  };
}

/**
 * The package's functions over the wasm-bindgen exports, with their arguments checked;
 * `memory` is the initialised module's memory.
 */
export function checked(wasm, memory) {
  const input = inputWriter(wasm, memory);
  const records = recordReader(wasm, memory);
  return {
    resolve: (name, options) => {
      const len = input(text(name, "name"));
      return records.matches(len < 0 ? wasm.resolveRecords(name, options) : wasm.resolveInput(len, options));
    },
    place: (id, options) => wasm.place(text(id, "id"), options),
    nameOf: (id, lang, worldview) =>
      wasm.nameOf(text(id, "id"), optionalText(lang, "lang"), optionalText(worldview, "worldview")),
    names: (id) => wasm.names(text(id, "id")),
    suggest: (prefix, limit, options) => {
      const len = input(text(prefix, "prefix"));
      limit = optionalCount(limit, "limit");
      return records.suggestions(
        len < 0 ? wasm.suggestRecords(prefix, limit, options) : wasm.suggestInput(len, limit, options),
      );
    },
    findInText: (value, options) => records.mentions(wasm.findInTextRecords(text(value, "text"), options), value),
    placeIds: () => wasm.placeIds(),
    sources: () => wasm.sources(),
  };
}
