# Shared by the Neo4j scripts: where things live and which ports an instance uses.
# NEO4J_INSTANCE keeps instances apart (the tests use their own, so they may wipe it).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NEO4J_VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$root/scripts/neo4j/pom.xml")"
neo4j_lib="$root/.neo4j/lib"
neo4j_instance="${NEO4J_INSTANCE:-default}"
neo4j_home="$root/.neo4j/instances/$neo4j_instance"
neo4j_bolt_port="${NEO4J_BOLT_PORT:-7687}"
neo4j_http_port="${NEO4J_HTTP_PORT:-7474}"
neo4j_password="${NEO4J_PASSWORD:-kg-local-password}"
neo4j_pid_file="$neo4j_home/run/neo4j.pid"

neo4j_running() {
  [ -f "$neo4j_pid_file" ] && kill -0 "$(cat "$neo4j_pid_file")" 2>/dev/null
}

neo4j_java_ok() {
  if ! command -v java >/dev/null 2>&1; then
    echo "neo4j: Java is not installed; Neo4j 5.26 needs Java 17 or 21 (Debian: apt-get install -y openjdk-17-jre-headless)." >&2
    return 1
  fi
  local major
  major="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
  if [ -z "$major" ] || [ "$major" -lt 17 ]; then
    echo "neo4j: found Java ${major:-of unknown version}; Neo4j 5.26 needs Java 17 or 21." >&2
    return 1
  fi
}
