#!/usr/bin/env python3
"""Compares two `cargo build --timings` reports of twin crates (the service
with statuscode and the same service by hand) and prints, as Markdown:

- each report's wall clock and the sum of its units' times (what the build
  cost on all cores together);
- the units only the first build has (statuscode-registry,
  statuscode-core, statuscode-macros, statuscode), with
  their times and whether each is on the critical path;
- each build's chain of last unblockers: from the unit that finished last
  back through the dependency whose end let each unit start. On a machine
  with few cores the build is throughput-bound (units wait for a core, not
  for a dependency), so wall ≈ sum of unit times / cores, and the chain
  says little; the sum is the figure to read.

    python3 benches/compile/timings.py OURS.html HAND.html

Standard library only. cargo writes the units into the HTML report as
`const UNIT_DATA = [...]` (start, duration, and the units each unblocks).
"""

import json
import re
import sys


def units(path):
    text = open(path, encoding="utf-8").read()
    match = re.search(r"const UNIT_DATA = (\[.*?\]);\n", text, re.S)
    if match is None:
        sys.exit(f"timings.py: no UNIT_DATA in {path}")
    return json.loads(match.group(1))


def label(unit):
    """`name`, `name build script`, `name build script (run)`, or `the program`."""
    target = unit["target"].strip()
    if target.endswith('"bin"'):
        return "the program"
    return f"{unit['name']} {target}".strip()


def critical_path(data):
    """The chain of units that set the end of the build."""
    by_index = {u["i"]: u for u in data}
    unblocked_by = {}
    for u in data:
        for child in u["unblocked_units"] + u["unblocked_rmeta_units"]:
            unblocked_by.setdefault(child, []).append(u["i"])
    end = lambda u: u["start"] + u["duration"]
    unit = max(data, key=end)
    path = [unit]
    while unblocked_by.get(unit["i"]):
        unit = max((by_index[i] for i in unblocked_by[unit["i"]]), key=end)
        path.append(unit)
    return list(reversed(path))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ours, hand = units(sys.argv[1]), units(sys.argv[2])
    end = lambda data: max(u["start"] + u["duration"] for u in data)
    total = lambda data: sum(u["duration"] for u in data)
    print("| build | units | wall (s) | sum of unit times (s) |")
    print("| --- | --- | --- | --- |")
    for name, data in (("statuscode", ours), ("by hand", hand)):
        print(f"| {name} | {len(data)} | {end(data):.1f} | {total(data):.1f} |")
    print()
    print(
        f"Difference: {end(ours) - end(hand):+.1f} s wall, "
        f"{total(ours) - total(hand):+.1f} s of unit time "
        f"(sum / wall: {total(ours) / end(ours):.2f} and {total(hand) / end(hand):.2f}, "
        f"the cores kept busy on average)."
    )
    print()
    # The program itself is in both (under two names), as is every other
    # dependency but statuscode's own crates.
    hand_names = {label(u) for u in hand}
    only = [u for u in ours if label(u) not in hand_names]
    critical = {u["i"] for u in critical_path(ours)}
    print("Units only the statuscode build has:")
    print()
    print("| unit | start (s) | time (s) | on the chain |")
    print("| --- | --- | --- | --- |")
    for u in sorted(only, key=lambda u: u["start"]):
        on = "yes" if u["i"] in critical else "no"
        print(f"| {label(u)} | {u['start']:.1f} | {u['duration']:.1f} | {on} |")
    print(f"| **sum** | | {sum(u['duration'] for u in only):.1f} | |")
    for name, data in (("statuscode", ours), ("by hand", hand)):
        print()
        print(f"Chain of last unblockers, {name}:")
        print()
        print(" → ".join(f"{label(u)} {u['duration']:.1f}" for u in critical_path(data)))


if __name__ == "__main__":
    main()
