#!/usr/bin/env bash
# A server import against psql's \copy of the same CSV into a bare table
# (docs/performance.md). Starts a throwaway server (scripts/pg-test-server),
# generates a 40,000-respondent file with bench_import, and alternates:
#   satisfecit --db postgresql://… import FILE   (new database, server-init first, not timed)
#   psql -c "\copy bare FROM FILE"               (new bare table of text columns)
# Usage: bench/pg_import_vs_copy.sh [BUILD_DIR] [ROUNDS] [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rounds=${2:-7}
rows=${3:-40000}
work=$(mktemp -d)
server=/tmp/satisfecit-pg-bench-$$
trap 'scripts/pg-test-server stop "$server"; rm -rf "$work"' EXIT
scripts/pg-test-server start "$server"
eval "$(scripts/pg-test-server env "$server")"
export QT_QPA_PLATFORM=offscreen
csv=$work/survey.csv
"$build/bench/bench_import" generate "$csv" "$rows" >/dev/null
header=$(head -1 "$csv")
columns=$(echo "$header" | tr ';' '\n' | sed 's/.*/"&" text/' | paste -sd, -)
base=${SATISFECIT_TEST_PG%/*}
now() { date +%s.%N; }
imports=(); copies=()
for ((r = 0; r < rounds; ++r)); do
    psql -X -q -c "CREATE DATABASE b$r"
    "$build/app/satisfecit" --db "$base/b$r" server-init >/dev/null
    start=$(now)
    "$build/app/satisfecit" --db "$base/b$r" import "$csv" --scope Bench >/dev/null
    imports+=("$(echo "$(now) - $start" | bc)")
    psql -X -q -d "b$r" -c "CREATE TABLE bare ($columns)"
    start=$(now)
    psql -X -q -d "b$r" -c "\\copy bare FROM '$csv' (FORMAT csv, DELIMITER ';', HEADER)"
    copies+=("$(echo "$(now) - $start" | bc)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "rows $rows, $rounds rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "satisfecit import (server): ${imports[*]} -> median $(median "${imports[@]}") s"
echo "psql \\copy (bare table):    ${copies[*]} -> median $(median "${copies[@]}") s"
