#!/usr/bin/env bash
# Builds the npm package `toponym` from wasm/ and packs it.
#
#   bash scripts/build-wasm.sh          the default data tier:
#       target/wasm/pkg/                the package, as published
#       target/wasm/toponym-X.Y.Z.tgz   the `npm pack` tarball
#       www/pkg/                        a copy that the demo page imports
#   bash scripts/build-wasm.sh --full   the `full` data tier, into target/wasm-full/ only
#
# Needs what scripts/setup-wasm.sh installs. Prints the size of the WebAssembly module.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/wasm/js/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The package ships a cut of the data (see "Data tiers" in README.md).
source scripts/web-cut.env
out=target/wasm
features=()
if [[ "${1:-}" == --full ]]; then
    out=target/wasm-full
    features=(--features full)
fi
rm -rf "$out/bindgen" "$out"/toponym-*.tgz
# --target web: one ES module for browsers and bundlers; wasm/npm/node.js loads the same
# glue in Node. The profile is in the workspace's Cargo.toml; wasm-opt's flags are in
# wasm/Cargo.toml.
wasm-pack --quiet build wasm --target web --profile wasm-release \
    --out-dir ../"$out"/bindgen --no-pack --no-gitignore -- ${features[@]+"${features[@]}"}
node wasm/npm/assemble.mjs "$out/bindgen" "$out/pkg"
(cd "$out/pkg" && npm pack --silent --pack-destination .. >/dev/null)
if [[ "$out" == target/wasm ]]; then
    rm -rf www/pkg
    cp -r "$out/pkg" www/pkg
fi

wasm="$out/pkg/toponym_wasm_bg.wasm"
raw=$(wc -c <"$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
echo "built $(ls "$out"/toponym-*.tgz): wasm $raw bytes, $gz bytes gzipped"
# The package's size budget: 2 MB gzipped (README, "JavaScript and the browser").
budget=2000000
if [[ "$out" == target/wasm && "$gz" -gt "$budget" ]]; then
    echo "error: the module is $gz bytes gzipped, over the budget of $budget" >&2
    exit 1
fi
