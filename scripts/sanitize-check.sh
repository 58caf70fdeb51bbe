#!/usr/bin/env bash
# Builds the library, the CLI and the coder/text/ingest tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (-O1) and runs them, then codes real text with the sanitized CLI:
# the bundled sample, and when ../shared is beside the repo, both peer suites and the first
# 500 speeches (~12 MB) of the UN General Debate corpus (the input that exposed a use-after-free that the
# plain build survived). Any sanitizer finding aborts and fails this script.
# Usage: scripts/sanitize-check.sh [BUILD_DIR]   (default build-asan)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
B=$(realpath -m "${1:-$ROOT/build-asan}")  # absolute: the tests run from inside it
JOBS=${JOBS:-$(nproc)}
TESTS=(coder_stages_test coder_pronouns_test coder_dictionary_semantics_test coder_peer_options_test
       coder_sentence_filters_test coder_golden_test text_tokenizer_test text_fuzz_test
       text_sentence_splitter_test ingest_reader_test ingest_oversized_test)
cmake -S "$ROOT" -B "$B" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DDYADWATCH_SANITIZE=address,undefined -DDYADWATCH_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$B" -j "$JOBS" --target dyadwatch "${TESTS[@]}" -- --no-print-directory >/dev/null
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for t in "${TESTS[@]}"; do
  (cd "$B" && "./$t" --gtest_brief=1 >"$B/$t.log" 2>&1) || { tail -40 "$B/$t.log"; echo "sanitize-check: $t FAILED"; exit 1; }
done
echo "sanitize-check: ${#TESTS[@]} test binaries clean"
run() {  # run the sanitized CLI; its own exit status is ignored (bad records are reported, not fatal)
  "$B/dyadwatch" "$@" >/dev/null 2>"$B/cli.log" || true
  if grep -qE "ERROR: (Address|Leak)Sanitizer|runtime error:" "$B/cli.log"; then
    head -40 "$B/cli.log"; echo "sanitize-check: dyadwatch $* FAILED"; exit 1
  fi
}
run code "$ROOT/data/sample/wikinews-2019-2020.jsonl"
SHARED="$ROOT/../shared"
if [ -d "$SHARED/gold" ]; then
  run validate --petrarch2 "$SHARED/gold/petrarch2/PETR.UnitTest.records.xml" --explain
  run validate --tabari "$SHARED/gold/tabari/Validate.project" --explain
fi
UN="$SHARED/bench/ungdc-1946-2024.jsonl.zst"
if [ -f "$UN" ] && command -v zstdcat >/dev/null; then
  zstdcat "$UN" 2>/dev/null | head -n 500 > "$B/un-slice.jsonl" || true
  run code "$B/un-slice.jsonl"
fi
echo "sanitize-check: sanitized CLI clean on every input it was given"
