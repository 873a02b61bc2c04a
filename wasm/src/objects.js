// Builds the objects that resolve() returns, in one call per lookup, from the records
// that wasm/src/lib.rs writes (see `MATCH_WORDS` there). Every string of the gazetteer is
// static, so each is decoded from WebAssembly memory once and then shared; JavaScript
// strings are immutable, so sharing them is invisible. The objects are new on every call.

const decoder = new TextDecoder();
const strings = new Map();
let memory = null;
// A view of the whole memory, made again only when the memory grows (a new buffer).
let words = new Uint32Array(0);

export function useMemory(m) {
  memory = m;
}

/** The static string whose address and length are at `words[i]`, `words[i + 1]`; null for address 0. */
function text(words, i) {
  const ptr = words[i];
  if (ptr === 0) return null;
  const len = words[i + 1];
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

/** The matches whose records are the `len` words at byte address `ptr`. */
export function matches(ptr, len) {
  if (words.buffer !== memory.buffer) words = new Uint32Array(memory.buffer);
  const out = [];
  for (let i = ptr >>> 2, end = i + len; i < end; ) {
    const count = words[i + 17];
    const worldview = new Array(count);
    for (let k = 0; k < count; k++) worldview[k] = text(words, i + 18 + 2 * k);
    out.push({
      id: text(words, i),
      kind: text(words, i + 2),
      name: text(words, i + 4),
      matched: {
        text: text(words, i + 6),
        lang: text(words, i + 8),
        status: text(words, i + 10),
        worldview,
      },
      iso: text(words, i + 12),
      wikidata: text(words, i + 14),
      geonames: words[i + 16] === 0 ? null : words[i + 16],
    });
    i += 18 + 2 * count;
  }
  return out;
}
