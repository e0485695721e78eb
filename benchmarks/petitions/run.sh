#!/usr/bin/env bash
# The petitions' load benchmark in one command: the built EAR on MariaDB (standing in for MySQL), then Gatling signing
# and confirming SIGNERS signatures (default 150,000) through it, the public page measured at 1,000 and at the end,
# the counts checked against the database, and plain JDBC inserts at the same concurrency for comparison.
#
#   ./mvnw -DskipTests install && benchmarks/petitions/run.sh     (MariaDB at 127.0.0.1:3306, root, no password)
#
# SIGNERS, FIRST (the early probe's count, 1000), CONCURRENCY (48) and RECOUNT_SECONDS (the server's full recount,
# every 600 s; a few seconds puts it under load many times) change the defaults. Exits non-zero when the counts
# disagree.
set -euo pipefail
cd "$(dirname "$0")/../.."

SIGNERS=${SIGNERS:-150000}
FIRST=${FIRST:-1000}
CONCURRENCY=${CONCURRENCY:-48}
PORT_OFFSET=${PORT_OFFSET:-300}
SMTP_PORT=${SMTP_PORT:-3926}
port=$((8080 + PORT_OFFSET))
base="http://127.0.0.1:${port}/"
database="cofile_bench"
user="cofile_bench"
password="cofile-bench"
data_dir=$(mktemp -d /tmp/cofile-petitions.XXXXXX)

log() { printf '\n==> %s\n' "$*" >&2; }
# shellcheck source=../server.sh
. benchmarks/server.sh

# Every signer comes through 127.0.0.1 as the trusted proxy, with an address of its own in X-Forwarded-For, so the
# per-address limits apply as in the field. The per-petition limit is lifted: the benchmark measures what the server
# takes, which is what that limit should then be set below. The heap is larger than WildFly's default 512 MB.
log "Starting WildFly on ${base}, mailing to 127.0.0.1:${SMTP_PORT}"
start_server COFILE_SMTP_HOST=127.0.0.1 COFILE_SMTP_PORT="${SMTP_PORT}" COFILE_BASE_URL="${base}" \
    COFILE_TRUSTED_PROXIES=127.0.0.1 COFILE_PETITION_SIGNATURES_PER_SECOND=0 \
    COFILE_RECOUNT_INTERVAL_SECONDS="${RECOUNT_SECONDS:-600}" \
    JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms1g -Xmx2g}"

log "Gatling: ${SIGNERS} signers, ${CONCURRENCY} at a time"
results="${data_dir}/petition-load.json"
./mvnw -B -q -Ppetitions -pl benchmarks gatling:test -Dbench.base="${base}" \
    -Dbench.db.url="jdbc:mysql://127.0.0.1:3306/${database}" -Dbench.db.user="${user}" \
    -Dbench.db.password="${password}" -Dbench.smtp.port="${SMTP_PORT}" -Dbench.signers="${SIGNERS}" \
    -Dbench.first="${FIRST}" -Dbench.concurrency="${CONCURRENCY}" -Dbench.results="${results}" \
    | grep -E "PETITION LOAD|Reports generated|Please open" || true

report=$(ls -td benchmarks/target/gatling/*/ | head -1)
python3 benchmarks/petitions/report.py "${results}" "${report}index.html" "${FIRST}" "${SIGNERS}" \
    | tee "${data_dir}/results.md"
echo "Gatling's report: ${report}index.html; these figures: ${data_dir}/results.md ($(nproc) cores)"
grep -q '"countsAgree": true' "${results}"
