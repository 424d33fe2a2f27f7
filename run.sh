#!/usr/bin/env bash
# Builds cadregraph, ingests the seed articles into cadregraph.db, and writes the
# diagrams README.md shows to exports/: the whole graph (seeds.dot), Trần Quốc Tỏ's
# neighbourhood two hops deep (tran-quoc-to.dot) and the trace of Nghị quyết số
# 12-NQ/TW (trace-nq-12.dot), plus an SVG of each when Graphviz is installed.
# tests/it/exports.rs regenerates the DOT files the same way and fails when the
# committed ones are out of date.
# Usage: ./run.sh [DB]   (default cadregraph.db)
set -euo pipefail
cd "$(dirname "$0")"

db="${1:-cadregraph.db}"
# Start from a fresh database: an unchanged article is not extracted again, so
# a database built by an older extractor would keep its old facts.
rm -f "$db" "$db-wal" "$db-shm"
cargo build
mkdir -p exports
bin=./target/debug/cadregraph
status=0
"$bin" --db "$db" ingest seeds --dot exports/seeds.dot || status=$?
"$bin" --db "$db" export --format dot --focus "Trần Quốc Tỏ" --depth 2 -o exports/tran-quoc-to.dot
"$bin" --db "$db" trace "Nghị quyết số 12-NQ/TW" --dot -o exports/trace-nq-12.dot
if command -v dot >/dev/null 2>&1; then
    for name in seeds tran-quoc-to trace-nq-12; do
        dot -Tsvg "exports/$name.dot" -o "exports/$name.svg"
    done
    echo "wrote exports/{seeds,tran-quoc-to,trace-nq-12}.{dot,svg}"
else
    echo "wrote exports/{seeds,tran-quoc-to,trace-nq-12}.dot (install Graphviz for the SVGs: apt-get install graphviz)"
fi
exit "$status"
