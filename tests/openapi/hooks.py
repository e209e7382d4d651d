"""Schemathesis checks its built-in ones lack, loaded by tests/openapi/check.sh
through SCHEMATHESIS_HOOKS: every header a response carries is documented on
that response, but for the ones HTTP itself or the server adds.

schemathesis's `response_headers_conformance` checks the other direction (a
documented header is sent and matches its schema); a header the application
sends that the document never mentions (a 429's `Retry-After`, a 401's
`WWW-Authenticate`, an `ETag` on a 304) passes every built-in check, so a
client generated from the document would not know to read it.

`observed_status` records the status of every response, for the opposite
question (tests/openapi/statuses.py): is every documented status one the
server sends?
"""

import os

import schemathesis

# Sent by the HTTP layer or by every server, never declared by the
# application: framing (RFC 9112), `Date` and `Server` (RFC 9110 §6.6),
# `Vary` for content negotiation, `Content-Type` (checked by
# content_type_conformance).
NOT_DECLARED = frozenset(
    {
        "connection",
        "content-length",
        "content-type",
        "date",
        "keep-alive",
        "server",
        "transfer-encoding",
        "vary",
    }
)


@schemathesis.check
def undocumented_response_header(ctx, response, case):
    """Fails when the response carries a header its documented response
    (for that status, else its range, else `default`) does not list."""
    if case.method.upper() != case.operation.method.upper():
        # A method the operation does not have (schemathesis tries TRACE …):
        # its 405 and `Allow` belong to no documented operation, and would
        # otherwise be held to the operation's `default` response.
        return None
    definition = case.operation.responses.find_by_status_code(response.status_code)
    if definition is None:
        # An undocumented status: status_code_conformance reports it.
        return None
    documented = {name.lower() for name, _ in definition.headers.items()}
    extra = sorted(
        name
        for name in response.headers
        if name.lower() not in NOT_DECLARED and name.lower() not in documented
    )
    if extra:
        listed = ", ".join(f"`{name}`" for name in extra)
        raise AssertionError(
            f"Undocumented response header: the {response.status_code} response of "
            f"{case.operation.label} carries {listed}, which its documented response does not list"
        )
    return None


@schemathesis.check
def observed_status(ctx, response, case):
    """Never fails: appends `METHOD /path/{template} STATUS` for each response
    to the file `$OPENAPI_OBSERVED` names (when set), for the check that every
    documented status is one the server sends (tests/openapi/statuses.py).
    A method the operation does not have is left out, as above."""
    path = os.environ.get("OPENAPI_OBSERVED")
    if path and case.method.upper() == case.operation.method.upper():
        with open(path, "a", encoding="utf-8") as observed:
            observed.write(f"{case.operation.label} {response.status_code}\n")
    return None
