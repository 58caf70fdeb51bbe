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
