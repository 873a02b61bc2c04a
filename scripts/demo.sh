#!/usr/bin/env bash
# Sets up the WebAssembly tools (skipped when present), builds the npm package and serves
# the demo page on 127.0.0.1, printing its address. Ctrl-C stops it.
#
#   PORT=8080 bash scripts/demo.sh      (another free port is used when 8080 is taken)
set -euo pipefail
cd "$(dirname "$0")/.."
SKIP_CHROMIUM=1 bash scripts/setup-wasm.sh
bash scripts/build-wasm.sh
exec node scripts/serve.mjs www "${PORT:-8080}"
