#!/usr/bin/env bash
# Ingestion benchmarks (docs/performance.md, "Ingestion"). Not a test: run by hand on a quiet machine.
#
#   scripts/bench_ingest.sh [CALLS] [PERSONS] [BATCH,BATCH,...]     default 1000000 100000 1000,5000,20000
#
# The case is written by `crimegraph generate` (PERSONS persons, about as many phones, CALLS calls).
#
# 1. Transactional: org.crimegraph.ingest.bench.IngestBench — baseline bare MERGE vs crimegraph's calls
#    ingest, each in a fresh embedded store, rows/s and ratio to the baseline of the same run.
# 2. Offline importer (the investigation behind `ingest --bulk`): the same calls, converted to
#    neo4j-admin import CSV files (Phone, Call, Report nodes; CALLER, CALLEE, ASSERTS relationships),
#    loaded with `neo4j-admin database import full` (org.neo4j.cli.AdminTool, already on crimegraph's
#    class path) into an empty store, which is then opened by crimegraph (schema applied, counts shown).
set -euo pipefail
cd "$(dirname "$0")/.."
CALLS=${1:-1000000}
PHONES=${2:-100000}
BATCHES=${3:-1000,5000,20000}
WORK=target/ingest-bench
./mvnw -q -pl crimegraph-core test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/target/cp.txt"
CP="target/classes:target/test-classes:$(cat target/cp.txt)"

java -Xmx4g -cp "$CP" org.crimegraph.ingest.bench.IngestBench "$CALLS" "$PHONES" "$BATCHES" "$WORK"

# --- offline importer -------------------------------------------------------------------------------
IMP=$WORK/import
rm -rf "$IMP" && mkdir -p "$IMP/home/conf" "$IMP/files"
java -cp "$CP" org.crimegraph.cli.CrimegraphCommand generate --persons "$PHONES" --calls "$CALLS" --seed 1 \
  --out "$IMP/data" --quiet >/dev/null
echo "server.directories.data=$(pwd)/$IMP/store/data" > "$IMP/home/conf/neo4j.conf"
start=$(date +%s.%N)
/usr/bin/python3 - "$IMP/data/calls.csv" "$IMP/files" <<'PY'
import csv, sys
src, out = sys.argv[1], sys.argv[2]
def e164(p):  # crimegraph generate writes E.164 already; crimegraph would use libphonenumber here
    p = p.replace(' ', '')
    return '+44' + p[1:] if p.startswith('0') else p
phones, reports = set(), set()
with open(src) as f, open(out + '/calls.csv', 'w') as cn, open(out + '/caller.csv', 'w') as cr, \
        open(out + '/callee.csv', 'w') as ce, open(out + '/asserts.csv', 'w') as asr:
    rows = csv.reader(f); next(rows)
    cn.write('callId:ID(Call),start:datetime,durationS:long\n')
    cr.write(':START_ID(Phone),:END_ID(Call),reportIds:string[]\n')
    ce.write(':START_ID(Call),:END_ID(Phone),reportIds:string[]\n')
    asr.write(':START_ID(Report),:END_ID(Call)\n')
    for rep, cid, a, b, start, dur in rows:
        a, b = e164(a), e164(b); phones.update((a, b)); reports.add(rep)
        cn.write(f'{cid},{start},{dur}\n'); cr.write(f'{a},{cid},{rep}\n'); ce.write(f'{cid},{b},{rep}\n')
        asr.write(f'{rep},{cid}\n')
with open(out + '/phones.csv', 'w') as p:
    p.write('e164:ID(Phone)\n'); p.writelines(x + '\n' for x in sorted(phones))
with open(out + '/reports.csv', 'w') as p:
    p.write('reportId:ID(Report),agency,grade,handling\n'); p.writelines(f'{x},NCA,1B,C\n' for x in sorted(reports))
PY
converted=$(date +%s.%N)
F=$IMP/files
NEO4J_HOME=$IMP/home java -Xmx2g -cp "$CP" org.neo4j.cli.AdminTool database import full neo4j \
  --overwrite-destination --report-file="$IMP/import.report" \
  --nodes=Phone="$F/phones.csv" --nodes=Call="$F/calls.csv" --nodes=Report="$F/reports.csv" \
  --relationships=CALLER="$F/caller.csv" --relationships=CALLEE="$F/callee.csv" \
  --relationships=ASSERTS="$F/asserts.csv" | grep -E "IMPORT DONE|Imported|nodes$|relationships$"
imported=$(date +%s.%N)
echo "crimegraph db status on the imported store (opens it, applies the schema: uniqueness constraints are built now):"
java -cp "$CP" org.crimegraph.cli.CrimegraphCommand db status --store "$IMP/store" | sed -n '/nodes:/,$p'
opened=$(date +%s.%N)
awk -v c="$CALLS" -v s="$start" -v v="$converted" -v i="$imported" -v o="$opened" 'BEGIN {
  printf "offline import: convert %.1f s, import %.1f s, open+schema %.1f s; %.0f calls/s without, %.0f with schema\n",
         v - s, i - v, o - i, c / (i - s), c / (o - s) }'
