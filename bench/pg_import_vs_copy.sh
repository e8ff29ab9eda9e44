#!/usr/bin/env bash
# A server import against psql's \copy of the same CSV into a bare table
# (docs/performance.md). Starts a throwaway server (scripts/pg-test-server),
# generates a ROWS-respondent file with bench_import, and in each round, on
# new databases (made by server-init, or empty with a bare table; not timed),
# runs in an order rotated from one round to the next, each 0.2 s after the
# previous command so that the server has settled:
#   satisfecit --db postgresql://bench_adminN@… import FILE
#       an administrator added by server-user (row-level security applies)
#   satisfecit --db postgresql://satisfecit_test@… import FILE
#       the superuser that owns the tables (no row-level security)
#   psql -c "\copy bare FROM FILE"      a new bare table of 49 text columns
# then each side's start-up and connection alone (its fixed costs):
#   satisfecit --db … waves, psql -c "SELECT 1"
# Each import goes to a database of its own (the same file is imported once
# per database). Prints every time and the medians, and for the
# administrator's import and \copy the CPU each side used, on average: the
# client's (its user + system time) and the server's (what the backends that
# served it used: the postmaster's reaped children, autovacuum off). With
# BASE_APP set to another build's satisfecit (an older commit, say), its
# administrator's import is timed too, in the same rounds, on stores it made
# itself.
# Usage: [BASE_APP=…/satisfecit] bench/pg_import_vs_copy.sh [BUILD_DIR] [ROUNDS] [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rounds=${2:-11}
rows=${3:-40000}
work=$(mktemp -d)
server=/tmp/satisfecit-pg-bench-$$
trap 'scripts/pg-test-server stop "$server"; rm -rf "$work"' EXIT
scripts/pg-test-server start "$server"
eval "$(scripts/pg-test-server env "$server")"
psql -X -q -c "ALTER SYSTEM SET autovacuum = off" -c "SELECT pg_reload_conf()" >/dev/null
postmaster=$(head -1 "$server/data/postmaster.pid")
ticks=$(getconf CLK_TCK)
# CPU of the server's processes that have ended, in clock ticks.
served() { sed 's/.*) //' "/proc/$postmaster/stat" | awk '{print $14 + $15}'; }
TIMEFORMAT='%3R %3U %3S'
export QT_QPA_PLATFORM=offscreen
app=$build/app/satisfecit
csv=$work/survey.csv
"$build/bench/bench_import" generate "$csv" "$rows" >/dev/null
header=$(head -1 "$csv")
columns=$(echo "$header" | tr ';' '\n' | sed 's/.*/"&" text/' | paste -sd, -)
base=${SATISFECIT_TEST_PG%/*}
# The administrators' password (a role per store: roles belong to the
# cluster) after the superuser's, for libpq.
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
install -m 600 "$PGPASSFILE" "$work/pgpass"
printf '*:%s:*:*:%s\n' "$PGPORT" "$password" >>"$work/pgpass"
export PGPASSFILE=$work/pgpass
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
new_store() { # DATABASE [APP]
    psql -X -q -c "CREATE DATABASE $1"
    "${2:-$app}" --db "$base/$1" server-init >/dev/null
}
admins=(); owners=(); copies=(); starts=(); psqls=(); olds=()
adminClient=0; adminServer=0; ownerClient=0; ownerServer=0; copyClient=0; copyServer=0; baseClient=0; baseServer=0
# Runs a command, sets wall to its time and adds its CPU to the client's
# and the server's totals named.
cpu() { # CLIENT_TOTAL SERVER_TOTAL COMMAND...
    local client=$1 server=$2 before user system
    shift 2
    sleep 0.2 # the backends of what ran before end and are reaped
    before=$(served)
    { time "$@" >/dev/null; } 2>"$work/cpu"
    sleep 0.2
    read -r wall user system <"$work/cpu"
    printf -v "$client" '%s' "$(echo "${!client} + $user + $system" | bc)"
    printf -v "$server" '%s' "$(echo "${!server} + ($(served) - $before) / $ticks" | bc -l)"
}
for ((r = 0; r < rounds; ++r)); do
    new_store "a$r"
    echo "$password" | "$app" --db "$base/a$r" server-user add "bench_admin$r" --admin --password-stdin >/dev/null
    admin=${base/satisfecit_test@/bench_admin$r@}
    new_store "o$r"
    psql -X -q -c "CREATE DATABASE c$r"
    psql -X -q -d "c$r" -c "CREATE TABLE bare ($columns)"
    steps=(admin owner copy)
    if [ -n "${BASE_APP:-}" ]; then
        new_store "b$r" "$BASE_APP"
        echo "$password" | "$BASE_APP" --db "$base/b$r" server-user add "bench_base$r" --admin --password-stdin >/dev/null
        steps+=(base)
    fi
    # In a rotated order: no side always runs first, right after the
    # databases were made, nor always after another import.
    for ((k = 0; k < ${#steps[@]}; ++k)); do
        case ${steps[(k + r) % ${#steps[@]}]} in
        admin)
            cpu adminClient adminServer "$app" --db "$admin/a$r" import "$csv" --scope Bench
            admins+=("$wall") ;;
        owner)
            cpu ownerClient ownerServer "$app" --db "$base/o$r" import "$csv" --scope Bench
            owners+=("$wall") ;;
        copy)
            cpu copyClient copyServer psql -X -q -d "c$r" -c "\\copy bare FROM '$csv' (FORMAT csv, DELIMITER ';', HEADER)"
            copies+=("$wall") ;;
        base)
            cpu baseClient baseServer "$BASE_APP" --db "${base/satisfecit_test@/bench_base$r@}/b$r" import "$csv" \
                --scope Bench
            olds+=("$wall") ;;
        esac
    done
    start=$(now)
    "$app" --db "$admin/a$r" waves >/dev/null
    starts+=("$(since "$start")")
    start=$(now)
    psql -X -q -d "c$r" -c "SELECT 1" >/dev/null
    psqls+=("$(since "$start")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'; }
list() { printf '%.3f ' "$@"; }
echo "rows $rows, $rounds rounds, load average at the end $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo "satisfecit import, administrator: $(list "${admins[@]}")-> median $(median "${admins[@]}") s"
echo "satisfecit import, table owner:   $(list "${owners[@]}")-> median $(median "${owners[@]}") s"
echo "psql \\copy into a bare table:     $(list "${copies[@]}")-> median $(median "${copies[@]}") s"
echo "satisfecit waves (start-up only): $(list "${starts[@]}")-> median $(median "${starts[@]}") s"
echo "psql SELECT 1 (start-up only):    $(list "${psqls[@]}")-> median $(median "${psqls[@]}") s"
mean() { printf '%.3f' "$(echo "$1 / $rounds" | bc -l)"; }
echo "CPU, mean: import client $(mean "$adminClient") s + server $(mean "$adminServer") s;" \
    "\\copy client (psql) $(mean "$copyClient") s + server $(mean "$copyServer") s"
if [ -n "${BASE_APP:-}" ]; then
    echo "BASE_APP import, administrator:   $(list "${olds[@]}")-> median $(median "${olds[@]}") s"
fi
