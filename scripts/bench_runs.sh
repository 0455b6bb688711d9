#!/usr/bin/env bash
# Times a scheduled run at several sizes: ingest a synthetic case, score --save twice, diff, export a
# saved run in every format, write the HTML report. Prints wall time and peak RSS per step
# (GNU time), for docs/operations.md. Builds the shaded jar first; the case is written by
# `crimegraph generate --persons SIZE` (CALLS_PER_PERSON calls per person, default 10).
#
# usage: scripts/bench_runs.sh [SIZE...]      (default: 1000 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/crimegraph.jar
./mvnw -q -DskipTests package
WORK=${WORK:-target/bench-runs}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 5000)
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
CALLS_PER_PERSON=${CALLS_PER_PERSON:-10}
printf '%-8s %-28s %10s %12s %s\n' persons step wall_s peak_rss_mb exit
for n in "${SIZES[@]}"; do
  dir="$WORK/$n"
  rm -rf "$dir" && mkdir -p "$dir"
  java $JAVA_OPTS -jar "$JAR" generate --persons "$n" --calls-per-person "$CALLS_PER_PERSON" --seed 1 \
      --out "$dir/case" --quiet >"$dir/generate.out"
  step() {
    local name=$1; shift
    local code=0
    /usr/bin/time -f '%e %M' -o "$dir/time.txt" java $JAVA_OPTS -jar "$JAR" "$@" \
        --store "$dir/store" >"$dir/$name.out" 2>"$dir/$name.err" || code=$?
    read -r wall rss <"$dir/time.txt"
    printf '%-8s %-28s %10s %12d %s\n' "$n" "$name" "$wall" "$((rss / 1024))" "$code"
  }
  step ingest ingest "$dir/case" --rejects "$dir/rejects.csv"
  step "score --save (1)" score --save --summary "$dir/run1.json" --format json
  step "score --save (2)" score --save --summary "$dir/run2.json" --format json
  step diff diff
  step "export --run latest (all)" export --run latest --format csv,graphml,gexf,json,i2 --out "$dir/export"
  step report report latest --out "$dir/report.html"
  step "audit verify" audit verify
done
