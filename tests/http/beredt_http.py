"""A small HTTP client for beredt (cookie, CSRF token, Origin), and TOTP codes
(RFC 6238), shared by the HTTP tests and the benchmark. Standard library only."""
import base64
import calendar
import hashlib
import hmac
import os
import http.client
import re
import struct
import time
import urllib.parse


def now():
    """The time by beredt's clock for this process's environment: BEREDT_NOW pinned
    ("TS", or "TS@EPOCH" running on from real time EPOCH), else the real time. The same
    rule as src/util/clock.c, so codes made here match the server's."""
    pin = os.environ.get("BEREDT_NOW", "")
    if not pin:
        return time.time()
    ts, _, anchor = pin.partition("@")
    t = calendar.timegm(time.strptime(ts, "%Y-%m-%dT%H:%M:%SZ"))
    return t + (time.time() - int(anchor)) if anchor else float(t)


def totp(key, at=None, step_offset=0):
    k = base64.b32decode(key)
    counter = int((now() if at is None else at) // 30) + step_offset
    mac = hmac.new(k, struct.pack(">Q", counter), hashlib.sha1).digest()
    o = mac[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7FFFFFFF) % 1000000)


class Client:
    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.host, self.port, self.origin = u.hostname, u.port, base
        self.cookie = None
        self.csrf = None

    def request(self, method, path, body=None, headers=None, raw=False):
        c = http.client.HTTPConnection(self.host, self.port, timeout=30)
        h = dict(headers or {})
        if self.cookie:
            h.setdefault("Cookie", "beredt=" + self.cookie)
        if body is not None and not raw:
            if isinstance(body, dict):
                body = urllib.parse.urlencode(body)
            h.setdefault("Content-Type", "application/x-www-form-urlencoded")
        if method == "POST":
            h.setdefault("Origin", self.origin)
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        r.text = r.read().decode("utf-8", "replace")
        c.close()
        for v in r.headers.get_all("Set-Cookie") or []:
            m = re.match(r"beredt=([^;]*)", v)
            if m:
                self.cookie = m.group(1) or None
        m = re.search(r'name="csrf" value="([^"]*)"', r.text)
        if m:
            self.csrf = m.group(1)
        return r

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, form=None, csrf=True, **kw):
        form = dict(form or {})
        if csrf and self.csrf and "csrf" not in form:
            form["csrf"] = self.csrf
        return self.request("POST", path, form, **kw)
