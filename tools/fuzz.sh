#!/usr/bin/env bash
# Builds the libFuzzer targets in tools/fuzz and runs each for a given time, seeded from
# Corpus/ and Fixtures/. Crashes are copied to Fixtures/fuzz-regressions/ for the tests.
#
#   tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 60 s, all targets)
set -euo pipefail
cd "$(dirname "$0")/fuzz"
seconds="${1:-60}"; shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzCleaner FuzzExtractors FuzzPipeline)

swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
  --scratch-path .build-fuzz >/dev/null

root="$(cd ../.. && pwd)"
mkdir -p "$root/Fixtures/fuzz-regressions"
for t in "${targets[@]}"; do
  corpus=".corpus/$t"
  mkdir -p "$corpus" artifacts
  # Seeds: real documents cut into pieces the fuzzer can mutate quickly.
  find "$root/Corpus" "$root/Fixtures" -type f \( -name '*.txt' -o -name '*.xml' -o -name '*.html' \) -size -200k \
    -exec sh -c 'split -b 4096 -d "$1" "$2/$(basename "$1")."' _ {} "$corpus" \; 2>/dev/null || true
  echo "== $t for ${seconds}s"
  set +e
  ".build-fuzz/release/$t" "$corpus" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=artifacts/ -print_final_stats=1 2>&1 | grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|Done" 
  status=${PIPESTATUS[0]}
  set -e
  for a in artifacts/crash-* artifacts/leak-* artifacts/timeout-*; do
    [ -e "$a" ] && cp "$a" "$root/Fixtures/fuzz-regressions/$t-$(basename "$a")"
  done
  [ "$status" -ne 0 ] && { echo "$t: fuzzer found a problem (see Fixtures/fuzz-regressions/)"; exit 1; }
done
echo "fuzz: all targets clean"
