-- wrk script for bench/coop.sh: GET BENCH_PATH with the session cookie BENCH_COOKIE; prints
-- one line "RESULT requests/s p50_ms p99_ms non-200".
local path, cookie = os.getenv("BENCH_PATH"), "beredt=" .. os.getenv("BENCH_COOKIE")
bad = 0

function request()
  return wrk.format("GET", path, { Cookie = cookie })
end

function response(status)
  if status ~= 200 then bad = bad + 1 end
end

local threads = {}
function setup(t) table.insert(threads, t) end

function done(summary, latency)
  local b = 0
  for _, t in ipairs(threads) do b = b + t:get("bad") end
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, b + summary.errors.status))
end
