# Sourced by the load benchmarks: a MariaDB database of their own and the built EAR on WildFly against it.
#   start_server ENV...   (after setting database, user, password, data_dir, base and PORT_OFFSET)
# starts WildFly with the given extra environment, waits until it answers, and on exit stops it and drops the
# database.

sql() { mariadb --protocol=tcp -h 127.0.0.1 -u root "$@"; }

start_server() {
    wildfly=$(ls -d ear/target/server/wildfly-* 2>/dev/null | head -1)
    [ -n "$wildfly" ] && [ -f ear/target/cofile.ear ] || { echo "Build first: ./mvnw -DskipTests install" >&2; exit 1; }
    sql -e "DROP DATABASE IF EXISTS ${database}; CREATE DATABASE ${database} CHARACTER SET utf8mb4;
            CREATE OR REPLACE USER '${user}'@'127.0.0.1' IDENTIFIED BY '${password}';
            GRANT ALL PRIVILEGES ON ${database}.* TO '${user}'@'127.0.0.1'"
    cp ear/target/cofile.ear "${wildfly}/standalone/deployments/cofile.ear"
    env DB_DRIVER=mysql DB_URL="jdbc:mysql://127.0.0.1:3306/${database}" DB_USER="${user}" DB_PASSWORD="${password}" \
        COFILE_DEMO_DATA=true LAUNCH_JBOSS_IN_BACKGROUND=1 "$@" \
        "${wildfly}/bin/standalone.sh" -c standalone-cofile.xml -Djboss.server.data.dir="${data_dir}/data" \
            -Djboss.server.log.dir="${data_dir}/log" -Djboss.socket.binding.port-offset="${PORT_OFFSET}" \
            >"${data_dir}/server.out" 2>&1 &
    server=$!
    trap stop_server EXIT
    for _ in $(seq 1 180); do
        curl -fs "${base%/}/api/health" >/dev/null 2>&1 && return 0
        sleep 1
    done
    echo "WildFly did not come up; see ${data_dir}/server.out" >&2
    exit 1
}

stop_server() {
    kill "${server}" 2>/dev/null || true
    wait "${server}" 2>/dev/null || true
    rm -f "${wildfly}/standalone/deployments/cofile.ear"*
    sql -e "DROP DATABASE IF EXISTS ${database}" || true
}
