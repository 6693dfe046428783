-- wrk script: one page (OVERSTAP_PATH) with the session cookie (OVERSTAP_COOKIE); prints p50/p95/p99.
local cookie = os.getenv("OVERSTAP_COOKIE")
local path = os.getenv("OVERSTAP_PATH")
request = function()
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
