#!/usr/bin/env bash
# Whole-run benchmark: times whole `downline` processes (wall clock, CPU time and peak RSS, /usr/bin/time),
# a baseline jar against the current one, interleaved (A B A B ...) so that load from other work on
# the machine hits both alike, and prints the median of each and the ratios. Compare ratios, not
# absolute times; on a machine whose cores other work keeps busy, CPU time (user + system) is the
# steadier measure of work done, wall time the one a user sees. README, "Performance and memory".
#
#   benchmarks/whole-run.sh BASELINE_JAR [CURRENT_JAR] [REPETITIONS]
#
# CURRENT_JAR defaults to target/downline.jar, REPETITIONS to 3. Workloads:
#   main       run, default preset, 200 replications, --threads 2 (baseline and current)
#   t1 / t2    run, default preset, 100 replications, --threads 1 and --threads 2 (current)
#   warm       run --preset warm-market, its own replications, --threads 2 (baseline and current)
# WORKLOADS="main warm" limits the set; JAVA (default java) picks the JVM. Outputs go to a
# temporary folder, removed at the end. SUMMARIZE=FILE only prints the table of a KEEP file.
set -euo pipefail
base=${1:?usage: whole-run.sh BASELINE_JAR [CURRENT_JAR] [REPETITIONS]}
cur=${2:-target/downline.jar}
reps=${3:-3}
java=${JAVA:-java}
workloads=${WORKLOADS:-main t1 t2 warm}
[[ -f $base ]] || { echo "no such jar: $base" >&2; exit 2; }
[[ -f $cur ]] || { echo "no such jar: $cur" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
results=${KEEP:-$tmp/results.tsv}     # KEEP=FILE keeps the raw rows (label, wall s, CPU s, RSS kB)
[[ -n ${SUMMARIZE:-} ]] || : >"$results"

# one timed process: label, jar, run arguments...
timed() {
    local label=$1 jar=$2
    shift 2
    rm -rf "$tmp/out"
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$java" -jar "$jar" run --out "$tmp/out" "$@" >/dev/null
    read -r wall user sys rss <"$tmp/time"
    cpu=$(python3 -c "print($user + $sys)")
    printf '%s\t%s\t%s\t%s\n' "$label" "$wall" "$cpu" "$rss" >>"$results"
    printf '  %-14s %7.2f s wall %7.2f s CPU %7.0f MB\n' "$label" "$wall" "$cpu" "$((rss / 1024))" >&2
}

if [[ -n ${SUMMARIZE:-} ]]; then
    results=$SUMMARIZE
    reps=0
fi
for ((i = 1; i <= reps; i++)); do
    echo "repetition $i of $reps" >&2
    for w in $workloads; do
        case $w in
            main) timed main-base "$base" --replications 200 --threads 2
                  timed main-cur "$cur" --replications 200 --threads 2 ;;
            t1)   timed t1-cur "$cur" --replications 100 --threads 1 ;;
            t2)   timed t2-cur "$cur" --replications 100 --threads 2 ;;
            warm) timed warm-base "$base" --preset warm-market --threads 2
                  timed warm-cur "$cur" --preset warm-market --threads 2 ;;
            *) echo "unknown workload: $w (allowed: main, t1, t2, warm)" >&2; exit 2 ;;
        esac
    done
done

python3 - "$results" <<'PY'
import sys, statistics as st
rows = {}
for line in open(sys.argv[1]):
    label, wall, cpu, rss = line.split()
    rows.setdefault(label, []).append((float(wall), float(cpu), int(rss) / 1024))
med = {k: tuple(st.median(x[i] for x in v) for i in range(3)) + (len(v),) for k, v in rows.items()}
print(f"{'process':<12} {'n':>2} {'median wall s':>14} {'median CPU s':>13} {'median RSS MB':>14}")
for k, (w, c, r, n) in med.items():
    print(f"{k:<12} {n:>2} {w:>14.2f} {c:>13.2f} {r:>14.0f}")
def ratio(name, a, b, what):
    if a in med and b in med:
        print(f"{name:<48} wall {med[a][0] / med[b][0]:5.2f}x  CPU {med[a][1] / med[b][1]:5.2f}x"
              f"  RSS {med[a][2] / med[b][2]:5.2f}x  {what}")
print()
ratio("main job: baseline / current (target >= 3)", "main-base", "main-cur", "200 replications, 2 threads")
ratio("2 threads: 1 thread / 2 threads (target >= 1.8)", "t1-cur", "t2-cur", "100 replications, current")
ratio("warm-market: baseline / current (target >= 2)", "warm-base", "warm-cur", "whole run, 2 threads")
PY
