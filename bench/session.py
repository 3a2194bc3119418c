#!/usr/bin/env python3
"""Enrol a user through the running server's pages and print the session cookie value,
for the benchmark. usage: session.py BASE_URL ENROLMENT_TOKEN"""
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "http"))
from beredt_http import Client, totp  # noqa: E402

base, token = sys.argv[1], sys.argv[2]
c = Client(base)
page = c.get("/enroll?token=" + token)
key = re.search(r'id="totp-key">([A-Z2-7]+)<', page.text).group(1)
pw = "benchmark passord som er langt nok"
c.post("/enroll", {"token": token, "password": pw, "password2": pw, "code": totp(key, time.time())}, csrf=False)
assert c.get("/oversikt").status == 200, "not logged in"
print(c.cookie)
