"""Nothing is documented that the server never sends: every status an
operation's document lists is observed on the wire.

    statuses.py drive EXAMPLE BASE OBSERVED
        sends EXAMPLE's scripted requests (below) to the fresh server at BASE,
        each of which must get its expected status, and appends what it saw
        to the file OBSERVED as `METHOD /path/{template} STATUS` lines (the
        format hooks.py's `observed_status` writes for schemathesis's traffic);
    statuses.py compare DOCUMENT OBSERVED
        fails, listing them, when a documented status of an operation was
        never observed (a phantom), or a status was observed that the
        operation does not document. A `default` (or `4XX`) response counts as
        observed when a status it alone covers was. The only statuses exempt
        are in EXEMPT, with the reason.

tests/openapi/check.sh, for each of the four examples, drives the requests on
a fresh server, runs schemathesis (seed 1) recording its responses, then
compares; and shows the comparison fails with the utoipa and salvo-oapi
examples' feature `phantom` (a 410 documented by hand that no route sends).
Each example's requests include malformed ones, as schemathesis's (`--mode
all`, see check.sh): the framework's own rejections are documented.
"""

import http.client
import json
import re
import sys
import urllib.parse

# Statuses no request to a correct server can provoke, so no test traffic
# observes them, documented on every operation all the same. One place, one
# reason each.
EXEMPT = {
    500: "a server bug's answer: a panic (each example's panic catcher with "
    "the crate's detail_panic, or salvo's CatchPanic and DetailErrors, whose "
    "bodies tests/integration/one_format.rs checks) or a response the "
    "response model refuses",
}

JSON = {"Content-Type": "application/json"}
AUTH = {"Authorization": "Bearer token"}
# Just over axum's default body limit (2 MiB): 413.
TOO_LARGE = b'{"name": "' + b"a" * (2 * 1024 * 1024 + 16) + b'"}'
# Just over the 64 KiB the poem-openapi and salvo-oapi examples read: 413
# (small enough to be sent whole before the server answers and closes).
OVER_64_KIB = b'{"name": "' + b"a" * (64 * 1024 + 16) + b'"}'

# Per example: (expected status, method, path, headers, body), sent in
# order to a fresh server. A dict or list body is sent as JSON; bytes as
# they are, with the headers given only.
REQUESTS = {
    "utoipa_api": [
        (201, "POST", "/items", {}, {"name": "hammer"}),  # id 1
        (201, "POST", "/items", {}, {"name": "saw"}),  # id 2
        (409, "POST", "/items", {}, {"name": "hammer"}),
        (422, "POST", "/items", {}, {"name": " "}),
        (400, "POST", "/items", JSON, b"{"),
        (415, "POST", "/items", {}, b'{"name": "x"}'),
        (413, "POST", "/items", JSON, TOO_LARGE),
        (200, "GET", "/items?limit=1", {}, None),
        (400, "GET", "/items?limit=x", {}, None),
        (200, "GET", "/items/1", {}, None),
        (304, "GET", "/items/1", {"If-None-Match": '"1.0"'}, None),
        (404, "GET", "/items/99", {}, None),
        (400, "GET", "/items/x", {}, None),
        (401, "PUT", "/items/1/name", {}, {"name": "mallet"}),
        (404, "PUT", "/items/99/name", AUTH, {"name": "mallet"}),
        (409, "PUT", "/items/1/name", AUTH, {"name": "saw"}),
        (422, "PUT", "/items/1/name", AUTH, {"name": ""}),
        (400, "PUT", "/items/x/name", AUTH, {"name": "mallet"}),
        (415, "PUT", "/items/1/name", AUTH, b'{"name": "x"}'),
        (413, "PUT", "/items/1/name", {**AUTH, **JSON}, TOO_LARGE),
        (200, "PUT", "/items/1/name", AUTH, {"name": "mallet"}),
        (200, "PUT", "/items/1/name", AUTH, {"name": "mallet"}),
        (200, "PUT", "/items/1/name", AUTH, {"name": "mallet"}),
        (429, "PUT", "/items/1/name", AUTH, {"name": "mallet"}),
        (201, "POST", "/items/1/reservations", {}, {"quantity": 10}),
        # The warehouse's own error (its status chosen at run time): `default`.
        (409, "POST", "/items/1/reservations", {}, {"quantity": 1}),
        (404, "POST", "/items/99/reservations", {}, {"quantity": 1}),
        (400, "POST", "/items/x/reservations", {}, {"quantity": 1}),
        (422, "POST", "/items/1/reservations", {}, {"quantity": -1}),
        (415, "POST", "/items/1/reservations", {}, b'{"quantity": 1}'),
        (413, "POST", "/items/1/reservations", JSON, TOO_LARGE),
        (204, "DELETE", "/items/2", {}, None),
        (404, "DELETE", "/items/2", {}, None),
        (400, "DELETE", "/items/x", {}, None),
    ],
    # The same API without the reservations; the `Authorization` header is
    # an extractor before the body, after the path.
    "aide_api": [
        (201, "POST", "/items", {}, {"name": "hammer"}),  # id 1
        (201, "POST", "/items", {}, {"name": "saw"}),  # id 2
        (409, "POST", "/items", {}, {"name": "hammer"}),
        (422, "POST", "/items", {}, {"name": " "}),
        (400, "POST", "/items", JSON, b"{"),
        (415, "POST", "/items", {}, b'{"name": "x"}'),
        (413, "POST", "/items", JSON, TOO_LARGE),
        (200, "GET", "/items?limit=1", {}, None),
        (400, "GET", "/items?limit=x", {}, None),
        (200, "GET", "/items/1", {}, None),
        (404, "GET", "/items/99", {}, None),
        (400, "GET", "/items/x", {}, None),
        (401, "PUT", "/items/1/name", {}, {"name": "mallet"}),
        (404, "PUT", "/items/99/name", AUTH, {"name": "mallet"}),
        (409, "PUT", "/items/1/name", AUTH, {"name": "saw"}),
        (422, "PUT", "/items/1/name", AUTH, {"name": ""}),
        (400, "PUT", "/items/x/name", AUTH, {"name": "mallet"}),
        (415, "PUT", "/items/1/name", AUTH, b'{"name": "x"}'),
        (413, "PUT", "/items/1/name", {**AUTH, **JSON}, TOO_LARGE),
        (200, "PUT", "/items/1/name", AUTH, {"name": "mallet"}),
        (200, "PUT", "/items/1/name", AUTH, {"name": "mallet"}),
        (200, "PUT", "/items/1/name", AUTH, {"name": "mallet"}),
        (429, "PUT", "/items/1/name", AUTH, {"name": "mallet"}),
        (204, "DELETE", "/items/2", {}, None),
        (404, "DELETE", "/items/2", {}, None),
        (400, "DELETE", "/items/x", {}, None),
    ],
    # poem's own rejections (`statuscode::poem::detail_errors`) as the
    # operations' `FrameworkErrors` / `FrameworkBodyErrors` document them:
    # a path or body that does not parse 400, no or another content type
    # 415, a body over the example's limit 413. poem-openapi answers `()`
    # and `Json` with 200.
    "poem_openapi_api": [
        (200, "POST", "/items", {}, {"name": "hammer"}),  # id 1
        (200, "POST", "/items", {}, {"name": "saw"}),  # id 2
        (409, "POST", "/items", {}, {"name": "hammer"}),
        (422, "POST", "/items", {}, {"name": " "}),
        (400, "POST", "/items", JSON, b"{"),
        (415, "POST", "/items", {}, b'{"name": "x"}'),
        (413, "POST", "/items", JSON, OVER_64_KIB),
        (200, "GET", "/items", {}, None),
        (200, "GET", "/items/1", {}, None),
        (404, "GET", "/items/99", {}, None),
        (400, "GET", "/items/x", {}, None),
        (401, "DELETE", "/items/2", {}, None),
        (404, "DELETE", "/items/99", {"X-Token": "t"}, None),
        (400, "DELETE", "/items/x", {"X-Token": "t"}, None),
        (200, "DELETE", "/items/2", {"X-Token": "t"}, None),
    ],
    # salvo's own rejections (`statuscode::salvo::DetailErrors`) as the
    # endpoints' `FrameworkErrors` and the create's 413 document them: a
    # path or body that does not parse, or a body of another content type,
    # 400; a body over salvo's 64 KiB 413.
    "salvo_oapi_api": [
        (201, "POST", "/items", {}, {"name": "hammer"}),  # id 1
        (201, "POST", "/items", {}, {"name": "saw"}),  # id 2
        (409, "POST", "/items", {}, {"name": "hammer"}),
        (422, "POST", "/items", {}, {"name": " "}),
        (400, "POST", "/items", JSON, b"{"),
        (413, "POST", "/items", JSON, OVER_64_KIB),
        (200, "GET", "/items", {}, None),
        (200, "GET", "/items/1", {}, None),
        (404, "GET", "/items/99", {}, None),
        (400, "GET", "/items/x", {}, None),
        (401, "DELETE", "/items/2", {}, None),
        (404, "DELETE", "/items/99", {"token": "t"}, None),
        (400, "DELETE", "/items/x", {"token": "t"}, None),
        (204, "DELETE", "/items/2", {"token": "t"}, None),
    ],
}


def templates(document):
    """(method, compiled path pattern, label) for every operation."""
    out = []
    for path, item in document["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(path)) + "$")
        for method in item:
            out.append((method.upper(), pattern, f"{method.upper()} {path}"))
    return out


def drive(example, base, observed):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    conn.request("GET", "/openapi.json")
    document = json.loads(conn.getresponse().read())
    conn.close()
    operations = templates(document)
    wrong = []
    with open(observed, "a", encoding="utf-8") as out:
        for expected, method, target, headers, body in REQUESTS[example]:
            headers = dict(headers)
            if isinstance(body, (dict, list)):
                body = json.dumps(body).encode()
                headers.update(JSON)
            conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
            conn.request(method, target, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            conn.close()
            path = urllib.parse.urlsplit(target).path
            label = next(
                (l for m, p, l in operations if m == method and p.match(path)), None
            )
            if label is None:
                wrong.append(f"{method} {target}: no documented operation")
                continue
            out.write(f"{label} {response.status}\n")
            print(f"  {response.status} {method} {target}  ({label})")
            if response.status != expected:
                wrong.append(f"{method} {target}: {response.status}, expected {expected}")
    if wrong:
        for line in wrong:
            print(f"error: {line}", file=sys.stderr)
        sys.exit(1)


def compare(document_path, observed_path):
    with open(document_path, encoding="utf-8") as f:
        document = json.load(f)
    observed = {}
    with open(observed_path, encoding="utf-8") as f:
        for line in f:
            label, _, status = line.strip().rpartition(" ")
            observed.setdefault(label, set()).add(int(status))
    phantoms, undocumented, exempt, count = [], [], set(), 0
    for path, item in document["paths"].items():
        for method, operation in item.items():
            label = f"{method.upper()} {path}"
            seen = observed.get(label, set())
            keys = operation["responses"]
            codes = {int(k) for k in keys if k.isdigit()}
            ranges = {k[0] for k in keys if re.fullmatch(r"[1-5]XX", k)}
            # What a status falls to when not listed: its range, else default.
            fallback = {}
            for status in seen - codes:
                key = f"{str(status)[0]}XX"
                fallback.setdefault(key if key[0] in ranges else "default", set()).add(status)
            if "default" not in keys:
                for status in fallback.pop("default", ()):
                    undocumented.append(f"{label} {status}")
            for key, response in keys.items():
                if key.isdigit() and int(key) in seen or key in fallback:
                    count += 1
                    continue
                if key.isdigit() and int(key) in EXEMPT:
                    exempt.add(int(key))
                    continue
                description = response.get("description", "").splitlines()[0:1]
                phantoms.append(f"{label} {key}" + (f" ({description[0]})" if description else ""))
    for status in sorted(exempt):
        print(f"exempt: {status} on every operation that lists it: {EXEMPT[status]}")
    for line in undocumented:
        print(f"undocumented: {line} was sent, and the operation documents neither it nor a default")
    for line in phantoms:
        print(f"phantom: {line} is documented, but no request got it")
    if phantoms or undocumented:
        sys.exit(1)
    print(f"every documented response was sent: {count}, and the exempt {sorted(exempt)}")


if __name__ == "__main__":
    match sys.argv[1:]:
        case ["drive", example, base, observed]:
            drive(example, base, observed)
        case ["compare", document, observed]:
            compare(document, observed)
        case _:
            sys.exit(__doc__)
