// The toponym demo: suggestions as you type, a card for the chosen place (its names as of a
// year, if one is picked), the places in a pasted text, and the language and worldview they
// are shown in. Plain DOM, no framework; every answer comes from the package.

const $ = (id) => document.getElementById(id);

/** Creates an element: h("p", { class: "x", onclick }, "text", child, ...). */
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else el.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const EXAMPLES = [
  "Iturup", "択捉島", "Южные Курилы", "Kiev", "Leningrad", "독도", "Islas Malvinas",
  "الخليج العربي", "Macedonia", "СССР", "Bombay", "Denali",
];

const KIND_LABELS = {
  "world-region": "world region", "dependent-territory": "dependent territory",
  "historic-state": "historic state", "disputed-area": "disputed area", "island-group": "island group",
  "body-of-water": "body of water",
};

/** A news paragraph for the text finder, in English, Japanese and Russian. */
const SAMPLE_TEXT = `Talks on the Kuril Islands stalled again this week. Tokyo calls the four southern islands the Northern Territories (北方領土) and wants them back; in Moscow they are the Южные Курилы, and a new pier has just opened on Итуруп.

日本政府は択捉島を含む北方領土の返還を求めている。ロシアは南クリル諸島と呼ぶ。

Far away, the mayor of Kyiv (Kiev in older archives) flew to Buenos Aires to sign a grain deal. В Москве и в Киеве договор прокомментировали осторожно; из Буэнос-Айреса зерно пойдёт через Одессу.`;

/** How many suggestions the search box lists. */
const SUGGESTIONS = 8;

/** Milliseconds after the last keystroke before the card shows the place typed. */
const CARD_DELAY = 250;
let cardTimer;

const state = {
  lang: "en",
  worldview: "", // ISO 3166-1 code, or "" for general usage
  query: "",
  results: [], // the places with exactly the name typed (resolve); the first is opened as you type
  suggestions: [], // the search box's list (suggest)
  active: -1, // keyboard position in the suggestions
  placeId: null,
  matched: null, // { text, lang } of the name that matched the query or was found in the text
  fromText: null, // { text, others } when the place was opened from a mention in the text
  year: null, // the card shows names as in use in this year (a whole number); null: today
};

let api; // the package, once loaded (see the end of this file)

function showLoadError(error) {
  const box = $("load-error");
  const fromFile = location.protocol === "file:";
  box.replaceChildren(
    h("h2", {}, "The gazetteer could not be loaded"),
    h("p", {}, fromFile
      ? "Browsers do not load WebAssembly modules from files opened directly. Serve this folder instead: run "
      : "The page could not load its WebAssembly module. Build the package and serve the page with ",
      h("code", {}, "bash scripts/demo.sh"), " and open the address it prints."),
    h("p", { class: "quiet" }, String(error && error.message ? error.message : error)),
  );
  box.hidden = false;
  $("welcome").hidden = true;
}

// ---------------------------------------------------------------------------------------
// Names of languages and countries

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

function languageName(tag) {
  if (tag === "und") return "Unknown language";
  try {
    return languageNames.of(tag);
  } catch {
    return tag;
  }
}

function autonym(tag) {
  try {
    return new Intl.DisplayNames([tag], { type: "language", fallback: "code" }).of(tag);
  } catch {
    return tag;
  }
}

/** The place's name in the chosen language and worldview; as in use in `year` when given
 * (the card passes its year; the search box and the text show today's names). */
function nameOf(id, year = null) {
  return api.nameOf(id, state.lang, state.worldview || null, year);
}

function displayName(id, year = null) {
  return nameOf(id, year)?.text || id;
}

/** A country's name, from its ISO 3166-1 code or id. */
function countryName(code, year = null) {
  try {
    return api.nameOf(code, state.lang, state.worldview || null, year)?.text ?? code;
  } catch {
    return code;
  }
}

// ---------------------------------------------------------------------------------------
// Start-up: selectors, examples, events, and the state in the address

function start() {
  // In-page links (the skip links) move the focus without touching the address, which holds
  // the state.
  document.addEventListener("click", (e) => {
    const link = e.target instanceof Element && e.target.closest("a[href^='#']:not(.mention)");
    const target = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!target) return;
    e.preventDefault();
    target.focus();
  });

  // The selectors list what the data has; that takes a walk over every name, done once
  // the page has answered its first query.
  state.languages = ["en"];
  state.worldviews = [];
  readAddress({ trusted: true });
  fillLanguages();
  fillWorldviews();

  const search = $("search");
  search.value = state.query;
  for (const control of [search, $("lang"), $("worldview")]) control.disabled = false;

  $("example-list").replaceChildren(
    ...EXAMPLES.map((text) =>
      h("li", {}, h("button", { type: "button", lang: guessLang(text), onclick: () => useExample(text) }, text)),
    ),
  );

  search.addEventListener("input", () => {
    state.query = search.value;
    // The suggestions follow every keystroke; the card, the place with exactly the name typed,
    // once typing pauses, so that it does not flicker through every prefix ("I", "It", "Itu" ...).
    runSearch({ openFirst: false, showList: true });
    clearTimeout(cardTimer);
    cardTimer = setTimeout(() => {
      followQuery();
      writeAddress();
    }, CARD_DELAY);
    writeAddress();
  });
  search.addEventListener("keydown", onSearchKey);
  search.addEventListener("blur", closeList);
  search.addEventListener("click", () => openList());
  // A click on a suggestion must not take the focus from the search box (which would close it).
  $("results").addEventListener("mousedown", (e) => e.preventDefault());
  startFinder();
  $("lang").addEventListener("change", (e) => chooseLanguage(e.target.value));
  $("worldview").addEventListener("change", (e) => {
    state.worldview = e.target.value;
    refresh();
  });
  document.addEventListener("keydown", (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement
      || e.target instanceof HTMLTextAreaElement;
    if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      search.focus();
      search.select();
    }
  });
  window.addEventListener("popstate", () => {
    readAddress();
    $("search").value = state.query;
    $("lang").value = state.lang;
    fillWorldviews();
    refresh();
    loadLanguageOf(state.lang);
  });

  const sources = api.sources();
  $("sources").replaceChildren(
    ...sources.flatMap((s, i) => [
      i > 0 ? (i === sources.length - 1 ? " and " : ", ") : "",
      h("span", { title: [s.title, s.version, s.attribution].filter(Boolean).join(" · ") },
        s.title.split(/ \(|;/)[0], ` (${s.licence})`),
    ]),
  );
  const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
  if (wasm && wasm.decodedBodySize) {
    const mb = new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(wasm.decodedBodySize / 1e6);
    $("size").textContent = `: every place and the names in 22 languages are ${mb} MB of WebAssembly, and the names in every other language load when it is chosen`;
  }

  refresh();
  setTimeout(survey, 0);
  // A language chosen in the address whose names are in a pack.
  loadLanguageOf(state.lang);
  // The first findInText and suggest build their indexes (tens of milliseconds): done here,
  // while the page is idle, rather than on the first keystroke.
  whenIdle(() => {
    const start = performance.now();
    if (!textReady) renderMentions();
    api.suggest("a", 1);
    performance.measure("toponym indexes", { start });
  });
}

function whenIdle(task) {
  if ("requestIdleCallback" in window) requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 200);
}

/** The package's languages whose names are in a pack not loaded yet, by language subtag. */
function unloadedLanguages() {
  return new Set(api.languages().filter((l) => !l.loaded).map((l) => l.lang));
}

/**
 * Shows names in `tag`; first loads the language's pack if its names are in one, saying so
 * beside the selector. On failure the language stays as it was.
 */
async function chooseLanguage(tag) {
  const before = state.lang;
  state.lang = tag;
  fillWorldviews();
  refresh();
  writeAddress();
  if (!(await loadLanguageOf(tag)) && state.lang === tag) {
    state.lang = before;
    $("lang").value = before;
    fillWorldviews();
    refresh();
    writeAddress();
  }
}

/** Loads the pack of `tag`'s language if it has one not loaded; false if that failed. */
async function loadLanguageOf(tag) {
  const primary = tag.split("-")[0];
  if (!unloadedLanguages().has(primary)) return true;
  const status = $("lang-status");
  const select = $("lang");
  const label = languageName(primary);
  status.classList.remove("error");
  status.textContent = `Loading the names in ${label}…`;
  select.setAttribute("aria-busy", "true");
  select.disabled = true;
  try {
    await api.loadLanguages([primary]);
    survey();
    status.textContent = `Names in ${label} loaded.`;
    refresh();
    return true;
  } catch (error) {
    status.classList.add("error");
    status.textContent = `The names in ${label} could not be loaded: ${error.message}`;
    return false;
  } finally {
    select.removeAttribute("aria-busy");
    select.disabled = false;
    select.value = state.lang;
  }
}

/** Walks every name once: the languages and worldviews for the selectors, and the counts. */
function survey() {
  // Every language of the package: those whose names are loaded, by the tags of their names,
  // and those whose names wait in a pack, by their language subtag.
  const languages = new Set(["en", ...unloadedLanguages()]);
  const worldviews = new Set();
  const ids = api.placeIds();
  let count = 0;
  for (const id of ids) {
    for (const name of api.names(id)) {
      count++;
      languages.add(name.lang);
      for (const code of name.worldview) worldviews.add(code);
    }
  }
  state.languages = [...languages];
  state.worldviews = [...worldviews];
  const fromAddress = new URLSearchParams(location.hash.slice(1));
  if (!fromAddress.has("lang")) {
    const preferred = navigator.languages.map((l) => l.split("-")[0]).find((l) => languages.has(l));
    if (preferred && preferred !== state.lang) {
      state.lang = preferred;
      refresh();
      loadLanguageOf(preferred);
    }
  }
  if (!languages.has(state.lang)) state.lang = "en";
  if (!worldviews.has(state.worldview)) state.worldview = "";
  fillLanguages();
  fillWorldviews();
  const n = (x) => new Intl.NumberFormat("en").format(x);
  $("stats").textContent = `${n(ids.length)} places, ${n(count)} names loaded, ${n(languages.size)} languages.`;
}

function guessLang(text) {
  if (/[\u3040-\u30ff]|[\u4e00-\u9fff]/.test(text)) return "ja";
  if (/[\uac00-\ud7a3]/.test(text)) return "ko";
  if (/[\u0600-\u06ff]/.test(text)) return "ar";
  if (/[\u0400-\u04ff]/.test(text)) return "ru";
  return null;
}

function useExample(text) {
  clearTimeout(cardTimer);
  const search = $("search");
  search.value = text;
  state.query = text;
  search.focus();
  runSearch({ openFirst: true, showList: true });
  writeAddress();
}

/** Whether a language tag is offered first: one of the package's widely used languages, as
 * a plain language or in a script of its own (zh-Hans, zh-Hant), not a regional or a
 * romanised form. */
function isMainLanguage(tag) {
  const [language, script, ...rest] = tag.split("-");
  const plain = script === undefined || (/^[A-Z][a-z]{3}$/.test(script) && script !== "Latn" && rest.length === 0);
  return plain && mainLanguages().includes(language);
}

/** The widely used languages of the package, in its order (sorted), read once. */
let widelyUsed;
function mainLanguages() {
  widelyUsed ??= api.widelyUsedLanguages();
  return widelyUsed;
}

function fillLanguages() {
  const select = $("lang");
  const option = (tag) => {
    const english = languageName(tag);
    const own = autonym(tag);
    const label = own && own !== english && own !== tag ? `${english} · ${own}` : english;
    return { tag, label, english };
  };
  const all = state.languages.map(option).sort((a, b) => a.english.localeCompare(b.english, "en"));
  const main = all.filter((o) => isMainLanguage(o.tag));
  const toOption = (o) => h("option", { value: o.tag }, o.label);
  select.replaceChildren(
    ...(all.length > main.length && main.length > 1
      ? [h("optgroup", { label: "Widely used" }, main.map(toOption)),
        h("optgroup", { label: `All ${all.length} languages` }, all.filter((o) => !main.includes(o)).map(toOption))]
      : all.map(toOption)),
  );
  select.value = state.lang;
}

/** The countries whose own usage the data records, named in the chosen language. */
function fillWorldviews() {
  const select = $("worldview");
  const options = state.worldviews
    .map((code) => ({ code, name: api.nameOf(code, state.lang)?.text ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, state.lang));
  select.replaceChildren(
    h("option", { value: "" }, "Everyone (general usage)"),
    ...options.map(({ code, name }) => h("option", { value: code }, `${name} (${code})`)),
  );
  select.value = state.worldview;
}

/** Reads the state from the address; `trusted` before the survey of the data has run. */
function readAddress({ trusted = false } = {}) {
  const params = new URLSearchParams(location.hash.slice(1));
  state.query = params.get("q") ?? "";
  state.placeId = params.get("place");
  state.fromText = null;
  state.year = parseYear(params.get("year")) ?? null; // not a year: today
  const lang = params.get("lang") ?? "en";
  const worldview = params.get("worldview") ?? "";
  if (trusted) {
    // Checked by the survey; until then offered as the only choice besides the default.
    state.lang = /^[A-Za-z0-9-]{1,35}$/.test(lang) ? lang : "en";
    const country = /^[A-Z]{2}$/.test(worldview) ? api.place(worldview) : undefined;
    state.worldview = country && ["country", "historic-state"].includes(country.kind) ? worldview : "";
    if (!state.languages.includes(state.lang)) state.languages.push(state.lang);
    if (state.worldview) state.worldviews.push(state.worldview);
  } else {
    state.lang = state.languages.includes(lang) ? lang : "en";
    state.worldview = state.worldviews.includes(worldview) ? worldview : "";
  }
}

function writeAddress({ push = false } = {}) {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  if (state.placeId) params.set("place", state.placeId);
  if (state.lang !== "en") params.set("lang", state.lang);
  if (state.worldview) params.set("worldview", state.worldview);
  if (state.year !== null) params.set("year", String(state.year));
  const hash = params.toString();
  const url = hash ? `#${hash}` : location.pathname + location.search;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

/** Redraws everything for the current state. */
function refresh() {
  // An address with a query but no place (a shared search) opens the best match.
  runSearch({ openFirst: !state.placeId });
  renderCard();
  if (textReady) renderMentions();
  writeAddress();
}

// ---------------------------------------------------------------------------------------
// Search: the box is a combobox whose list is `suggest`'s answer; the card follows the first
// place with exactly the name typed (`resolve`), and a suggestion picked opens its place.

function nameOptions() {
  return { lang: state.lang, worldview: state.worldview || null };
}

/** Case, Latin accents, stress marks and width folded away, as the gazetteer folds
 * names and queries, to compare what is typed with a name. */
function fold(text) {
  return api.fold(text);
}

/** Looks up what is typed: the suggestions, the places with exactly that name, the status
 * line; with `openFirst`, the card follows (see `followQuery`); with `showList`, the list opens. */
function runSearch({ openFirst, showList = false }) {
  const query = state.query.trim();
  const status = $("status");
  status.classList.remove("empty");
  state.active = -1;
  if (!query) {
    state.results = [];
    state.suggestions = [];
    closeList();
    $("results").replaceChildren();
    status.textContent = "";
    $("examples").hidden = false;
  } else {
    let notInside = null;
    try {
      state.results = api.resolve(query, { ...nameOptions(), limit: 50 });
      state.suggestions = api.suggest(query, SUGGESTIONS, nameOptions());
      // No place has exactly this name, and none starts with it (so it is not a name being
      // typed): read it as people write names ("Dayton, OH", "Korea, Rep.", "Portugul"),
      // and say how.
      if (state.results.length === 0 && state.suggestions.every((s) => s.edits > 0)) {
        const loose = api.lookup(query, { ...nameOptions(), limit: 50 });
        state.results = loose.matches;
        notInside = loose.not_inside;
      }
    } catch (error) {
      state.results = [];
      state.suggestions = [];
      closeList();
      status.textContent = `Something went wrong: ${error.message}`;
      return;
    }
    const n = state.results.length;
    const k = state.suggestions.length;
    $("examples").hidden = n + k > 0;
    if (n > 0 && state.results[0].how) {
      status.textContent = howFound(query, state.results[0]);
    } else if (n > 0) {
      status.textContent = n === 1 ? "1 place has this name." : `${n} places have this name, most likely first.`;
    } else if (notInside) {
      status.classList.add("empty");
      const name = query.slice(notInside.start, notInside.end);
      status.textContent = `No place called “${name}” in ${displayName(notInside.qualifier)}.`;
    } else if (k === 0) {
      status.classList.add("empty");
      status.textContent = `No place is called “${query}”.`;
    } else if (state.suggestions.every((s) => s.edits > 0)) {
      status.textContent = `No name starts with “${query}”: did you mean one of the suggestions?`;
    } else {
      status.textContent = `No place is called just “${query}”; the suggestions are names that start with it.`;
    }
    renderSuggestions();
    if (showList) openList();
    else if (k === 0) closeList();
  }
  if (openFirst) {
    followQuery();
  } else {
    const current = state.results.find((m) => m.id === state.placeId);
    if (current && !state.fromText) state.matched = { text: current.matched.text, lang: current.matched.lang };
    // A "No match" card goes as soon as there is something to suggest.
    if (!state.placeId && state.suggestions.length) renderCard();
  }
}

/** How `lookup` read a query that is no place's name, in words: "Dayton, in Ohio, United
 * States", "Did you mean Portugal? 1 typo". */
function howFound(query, found) {
  const how = found.how;
  const part = query.slice(how.start, how.end);
  switch (how.rule) {
    case "qualified": {
      const where = [displayName(how.qualifier), whereIs(how.qualifier)].filter(Boolean);
      return `Read as ${found.name}, in ${where.join(", ")}.`;
    }
    case "typo": {
      const where = how.qualifier ? `, in ${displayName(how.qualifier)}` : "";
      return `Did you mean ${found.name}${where}? ${how.edits} ${how.edits === 1 ? "typo" : "typos"}`;
    }
    case "inverted":
      return `Read as ${found.name}: “${query}” is a list's inverted form of its name.`;
    case "generic":
      return `Read as ${found.name}, without the words that its name does not have.`;
    case "code":
      return `Read as ${found.name}: “${part}” is its code.`;
    case "partial":
      return `Read as ${found.name}, named “${part}” in what was typed.`;
    default:
      return `Read as ${found.name}.`;
  }
}

/** The card follows what is typed: the first place with exactly that name; "No match" when
 * nothing is called so and nothing is suggested; otherwise it keeps what it shows. */
function followQuery() {
  clearTimeout(cardTimer);
  const first = state.results[0];
  if (first) {
    state.placeId = first.id;
    state.matched = { text: first.matched.text, lang: first.matched.lang };
  } else if (!state.query.trim() || !state.suggestions.length) {
    state.placeId = null;
    state.matched = null;
  } else {
    return;
  }
  state.fromText = null;
  renderSuggestions();
  renderCard();
}

/** Ids of the places that contain a place, by id; they do not depend on the language. */
const parentsCache = new Map();

function parentsOf(id) {
  if (!parentsCache.has(id)) parentsCache.set(id, api.place(id)?.parents ?? []);
  return parentsCache.get(id);
}

/** Where a place is, for telling apart places of the same name: "Illinois, United States". */
function whereIs(id) {
  const parents = parentsOf(id).slice(0, 2);
  return parents.map(displayName).filter((name, i, all) => all.indexOf(name) === i).join(", ");
}

/** The name that picking a suggestion puts in the search box, and highlights in the card:
 * the displayed name when it starts with what was typed, else the name that matched. */
function pickedName(s) {
  const shown = nameOf(s.id);
  if (shown && s.edits === 0 && fold(shown.text).startsWith(fold(state.query.trim()))) {
    return { text: shown.text, lang: shown.lang };
  }
  return { text: s.matched.text, lang: s.matched.lang };
}

function renderSuggestions() {
  const list = $("results");
  const query = fold(state.query.trim());
  list.replaceChildren(
    ...state.suggestions.map((s, i) => {
      const title = s.name || s.id;
      const typo = s.edits > 0;
      // The name that matched, when the displayed one does not show why the place is here.
      const showMatched = typo || !fold(title).startsWith(query);
      const where = whereIs(s.id);
      const details = [
        typo ? h("span", { class: "fuzzy" }, "Did you mean ") : null,
        showMatched ? ["“", h("bdi", { lang: s.matched.lang }, s.matched.text), "”", typo ? "?" : ""] : null,
        showMatched && !typo && s.matched.lang !== "und" ? ` · ${languageName(s.matched.lang)}` : null,
        showMatched && s.matched.status === "historic" ? " · historic" : null,
        showMatched && s.matched.worldview.length
          ? ` · ${s.matched.worldview.map(countryName).join(", ")} usage` : null,
        where ? [showMatched ? " · " : "", h("span", { class: "where", lang: state.lang }, where)] : null,
      ].flat().filter(Boolean);
      return h("li", {
        id: `result-${i}`,
        role: "option",
        class: ["result", i === state.active && "active", typo && "typo", s.id === state.placeId && "current"]
          .filter(Boolean).join(" "),
        "aria-selected": String(i === state.active),
        onclick: () => pick(i, { focusCard: false }),
      },
      h("span", { class: "title", lang: state.lang, dir: "auto" }, title),
      h("span", { class: "kind" }, kindLabel(s.kind)),
      details.length ? h("span", { class: "how" }, ...details) : null,
      s.id === state.placeId ? h("span", { class: "visually-hidden" }, " (on the card now)") : null,
      );
    }),
  );
  const search = $("search");
  if (state.active >= 0) search.setAttribute("aria-activedescendant", `result-${state.active}`);
  else search.removeAttribute("aria-activedescendant");
}

function listIsOpen() {
  return !$("results").hidden;
}

function openList() {
  if (!state.suggestions.length || !state.query.trim()) return;
  $("results").hidden = false;
  $("search").setAttribute("aria-expanded", "true");
}

function closeList() {
  $("results").hidden = true;
  $("search").setAttribute("aria-expanded", "false");
  $("search").removeAttribute("aria-activedescendant");
  if (state.active >= 0) {
    state.active = -1;
    renderSuggestions();
  }
}

function moveTo(i) {
  state.active = i;
  renderSuggestions();
  $(`result-${i}`)?.scrollIntoView({ block: "nearest" });
}

function kindLabel(kind) {
  return KIND_LABELS[kind] ?? kind;
}

/** Opens the place of a suggestion, with its name in the search box. */
function pick(i, { focusCard }) {
  const s = state.suggestions[i];
  if (!s) return;
  clearTimeout(cardTimer);
  const name = pickedName(s);
  $("search").value = name.text;
  state.query = name.text;
  state.placeId = s.id;
  state.fromText = null;
  runSearch({ openFirst: false });
  state.matched = name;
  closeList();
  renderSuggestions();
  renderCard();
  writeAddress({ push: true });
  if (focusCard) $("card").focus();
}

function onSearchKey(e) {
  const n = state.suggestions.length;
  const open = listIsOpen();
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    if (!n) return;
    e.preventDefault();
    if (!open) {
      openList();
      moveTo(e.key === "ArrowDown" ? 0 : n - 1);
      return;
    }
    const step = e.key === "ArrowDown" ? 1 : -1;
    moveTo(state.active < 0 && step < 0 ? n - 1 : (state.active + step + n) % n);
  } else if (e.key === "Enter") {
    if (open && n) {
      e.preventDefault();
      pick(Math.max(state.active, 0), { focusCard: true });
    } else if (state.placeId) {
      e.preventDefault();
      $("card").focus();
    }
  } else if (e.key === "Escape") {
    if (open) {
      e.preventDefault();
      closeList();
    } else if (e.target.value) {
      e.preventDefault();
      clearTimeout(cardTimer);
      e.target.value = "";
      state.query = "";
      runSearch({ openFirst: true });
      writeAddress();
    }
  } else if (e.key === "Tab") {
    closeList();
  }
}

/** Opens another place (a parent, a claimant ...) as if it had been chosen. */
function goTo(id) {
  state.placeId = id;
  state.matched = null;
  state.fromText = null;
  renderSuggestions();
  renderCard();
  writeAddress({ push: true });
  $("card").focus();
}

// ---------------------------------------------------------------------------------------
// The place card

/** Buttons that open places, for the card: named as of the card's year. Each comma is kept
 * with the name before it, so that a narrow screen does not start a line with one. */
function placeLinks(ids) {
  return ids.flatMap((id, i) => [
    i > 0 ? " " : "",
    h("span", { class: "place-item" },
      h("button", { type: "button", class: "place-link", onclick: () => goTo(id), lang: state.lang }, displayName(id, state.year)),
      i < ids.length - 1 ? h("span", { class: "sep" }, ",") : null),
  ]);
}

function years(y) {
  if (!y) return "";
  return `${y.from ?? ""}–${y.until ?? ""}`;
}

/** A year in prose; the data counts years before the common era as negative. */
function yearText(year) {
  return year < 0 ? `${-year} BCE` : String(year);
}

/** A span of years in prose: "1924–1991", "since 2019", "until 1990", "1991". */
function spanText(y) {
  if (y.from !== null && y.until !== null) {
    return y.from === y.until ? yearText(y.from) : `${yearText(y.from)}–${yearText(y.until)}`;
  }
  if (y.from !== null) return `since ${yearText(y.from)}`;
  return y.until !== null ? `until ${yearText(y.until)}` : "";
}

/** Whether a year lies in a span; an open end reaches any year. */
function inYears(y, year) {
  return (y.from === null || y.from <= year) && (y.until === null || year <= y.until);
}

/** Whether a place existed in a year: a place without years (all but historic states) always did. */
function existedIn(place, year) {
  return !place.existed || inYears(place.existed, year);
}

function coordinates(c) {
  const lat = `${Math.abs(c.lat).toFixed(2)}° ${c.lat >= 0 ? "N" : "S"}`;
  const lon = `${Math.abs(c.lon).toFixed(2)}° ${c.lon >= 0 ? "E" : "W"}`;
  return `${lat}, ${lon}`;
}

function listText(items) {
  return new Intl.ListFormat("en", { type: "conjunction" }).format(items);
}

function renderCard() {
  renderPlace();
  markCurrentMentions();
}

function renderPlace() {
  const card = $("card");
  const welcome = $("welcome");
  const query = state.query.trim();
  if (!state.placeId) {
    // With suggestions for what is typed, the welcome stays until one is picked.
    const noMatch = !!query && state.suggestions.length === 0;
    card.hidden = !noMatch;
    welcome.hidden = noMatch;
    if (noMatch) {
      card.replaceChildren(
        h("h2", { id: "card-title" }, "No match"),
        h("p", {}, "Nothing in the gazetteer is called ", h("q", { dir: "auto" }, query),
          ", has a name that starts with it, or is spelt nearly like it."),
        h("p", { class: "quiet" },
          "Names are matched in any case, width or accent form: “ITURUP”, “Côte d’Ivoire” and “Cote d'Ivoire” all work, and so does the start of a name, “Itur”. ",
          "The data covers disputed and renamed places, the countries involved in them, and country names in many languages."),
      );
    }
    return;
  }
  let place;
  try {
    place = api.place(state.placeId, { ...nameOptions(), year: state.year });
  } catch (error) {
    card.hidden = false;
    welcome.hidden = true;
    card.replaceChildren(h("div", { class: "notice error", role: "alert" }, `Something went wrong: ${error.message}`));
    return;
  }
  if (!place) {
    state.placeId = null;
    renderPlace();
    return;
  }
  welcome.hidden = true;
  card.hidden = false;
  const shown = nameOf(place.id, state.year);
  const parts = [
    h("div", { class: "card-head" },
      h("h2", { id: "card-title", lang: shown?.lang, dir: "auto" }, place.name || place.id),
      h("span", { class: "kind" }, kindLabel(place.kind))),
    renderAlso(place),
    renderOtherMeanings(),
    shown ? h("p", { class: "shown-as" }, shownAs(shown)) : null,
    renderYearControl(),
    renderExistence(place),
    renderDispute(place),
    renderFacts(place),
    renderTimeline(place),
    renderNames(place, shown),
  ];
  // A change made from inside the card (its year, a timeline entry) redraws it: the focus
  // stays on the same control of the new card, so the keyboard does not lose its place.
  const focused = card.contains(document.activeElement) ? document.activeElement.id : "";
  card.replaceChildren(...parts.filter(Boolean));
  if (focused && focused !== "card") document.getElementById(focused)?.focus();
}

// The card's year: names as in use then.

/** The years that the package takes (negative: BCE). */
const YEAR_MIN = -0x8000_0000;
const YEAR_MAX = 0x7fff_ffff;

/** A year from the address or the year box: a whole number in the package's range; null for
 * nothing (today); undefined for anything else ("1950.5", "abc", a year of eleven digits). */
function parseYear(text) {
  const t = String(text ?? "").trim().replace(/^\u2212/, "-");
  if (!t) return null;
  if (!/^-?\d{1,10}$/.test(t)) return undefined;
  const year = Number(t) + 0; // + 0: "-0" is 0
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : undefined;
}

/** Shows the card as of `year` (null: today) and keeps it in the address; `focus` is the id
 * of the control to focus once the card is redrawn (the Today button goes away). */
function setYear(year, { focus = null } = {}) {
  if (year === state.year) return;
  state.year = year;
  renderCard();
  writeAddress();
  if (focus) $(focus)?.focus();
  // Said once the card is redrawn: a live region inside the card would be replaced with it.
  const title = $("card-title")?.textContent ?? "";
  const gone = $("card").querySelector(".not-existed strong")?.textContent;
  $("card-status").textContent = year === null
    ? `Names as of today: ${title}.`
    : `Names as of ${yearText(year)}: ${title}.${gone ? ` ${gone}.` : ""}`;
}

/** The year box: type a year and press Enter, or step with the arrow keys; empty is today. */
function renderYearControl() {
  const input = h("input", {
    id: "year", type: "number", step: 1, inputmode: "numeric", autocomplete: "off",
    placeholder: "today", value: state.year ?? "", "aria-describedby": "year-help year-error",
  });
  const error = h("span", { id: "year-error", class: "year-error", role: "alert" });
  // A number box reports "" both when it is empty and when what is typed is no number.
  const apply = () => {
    const year = input.validity.badInput ? undefined : parseYear(input.value);
    if (year === undefined) {
      input.setAttribute("aria-invalid", "true");
      error.textContent = "Type a whole year, such as 1950, or leave it empty for today.";
      return;
    }
    input.removeAttribute("aria-invalid");
    error.textContent = "";
    setYear(year);
  };
  // The arrow keys and leaving the box fire change; Enter applies what is typed. Not a form:
  // applying redraws the card, and a form gone by then would warn that it was not submitted.
  input.addEventListener("change", apply);
  input.addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    apply();
  });
  return h("div", { class: "year-control" },
    h("label", { for: "year" }, "Names as of"),
    input,
    state.year !== null
      ? h("button", { type: "button", class: "button", onclick: () => setYear(null, { focus: "year" }) }, "Today")
      : null,
    h("span", { id: "year-help", class: "hint" }, "Empty for today; negative years are BCE."),
    error);
}

/** When the card's year is outside the years a historic state existed: says so, and which
 * places came after it. The package names it as of the nearest year it existed. */
function renderExistence(place) {
  const year = state.year;
  if (year === null || existedIn(place, year)) return null;
  const { from, until } = place.existed;
  const before = from !== null && year < from;
  const span = from !== null && until !== null ? `from ${yearText(from)} to ${yearText(until)}`
    : from !== null ? `since ${yearText(from)}` : `until ${yearText(until)}`;
  return h("div", { class: "notice not-existed" },
    h("p", {},
      h("strong", {}, `This ${kindLabel(place.kind)} did not ${before ? "yet " : ""}exist in ${yearText(year)}`),
      `: it ${before && until === null ? "has existed" : "existed"} ${span}. Its names are shown as in ${yearText(before ? from : until)}.`),
    !before && place.succeeded_by.length
      ? h("p", {}, "Succeeded by ", ...placeLinks(place.succeeded_by), ".")
      : null);
}

// The names with years, oldest first, per language.

/** Whether the languages after the first in the timeline are shown; kept across redraws. */
let timelineOpen = false;

/** Oldest first: by the first year, then the last; an unknown start is the oldest, an open
 * end the newest. */
function byYears(a, b) {
  const from = (n) => n.years.from ?? -Infinity;
  const until = (n) => n.years.until ?? Infinity;
  return from(a) === from(b) ? (until(a) === until(b) ? 0 : until(a) < until(b) ? -1 : 1)
    : from(a) < from(b) ? -1 : 1;
}

/** A year well inside a name's years, for its timeline button: the middle of a closed span
 * (its ends are often the years of a renaming, when either name fits); this year for a name
 * still in use; the year before the end of a name whose start is unknown. */
function yearInside(y) {
  if (y.from !== null && y.until !== null) return Math.floor((y.from + y.until) / 2);
  if (y.from !== null) return Math.max(y.from, new Date().getFullYear());
  return y.until - 1;
}

function renderTimeline(place) {
  const groups = orderLanguages(
    Object.entries(place.names)
      .map(([lang, names]) => [lang, names.filter((n) => n.years).sort(byYears)])
      .filter(([, names]) => names.length),
    [state.lang, "en"],
  );
  if (!groups.length) return null;
  // The chosen language and English first; the rest (dozens of names for North Macedonia)
  // behind a disclosure, unless there are only a few.
  let first = groups.filter(([lang]) => lang === state.lang || lang === "en");
  if (!first.length || groups.length <= 3) first = groups.slice(0, groups.length <= 3 ? 3 : 1);
  const rest = groups.filter((g) => !first.includes(g));
  const list = (gs) => h("ul", { class: "timeline-langs" }, gs.map(([lang, names]) => timelineLanguage(lang, names)));
  const count = rest.reduce((n, [, names]) => n + names.length, 0);
  return h("section", { class: "timeline", "aria-labelledby": "timeline-title" },
    h("h3", { id: "timeline-title" }, "Names through time"),
    h("p", { class: "legend" }, "The names with known years, oldest first. Pick one to see the card as of a year it was in use."),
    list(first),
    rest.length
      ? h("details", { open: timelineOpen, ontoggle: (e) => { timelineOpen = e.target.open; } },
        h("summary", {}, `${count} more in ${rest.length} other ${rest.length === 1 ? "language" : "languages"}`),
        list(rest))
      : null);
}

function timelineLanguage(lang, names) {
  return h("li", {},
    h("span", { class: "timeline-lang", id: `timeline-${lang}` }, languageName(lang), h("span", { class: "tag" }, lang)),
    h("ol", { class: "timeline-names", "aria-labelledby": `timeline-${lang}` },
      names.map((n, i) => timelineEntry(lang, n, i))));
}

/** One dated name: a button that sets the card's year to one inside the name's years. */
function timelineEntry(lang, name, i) {
  const id = `when-${lang}-${i}`;
  const year = yearInside(name.years);
  const current = state.year !== null && inYears(name.years, state.year);
  const whose = name.worldview.length ? `${listText(name.worldview.map((c) => countryName(c, state.year)))}’s usage` : null;
  return h("li", { class: current ? "in-year" : null },
    h("button", { type: "button", id, class: "timeline-entry", onclick: () => setYear(year, { focus: id }) },
      h("span", { class: "when" }, spanText(name.years)),
      h("bdi", { class: "what", lang, dir: "auto" }, name.text),
      h("span", { class: `status-badge status-${name.status}` }, name.status),
      whose ? h("span", { class: "wv" }, whose) : null,
      h("span", { class: "visually-hidden" },
        current ? `, in use in ${yearText(state.year)}` : "", `: show the names as of ${yearText(year)}`)));
}

/** For a place opened from the text: the other places that the mention can mean. */
function renderOtherMeanings() {
  const from = state.fromText;
  if (!from || !from.others.length) return null;
  const others = from.others.flatMap(({ id, kind }, i) => [
    i > 0 ? (i === from.others.length - 1 ? " or " : ", ") : "",
    ...placeLinks([id]), ` (${kindLabel(kind)})`,
  ]);
  return h("p", { class: "other-meanings" },
    "In the text, ", h("q", { dir: "auto" }, from.text), " can also mean ", ...others, ".");
}

/** The name in a few other widely used languages and scripts, as the same worldview's usage. */
function renderAlso(place) {
  const seen = new Set([place.name]);
  const also = [];
  const year = state.year;
  for (const lang of ["en", "ja", "ru", "zh-Hans", "ko", "ar", "uk", "es", "fr", "de"]) {
    const name = api.nameOf(place.id, lang, state.worldview || null, year);
    const sameLanguage = name && name.lang.split("-")[0] === lang.split("-")[0];
    // A historic name only as of a year when it was in use ("Ленинград" in 1950).
    const current = name?.status !== "historic" || (year !== null && name.years && inYears(name.years, year));
    if (sameLanguage && current && !seen.has(name.text)) {
      seen.add(name.text);
      also.push(h("bdi", { lang: name.lang, title: languageName(name.lang) }, name.text));
    }
    if (also.length === 5) break;
  }
  const separated = also.flatMap((el, i) => (i ? [h("span", { class: "sep", "aria-hidden": "true" }, " · "), el] : [el]));
  return also.length ? h("p", { class: "also" }, ...separated) : null;
}

function shownAs(name) {
  const whose = name.worldview.length
    ? `${listText(name.worldview.map((c) => countryName(c, state.year)))}’s usage`
    : "general usage";
  const fallback = name.lang !== state.lang && !name.lang.startsWith(`${state.lang}-`)
    ? ` (no ${languageName(state.lang)} name recorded)`
    : "";
  const when = name.years ? ` (${name.years.until === null ? "in use " : ""}${spanText(name.years)})` : "";
  return `Shown: the ${name.status} ${languageName(name.lang)} name${when}, ${whose}${fallback}.`;
}

function renderDispute(place) {
  const parties = [...new Set([...place.administered_by, ...place.claimed_by])];
  if (parties.length === 0) return null;
  const country = (id) => countryName(id, state.year);
  return h("section", { class: "dispute", "aria-labelledby": "dispute-title" },
    h("h3", { id: "dispute-title" }, place.claimed_by.length > 1 || place.claimed_by.some((c) => !place.administered_by.includes(c))
      ? "A disputed place" : "Administration"),
    place.administered_by.length
      ? h("p", {}, "Administered by ", ...placeLinks(place.administered_by), ".") : null,
    place.claimed_by.length
      ? h("p", {}, "Claimed by ", ...placeLinks(place.claimed_by), ".") : null,
    h("p", { id: "sides-title", class: "sides-title" }, "What each side calls it:"),
    h("ul", { class: "sides", "aria-labelledby": "sides-title" },
      ...parties.map((id) => {
        const code = api.place(id)?.iso2 ?? id;
        const name = api.nameOf(place.id, state.lang, code, state.year);
        return h("li", {},
          h("span", { class: "who" }, country(id)),
          h("span", { class: "what", lang: name?.lang, dir: "auto" }, name?.text ?? "—"));
      })),
  );
}

function renderFacts(place) {
  const rows = [];
  const row = (label, ...value) => rows.push(h("dt", {}, label), h("dd", {}, ...value));
  row("Kind", kindLabel(place.kind));
  if (place.parents.length) row("Part of", ...placeLinks(place.parents));
  if (place.coordinates) {
    const { lat, lon } = place.coordinates;
    row("Coordinates", coordinates(place.coordinates), " ",
      h("a", { href: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=7/${lat}/${lon}`, rel: "noopener" }, "map"));
  }
  const codes = [
    place.iso2 && ["ISO 3166-1", place.iso2],
    place.iso3 && ["ISO 3166-1 alpha-3", place.iso3],
    place.iso_sub && ["ISO 3166-2", place.iso_sub],
    place.wikidata && ["Wikidata", place.wikidata],
    place.geonames && ["GeoNames", String(place.geonames)],
  ].filter(Boolean);
  if (codes.length) {
    row("Codes", ...codes.map(([label, code]) => h("span", { class: "code", title: label }, code)));
  }
  if (place.population) row("Population", new Intl.NumberFormat("en").format(place.population));
  if (place.existed) row("Existed", years(place.existed));
  if (place.succeeded_by.length) row("Succeeded by", ...placeLinks(place.succeeded_by));
  return h("dl", { class: "facts" }, ...rows);
}

/** Languages in the order a reader wants them: the displayed and matched names' languages,
 * English, the widely used languages, then the rest by their English name. */
function orderLanguages(groups, first) {
  const rank = (lang) => {
    const at = first.indexOf(lang);
    if (at >= 0) return at;
    const main = isMainLanguage(lang) ? mainLanguages().indexOf(lang.split("-")[0]) : -1;
    return main >= 0 ? first.length + main : first.length + mainLanguages().length;
  };
  return groups.sort(([a], [b]) => rank(a) - rank(b) || languageName(a).localeCompare(languageName(b), "en"));
}

function renderNames(place, shown) {
  const groups = orderLanguages(
    Object.entries(place.names),
    [shown?.lang, state.matched?.lang, "en"].filter(Boolean),
  );
  const count = groups.reduce((n, [, names]) => n + names.length, 0);
  const tbody = h("tbody");
  const filter = h("input", {
    id: "name-filter", type: "search", placeholder: "language or name", autocomplete: "off",
    oninput: () => fillRows(filter.value),
  });
  const summary = h("p", { class: "visually-hidden", role: "status" });

  function fillRows(needle) {
    const q = needle.trim().toLocaleLowerCase();
    const rows = [];
    for (const [lang, names] of groups) {
      const label = languageName(lang);
      const langMatches = !q || label.toLocaleLowerCase().includes(q) || lang.toLowerCase().includes(q);
      const visible = names.filter((n) => langMatches || n.text.toLocaleLowerCase().includes(q));
      visible.forEach((n, i) => {
        const isShown = shown && shown.lang === lang && shown.text === n.text;
        const isMatched = state.matched && state.matched.lang === lang && state.matched.text === n.text;
        rows.push(h("tr", { class: [isShown && "shown", isMatched && "matched", i === 0 && "first-of-lang"].filter(Boolean).join(" ") || null },
          i === 0
            ? h("th", { scope: "rowgroup", rowspan: visible.length }, label, h("span", { class: "tag" }, lang))
            : null,
          h("td", { class: "name", lang, dir: "auto" }, n.text,
            isShown ? h("span", { class: "visually-hidden" }, " (shown)") : null,
            isMatched ? h("span", { class: "visually-hidden" }, " (matched your search)") : null),
          h("td", {}, h("span", { class: `status-badge status-${n.status}` }, n.status)),
          h("td", {}, n.worldview.length
            ? n.worldview.flatMap((c, k) => [k ? ", " : "", h("span", { class: "wv", title: c }, countryName(c, state.year))])
            : h("span", { class: "general" }, "general")),
          h("td", { class: "years" }, years(n.years)),
          h("td", { class: "source" }, n.source)));
      });
    }
    tbody.replaceChildren(...rows);
    if (!rows.length) {
      tbody.append(h("tr", {}, h("td", { colspan: 6, class: "no-names" }, "No name or language matches the filter.")));
    }
    summary.textContent = q ? `${rows.length} of ${count} names shown` : "";
  }
  fillRows("");

  return h("section", { "aria-labelledby": "names-title" },
    h("div", { class: "names-head" },
      h("h3", { id: "names-title" }, `All ${count} names, by language`),
      groups.length > 3
        ? h("div", { class: "field" }, h("label", { for: "name-filter" }, "Filter"), filter)
        : null),
    h("p", { class: "legend" },
      h("span", {}, h("span", { class: "swatch shown" }), "the name shown above"),
      state.matched
        ? h("span", {}, h("span", { class: "swatch matched" }),
          state.fromText ? "the name found in the text" : "the name that matched your search")
        : null),
    summary,
    h("div", { class: "table-wrap" },
      h("table", {},
        h("caption", { class: "visually-hidden" }, `Names of ${place.name}`),
        h("thead", {}, h("tr", {},
          ...["Language", "Name", "Status", "Whose usage", "Years", "Source"].map((c) => h("th", { scope: "col" }, c)))),
        tbody)),
  );
}

// ---------------------------------------------------------------------------------------
// Find places in a text: every mention highlighted, each a link to its place's card.

let textReady = false; // set once the sample has been looked at (the index is built then)
let textTimer;

function startFinder() {
  const text = $("text");
  text.value = SAMPLE_TEXT;
  for (const control of [text, $("text-sample"), $("text-clear")]) control.disabled = false;
  text.addEventListener("input", () => {
    clearTimeout(textTimer);
    textTimer = setTimeout(renderMentions, 150);
  });
  $("text-sample").addEventListener("click", () => setText(SAMPLE_TEXT));
  $("text-clear").addEventListener("click", () => setText(""));
}

function setText(value) {
  const text = $("text");
  text.value = value;
  clearTimeout(textTimer);
  renderMentions();
  text.focus();
}

/** The address of a place's card, for a link's href (the link itself opens it in place). */
function placeHref(id) {
  const params = new URLSearchParams({ place: id });
  if (state.lang !== "en") params.set("lang", state.lang);
  if (state.worldview) params.set("worldview", state.worldview);
  if (state.year !== null) params.set("year", String(state.year));
  return `#${params}`;
}

function renderMentions() {
  textReady = true;
  clearTimeout(textTimer);
  const text = $("text").value;
  const output = $("text-output");
  const status = $("text-status");
  status.classList.remove("empty");
  if (!text.trim()) {
    output.hidden = true;
    output.replaceChildren();
    status.textContent = "Type or paste a text above to see the places it mentions.";
    return;
  }
  let mentions;
  try {
    mentions = api.findInText(text, nameOptions());
  } catch (error) {
    output.hidden = true;
    status.textContent = `Something went wrong: ${error.message}`;
    return;
  }
  if (!mentions.length) {
    output.hidden = true;
    output.replaceChildren();
    status.classList.add("empty");
    status.textContent = "No place names found in this text.";
    return;
  }
  const places = new Set(mentions.map((m) => m.matches[0].id)).size;
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  status.textContent = `${plural(mentions.length, "mention", "mentions")} of ${plural(places, "place", "places")}.`;

  const parts = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.start > at) parts.push(text.slice(at, mention.start));
    parts.push(mentionLink(mention));
    at = mention.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  output.replaceChildren(...parts);
  output.hidden = false;
}

function mentionLink(mention) {
  const [best, ...others] = mention.matches;
  const name = best.name || best.id;
  // The place's name is shown after the mention when it says more than the mention does.
  const gloss = fold(name) === fold(mention.text) ? null : name;
  const title = [
    `${name}, ${kindLabel(best.kind)}`,
    others.length ? `can also mean ${listText(others.map((m) => `${m.name} (${kindLabel(m.kind)})`))}` : null,
  ].filter(Boolean).join("; ");
  return h("a", {
    class: `mention${best.id === state.placeId ? " current" : ""}`,
    href: placeHref(best.id),
    title,
    "data-place": best.id,
    "aria-current": best.id === state.placeId ? "true" : null,
    onclick: (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; // a new tab or window
      e.preventDefault();
      openMention(mention);
    },
  },
  h("mark", {}, mention.text),
  gloss ? [h("span", { class: "visually-hidden" }, ": "), h("span", { class: "gloss", lang: state.lang, dir: "auto" }, gloss)] : null);
}

function openMention(mention) {
  const [best, ...others] = mention.matches;
  state.placeId = best.id;
  state.matched = { text: best.matched.text, lang: best.matched.lang };
  state.fromText = { text: mention.text, others: others.map((m) => ({ id: m.id, kind: m.kind })) };
  renderSuggestions();
  renderCard();
  writeAddress({ push: true });
  $("card").focus();
}

/** Marks the mentions of the place on the card. */
function markCurrentMentions() {
  for (const link of $("text-output").querySelectorAll(".mention")) {
    const current = link.dataset.place === state.placeId;
    link.classList.toggle("current", current);
    if (current) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
}

// ---------------------------------------------------------------------------------------
// Loading the package: a dynamic import, so that a failure can be explained on the page.

try {
  api = await import("toponym");
} catch (error) {
  showLoadError(error);
  throw error;
}
start();
