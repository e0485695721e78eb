#!/usr/bin/env bash
# The petitions' load benchmark in one command: the built EAR on MariaDB (standing in for MySQL), then Gatling signing
# and confirming SIGNERS signatures (default 150,000) through it, the public page measured at 1,000 and at the end,
# the counts checked against the database, and plain JDBC inserts at the same concurrency for comparison.
#
#   ./mvnw -DskipTests install && benchmarks/petitions/run.sh     (MariaDB at 127.0.0.1:3306, root, no password)
#
# SIGNERS, FIRST (the early probe's count, 1000) and CONCURRENCY (48) change the defaults. Exits non-zero when the
# counts disagree.
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
sql() { mariadb --protocol=tcp -h 127.0.0.1 -u root "$@"; }

wildfly=$(ls -d ear/target/server/wildfly-* 2>/dev/null | head -1)
[ -n "$wildfly" ] && [ -f ear/target/cofile.ear ] || { echo "Build first: ./mvnw -DskipTests install" >&2; exit 1; }

sql -e "DROP DATABASE IF EXISTS ${database}; CREATE DATABASE ${database} CHARACTER SET utf8mb4;
        CREATE OR REPLACE USER '${user}'@'127.0.0.1' IDENTIFIED BY '${password}';
        GRANT ALL PRIVILEGES ON ${database}.* TO '${user}'@'127.0.0.1'"

# Every signer comes through 127.0.0.1 as the trusted proxy, with an address of its own in X-Forwarded-For, so the
# per-address limits apply as in the field. The per-petition limit is lifted: the benchmark measures what the server
# takes, which is what that limit should then be set below.
log "Starting WildFly on ${base}, mailing to 127.0.0.1:${SMTP_PORT}"
cp ear/target/cofile.ear "${wildfly}/standalone/deployments/cofile.ear"
DB_DRIVER=mysql DB_URL="jdbc:mysql://127.0.0.1:3306/${database}" DB_USER="${user}" DB_PASSWORD="${password}" \
COFILE_DEMO_DATA=true COFILE_SMTP_HOST=127.0.0.1 COFILE_SMTP_PORT="${SMTP_PORT}" COFILE_BASE_URL="${base}" \
COFILE_TRUSTED_PROXIES=127.0.0.1 COFILE_PETITION_SIGNATURES_PER_SECOND=0 LAUNCH_JBOSS_IN_BACKGROUND=1 \
    "${wildfly}/bin/standalone.sh" -c standalone-cofile.xml -Djboss.server.data.dir="${data_dir}/data" \
        -Djboss.server.log.dir="${data_dir}/log" -Djboss.socket.binding.port-offset="${PORT_OFFSET}" \
        >"${data_dir}/server.out" 2>&1 &
server=$!
stop() {
    kill "${server}" 2>/dev/null || true
    wait "${server}" 2>/dev/null || true
    rm -f "${wildfly}/standalone/deployments/cofile.ear"*
    sql -e "DROP DATABASE IF EXISTS ${database}" || true
}
trap stop EXIT
for _ in $(seq 1 180); do
    curl -fs "${base}api/health" >/dev/null 2>&1 && break
    sleep 1
done
curl -fs "${base}api/health" >/dev/null || { echo "WildFly did not come up; see ${data_dir}/server.out" >&2; exit 1; }

log "Gatling: ${SIGNERS} signers, ${CONCURRENCY} at a time"
results="${data_dir}/petition-load.json"
./mvnw -B -q -Ppetitions -pl benchmarks gatling:test -Dbench.base="${base}" \
    -Dbench.db.url="jdbc:mysql://127.0.0.1:3306/${database}" -Dbench.db.user="${user}" \
    -Dbench.db.password="${password}" -Dbench.smtp.port="${SMTP_PORT}" -Dbench.signers="${SIGNERS}" \
    -Dbench.first="${FIRST}" -Dbench.concurrency="${CONCURRENCY}" -Dbench.results="${results}" \
    | grep -E "PETITION LOAD|Reports generated|Please open" || true

report=$(ls -td benchmarks/target/gatling/*/ | head -1)
python3 benchmarks/petitions/report.py "${results}" "${report}js/stats.json" "${FIRST}" "${SIGNERS}" \
    | tee "${data_dir}/results.md"
echo "Gatling's report: ${report}index.html; these figures: ${data_dir}/results.md ($(nproc) cores)"
grep -q '"countsAgree": true' "${results}"
