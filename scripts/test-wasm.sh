#!/usr/bin/env bash
# Tests the npm package the way its users meet it: packs it, installs the tarball into a
# fresh project, imports it from ESM scripts and TypeScript, bundles it with Vite, and
# drives the demo page and the Vite build in headless Chromium.
#
# Run scripts/setup-wasm.sh and scripts/build-wasm.sh first (scripts/test.sh does).
# The answers are also checked against the command-line tool's JSON (TOPONYM_CLI, by
# default a debug build of it with the package's data cut, made here).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
bin=$repo/wasm/js/node_modules/.bin
tarball=$(ls "$repo"/target/wasm/toponym-*.tgz)
if [[ -z "${TOPONYM_CLI:-}" ]]; then
    # The command-line tool with the package's data (scripts/web-cut.env). Its own target
    # folder, so that this build does not replace target/debug/toponym of the default tier.
    (source scripts/web-cut.env && cargo build --quiet -p toponym-cli --target-dir target/web-cli)
    TOPONYM_CLI=$repo/target/web-cli/debug/toponym
fi
export TOPONYM_CLI
# The command-line tool with every language, which the package with all its language packs
# loaded must agree with.
if [[ -z "${TOPONYM_UNCUT_CLI:-}" ]]; then
    (env -u TOPONYM_LANGUAGES -u TOPONYM_KEY_TRANSDUCER cargo build --quiet -p toponym-cli)
    TOPONYM_UNCUT_CLI=$repo/target/debug/toponym
fi
export TOPONYM_UNCUT_CLI

project=$(mktemp -d "${TMPDIR:-/tmp}/toponym-user-XXXXXX")
trap 'rm -rf "$project"' EXIT
cd "$project"
cat >package.json <<'JSON'
{ "name": "a-user-project", "private": true, "type": "module" }
JSON
npm install --no-audit --no-fund --loglevel=error "$tarball"
cp "$repo"/wasm/js/test/package.test.mjs "$repo"/wasm/js/test/packs.test.mjs "$repo"/wasm/js/test/types.test.ts "$repo"/wasm/js/test/tsconfig.json .
cp -r "$repo"/wasm/js/test/vite-app .

echo "== the package in Node (ESM), from a fresh project"
node --test package.test.mjs
echo "== its language packs, loaded on demand"
node --test packs.test.mjs
echo "== its TypeScript types (tsc --strict)"
"$bin"/tsc -p tsconfig.json
echo "tsc: no errors"
echo "== a Vite build of an app that imports it"
"$bin"/vite build vite-app --logLevel warn
echo "== hostile input and flat memory at the WebAssembly boundary"
node --test "$repo"/wasm/js/test/hostile.test.mjs
echo "== the demo page and the Vite build in headless Chromium"
cd "$repo"
VITE_APP="$project/vite-app" node --test wasm/js/test/browser.test.mjs
