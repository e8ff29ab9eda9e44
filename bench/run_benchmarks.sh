#!/usr/bin/env bash
# Reproduces the figures of docs/performance.md. Run from the repository root
# after a Release build: cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
# && cmake --build build-rel. Needs sqlite3 (apt) and, for the DuckDB
# comparison, Node.js with npm.
set -euo pipefail
build=${BUILD:-build-rel}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Wall time of a command in milliseconds, median of $1 runs.
time_ms() {
    local runs=$1; shift
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        echo $(( (end - start) / 1000000 ))
    done | median
}

echo "== Import: 40,000 respondents x 48 columns"
"$build/bench/bench_import" generate "$work/survey.csv" 40000
ls -l "$work/survey.csv" | awk '{printf "file: %.1f MB\n", $5/1e6}'
"$build/bench/bench_import" run "$work/survey.csv" 11
import_cli() { rm -f "$work/cli.sqlite"*; "$build/app/satisfecit" --db "$work/cli.sqlite" import "$work/survey.csv"; }
sqlite_import() { rm -f "$work/sqlite.db"; sqlite3 "$work/sqlite.db" ".mode csv" ".separator ;" ".import $work/survey.csv t"; }
# Back to back: three rounds of 7 runs each, alternating, so that both see the
# same load on the machine; the files written so far are flushed first, or
# their write-back lands on the first round's fsyncs.
sync
for round in 1 2 3; do
    ours=$(time_ms 7 import_cli)
    theirs=$(time_ms 7 sqlite_import)
    echo "round $round: satisfecit import (whole process, new store each time) $ours ms;" \
         "sqlite3 .import (new database each time) $theirs ms; ratio $(awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "%.2f", a / b}')"
done

echo "== Import: 400,000 respondents (memory stays flat)"
"$build/bench/bench_import" generate "$work/big.csv" 400000
"$build/bench/bench_import" run "$work/big.csv" 1
# Peak RSS of the whole command at both sizes (GNU time).
if [ -x /usr/bin/time ]; then
    for file in survey big; do
        rm -f "$work/rss.sqlite"*
        /usr/bin/time -f "satisfecit import $file.csv: peak RSS %M KiB, %e s" \
            "$build/app/satisfecit" --db "$work/rss.sqlite" import "$work/$file.csv" >/dev/null
    done
fi

echo "== Figures of one wave from its summary"
"$build/bench/bench_figures"

echo "== Filter changes on a store of ten waves"
rm -f "$work/ten.sqlite"*
for year in 2002 2004 2006 2008 2010 2012 2014 2016 2018 2020; do
    "$build/bench/bench_import" generate "$work/wave$year.csv" 40000
    sed -i "s/;2020;/;$year;/" "$work/wave$year.csv"
    "$build/app/satisfecit" --db "$work/ten.sqlite" import "$work/wave$year.csv" --year "$year" >/dev/null
done
"$build/bench/bench_filter" "$work/ten.sqlite"

echo "== The window on the same ten waves: first page painted, filter changes painted, board pack"
"$build/bench/bench_window" "$work/ten.sqlite"

echo "== The window on four of those waves (issue #15: filter change <= 8 ms, first page <= 150 ms)"
rm -f "$work/four.sqlite"*
for year in 2014 2016 2018 2020; do
    "$build/app/satisfecit" --db "$work/four.sqlite" import "$work/wave$year.csv" --year "$year" >/dev/null
done
"$build/bench/bench_window" "$work/four.sqlite"

echo "== scores --by landlord --format json vs DuckDB on the raw answers"
rm -f "$work/one.sqlite"*
"$build/app/satisfecit" --db "$work/one.sqlite" import "$work/survey.csv" >/dev/null
scores_cli() { "$build/app/satisfecit" --db "$work/one.sqlite" scores --by landlord --format json; }
echo "satisfecit scores --by landlord --format json: $(time_ms 11 scores_cli) ms"
if command -v npm >/dev/null; then
    (cd bench/duckdb && npm install --silent --no-audit --no-fund >/dev/null)
    node bench/duckdb/scores.mjs "$work/survey.duckdb" --load "$work/survey.csv"
    duck() { node bench/duckdb/scores.mjs "$work/survey.duckdb"; }
    echo "DuckDB (@duckdb/node-api), same figures from the CSV: $(time_ms 11 duck) ms"
fi

echo "== wide headers (issue #20)"
"$build/bench/bench_headers" 16000 32000 99990
