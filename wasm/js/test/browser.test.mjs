// End-to-end tests in headless Chromium (Debian's, driven by playwright-core): the demo page
// in www/ served on 127.0.0.1, and a Vite build of an app that imports the package. One test
// times `suggest` per keystroke in the page and prints the median and 90th percentile:
//
//   node --test wasm/js/test/browser.test.mjs
//   node --test --test-name-pattern=budget wasm/js/test/browser.test.mjs    (only the timing)
//
// Environment: CHROMIUM (default /usr/bin/chromium), VITE_APP (a copy of vite-app/ in a project
// with the package installed, built into its dist/; those tests are skipped without it),
// SCREENSHOTS (default target/screenshots).
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { serve } from "../../../scripts/serve.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const shots = resolve(root, process.env.SCREENSHOTS ?? "target/screenshots");
mkdirSync(shots, { recursive: true });

let context;
let site;
let profile;

before(async () => {
  site = await serve(join(root, "www"));
  profile = mkdtempSync(join(tmpdir(), "toponym-chromium-"));
  // A fresh profile each run (playwright passes it as --user-data-dir).
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    locale: "en-US",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
});

after(async () => {
  await context?.close();
  site?.server.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** A new page that records every console error, uncaught exception and failed request. */
async function open(url, viewport = { width: 1280, height: 900 }, setup = async () => {}) {
  const page = await context.newPage();
  await setup(page);
  await page.setViewportSize(viewport);
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`exception: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url);
  return { page, problems };
}

test("the demo: type Iturup, see its names, switch the worldview", async () => {
  const { page, problems } = await open(site.url);
  const search = page.getByLabel("Place name, in any language or script");
  await search.waitFor();
  await page.waitForFunction(() => !document.getElementById("search").disabled);
  await page.screenshot({ path: join(shots, "1-start.png"), fullPage: true });

  await search.pressSequentially("Iturup", { delay: 20 });
  const card = page.locator("#card");
  await card.getByRole("heading", { name: "Iturup" }).waitFor();
  const names = card.locator("table");
  await names.getByRole("cell", { name: "択捉島", exact: true }).waitFor();
  await names.getByRole("cell", { name: "Итуруп", exact: true }).waitFor();
  assert.match(await card.textContent(), /island/);
  await page.screenshot({ path: join(shots, "2-iturup.png"), fullPage: true });

  // Iturup lies in the disputed South Kurils; its parent link shows the chosen side's name.
  const worldview = page.getByLabel("As used by");
  await worldview.selectOption("JP");
  await card.getByRole("button", { name: "Northern Territories" }).waitFor();
  await worldview.selectOption("RU");
  await card.getByRole("button", { name: "Southern Kurils" }).click();
  await card.getByRole("heading", { name: "Southern Kurils" }).waitFor();
  assert.match(await card.locator(".dispute").textContent(), /Administered by Russia/);
  await worldview.selectOption("JP");
  await card.getByRole("heading", { name: "Northern Territories" }).waitFor();
  await page.screenshot({ path: join(shots, "3-south-kurils-japan.png"), fullPage: true });

  // The language selector changes the displayed names too.
  await page.getByLabel("Show names in").selectOption("ja");
  await card.getByRole("heading", { name: "北方領土" }).waitFor();
  await page.screenshot({ path: join(shots, "4-south-kurils-japanese.png"), fullPage: true });

  assert.deepEqual(problems, []);
  await page.close();
});

test("the demo: a language whose names are in a pack, loaded when chosen and kept in the address", async () => {
  const { page, problems } = await open(`${site.url}#place=in`);
  const card = page.locator("#card");
  await card.getByRole("heading", { name: "India" }).waitFor();
  const select = page.getByLabel("Show names in");
  // Every language is offered, in its own language too, before its names are loaded.
  await page.waitForFunction(() => document.querySelectorAll("#lang option").length > 300);
  const kannada = select.locator("option[value='kn']");
  assert.match(await kannada.textContent(), /Kannada · ಕನ್ನಡ/);
  await select.selectOption("kn");
  await page.getByRole("status").filter({ hasText: "Names in Kannada loaded." }).waitFor();
  await card.getByRole("heading", { name: "ಭಾರತ" }).waitFor();
  assert.match(page.url(), /lang=kn/);
  await page.screenshot({ path: join(shots, "14-india-kannada.png"), fullPage: true });
  // The address alone brings the language back: its pack is loaded on arrival.
  const again = await open(page.url());
  await again.page.locator("#card").getByRole("heading", { name: "ಭಾರತ" }).waitFor();
  assert.equal(await again.page.getByLabel("Show names in").inputValue(), "kn");
  assert.deepEqual(again.problems, []);
  await again.page.close();
  // A pack that cannot be fetched: the page says so and keeps the language it had.
  await page.route("**/packs/ta.pack", (route) => route.fulfill({ status: 404, body: "" }));
  await select.selectOption("ta");
  await page.locator("#lang-status.error").filter({ hasText: /Tamil could not be loaded/ }).waitFor();
  assert.equal(await select.inputValue(), "kn");
  await card.getByRole("heading", { name: "ಭಾರತ" }).waitFor();
  assert.deepEqual(problems.filter((p) => !/404|ta\.pack/.test(p)), []);
  await page.close();
});

test("the demo: keyboard only", async () => {
  const { page, problems } = await open(site.url);
  await page.waitForFunction(() => !document.getElementById("search").disabled);
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement.id), "search");
  await page.keyboard.type("Macedonia");
  await page.locator("#results [role=option]").nth(1).waitFor();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.locator("#search").getAttribute("aria-activedescendant"), "result-1");
  await page.keyboard.press("Enter");
  await page.locator("#card").getByRole("heading", { name: "North Macedonia" }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), "card");
  // Tab reaches the controls in the card, with a visible focus ring.
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the demo: empty and no-match states, and every example resolves", async () => {
  const { page, problems } = await open(site.url);
  await page.waitForFunction(() => !document.getElementById("search").disabled);
  const search = page.locator("#search");
  await search.fill("Nowhereland");
  await page.getByText("No place is called “Nowhereland”.").waitFor();
  await page.locator("#card").getByRole("heading", { name: "No match" }).waitFor();
  await page.screenshot({ path: join(shots, "5-no-match.png"), fullPage: true });
  await search.fill("");
  await page.locator("#welcome").waitFor();

  const examples = page.locator("#example-list button");
  const count = await examples.count();
  assert.ok(count >= 8);
  for (let i = 0; i < count; i++) {
    await search.fill("");
    const text = await examples.nth(i).textContent();
    await examples.nth(i).click();
    await page.locator("#results [role=option]").first().waitFor();
    assert.equal(await search.inputValue(), text);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("the demo: names as people write them, and how they were read", async () => {
  const { page, problems } = await open(site.url);
  await page.waitForFunction(() => !document.getElementById("search").disabled);
  const search = page.locator("#search");
  await search.fill("Dayton, OH");
  await page.getByText("Read as Dayton, in Ohio, United States.").waitFor();
  await page.locator("#card").getByRole("heading", { name: "Dayton" }).waitFor();
  await page.screenshot({ path: join(shots, "12-loose.png"), fullPage: true });
  await search.fill("Portugul");
  await page.getByText("Did you mean Portugal? 1 typo").waitFor();
  await search.fill("Springfield, Canada");
  await page.getByText("No place called “Springfield” in Canada.").waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("the demo: state in the address, and a phone-sized screen", async () => {
  const { page, problems } = await open(`${site.url}#q=%D0%A1%D0%A1%D0%A1%D0%A0&worldview=UA`, { width: 390, height: 844 });
  await page.locator("#card").getByRole("heading", { name: "Soviet Union" }).waitFor();
  assert.equal(await page.locator("#worldview").inputValue(), "UA");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: join(shots, "6-phone.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("the demo: names as of a year, and the timeline of a place's names", async () => {
  const { page, problems } = await open(site.url);
  await page.waitForFunction(() => !document.getElementById("search").disabled);
  const card = page.locator("#card");
  const title = card.locator("#card-title");
  const hash = () => new URL(page.url()).hash;

  // Leningrad is Saint Petersburg's name today; the card names it as of the year typed.
  await page.locator("#search").pressSequentially("Leningrad", { delay: 20 });
  await card.getByRole("heading", { name: "Saint Petersburg" }).waitFor();
  const year = card.getByLabel("Names as of");
  await year.focus();
  await page.keyboard.type("1950");
  await page.keyboard.press("Enter");
  await card.getByRole("heading", { name: "Leningrad" }).waitFor();
  assert.match(hash(), /(^#|&)year=1950(&|$)/);
  // The card was redrawn; the focus stays in the year box, so the keyboard goes on from there.
  assert.equal(await page.evaluate(() => document.activeElement.id), "year");
  assert.match(await page.locator("#card-status").textContent(), /1950: Leningrad/);
  await page.keyboard.press("ArrowUp"); // a year on
  await page.waitForFunction(() => location.hash.includes("year=1951"));
  assert.equal(await title.textContent(), "Leningrad");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2000");
  await page.keyboard.press("Enter");
  await card.getByRole("heading", { name: "Saint Petersburg" }).waitFor();
  assert.match(hash(), /year=2000/);

  // The timeline lists the dated names, oldest first, and a click shows a year of one.
  const timeline = card.getByRole("region", { name: "Names through time" });
  const english = timeline.getByRole("list", { name: /English/ });
  assert.deepEqual((await english.locator(".what").allTextContents()), ["Petrograd", "Leningrad"]);
  const leningrad = english.getByRole("button", { name: /Leningrad/ });
  assert.match(await leningrad.textContent(), /1924–1991/);
  await page.screenshot({ path: join(shots, "13-year-timeline.png"), fullPage: true });
  await english.getByRole("button", { name: /Petrograd/ }).click();
  await card.getByRole("heading", { name: "Petrograd" }).waitFor();
  const chosen = Number(new URLSearchParams(hash().slice(1)).get("year"));
  assert.ok(chosen >= 1914 && chosen <= 1924, String(chosen));
  assert.equal(await card.getByLabel("Names as of").inputValue(), String(chosen));
  // The other languages' dated names wait behind a disclosure.
  const more = timeline.locator("details");
  assert.equal(await more.getAttribute("open"), null);
  await more.locator("summary").click();
  await timeline.getByRole("button", { name: /Ленинград/ }).first().waitFor();

  // Today again: the button, and the address forgets the year.
  await card.getByRole("button", { name: "Today" }).click();
  await card.getByRole("heading", { name: "Saint Petersburg" }).waitFor();
  assert.doesNotMatch(hash(), /year=/);
  assert.equal(await page.evaluate(() => document.activeElement.id), "year");
  assert.equal(await card.getByRole("button", { name: "Today" }).count(), 0);

  // What is no year is said so, and changes nothing.
  await card.getByLabel("Names as of").fill("1950.5");
  await page.keyboard.press("Enter");
  await card.getByRole("alert").getByText("Type a whole year").waitFor();
  assert.doesNotMatch(hash(), /year=/);
  assert.equal(await card.getByLabel("Names as of").getAttribute("aria-invalid"), "true");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the demo: a historic state in a year it did not exist, on a phone too", async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const { page, problems } = await open(`${site.url}#place=su&year=2000`, viewport);
    const card = page.locator("#card");
    await card.getByRole("heading", { name: "Soviet Union" }).waitFor();
    assert.equal(await card.getByLabel("Names as of").inputValue(), "2000");
    const notice = card.locator(".not-existed");
    assert.match(await notice.textContent(), /did not exist in 2000: it existed from 1922 to 1991/);
    await notice.getByRole("button", { name: "Ukraine" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    await page.screenshot({ path: join(shots, `14-not-existed-${viewport.width}.png`), fullPage: true });
    // A successor opens as of the same year.
    await notice.getByRole("button", { name: "Russia" }).click();
    await card.getByRole("heading", { name: "Russia" }).waitFor();
    assert.match(new URL(page.url()).hash, /place=ru&year=2000/);
    assert.equal(await card.locator(".not-existed").count(), 0);

    // The timeline on a phone, with the year in its range marked.
    await page.goto(`${site.url}#place=saint-petersburg&year=1950`);
    await card.getByRole("heading", { name: "Leningrad" }).waitFor();
    assert.match(await card.locator(".timeline .in-year").first().textContent(), /Leningrad/);
    const overflowNow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflowNow <= 0, `the page is ${overflowNow}px wider than the screen`);
    await page.screenshot({ path: join(shots, `15-leningrad-${viewport.width}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  }

  // Years from the address: bad ones are ignored, far ones, 0 and negative ones just work.
  for (const [year, kept] of [["abc", null], ["1950.5", null], ["99999999999", null], ["0", "0"],
    ["-3000", "-3000"], ["2147483647", "2147483647"], ["-2147483648", "-2147483648"]]) {
    const { page, problems } = await open(`${site.url}#place=su&year=${year}`);
    const card = page.locator("#card");
    await card.getByRole("heading", { name: "Soviet Union" }).waitFor();
    assert.equal(await card.getByLabel("Names as of").inputValue(), kept ?? "", year);
    assert.equal(new URLSearchParams(new URL(page.url()).hash.slice(1)).get("year"), kept, year);
    assert.equal(await card.locator(".not-existed").count(), kept === null ? 0 : 1, year);
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test("the demo: suggestions as you type, by keyboard and mouse", async () => {
  const { page, problems } = await open(site.url);
  await page.waitForFunction(() => !document.getElementById("search").disabled);
  const search = page.locator("#search");
  const list = page.getByRole("listbox", { name: "Suggested places" });
  const card = page.locator("#card");

  // The start of a name: no place is called "Itur", but Iturup starts so.
  await search.pressSequentially("Itur", { delay: 20 });
  await list.getByRole("option", { name: /^Iturup/ }).waitFor();
  assert.equal(await search.getAttribute("aria-expanded"), "true");
  assert.equal(await search.getAttribute("aria-controls"), await list.getAttribute("id"));
  assert.ok((await list.getByRole("option").count()) <= 8);
  await page.screenshot({ path: join(shots, "7-suggestions.png") });
  await page.keyboard.press("ArrowDown");
  const active = await search.getAttribute("aria-activedescendant");
  assert.equal(await page.locator(`#${active}`).getAttribute("aria-selected"), "true");
  assert.match(await page.locator(`#${active}`).textContent(), /Iturup/);
  await page.keyboard.press("Enter");
  await card.getByRole("heading", { name: "Iturup" }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), "card");
  assert.equal(await search.getAttribute("aria-expanded"), "false");
  assert.ok(await list.isHidden());

  // A typo: a hint, and a click picks the place.
  await search.fill("");
  await search.pressSequentially("Kiyv", { delay: 20 });
  const kyiv = list.getByRole("option", { name: /^Kyiv/ });
  await kyiv.waitFor();
  assert.match(await kyiv.textContent(), /did you mean/i);
  await page.screenshot({ path: join(shots, "8-typo.png") });
  await kyiv.click();
  await card.getByRole("heading", { name: "Kyiv" }).waitFor();
  assert.ok(await list.isHidden());

  // Escape closes the list and keeps the text; a second Escape clears it.
  await search.fill("");
  await search.pressSequentially("Mosc", { delay: 20 });
  await list.getByRole("option").first().waitFor();
  await page.keyboard.press("Escape");
  await list.waitFor({ state: "hidden" });
  assert.equal(await search.getAttribute("aria-expanded"), "false");
  assert.equal(await search.inputValue(), "Mosc");
  await page.keyboard.press("ArrowDown"); // opens it again, on the first suggestion
  await list.waitFor();
  assert.equal(await search.getAttribute("aria-activedescendant"), "result-0");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  assert.equal(await search.inputValue(), "");

  // Leaving the box closes the list.
  await search.pressSequentially("Итур", { delay: 20 });
  await list.getByRole("option", { name: /^Iturup/ }).waitFor();
  assert.match(await list.textContent(), /Итуруп/); // the name that matched, as it is not the one shown
  await page.keyboard.press("Tab");
  await list.waitFor({ state: "hidden" });

  // The suggestions follow the language and worldview selectors.
  await page.getByLabel("As used by").selectOption("JP");
  await search.fill("Южные");
  await list.getByRole("option", { name: /^Northern Territories/ }).waitFor();
  await page.getByLabel("Show names in").selectOption("ja");
  await search.fill("Itur");
  await list.getByRole("option", { name: /^択捉島/ }).waitFor();

  assert.deepEqual(problems, []);
  await page.close();
});

test("the demo: find places in a text", async () => {
  const { page, problems } = await open(site.url);
  await page.waitForFunction(() => !document.getElementById("search").disabled);
  const text = page.getByLabel("Text to look for place names in");
  const output = page.locator("#text-output");
  const status = page.locator("#text-status");
  const card = page.locator("#card");

  // The sample, in English, Japanese and Russian, is looked at once the page is idle.
  await output.locator("mark", { hasText: "北方領土" }).first().waitFor();
  for (const name of ["Kyiv", "Итуруп", "Buenos Aires", "択捉島"]) {
    await output.locator("mark", { hasText: name }).first().waitFor();
  }
  await page.screenshot({ path: join(shots, "9-text-sample.png"), fullPage: true });

  await text.fill("Talks on 北方領土 stalled; envoys met again in Kyiv.");
  await status.getByText("2 mentions of 2 places.").waitFor();
  assert.deepEqual(await output.locator("mark").allTextContents(), ["北方領土", "Kyiv"]);
  // The text is kept as it was written, mentions and all.
  assert.match(await output.textContent(), /^Talks on 北方領土.*stalled; envoys met again in Kyiv\.$/);
  const kurils = output.getByRole("link", { name: /北方領土/ });
  assert.match(await kurils.textContent(), /Southern Kurils/);

  await output.locator("mark", { hasText: "北方領土" }).click();
  await card.getByRole("heading", { name: "Southern Kurils" }).waitFor();
  assert.match(await card.locator(".kind").first().textContent(), /disputed area/);
  assert.match(await card.locator(".dispute").textContent(), /Claimed by Japan, Russia/);
  assert.equal(await page.evaluate(() => document.activeElement.id), "card");
  assert.equal(await kurils.getAttribute("aria-current"), "true");

  // Every mention is a link that the keyboard reaches and opens.
  const kyiv = output.getByRole("link", { name: /Kyiv/ });
  await kyiv.focus();
  await page.keyboard.press("Enter");
  await card.getByRole("heading", { name: "Kyiv" }).waitFor();

  // The worldview changes the names shown for the mentions, and the card.
  const worldview = page.getByLabel("As used by");
  await worldview.selectOption("JP");
  await output.getByRole("link", { name: /Northern Territories/ }).waitFor();
  await output.locator("mark", { hasText: "北方領土" }).click();
  await card.getByRole("heading", { name: "Northern Territories" }).waitFor();
  await worldview.selectOption("RU");
  await card.getByRole("heading", { name: "Southern Kurils" }).waitFor();
  assert.match(await kurils.textContent(), /Southern Kurils/);

  // A place named in the text can mean more than one place: the card says which others.
  await worldview.selectOption("");
  await text.fill("Flights from Tokyo were delayed.");
  await output.locator("mark", { hasText: "Tokyo" }).click();
  await card.getByRole("heading", { name: "Tokyo" }).waitFor();
  assert.match(await card.locator(".other-meanings").textContent(), /Tokyo can also mean Tokyo \(region\)/);

  await text.fill("");
  await status.getByText("Type or paste a text").waitFor();
  assert.ok(await output.isHidden());
  await text.fill("Nothing happened here, and the weather was fine.");
  await status.getByText("No place names found in this text.").waitFor();
  assert.ok(await output.isHidden());
  await page.getByRole("button", { name: "Sample text" }).click();
  await output.locator("mark", { hasText: "Итуруп" }).waitFor();

  // Typing "/" in the text does not jump to the search box.
  await text.press("End");
  await text.press("/");
  assert.equal(await page.evaluate(() => document.activeElement.id), "text");

  assert.deepEqual(problems, []);
  await page.close();
});

test("the demo on a phone-sized screen: suggestions and the text", async () => {
  const { page, problems } = await open(site.url, { width: 390, height: 844 });
  await page.waitForFunction(() => !document.getElementById("search").disabled);
  await page.locator("#text-output mark").first().waitFor();
  const search = page.locator("#search");
  await search.pressSequentially("San Jo", { delay: 20 });
  const list = page.getByRole("listbox", { name: "Suggested places" });
  await list.getByRole("option").first().waitFor();
  // Every suggestion fits the screen, and places of the same name say where they are.
  const box = await list.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, JSON.stringify(box));
  assert.match(await list.textContent(), /Costa Rica/);
  await page.screenshot({ path: join(shots, "10-phone-suggestions.png") });
  await page.keyboard.press("Escape");
  await page.locator("#text-output mark", { hasText: "Buenos Aires" }).click();
  await page.locator("#card").getByRole("heading", { name: "Buenos Aires" }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  await page.locator("#finder").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, "11-phone-text.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("suggest answers each keystroke within the budget, in the page", async (t) => {
  // Served cross-origin isolated, for a clock of 5 µs rather than 100 µs.
  const isolate = (page) => page.route("**/*", async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-embedder-policy": "require-corp",
      },
    });
  });
  const { page, problems } = await open(site.url, undefined, isolate);
  // The page builds the indexes once it is idle, and then shows the sample text's places.
  await page.locator("#text-output mark").first().waitFor();
  const timings = await page.evaluate(async () => {
    const { suggest } = await import("toponym");
    // Every prefix of 30 names in nine scripts, as typed, and of a few typos.
    const names = [
      "Iturup", "Buenos Aires", "Saint Petersburg", "Kyiv", "Macedonia", "Springfield", "San José",
      "Côte d'Ivoire", "Denali", "Mumbai", "Leningrad", "Islas Malvinas", "New York", "Reykjavík",
      "Итуруп", "Южные Курилы", "Москва", "Санкт-Петербург", "Київ",
      "択捉島", "北方領土", "東京", "北京", "독도", "서울",
      "الخليج العربي", "القاهرة", "Αθήνα", "ירושלים", "मुंबई",
    ];
    const typos = ["Kiyv", "Iturop", "Moscwo", "Buenos Airse", "Bejing", "Masedonia", "Itrup", "Sant Petersburg"];
    const keystrokes = [...names, ...typos].flatMap((name) => {
      const chars = Array.from(name);
      return chars.map((_, i) => chars.slice(0, i + 1).join(""));
    });
    const options = { lang: "en", worldview: null };
    const passes = [];
    for (let pass = 0; pass < 4; pass++) {
      passes.push(keystrokes.map((prefix) => {
        const start = performance.now();
        const answer = suggest(prefix, 8, options);
        return { prefix, ms: performance.now() - start, found: answer.length };
      }));
    }
    const warmUp = performance.getEntriesByName("toponym indexes")[0]?.duration;
    return { crossOriginIsolated, warmUp, first: passes[0], again: passes.slice(1).flat() };
  });
  assert.ok(timings.crossOriginIsolated);
  assert.ok(timings.first.filter((p) => p.found > 0).length > 0.9 * timings.first.length);
  const ms = (x) => `${x.toFixed(3)} ms`;
  const summary = (samples) => {
    const sorted = samples.map((p) => p.ms).sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { median: at(0.5), p90: at(0.9), max: sorted.at(-1) };
  };
  const first = summary(timings.first);
  const again = summary(timings.again);
  const slowest = [...timings.first].sort((a, b) => b.ms - a.ms).slice(0, 3)
    .map((p) => `“${p.prefix}” ${ms(p.ms)}`).join(", ");
  const answered = timings.first.filter((p) => p.found > 0).length;
  t.diagnostic(`suggest, ${timings.first.length} keystrokes (${answered} with suggestions), each timed once: `
    + `median ${ms(first.median)}, 90th percentile ${ms(first.p90)}, max ${ms(first.max)} (${slowest}); `
    + `typed 3 more times: median ${ms(again.median)}, 90th percentile ${ms(again.p90)}`);
  t.diagnostic(`the indexes, built once the page is idle (the first findInText and suggest): ${ms(timings.warmUp)}`);
  assert.ok(first.median < 1, `the median keystroke takes ${ms(first.median)}, over the budget of 1 ms`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the demo explains itself when the package is missing", async () => {
  const { page } = await open(`${site.url}index.html`);
  await page.route("**/pkg/index.js", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.reload();
  await page.getByRole("alert").getByText("The gazetteer could not be loaded").waitFor();
  await page.close();
});

const viteApp = process.env.VITE_APP;
const viteDist = viteApp && join(viteApp, "dist");

async function checkViteApp(url) {
  const { page, problems } = await open(url);
  await page.waitForFunction(() => document.getElementById("answer").textContent !== "loading");
  assert.equal(await page.locator("#answer").textContent(), "iturup 択捉島 Northern Territories en→kn in");
  assert.deepEqual(problems, []);
  await page.close();
}

test("an app bundled by Vite (vite build)", { skip: !viteApp && "VITE_APP not set" }, async () => {
  const app = await serve(viteDist);
  try {
    await checkViteApp(app.url);
  } finally {
    app.server.close();
  }
});

test("the same app on Vite's development server", { skip: !viteApp && "VITE_APP not set" }, async () => {
  const { createServer } = await import("vite");
  const server = await createServer({
    root: viteApp, configFile: false, logLevel: "warn", server: { host: "127.0.0.1", port: 0 },
  });
  await server.listen();
  try {
    await checkViteApp(server.resolvedUrls.local[0]);
  } finally {
    await server.close();
  }
});
