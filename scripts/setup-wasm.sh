#!/usr/bin/env bash
# Installs what building and testing the npm package needs; skips whatever is already
# installed at the right version, so running it again takes seconds.
#
#   rustup target wasm32-unknown-unknown
#   wasm-pack                       cargo install, version below
#   wasm-bindgen-cli                cargo install, the version of wasm-bindgen in Cargo.lock
#   wasm-opt, vite, playwright-core npm ci in wasm/js (versions in its package-lock.json)
#   chromium                        Debian's, for the browser tests (apt-get), unless present
#
# Set SKIP_CHROMIUM=1 to only build the package.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

WASM_PACK_VERSION=0.15.1

step() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "adding the Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
fi

if [[ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK_VERSION" ]]; then
    step "installing wasm-pack $WASM_PACK_VERSION (a few minutes)"
    cargo install wasm-pack --version "=$WASM_PACK_VERSION" --locked
fi

# wasm-pack uses the wasm-bindgen found on PATH; it must be the version the crate links.
bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [[ -z "$bindgen" ]]; then
    echo "setup: no wasm-bindgen in Cargo.lock" >&2
    exit 1
fi
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ]]; then
    step "installing wasm-bindgen-cli $bindgen (a few minutes)"
    # --locked builds what upstream tested; if the registry no longer has a locked
    # dependency (a yanked or missing version), build with the newest compatible ones.
    cargo install wasm-bindgen-cli --version "=$bindgen" --locked --force ||
        cargo install wasm-bindgen-cli --version "=$bindgen" --force
fi

# npm ci only when package-lock.json changed since the last install.
npm_ci() {
    local dir=$1 stamp=$1/node_modules/.installed-lock
    if ! cmp -s "$dir/package-lock.json" "$stamp" 2>/dev/null; then
        step "npm ci in $dir"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
        cp "$dir/package-lock.json" "$stamp"
    fi
}
npm_ci wasm/js

if [[ "${SKIP_CHROMIUM:-0}" != 1 ]] && ! have chromium; then
    step "installing Debian's chromium"
    sudo=""
    [[ $(id -u) == 0 ]] || sudo=sudo
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq chromium >/dev/null
fi
step "ready: $(wasm-pack --version), $(wasm-bindgen --version), wasm-opt $(wasm/js/node_modules/.bin/wasm-opt --version | awk '{print $3}')"
