-- wrk script of bench/reliability.py: requests the paths given after `--` in turn, counts the 5xx answers,
-- and prints one line for Python to read:
-- RESULT <requests> <duration µs> <p50 ms> <p95 ms> <non-2xx/3xx> <socket errors> <5xx>
paths = {}
counter = 0
fivexx = 0

init = function(args)
  for _, path in ipairs(args) do table.insert(paths, path) end
end

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

response = function(status, headers, body)
  if status >= 500 then fivexx = fivexx + 1 end
end

threads = {}
setup = function(thread) table.insert(threads, thread) end

done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("fivexx") end
  local errors = summary.errors
  io.write(string.format("RESULT %d %d %.2f %.2f %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout, total))
end
