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
# The language packs: the names the cut leaves out, one file per language, which the build
# script of toponym writes into its OUT_DIR. Cargo names that folder in its messages for the
# same build (already done, so this only reports it).
out_dir=$(source scripts/web-cut.env && cargo build --quiet --message-format=json \
    -p toponym --features serde${features[@]+,full} --target wasm32-unknown-unknown \
    --profile wasm-release |
    node -e 'for (const line of require("fs").readFileSync(0, "utf8").split("\n")) {
        const m = line && JSON.parse(line);
        if (m && m.reason === "build-script-executed" && /\/build\/toponym-[0-9a-f]+\/out$/.test(m.out_dir)) console.log(m.out_dir);
    }' | tail -n 1)
if [[ -z "$out_dir" || ! -d "$out_dir/packs" ]]; then
    echo "error: toponym's build wrote no language packs (OUT_DIR: ${out_dir:-not found})" >&2
    exit 1
fi
node wasm/npm/assemble.mjs "$out/bindgen" "$out/pkg" "$out_dir/packs"
(cd "$out/pkg" && npm pack --silent --pack-destination .. >/dev/null)
if [[ "$out" == target/wasm ]]; then
    rm -rf www/pkg
    cp -r "$out/pkg" www/pkg
fi

wasm="$out/pkg/toponym_wasm_bg.wasm"
raw=$(wc -c <"$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
echo "built $(ls "$out"/toponym-*.tgz): wasm $raw bytes, $gz bytes gzipped"
# Every language pack, gzipped one by one as a server would send it, and all of them.
node wasm/npm/pack-sizes.mjs "$out/pkg" >"$out/pack-sizes.tsv"
tail -n 1 "$out/pack-sizes.tsv"
# The package's size budget: 2 MB gzipped (README, "JavaScript and the browser").
budget=2000000
if [[ "$out" == target/wasm && "$gz" -gt "$budget" ]]; then
    echo "error: the module is $gz bytes gzipped, over the budget of $budget" >&2
    exit 1
fi
