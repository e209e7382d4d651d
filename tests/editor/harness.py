#!/usr/bin/env python3
"""Drives a real rust-analyzer over LSP on a scratch crate that uses the
macros, and checks completion, hover, go-to-definition and diagnostics inside
`status!`, `close_code!`, `http_status!`, `#[status_code]` and
`#[derive(HttpStatus)]`'s `#[status(…)]`, case by case.

    python3 tests/editor/harness.py [--ra PATH] [--keep]

rust-analyzer: `--ra`, else `$RUST_ANALYZER`, else `rust-analyzer` on PATH.
The proc-macro server is the toolchain's
(`$(rustc --print sysroot)/libexec/rust-analyzer-proc-macro-srv`), so the
macros really expand. The scratch crate is written under
`target/editor-harness/` and depends on this checkout by path (a second
member, `renamed`, as `sc`).

Prints one row per case (what was asked, what the intended answer is, its
rank or what came back), then accepts a representative set of completions
(their textEdits applied) and runs `cargo check` on the result, and exits
non-zero if any case fails. `HARNESS_DEBUG=1` prints what the server sent. Standard
library only, so it runs wherever Python 3.8+ and rust-analyzer do.
"""

import argparse
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]

# Each completion case: a line of code with `$0` at the cursor, where it is
# written (see `snippet`), the label that should be offered, the best rank
# accepted (1 = first; "any" = offered at all, for an empty argument where
# every name is as good; "gap" = known not to work, listed, not a failure),
# and flags: "c" accepts the completion (applies its textEdit) and checks
# that the result compiles (`cargo check`, after the LSP session); "r" puts
# the case in the renamed crate (`sc = { package = "statuscode" }`).
COMPLETIONS = [
    # Controls outside the macros: the harness itself works.
    ("statuscode::status::HTTP_40$0", "expr", "HTTP_404_NOT_FOUND", 10, ""),
    ("statuscode::Status::NOT_F$0", "expr", "NOT_FOUND", 3, ""),
    ("status!(NOT_F$0)", "expr", "NOT_FOUND", 3, "c"),
    ("status!(TEA$0)", "expr", "TEAPOT", 3, ""),
    ("status!(HTTP_40$0)", "expr", "HTTP_404_NOT_FOUND", 10, ""),
    ("status!(HTTP_404_N$0)", "expr", "HTTP_404_NOT_FOUND", 1, "c"),
    ("status!(UNPROCESSABLE_E$0)", "expr", "UNPROCESSABLE_ENTITY", 2, ""),
    # An empty argument: every name is offered (in the server's order,
    # alphabetical), so the intended one is only checked to be there.
    ("status!($0)", "expr", "NOT_FOUND", "any", "c"),
    ("status!(WS_1008$0)", "expr", "WS_1008_POLICY_VIOLATION", 1, "c"),
    ("close_code!(POLICY_$0)", "expr", "POLICY_VIOLATION", 1, "c"),
    ("close_code!(WS_10$0)", "expr", "WS_1008_POLICY_VIOLATION", 20, ""),
    ("close_code!($0)", "expr", "POLICY_VIOLATION", "any", "c"),
    ("http_status!(NOT_F$0)", "expr", "NOT_FOUND", 3, "c"),
    ("match s { status!(NOT_F$0) => 1, _ => 0 }", "match", "NOT_FOUND", 3, "c"),
    ("#[status_code(CRE$0)]", "handler", "CREATED", 1, "c"),
    ("#[status_code($0)]", "handler", "CREATED", "any", "c"),
    ("#[status(NOT_$0)]", "variant", "NOT_FOUND", 5, "c"),
    ("#[status($0)]", "variant", "NOT_FOUND", "any", "c"),
    ("#[status(UNAUTHORIZED, resp$0)]", "variant", "response", 1, ""),
    ("#[status(prob$0)]", "type", "problem", 1, "c"),
    # `type` is an item named `r#type` (rust-analyzer shows `type`; the
    # derive accepts `r#type` too, should an editor insert it).
    ('#[status(NOT_FOUND, ty$0 = "https://example.com/probs/x")]', "problem-variant", "type", 1, "c"),
    # `crate` cannot name an item: its start (`#[status(cr)]`) expands to a
    # visibility, `pub(in cr)`, where rust-analyzer offers the keyword; any
    # other lowercase start is a name (the editor matches case-insensitively).
    ("#[status(cr$0 = ::statuscode)]", "type", "crate", 1, "c"),
    ("#[status(con$0)]", "variant", "CONFLICT", 1, "c"),
    ("#[status_code(CREATED, cr$0 = ::statuscode)]", "handler", "crate", 1, "c"),
    # After a name that resolves, the derive succeeds and emits nothing for
    # the editor (nothing is added to a build that compiles): no completion.
    ("#[status(UNAUTHORIZED, $0)]", "variant", "response", "gap", ""),
    # A renamed crate: `status!` finds it through `$crate`; the derive and
    # `#[status_code]` through their `crate = …`, which they need anyway.
    ("sc::status!(NOT_F$0)", "expr", "NOT_FOUND", 3, "rc"),
    ("#[sc::status_code(CRE$0, crate = sc)]", "handler", "CREATED", 1, "rc"),
    ("#[status(NOT_$0)]", "renamed-variant", "NOT_FOUND", 5, "rc"),
]


def snippet(i, line, site):
    """The item a completion case is written in (`$0` kept)."""
    if site == "handler":
        return f"{line}\npub fn handler{i}() -> &'static str {{ \"x\" }}"
    if site == "variant":
        return f"#[derive(Debug, HttpStatus)]\npub enum E{i} {{\n    {line}\n    A,\n}}"
    if site == "problem-variant":
        return (f"#[derive(Debug, HttpStatus)]\n#[status(problem)]\npub enum E{i} {{\n    {line}\n    A,\n}}"
                f"\n{display(i)}")
    if site == "type":
        return (f"#[derive(Debug, HttpStatus)]\n{line}\npub enum E{i} {{\n    #[status(NOT_FOUND)]\n    A,\n}}"
                f"\n{display(i)}")
    if site == "renamed-variant":
        return (f"#[derive(Debug, sc::HttpStatus)]\n#[status(crate = sc)]\npub enum E{i} {{\n    {line}\n    A,\n}}")
    if site == "match":
        return f"pub fn c{i}(s: {'sc::' if 'sc::' in line else ''}Status) -> u8 {{ {line} }}"
    return f"pub fn c{i}() {{ let _ = {line}; }}"


def display(i):
    """`Display` and `Error` for a derived type that is a response."""
    return (f"impl core::fmt::Display for E{i} {{ fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{ f.write_str(\"x\") }} }}"
            f" impl std::error::Error for E{i} {{}}")


# Hover and definition cases: the line (in a crate that compiles), the word
# to point at, text the hover must show, and the item definition must reach.
NAVIGATION = [
    ("const A: Status = status!(TEAPOT);", "TEAPOT", "418 I'm a teapot", "TEAPOT"),
    ("const B: Status = status!(HTTP_404_NOT_FOUND);", "HTTP_404_NOT_FOUND", "404 Not Found", "HTTP_404_NOT_FOUND"),
    ("const C: Status = status!(404);", "404", "404 Not Found", "NOT_FOUND"),
    ("const D: Status = status!(PAYLOAD_TOO_LARGE);", "PAYLOAD_TOO_LARGE", "413 Content Too Large", "PAYLOAD_TOO_LARGE"),
    ("const E: CloseCode = close_code!(POLICY_VIOLATION);", "POLICY_VIOLATION", "1008", "POLICY_VIOLATION"),
    ("const F: CloseCode = status!(WS_1008_POLICY_VIOLATION);", "WS_1008_POLICY_VIOLATION", "1008", "WS_1008_POLICY_VIOLATION"),
    ("const G: http::StatusCode = http_status!(NOT_FOUND);", "NOT_FOUND", "404 Not Found", "NOT_FOUND"),
    ("fn m(s: Status) -> u8 { match s { status!(GONE) => 1, _ => 0 } }", "GONE", "410 Gone", "GONE"),
    ("#[status_code(CREATED)]", "CREATED", "201 Created", "CREATED"),
]


def scratch_sources():
    """The scratch crates' files: `src/complete.rs` (one item per completion
    case, the cursor removed; `renamed/src/complete.rs` for the renamed
    crate's), `src/nav.rs` (compiles), `src/errors.rs` (one unknown name per
    macro, for diagnostics)."""
    heads = {
        "main": "use statuscode::{close_code, http_status, status, status_code, HttpStatus, Status, CloseCode};",
        "renamed": "use sc::Status;",
    }
    files = {k: [v, ""] for k, v in heads.items()}
    cursors = []
    for i, (code, site, _, _, flags) in enumerate(COMPLETIONS):
        which = "renamed" if "r" in flags else "main"
        lines = files[which]
        text = snippet(i, code, site)
        start = sum(len(l) + 1 for l in lines)
        offset = text.index("$0")
        text = text.replace("$0", "")
        cursors.append({"file": which, "offset": start + offset, "at": text[:offset].count("\n"),
                        "line": sum(l.count("\n") + 1 for l in lines),
                        "lines": text.count("\n") + 1})
        lines.append(text)
    complete = {k: "\n".join(v) + "\n" for k, v in files.items()}

    nav = ["use statuscode::{close_code, http_status, status, status_code, Status, CloseCode};", ""]
    targets = []
    for i, (code, word, _, _) in enumerate(NAVIGATION):
        if code.startswith("#[status_code"):
            text = f"{code}\npub fn handler{i}() -> &'static str {{ \"x\" }}"
        else:
            text = "pub " + code if not code.startswith("fn") else "pub " + code
        start = sum(len(l) + 1 for l in nav)
        inner = text.index("(", text.index("!") if "!" in text else text.index("#["))
        targets.append(start + text.index(word, inner))
        nav.append(text)
    nav_text = "\n".join(nav) + "\n"

    errors_text = (
        "use statuscode::{close_code, status, Status, CloseCode};\n\n"
        "pub fn e1() -> Status { status!(NOT_FUOND) }\n"
        "pub fn e2() -> CloseCode { close_code!(POLICY_VIOLATON) }\n"
        "pub fn e3(s: Status) -> u8 { match s { status!(NOT_FUOND) => 1, _ => 0 } }\n"
        # An empty argument, the crate key being written, an unknown name in
        # the attributes: the editor's paths (a placeholder, a visibility)
        # must add no diagnostic of their own.
        "pub fn e4() -> Status { status!() }\n"
        "#[statuscode::status_code(CRE)] pub fn e5() -> &'static str { \"x\" }\n"
        "#[statuscode::status_code(CREATED, cr)] pub fn e6() -> &'static str { \"x\" }\n"
        "#[derive(Debug, statuscode::HttpStatus)] #[status(cr)] pub enum E7 { #[status(NOT_FOUND)] A }\n"
        "#[derive(Debug, statuscode::HttpStatus)] pub enum E8 { #[status()] A, #[status(NOT_FUOND)] B }\n"
    )
    return complete, heads, cursors, nav_text, targets, errors_text


def position(text, offset):
    before = text[:offset]
    line = before.count("\n")
    col = offset - (before.rfind("\n") + 1)
    # LSP columns are UTF-16 code units; the scratch files are ASCII.
    return {"line": line, "character": col}


class Lsp:
    def __init__(self, cmd, cwd, env):
        self.proc = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=open(os.path.join(cwd, "ra-stderr.log"), "wb"),
        )
        self.next_id = 0
        self.responses = {}
        self.notifications = []
        self.cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.decode().strip()
                if not line:
                    break
                k, v = line.split(":", 1)
                headers[k.lower()] = v.strip()
            body = json.loads(out.read(int(headers["content-length"])))
            with self.cond:
                if "id" in body and "method" in body:
                    # A request from the server: answer null (configuration,
                    # progress tokens, …).
                    self._send({"jsonrpc": "2.0", "id": body["id"], "result": None})
                elif "id" in body:
                    self.responses[body["id"]] = body
                else:
                    self.notifications.append(body)
                self.cond.notify_all()

    def _send(self, msg):
        data = json.dumps(msg).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def request(self, method, params, timeout=600):
        with self.cond:
            self.next_id += 1
            rid = self.next_id
            self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
            end = time.time() + timeout
            while rid not in self.responses:
                if not self.cond.wait(max(0, end - time.time())):
                    raise TimeoutError(method)
            resp = self.responses.pop(rid)
        if "error" in resp:
            raise RuntimeError(f"{method}: {resp['error']}")
        return resp.get("result")

    def notify(self, method, params):
        with self.cond:
            self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for(self, pred, timeout):
        end = time.time() + timeout
        with self.cond:
            while True:
                for n in self.notifications:
                    if pred(n):
                        return n
                if not self.cond.wait(max(0, end - time.time())):
                    return None


def fuzzy(typed, label):
    """The editor's filter: the typed characters in order, case ignored."""
    it = iter(label.lower())
    return all(c in it for c in typed.lower())


def offset_of(text, pos):
    lines = text.split("\n")
    return sum(len(l) + 1 for l in lines[:pos["line"]]) + pos["character"]


def accept(text, cur, item):
    """The case's item with the completion accepted: its textEdit (and any
    additional edits) applied, as an editor does."""
    edits = [item["textEdit"]] if "textEdit" in item else []
    edits += item.get("additionalTextEdits") or []
    for e in sorted(edits, key=lambda e: offset_of(text, e.get("range", e.get("replace"))["start"]), reverse=True):
        rng = e.get("range", e.get("replace"))
        a, b = offset_of(text, rng["start"]), offset_of(text, rng["end"])
        text = text[:a] + e["newText"] + text[b:]
    lines = text.split("\n")
    return "\n".join(lines[cur["line"]:cur["line"] + cur["lines"]])


def check_accepted(crate, dirs, heads, accepted, env):
    """Writes each crate's `src/accepted.rs` (the accepted cases alone) and
    runs `cargo check` with the `accepted` feature: every case must build."""
    where = {}  # (crate, line) -> case
    for which in dirs:
        lines = [heads[which], ""]
        for case, w, text, _ in accepted:
            if w != which:
                continue
            first = sum(l.count("\n") + 1 for l in lines)
            for k in range(text.count("\n") + 1):
                where[(which, first + k + 1)] = case
            lines.append(text)
        (dirs[which] / "accepted.rs").write_text("\n".join(lines) + "\n")
    out = subprocess.run(
        ["cargo", "check", "--workspace", "--message-format", "short",
         "--features", "editor-scratch/accepted,editor-renamed/accepted"],
        cwd=crate, env=env, capture_output=True, text=True)
    errors = {}
    for line in out.stderr.splitlines():
        m = re.match(r"(renamed/)?src/accepted\.rs:(\d+):\d+: (error|warning)(.*)", line)
        if m:
            case = where.get(("renamed" if m.group(1) else "main", int(m.group(2))), "?")
            errors.setdefault(case, []).append(m.group(3) + m.group(4))
    print("| case | accepted as | builds | ok |")
    print("| --- | --- | --- | --- |")
    failures = 0
    for case, which, text, at in accepted:
        line = text.split("\n")[at].strip()
        msgs = errors.get(case, [])
        # A warning is shown, not a failure (`#[status(problem)]` without a
        # framework feature warns by design), except `unexpected_cfgs`: the
        # editor's cfg must never reach a user's build.
        ok = out.returncode == 0 and not any(
            m.startswith("error") or "unexpected_cfgs" in m or "unexpected `cfg`" in m for m in msgs)
        failures += not ok
        print(f"| {case} | `{line[:70]}` | {'yes' if not msgs else '; '.join(msgs)[:120]} | {'yes' if ok else 'NO'} |")
    if out.returncode != 0 and (not errors or os.environ.get("HARNESS_DEBUG")):
        print(out.stderr[-3000:])
        failures += 1
    return failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ra", default=os.environ.get("RUST_ANALYZER", "rust-analyzer"))
    ap.add_argument("--keep", action="store_true", help="keep the scratch crate")
    ap.add_argument("--write-only", action="store_true",
                    help="write the scratch crate (target/editor-harness/scratch) and stop")
    args = ap.parse_args()
    ra = shutil.which(args.ra) or args.ra
    sysroot = subprocess.check_output(["rustc", "--print", "sysroot"], text=True).strip()
    srv = os.path.join(sysroot, "libexec", "rust-analyzer-proc-macro-srv")

    work = ROOT / "target" / "editor-harness"
    crate = work / "scratch"
    if crate.exists():
        shutil.rmtree(crate)
    (crate / "src").mkdir(parents=True)
    (crate / "renamed" / "src").mkdir(parents=True)
    dep = f"path = {json.dumps(str(ROOT))}, features = [\"http\"]"
    # Two packages in one workspace (cargo refuses one package depending on
    # `statuscode` under two names). `accepted` builds the accepted
    # completions (`src/accepted.rs`) alone, for the compile check.
    (crate / "Cargo.toml").write_text(
        "[package]\nname = \"editor-scratch\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n"
        "[dependencies]\n"
        f"statuscode = {{ {dep} }}\n"
        "http = \"1\"\n\n[features]\naccepted = []\n\n[workspace]\nmembers = [\"renamed\"]\n"
    )
    (crate / "renamed" / "Cargo.toml").write_text(
        "[package]\nname = \"editor-renamed\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n"
        "[dependencies]\n"
        f"sc = {{ package = \"statuscode\", {dep} }}\n\n[features]\naccepted = []\n"
    )
    shutil.copy(ROOT / "Cargo.lock", crate / "Cargo.lock")
    complete, heads, cursors, nav_text, targets, errors_text = scratch_sources()
    dirs = {"main": crate / "src", "renamed": crate / "renamed" / "src"}
    files = {("main", "complete.rs"): complete["main"], ("main", "nav.rs"): nav_text,
             ("main", "errors.rs"): errors_text, ("renamed", "complete.rs"): complete["renamed"]}
    for (which, name), text in files.items():
        (dirs[which] / name).write_text(text)
    (crate / "src" / "lib.rs").write_text(
        "#![allow(dead_code)]\n#[cfg(not(feature = \"accepted\"))]\npub mod complete;\npub mod nav;\n"
        "#[cfg(not(feature = \"accepted\"))]\npub mod errors;\n#[cfg(feature = \"accepted\")]\npub mod accepted;\n"
    )
    (crate / "renamed" / "src" / "lib.rs").write_text(
        "#![allow(dead_code)]\n#[cfg(not(feature = \"accepted\"))]\npub mod complete;\n"
        "#[cfg(feature = \"accepted\")]\npub mod accepted;\n"
    )

    if args.write_only:
        print(crate)
        return 0
    # The checkout's own target dir: the macros and their dependencies are
    # usually built there already.
    env = dict(os.environ, CARGO_TARGET_DIR=str(ROOT / "target"))
    lsp = Lsp([ra], str(crate), env)
    uri = lambda name, which="main": (dirs[which] / name).as_uri()
    lsp.request("initialize", {
        "processId": os.getpid(),
        "rootUri": crate.as_uri(),
        "capabilities": {
            "textDocument": {
                "completion": {"completionItem": {"snippetSupport": False, "documentationFormat": ["markdown"]}},
                "hover": {"contentFormat": ["markdown"]},
                "publishDiagnostics": {},
                "diagnostic": {"dynamicRegistration": False},
            },
            "window": {"workDoneProgress": True},
            "experimental": {"serverStatusNotification": True},
        },
        "initializationOptions": {
            "procMacro": {"enable": True, "server": srv},
            "cargo": {"buildScripts": {"enable": True}},
            "checkOnSave": False,
            "diagnostics": {"enable": True, "experimental": {"enable": False}},
        },
    })
    lsp.notify("initialized", {})
    for (which, name), text in files.items():
        lsp.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri(name, which), "languageId": "rust", "version": 1, "text": text}})
    t0 = time.time()
    ready = lsp.wait_for(
        lambda n: n.get("method") == "experimental/serverStatus" and n["params"].get("quiescent"),
        timeout=1800,
    )
    if ready is None:
        print("rust-analyzer never became quiescent", file=sys.stderr)
        return 2
    print(f"rust-analyzer {ra}: ready in {time.time() - t0:.0f}s "
          f"(health: {ready['params'].get('health')})")

    failures = 0
    print("\n## Completion\n")
    print("| case | intended | rank | of | detail / docs | ok |")
    print("| --- | --- | --- | --- | --- | --- |")
    accepted = []  # (case, crate, the snippet with the completion applied)
    for i, ((code, site, want, best, flags), cur) in enumerate(zip(COMPLETIONS, cursors)):
        text = complete[cur["file"]]
        pos = position(text, cur["offset"])
        result = lsp.request("textDocument/completion", {
            "textDocument": {"uri": uri("complete.rs", cur["file"])}, "position": pos})
        items = result["items"] if isinstance(result, dict) else (result or [])
        if os.environ.get("HARNESS_DEBUG"):
            print(code, pos, json.dumps(result)[:600], file=sys.stderr)
        m = re.search(r"([A-Za-z0-9_]*)\$0", code)
        typed = m.group(1) if m else ""
        # As an editor shows them: what starts with the typed text first,
        # then the server's order (sortText), then the label.
        shown = sorted((i for i in items if fuzzy(typed, i.get("filterText", i["label"]))),
                       key=lambda i: (not i.get("filterText", i["label"]).lower().startswith(typed.lower()),
                                      i.get("sortText", i["label"]), i["label"]))
        labels = [i["label"] for i in shown]
        if os.environ.get("HARNESS_DEBUG"):
            print(code, labels[:20], file=sys.stderr)
        rank = labels.index(want) + 1 if want in labels else None
        item = shown[rank - 1] if rank else None
        if item is not None and "documentation" not in item:
            try:
                item = lsp.request("completionItem/resolve", item)
            except RuntimeError:
                pass
        doc = ""
        if item is not None:
            d = item.get("documentation")
            doc = (d.get("value") if isinstance(d, dict) else d) or ""
            doc = (item.get("detail") or "") + " / " + doc.split("\n")[0]
        if best == "gap":
            ok = "gap" if rank is None else "yes"
        elif best == "any":
            ok = "yes" if rank is not None else "NO"
        else:
            ok = "yes" if rank is not None and rank <= best else "NO"
        failures += ok == "NO"
        case = f"`{code}`" + ("" if site == "expr" else f" ({site})") + (" [sc]" if "r" in flags else "")
        print(f"| {case} | `{want}` | {rank or '—'} | {len(labels)} | {doc[:70]} | {ok} |")
        if "c" in flags and item is not None:
            accepted.append((case, cur["file"], accept(text, cur, item), cur["at"]))

    print("\n## Hover and go-to-definition\n")
    print("| case | hover shows | hover blocks | definition targets | target | ok |")
    print("| --- | --- | --- | --- | --- | --- |")
    for (code, word, expect, item_name), offset in zip(NAVIGATION, targets):
        pos = position(nav_text, offset + 1)
        hover = lsp.request("textDocument/hover", {"textDocument": {"uri": uri("nav.rs")}, "position": pos})
        text = ""
        if hover:
            c = hover["contents"]
            text = c.get("value", "") if isinstance(c, dict) else str(c)
        blocks = text.count("```rust")
        # rust-analyzer shows one item as two rust blocks (module path, then
        # signature); two items are separated by a rule.
        items = text.count("\n---\n") // 2 + 1 if text else 0
        defs = lsp.request("textDocument/definition", {"textDocument": {"uri": uri("nav.rs")}, "position": pos})
        defs = defs if isinstance(defs, list) else ([defs] if defs else [])
        target = ""
        if len(defs) == 1:
            d = defs[0]
            path = d.get("targetUri", d.get("uri", ""))
            rng = d.get("targetSelectionRange", d.get("range"))
            try:
                line = pathlib.Path(path.replace("file://", "")).read_text().splitlines()[rng["start"]["line"]]
                target = line.strip()
            except OSError:
                target = path
        ok = (expect in text and "pub struct Status" not in text and "pub struct CloseCode" not in text
              and len(defs) == 1 and re.search(rf"\b{item_name}\b", target) is not None)
        failures += not ok
        print(f"| `{code}` | {'yes' if expect in text else 'NO'}: `{expect}` | {blocks} | {len(defs)} | `{target[:60]}` | {'yes' if ok else 'NO'} |")

    print("\n## Diagnostics (rust-analyzer's own, cargo check off) on unknown names\n")
    report = lsp.request("textDocument/diagnostic", {"textDocument": {"uri": uri("errors.rs")}})
    diags = (report or {}).get("items", [])
    print("| line | message | ok |")
    print("| --- | --- | --- |")
    lines = errors_text.splitlines()
    for d in diags:
        line = d["range"]["start"]["line"]
        msg = d["message"].split("\n")[0]
        # The crate's own messages (rust-analyzer shows a macro's
        # `compile_error!` as is); anything else is rust-analyzer's own.
        ok = re.search(r"did you mean|close code|not a status|^unknown |^expected |takes one code", msg) is not None
        failures += not ok
        print(f"| `{lines[line].strip()[:50]}` | {msg[:90]} | {'yes' if ok else 'NO (spurious)'} |")
    seen = {d["range"]["start"]["line"] for d in diags}
    for n, text in enumerate(lines):
        if n >= 2 and n not in seen:
            failures += 1
            print(f"| `{text.strip()[:50]}` | (no diagnostic) | NO |")
    if not diags:
        print("| — | (none published) | — |")

    lsp.request("shutdown", None)
    lsp.notify("exit", None)

    print("\n## Accepted completions compile (cargo check)\n")
    failures += check_accepted(crate, dirs, heads, accepted, env)
    if not args.keep:
        shutil.rmtree(crate, ignore_errors=True)
    print(f"\n{failures} failing case(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
