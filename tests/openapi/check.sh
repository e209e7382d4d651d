#!/usr/bin/env bash
# The OpenAPI document of examples/web/utoipa_api.rs, checked by real tools:
#   (a) openapi-spec-validator validates it;
#   (b) schemathesis runs against the live server on 127.0.0.1 with valid
#       and malformed requests (`--mode all`): every response's status and
#       body must be documented, and a malformed request must be refused;
#   (c) the same example built with the feature `undocumented` (one error
#       enum left out of the document) must FAIL the status check, which
#       proves the check can fail.
# Needs `openapi-spec-validator` and `st` (schemathesis) on PATH or in
# $OPENAPI_VENV/bin (.ci/run installs both, pinned). Run from anywhere:
#   bash tests/openapi/check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=${OPENAPI_VENV:-target/openapi-venv}
[[ -d $venv/bin ]] && PATH="$PWD/$venv/bin:$PATH"
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

# Bounds: examples per operation, and seconds for the whole run.
examples=${OPENAPI_EXAMPLES:-50}
seconds=${OPENAPI_SECONDS:-20}

# Builds the example with `$1` as features, serves it on a free port, and
# sets `base`.
serve() {
    cargo build -q -p statuscode-examples --example utoipa_api --features "$1"
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    SERVE=1 PORT=$port target/debug/examples/utoipa_api >"$scratch/server.log" 2>&1 &
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

# Runs schemathesis with the two conformance checks in mode `$1`:
# `positive` sends valid requests only, `all` malformed ones too (a body,
# path or query that does not parse), which axum rejects and
# `statuscode::axum::detail_errors` answers as `FrameworkErrors` and
# `FrameworkBodyErrors` document.
schemathesis() {
    # From the scratch directory: schemathesis keeps a cache in `.schemathesis`.
    (cd "$scratch" && st run "$base/openapi.json" \
        --checks status_code_conformance,content_type_conformance,response_schema_conformance,negative_data_rejection \
        --mode "$1" \
        --phases examples,coverage,fuzzing \
        --max-examples "$examples" \
        --max-time "$seconds" \
        --seed 1 \
        --workers 1 \
        --no-color \
        --generation-database none)
}

echo "==> the document is valid OpenAPI (openapi-spec-validator)"
serve utoipa
openapi-spec-validator "$scratch/openapi.json"
python3 - "$scratch/openapi.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
ops = [(m, p, sorted(o["responses"])) for p, item in doc["paths"].items() for m, o in item.items()]
print(f"{len(ops)} operations, {sum(len(r) for _, _, r in ops)} documented statuses:")
for m, p, r in ops:
    print(f"  {m.upper()} {p}: {', '.join(r)}")
PY

echo "==> schemathesis against the live server, valid and malformed requests: statuses and bodies as documented"
start=$SECONDS
schemathesis all
echo "schemathesis took $((SECONDS - start)) s"
stop

echo "==> the same example with LookupError undocumented: schemathesis must fail"
serve utoipa,undocumented
if schemathesis positive >"$scratch/undocumented.log" 2>&1; then
    cat "$scratch/undocumented.log"
    echo "error: schemathesis passed although the 404 of LookupError is undocumented" >&2
    exit 1
fi
if ! grep -q "404" "$scratch/undocumented.log"; then
    cat "$scratch/undocumented.log"
    echo "error: schemathesis failed, but not on the undocumented 404" >&2
    exit 1
fi
grep -m3 -i -E "undocumented|404" "$scratch/undocumented.log" || true
echo "schemathesis failed on the undocumented 404, as it must"
