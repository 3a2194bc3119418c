#!/usr/bin/python3
"""A webhook receiver on loopback for the tests.

  webhook_sink.py PORT DIR SECRET FAILS

Checks the X-Beredt-Signature header (HMAC-SHA256 of the body under SECRET) and writes
each body to DIR/N.json with DIR/N.sig = "ok" or "bad". Answers 500 to the first FAILS
requests (to show retries), then 204. Prints "ready" when it listens.
"""
import hashlib
import hmac
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

port, outdir, secret, fails = int(sys.argv[1]), sys.argv[2], sys.argv[3].encode(), int(sys.argv[4])
count = 0


class H(BaseHTTPRequestHandler):
    def do_POST(self):
        global count
        count += 1
        n = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(n)
        if count <= fails:
            self.send_response(500)
            self.end_headers()
            return
        want = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        got = self.headers.get("X-Beredt-Signature", "")
        k = len([f for f in os.listdir(outdir) if f.endswith(".json")]) + 1
        with open(os.path.join(outdir, "%d.sig" % k), "w") as f:
            f.write("ok" if hmac.compare_digest(want, got) else "bad")
        with open(os.path.join(outdir, "%d.json" % k), "wb") as f:
            f.write(body)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


s = HTTPServer(("127.0.0.1", port), H)
print("ready", flush=True)
s.serve_forever()
