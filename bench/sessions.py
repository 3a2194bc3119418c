#!/usr/bin/env python3
"""Enrol N users of one municipality through the running server's pages and print, per
line, the session cookie and its CSRF token, for the load benchmark.
usage: sessions.py BEREDT DB_URL KOMMUNENR BASE_URL N"""
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "http"))
from beredt_http import Client, totp  # noqa: E402

beredt, db, kommune, base, n = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
pw = "benchmark passord som er langt nok"
for i in range(n):
    out = subprocess.run([beredt, "--db", db, "--kommune", kommune, "user", "add", "--email", f"b{i}@bench.no",
                          "--role", "redaktor", "--base-url", base], capture_output=True, text=True).stdout
    token = re.search(r"token=([A-Za-z0-9_-]+)", out).group(1)
    c = Client(base)
    key = re.search(r'id="totp-key">([A-Z2-7]+)<', c.get("/enroll?token=" + token).text).group(1)
    c.post("/enroll", {"token": token, "password": pw, "password2": pw, "code": totp(key, time.time())}, csrf=False)
    c.get("/vurdering/1a")
    assert c.csrf, "not logged in"
    print(c.cookie, c.csrf)
