// End-to-end tests in headless Chromium (Debian's, driven by playwright-core): the demo page
// in www/ served on 127.0.0.1, and a Vite build of an app that imports the package.
//
//   node --test wasm/js/test/browser.test.mjs
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
async function open(url, viewport = { width: 1280, height: 900 }) {
  const page = await context.newPage();
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
  assert.equal(await page.locator("#answer").textContent(), "iturup 択捉島 Northern Territories");
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
