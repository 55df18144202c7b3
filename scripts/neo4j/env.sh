# Source this after start.sh: points the builder at the local instance.
export NEO4J_URI="bolt://127.0.0.1:${NEO4J_BOLT_PORT:-7687}"
export NEO4J_USER="neo4j"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-kg-local-password}"
