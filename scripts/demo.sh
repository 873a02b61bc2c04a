#!/usr/bin/env bash
# Builds the crate and resolves a few names in several scripts with the command-line tool.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/toponym
"$bin" resolve Iturup 択捉島 Итуруп "Northern Territories" "Южные Курилы" Kiev СССР Macedonia
echo
echo "Japan's and Russia's names for the same islands:"
"$bin" resolve --worldview JP "Южные Курилы"
"$bin" resolve --worldview RU --lang ja "北方領土"
echo
"$bin" show iturup
