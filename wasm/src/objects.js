// Builds the objects that resolve(), suggest() and findInText() return, in one call per
// answer, from the records that wasm/src/records.rs writes (the format is described there).
// Every string of the gazetteer is static, so each is decoded from WebAssembly memory once
// and then shared; JavaScript strings are immutable, so sharing them is invisible. The
// objects are new on every call.

const decoder = new TextDecoder();
const strings = new Map();
let memory = null;
// A view of the whole memory, made again when the memory has grown: the old buffer is then
// detached, and views of it have length 0 (cheaper to test than reading memory.buffer).
let words = new Uint32Array(0);
// The position of the next word to read.
let at = 0;

export function useMemory(m) {
  memory = m;
}

function start(ptr) {
  if (words.length === 0) words = new Uint32Array(memory.buffer);
  at = ptr >>> 2;
}

function number() {
  return words[at++];
}

/** The next string, a static one of the gazetteer; null for address 0. */
function text() {
  const ptr = words[at];
  const len = words[at + 1];
  at += 2;
  if (ptr === 0) return null;
  // Two non-empty static strings never start at the same address, so the address is the
  // key (a small integer, which a Map hashes fastest); an empty one may share it.
  if (len === 0) return "";
  let s = strings.get(ptr);
  if (s === undefined) {
    s = decoder.decode(new Uint8Array(memory.buffer, ptr, len));
    strings.set(ptr, s);
  }
  return s;
}

/** The next string, one that lives only during this call: decoded, not kept. */
function transientText() {
  const ptr = words[at];
  const len = words[at + 1];
  at += 2;
  return decoder.decode(new Uint8Array(memory.buffer, ptr, len));
}

function match() {
  const id = text();
  const kind = text();
  const name = text();
  const matched = { text: text(), lang: text(), status: text(), worldview: null };
  const iso = text();
  const wikidata = text();
  const geonames = number();
  const count = number();
  const worldview = new Array(count);
  for (let k = 0; k < count; k++) worldview[k] = text();
  matched.worldview = worldview;
  return { id, kind, name, matched, iso, wikidata, geonames: geonames === 0 ? null : geonames };
}

/** The matches whose records are the `len` words at byte address `ptr`. */
export function matches(ptr, len) {
  start(ptr);
  const end = at + len;
  const out = [];
  while (at < end) out.push(match());
  return out;
}

/** The suggestions whose records are the `len` words at byte address `ptr`. */
export function suggestions(ptr, len) {
  start(ptr);
  const end = at + len;
  const out = [];
  while (at < end) {
    const edits = number();
    const m = match();
    m.edits = edits;
    out.push(m);
  }
  return out;
}

/** The mentions whose records are the `len` words at byte address `ptr`. */
export function mentions(ptr, len) {
  start(ptr);
  const end = at + len;
  const out = [];
  while (at < end) {
    const mention = { start: number(), end: number(), text: transientText(), matches: null };
    const count = number();
    const found = new Array(count);
    for (let k = 0; k < count; k++) found[k] = match();
    mention.matches = found;
    out.push(mention);
  }
  return out;
}
