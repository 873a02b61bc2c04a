// Builds the objects that resolve(), suggest() and findInText() return from the records that
// wasm/src/records.rs writes into the module's memory (the format is described there).
//
// The gazetteer never changes, so a place's and a name's fields come only the first time
// they are sent, and are kept here in arrays indexed by place and by name; each string is
// decoded once. JavaScript strings are immutable, so sharing them is invisible; the objects
// and arrays returned are new on every call. Every record of an answer must be read, in
// order, for these arrays to stay in step with what the module has sent.

const NEW = 0x8000_0000;
const NONE = 0xffff_ffff;
// Instead of a year: none (wasm/src/records.rs).
const NO_YEAR = 0x8000_0000;
// What a call returns instead of its number of words when it fails (wasm/src/records.rs).
const FAILED = 0xffff_ffff;
const decoder = new TextDecoder();
// The worldview of every name in general usage, kept (never returned: answers get a new array).
const NO_USERS = Object.freeze([]);

/** A reader of the records of the module whose memory and exports are given. */
export function recordReader(wasm, memory) {
  // Each place's { id, kind, iso, wikidata, geonames }, by index; and each name's text and
  // what else is known of it (an `About`), by index. Nearly every name shares its language,
  // status and source, with no worldview and no years, with thousands of others: one
  // `About` for all of them takes two words a name where a column per field took seven (the
  // language packs bring a quarter of a million names), and a lookup of names never seen
  // together reads two arrays rather than seven.
  const places = [];
  const nameText = [];
  const nameAbout = [];
  // The shared `About`s of names with no worldview and no years, by the addresses of their
  // language, status and source strings ("lang status source").
  const abouts = new Map();
  const strings = new Map();
  const addressAt = wasm.recordsAddress() >>> 2;
  // A view of the whole memory, made again when the memory has grown: the old buffer is
  // then detached, and views of it have length 0 (cheaper to test than memory.buffer).
  let words = new Uint32Array(0);
  // The position of the next word to read.
  let at = 0;

  /** Starts reading an answer of `len` words; throws the error of a failed call. */
  function start(len) {
    if (len === FAILED) wasm.throwError();
    if (words.length === 0) words = new Uint32Array(memory.buffer);
    at = words[addressAt] >>> 2;
  }

  /** The next string, a static one of the gazetteer; null for address 0. */
  function text() {
    const address = words[at];
    const len = words[at + 1];
    at += 2;
    if (address === 0) return null;
    // Two non-empty static strings never start at the same address; an empty one may.
    if (len === 0) return "";
    let s = strings.get(address);
    if (s === undefined) {
      s = decoder.decode(new Uint8Array(memory.buffer, address, len));
      strings.set(address, s);
    }
    return s;
  }

  /** Sets `array[index]`, with `null` before it as needed: a packed array stays quick to index. */
  function keep(array, index, value) {
    while (array.length < index) array.push(null);
    array[index] = value;
    return value;
  }

  function place() {
    const word = words[at++];
    if (word < NEW) return places[word];
    // In the order of the record.
    const id = text();
    const kind = text();
    const iso = text();
    const wikidata = text();
    const geonames = words[at++];
    return keep(places, word - NEW, { id, kind, iso, wikidata, geonames: geonames === 0 ? null : geonames });
  }

  /** What is known of a name besides its text, kept once for many names. */
  function about(lang, status, worldview, from, until, source) {
    return { lang, status, worldview, years: from === null && until === null ? null : { from, until }, source };
  }

  /** The `About` of the name whose record is next, after its text; shared if it can be. */
  function readAbout() {
    const langAt = words[at];
    const statusAt = words[at + 2];
    const lang = text();
    const status = text();
    const users = words[at++];
    if (users === 0 && words[at] === NO_YEAR && words[at + 1] === NO_YEAR) {
      at += 2;
      const key = `${langAt} ${statusAt} ${words[at]}`;
      const source = text();
      let shared = abouts.get(key);
      if (shared === undefined) abouts.set(key, (shared = about(lang, status, NO_USERS, null, null, source)));
      return shared;
    }
    const worldview = users === 0 ? NO_USERS : new Array(users);
    for (let k = 0; k < users; k++) worldview[k] = text();
    const from = words[at] === NO_YEAR ? null : words[at] | 0;
    const until = words[at + 1] === NO_YEAR ? null : words[at + 1] | 0;
    at += 2;
    return about(lang, status, worldview, from, until, text());
  }

  /** The index of the next name, its fields kept if they are sent; -1 for NONE. */
  function name() {
    const word = words[at++];
    if (word < NEW) return word;
    if (word === NONE) return -1;
    const index = word - NEW;
    keep(nameText, index, text());
    keep(nameAbout, index, readAbout());
    return index;
  }

  function match() {
    const p = place();
    const n = name();
    const shown = name();
    const known = nameAbout[n];
    const { worldview, years } = known;
    return {
      id: p.id,
      kind: p.kind,
      name: shown === -1 ? "" : nameText[shown],
      matched: {
        text: nameText[n],
        lang: known.lang,
        status: known.status,
        worldview: worldview.length === 0 ? [] : worldview.slice(),
        years: years === null ? null : { from: years.from, until: years.until },
        source: known.source,
      },
      iso: p.iso,
      wikidata: p.wikidata,
      geonames: p.geonames,
    };
  }

  /** A place, or null for NONE. */
  function optionalPlace() {
    if (words[at] === NONE) {
      at++;
      return null;
    }
    return place();
  }

  /** A place that lookup found: a match, and how. */
  function found() {
    const m = match();
    const rule = text();
    const [start, end] = [words[at], words[at + 1]];
    at += 2;
    const qualifier = optionalPlace();
    const edits = words[at++];
    m.how = { rule, start, end, qualifier: qualifier === null ? null : qualifier.id, edits };
    return m;
  }

  return {
    /** The answer of a lookup of `len` words: `{ matches, not_inside }`. */
    lookup(len) {
      start(len);
      const end = at + len;
      const area = optionalPlace();
      let notInside = null;
      if (area !== null) {
        notInside = { start: words[at], end: words[at + 1], qualifier: area.id };
        at += 2;
      }
      const matches = [];
      while (at < end) matches.push(found());
      return { matches, not_inside: notInside };
    },

    /** The matches of an answer of `len` words. */
    matches(len) {
      start(len);
      const end = at + len;
      const out = [];
      while (at < end) out.push(match());
      return out;
    },

    /** The suggestions of an answer of `len` words. */
    suggestions(len) {
      start(len);
      const end = at + len;
      const out = [];
      while (at < end) {
        const edits = words[at++];
        const m = match();
        m.edits = edits;
        out.push(m);
      }
      return out;
    },

    /** The mentions in `source` of an answer of `len` words. */
    mentions(len, source) {
      start(len);
      const end = at + len;
      const out = [];
      while (at < end) {
        const [from, to] = [words[at], words[at + 1]];
        const found = new Array(words[at + 2]);
        at += 3;
        for (let k = 0; k < found.length; k++) found[k] = match();
        const best = found[0];
        out.push({ start: from, end: to, text: source.slice(from, to), id: best.id, name: best.name, matches: found });
      }
      return out;
    },
  };
}
