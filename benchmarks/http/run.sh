#!/usr/bin/env bash
# The resolutions list under load, in one command: 10,000 resolutions of 20 versions each on MariaDB (standing in for
# MySQL), then wrk against the login page, the portal's resolutions list and the API's list, in the same run.
#
#   benchmarks/http/run.sh            (after ./mvnw -DskipTests install; MariaDB at 127.0.0.1:3306, root, no password)
#
# RESOLUTIONS, VERSIONS, DURATION (seconds per target), CONNECTIONS and THREADS change the defaults.
set -euo pipefail
cd "$(dirname "$0")/../.."

RESOLUTIONS=${RESOLUTIONS:-10000}
VERSIONS=${VERSIONS:-20}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-4}
THREADS=${THREADS:-2}
PORT_OFFSET=${PORT_OFFSET:-300}
port=$((8080 + PORT_OFFSET))
base="http://127.0.0.1:${port}"
database="cofile_bench"
user="cofile_bench"
password="cofile-bench"
data_dir=$(mktemp -d /tmp/cofile-bench.XXXXXX)

log() { printf '\n==> %s\n' "$*" >&2; }
# shellcheck source=../server.sh
. benchmarks/server.sh

command -v wrk >/dev/null || { log "Installing wrk from Debian"; apt-get install -y -qq wrk >/dev/null; }
log "Starting WildFly on ${base} with the demo data"
start_server

log "Generating ${RESOLUTIONS} resolutions of ${VERSIONS} versions"
start=$(date +%s)
sql "${database}" -e "SET @resolutions = ${RESOLUTIONS}; SET @versions = ${VERSIONS}; SOURCE benchmarks/http/generate.sql;"
log "Generated in $(( $(date +%s) - start )) s"

log "Signing in to the portal as filer@sisters.test"
jar="${data_dir}/cookies"
page=$(curl -fs -c "${jar}" -b "${jar}" "${base}/login.xhtml")
state=$(printf '%s' "${page}" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -fs -o /dev/null -c "${jar}" -b "${jar}" --data-urlencode "login=login" \
    --data-urlencode "login:email=filer@sisters.test" --data-urlencode "login:password=cofile-demo-2026" \
    --data-urlencode "login:signIn=" --data-urlencode "jakarta.faces.ViewState=${state}" "${base}/login.xhtml"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "${jar}" | tail -1)
# Read whole, then searched: grep -q would stop reading early, and curl's broken pipe fail the pipeline.
list_page=$(curl -fs -b "JSESSIONID=${session}" "${base}/resolutions/list.xhtml")
grep -q "Bench resolution" <<<"${list_page}" || { echo "The signed-in list shows no benchmark resolution" >&2; exit 1; }
list_api=$(curl -fs -H "Authorization: Bearer cof_benchmark-token" "${base}/api/resolutions?size=20")
grep -q "Bench resolution" <<<"${list_api}" || { echo "The API list shows no benchmark resolution" >&2; exit 1; }
some_id=$(grep -o '"id":[0-9]*' <<<"${list_api}" | head -1 | cut -d: -f2)

measure() {
    local name=$1 url=$2
    shift 2
    wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${DURATION}s" -s benchmarks/http/report.lua "$@" "${url}" \
        | grep '^RESULT' | sed "s/^RESULT/${name}/"
}

log "wrk: ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION} s per target"
{
    measure "login page         " "${base}/login.xhtml"
    measure "list page (portal) " "${base}/resolutions/list.xhtml" -H "Cookie: JSESSIONID=${session}"
    measure "list API           " "${base}/api/resolutions?size=20" -H "Authorization: Bearer cof_benchmark-token"
    measure "resolution API     " "${base}/api/resolutions/${some_id}" -H "Authorization: Bearer cof_benchmark-token"
    measure "resolution page    " "${base}/resolutions/view.xhtml?id=${some_id}" -H "Cookie: JSESSIONID=${session}"
} | tee "${data_dir}/results.txt"
echo "Results: ${data_dir}/results.txt ($(nproc) cores; ${RESOLUTIONS} resolutions x ${VERSIONS} versions)"
