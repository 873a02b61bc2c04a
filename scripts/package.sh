#!/usr/bin/env bash
# Packages the crates as they would be published (toponym-shared, toponym-build, toponym,
# toponym-cli), checks that toponym's .crate stays under crates.io's 10 MB, and builds
# toponym and toponym-cli from their packaged sources, with the other packaged crates
# standing in for their registry versions.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
crates=(toponym-shared toponym-build toponym toponym-cli)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)

rm -f target/package/*.crate
# Not verified here: the build and the tests below use the packaged sources instead.
# --allow-dirty: on a clean clone, as in CI, nothing is dirty; locally, the work tree.
cargo package --quiet --no-verify --allow-dirty "${crates[@]/#/-p}"

limit=10000000
for crate in "${crates[@]}"; do
    file=target/package/$crate-$version.crate
    bytes=$(wc -c <"$file")
    echo "package: $file: $bytes bytes ($(tar tzf "$file" | wc -l) files)"
    if ((bytes > limit)); then
        echo "error: $file is over crates.io's limit of $limit bytes" >&2
        exit 1
    fi
done

unpacked=$(mktemp -d "${TMPDIR:-/tmp}/toponym-package-XXXXXX")
trap 'rm -rf "$unpacked"' EXIT
for crate in "${crates[@]}"; do
    tar xzf "target/package/$crate-$version.crate" -C "$unpacked"
done
patches=()
for crate in toponym-shared toponym-build toponym; do
    patches+=(--config "patch.crates-io.$crate.path=\"$unpacked/$crate-$version\"")
done
# Building toponym-cli from the packaged sources builds toponym's tables from the packaged
# data with the packaged toponym-build: a data file left out of a package fails here. (The
# tests themselves run on the same sources in scripts/test.sh.)
echo "package: toponym $version and toponym-cli $version build from their packaged sources"
# The workspace's target folder: the registry dependencies are built already.
(cd "$unpacked/toponym-cli-$version" &&
    cargo build --quiet --target-dir "$repo/target" "${patches[@]}")
