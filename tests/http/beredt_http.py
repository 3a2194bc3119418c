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
import subprocess
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


_sources = [0]


def new_source():
    """A loopback address of its own (127.1.x.y): each client is one device, so the
    server's per-address limits see each apart, as they would real people."""
    _sources[0] += 1
    k = _sources[0]
    return "127.1.%d.%d" % (k // 250, k % 250 + 1)


class Client:
    def __init__(self, base, source=None):
        u = urllib.parse.urlsplit(base)
        self.host, self.port, self.origin = u.hostname, u.port, base
        self.source = source or new_source()
        self.cookie = None
        self.csrf = None

    def request(self, method, path, body=None, headers=None, raw=False):
        c = http.client.HTTPConnection(self.host, self.port, timeout=30, source_address=(self.source, 0))
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

    def upload(self, path, parts, csrf=True):
        """A multipart POST: parts maps a field to (filename or None, text or bytes)."""
        boundary = "beredtgrense"
        parts = dict(parts)
        if csrf and self.csrf and "csrf" not in parts:
            parts["csrf"] = (None, self.csrf)
        body = b""
        for name, (filename, data) in parts.items():
            data = data.encode() if isinstance(data, str) else data
            body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\""
                     + (f"; filename=\"{filename}\"\r\nContent-Type: text/csv" if filename else "")
                     + "\r\n\r\n").encode() + data + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        return self.request("POST", path, body=body, raw=True,
                            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def post(self, path, form=None, csrf=True, **kw):
        form = dict(form or {})
        if csrf and self.csrf and "csrf" not in form:
            form["csrf"] = self.csrf
        return self.request("POST", path, form, **kw)


# ---- TAP: every check counted; an exception in one part is one failure ------------------
class tap:
    n = 0
    failed = 0


def ok(cond, name, detail=""):
    tap.n += 1
    if cond:
        print(f"ok {tap.n} - {name}", flush=True)
    else:
        tap.failed += 1
        print(f"not ok {tap.n} - {name}", flush=True)
        for line in str(detail).splitlines()[:15]:
            print(f"#   {line}")
    return cond


class section:
    """One part of a suite: an exception inside it (an unexpected page, a helper's
    assert) is counted as one failure and the next part still runs."""
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and not issubclass(kind, (KeyboardInterrupt, SystemExit)):
            import traceback
            ok(False, f"{self.name}: the checks stopped with {kind.__name__}",
               "".join(traceback.format_exception(kind, value, tb))[-1500:])
            return True
        return False


def run_cli(beredt, db, env, *args):
    p = subprocess.run([beredt, "--db", db, *args], env=env, capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def run_sql(db, statement):
    """Change the database behind the server's back (to age sessions, to tamper)."""
    if db.startswith("sqlite:"):
        p = subprocess.run(["sqlite3", db[7:], statement], capture_output=True, text=True)
    else:
        p = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", db, "-c", statement],
                           capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return p.stdout


def enroll_at(base, token, password):
    """Enrol through the pages; returns (client logged in, totp key, recovery codes, step)."""
    c = Client(base)
    page = c.get("/enroll?token=" + token)
    key = re.search(r'id="totp-key">([A-Z2-7]+)<', page.text).group(1)
    t = now()
    r = c.post("/enroll", {"token": token, "password": password, "password2": password,
                           "code": totp(key, t)}, csrf=False)
    codes = re.findall(r"<li>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</li>", r.text)
    return c, key, codes, int(t // 30)


def invite_and_enroll(beredt, db, env, base, email, role, kommune, password):
    """Invite a user through the CLI and enrol them through the pages: a dict with the
    logged-in client, the TOTP key, the recovery codes and the step of the code used."""
    rc, out = run_cli(beredt, db, env, "--kommune", kommune, "user", "add", "--email", email, "--role", role,
                      "--base-url", base)
    tok = re.search(r"token=([A-Za-z0-9_-]+)", out)
    assert rc == 0 and tok, out
    c, key, codes, step = enroll_at(base, tok.group(1), password)
    return {"client": c, "key": key, "codes": codes, "step": step}


def login_at(base, email, code, password, source=None):
    c = Client(base, source)
    r1 = c.post("/login", {"email": email, "password": password}, csrf=False)
    pending = c.cookie
    c.get("/login/kode")
    r2 = c.post("/login/kode", {"code": code})
    return c, r1, r2, pending


def pinned_env():
    """One clock for the server and every CLI run of a test (a link stamped by one is
    checked by the other): 2026-11-28 10:00 UTC at the start, running on from there."""
    os.environ["BEREDT_NOW"] = "2026-11-28T10:00:00Z@%d" % int(time.time())
    os.environ.pop("BEREDT_TODAY", None)
    return dict(os.environ, BEREDT_USER="test", BEREDT_LANG="")


def serve(beredt, db, env, threads=4):
    """`beredt serve` on a free loopback port, the checks off: (process, base URL, port).
    Exits the test with a bail-out when it does not start."""
    p = subprocess.Popen([beredt, "--db", db, "serve", "--listen", "127.0.0.1:0", "--threads", str(threads),
                          "--check-interval", "0"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    m = re.search(r"(http://127\.0\.0\.1:(\d+))", p.stdout.readline())
    if not m:
        print("Bail out! the server did not start")
        raise SystemExit(1)
    return p, m.group(1), int(m.group(2))


def stop(p):
    p.terminate()
    try:
        p.wait(timeout=10)
    except subprocess.TimeoutExpired:
        p.kill()


def get_raw(port, path, headers):
    """A GET whose body is kept as bytes (a download), with its response."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    c.request("GET", path, headers=headers)
    r = c.getresponse()
    body = r.read()
    c.close()
    return r, body
