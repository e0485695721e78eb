-- wrk reports throughput and the 95th percentile of latency on one line, for run.sh to tabulate.
done = function(summary, latency, requests)
   local seconds = summary.duration / 1000000
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
      + summary.errors.status
   io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors=%d\n",
      summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, errors))
end
