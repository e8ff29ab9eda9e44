#!/bin/sh
# Compares bench_figures' plain figures with an older commit (default
# 41f23f1, before issue #12): builds the commit in its own worktree with
# this tree's bench_figures.cpp (the raked part left out), then prints the
# instructions callgrind counts for each timed part (exactly repeatable
# under load) and the wall times of interleaved runs with the load average.
# Usage (from the source tree, after building build/bench/bench_figures):
#   bench/compare_figures_base.sh [COMMIT] [RUNS]
set -eu
base=${1:-41f23f1}
runs=${2:-15}
src=$(pwd)
tree=$(mktemp -d /tmp/satisfecit-base.XXXXXX)
trap 'git -C "$src" worktree remove --force "$tree"' EXIT
git worktree add --detach "$tree" "$base" >/dev/null
cp bench/bench_figures.cpp "$tree/bench/bench_figures.cpp"
cmake -S "$tree" -B "$tree/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS=-DBENCH_FIGURES_PLAIN_ONLY >/dev/null
nice cmake --build "$tree/build" --parallel 2 --target bench_figures >/dev/null

count() { # binary part
    valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \
        --toggle-collect="*$2*" "$1" --figures-only 2>&1 | sed -n 's/.*Collected : //p'
}
for part in figuresRun rankingsRun; do
    echo "$part instructions: $base $(count "$tree/build/bench/bench_figures" $part)," \
         "this tree $(count build/bench/bench_figures $part)"
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
i=0
while [ $i -lt "$runs" ]; do
    echo "base $("$tree/build/bench/bench_figures" --figures-only)"
    echo "this $(build/bench/bench_figures --figures-only)"
    i=$((i + 1))
done | python3 -c '
import re, statistics, sys
times = {}
for line in sys.stdin:
    who = line.split()[0]
    f, r = map(float, re.findall(r"median: ([0-9.]+) ms", line))
    times.setdefault(who, ([], []))
    times[who][0].append(f)
    times[who][1].append(r)
for who, (f, r) in times.items():
    print("%s: figures %.3f ms, rankings + drivers %.3f ms (median of %d runs)"
          % (who, statistics.median(f), statistics.median(r), len(f)))
'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
