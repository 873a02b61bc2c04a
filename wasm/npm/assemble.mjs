// Assembles the npm package from wasm-bindgen's output and the files beside this script.
//
//   node wasm/npm/assemble.mjs BINDGEN_DIR OUT_DIR
//
// Sets the version from the workspace's Cargo.toml, and the licence expression and the
// README's attributions from data/sources.tsv. The repository is written in package.json.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const [bindgen, out] = process.argv.slice(2).map((p) => resolve(p));
if (!bindgen || !out) {
  console.error("usage: node assemble.mjs BINDGEN_DIR OUT_DIR");
  process.exit(2);
}

const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
const section = cargo.split(/^\[/m).find((s) => s.startsWith("workspace.package]")) ?? "";
const cargoField = (key) => section.match(new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, "m"))?.[1];

// data/sources.tsv: comment lines, a header, then one source a line.
const [header, ...rows] = readFileSync(join(root, "data/sources.tsv"), "utf8")
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"))
  .map((line) => line.split("\t"));
const sources = rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));

const pkg = JSON.parse(readFileSync(join(here, "package.json"), "utf8"));
pkg.version = cargoField("version");
const licences = [...new Set(sources.map((s) => s.licence).filter(Boolean))];
pkg.license = licences.map((l) => (licences.length > 1 && / OR /.test(l) ? `(${l})` : l)).join(" AND ");

if (pkg.repository.url !== `git+${cargoField("repository")}.git`) {
  console.error(`error: package.json's repository (${pkg.repository.url}) is not Cargo.toml's`);
  process.exit(1);
}

const cell = (s) => s.replaceAll("|", "\\|");
const attributions = [
  "| source | version | licence | attribution |",
  "|---|---|---|---|",
  ...sources.map(
    (s) => `| ${cell(s.title)} | ${cell(s.version) || "-"} | ${cell(s.licence)} | ${cell(s.attribution) || "-"} |`,
  ),
].join("\n");
const readme = readFileSync(join(here, "README.md"), "utf8").replace("<!-- sources -->", attributions);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(join(out, "README.md"), readme);
// The licences of the code and of the data the module embeds (LICENSES/README.md says which).
mkdirSync(join(out, "LICENSES"));
for (const file of ["LICENSE-MIT", "LICENSE-APACHE", ...readdirSync(join(root, "LICENSES")).map((f) => `LICENSES/${f}`)]) {
  copyFileSync(join(root, file), join(out, file));
}
for (const file of pkg.files) {
  if (file === "README.md" || file.startsWith("LICENSE")) continue;
  const from = file.startsWith("toponym_wasm") ? join(bindgen, file) : join(here, file);
  copyFileSync(from, join(out, file));
}
