#!/usr/bin/env bash
# Ingest benchmark: the whole real corpus into a fresh SQLite store, then the same again (every article
# unchanged). Prints articles per second for both runs, their ratio, and peak memory (from /usr/bin/time -v).
# usage: bench/ingest.sh [CORPUS_DIR...]   (default: ../shared/corpus/bbc ../shared/corpus/korea-2017-2019)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
[[ -x /usr/bin/time ]] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
corpus=("$@")
((${#corpus[@]})) || corpus=("$repo/../shared/corpus/bbc" "$repo/../shared/corpus/korea-2017-2019")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish "$repo/src/Graph.Cli" -c Release -o "$work/bin" --nologo -v quiet >/dev/null
run() { # run LABEL: one timed ingest; prints "LABEL articles seconds rate peak_mb"
  /usr/bin/time -v "$work/bin/graph" ingest "${corpus[@]}" --db "$work/graph.db" >"$work/$1.out" 2>"$work/$1.err" || true
  local seconds peak articles
  seconds=$(grep -oP 'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): \K[0-9:.]+' "$work/$1.err" \
    | python3 -c "import sys; print(sum(float(p) * 60 ** i for i, p in enumerate(reversed(sys.stdin.read().strip().split(':')))))")
  articles=$(grep -oP '\): \K[0-9]+(?= new)' "$work/$1.out")
  articles=$((articles + $(grep -oP '[0-9]+(?= updated)' "$work/$1.out") + $(grep -oP '[0-9]+(?= unchanged)' "$work/$1.out")))
  peak=$(grep -oP 'Maximum resident set size \(kbytes\): \K[0-9]+' "$work/$1.err")
  echo "$1 $articles $seconds $(python3 -c "print(round($articles / max($seconds, 0.001), 1))") $((peak / 1024))"
}
first=$(run first)
second=$(run second)
echo "run     articles  seconds  articles/s  peak MB"
printf '%-7s %8s %8s %11s %8s\n' $first
printf '%-7s %8s %8s %11s %8s\n' $second
python3 -c "import sys; a=float(sys.argv[1]); b=float(sys.argv[2]); print(f'second run is {b/a:.1f}x the speed of the first')" \
  "$(echo "$first" | cut -d' ' -f4)" "$(echo "$second" | cut -d' ' -f4)"
grep -E '^(Ingested|Store)' "$work/first.out"
grep -E '^(Ingested|Store)' "$work/second.out"
