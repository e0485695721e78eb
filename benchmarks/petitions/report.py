"""The petitions' load benchmark in a table: the simulation's own figures (JSON) beside the latencies of Gatling's
report (its statistics table: total, KO, requests/s, p50, p95, p99 per request name).

    python3 report.py petition-load.json gatling-report/index.html FIRST SIGNERS
"""
import json
import re
import sys

results = json.load(open(sys.argv[1]))
html = open(sys.argv[2]).read()
first, signers = int(sys.argv[3]), int(sys.argv[4])

rows = {}
for match in re.finditer(r'<tr id="(req_[^"]+)" data-parent="ROOT">(.*?)</tr>', html, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', match.group(2)).group(1)
    cols = {int(c): v for c, v in re.findall(r'col-(\d+)">([^<]*)<', match.group(2))}
    rows[name] = cols

print("| request | count | failed | p50 ms | p95 ms | p99 ms |")
print("| --- | --- | --- | --- | --- | --- |")
for name, cols in rows.items():
    print(f"| {name} | {cols[2]} | {cols[4]} | {cols[8]} | {cols[10]} | {cols[11]} |")

plain = results["plainInsertsPerSecond"]
rate = results["signaturesPerSecond"]
print()
print(f"- signers: {results['signers']}, {results['concurrency']} at a time; confirmed (distinct): "
      f"{results['confirmedDistinct']}; in the database: {results['confirmedInDatabase']}; counter rows: "
      f"{results['counterRowsSum']}; public count: {results['publicCount']} -> counts agree: {results['countsAgree']}")
print(f"- signed and confirmed in {results['signingSeconds']} s: {rate:.1f} signatures/s; plain JDBC inserts "
      f"({results['plainInsertConnections']} connections): {plain:.1f} rows/s; ratio {rate / plain:.3f} "
      f"(target at least 0.5)")


def p95(prefix, count):
    label = f"{prefix} at {count:,}"
    return float(rows[label][10]) if label in rows else None


small, large = p95("public page", first), p95("public page", signers)
if small and large:
    print(f"- public page p95: {small:.0f} ms at {first:,}, {large:.0f} ms at {signers:,}: ratio {large / small:.2f} "
          f"(target at most 1.5)")
small, large = p95("public count", first), p95("public count", signers)
if small and large:
    print(f"- public count (API) p95: {small:.0f} ms at {first:,}, {large:.0f} ms at {signers:,}: ratio "
          f"{large / small:.2f}")
