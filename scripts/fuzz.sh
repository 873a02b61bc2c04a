#!/usr/bin/env bash
# Runs the fuzz targets of fuzz/ (cargo-fuzz, libFuzzer) on the stable toolchain and fails on
# the first input that breaks a property. Installs cargo-fuzz first, unless it is there at the
# version below. See FUZZING.md.
#
# By default (scripts/test.sh, CI) each target runs a fixed number of inputs from a fixed
# seed and an empty corpus, about 7 s each: the same inputs on every run of a checkout, not
# new random ones each time (a clone elsewhere may part ways after a while; FUZZING.md). With
# FUZZ_SECONDS it explores instead: as long as that, from a random seed, keeping the corpus
# in fuzz/corpus/ from run to run.
#
#   bash scripts/fuzz.sh                          every target, reproducible (scripts/test.sh)
#   FUZZ_SECONDS=600 bash scripts/fuzz.sh fold    one target, 10 minutes of exploring
#   FUZZ_SECONDS=0 bash scripts/fuzz.sh           skip
#
# Skipped, with a message, where libFuzzer cannot be built: other systems than Linux and
# macOS on x86_64 or arm64, or no C++ compiler. Logs: fuzz/target/logs/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

CARGO_FUZZ_VERSION=0.13.2
seconds=${FUZZ_SECONDS:-}
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(fold resolve lookup find_in_text suggest roundtrip)

say() { printf '\033[1mfuzz:\033[0m %s\n' "$*"; }

# Inputs per target in the reproducible run: about 7 s each on two cores, to keep CI within
# its 30 minutes (exploring runs, with FUZZ_SECONDS, go much further).
runs_of() {
    case "$1" in
        fold) echo 400000 ;;
        resolve) echo 400000 ;;
        lookup) echo 55000 ;;
        find_in_text) echo 40000 ;;
        suggest) echo 1000 ;;
        roundtrip) echo 150000 ;;
        *) echo 25000 ;;
    esac
}

if [[ "$seconds" == 0 ]]; then
    say "skipped (FUZZ_SECONDS=0)"
    exit 0
fi
case "$(uname -s)-$(uname -m)" in
    Linux-x86_64 | Linux-aarch64 | Darwin-x86_64 | Darwin-arm64) ;;
    *)
        say "skipped: libFuzzer is not built for $(uname -sm)"
        exit 0
        ;;
esac
if ! command -v c++ >/dev/null 2>&1; then
    say "skipped: libFuzzer needs a C++ compiler (c++ is not on PATH)"
    exit 0
fi

if [[ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]]; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION (about a minute and a half)"
    cargo install cargo-fuzz --version "=$CARGO_FUZZ_VERSION" --locked --force
fi

# --sanitizer none: the stable toolchain cannot build AddressSanitizer (a -Z option), and the
# crate has no unsafe code for it to check. Coverage-guided fuzzing works the same.
say "building the fuzz targets"
cargo fuzz build --sanitizer none
logs=fuzz/target/logs
mkdir -p "$logs"
# libFuzzer learns from the values the code compares, addresses among them: with the
# addresses of a run chosen at random, two runs from one seed part ways. The reproducible
# run turns that off for itself, where Linux lets it.
no_aslr=
if [[ -z "$seconds" ]] && setarch "$(uname -m)" -R true 2>/dev/null; then
    no_aslr="setarch $(uname -m) -R"
fi
for target in "${targets[@]}"; do
    if [[ -n "$seconds" ]]; then
        corpus=fuzz/corpus/$target
        limits=(-max_total_time="$seconds")
    else
        corpus=fuzz/target/reproducible-corpus/$target
        rm -rf "$corpus"
        limits=(-seed=1 -runs="$(runs_of "$target")" -reload=0)
    fi
    mkdir -p "$corpus"
    started=$SECONDS
    # A finding stops the run with a non-zero exit: print what the target said, and fail.
    if ! $no_aslr cargo fuzz run --sanitizer none "$target" "$corpus" "fuzz/seeds/$target" \
        -- "${limits[@]}" -timeout=60 -print_final_stats=1 \
        >"$logs/$target.log" 2>&1; then
        tail -n 60 "$logs/$target.log" >&2
        say "$target: an input broke a property; it is in fuzz/artifacts/$target/ (see FUZZING.md)" >&2
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$target.log")
    cov=$(grep -o 'cov: [0-9]*' "$logs/$target.log" | tail -n 1)
    say "$target: $runs runs in $((SECONDS - started)) s, $cov, no finding"
done
