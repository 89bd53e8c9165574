-- wrk script for bench/load.py: POST /api/v6/3d/fetch/{id} over a mix of jobs and keys.
--
--   wrk -s bench/fetch_mix.lua http://127.0.0.1:PORT -- TARGETS CONNECTIONS_PER_THREAD
--
-- TARGETS has one "job_id key" pair per line; each request polls the next pair, round-robin.
-- With MESHFORGE_LOAD_THINK_MS set, every connection behaves as one polling client: after
-- each answer it waits that many milliseconds before polling again (its first wait is a
-- random stagger in [0, think) so clients do not poll in lockstep). Without it, wrk sends as
-- fast as the server answers (saturation).
--
-- done() prints one line "LOADJSON {...}" with wrk's counters, latency percentiles (us), the
-- HTTP status codes seen and the job "status" values found in the answers.

local think_ms = tonumber(os.getenv("MESHFORGE_LOAD_THINK_MS") or "")
local threads = {}

-- per-thread state (each wrk thread has its own Lua state); read back in done()
codes = {}
job_states = {}
local requests, position, delays, connections = {}, 1, 0, 0

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

function init(args)
  local headers = { ["Content-Type"] = "application/json" }
  for line in io.lines(args[1]) do
    local id, key = line:match("^(%d+)%s+(%S+)$")
    if id then
      requests[#requests + 1] =
        wrk.format("POST", "/api/v6/3d/fetch/" .. id, headers, '{"key":"' .. key .. '"}')
    end
  end
  assert(#requests > 0, "no targets in " .. tostring(args[1]))
  connections = tonumber(args[2]) or 0
  math.randomseed(os.time() + 7919 * thread_index)
  position = (thread_index * 7919) % #requests + 1
end

function request()
  local r = requests[position]
  position = position % #requests + 1
  return r
end

if think_ms then
  function delay()
    delays = delays + 1
    -- wrk asks once per connection before its first request: stagger those
    if delays <= connections then
      return math.random(0, think_ms)
    end
    return think_ms
  end
end

function response(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
  local state = body:match('"status"%s*:%s*"(%a+)"') or "none"
  job_states[state] = (job_states[state] or 0) + 1
end

local function add_into(total, part)
  for k, v in pairs(part or {}) do
    total[tostring(k)] = (total[tostring(k)] or 0) + v
  end
end

local function encode(map)
  local parts = {}
  for k, v in pairs(map) do
    parts[#parts + 1] = string.format('"%s":%d', k, v)
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

function done(summary, latency, requests)
  local all_codes, all_states = {}, {}
  for _, thread in ipairs(threads) do
    add_into(all_codes, thread:get("codes"))
    add_into(all_states, thread:get("job_states"))
  end
  local e = summary.errors
  io.write(string.format(
    'LOADJSON {"duration_us":%d,"requests":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"p50":%d,"p90":%d,"p99":%d,"p999":%d,"max":%d,"mean":%.1f},' ..
    '"codes":%s,"job_states":%s}\n',
    summary.duration, summary.requests, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max, latency.mean,
    encode(all_codes), encode(all_states)
  ))
end
