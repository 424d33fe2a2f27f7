#!/usr/bin/env bash
# End-to-end benchmark of cadregraph (README, "Performance").
#
#   scripts/bench.sh [N] [WORKDIR]     N articles (default 10000), WORKDIR default /tmp/cadregraph-bench
#
# Environment: RUNS (query repetitions, default 30), SKIP_ONE_THREAD=1 (no
# 1-thread ingest), SKIP_INGEST=1 (measure the databases of an earlier run),
# SCORE (path of score.py).
#
# Builds release, generates a corpus of N synthetic articles with gold
# (examples/gen_corpus.rs), and measures: ingest MB/s and articles/s with 1
# and 2 threads, peak RSS, database bytes per article beyond the stored text,
# re-ingest of the unchanged corpus, query latency p50/p99 (process start
# included) for who-chaired/show/trace/search, `export --focus X --depth 2
# --format dot` time, and recall on a 300-article generated sample against
# recall on the seeds (shared/eval/score.py). Prints one line per figure.
set -euo pipefail

N=${1:-10000}
WORK=${2:-/tmp/cadregraph-bench}
RUNS=${RUNS:-30}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=$ROOT/target/release/cadregraph
SCORE=${SCORE:-$ROOT/../shared/eval/score.py}
mkdir -p "$WORK"

cd "$ROOT"
cargo build --release --quiet --bin cadregraph --example gen_corpus
GEN=$ROOT/target/release/examples/gen_corpus

corpus() { # corpus N SEED -> dir
    local dir=$WORK/corpus-$1-$2
    if [ ! -f "$dir/.done" ]; then
        rm -rf "$dir"
        "$GEN" --n "$1" --out "$dir" --seed "$2" >/dev/null 2>&1
        touch "$dir/.done"
    fi
    echo "$dir"
}

# ingest DB DIR THREADS LABEL: one timed run; prints wall, MB/s, articles/s, RSS.
ingest() {
    local db=$1 dir=$2 threads=$3 label=$4
    local log=$WORK/$label.time
    /usr/bin/time -v "$BIN" --db "$db" ingest "$dir/txt" --threads "$threads" \
        >"$WORK/$label.out" 2>"$log"
    # The next timed run does not pay for writing back this one's database
    # (800 MB at 100,000 articles).
    sync
    local wall rss bytes n
    wall=$(python3 -c "
import re,sys
t=re.search(r'Elapsed \(wall clock\) time.*: (.*)', open('$log').read()).group(1).split(':')
print(sum(float(x)*60**i for i,x in enumerate(reversed(t))))")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    bytes=$(du -sb --apparent-size "$dir/txt" | cut -f1)
    n=$(find "$dir/txt" -name '*.txt' | wc -l)
    python3 -c "print(f'$label: {$n} articles, {$bytes/1e6:.1f} MB in {$wall:.2f} s = {$bytes/1e6/$wall:.1f} MB/s, {$n/$wall:.0f} articles/s, peak RSS {$rss/1024:.0f} MB')"
}

BIG=$(corpus "$N" 1)
echo "corpus: $BIG ($(du -sh --apparent-size "$BIG/txt" | cut -f1) of text)"

if [ -z "${SKIP_INGEST:-}" ]; then
    rm -f "$WORK"/t1.db* "$WORK"/t2.db*
    [ -n "${SKIP_ONE_THREAD:-}" ] || ingest "$WORK/t1.db" "$BIG" 1 ingest-1-thread
    ingest "$WORK/t2.db" "$BIG" 2 ingest-2-threads
    ingest "$WORK/t2.db" "$BIG" 2 reingest-unchanged
fi

DB=$WORK/t2.db
python3 - "$DB" <<'EOF'
import os, sqlite3, sys
db = sys.argv[1]
con = sqlite3.connect(db)
con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
n, text = con.execute("SELECT count(*), sum(length(CAST(text AS BLOB))) FROM articles").fetchone()
size = os.path.getsize(db)
nodes = con.execute("SELECT count(*) FROM nodes").fetchone()[0]
edges = con.execute("SELECT count(*) FROM edges").fetchone()[0]
# The pages of every table and index but the articles' own (text and file
# metadata): the facts.
facts = con.execute("""SELECT sum(pgsize) FROM dbstat
                       WHERE name NOT IN ('articles', 'sqlite_autoindex_articles_1')""").fetchone()[0]
print(f"database: {size/1e6:.1f} MB for {n} articles ({nodes} nodes, {edges} edges); "
      f"text {text/1e6:.1f} MB; beyond text {(size-text)/n:.0f} bytes/article; "
      f"fact tables and indexes {facts/n:.0f} bytes/article")
EOF

# Query arguments taken from the database itself.
read -r PERSON MEETING DOC <<<"$(python3 - "$DB" <<'EOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
def one(sql):
    return con.execute(sql).fetchone()[0].replace(" ", "\u00a0")
# The most connected person, a meeting and an implemented document.
person = one("""SELECT n.name FROM nodes n JOIN edges e ON e.source = n.id
                WHERE n.kind = 'person' GROUP BY n.id ORDER BY count(*) DESC LIMIT 1""")
meeting = one("""SELECT n.name FROM nodes n JOIN edges e ON e.target = n.id AND e.kind = 0 -- chaired
                 WHERE n.kind = 'meeting' ORDER BY n.id LIMIT 1 OFFSET 100""")
doc = one("""SELECT n.name FROM nodes n JOIN edges e ON e.target = n.id AND e.kind = 5 -- implements
             GROUP BY n.id ORDER BY count(*) DESC LIMIT 1""")
print(person, meeting, doc)
EOF
)"
PERSON=${PERSON//$'\u00a0'/ }
MEETING=${MEETING//$'\u00a0'/ }
DOC=${DOC//$'\u00a0'/ }

# latency LABEL CMD...: RUNS runs, wall time per run including process start.
latency() {
    local label=$1
    shift
    local times=()
    for _ in $(seq "$RUNS"); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000)))
    done
    python3 -c "
import sys
label=sys.argv[1]
t=sorted(int(x)/1000 for x in sys.argv[2:])
p=lambda q: t[min(len(t)-1, int(round(q*(len(t)-1))))]
print(f'{label}: p50 {p(.5):.1f} ms, p99 {p(.99):.1f} ms, max {t[-1]:.1f} ms ({len(t)} runs)')" "$label" "${times[@]}"
}

latency "who-chaired '$MEETING'" "$BIN" --db "$DB" who-chaired "$MEETING"
latency "show '$PERSON'" "$BIN" --db "$DB" show "$PERSON"
latency "trace '$DOC'" "$BIN" --db "$DB" trace "$DOC"
latency "search '${PERSON##* }'" "$BIN" --db "$DB" search "${PERSON##* }"
latency "export --focus '$DOC' --depth 2 --format dot" \
    "$BIN" --db "$DB" export --focus "$DOC" --depth 2 --format dot -o "$WORK/focus.dot"

# Recall: a generated sample against the seeds, both scored by score.py.
if [ -f "$SCORE" ]; then
    SAMPLE=$(corpus 300 7)
    rm -f "$WORK"/sample.db* "$WORK"/seeds.db*
    "$BIN" --db "$WORK/sample.db" -q ingest "$SAMPLE/txt"
    "$BIN" --db "$WORK/sample.db" export --format json -o "$WORK/sample.json"
    "$BIN" --db "$WORK/seeds.db" -q ingest "$ROOT/seeds"
    "$BIN" --db "$WORK/seeds.db" export --format json -o "$WORK/seeds.json"
    for set in seeds sample; do
        gold=$ROOT/tests/gold
        [ "$set" = sample ] && gold=$SAMPLE/gold
        python3 "$SCORE" "$WORK/$set.json" "$gold" --json >"$WORK/$set.score.json"
        python3 - "$WORK/$set.score.json" "$set" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
e, rel = r["entities_micro"], r["relations_micro"]
both = (e["tp"] + rel["tp"]) / max(1, e["tp"] + e["fn"] + rel["tp"] + rel["fn"])
print(f"recall {sys.argv[2]}: entities {e['recall']:.3f}, relations {rel['recall']:.3f}, "
      f"all facts {both:.3f}; precision entities {e['precision']:.3f}, relations {rel['precision']:.3f}")
EOF
    done
fi
