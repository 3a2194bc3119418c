#!/usr/bin/env python3
"""Enrol the cooperation's administrator for bench/coop.sh through the running server's pages,
give the account a role in every member, and print two session cookies: one working in the
cooperation, one switched into the first member.
usage: coop_session.py BEREDT DB_URL COOP_ID BASE_URL MEMBER..."""
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "http"))
from beredt_http import Client, login_at, totp  # noqa: E402

beredt, db, coop, base, members = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
pw = "benchmark passord som er langt nok"
email = "it-leder@bench.no"


def cli(*args):
    return subprocess.run([beredt, "--db", db, *args], capture_output=True, text=True).stdout


token = re.search(r"token=([A-Za-z0-9_-]+)", cli("--kommune", coop, "user", "add", "--email", email, "--role", "admin",
                                                 "--base-url", base)).group(1)
for k in members:
    cli("--kommune", k, "user", "grant", "--email", email, "--role", "admin")
c = Client(base)
key = re.search(r'id="totp-key">([A-Z2-7]+)<', c.get("/enroll?token=" + token).text).group(1)
c.post("/enroll", {"token": token, "password": pw, "password2": pw, "code": totp(key, time.time())}, csrf=False)
c.get("/samarbeid")
print(c.cookie)
time.sleep(31)                      # a second login needs the next code
d, _, _, _ = login_at(base, email, totp(key, time.time()), pw)
d.get("/oversikt")
d.post("/bytt", {"kommune": members[0]})
assert "Oversikt" in d.get("/oversikt").text
print(d.cookie)
