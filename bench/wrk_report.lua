-- wrk script of bench/reliability.py: requests the paths given after `--` in turn ("{n}" in a path becomes a
-- number never asked before: an address no cache holds), counts the 5xx answers, the 503 among them (the
-- application's, and those Varnish made itself: `Server: Varnish`, no copy and no backend) and the answers
-- Varnish gave from its cache (X-Cache: HIT), and prints lines for Python to read:
-- RESULT <requests> <duration µs> <p50 ms> <p95 ms> <non-2xx/3xx> <socket errors> <5xx> <503> <Varnish 503> <hits>
-- SECOND <unix second> <answers> <hits> <503> <Varnish 503> <other 5xx>      (one line per second of the run)
paths = {}
counter = 0
fivexx = 0
unavailable = 0
varnish_unavailable = 0
hits = 0
-- per second of the run (os.time()): flat tables, which thread:get copies
answers_at, hits_at, unavailable_at, varnish_unavailable_at, other_fivexx_at = {}, {}, {}, {}, {}

init = function(args)
  for _, path in ipairs(args) do table.insert(paths, path) end
end

request = function()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  if path:find("{n}", 1, true) then path = path:gsub("{n}", id .. "x" .. counter) end
  return wrk.format("GET", path)
end

local function add(counts, second)
  counts[second] = (counts[second] or 0) + 1
end

response = function(status, headers, body)
  local second = os.time()
  add(answers_at, second)
  if headers["X-Cache"] == "HIT" then
    hits = hits + 1
    add(hits_at, second)
  end
  if status == 503 and headers["Server"] == "Varnish" then
    varnish_unavailable = varnish_unavailable + 1
    add(varnish_unavailable_at, second)
  elseif status == 503 then
    unavailable = unavailable + 1
    add(unavailable_at, second)
  end
  if status >= 500 then
    fivexx = fivexx + 1
    if status ~= 503 then add(other_fivexx_at, second) end
  end
end

threads = {}
setup = function(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

local function merge(total, counts)
  for second, count in pairs(counts) do total[second] = (total[second] or 0) + count end
end

done = function(summary, latency, requests)
  local totals = {fivexx = 0, unavailable = 0, varnish_unavailable = 0, hits = 0}
  local per_second = {answers_at = {}, hits_at = {}, unavailable_at = {}, varnish_unavailable_at = {},
    other_fivexx_at = {}}
  for _, thread in ipairs(threads) do
    for name, total in pairs(totals) do totals[name] = total + thread:get(name) end
    for name, merged in pairs(per_second) do merge(merged, thread:get(name)) end
  end
  local errors = summary.errors
  io.write(string.format("RESULT %d %d %.2f %.2f %d %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout, totals.fivexx, totals.unavailable,
    totals.varnish_unavailable, totals.hits))
  local seconds = {}
  for second in pairs(per_second.answers_at) do table.insert(seconds, second) end
  table.sort(seconds)
  for _, second in ipairs(seconds) do
    io.write(string.format("SECOND %d %d %d %d %d %d\n", second, per_second.answers_at[second],
      per_second.hits_at[second] or 0, per_second.unavailable_at[second] or 0,
      per_second.varnish_unavailable_at[second] or 0, per_second.other_fivexx_at[second] or 0))
  end
end
