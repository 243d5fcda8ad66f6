#!/usr/bin/env python3
"""httpd.py -- a tiny loopback HTTP server for the URL tests of tests/test_input.c.

Binds 127.0.0.1 on a free port, prints "ready PORT STALLPORT" on stdout,
then serves the fixed routes below.  STALLPORT is a second loopback port
whose listen queue is kept full and never accepted, so a connection to it
never completes (the connect timeout test).  It exits by itself after 60 s without a request
(IDLE_S), and every streaming response stops after STREAM_S seconds, so a
test that dies never leaves it running for long.  Python 3 standard library
only.
"""
import os
import socket
import struct
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

IDLE_S = 60
STREAM_S = 20

GOOD_HTML = b"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Loopback  news</title>
<meta property="article:published_time" content="2023-06-12T08:00:00Z">
<script>var LEAK = 1;</script></head>
<body><nav>NAV-LEAK</nav><article><h1>Ministers meet</h1>
<p>The ministers met in Jakarta on Monday &amp; agreed to talk.</p></article>
<footer>FOOTER-LEAK</footer></body></html>
"""

state = {"last": time.monotonic(), "active": 0}
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    server_version = "kgbuild-test/0.1"

    def log_message(self, fmt, *args):  # keep the test output clean
        pass

    def send(self, code, body, ctype="text/plain; charset=utf-8", extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, where):
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def stream(self, chunks, ctype, extra=()):
        """Writes chunks until the client goes away or STREAM_S passes."""
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        end = time.monotonic() + STREAM_S
        try:
            for c in chunks:
                if time.monotonic() > end:
                    break
                if c:
                    self.wfile.write(c)
                    self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def do_GET(self):
        with lock:
            state["active"] += 1
            state["last"] = time.monotonic()
        try:
            self.route()
        finally:
            with lock:
                state["active"] -= 1
                state["last"] = time.monotonic()

    def route(self):
        p = self.path
        if p == "/good.html":
            self.send(200, GOOD_HTML, "text/html; charset=utf-8")
        elif p == "/plain.txt":
            self.send(200, b"Plain text from the server.\r\nSecond line.\n")
        elif p == "/latin1.txt":
            self.send(200, b"Caf\xe9 cr\xe8me.\n", "text/plain; charset=ISO-8859-1")
        elif p == "/sniff":  # no Content-Type worth the name: sniffed as HTML
            self.send(200, GOOD_HTML, "application/octet-stream")
        elif p == "/gzip.html":
            z = zlib.compressobj(9, zlib.DEFLATED, 31)
            body = z.compress(GOOD_HTML) + z.flush()
            self.send(200, body, "text/html; charset=utf-8", [("Content-Encoding", "gzip")])
        elif p == "/404":
            self.send(404, b"<h1>Not found</h1>", "text/html")
        elif p == "/500":
            self.send(500, b"Internal error", "text/plain")
        elif p.startswith("/loop/"):
            try:
                n = int(p[6:])
            except ValueError:
                n = 0
            self.redirect("/loop/%d" % (n + 1))
        elif p == "/redirect-ok":
            self.redirect("/good.html")
        elif p == "/to-file":
            self.redirect("file:///etc/passwd")
        elif p == "/to-ftp":
            self.redirect("ftp://127.0.0.1/etc/passwd")
        elif p.startswith("/chain/"):  # N more redirects, then the good page
            try:
                n = int(p[7:])
            except ValueError:
                n = 0
            self.redirect("/chain/%d" % (n - 1) if n > 1 else "/good.html")
        elif p == "/to-gopher":
            self.redirect("gopher://127.0.0.1/1")
        elif p == "/to-dict":
            self.redirect("dict://127.0.0.1/d:word")
        elif p == "/to-data":
            self.redirect("data:text/plain,injected")
        elif p == "/401":
            self.send(401, b"login first", "text/plain", [("WWW-Authenticate", 'Basic realm="t"')])
        elif p == "/403":
            self.send(403, b"<h1>Forbidden</h1>", "text/html")
        elif p == "/503":
            self.send(503, b"try later", "text/plain", [("Retry-After", "1")])
        elif p == "/stall":  # headers never come
            end = time.monotonic() + STREAM_S
            while time.monotonic() < end:
                time.sleep(0.2)
            self.close_connection = True
        elif p == "/reset":  # RST instead of an answer
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
        elif p in ("/short-length", "/long-length"):
            # Content-Length lies: 1000 announced and 100 sent, or 30 announced and 300 sent
            body = (b"Nine words of text in a sentence said here. " * 10)[:100 if p == "/short-length" else 300]
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", "1000" if p == "/short-length" else "30")
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True
        elif p == "/header-latin1-body-utf8":  # the header wins, as in browsers
            self.send(200, b'<meta charset="utf-8"><p>Caf\xc3\xa9 talks.</p>', "text/html; charset=ISO-8859-1")
        elif p == "/header-utf8-body-latin1":
            self.send(200, b"<p>Caf\xe9 talks in Gen\xe8ve.</p>", "text/html; charset=utf-8")
        elif p == "/header-bogus-charset":
            self.send(200, b"Plain words here.\n", "text/plain; charset=x-no-such-charset")
        elif p == "/empty":
            self.send(200, b"")
        elif p == "/binary":
            self.send(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "application/octet-stream")
        elif p == "/image":
            self.send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        elif p == "/slow":
            def slow():
                while True:
                    yield b"slow "
                    time.sleep(0.5)
            self.stream(slow(), "text/plain")
        elif p == "/endless":
            block = b"endless text " * 5000

            def endless():
                while True:
                    yield block
            self.stream(endless(), "text/plain")
        elif p == "/bomb":
            def bomb():
                # 1 GB of text that compresses about 1000:1
                z = zlib.compressobj(9, zlib.DEFLATED, 31)
                block = b"a" * (1 << 20)
                for _ in range(1024):
                    yield z.compress(block)
                yield z.flush()
            self.stream(bomb(), "text/plain", [("Content-Encoding", "gzip")])
        else:
            self.send(404, b"no such route")


def watchdog():
    while True:
        time.sleep(1)
        with lock:
            idle = state["active"] == 0 and time.monotonic() - state["last"] > IDLE_S
        if idle:
            os._exit(0)


def stall_port():
    """A listening socket whose queue is filled by our own connections and
    never accepted: further SYNs are dropped, so connects time out."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(0)
    port = s.getsockname()[1]
    fill = []
    for _ in range(8):
        c = socket.socket()
        c.setblocking(False)
        try:
            c.connect(("127.0.0.1", port))
        except (BlockingIOError, OSError):
            pass
        fill.append(c)
    return s, fill, port


def main():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    threading.Thread(target=watchdog, daemon=True).start()
    keep = stall_port()
    sys.stdout.write("ready %d %d\n" % (srv.server_address[1], keep[2]))
    sys.stdout.flush()
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
