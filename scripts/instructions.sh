#!/usr/bin/env bash
# Instructions executed by an ingest, per stage (README, "Performance").
#
#   scripts/instructions.sh [BIN] [N] [WORKDIR]
#
# BIN defaults to target/release/cadregraph (built if missing), N to 200
# generated articles (`gen_corpus --n 1000 --seed 1`, the first N), WORKDIR to
# /tmp/cadregraph-instructions. Runs `BIN ingest --threads 1` of those articles
# into a new database under valgrind's callgrind and prints the instructions
# of the whole run and of each stage (inclusive). Unlike wall or CPU time on a
# shared machine, the counts repeat from run to run (to a few thousand of a
# billion), so a change's effect on the work done shows even when it is a few
# per cent. They are not
# times: cache misses, which dominate the writer on a large database, do not
# show. Needs valgrind (callgrind_annotate comes with it).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$ROOT/target/release/cadregraph}
N=${2:-200}
WORK=${3:-/tmp/cadregraph-instructions}
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed" >&2; exit 2; }
cd "$ROOT"
if [ ! -x "$BIN" ]; then
    cargo build --release --quiet --bin cadregraph
fi
cargo build --release --quiet --example gen_corpus
mkdir -p "$WORK"
if [ ! -f "$WORK/corpus/.done" ]; then
    rm -rf "$WORK/corpus"
    target/release/examples/gen_corpus --n 1000 --out "$WORK/corpus" --seed 1 >/dev/null 2>&1
    touch "$WORK/corpus/.done"
fi
rm -rf "$WORK/sample" "$WORK"/db* "$WORK/callgrind.out"
mkdir -p "$WORK/sample"
find "$WORK/corpus/txt" -name '*.txt' | sort >"$WORK/files"
head -n "$N" "$WORK/files" | xargs cp -t "$WORK/sample"
valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" \
    "$BIN" --db "$WORK/db" -q ingest "$WORK/sample" --threads 1 >/dev/null 2>"$WORK/valgrind.log"
# (Run away from the sources: in the repository, callgrind_annotate finds
# them by relative path and splits a function's inclusive count between the
# relative and the absolute file name, so a stage showed only part of itself.)
(cd "$WORK" && callgrind_annotate --inclusive=yes callgrind.out) | python3 -c '
import re, sys
stages = ["PROGRAM TOTALS", "cadregraph::pipeline::process", "cadregraph::text::prepare",
          "cadregraph::extract::extract", "cadregraph::resolve::resolve",
          "cadregraph::store::Store::save_prepared"]
found = {}
for line in sys.stdin:
    m = re.match(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$", line)
    if not m:
        continue
    count, rest = int(m.group(1).replace(",", "")), m.group(2)
    for s in stages:
        # The object-level entry ("... [binary]") of a function, not its inlined copies.
        if s not in found and (s == "PROGRAM TOTALS" and s in rest or rest.endswith("]") and ":" + s + " [" in rest):
            found[s] = count
n = int(sys.argv[1])
for s in stages:
    if s in found:
        print(f"{s:42} {found[s]:>15,} instructions  {found[s] / n:>12,.0f} an article")
' "$N"
