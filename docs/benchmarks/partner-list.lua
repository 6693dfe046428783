-- wrk script: the partner's list of youths, pages 0-9, with the session cookie from the environment.
-- Prints p50/p95/p99 at the end.
local cookie = os.getenv("OVERSTAP_COOKIE")
local page = 0
request = function()
  page = (page + 1) % 10
  return wrk.format("GET", "/partner?page=" .. page, { ["Cookie"] = cookie })
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
