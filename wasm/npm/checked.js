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

function optionalFlag(value, what) {
  if (value === undefined || value === null) return false;
  if (typeof value !== "boolean") throw new TypeError(`${what} must be true or false, not ${typeof value}`);
  return value;
}

function optionalYear(value, what) {
  if (value === undefined || value === null) return undefined;
  if (!Number.isInteger(value) || value < -0x8000_0000 || value > 0x7fff_ffff) {
    throw new TypeError(`${what} must be a whole number (a year), not ${String(value)}`);
  }
  return value;
}

const NO_OPTIONS = Object.freeze({
  lang: undefined,
  worldview: undefined,
  limit: undefined,
  loose: false,
  year: undefined,
});

/**
 * The fields of an options object (`{ lang, worldview, limit, loose, year }`), checked, for function
 * `fn`; the module takes them as arguments.
 */
function options(value, fn) {
  if (value === undefined || value === null) return NO_OPTIONS;
  if (typeof value !== "object" || Array.isArray(value)) {
    const type = Array.isArray(value) ? "an array" : typeof value;
    throw new TypeError(`${fn}: options must be an object, not ${type}`);
  }
  return {
    lang: optionalText(value.lang, `${fn}: options.lang`),
    worldview: optionalText(value.worldview, `${fn}: options.worldview`),
    limit: optionalCount(value.limit, `${fn}: options.limit`),
    loose: optionalFlag(value.loose, `${fn}: options.loose`),
    year: optionalYear(value.year, `${fn}: options.year`),
  };
}

/**
 * A function that writes a string as UTF-8 into the module's input buffer (wasm/src/input.rs)
 * and returns its length in bytes, or -1 if it may not fit.
 *
 * The encoding is written out here because for the short strings of names it is several
 * times quicker than a call of `TextEncoder.encodeInto`. Like that, it writes a lone
 * surrogate as U+FFFD, so the bytes are always valid UTF-8.
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
    const n = s.length;
    // A UTF-16 code unit takes at most 3 bytes (a surrogate pair, two units, takes 4).
    if (3 * n > view.length) return -1;
    let j = 0;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        view[j++] = c;
        continue;
      }
      if (c < 0x800) {
        view[j++] = 0xc0 | (c >> 6);
        view[j++] = 0x80 | (c & 0x3f);
        continue;
      }
      if (c >= 0xd800 && c < 0xe000) {
        const next = c < 0xdc00 && i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (next >= 0xdc00 && next < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          view[j++] = 0xf0 | (c >> 18);
          view[j++] = 0x80 | ((c >> 12) & 0x3f);
          view[j++] = 0x80 | ((c >> 6) & 0x3f);
          view[j++] = 0x80 | (c & 0x3f);
          continue;
        }
        c = 0xfffd;
      }
      view[j++] = 0xe0 | (c >> 12);
      view[j++] = 0x80 | ((c >> 6) & 0x3f);
      view[j++] = 0x80 | (c & 0x3f);
    }
    return j;
  };
}

/**
 * The package's functions over the wasm-bindgen exports, with their arguments checked;
 * `memory` is the initialised module's memory.
 */
export function checked(wasm, memory) {
  const input = inputWriter(wasm, memory);
  const records = recordReader(wasm, memory);
  /** A lookup of `name`, which `input` has written into the input buffer (`len` bytes, or -1). */
  const lookup = (name, len, lang, worldview, limit, year) =>
    records.lookup(
      len < 0
        ? wasm.lookupRecords(name, lang, worldview, limit, year)
        : wasm.lookupInput(len, lang, worldview, limit, year),
    );
  return {
    resolve: (name, opts) => {
      const len = input(text(name, "name"));
      const { lang, worldview, limit, loose, year } = options(opts, "resolve");
      if (loose) return lookup(name, len, lang, worldview, limit, year).matches;
      return records.matches(
        len < 0
          ? wasm.resolveRecords(name, lang, worldview, limit, year)
          : wasm.resolveInput(len, lang, worldview, limit, year),
      );
    },
    lookup: (name, opts) => {
      const len = input(text(name, "name"));
      const { lang, worldview, limit, year } = options(opts, "lookup");
      return lookup(name, len, lang, worldview, limit, year);
    },
    place: (id, opts) => {
      const { lang, worldview, year } = options(opts, "place");
      return wasm.place(text(id, "id"), lang, worldview, year);
    },
    nameOf: (id, lang, worldview, year) =>
      wasm.nameOf(
        text(id, "id"),
        optionalText(lang, "lang"),
        optionalText(worldview, "worldview"),
        optionalYear(year, "year"),
      ),
    names: (id) => wasm.names(text(id, "id")),
    suggest: (prefix, limit, opts) => {
      const len = input(text(prefix, "prefix"));
      limit = optionalCount(limit, "limit");
      const { lang, worldview, year } = options(opts, "suggest");
      return records.suggestions(
        len < 0
          ? wasm.suggestRecords(prefix, limit, lang, worldview, year)
          : wasm.suggestInput(len, limit, lang, worldview, year),
      );
    },
    findInText: (value, opts) => {
      const { lang, worldview, year } = options(opts, "findInText");
      return records.mentions(wasm.findInTextRecords(text(value, "text"), lang, worldview, year), value);
    },
    placeIds: () => wasm.placeIds(),
    sources: () => wasm.sources(),
    fold: (name) => wasm.fold(text(name, "name")),
    widelyUsedLanguages: () => wasm.widelyUsedLanguages(),
  };
}
