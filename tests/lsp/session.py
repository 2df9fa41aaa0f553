#!/usr/bin/env python3
"""End-to-end test of `kubus lsp`: runs the server as a subprocess and drives it
as an editor does (initialize, didOpen, didChange, each request, shutdown,
exit), checking every answer; then feeds it broken input (bad framing, invalid
JSON, unknown methods, requests before initialize, URIs outside the workspace,
garbage bytes) and checks that it answers with an error or stops cleanly,
never crashes or hangs.

usage: session.py KUBUS SOURCE_DIR
"""
import json
import os
import queue
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse

TIMEOUT = 20  # seconds for any one answer; the whole test takes about one
failures = []
checks = 0


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def frame(obj):
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def uri(path):
    return "file://" + urllib.parse.quote(path)


class Server:
    """A `kubus lsp` process with a thread that reads its framed messages."""

    def __init__(self, kubus, cwd):
        self.proc = subprocess.Popen([kubus, "lsp", "--stdio"], cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages = queue.Queue()
        self.notes = []
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode().partition(":")
                headers[name.lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, obj):
        self.send_raw(frame(obj))

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def call(self, method, params):
        """Sends a request and returns its response; notifications on the way are kept."""
        rid = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        while True:
            m = self.messages.get(timeout=TIMEOUT)
            if m is None:
                raise RuntimeError("the server stopped while " + method + " waited for an answer")
            if m.get("id") == rid and "method" not in m:
                return m
            self.notes.append(m)

    def request(self, method, params):
        r = self.call(method, params)
        check("result" in r, method + " answered " + json.dumps(r)[:300])
        return r.get("result")

    def wait_note(self, method, pred=lambda m: True):
        """The next notification `method` that satisfies pred."""
        for i, m in enumerate(self.notes):
            if m.get("method") == method and pred(m):
                return self.notes.pop(i)
        while True:
            m = self.messages.get(timeout=TIMEOUT)
            if m is None:
                raise RuntimeError("the server stopped while waiting for " + method)
            if m.get("method") == method and pred(m):
                return m
            self.notes.append(m)

    def finish(self):
        self.proc.stdin.close()
        code = self.proc.wait(timeout=TIMEOUT)
        return code, self.proc.stderr.read().decode(errors="replace")


def pos(text, needle, offset=0):
    at = text.index(needle) + offset
    line = text.count("\n", 0, at)
    start = text.rfind("\n", 0, at) + 1
    return {"line": line, "character": len(text[start:at].encode("utf-16-le")) // 2}


def at(doc_uri, text, needle, offset=0):
    return {"textDocument": {"uri": doc_uri}, "position": pos(text, needle, offset)}


def editor_session(kubus, source):
    work = tempfile.mkdtemp(prefix="kubus-lsp-e2e-")
    try:
        model = os.path.join(work, "hello")
        shutil.copytree(os.path.join(source, "examples", "hello"), model)
        journey_path = os.path.join(model, "journey.kubus")
        org_path = os.path.join(model, "org.kubus")
        journey = open(journey_path, encoding="utf-8").read()
        org = open(org_path, encoding="utf-8").read()
        ju, ou = uri(journey_path), uri(org_path)
        s = Server(kubus, work)

        caps = {"general": {"positionEncodings": ["utf-16"]},
                "textDocument": {"hover": {"contentFormat": ["markdown"]},
                                 "publishDiagnostics": {"relatedInformation": True},
                                 "documentSymbol": {"hierarchicalDocumentSymbolSupport": True}}}
        init = s.request("initialize", {"processId": os.getpid(), "rootUri": uri(model), "capabilities": caps})
        c = init["capabilities"]
        check(c["positionEncoding"] == "utf-16", "utf-16 negotiated")
        check(c["textDocumentSync"]["change"] == 2, "incremental sync")
        for p in ["hoverProvider", "definitionProvider", "referencesProvider", "documentFormattingProvider",
                  "documentSymbolProvider", "workspaceSymbolProvider"]:
            check(c.get(p) is True, p)
        check(init["serverInfo"]["name"] == "kubus", "serverInfo")
        s.notify("initialized", {})

        # didOpen with an error in the buffer: a misspelt owner.
        broken = journey.replace("owner: sales-manager", "owner: sales-manger", 1)
        s.notify("textDocument/didOpen", {"textDocument": {"uri": ju, "languageId": "kubus", "version": 1, "text": broken}})
        d = s.wait_note("textDocument/publishDiagnostics", lambda m: m["params"]["uri"] == ju)["params"]
        check(d["version"] == 1, "diagnostics name the buffer's version")
        check(len(d["diagnostics"]) == 1, "one diagnostic on open: " + json.dumps(d)[:400])
        diag = d["diagnostics"][0]
        where = pos(broken, "sales-manger")
        check(diag["code"] == "E0203" and diag["severity"] == 1 and diag["source"] == "kubus", "E0203 error from kubus")
        check(diag["range"] == {"start": where, "end": {"line": where["line"], "character": where["character"] + 12}},
              "range of the unknown role: " + json.dumps(diag["range"]))
        check("unknown role 'sales-manger'" in diag["message"], "message as kubus check says it")
        check("help: did you mean 'sales-manager'" in diag["message"], "help as kubus check says it")

        # didChange: fix it with an incremental edit; the file's diagnostics are cleared.
        fix = {"range": {"start": where, "end": {"line": where["line"], "character": where["character"] + 12}},
               "text": "sales-manager"}
        s.notify("textDocument/didChange", {"textDocument": {"uri": ju, "version": 2}, "contentChanges": [fix]})
        d = s.wait_note("textDocument/publishDiagnostics", lambda m: m["params"]["uri"] == ju)["params"]
        check(d["diagnostics"] == [] and d["version"] == 2, "diagnostics cleared after the fix")

        # Hover on a reference: kind, title, file:line, fields.
        h = s.request("textDocument/hover", at(ju, journey, "owner: sales-manager", 9))
        v = h["contents"]["value"]
        check(h["contents"]["kind"] == "markdown", "markdown hover")
        check(v.startswith("**role** `sales-manager` — Sales manager"), "hover headline: " + v[:80])
        check("department: sales" in v and "holder: \"Anna de Boer\"" in v, "hover fields")
        decl_line = org[:org.index("role sales-manager")].count("\n") + 1
        check("declared in `org.kubus:%d`" % decl_line in v, "hover says where: " + v)

        # Hover on a rule of the bundled library: its rationale.
        lib = os.path.join(source, "rules", "ccm", "governance.kubus")
        lib_text = open(lib, encoding="utf-8").read()
        h = s.request("textDocument/hover", at(uri(lib), lib_text, "rule touchpoint-has-owner", 6))
        v = h["contents"]["value"]
        check(v.startswith("**rule** `touchpoint-has-owner`"), "rule hover")
        check("Ownership of touchpoints: every contact moment needs an accountable owner" in v, "rule rationale")

        # Definition: in another file, and into the library.
        d = s.request("textDocument/definition", at(ju, journey, "uses: [crm-systeem", 8))
        check(d["uri"] == ou and d["range"]["start"] == pos(org, "crm-systeem"), "definition in org.kubus")
        d = s.request("textDocument/definition", at(ou, org, "capabilities: [crm", 16))
        check(d["uri"].endswith("/rules/ccm/capabilities.kubus"), "definition in the library: " + str(d))

        # References: the declaration and every use, across files.
        refs = s.request("textDocument/references",
                         dict(at(ou, org, "role sales-manager", 6), context={"includeDeclaration": True}))
        expected = 1 + journey.count("sales-manager")
        check(len(refs) == expected, "references of sales-manager: %d, expected %d" % (len(refs), expected))
        check(sum(1 for r in refs if r["uri"] == ju) == journey.count("sales-manager"), "references in journey.kubus")

        # Completion: roles after `owner: `, kinds at the top level.
        text = journey + "\ntouchpoint nieuw \"New\" {\n  phase: use\n  owner: \n}\n"
        s.notify("textDocument/didChange", {"textDocument": {"uri": ju, "version": 3}, "contentChanges": [{"text": text}]})
        items = s.request("textDocument/completion", at(ju, text, "  owner: \n}", 9))["items"]
        roles = {m.group(0) for m in __import__("re").finditer(r"(?<=^role )[a-z-]+", org, __import__("re").M)}
        check({i["label"] for i in items} == roles, "roles after owner: %s" % sorted(i["label"] for i in items))
        items = s.request("textDocument/completion", {"textDocument": {"uri": ju},
                                                      "position": {"line": text.count("\n"), "character": 0}})["items"]
        labels = {i["label"] for i in items}
        check({"touchpoint", "department", "sla", "kpi", "use", "rule"} <= labels, "kinds at the top level")

        # Formatting: kubus fmt of the buffer.
        untidy = journey.replace("phase: promise", "phase:    promise", 1)
        s.notify("textDocument/didChange", {"textDocument": {"uri": ju, "version": 4}, "contentChanges": [{"text": untidy}]})
        edits = s.request("textDocument/formatting", {"textDocument": {"uri": ju}, "options": {"tabSize": 2, "insertSpaces": True}})
        fmt = subprocess.run([kubus, "fmt", "--stdout", journey_path], capture_output=True, text=True).stdout
        check(len(edits) == 1 and edits[0]["newText"] == fmt, "formatting is kubus fmt")
        check(edits[0]["range"]["start"] == {"line": 0, "character": 0}, "formatting replaces the whole text")

        # Symbols.
        syms = s.request("textDocument/documentSymbol", {"textDocument": {"uri": ou}})
        names = [x["name"] for x in syms]
        check(names[0] == "use ccm" and "hello-energie" in names and "crm-systeem" in names, "document symbols: %s" % names)
        ws = s.request("workspace/symbol", {"query": "manager"})
        check({x["name"] for x in ws} >= {"sales-manager", "contact-centre-manager"}, "workspace symbols")

        # Unknown method; shutdown; exit.
        r = s.call("kubus/unknown", {})
        check(r.get("error", {}).get("code") == -32601, "MethodNotFound")
        check(s.request("shutdown", None) is None, "shutdown")
        r = s.call("textDocument/hover", at(ju, journey, "sales-manager"))
        check(r.get("error", {}).get("code") == -32600, "requests after shutdown are InvalidRequest")
        s.notify("exit", None)
        code = s.proc.wait(timeout=TIMEOUT)
        check(code == 0, "exit after shutdown: code %d" % code)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_raw(kubus, data, cwd, expect_code, what, answers=None):
    """Feeds `data` to a fresh server; checks it stops in time with the code and answers."""
    p = subprocess.Popen([kubus, "lsp"], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = p.communicate(data, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        p.kill()
        check(False, what + ": hangs")
        return
    check(p.returncode == expect_code, "%s: exit code %d, expected %d (%s)" % (what, p.returncode, expect_code, err.decode(errors="replace")[:200]))
    if answers is not None:
        got = []
        while out:
            head, _, rest = out.partition(b"\r\n\r\n")
            n = int(head.split(b":")[1])
            got.append(json.loads(rest[:n]))
            out = rest[n:]
        for i, want in enumerate(answers):
            ok = i < len(got) and all(want[k](got[i]) for k in want)
            check(ok, "%s: answer %d is %s" % (what, i, json.dumps(got[i])[:300] if i < len(got) else "missing"))


def bad_input(kubus, source):
    work = tempfile.mkdtemp(prefix="kubus-lsp-bad-")
    try:
        model = os.path.join(work, "model")
        shutil.copytree(os.path.join(source, "examples", "hello"), model)
        init = frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"rootUri": uri(model), "capabilities": {}}})
        done = frame({"jsonrpc": "2.0", "id": 99, "method": "shutdown"}) + frame({"jsonrpc": "2.0", "method": "exit"})
        is_id = lambda i: {"id": lambda m: m.get("id") == i}
        err = lambda code: {"error": lambda m: m.get("error", {}).get("code") == code}

        run_raw(kubus, init + b"Content-Length: abc\r\n\r\n{}", work, 1, "non-numeric Content-Length", [is_id(1)])
        run_raw(kubus, init + b"Content-Length: -5\r\n\r\n{}", work, 1, "negative Content-Length")
        run_raw(kubus, init + b"Content-Length: 100000000000\r\n\r\n{}", work, 1, "huge Content-Length")
        run_raw(kubus, init + b"Content-Length: 500\r\n\r\n{\"jsonrpc\": \"2.0\"", work, 1, "truncated body", [is_id(1)])
        run_raw(kubus, init + b"Content-Type: text/plain\r\n\r\n{}", work, 1, "missing Content-Length")
        bad_json = b"{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": \"initialize\", "
        run_raw(kubus, init + b"Content-Length: %d\r\n\r\n" % len(bad_json) + bad_json + done, work, 0, "invalid JSON",
                [is_id(1), dict(err(-32700), id=lambda m: m["id"] is None), is_id(99)])
        unknown = frame({"jsonrpc": "2.0", "id": 2, "method": "textDocument/semanticTokens/full", "params": {}})
        run_raw(kubus, init + unknown + done, work, 0, "unknown method", [is_id(1), dict(err(-32601), **is_id(2)), is_id(99)])
        early = frame({"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": {}})
        run_raw(kubus, early + init + done, work, 0, "request before initialize", [dict(err(-32002), **is_id(7)), is_id(1)])
        outside = frame({"jsonrpc": "2.0", "id": 3, "method": "textDocument/definition",
                         "params": {"textDocument": {"uri": "file:///etc/passwd"}, "position": {"line": 0, "character": 0}}})
        run_raw(kubus, init + outside + done, work, 0, "URI outside the workspace", [is_id(1), dict(err(-32602), **is_id(3))])
        negative = frame({"jsonrpc": "2.0", "id": 4, "method": "textDocument/hover",
                          "params": {"textDocument": {"uri": uri(os.path.join(model, "org.kubus"))},
                                     "position": {"line": -5, "character": 2 ** 40}}})
        run_raw(kubus, init + negative + done, work, 0, "position out of range", [is_id(1), dict(err(-32602), **is_id(4))])
        never_opened = frame({"jsonrpc": "2.0", "method": "textDocument/didChange",
                              "params": {"textDocument": {"uri": uri(os.path.join(model, "org.kubus")), "version": 2},
                                         "contentChanges": [{"text": "unit broken {"}]}})
        symbols = frame({"jsonrpc": "2.0", "id": 5, "method": "workspace/symbol", "params": {"query": "broken"}})
        run_raw(kubus, init + never_opened + symbols + done, work, 0, "didChange of a document never opened",
                [is_id(1), {"method": lambda m: m.get("method") == "window/logMessage"},
                 dict(is_id(5), result=lambda m: m.get("result") == [])])
        big = 65 << 20  # past the 64 MiB limit, and really sent
        run_raw(kubus, init + b"Content-Length: %d\r\n\r\n" % big + b" " * big, work, 1, "a 65 MiB message", [is_id(1)])
        run_raw(kubus, init, work, 1, "end of input without shutdown", [is_id(1)])
        run_raw(kubus, init + frame({"jsonrpc": "2.0", "method": "exit"}), work, 1, "exit without shutdown")
        rng = random.Random(13)
        for n in range(5):
            garbage = bytes(rng.randrange(256) for _ in range(4096))
            run_raw(kubus, garbage, work, 1, "garbage bytes #%d" % n)
            run_raw(kubus, init + garbage, work, 1, "garbage after initialize #%d" % n)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    kubus, source = sys.argv[1], sys.argv[2]
    editor_session(kubus, source)
    bad_input(kubus, source)
    if failures:
        print("%d check(s) failed" % len(failures), file=sys.stderr)
        return 1
    print("kubus lsp: editor session and bad input: all %d checks passed" % checks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
