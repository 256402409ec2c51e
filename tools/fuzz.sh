#!/usr/bin/env bash
# Builds LexCyr's libFuzzer targets (tools/fuzzers, -sanitize=fuzzer,address), writes their seed
# corpora from Corpus/ and Fixtures/ (FuzzSeeds), runs the targets and prints a summary table.
# Crashes, leaks, timeouts and out-of-memory inputs are copied to Fixtures/fuzz-regressions/,
# which FuzzRegressionTests replays; the script then exits 1.
#
#   tools/fuzz.sh --runs 1000000              every target until 1,000,000 executions
#   tools/fuzz.sh --time 600 Dates Acts       two targets, 10 minutes each
#   tools/fuzz.sh 30                          every target for 30 s (same as --time 30)
#   tools/fuzz.sh --summary                   the table of the last runs, from their logs
#
# Options:
#   --runs N      executions per target (libFuzzer -runs; the seeds count as executions)
#   --time S      seconds per target (libFuzzer -max_total_time)
#   --jobs J      targets run at once: 1 (default) or 2; more is refused on a shared machine
#   --sample K    use at most K seeds of each kind per target (quick runs, CI smoke)
#   --max-len B   largest input in bytes (default 4096; seeds are cut to this size)
#   --fresh       start from the seeds alone, forgetting the corpora earlier runs grew
#   --no-build    use the binaries already built
#   --debug       build without optimisation (a third of the build time, an eighth of the speed:
#                 for the CI smoke, which must build and run in under two minutes)
#   --summary     print the table of the last runs of the targets and stop
# Targets: Cleaner Dates Acts Powers Lint PdfXML HTML Pipeline (default: all).
# Each target runs under `nice -n 19` with -timeout=10 -rss_limit_mb=2048 and leak detection.
# Files under $FUZZ_WORK_DIR (default tools/fuzzers): .corpus/T (the corpus a target grew),
# .logs/T.log (libFuzzer's output), .artifacts/T/ (findings), .seeds/ (seed corpora). Builds go
# to tools/fuzzers/.build-fuzz (or .build-fuzz-debug, or $FUZZ_BUILD_DIR).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
pkg="$root/tools/fuzzers"
work="${FUZZ_WORK_DIR:-$pkg}"
all=(Cleaner Dates Acts Powers Lint PdfXML HTML Pipeline)
runs="" seconds="" jobs=1 sample="" max_len=4096 fresh=0 do_build=1 config=release summary_only=0 targets=()

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
    [ -d "$work/.seeds/$kind" ] || continue
    if [ -z "$sample" ]; then dirs+=("$work/.seeds/$kind"); continue; fi
    local out="$work/.sample/$t/$kind" files n step i
    rm -rf "$out"; mkdir -p "$out"
    files=("$work/.seeds/$kind"/*)
    n=${#files[@]}; step=$(( n > sample ? n / sample : 1 ))
    for ((i = 0; i < n; i += step)); do cp "${files[$i]}" "$out/"; done
    dirs+=("$out")
  done
  echo "${dirs[@]}"
}

run_target() {
  local t="$1" corpus="$work/.corpus/$1" log="$work/.logs/$1.log" art="$work/.artifacts/$1"
  [ "$fresh" -eq 1 ] && rm -rf "$corpus"
  rm -rf "$art"
  mkdir -p "$corpus" "$art" "$work/.logs"
  local limit=(-max_total_time="$seconds")
  [ -n "$runs" ] && limit=(-runs="$runs")
  local start=$SECONDS status=0 TIMEFORMAT='%U %S'
  # CPU seconds (user, system) go to T.cpu: on a shared machine exec/s per CPU second is the
  # figure that does not depend on the load.
  # shellcheck disable=SC2046
  { time nice -n 19 "$bin/Fuzz$t" "$corpus" $(seed_dirs "$t") "${limit[@]}" -max_len="$max_len" \
      -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 -print_final_stats=1 \
      -artifact_prefix="$art/" >"$log" 2>&1 || status=$?; } 2>"$work/.logs/$t.cpu"
  echo "$status $((SECONDS - start))" >"$work/.logs/$t.status"
}

# One row of the table for target $1; copies its findings to Fixtures/fuzz-regressions/.
# Returns 1 when the target found something or did not finish.
summary_row() {
  local t="$1" log="$work/.logs/$1.log" status=? elapsed=? execs rate cpu=? peak inited slowest files kb result a kind
  [ -f "$log" ] || { printf '| %s | not run | | | | | | |\n' "$t"; return 0; }
  [ -f "$work/.logs/$t.status" ] && read -r status elapsed <"$work/.logs/$t.status"
  execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
  rate=$(grep -m1 'stat::average_exec_per_sec' "$log" | awk '{print $2}' || true)
  peak=$(grep -m1 'stat::peak_rss_mb' "$log" | awk '{print $2}' || true)
  [ -s "$work/.logs/$t.cpu" ] && [ -n "$execs" ] && cpu=$(awk -v n="$execs" '{ if ($1 + $2 > 0) printf "%d", n / ($1 + $2) }' "$work/.logs/$t.cpu")
  slowest=$(grep -m1 'stat::slowest_unit_time_sec' "$log" | awk '{print $2}' || true)
  inited=$(grep -m1 'INITED' "$log" | sed -n 's/.*rss: \([0-9]*\)Mb.*/\1/p' || true)
  [ "$elapsed" = "?" ] && elapsed=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | head -1)
  files=$(find "$work/.corpus/$t" -type f 2>/dev/null | wc -l)
  kb=$(du -sk "$work/.corpus/$t" 2>/dev/null | cut -f1)
  result=clean
  for a in "$work/.artifacts/$t"/*; do
    [ -e "$a" ] || continue
    kind=$(basename "$a" | cut -d- -f1)
    case "$kind" in crash|leak|timeout|oom) ;; *) continue ;; esac
    mkdir -p "$root/Fixtures/fuzz-regressions"
    cp "$a" "$root/Fixtures/fuzz-regressions/$t-$(basename "$a")"
    result="$kind (Fixtures/fuzz-regressions/$t-$(basename "$a"))"
  done
  if [ "$result" = clean ] && [ -z "$execs" ]; then result="unfinished (see ${log#"$root"/})"; fi
  if [ "$result" = clean ] && [ "$status" != 0 ] && [ "$status" != "?" ]; then result="exit $status (see ${log#"$root"/})"; fi
  printf '| %s | %s | %s | %s | %s | %s | %s, %s | %s → %s | %s |\n' "$t" "${execs:-?}" "${rate:-?}" "$cpu" "${elapsed:-?}" \
    "${slowest:-?}" "$files" "${kb:-0}" "${inited:-?}" "${peak:-?}" "$result"
  [ "$result" = clean ]
}

summary() {
  local t failed=0
  printf '\n| target | executions | exec/s | exec per CPU s | time (s) | slowest input (s) | corpus (files, KB) | RSS after seeds → peak (MB) | result |\n'
  printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n'
  for t in "${targets[@]}"; do summary_row "$t" || failed=1; done
  if [ "$failed" -eq 0 ]; then
    echo "fuzz: all targets clean" >&2
  else
    echo "fuzz: not all clean (see the table); findings are copied to Fixtures/fuzz-regressions/, which swift test --filter FuzzRegressionTests replays" >&2
  fi
  return "$failed"
}

main() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --runs) runs="$2"; shift 2 ;;
      --time) seconds="$2"; shift 2 ;;
      --jobs) jobs="$2"; shift 2 ;;
      --sample) sample="$2"; shift 2 ;;
      --max-len) max_len="$2"; shift 2 ;;
      --fresh) fresh=1; shift ;;
      --no-build) do_build=0; shift ;;
      --debug) config=debug; shift ;;
      --summary) summary_only=1; shift ;;
      -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
      [0-9]*) seconds="$1"; shift ;;
      -*) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
      *) targets+=("$1"); shift ;;
    esac
  done
  [ -z "$runs" ] && [ -z "$seconds" ] && seconds=60
  [ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
  if [ "$jobs" -lt 1 ] || [ "$jobs" -gt 2 ]; then echo "fuzz.sh: --jobs must be 1 or 2" >&2; exit 2; fi
  local t
  for t in "${targets[@]}"; do
    [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz.sh: no target $t (targets: ${all[*]})" >&2; exit 2; }
  done
  if [ "$summary_only" -eq 1 ]; then summary; return; fi

  local build="${FUZZ_BUILD_DIR:-$pkg/.build-fuzz}"
  [ "$config" = debug ] && build="${FUZZ_BUILD_DIR:-$pkg/.build-fuzz-debug}"
  if [ "$do_build" -eq 1 ]; then
    echo "fuzz: building ($config, -sanitize=fuzzer,address) in $build" >&2
    mkdir -p "$work"
    (cd "$pkg" && swift build -c "$config" -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
       --scratch-path "$build" >"$work/.build-log" 2>&1) || { tail -30 "$work/.build-log" >&2; exit 2; }
  fi
  bin="$build/$config"
  "$bin/FuzzSeeds" "$root" "$work/.seeds" "$max_len" >&2

  echo "fuzz: ${targets[*]}: ${runs:+$runs runs}${seconds:+$seconds s} each, $jobs at a time" >&2
  local running=0
  for t in "${targets[@]}"; do
    if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
    echo "fuzz: $t ..." >&2
    rm -f "$work/.logs/$t.status"
    run_target "$t" &
    running=$((running + 1))
  done
  wait
  summary
}

# The whole script is read before it runs: editing it cannot disturb a run in progress.
main "$@"
exit $?
