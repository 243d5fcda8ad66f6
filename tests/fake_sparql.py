#!/usr/bin/env python3
"""fake_sparql.py -- a small SPARQL Graph Store / Update endpoint for the
push fault tests (python3 standard library only, 127.0.0.1 only).

  fake_sparql.py PORTFILE [--fail N] [--slow N --delay S] [--fail-every K]
                 [--auth USER:PASS] [--lifetime S] [--echo-auth 1]
                 [--tls-cert CERT.pem --tls-key KEY.pem]

PUT  /gsp?graph=IRI     stores the N-Triples body as graph IRI (201)
POST /update            application/sparql-update: DROP SILENT GRAPH <g>;
                        INSERT DATA { GRAPH <g> { ... } } (200)
GET  /graphs            "IRI<TAB>triples<TAB>puts" per graph, sorted
GET  /requests          number of requests answered
--fail N: the first N requests get 500; --slow N: the first N requests
wait S seconds first; --fail-every K: every K-th request gets 500;
--auth: HTTP basic credentials required (401 otherwise).
--echo-auth 1: 401 and 500 answers repeat the Authorization header and the
decoded credentials they got (a careless server: the client must not log
them).  --tls-cert/--tls-key: HTTPS instead of HTTP.
The chosen port is written to PORTFILE; the server exits after --lifetime
seconds (default 120) so a failed test can't leave it behind.
"""
import base64
import re
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARGS = {"fail": 0, "slow": 0, "delay": 0.0, "fail_every": 0, "auth": None, "lifetime": 120.0,
        "echo_auth": False, "tls_cert": None, "tls_key": None}
STATE = {"n": 0, "graphs": {}, "puts": {}}
LOCK = threading.Lock()


def count_triples(body):
    return len([l for l in body.splitlines() if l.strip().endswith(" .") or l.strip().endswith(".")])


class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def answer(self, code, text=""):
        if ARGS["echo_auth"] and code in (401, 500):
            h = self.headers.get("Authorization") or ""
            try:
                dec = base64.b64decode(h.split(" ", 1)[1]).decode() if " " in h else ""
            except Exception:
                dec = ""
            text = "%s: you sent Authorization: %s (%s)\n" % (text, h, dec)
        data = text.encode()
        self.send_response(code)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data)))
        if code == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="fake"')
        self.end_headers()
        self.wfile.write(data)

    def gate(self):
        """Counts the request and applies the configured faults."""
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n).decode("utf-8", "replace") if n else ""
        if ARGS["auth"]:
            want = "Basic " + base64.b64encode(ARGS["auth"].encode()).decode()
            if self.headers.get("Authorization") != want:
                self.answer(401, "authentication required")
                return None
        with LOCK:
            STATE["n"] += 1
            k = STATE["n"]
        if k <= ARGS["slow"]:
            time.sleep(ARGS["delay"])
        if k <= ARGS["fail"] or (ARGS["fail_every"] and k % ARGS["fail_every"] == 0):
            self.answer(500, "injected failure")
            return None
        return body

    def store(self, graph, body):
        with LOCK:
            STATE["graphs"][graph] = count_triples(body)
            STATE["puts"][graph] = STATE["puts"].get(graph, 0) + 1

    def do_PUT(self):
        body = self.gate()
        if body is None:
            return
        q = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        g = (q.get("graph") or [None])[0]
        if not g:
            self.answer(400, "no graph")
            return
        self.store(g, body)
        self.answer(201, "created")

    def do_POST(self):
        body = self.gate()
        if body is None:
            return
        if not self.headers.get("Content-Type", "").startswith("application/sparql-update"):
            self.answer(415, "want application/sparql-update")
            return
        m = re.search(r"INSERT DATA \{ GRAPH <([^>]*)> \{\n(.*)\} \}", body, re.S)
        if not m or "DROP SILENT GRAPH <%s>" % m.group(1) not in body:
            self.answer(400, "unexpected update")
            return
        self.store(m.group(1), m.group(2))
        self.answer(200, "ok")

    def do_GET(self):
        path = urllib.parse.urlparse(self.path).path
        with LOCK:
            if path == "/graphs":
                text = "".join("%s\t%d\t%d\n" % (g, STATE["graphs"][g], STATE["puts"][g])
                               for g in sorted(STATE["graphs"]))
            elif path == "/requests":
                text = "%d\n" % STATE["n"]
            else:
                self.answer(404, "no such path")
                return
        self.answer(200, text)


def main():
    a = sys.argv[1:]
    portfile = a.pop(0)
    while a:
        k = a.pop(0)
        v = a.pop(0)
        if k == "--fail":
            ARGS["fail"] = int(v)
        elif k == "--slow":
            ARGS["slow"] = int(v)
        elif k == "--delay":
            ARGS["delay"] = float(v)
        elif k == "--fail-every":
            ARGS["fail_every"] = int(v)
        elif k == "--auth":
            ARGS["auth"] = v
        elif k == "--lifetime":
            ARGS["lifetime"] = float(v)
        elif k == "--echo-auth":
            ARGS["echo_auth"] = v == "1"
        elif k == "--tls-cert":
            ARGS["tls_cert"] = v
        elif k == "--tls-key":
            ARGS["tls_key"] = v
        else:
            sys.exit("unknown option " + k)
    srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
    srv.daemon_threads = True
    if ARGS["tls_cert"]:
        import ssl
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(ARGS["tls_cert"], ARGS["tls_key"])
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    with open(portfile + ".tmp", "w") as f:
        f.write("%d\n" % srv.server_address[1])
    import os
    os.rename(portfile + ".tmp", portfile)
    threading.Timer(ARGS["lifetime"], srv.shutdown).start()
    srv.serve_forever()


if __name__ == "__main__":
    main()
