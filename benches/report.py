#!/usr/bin/env python3
"""Prints the medians per lookup from the last `cargo bench --bench resolve` and the last
`cargo bench` in bench/native (the peers), with their ratios; each part where it has run."""
import json
import os
import pathlib

repo = pathlib.Path(__file__).resolve().parent.parent
# Where cargo put criterion's results: CARGO_TARGET_DIR if set (relative to the working
# directory, as cargo takes it), else target/ in the repository. bench/native is a
# workspace of its own, with its own target directory.
ours_dir = pathlib.Path(os.environ.get("CARGO_TARGET_DIR") or repo / "target") / "criterion"
peers_dir = repo / "bench" / "native" / "target" / "criterion"


def median_ns(root, group, bench):
    path = root / group / bench / "new" / "estimates.json"
    return json.loads(path.read_text())["median"]["point_estimate"]


if (peers_dir / "celes-names-250").exists():
    print("| celes's 250 English country names | per lookup | / toponym |")
    print("|---|---|---|")
    ours = median_ns(peers_dir, "celes-names-250", "toponym") / 250
    for peer in ("toponym", "celes", "keshvar", "hashmap"):
        if not (peers_dir / "celes-names-250" / peer).exists():
            continue  # keshvar, without --features keshvar
        t = median_ns(peers_dir, "celes-names-250", peer) / 250
        print(f"| {peer} | {t:.1f} ns | {t / ours:.2f} |")
    print()

if (ours_dir / "mixed-24").exists():
    root = ours_dir
    print("| lookup | toponym (phf) | HashMap built at start-up | HashMap / toponym |")
    print("|---|---|---|---|")
    groups = sorted(p.name for p in root.iterdir() if p.name.startswith("exact-"))
    for group in groups + ["mixed-24"]:
        name = group.removeprefix("exact-")
        per = 24 if name == "mixed-24" else 1
        ours, theirs = median_ns(root, group, "toponym") / per, median_ns(root, group, "hashmap") / per
        print(f"| {name}{' (per lookup)' if per > 1 else ''} | {ours:.0f} ns | {theirs:.0f} ns | {theirs / ours:.2f} |")
    startup = (root / "hashmap-startup.txt").read_text().split()
    print(f"\nHashMap start-up: {int(startup[0]) / 1e6:.2f} ms to index {startup[1]} keys; "
          "the compiled tables need no start-up work.")

    names = 16 * 4  # the places and languages of the group "name-as-of-year"
    plain = median_ns(root, "name-as-of-year", "without-year") / names
    print("\n| a place's name | per call | / without a year |")
    print("|---|---|---|")
    print(f"| without a year | {plain:.0f} ns | 1.00 |")
    for year in ("1950", "2010"):
        t = median_ns(root, "name-as-of-year", f"year-{year}") / names
        print(f"| as of {year} | {t:.0f} ns | {t / plain:.2f} |")
