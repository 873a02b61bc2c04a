#!/usr/bin/env bash
# Sets up what the tests need and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
# The crate, its command-line tool, the importer and the bindings, on the default data tier.
cargo test --workspace --features toponym/serde
# The other data cuts: the `full` tier, and the `web` cut that the npm package ships.
cargo test -p toponym --features full
cargo test -p toponym --features web --test web_cut
# The npm package and the demo page: installs the WebAssembly tools and Chromium when
# missing (seconds when present), builds and packs the package, and tests it as users
# would, in Node, TypeScript, Vite and a headless browser.
bash scripts/setup-wasm.sh
bash scripts/build-wasm.sh
bash scripts/test-wasm.sh
# Each fuzz target of fuzz/ for 20 s (FUZZ_SECONDS), where libFuzzer can be built; installs
# cargo-fuzz when missing. See FUZZING.md.
bash scripts/fuzz.sh
