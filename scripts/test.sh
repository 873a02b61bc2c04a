#!/usr/bin/env bash
# Sets up what the tests need and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --workspace --all-features
cargo test --workspace
