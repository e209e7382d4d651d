#!/usr/bin/env bash
# Compile-time cost of the statuscode macros, each against the reference a
# user would otherwise write, measured alternately in the same run.
#
#   bash benches/compile/run.sh            # full run (BENCHMARKS.md's figures)
#   bash benches/compile/run.sh --quick    # tiny crates, one run each (CI)
#
# Options: --runs N (timed runs per variant; default 9, --quick 1),
#          --only LIST (comma-separated: expansion,derive,route,cold,service,
#          service-openapi), --timings (the services: one more cold build of
#          each twin with `cargo build --timings`, compared unit by unit).
#
# It generates throw-away crates under target/bench-compile/ that depend on
# this workspace's crates by path, seeds them with the workspace's Cargo.lock
# (so they build --offline with the same versions), fetches anything missing
# once (thiserror), then times:
#
#   expansion  10,000 `status!(…)` consts (numbers, names, aliases, FastAPI
#              names) vs 10,000 hand-written `Status::X` consts:
#              `cargo check` after touching the file.            target <= 1.3x
#   derive     200 enums x 10 variants: #[derive(HttpStatus)] vs a hand-written
#              `impl HttpStatus` vs #[derive(thiserror::Error)]:
#              `cargo check` after touching the file.   target <= 1.0x thiserror
#   route      1,000 handlers with #[status_code(…)] vs without:
#              `cargo check` after touching the file.
#   cold       `cargo build` from an empty target dir of a one-file binary that
#              uses status! and the derive, vs the same binary using a one-line
#              syn-based derive with the same syn version and features as
#              statuscode-macros (the floor set by syn).         target <= 1.1x
#   service    an axum 0.8 + tokio + serde + thiserror service, 40 handlers
#              (#[status_code(CREATED)] POSTs and GETs) and an 8-variant
#              #[derive(HttpStatus)] #[status(response)] error, vs the same
#              service by hand (StatusCode::CREATED, impl IntoResponse):
#              `cargo build` from an empty target dir   target <= 1.03x
#              and after touching src/main.rs.          target <= 1.02x
#   service-openapi  the same service with what later issues added: a
#              #[status(problem)] error type and an OpenAPI document
#              (utoipa: the derive's responses vs every status by hand).
#              The guard: no change may leave it worse than noise.
#
# Every round times each variant once, the order rotating every round; each
# ratio is computed per round and reported as min / median / max. Every step
# records wall-clock and CPU time (user + system of cargo and its rustcs);
# the service reports both, CPU time being the steadier on a shared machine.
# Results: stdout, and target/bench-compile/results.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=$ROOT/target/bench-compile
QUICK=0
RUNS=
ONLY=expansion,derive,route,cold,service,service-openapi
TIMINGS=0

while (($#)); do
    case $1 in
    --quick) QUICK=1 ;;
    --timings) TIMINGS=1 ;;
    --runs)
        RUNS=$2
        shift
        ;;
    --only)
        ONLY=$2
        shift
        ;;
    -h | --help)
        sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "run.sh: unknown argument '$1' (try --help)" >&2
        exit 2
        ;;
    esac
    shift
done

if ((QUICK)); then
    RUNS=${RUNS:-1}
    N_CONSTS=40 N_ENUMS=4 N_HANDLERS=20 N_SERVICE_HANDLERS=4
else
    RUNS=${RUNS:-9}
    N_CONSTS=10000 N_ENUMS=200 N_HANDLERS=1000 N_SERVICE_HANDLERS=40
fi
VARIANTS=10

wants() { [[ ,$ONLY, == *,$1,* ]]; }
log() { printf '%s\n' "$*" >&2; }

mkdir -p "$OUT"
RESULTS=$OUT/results.md
: >"$RESULTS"
report() { printf '%s\n' "$*" | tee -a "$RESULTS"; }

# ---------------------------------------------------------------- the names --
# Every form status! accepts, read from the generated table (registry/src/table.rs),
# so the benchmark follows the registry. Deprecated FastAPI names are left out:
# their warnings would be timed too.
TABLE=$ROOT/registry/src/table.rs
mapfile -t CODES < <(sed -nE 's/^    Entry \{ code: ([1-5][0-9][0-9]), name: "([A-Z0-9_]+)".*/\1/p' "$TABLE")
mapfile -t CANONICAL < <(sed -nE 's/^    Entry \{ code: ([1-5][0-9][0-9]), name: "([A-Z0-9_]+)".*/\2/p' "$TABLE")
mapfile -t ALIAS_ROWS < <(sed -nE 's/^    NameEntry \{ name: "([A-Z0-9_]+)", code: ([1-5][0-9][0-9]), form: NameForm::Alias, replacement: None.*/\1 \2/p' "$TABLE")
if ((${#CODES[@]} < 60 || ${#CODES[@]} != ${#CANONICAL[@]} || ${#ALIAS_ROWS[@]} == 0)); then
    echo "run.sh: could not read the status table from $TABLE (its generated shape changed?)" >&2
    exit 1
fi
declare -A CANONICAL_OF
for i in "${!CODES[@]}"; do CANONICAL_OF[${CODES[$i]}]=${CANONICAL[$i]}; done

# form_of I: the I-th use, cycling through number, canonical name, alias and
# FastAPI name. Sets WRITTEN (what status! gets) and CONST (the Status::X it is).
form_of() {
    local i=$1 k code alias
    k=$((i / 4))
    case $((i % 4)) in
    0)
        code=${CODES[$((k % ${#CODES[@]}))]}
        WRITTEN=$code
        ;;
    1)
        code=${CODES[$((k % ${#CODES[@]}))]}
        WRITTEN=${CANONICAL_OF[$code]}
        ;;
    2)
        read -r alias code <<<"${ALIAS_ROWS[$((k % ${#ALIAS_ROWS[@]}))]}"
        WRITTEN=$alias
        ;;
    3)
        code=${CODES[$((k % ${#CODES[@]}))]}
        WRITTEN=HTTP_${code}_${CANONICAL_OF[$code]}
        ;;
    esac
    CONST=${CANONICAL_OF[$code]}
    CODE=$code
}

# ------------------------------------------------------------ what exists --
has_derive() { grep -q 'proc_macro_derive(HttpStatus' "$ROOT/macros/src/lib.rs"; }
has_route() { grep -Eq 'pub fn status_code *\(' "$ROOT/macros/src/lib.rs"; }

# ---------------------------------------------------------------- crates ----
# new_crate DIR NAME KIND DEPS: a package with its own (empty) workspace, the
# workspace's lockfile, and DEPS as its [dependencies]. A target dir left by
# an earlier run is kept, so a second run does not rebuild the dependencies.
new_crate() {
    local dir=$1 name=$2 kind=$3 deps=$4
    rm -rf "$dir/src"
    mkdir -p "$dir/src"
    {
        printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n' "$name"
        if [[ $kind == proc-macro ]]; then printf '[lib]\nproc-macro = true\n\n'; fi
        printf '[dependencies]\n%s\n' "$deps"
        if [[ $kind != proc-macro ]]; then printf '\n[workspace]\n'; fi
    } >"$dir/Cargo.toml"
    if [[ $kind != proc-macro ]]; then cp "$ROOT/Cargo.lock" "$dir/Cargo.lock"; fi
}

STATUSCODE_DEP="statuscode = { path = \"$ROOT\" }"

# cargo_in DIR ARGS...: cargo in DIR with DIR/target as its own target dir.
cargo_in() {
    local dir=$1
    shift
    (cd "$dir" && CARGO_TARGET_DIR=$dir/target cargo "$@")
}

# prepare DIR: resolve and download once (only what the lockfile lacks, such
# as thiserror, needs the network), then build the dependencies.
prepare() {
    local dir=$1 step=$2
    cargo_in "$dir" fetch --offline -q 2>/dev/null || cargo_in "$dir" fetch -q
    cargo_in "$dir" "$step" --offline -q
}

# ------------------------------------------------------------ timing -------
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# time_ms DIR WHAT: one timed step: `check` or `build` after touching
# src/main.rs or src/lib.rs, or `cold` (empty target dir, then build). Sets
# WALL_MS, the wall-clock time, and CPU_MS, the user + system time of cargo
# and every rustc it ran (bash's `time`: what other builds on a shared
# machine disturb least).
time_ms() {
    local dir=$1 what=$2 file t0 t1 cpu TIMEFORMAT='%3U %3S'
    file=$dir/src/lib.rs
    [[ -f $file ]] || file=$dir/src/main.rs
    case $what in
    check | build) touch "$file" ;;
    cold)
        rm -rf "$dir/target"
        what=build
        ;;
    esac
    t0=$(now_ms)
    # `time` reports on fd 2, captured here; cargo's own output goes to fd 3.
    cpu=$({ time cargo_in "$dir" "$what" --offline -q >&3 2>&3; } 3>&2 2>&1)
    t1=$(now_ms)
    WALL_MS=$((t1 - t0))
    CPU_MS=$(awk '{ printf "%d", ($1 + $2) * 1000 }' <<<"$cpu")
}

# stats VALUES...: "min median max" (median of an even count: mean of the two).
stats() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
        END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
              printf "%g %g %g\n", v[1], m, v[NR] }'
}

# ratios A B: per-round A[i] / B[i] for two space-separated lists.
ratios() {
    paste <(printf '%s\n' $1) <(printf '%s\n' $2) | awk '{ printf "%.3f\n", $1 / $2 }'
}

# run_rounds WHAT NAME=DIR...: RUNS rounds, each timing every variant once,
# the order rotated every round. Leaves T[NAME] = "ms ms ms ..." (wall
# clock) and T[NAME/cpu] (CPU time).
declare -A T
run_rounds() {
    local what=$1 r i n k
    shift
    local -a names=() dirs=()
    for pair in "$@"; do
        names+=("${pair%%=*}")
        dirs+=("${pair#*=}")
        T[${pair%%=*}]=
        T[${pair%%=*}/cpu]=
    done
    n=${#names[@]}
    for ((r = 0; r < RUNS; r++)); do
        for ((k = 0; k < n; k++)); do
            i=$(((r + k) % n))
            time_ms "${dirs[$i]}" "$what"
            T[${names[$i]}]+="$WALL_MS "
            T[${names[$i]}/cpu]+="$CPU_MS "
        done
        log "    round $((r + 1))/$RUNS: $(for nm in "${names[@]}"; do printf '%s=%sms (cpu %sms) ' "$nm" "$(awk '{print $NF}' <<<"${T[$nm]}")" "$(awk '{print $NF}' <<<"${T[$nm/cpu]}")"; done)"
    done
}

# row LABEL NAME: a table row with NAME's min/median/max in seconds.
row() {
    local s
    read -r -a s <<<"$(stats ${T[$2]})"
    report "| $1 | $(awk -v a="${s[0]}" -v b="${s[1]}" -v c="${s[2]}" 'BEGIN { printf "%.2f / %.2f / %.2f", a / 1000, b / 1000, c / 1000 }') |"
}

# ratio_row LABEL A B TARGET: the per-round ratio A/B, min/median/max, and
# whether its median meets TARGET ("-" for none).
ratio_row() {
    local s verdict=-
    read -r -a s <<<"$(stats $(ratios "${T[$2]}" "${T[$3]}"))"
    if [[ $4 != - ]]; then
        if awk -v m="${s[1]}" -v t="$4" 'BEGIN { exit !(m <= t) }'; then
            verdict="<= $4x: met"
        else
            verdict="<= $4x: MISSED"
        fi
    fi
    report "| $1 | $(printf '%.2f / %.2f / %.2f' "${s[0]}" "${s[1]}" "${s[2]}") | $verdict |"
}

# ------------------------------------------------------------- expansion --
bench_expansion() {
    local macro=$OUT/expansion-status-macro consts=$OUT/expansion-status-consts i
    local noop=$OUT/expansion-noop-macro
    log "==> expansion: $N_CONSTS status!(…) consts vs $N_CONSTS hand-written Status::X consts"
    new_crate "$macro" expansion-status-macro lib "$STATUSCODE_DEP"
    new_crate "$consts" expansion-status-consts lib "$STATUSCODE_DEP"
    {
        echo '//! Generated by benches/compile/run.sh: status!(…) in every form.'
        echo 'use statuscode::{Status, status};'
        for ((i = 0; i < N_CONSTS; i++)); do
            form_of "$i"
            echo "pub const S$i: Status = status!($WRITTEN);"
        done
    } >"$macro/src/lib.rs"
    {
        echo '//! Generated by benches/compile/run.sh: the same consts, written by hand.'
        echo 'use statuscode::Status;'
        for ((i = 0; i < N_CONSTS; i++)); do
            form_of "$i"
            echo "pub const S$i: Status = Status::$CONST;"
        done
    } >"$consts/src/lib.rs"
    # The shape of status! with none of its work: a macro_rules wrapper that
    # calls a proc macro returning a fixed path. What any proc macro costs.
    new_crate "$noop" expansion-noop-macro lib "$STATUSCODE_DEP
noop-macros = { path = \"noop-macros\" }"
    new_crate "$noop/noop-macros" noop-macros proc-macro ''
    cat >"$noop/noop-macros/src/lib.rs" <<'EOF'
//! Generated by benches/compile/run.sh: a proc macro that does nothing.
#[proc_macro] pub fn status(_: proc_macro::TokenStream) -> proc_macro::TokenStream { "::statuscode::Status::OK".parse().unwrap() }
EOF
    {
        echo '//! Generated by benches/compile/run.sh: the same uses through a do-nothing proc macro.'
        echo 'use statuscode::Status;'
        echo 'macro_rules! status { ($($input:tt)*) => { noop_macros::status!(krate, $($input)*) } }'
        for ((i = 0; i < N_CONSTS; i++)); do
            form_of "$i"
            echo "pub const S$i: Status = status!($WRITTEN);"
        done
    } >"$noop/src/lib.rs"
    prepare "$macro" check
    prepare "$consts" check
    prepare "$noop" check
    run_rounds check "status!=$macro" "Status::X=$consts" "noop=$noop"
    report ""
    report "### expansion: $N_CONSTS consts, \`cargo check\` after touching the file ($RUNS runs)"
    report ""
    report "| variant | seconds min / median / max |"
    report "| --- | --- |"
    row "\`status!(…)\` (numbers, names, aliases, FastAPI names)" "status!"
    row "hand-written \`Status::X\`" "Status::X"
    row "the same uses through a macro_rules wrapper and a do-nothing proc macro (status!'s shape, none of its work)" noop
    report ""
    report "| ratio | min / median / max | target |"
    report "| --- | --- | --- |"
    ratio_row "status! / Status::X" "status!" "Status::X" 1.3
    ratio_row "do-nothing macro / Status::X (any macro_rules + proc macro)" noop "Status::X" -
    ratio_row "status! / do-nothing macro (status!'s own work)" "status!" noop -
}

# --------------------------------------------------------------- derive ----
# The shapes of the variants, cycling: unit, tuple with a String, struct.
variant_decl() {
    case $(($2 % 3)) in
    0) echo "V$2" ;;
    1) echo "V$2(String)" ;;
    2) echo "V$2 { id: u64 }" ;;
    esac
}
variant_pat() {
    case $(($2 % 3)) in
    0) echo "$1::V$2" ;;
    1) echo "$1::V$2(..)" ;;
    2) echo "$1::V$2 { .. }" ;;
    esac
}
variant_error() {
    case $(($2 % 3)) in
    0) echo "#[error(\"variant $2 failed\")]" ;;
    1) echo "#[error(\"variant $2 failed: {0}\")]" ;;
    2) echo "#[error(\"variant $2 failed for id {id}\")]" ;;
    esac
}

bench_derive() {
    if ! has_derive; then
        log "==> derive: NOT MEASURED: #[derive(HttpStatus)] does not exist in this tree"
        report ""
        report "### derive: not measured (#[derive(HttpStatus)] does not exist in this tree)"
        return
    fi
    local derive=$OUT/derive-httpstatus manual=$OUT/derive-manual-impl thiserror=$OUT/derive-thiserror
    local e v status
    log "==> derive: $N_ENUMS enums x $VARIANTS variants: derive(HttpStatus) vs hand-written impl vs derive(thiserror::Error)"
    new_crate "$derive" derive-httpstatus lib "$STATUSCODE_DEP"
    new_crate "$manual" derive-manual-impl lib "$STATUSCODE_DEP"
    new_crate "$thiserror" derive-thiserror lib 'thiserror = "2"'
    {
        echo '//! Generated by benches/compile/run.sh: #[derive(HttpStatus)].'
        echo 'use statuscode::HttpStatus;'
        for ((e = 0; e < N_ENUMS; e++)); do
            echo '#[derive(Debug, HttpStatus)]'
            echo '#[status(INTERNAL_SERVER_ERROR)]'
            echo "pub enum E$e {"
            for ((v = 0; v < VARIANTS; v++)); do
                # The last variant takes the enum's default.
                if ((v < VARIANTS - 1)); then
                    form_of $((e * VARIANTS + v))
                    echo "    #[status($WRITTEN)]"
                fi
                echo "    $(variant_decl "E$e" "$v"),"
            done
            echo '}'
        done
    } >"$derive/src/lib.rs"
    {
        echo '//! Generated by benches/compile/run.sh: the same impls, written by hand.'
        echo 'use statuscode::{HttpStatus, Status, StatusSet};'
        for ((e = 0; e < N_ENUMS; e++)); do
            echo '#[derive(Debug)]'
            echo "pub enum E$e {"
            for ((v = 0; v < VARIANTS; v++)); do echo "    $(variant_decl "E$e" "$v"),"; done
            echo '}'
            echo "impl HttpStatus for E$e {"
            echo '    fn status(&self) -> Status {'
            echo '        match self {'
            local set='StatusSet::new()'
            for ((v = 0; v < VARIANTS; v++)); do
                status=INTERNAL_SERVER_ERROR
                if ((v < VARIANTS - 1)); then
                    form_of $((e * VARIANTS + v))
                    status=$CONST
                fi
                echo "            $(variant_pat "E$e" "$v") => Status::$status,"
                set+=".with(Status::$status)"
            done
            echo '        }'
            echo '    }'
            echo "    fn statuses() -> StatusSet { $set }"
            echo '}'
        done
    } >"$manual/src/lib.rs"
    {
        echo '//! Generated by benches/compile/run.sh: #[derive(thiserror::Error)], the familiar reference.'
        for ((e = 0; e < N_ENUMS; e++)); do
            echo '#[derive(Debug, thiserror::Error)]'
            echo "pub enum E$e {"
            for ((v = 0; v < VARIANTS; v++)); do
                echo "    $(variant_error "E$e" "$v")"
                echo "    $(variant_decl "E$e" "$v"),"
            done
            echo '}'
        done
    } >"$thiserror/src/lib.rs"
    prepare "$derive" check
    prepare "$manual" check
    prepare "$thiserror" check
    run_rounds check "derive=$derive" "manual=$manual" "thiserror=$thiserror"
    report ""
    report "### derive: $N_ENUMS enums x $VARIANTS variants, \`cargo check\` after touching the file ($RUNS runs)"
    report ""
    report "| variant | seconds min / median / max |"
    report "| --- | --- |"
    row "\`#[derive(Debug, HttpStatus)]\`" derive
    row "\`#[derive(Debug)]\` + hand-written \`impl HttpStatus\` (\`match\`)" manual
    row "\`#[derive(Debug, thiserror::Error)]\`" thiserror
    report ""
    report "| ratio | min / median / max | target |"
    report "| --- | --- | --- |"
    ratio_row "derive(HttpStatus) / derive(thiserror::Error)" derive thiserror 1.0
    ratio_row "derive(HttpStatus) / hand-written impl" derive manual -
}

# ---------------------------------------------------------------- route ----
# handler I: an async handler returning a body (even I), or a sync one
# returning a Result that uses `?` (odd I).
handler() {
    if (($1 % 2 == 0)); then
        echo "pub async fn handler$1(id: u64) -> String {"
        echo "    format!(\"handler $1: {id}\")"
    else
        echo "pub fn handler$1(id: &str) -> Result<String, std::num::ParseIntError> {"
        echo "    let id: u64 = id.parse()?;"
        echo "    Ok(format!(\"handler $1: {id}\"))"
    fi
    echo '}'
}

bench_route() {
    if ! has_route; then
        log "==> route: NOT MEASURED: #[status_code(…)] does not exist in this tree"
        report ""
        report "### route attribute: not measured (#[status_code(…)] does not exist in this tree)"
        return
    fi
    local attr=$OUT/route-status-code plain=$OUT/route-plain i
    log "==> route: $N_HANDLERS handlers with #[status_code(…)] vs without"
    new_crate "$attr" route-status-code lib "$STATUSCODE_DEP"
    new_crate "$plain" route-plain lib "$STATUSCODE_DEP"
    {
        echo '//! Generated by benches/compile/run.sh: handlers with #[status_code(…)].'
        echo 'use statuscode::status_code;'
        for ((i = 0; i < N_HANDLERS; i++)); do
            form_of "$i"
            # Codes #[status_code] refuses on a handler with a body (RFC 9110:
            # 1xx, 204/205/304, and 401/405/407/426 whose header it cannot
            # add) are written as OK.
            case $CODE in
            1?? | 204 | 205 | 304 | 401 | 405 | 407 | 426) WRITTEN=OK ;;
            esac
            echo "#[status_code($WRITTEN)]"
            handler "$i"
        done
    } >"$attr/src/lib.rs"
    {
        echo '//! Generated by benches/compile/run.sh: the same handlers, without the attribute.'
        for ((i = 0; i < N_HANDLERS; i++)); do handler "$i"; done
    } >"$plain/src/lib.rs"
    prepare "$attr" check
    prepare "$plain" check
    run_rounds check "attribute=$attr" "plain=$plain"
    report ""
    report "### route attribute: $N_HANDLERS handlers, \`cargo check\` after touching the file ($RUNS runs)"
    report ""
    report "| variant | seconds min / median / max |"
    report "| --- | --- |"
    row "with \`#[status_code(…)]\`" attribute
    row "without" plain
    report ""
    report "| ratio | min / median / max | target |"
    report "| --- | --- | --- |"
    ratio_row "with / without" attribute plain -
}

# ----------------------------------------------------------------- cold ----
# The syn that statuscode-macros builds with: exact version and features.
macros_syn() {
    (cd "$ROOT" && cargo tree --offline -p statuscode-macros -e normal --prefix none --format '{p}|{f}') |
        sed -nE 's/^syn v([0-9][^ |]*)[^|]*\|(.*)$/\1|\2/p' | head -1
}

bench_cold() {
    local ours=$OUT/cold-statuscode floor=$OUT/cold-syn-floor syn version features
    syn=$(macros_syn)
    if [[ -n $syn ]]; then
        version=${syn%%|*}
        features=${syn#*|}
        features=${features//,/\", \"}
    else
        # Not yet a syn user: the floor is what a derive needs at least.
        version=
        features='derive", "parsing", "printing", "proc-macro'
        log "    statuscode-macros does not use syn: the floor uses syn 2 with [\"$features\"]"
    fi
    local syn_dep="syn = { version = \"${version:+=}${version:-2}\", default-features = false, features = [\"$features\"] }"
    log "==> cold: cargo build from an empty target dir, statuscode vs a one-line derive on $syn_dep"

    new_crate "$ours" cold-statuscode bin "$STATUSCODE_DEP"
    new_crate "$floor" cold-syn-floor bin 'floor-macros = { path = "floor-macros" }'
    new_crate "$floor/floor-macros" floor-macros proc-macro "$syn_dep"
    # The one line: parse the input as syn::DeriveInput, emit nothing.
    cat >"$floor/floor-macros/src/lib.rs" <<'EOF'
//! Generated by benches/compile/run.sh: the floor, a derive that only runs syn.
#[proc_macro_derive(Floor, attributes(status))] pub fn floor(input: proc_macro::TokenStream) -> proc_macro::TokenStream { syn::parse_macro_input!(input as syn::DeriveInput); proc_macro::TokenStream::new() }
EOF
    local derive_use='' derive_attr='' derive_call=''
    if has_derive; then
        derive_use=', HttpStatus'
        derive_attr=', HttpStatus'
        derive_call='.status()'
    fi
    cat >"$ours/src/main.rs" <<EOF
//! Generated by benches/compile/run.sh: a program using status! and the derive.
#![allow(dead_code)]
use statuscode::{Status, status$derive_use};

const CREATED: Status = status!(CREATED);

#[derive(Debug$derive_attr)]
#[status(INTERNAL_SERVER_ERROR)]
enum ApiError {
    #[status(NOT_FOUND)]
    Missing { id: u64 },
    #[status(HTTP_409_CONFLICT)]
    Conflict(String),
    #[status(TEAPOT)]
    Teapot,
    Database,
}

fn main() {
    let errors = [ApiError::Missing { id: 7 }, ApiError::Conflict("taken".into()), ApiError::Teapot, ApiError::Database];
    for e in &errors {
        println!("{e:?} {}", status!(404) == CREATED);
        let _ = e$derive_call;
    }
}
EOF
    cat >"$floor/src/main.rs" <<'EOF'
//! Generated by benches/compile/run.sh: the same program on the syn floor.
#![allow(dead_code)]
use floor_macros::Floor;

const CREATED: u16 = 201;

#[derive(Debug, Floor)]
#[status(INTERNAL_SERVER_ERROR)]
enum ApiError {
    #[status(NOT_FOUND)]
    Missing { id: u64 },
    #[status(HTTP_409_CONFLICT)]
    Conflict(String),
    #[status(TEAPOT)]
    Teapot,
    Database,
}

fn main() {
    let errors = [ApiError::Missing { id: 7 }, ApiError::Conflict("taken".into()), ApiError::Teapot, ApiError::Database];
    for e in &errors {
        println!("{e:?} {}", 404 == CREATED);
    }
}
EOF
    if ! has_derive; then
        # Without the derive the attributes mean nothing: drop them from both.
        sed -i '/#\[status(/d' "$ours/src/main.rs" "$floor/src/main.rs"
    fi
    prepare "$ours" build
    prepare "$floor" build
    run_rounds cold "statuscode=$ours" "floor=$floor"
    report ""
    report "### cold build: \`cargo build\` (dev profile) from an empty target dir ($RUNS runs)"
    report ""
    report "The floor is the same binary whose derive is one line on \`$syn_dep\`."
    report ""
    report "| variant | seconds min / median / max |"
    report "| --- | --- |"
    if has_derive; then
        row "binary using \`status!\` and \`#[derive(HttpStatus)]\`" statuscode
    else
        row "binary using \`status!\` (no derive in this tree)" statuscode
    fi
    row "same binary on a one-line syn derive (the floor)" floor
    report ""
    report "| ratio | min / median / max | target |"
    report "| --- | --- | --- |"
    ratio_row "statuscode / syn floor" statuscode floor 1.1
}

# -------------------------------------------------------------- service ----
# A realistic axum 0.8 service, twice: 40 handlers over 20 resources (a
# `#[status_code(CREATED)]` POST returning `Result<Json<T>, ApiError>` and a
# GET each) and an 8-variant error enum with `#[derive(HttpStatus)]`,
# `#[status(response)]` and thiserror; and the same service written by hand
# with http's `StatusCode` constants and an `impl IntoResponse`.
SERVICE_DEPS='axum = { version = "0.8", default-features = false, features = ["http1", "tokio", "json"] }
tokio = { version = "1", default-features = false, features = ["rt", "macros", "net"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
thiserror = "2"'

# The error variants: name and fields | #[error] | status | a value of it.
SERVICE_ERRORS=(
    'NotFound(u64)|item {0} not found|NOT_FOUND|ApiError::NotFound(id)'
    'BadRequest(String)|bad request: {0}|BAD_REQUEST|ApiError::BadRequest(format!("id {id}"))'
    'Unauthorized|sign in first|UNAUTHORIZED|ApiError::Unauthorized'
    'Forbidden { user: u64 }|user {user} may not do this|FORBIDDEN|ApiError::Forbidden { user: id }'
    'Conflict(u64)|item {0} exists already|CONFLICT|ApiError::Conflict(id)'
    "Invalid { field: &'static str }|invalid field \`{field}\`|UNPROCESSABLE_ENTITY|ApiError::Invalid { field: \"name\" }"
    'RateLimited|slow down|TOO_MANY_REQUESTS|ApiError::RateLimited'
    'Internal|internal error|INTERNAL_SERVER_ERROR|ApiError::Internal'
)

# service_problem OURS: the problem+json error type of the FULL service:
# derived (ours), or by hand with its body type and `impl IntoResponse`;
# by hand also the `{"detail"}` body type the hand-written docs name.
service_problem() {
    if (($1)); then
        cat <<'RUST'

#[derive(Debug, HttpStatus, thiserror::Error)]
#[status(problem)]
pub enum BuyError {
    #[error("your balance is {balance}")]
    #[status(FORBIDDEN, type = "https://example.com/probs/out-of-credit", title = "You do not have enough credit.", extension("balance" = balance))]
    OutOfCredit { balance: u64 },
    #[error("item {0} is sold out")]
    #[status(CONFLICT)]
    SoldOut(u64),
}
RUST
    else
        cat <<'RUST'

#[derive(Serialize, utoipa::ToSchema)]
pub struct Detail {
    detail: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    type_uri: &'static str,
    title: &'static str,
    status: u16,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    balance: Option<u64>,
}

#[derive(Debug, thiserror::Error)]
pub enum BuyError {
    #[error("your balance is {balance}")]
    OutOfCredit { balance: u64 },
    #[error("item {0} is sold out")]
    SoldOut(u64),
}

impl IntoResponse for BuyError {
    fn into_response(self) -> Response {
        let (status, type_uri, title, balance) = match self {
            BuyError::OutOfCredit { balance } => (StatusCode::FORBIDDEN, "https://example.com/probs/out-of-credit", "You do not have enough credit.", Some(balance)),
            BuyError::SoldOut(_) => (StatusCode::CONFLICT, "about:blank", "Conflict", None),
        };
        let problem = Problem { type_uri, title, status: status.as_u16(), detail: self.to_string(), balance };
        let content_type = [(axum::http::header::CONTENT_TYPE, "application/problem+json")];
        (status, content_type, Json(problem)).into_response()
    }
}
RUST
    fi
}

# The codes of SERVICE_ERRORS' statuses, for the hand-written documents.
declare -A SERVICE_CODES=([NOT_FOUND]=404 [BAD_REQUEST]=400 [UNAUTHORIZED]=401 [FORBIDDEN]=403
    [CONFLICT]=409 [UNPROCESSABLE_ENTITY]=422 [TOO_MANY_REQUESTS]=429 [INTERNAL_SERVER_ERROR]=500)

# service_hand_responses ApiError|BuyError: the error responses of a
# by-hand `#[utoipa::path]`, status by status, as the derive documents them.
service_hand_responses() {
    local v decl msg status value headers out=
    if [[ $1 == BuyError ]]; then
        printf '%s' '(status = 403, description = "You do not have enough credit.", body = Problem, content_type = "application/problem+json"), (status = 409, description = "Sold out", body = Problem, content_type = "application/problem+json")'
        return
    fi
    for v in "${SERVICE_ERRORS[@]}"; do
        IFS='|' read -r decl msg status value <<<"$v"
        headers=
        [[ $status == UNAUTHORIZED ]] && headers=', headers(("WWW-Authenticate" = String))'
        out+="(status = ${SERVICE_CODES[$status]}, description = \"$msg\", body = Detail$headers), "
    done
    printf '%s' "${out%, }"
}

# service_main OURS FULL: the whole main.rs (OURS=1: statuscode, 0: by
# hand). FULL=1 adds what the later issues brought: a problem+json error
# type (`#[status(problem)]` with a type, a title and a typed extension
# member), which the odd resources' GETs return, and an OpenAPI document
# (utoipa): every handler under `#[utoipa::path]`, the errors documented by
# the derive (ours) or listed status by status (by hand), served at
# /openapi.json.
service_main() {
    local ours=$1 full=${2:-0} k v decl msg status value error listed resources=$((N_SERVICE_HANDLERS / 2))
    local schema=
    ((full)) && schema=', utoipa::ToSchema'
    if ((ours)); then
        echo '//! Generated by benches/compile/run.sh: an axum service using statuscode.'
        echo 'use axum::{Json, Router, extract::Path, routing::{get, post}};'
        echo 'use serde::{Deserialize, Serialize};'
        echo 'use statuscode::{HttpStatus, status_code};'
        echo
        echo '#[derive(Debug, HttpStatus, thiserror::Error)]'
        echo '#[status(INTERNAL_SERVER_ERROR, response)]'
    else
        echo '//! Generated by benches/compile/run.sh: the same axum service, written by hand.'
        echo 'use axum::http::StatusCode;'
        echo 'use axum::response::{IntoResponse, Response};'
        echo 'use axum::{Json, Router, extract::Path, routing::{get, post}};'
        echo 'use serde::{Deserialize, Serialize};'
        echo
        echo '#[derive(Debug, thiserror::Error)]'
    fi
    echo 'pub enum ApiError {'
    for v in "${SERVICE_ERRORS[@]}"; do
        IFS='|' read -r decl msg status value <<<"$v"
        # The last variant takes the enum's default status.
        # RFC 9110 §15.5.2: a 401 carries WWW-Authenticate (the derive
        # requires it; the twin below sends it too).
        local extra=
        [[ $status == UNAUTHORIZED ]] && extra=', header("WWW-Authenticate" = "Bearer")'
        if ((ours)) && [[ $status != INTERNAL_SERVER_ERROR ]]; then echo "    #[status($status$extra)]"; fi
        echo "    #[error(\"$msg\")]"
        echo "    $decl,"
    done
    echo '}'
    if ((!ours)); then
        echo
        echo 'impl ApiError {'
        echo '    fn status(&self) -> StatusCode {'
        echo '        match self {'
        for v in "${SERVICE_ERRORS[@]}"; do
            IFS='|' read -r decl msg status value <<<"$v"
            decl=${decl%%[ (]*}
            echo "            ApiError::$decl { .. } => StatusCode::$status,"
        done
        echo '        }'
        echo '    }'
        echo '}'
        echo
        echo 'impl IntoResponse for ApiError {'
        echo '    fn into_response(self) -> Response {'
        echo '        let body = serde_json::json!({ "detail": self.to_string() });'
        echo '        let status = self.status();'
        echo '        let mut response = (status, Json(body)).into_response();'
        echo '        if status == StatusCode::UNAUTHORIZED {'
        echo '            let bearer = axum::http::HeaderValue::from_static("Bearer");'
        echo '            response.headers_mut().insert(axum::http::header::WWW_AUTHENTICATE, bearer);'
        echo '        }'
        echo '        response'
        echo '    }'
        echo '}'
    fi
    if ((full)); then service_problem "$ours"; fi
    for ((k = 0; k < resources; k++)); do
        IFS='|' read -r decl msg status value <<<"${SERVICE_ERRORS[$((k % ${#SERVICE_ERRORS[@]}))]}"
        cat <<EOF

#[derive(Debug, Serialize$schema)]
pub struct Item$k {
    id: u64,
    name: String,
    tags: Vec<String>,
    price_cents: Option<u64>,
}

#[derive(Debug, Deserialize$schema)]
pub struct NewItem$k {
    name: String,
    #[serde(default)]
    tags: Vec<String>,
    price_cents: Option<u64>,
}

EOF
        if ((ours)); then
            echo '#[status_code(CREATED)]'
            if ((full)); then echo "#[utoipa::path(post, path = \"/items$k\", request_body = NewItem$k, responses(ApiError))]"; fi
            echo "pub async fn create_item$k(Json(new): Json<NewItem$k>) -> Result<Json<Item$k>, ApiError> {"
        else
            if ((full)); then echo "#[utoipa::path(post, path = \"/items$k\", request_body = NewItem$k, responses((status = 201, body = Item$k), $(service_hand_responses ApiError)))]"; fi
            echo "pub async fn create_item$k(Json(new): Json<NewItem$k>) -> Result<(StatusCode, Json<Item$k>), ApiError> {"
        fi
        echo '    if new.name.is_empty() {'
        echo '        return Err(ApiError::Invalid { field: "name" });'
        echo '    }'
        echo "    let item = Item$k { id: $k, name: new.name, tags: new.tags, price_cents: new.price_cents };"
        if ((ours)); then echo '    Ok(Json(item))'; else echo '    Ok((StatusCode::CREATED, Json(item)))'; fi
        echo '}'
        echo
        error=ApiError
        if ((full && k % 2)); then
            error=BuyError value='BuyError::OutOfCredit { balance: id }'
        fi
        if ((full)); then
            listed=$error
            ((ours)) || listed=$(service_hand_responses "$error")
            echo "#[utoipa::path(get, path = \"/items$k/{id}\", params((\"id\" = u64, Path)), responses((status = 200, body = Item$k), $listed))]"
        fi
        echo "pub async fn get_item$k(Path(id): Path<u64>) -> Result<Json<Item$k>, $error> {"
        echo '    if id == 0 {'
        echo "        return Err($value);"
        echo '    }'
        echo "    Ok(Json(Item$k { id, name: format!(\"item {id}\"), tags: Vec::new(), price_cents: None }))"
        echo '}'
    done
    if ((full)); then
        echo
        echo '#[derive(utoipa::OpenApi)]'
        printf '#[openapi(paths('
        for ((k = 0; k < resources; k++)); do printf 'create_item%d, get_item%d, ' "$k" "$k"; done
        echo '))]'
        echo 'pub struct ApiDoc;'
    fi
    echo
    echo 'pub fn app() -> Router {'
    echo '    Router::new()'
    for ((k = 0; k < resources; k++)); do
        echo "        .route(\"/items$k\", post(create_item$k))"
        echo "        .route(\"/items$k/{id}\", get(get_item$k))"
    done
    if ((full)); then echo '        .route("/openapi.json", get(|| async { Json(<ApiDoc as utoipa::OpenApi>::openapi()) }))'; fi
    echo '}'
    echo
    echo '#[tokio::main(flavor = "current_thread")]'
    echo 'async fn main() {'
    echo '    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();'
    echo '    axum::serve(listener, app()).await.unwrap();'
    echo '}'
}

# bench_service NAME FULL: the service (FULL=0) or the service with the
# problem type and the OpenAPI document (FULL=1), against its twin by hand:
# cold, then after touching main.rs; with --timings, one more cold build
# of each with `cargo build --timings`, compared unit by unit (timings.py).
bench_service() {
    local label=$1 full=$2
    if ! has_derive || ! has_route; then
        log "==> $label: NOT MEASURED: it needs #[derive(HttpStatus)] and #[status_code(…)]"
        report ""
        report "### $label: not measured (#[derive(HttpStatus)] or #[status_code(…)] does not exist in this tree)"
        return
    fi
    local ours=$OUT/$label-statuscode hand=$OUT/$label-by-hand dir name
    local features='"axum"' deps=$SERVICE_DEPS what="axum 0.8 + tokio + serde + serde_json + thiserror"
    if ((full)); then
        features='"axum", "utoipa"'
        deps+=$'\nutoipa = { version = "6", default-features = false, features = ["macros"] }'
        what+=" + utoipa 6"
    fi
    log "==> $label: an axum service with $N_SERVICE_HANDLERS handlers, statuscode vs by hand: cold build, then build after touching main.rs"
    new_crate "$ours" "$label-statuscode" bin "statuscode = { path = \"$ROOT\", features = [$features] }
$deps"
    new_crate "$hand" "$label-by-hand" bin "$deps"
    service_main 1 "$full" >"$ours/src/main.rs"
    service_main 0 "$full" >"$hand/src/main.rs"
    # Fetch only: the cold rounds build everything anyway.
    for dir in "$ours" "$hand"; do
        cargo_in "$dir" fetch --offline -q 2>/dev/null || cargo_in "$dir" fetch -q
    done
    run_rounds cold "statuscode=$ours" "by-hand=$hand"
    for name in statuscode by-hand statuscode/cpu by-hand/cpu; do T[cold-$name]=${T[$name]}; done
    run_rounds build "statuscode=$ours" "by-hand=$hand"
    report ""
    report "### $label: $what, $N_SERVICE_HANDLERS handlers, \`cargo build\` ($RUNS runs)"
    report ""
    if ((full)); then
        report "The service below, plus: a \`#[status(problem)]\` error type (a \`type\`, a \`title\`, a typed extension member) that the odd resources' GETs return, and an OpenAPI document (utoipa 6) of every handler, served at /openapi.json: ours documents the errors through the derive (\`responses(ApiError)\`, \`#[status_code]\` above \`#[utoipa::path]\`), the twin lists each status with its body type by hand and writes the problem body and its \`impl IntoResponse\` itself."
    else
        report "Half the handlers are \`#[status_code(CREATED)]\` POSTs returning \`Result<Json<T>, ApiError>\`, half GETs; \`ApiError\` has 8 variants, \`#[derive(HttpStatus, thiserror::Error)]\` and \`#[status(response)]\`. The twin uses \`StatusCode::CREATED\` and a hand-written \`impl IntoResponse\`. Cold: empty target dir (the downloaded crates stay in ~/.cargo); incremental: after touching src/main.rs."
    fi
    report ""
    report "| variant | seconds min / median / max |"
    report "| --- | --- |"
    row "cold, statuscode" cold-statuscode
    row "cold, by hand" cold-by-hand
    row "incremental, statuscode" statuscode
    row "incremental, by hand" by-hand
    row "cold, statuscode: CPU time (user + system, all processes)" cold-statuscode/cpu
    row "cold, by hand: CPU time" cold-by-hand/cpu
    row "incremental, statuscode: CPU time" statuscode/cpu
    row "incremental, by hand: CPU time" by-hand/cpu
    report ""
    report "| ratio | min / median / max | target |"
    report "| --- | --- | --- |"
    ratio_row "cold: statuscode / by hand" cold-statuscode cold-by-hand 1.03
    ratio_row "incremental: statuscode / by hand" statuscode by-hand 1.02
    ratio_row "cold, CPU time: statuscode / by hand" cold-statuscode/cpu cold-by-hand/cpu -
    ratio_row "incremental, CPU time: statuscode / by hand" statuscode/cpu by-hand/cpu -
    if ((TIMINGS)); then
        log "    $label: one more cold build of each with --timings"
        for dir in "$ours" "$hand"; do
            rm -rf "$dir/target"
            cargo_in "$dir" build --offline -q --timings
        done
        report ""
        report "#### $label: where the time goes (\`cargo build --timings\`, one cold build each)"
        report ""
        report "$(python3 "$ROOT/benches/compile/timings.py" "$ours/target/cargo-timings/cargo-timing.html" "$hand/target/cargo-timings/cargo-timing.html")"
    fi
}

# ------------------------------------------------------------------ main ----
report "## compile-time benchmark ($(date -u '+%Y-%m-%d %H:%M UTC'))"
report ""
report "$(rustc --version); $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
((QUICK)) && report "" && report "QUICK MODE: tiny crates, $RUNS run(s): checks that the benchmark builds; the figures mean nothing."
wants expansion && bench_expansion
wants derive && bench_derive
wants route && bench_route
wants cold && bench_cold
wants service && bench_service service 0
wants service-openapi && bench_service service-openapi 1
report ""
report "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
log "results: $RESULTS"
