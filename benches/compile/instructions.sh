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
#   bash benches/compile/instructions.sh [--service NAME] [--base REV]
#
# NAME: `service` (default) or `service-openapi`, the twins run.sh generates
# under target/bench-compile/ (run `bash benches/compile/run.sh --only NAME
# --runs 1` once first). With --base, the statuscode twin is built a second
# time against a worktree of REV (target/bench-compile/base-REV), and each
# unit is compared. One cold build of each twin under callgrind: about 5
# minutes on 2 cores (rustc runs ~50 times slower for the counted units).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=$ROOT/target/bench-compile
SERVICE=service
BASE=
while (($#)); do
    case $1 in
    --service) SERVICE=$2; shift ;;
    --base) BASE=$2; shift ;;
    *) echo "usage: $0 [--service service|service-openapi] [--base REV]" >&2; exit 2 ;;
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
# (one file per rustc, named by crate and features), rustc for the rest.
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
case " statuscode statuscode_registry statuscode_core statuscode_macros $COUNTED " in
*" $crate "*)
    features=$(printf '%s' "${features%,}" | tr -d '"')
    exec valgrind --tool=callgrind -q --callgrind-out-file="$COUNT_DIR/$crate [${features}].%p" "$rustc" "$@" ;;
esac
exec "$rustc" "$@"
EOF
chmod +x "$wrapper"

# count DIR LABEL: a cold build of DIR with the wrapper; writes
# "unit instructions" lines to $OUT/instructions-LABEL.txt.
count() {
    local dir=$1 label=$2 counts=$OUT/callgrind-$2
    rm -rf "$counts" "$dir/target"
    mkdir -p "$counts"
    local bin
    bin=$(sed -n 's/^name = "\(.*\)"/\1/p' "$dir/Cargo.toml" | head -1 | tr - _)
    echo "==> $label: cold build of $dir, the counted units under callgrind" >&2
    (cd "$dir" && COUNT_DIR=$counts COUNTED=$bin RUSTC_WRAPPER=$wrapper CARGO_INCREMENTAL=0 \
        cargo build --offline -q)
    local file
    for file in "$counts"/*; do
        printf '%s\t%s\n' "$(basename "$file" | sed 's/\.[0-9]*$//')" \
            "$(sed -n 's/^summary: //p; s/^totals: //p' "$file" | head -1)"
    done | awk -F'\t' '{sum[$1] += $2} END {for (u in sum) printf "%s\t%.0f\n", u, sum[u]}' |
        sort >"$OUT/instructions-$label.txt"
    rm -rf "$counts"
}

count "$ours" statuscode
count "$hand" by-hand
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
python3 - "$OUT" "$SERVICE" "$BASE" <<'EOF'
import sys
out, service, base = sys.argv[1:]
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
mine = lambda counts: {u: n for u, n in counts.items() if not u.startswith(service.replace("-", "_"))}
own, old_own = mine(ours), mine(old)
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
EOF
