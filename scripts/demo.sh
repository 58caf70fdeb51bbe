#!/usr/bin/env bash
# make demo: codes the bundled sample corpus (Wikinews 2019-2020) and prints a relations summary.
# Usage: scripts/demo.sh [BUILD_DIR]   (default build/)
set -euo pipefail
BUILD_DIR=${1:-build}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SAMPLE="$ROOT/data/sample/wikinews-2019-2020.jsonl"
OUT="$BUILD_DIR/demo-events.jsonl"

"$BUILD_DIR/dyadwatch" version
echo "coding $(wc -l < "$SAMPLE") Wikinews articles from ${SAMPLE#"$ROOT"/} ..."
# The relations summary and the counts go to stderr; the events to $OUT.
"$BUILD_DIR/dyadwatch" code --summary -o "$OUT" "$SAMPLE" 2>&1
echo
echo "events: $OUT ($(wc -l < "$OUT") events, one JSON object per line)"
echo "try:    head -n 3 $OUT"

# The relations store: the same sample ingested into an embedded SQLite store under the build
# directory (a second `make demo` finds every document already stored and changes nothing).
DB="$BUILD_DIR/dyadwatch.db"
echo
echo "ingesting into the relations store $DB ..."
"$BUILD_DIR/dyadwatch" ingest --quiet --db "$DB" "$SAMPLE" 2>&1
echo
echo "top dyads between countries (events = distinct real-world events; trend = events per month):"
"$BUILD_DIR/dyadwatch" query top --international --trend --limit 12 --db "$DB"
echo
echo "try:    $BUILD_DIR/dyadwatch query dyad USA IRN --plot --db $DB"
echo "        $BUILD_DIR/dyadwatch query events --source USA --target IRN --explain --db $DB"
echo "        $BUILD_DIR/dyadwatch export --format gdelt --db $DB | head -n 3"
