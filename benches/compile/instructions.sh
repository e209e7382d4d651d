#!/usr/bin/env bash
# Compile cost in instructions, not seconds: every rustc that builds one of
# statuscode's own units (statuscode-registry, statuscode-core, and before
# statuscode-registry existed a second statuscode-core for the proc macro;
# statuscode-macros, statuscode) or the service's own crate runs
# under valgrind's callgrind, which counts the instructions it executes. The
# count is the same whatever else the machine is doing, so two commits (or
# the two twins) can be compared on a shared, loaded machine, where the
# seconds of run.sh need a quiet one. It does not replace run.sh's ratio
# (instructions are not seconds, and the dependencies are not counted): it
# tells where the extra cost of the statuscode twin is, and whether a change
# grew it.
#
#   bash benches/compile/instructions.sh [--service NAME] [--base REV] [--whole]
#
# NAME: `service` (default) or `service-openapi`, the twins run.sh generates
# under target/bench-compile/ (run `bash benches/compile/run.sh --only NAME
# --runs 1` once first). With --base, the statuscode twin is built a second
# time against a worktree of REV (target/bench-compile/base-REV), and each
# unit is compared. One cold build of each twin under callgrind: about 5
# minutes on 2 cores (rustc runs ~50 times slower for the counted units).
#
# With --whole, every rustc of the hand twin's build is counted too (each
# dependency, build script and proc macro compiled, and the macros it runs):
# the denominator, so the extra instructions read as a ratio of the whole
# cold build. The units both twins build are the same crates with the same
# features (the script checks it from the two builds' lists of units), so
# the statuscode twin's whole build is the hand twin's, minus its crate,
# plus the statuscode twin's crate and statuscode's own units. Linkers and
# build scripts' runs are not rustc and are not counted. About 40 minutes
# more on 2 cores.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=$ROOT/target/bench-compile
SERVICE=service
BASE=
WHOLE=
while (($#)); do
    case $1 in
    --service) SERVICE=$2; shift ;;
    --base) BASE=$2; shift ;;
    --whole) WHOLE=1 ;;
    *) echo "usage: $0 [--service service|service-openapi] [--base REV] [--whole]" >&2; exit 2 ;;
    esac
    shift
done
command -v valgrind >/dev/null || { echo "error: needs valgrind (Debian: apt-get install valgrind)" >&2; exit 1; }
ours=$OUT/$SERVICE-statuscode hand=$OUT/$SERVICE-by-hand
for dir in "$ours" "$hand"; do
    [[ -f $dir/Cargo.toml ]] || {
        echo "error: $dir is missing: run \`bash benches/compile/run.sh --only $SERVICE --runs 1\` first" >&2
        exit 1
    }
done

# The wrapper cargo runs instead of rustc: callgrind for the counted crates
# (one file per rustc, named by crate and features; every crate with
# COUNT_ALL=1), rustc for the rest. Every unit is listed in units-*.log.
wrapper=$OUT/callgrind-rustc.sh
cat >"$wrapper" <<'EOF'
#!/usr/bin/env bash
rustc=$1; shift
crate= prev= features=
for arg in "$@"; do
    [[ $prev == --crate-name ]] && crate=$arg
    [[ $prev == --cfg && $arg == feature=* ]] && features+=${arg#feature=},
    prev=$arg
done
[[ -z $crate ]] && exec "$rustc" "$@"
features=$(printf '%s' "${features%,}" | tr -d '"')
printf '%s [%s]\n' "$crate" "$features" >>"$COUNT_DIR.units"
case " statuscode statuscode_registry statuscode_core statuscode_macros $COUNTED " in
*" $crate "*) ;;
*) [[ $COUNT_ALL == 1 ]] || exec "$rustc" "$@" ;;
esac
exec valgrind --tool=callgrind -q --callgrind-out-file="$COUNT_DIR/$crate [${features}].%p" "$rustc" "$@"
EOF
chmod +x "$wrapper"

# count DIR LABEL [all]: a cold build of DIR with the wrapper; writes
# "unit instructions" lines to $OUT/instructions-LABEL.txt (every unit with
# `all`), and the units cargo ran rustc on to $OUT/units-LABEL.txt.
count() {
    local dir=$1 label=$2 all=${3:-} counts=$OUT/callgrind-$2
    rm -rf "$counts" "$counts.units" "$dir/target"
    mkdir -p "$counts"
    local bin
    bin=$(sed -n 's/^name = "\(.*\)"/\1/p' "$dir/Cargo.toml" | head -1 | tr - _)
    echo "==> $label: cold build of $dir, the counted units under callgrind" >&2
    (cd "$dir" && COUNT_DIR=$counts COUNTED=$bin COUNT_ALL=${all:+1} RUSTC_WRAPPER=$wrapper \
        CARGO_INCREMENTAL=0 cargo build --offline -q)
    sort "$counts.units" >"$OUT/units-$label.txt"
    rm -f "$counts.units"
    local file
    for file in "$counts"/*; do
        printf '%s\t%s\n' "$(basename "$file" | sed 's/\.[0-9]*$//')" \
            "$(sed -n 's/^summary: //p; s/^totals: //p' "$file" | head -1)"
    done | awk -F'\t' '{sum[$1] += $2} END {for (u in sum) printf "%s\t%.0f\n", u, sum[u]}' |
        sort >"$OUT/instructions-$label.txt"
    rm -rf "$counts"
}

count "$ours" statuscode
count "$hand" by-hand ${WHOLE:+all}
if [[ -n $BASE ]]; then
    base_tree=$OUT/base-$BASE base_crate=$OUT/$SERVICE-statuscode-base
    [[ -d $base_tree ]] || git -C "$ROOT" worktree add -f --detach "$base_tree" "$BASE" >/dev/null
    rm -rf "$base_crate"
    mkdir -p "$base_crate"
    cp -r "$ours/src" "$ours/Cargo.lock" "$base_crate/"
    sed "s#path = \"$ROOT\"#path = \"$base_tree\"#" "$ours/Cargo.toml" >"$base_crate/Cargo.toml"
    count "$base_crate" base
fi

# The table: each unit in billions of instructions, the twins' own crates
# side by side, and with --base each unit against REV.
python3 - "$OUT" "$SERVICE" "$BASE" "$WHOLE" <<'EOF'
import collections, sys
out, service, base, whole = sys.argv[1:]
def read(label):
    try:
        rows = (line.rstrip("\n").split("\t") for line in open(f"{out}/instructions-{label}.txt"))
        return {unit: int(n) for unit, n in rows}
    except FileNotFoundError:
        return {}
ours, hand, old = read("statuscode"), read("by-hand"), read("base") if base else {}
g = lambda n: f"{n / 1e9:.2f}"
print(f"### {service}: instructions executed by rustc (billions; callgrind, one cold build)\n")
head = "| unit | statuscode twin |" + (f" at `{base}` | change |" if base else "")
print(head)
print("|" + " --- |" * (head.count("|") - 1))
def unit_row(name, n, before):
    row = f"| {name} | {g(n)} |"
    if base:
        row += f" {g(before)} | {(n / before - 1) * 100:+.0f}% |" if before else " - | - |"
    print(row)
crate = lambda unit: unit.split(" [")[0]
is_twin = lambda unit: unit.startswith(service.replace("-", "_"))
mine = lambda counts: {u: n for u, n in counts.items() if not is_twin(u)}
own, old_own = mine(ours), mine(old)
own_crates = {crate(u) for u in own}
# Units of either build: a unit only REV builds (statuscode-core for the
# proc macro, before statuscode-registry) shows 0 today, and counts in REV's sum.
for unit in sorted(own.keys() | old_own.keys()):
    unit_row(unit, own.get(unit, 0), old_own.get(unit))
unit_row("**statuscode's own units**", sum(own.values()), sum(old_own.values()) if base else None)
twin = lambda counts: sum(n for u, n in counts.items() if u.startswith(service.replace("-", "_")))
unit_row(f"the service crate ({service}-statuscode)", twin(ours), twin(old) if base else None)
print(f"\nThe hand-written twin's crate ({service}-by-hand): {g(twin(hand))}; "
      f"the statuscode twin's crate / the hand twin's: {twin(ours) / twin(hand):.2f}. "
      f"What the statuscode twin executes beyond the hand twin in these units: "
      f"{g(sum(own.values()) + twin(ours) - twin(hand))} billion instructions.")
if whole:
    # The units both builds compile must be the same crates with the same
    # features, or the ratio below would not hold.
    units = lambda label: collections.Counter(line.strip() for line in open(f"{out}/units-{label}.txt"))
    common = lambda counts: collections.Counter(
        {u: n for u, n in counts.items() if crate(u) not in own_crates and not is_twin(u)})
    ours_common, hand_common = common(units("statuscode")), common(units("by-hand"))
    total = sum(hand.values())
    extra = sum(own.values()) + twin(ours) - twin(hand)
    print(f"\nThe hand twin's whole cold build: {g(total)} billion instructions in "
          f"{sum(units('by-hand').values())} rustc runs; the statuscode twin's, by the same units: "
          f"{g(total + extra)}, **{(total + extra) / total:.3f}×**.")
    if ours_common != hand_common:
        print("\n**Warning: the two builds do not compile the same other units**, so that ratio "
              f"is not exact: only in the statuscode build {sorted((ours_common - hand_common).elements())}, "
              f"only in the hand build {sorted((hand_common - ours_common).elements())}.")
    else:
        print(f"Checked: apart from statuscode's units and the twins' own crates, both builds ran "
              f"rustc on the same {sum(hand_common.values())} units (crate and features).")
    top = sorted(((n, u) for u, n in hand.items()), reverse=True)[:8]
    print("\nThe hand twin's largest units: " + ", ".join(f"`{u}` {g(n)}" for n, u in top) + ".")
EOF
