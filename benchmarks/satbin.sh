#!/usr/bin/env bash
# SAT-BIN side by side, whole processes (issue 13, targets 3 and 4): the NumPy growth-only peer,
# the baseline jar and the current jar on benchmarks/satbin.yaml, one thread.
#
#   benchmarks/satbin.sh                 10^7: NumPy, baseline (if BASE_JAR is set), current
#   benchmarks/satbin.sh --big           also 10^8 with the current jar in -Xmx6g (BIG_HEAP to change it)
#   benchmarks/satbin.sh --big-baseline  also 10^8 with the baseline jar in -Xmx21g (about 5 min)
#
# Environment: CUR_JAR (default target/downline.jar), BASE_JAR (a previous build, e.g. of df3001c;
# skipped when unset), NUMPY_PEER (default ../shared/satbin_numpy.py), OUT (scratch directory,
# default a new temporary one), REPEAT (runs of each, default 1), JAVA_OPTS (extra JVM options for
# both jars, e.g. -XX:+UseTransparentHugePages; default none), BIG_HEAP (the heap of --big's 10^8 run, default
# -Xmx6g, target 4's; the guard refuses it there today, -Xmx11g runs it).
# Prints one line a run: wall seconds, CPU seconds (user + system) and peak RSS (GNU time), member-months (Downline: active
# member-months summed over the 30 months, from timeseries.csv; NumPy: member-periods) and
# member-months per second of whole-process wall time. NumPy's own growth-only time is printed too.
set -euo pipefail
cd "$(dirname "$0")/.."
CUR_JAR=${CUR_JAR:-target/downline.jar}
BASE_JAR=${BASE_JAR:-}
NUMPY_PEER=${NUMPY_PEER:-../shared/satbin_numpy.py}
REPEAT=${REPEAT:-1}
JAVA_OPTS=${JAVA_OPTS:-}
BIG_HEAP=${BIG_HEAP:--Xmx6g}
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"
SCENARIO=benchmarks/satbin.yaml
BIG=0; BIG_BASE=0
for a in "$@"; do
  case "$a" in
    --big) BIG=1 ;;
    --big-baseline) BIG_BASE=1 ;;
    *) echo "satbin.sh: unknown option '$a' (allowed: --big, --big-baseline)" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "satbin.sh: needs GNU time at /usr/bin/time" >&2; exit 2; }

printf '%-10s %-8s %8s %8s %9s %12s %14s  %s\n' run members wall_s cpu_s rss_MB member_months mm_per_s note

numpy() {
  local n=$1 log="$OUT/numpy-$1.log"
  /usr/bin/time -f '%e %M %U %S' -o "$OUT/time" python3 "$NUMPY_PEER" "$n" > "$log"
  read -r wall rss usr sys < "$OUT/time"
  python3 - "$log" "$wall" "$rss" "$usr" "$sys" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); wall = float(sys.argv[2]); rss = int(sys.argv[3]) / 1024
cpu = float(sys.argv[4]) + float(sys.argv[5])
print(f"{'numpy':<10} {r['members']:<8.0e} {wall:8.2f} {cpu:8.2f} {rss:9.0f} {r['member_periods']:12d} {r['member_periods']/wall:14.3e}  "
      f"growth only {r['wall_s']} s ({r['member_periods_per_s']:.3e}/s)")
PY
}

downline() {
  local label=$1 jar=$2 n=$3 heap=$4 dir="$OUT/$1-$3"
  rm -rf "$dir"
  if ! /usr/bin/time -f '%e %M %U %S' -o "$OUT/time" java "$heap" $JAVA_OPTS -jar "$jar" run --scenario "$SCENARIO" \
      --threads 1 --set "market.population=$n" --out "$dir" > "$OUT/$label-$n.log" 2>&1; then
    printf '%-10s %-8s failed: %s\n' "$label" "$n" "$(tail -1 "$OUT/$label-$n.log")"
    return
  fi
  read -r wall rss usr sys < "$OUT/time"
  local mm
  mm=$(awk -F, '$2 == "mlm" && $3 == "active" && $1 > 0 { s += $4 } END { printf "%d", s }' "$dir/timeseries.csv")
  awk -v l="$label" -v n="$n" -v w="$wall" -v r="$rss" -v mm="$mm" -v h="$heap" \
    -v o="$JAVA_OPTS" -v c="$usr" -v cs="$sys" \
    'BEGIN { printf "%-10s %-8.0e %8.2f %8.2f %9.0f %12d %14.3e  %s%s, %.0f B a member peak RSS\n", l, n, w, c + cs, r / 1024, mm, mm / w, h, (o == "" ? "" : " " o), r * 1024 / n }'
}

for ((i = 0; i < REPEAT; i++)); do
  numpy 1e7
  if [ -n "$BASE_JAR" ]; then downline baseline "$BASE_JAR" 1e7 -Xmx4g; fi
  downline current "$CUR_JAR" 1e7 -Xmx4g
  if [ "$BIG" = 1 ]; then downline current "$CUR_JAR" 1e8 "$BIG_HEAP"; fi
  if [ "$BIG_BASE" = 1 ] && [ -n "$BASE_JAR" ]; then downline baseline "$BASE_JAR" 1e8 -Xmx21g; fi
done
echo "(outputs in $OUT; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
