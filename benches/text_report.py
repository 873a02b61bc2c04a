#!/usr/bin/env python3
"""Runs the tagging groups of `cargo bench --bench text` several times (default 3) and prints,
for each language, the throughput of find_in_text, of the Aho-Corasick reference and of the
HashMap alternative, and the ratio toponym / Aho-Corasick within each run: median and range.

    python3 benches/text_report.py [runs]

A shared machine is noisy: only figures of the same run are compared, and the ratio is taken
run by run before its median.
"""
import json
import os
import pathlib
import statistics
import subprocess
import sys

runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
repo = pathlib.Path(__file__).resolve().parent.parent
# Where cargo put criterion's results: CARGO_TARGET_DIR if set (relative to the working
# directory, as cargo takes it), else target/ in the repository.
target = os.environ.get("CARGO_TARGET_DIR") or repo / "target"
root = pathlib.Path(target) / "criterion"
langs = ["en", "ja", "ru"]
benches = ["toponym", "aho-corasick", "hashmap"]


def mb_per_s(group, bench):
    """Decimal megabytes per second at the median time of one iteration."""
    d = root / group / bench / "new"
    ns = json.loads((d / "estimates.json").read_text())["median"]["point_estimate"]
    size = json.loads((d / "benchmark.json").read_text())["throughput"]["Bytes"]
    return size / ns * 1e3


seen = {(lang, b): [] for lang in langs for b in benches}
ratios = {lang: [] for lang in langs}
for run in range(runs):
    subprocess.run(["cargo", "bench", "--bench", "text", "--", "tag"], cwd=repo, check=True,
                   stdout=subprocess.DEVNULL)
    for lang in langs:
        speeds = {b: mb_per_s(f"tag-{lang}", b) for b in benches}
        for b in benches:
            seen[(lang, b)].append(speeds[b])
        ratios[lang].append(speeds["toponym"] / speeds["aho-corasick"])
        print(f"run {run + 1}: {lang} " + ", ".join(f"{b} {v:.1f} MB/s" for b, v in speeds.items()),
              file=sys.stderr)


def summary(values, unit=""):
    return f"{statistics.median(values):.{2 if not unit else 1}f}{unit} ({min(values):.{2 if not unit else 1}f}–{max(values):.{2 if not unit else 1}f})"


print(f"Median (range) of {runs} runs, decimal MB/s.\n")
print("| text | find_in_text | Aho-Corasick, pre-folded | find_in_text / Aho-Corasick | HashMap alternative |")
print("|---|---|---|---|---|")
names = {"en": "English news", "ja": "Japanese news", "ru": "Russian news"}
for lang in langs:
    print(f"| {names[lang]} | {summary(seen[(lang, 'toponym')], ' MB/s')} | "
          f"{summary(seen[(lang, 'aho-corasick')], ' MB/s')} | {summary(ratios[lang])} | "
          f"{summary(seen[(lang, 'hashmap')], ' MB/s')} |")
reference = root / "aho-corasick.txt"
if reference.exists():
    print("\n" + reference.read_text().strip())
