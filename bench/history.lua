-- wrk script for bench/history.sh: each request takes the next of the enrolled sessions
-- (BENCH_SESSIONS, "cookie csrf" per line); BENCH_WRITES percent of them save an answer
-- (a new version of it, through the measure page's form), the rest read the dashboard.
-- Every request comes through a "proxy" (X-Forwarded-For, one address per session), as
-- behind the recommended nginx.
local sessions, threads = {}, {}
local measures = { "1a", "1b", "2a", "2b", "2c", "3a", "3b", "3c", "3d", "4a", "4b", "4c", "4d", "5a", "5b" }
local statuses = { "ja", "delvis", "nei", "ukjent" }
n, writes, answered, other = 0, 0, 0, 0   -- globals: done() reads them per thread
local share = tonumber(os.getenv("BENCH_WRITES") or "20")
local origin = os.getenv("BENCH_ORIGIN")

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_SESSIONS")) do
    local cookie, csrf = line:match("^(%S+) (%S+)$")
    table.insert(sessions, { cookie = "beredt=" .. cookie, csrf = csrf, addr = "10.9." .. math.floor(#sessions / 250) .. "." .. (#sessions % 250 + 1) })
  end
  math.randomseed(id * 7919)
  n = id
end

function request()
  n = n + 1
  local s = sessions[n % #sessions + 1]
  if math.random(100) <= share then
    writes = writes + 1
    local body = "csrf=" .. s.csrf .. "&op=save&status=" .. statuses[math.random(#statuses)] ..
      "&owner=Eier+" .. (n % 17) .. "&evidence=Versjon+" .. n .. "&plan=&due="
    return wrk.format("POST", "/vurdering/" .. measures[math.random(#measures)],
      { Cookie = s.cookie, ["Content-Type"] = "application/x-www-form-urlencoded", Origin = origin,
        ["X-Forwarded-For"] = s.addr }, body)
  end
  return wrk.format("GET", "/oversikt", { Cookie = s.cookie, ["X-Forwarded-For"] = s.addr })
end

function response(status, headers, body)
  if status == 303 then
    answered = answered + 1
  elseif status ~= 200 then
    other = other + 1
  end
end

function done(summary, latency, requests)
  local a, o, w = 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("answered")
    o = o + t:get("other")
    w = w + t:get("writes")
  end
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT %.1f %.1f %.2f %.2f %d %d\n", summary.requests / secs, a / secs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, o + summary.errors.status, w))
end
