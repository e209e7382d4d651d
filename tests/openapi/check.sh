#!/usr/bin/env bash
# The OpenAPI documents of examples/web/utoipa_api.rs (axum + utoipa),
# aide_api.rs (axum + aide), poem_openapi_api.rs (poem-openapi) and
# salvo_oapi_api.rs (salvo-oapi), each checked by real tools:
#   (a) openapi-spec-validator validates it;
#   (b) schemathesis runs against the live server on 127.0.0.1: every
#       response's status, content type and body must be documented. Every
#       example gets valid and malformed requests (`--mode all`): each
#       framework's own rejections are sent in `{"detail"}` by the crate's
#       framework helpers and documented (`FrameworkErrors`,
#       `FrameworkBodyErrors`). The utoipa and aide examples must refuse a
#       malformed request (`negative_data_rejection`; poem-openapi accepts a
#       number as a string); the poem-openapi and salvo-oapi examples must
#       send every required header their documents declare;
#   (c) the same example built with the feature `undocumented` (one error
#       enum left out of the document) must FAIL the status check, which
#       proves the check can fail;
#   (d) every header a response carries must be documented on it
#       (`undocumented_response_header`, tests/openapi/hooks.py: schemathesis
#       has no such check); the utoipa example built with
#       `undocumented-header` (a 401 documented without its
#       `WWW-Authenticate`) must FAIL it;
#   (e) each example documents nothing it never sends: scripted requests
#       (tests/openapi/statuses.py) drive each documented response on the
#       fresh server, schemathesis's responses are recorded too, and every
#       documented status must have been observed (500, a bug's answer, is
#       the one exemption, stated in statuses.py); the utoipa and salvo-oapi
#       examples built with `phantom` (a 410 documented that no route
#       sends) must FAIL it.
# One example only: `bash tests/openapi/check.sh poem_openapi_api`.
# Needs `openapi-spec-validator` and `st` (schemathesis) on PATH or in
# $OPENAPI_VENV/bin (.ci/run installs both, pinned). Run from anywhere:
#   bash tests/openapi/check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=${OPENAPI_VENV:-target/openapi-venv}
[[ $venv == /* ]] || venv=$PWD/$venv
if [[ -d $venv/bin ]]; then PATH="$venv/bin:$PATH"; fi
scratch=$(mktemp -d)
server=
stop() {
    if [[ -n $server ]]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        server=
    fi
}
trap 'stop; rm -rf "$scratch"' EXIT
hooks=$PWD/tests/openapi/hooks.py

# Bounds: examples per operation, and seconds for the whole run.
examples=${OPENAPI_EXAMPLES:-50}
seconds=${OPENAPI_SECONDS:-20}

# Builds the example `$1` with `$2` as features, serves it on a free port,
# and sets `base`.
serve() {
    cargo build -q -p statuscode-examples --example "$1" --features "$2"
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    SERVE=1 PORT=$port "target/debug/examples/$1" >"$scratch/server.log" 2>&1 &
    server=$!
    base="http://127.0.0.1:$port"
    for _ in $(seq 100); do
        curl -sf "$base/openapi.json" -o "$scratch/openapi.json" && return 0
        sleep 0.1
    done
    cat "$scratch/server.log" >&2
    echo "error: the example did not serve $base/openapi.json" >&2
    exit 1
}

# Runs schemathesis in mode `$1` with the checks `$2`: `positive` sends
# valid requests only, `all` malformed ones too (a body, path or query that
# does not parse), which the framework rejects and its helper
# (`statuscode::axum::detail_errors`, `statuscode::poem::detail_errors`,
# `statuscode::salvo::DetailErrors`) answers as the document lists them.
schemathesis() {
    # From the scratch directory: schemathesis keeps a cache in `.schemathesis`.
    # hooks.py adds the checks `undocumented_response_header` and
    # `observed_status` (which appends each response's status to $observed).
    (cd "$scratch" && SCHEMATHESIS_HOOKS="$hooks" OPENAPI_OBSERVED="$observed" st run "$base/openapi.json" \
        --checks "$2,observed_status" \
        --mode "$1" \
        --phases examples,coverage,fuzzing \
        --max-examples "$examples" \
        --max-time "$seconds" \
        --seed 1 \
        --workers 1 \
        --no-color \
        --generation-database none)
}
observed=$scratch/observed

# The scripted requests of tests/openapi/statuses.py for the example `$1`,
# sent to the fresh server at $base: each must get its expected status.
drive() {
    python3 tests/openapi/statuses.py drive "$1" "$base" "$observed"
}

# Every status the document lists was observed (statuses.py): by the
# scripted requests, or in schemathesis's run.
compare() {
    python3 tests/openapi/statuses.py compare "$scratch/openapi.json" "$observed"
}

# `must_fail NAME PATTERN PLANTED COMMAND…`: runs COMMAND, which must fail
# with PATTERN (an extended regular expression, any case) in its output:
# the proof that a check catches PLANTED, an omission built into the
# example on purpose. The matching lines are shown.
must_fail() {
    local name=$1 pattern=$2 planted=$3
    shift 3
    local log=$scratch/must-fail.log
    if "$@" >"$log" 2>&1; then
        cat "$log"
        echo "error: $name: the check passed although $planted" >&2
        exit 1
    fi
    if ! grep -q -i -E "$pattern" "$log"; then
        cat "$log"
        echo "error: $name: the check failed, but not on $planted" >&2
        exit 1
    fi
    grep -m3 -i -E "$pattern" "$log" || true
    echo "$name: the check failed on $planted, as it must"
}

# The scripted requests, then the comparison (for `must_fail`: inside
# `if`, bash ignores `set -e`, so the steps are chained).
drive_and_compare() {
    drive "$1" && compare
}

# Checks the example `$1` (features `$2`) in mode `$3` with the checks `$4`,
# and that every documented status is sent (scripted requests first, on the
# fresh server, then schemathesis's); then the same with `undocumented`
# (valid requests), which must fail on the 404. With `$5` = `phantom`, also
# that the status comparison fails with `phantom` (a 410 documented that no
# route sends).
check() {
    local example=$1 features=$2 mode=$3 checks=$4 phantom=${5:-}
    echo "==> $example: the document is valid OpenAPI (openapi-spec-validator)"
    serve "$example" "$features"
    openapi-spec-validator "$scratch/openapi.json"
    python3 - "$scratch/openapi.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
ops = [(m, p, sorted(o["responses"])) for p, item in doc["paths"].items() for m, o in item.items()]
print(f"{len(ops)} operations, {sum(len(r) for _, _, r in ops)} documented statuses:")
for m, p, r in ops:
    print(f"  {m.upper()} {p}: {', '.join(r)}")
PY

    : >"$observed"
    echo "==> $example: scripted requests, one per documented response"
    drive "$example"
    echo "==> $example: schemathesis against the live server ($mode): statuses, content types and bodies as documented"
    local start=$SECONDS
    schemathesis "$mode" "$checks"
    echo "schemathesis took $((SECONDS - start)) s"
    echo "==> $example: every documented status was sent (nothing else is documented)"
    compare
    stop

    echo "==> $example with LookupError undocumented: schemathesis must fail"
    serve "$example" "$features,undocumented"
    must_fail "$example" "Received: 404" "the undocumented 404 of LookupError" \
        schemathesis positive "$checks"
    stop

    if [[ $phantom == phantom ]]; then
        echo "==> $example with a phantom 410 documented: the status comparison must fail"
        serve "$example" "$features,phantom"
        : >"$observed"
        must_fail "$example" "phantom: GET /items 410" "a documented 410 that no route sends" \
            drive_and_compare "$example"
        stop
    fi
}

# The document lists every header a response carries (hooks.py): with the
# rename's responses written by hand without their headers (feature
# `undocumented-header`), the run must fail on the 401's `WWW-Authenticate`
# (sent when `--mode all` leaves out the required `Authorization`).
check_headers() {
    echo "==> $1 with the rename's headers undocumented: schemathesis must fail"
    serve "$1" "$2,undocumented-header"
    must_fail "$1" "carries .*www-authenticate" "the 401's undocumented WWW-Authenticate" \
        schemathesis all "$3"
    stop
}

conformance=status_code_conformance,content_type_conformance,response_schema_conformance,undocumented_response_header
only=${1:-}
# (`if`, not `&&`: bash ignores `set -e` inside a function called before
# the last `&&` of a list, and a failing run would go on.)
if [[ -z $only || $only == utoipa_api ]]; then
    check utoipa_api utoipa all "$conformance,negative_data_rejection" phantom
    check_headers utoipa_api utoipa "$conformance"
fi
if [[ -z $only || $only == aide_api ]]; then
    check aide_api aide all "$conformance,negative_data_rejection"
fi
if [[ -z $only || $only == poem_openapi_api ]]; then
    check poem_openapi_api poem-openapi all "$conformance,response_headers_conformance"
fi
if [[ -z $only || $only == salvo_oapi_api ]]; then
    check salvo_oapi_api salvo-oapi all "$conformance,response_headers_conformance" phantom
fi
echo "==> OpenAPI: every example's document checked"
