#!/usr/bin/env bash
# Builds LexCyr's libFuzzer targets (tools/fuzzers, -sanitize=fuzzer,address), writes their seed
# corpora from Corpus/ and Fixtures/ (FuzzSeeds), runs the targets and prints a summary table.
# Crashes, leaks, timeouts and out-of-memory inputs are copied to Fixtures/fuzz-regressions/,
# which FuzzRegressionTests replays; the script then exits 1.
#
#   tools/fuzz.sh --runs 1000000              every target until 1,000,000 executions
#   tools/fuzz.sh --time 600 Dates Acts       two targets, 10 minutes each
#   tools/fuzz.sh 30                          every target for 30 s (same as --time 30)
#
# Options:
#   --runs N      executions per target (libFuzzer -runs; the seeds count as executions)
#   --time S      seconds per target (libFuzzer -max_total_time)
#   --jobs J      targets run at once: 1 (default) or 2; more is refused on a shared machine
#   --sample K    use at most K seeds of each kind per target (quick runs, CI smoke)
#   --max-len B   largest input in bytes (default 4096; seeds are cut to this size)
#   --fresh       start from the seeds alone, forgetting the corpora earlier runs grew
#   --no-build    use the binaries already built
# Targets: Cleaner Dates Acts Powers Lint PdfXML HTML Pipeline (default: all).
# Each target runs under `nice -n 19` with -timeout=10 -rss_limit_mb=2048 and leak detection.
# Files: tools/fuzzers/.corpus/T (grown corpus), .logs/T.log (libFuzzer output),
# .artifacts/T/ (findings), .seeds/ (seed corpora), .build-fuzz/ (or $FUZZ_BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pkg="$root/tools/fuzzers"
build="${FUZZ_BUILD_DIR:-$pkg/.build-fuzz}"
all=(Cleaner Dates Acts Powers Lint PdfXML HTML Pipeline)

runs="" seconds="" jobs=1 sample="" max_len=4096 fresh=0 do_build=1 targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --time) seconds="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --sample) sample="$2"; shift 2 ;;
    --max-len) max_len="$2"; shift 2 ;;
    --fresh) fresh=1; shift ;;
    --no-build) do_build=0; shift ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    [0-9]*) seconds="$1"; shift ;;
    -*) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ -z "$runs" ] && [ -z "$seconds" ] && seconds=60
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
if [ "$jobs" -lt 1 ] || [ "$jobs" -gt 2 ]; then echo "fuzz.sh: --jobs must be 1 or 2" >&2; exit 2; fi
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz.sh: no target $t (targets: ${all[*]})" >&2; exit 2; }
done

if [ "$do_build" -eq 1 ]; then
  echo "fuzz: building (release, -sanitize=fuzzer,address) in $build" >&2
  (cd "$pkg" && swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
     --scratch-path "$build" >"$pkg/.build-log" 2>&1) || { tail -30 "$pkg/.build-log" >&2; exit 2; }
fi
bin="$build/release"
"$bin/FuzzSeeds" "$root" "$pkg/.seeds" "$max_len" >&2

# Seed kinds per target (FuzzSeeds writes one directory per kind).
seed_kinds() {
  case "$1" in
    Cleaner) echo "text regressions" ;;
    Dates|Acts|Powers|Lint) echo "units regressions" ;;
    PdfXML) echo "xml raw regressions" ;;
    HTML) echo "html raw regressions" ;;
    Pipeline) echo "text xml html raw regressions" ;;
  esac
}

# The seed directories of target $1, sampled to --sample files per kind.
seed_dirs() {
  local t="$1" kind dirs=()
  for kind in $(seed_kinds "$t"); do
    [ -d "$pkg/.seeds/$kind" ] || continue
    if [ -z "$sample" ]; then dirs+=("$pkg/.seeds/$kind"); continue; fi
    local out="$pkg/.sample/$t/$kind"
    rm -rf "$out"; mkdir -p "$out"
    local files=("$pkg/.seeds/$kind"/*) n step i
    n=${#files[@]}; step=$(( n > sample ? n / sample : 1 ))
    for ((i = 0; i < n; i += step)); do cp "${files[$i]}" "$out/"; done
    dirs+=("$out")
  done
  echo "${dirs[@]}"
}

run_target() {
  local t="$1" corpus="$pkg/.corpus/$1" log="$pkg/.logs/$1.log" art="$pkg/.artifacts/$1"
  [ "$fresh" -eq 1 ] && rm -rf "$corpus"
  rm -rf "$art"
  mkdir -p "$corpus" "$art" "$pkg/.logs"
  local limit=(-max_total_time="$seconds")
  [ -n "$runs" ] && limit=(-runs="$runs")
  local start=$SECONDS status=0
  # shellcheck disable=SC2046
  nice -n 19 "$bin/Fuzz$t" "$corpus" $(seed_dirs "$t") "${limit[@]}" -max_len="$max_len" \
    -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 -print_final_stats=1 \
    -artifact_prefix="$art/" >"$log" 2>&1 || status=$?
  echo "$t $status $((SECONDS - start))" >"$pkg/.logs/$t.status"
}

echo "fuzz: ${targets[*]}: ${runs:+$runs runs}${seconds:+$seconds s} each, $jobs at a time" >&2
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
  echo "fuzz: $t ..." >&2
  run_target "$t" &
  running=$((running + 1))
done
wait

mkdir -p "$root/Fixtures/fuzz-regressions"
failed=0
printf '\n| target | executions | exec/s | time (s) | corpus (files, KB) | RSS after seeds → peak (MB) | result |\n'
printf '| --- | ---: | ---: | ---: | ---: | ---: | --- |\n'
for t in "${targets[@]}"; do
  log="$pkg/.logs/$t.log"
  read -r _ status elapsed <"$pkg/.logs/$t.status"
  execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
  rate=$(grep -m1 'stat::average_exec_per_sec' "$log" | awk '{print $2}')
  peak=$(grep -m1 'stat::peak_rss_mb' "$log" | awk '{print $2}')
  inited=$(grep -m1 'INITED' "$log" | sed -n 's/.*rss: \([0-9]*\)Mb.*/\1/p')
  files=$(find "$pkg/.corpus/$t" -type f | wc -l)
  kb=$(du -sk "$pkg/.corpus/$t" | cut -f1)
  result=clean
  for a in "$pkg/.artifacts/$t"/*; do
    [ -e "$a" ] || continue
    kind=$(basename "$a" | cut -d- -f1)
    case "$kind" in crash|leak|timeout|oom) ;; *) continue ;; esac
    cp "$a" "$root/Fixtures/fuzz-regressions/$t-$(basename "$a")"
    result="$kind (Fixtures/fuzz-regressions/$t-$(basename "$a"))"
  done
  if [ "$status" -ne 0 ] && [ "$result" = clean ]; then result="exit $status (see tools/fuzzers/.logs/$t.log)"; fi
  [ "$result" = clean ] || failed=1
  printf '| %s | %s | %s | %s | %s, %s | %s → %s | %s |\n' "$t" "${execs:-?}" "${rate:-?}" "$elapsed" \
    "$files" "$kb" "${inited:-?}" "${peak:-?}" "$result"
done
[ "$failed" -eq 0 ] && echo "fuzz: all targets clean" >&2 || echo "fuzz: findings saved in Fixtures/fuzz-regressions/; fix them, then run swift test --filter FuzzRegressionTests" >&2
exit "$failed"
