#!/usr/bin/env bash
# Builds cadregraph, ingests the seed articles into cadregraph.db, and writes the
# whole graph to exports/seeds.dot (and exports/seeds.svg when Graphviz is installed).
# Usage: ./run.sh [DB]   (default cadregraph.db)
set -euo pipefail
cd "$(dirname "$0")"

db="${1:-cadregraph.db}"
cargo build
mkdir -p exports
status=0
./target/debug/cadregraph --db "$db" ingest seeds --dot exports/seeds.dot || status=$?
if command -v dot >/dev/null 2>&1; then
    dot -Tsvg exports/seeds.dot -o exports/seeds.svg
    echo "wrote exports/seeds.dot and exports/seeds.svg"
else
    echo "wrote exports/seeds.dot (install graphviz for exports/seeds.svg)"
fi
exit "$status"
