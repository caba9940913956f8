#!/usr/bin/env python3
"""Drive clangd over LSP (stdio JSON-RPC) on one file and print what an editor
would show: diagnostics, hover on a name, signature help and inlay hints at
positions given as 'LINE:COL' (1-based). Used by tools/check_clangd.sh.

usage: lsp_check.py CLANGD FILE [--hover L:C]... [--signature L:C]... [--inlay]
"""
import json
import os
import subprocess
import sys


def main():
    clangd, path = sys.argv[1], os.path.abspath(sys.argv[2])
    args = sys.argv[3:]
    proc = subprocess.Popen([clangd, "--log=error"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    next_id = [0]

    def send(msg):
        body = json.dumps(msg).encode()
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        proc.stdin.flush()

    def read():
        length = 0
        while True:
            line = proc.stdout.readline()
            if not line:
                raise SystemExit("clangd exited")
            line = line.strip()
            if not line:
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(proc.stdout.read(length))

    diagnostics = []

    def request(method, params):
        next_id[0] += 1
        send({"jsonrpc": "2.0", "id": next_id[0], "method": method, "params": params})
        while True:
            msg = read()
            if msg.get("method") == "textDocument/publishDiagnostics":
                diagnostics[:] = msg["params"]["diagnostics"]
            if msg.get("id") == next_id[0] and "method" not in msg:
                return msg.get("result")

    uri = "file://" + path
    request("initialize", {"processId": os.getpid(), "rootUri": "file://" + os.path.dirname(path),
                           "capabilities": {"textDocument": {"inlayHint": {}, "hover": {},
                                                             "signatureHelp": {}}}})
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    with open(path) as f:
        text = f.read()
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "cpp", "version": 1, "text": text}}})
    # Diagnostics arrive once the file is parsed; any request waits for that.
    request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
    while not diagnostics:
        msg = read()
        if msg.get("method") == "textDocument/publishDiagnostics":
            diagnostics[:] = msg["params"]["diagnostics"]
    for d in diagnostics:
        print(f"diagnostic {d['range']['start']['line'] + 1}:{d['range']['start']['character'] + 1}: {d['message']}")

    def pos(spec):
        line, col = spec.split(":")
        return {"line": int(line) - 1, "character": int(col) - 1}

    i = 0
    while i < len(args):
        kind = args[i]
        if kind == "--inlay":
            hints = request("textDocument/inlayHint", {"textDocument": {"uri": uri}, "range": {
                "start": {"line": 0, "character": 0}, "end": {"line": len(text.splitlines()), "character": 0}}})
            for h in hints or []:
                label = h["label"] if isinstance(h["label"], str) else "".join(p["value"] for p in h["label"])
                print(f"inlay {h['position']['line'] + 1}:{h['position']['character'] + 1}: {label}")
            i += 1
            continue
        spec = args[i + 1]
        i += 2
        if kind == "--hover":
            r = request("textDocument/hover", {"textDocument": {"uri": uri}, "position": pos(spec)})
            value = r["contents"]["value"] if r else ""
            print(f"hover {spec}: " + " | ".join(l for l in value.splitlines() if l.strip()))
        elif kind == "--signature":
            r = request("textDocument/signatureHelp", {"textDocument": {"uri": uri}, "position": pos(spec)})
            for s in (r or {}).get("signatures", []):
                active = s.get("activeParameter", r.get("activeParameter"))
                params = s.get("parameters", [])
                name = params[active]["label"] if active is not None and active < len(params) else None
                if isinstance(name, list):
                    name = s["label"][name[0]:name[1]]
                print(f"signature {spec}: {s['label']} active={name}")
    request("shutdown", None)
    send({"jsonrpc": "2.0", "method": "exit"})
    proc.wait(timeout=30)


if __name__ == "__main__":
    main()
