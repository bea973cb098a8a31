#!/usr/bin/env bash
# Load benchmark of the web API: ingests ../shared/corpus into a SQLite file (once; later runs find every
# article unchanged), starts `graph serve` on it, and runs wrk at 64 connections against entity search,
# entity details, relationships, quotes, shortest paths and neighbourhoods. Prints requests per second,
# p50/p99 latency and errors per scenario. Needs wrk (apt-get install -y wrk) and python3.
#
#   bench/load/run.sh [CORPUS_DIR] [DURATION]      e.g. bench/load/run.sh ../shared/corpus 20s
#
# Optional: DB=store.db (skips nothing: an unchanged corpus re-ingests in seconds), PASSES="cold" (only the
# cache-off pass), SCENARIOS="paths neighbourhood" (a subset), BIN=folder of a built graph.dll (skips the build,
# e.g. to compare an older build back to back), PORT.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${1:-$repo/../shared/corpus}"
duration="${2:-20s}"
connections="${CONNECTIONS:-64}"
threads="${THREADS:-2}"
port="${PORT:-5099}"
work="${WORK:-$repo/artifacts/bench/load}"
db="${DB:-$work/graph.db}"   # bench/scale.sh passes its news-37k store
mkdir -p "$work"

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }

passes="${PASSES:-cached cold}"
scenarios="${SCENARIOS:-search entity relationships quotes paths neighbourhood}"
if [ -z "${BIN:-}" ]; then
  echo "Building graph (Release)..." >&2
  dotnet build "$repo/src/Graph.Cli" -c Release -o "$work/bin" -v quiet -nologo >&2
fi
graph=(dotnet "${BIN:-$work/bin}/graph.dll")

echo "Ingesting $corpus into $db..." >&2
"${graph[@]}" ingest "$corpus" --db "$db" >&2 || echo "(ingest reported failures; benchmarking what was stored)" >&2

# utime + stime of the server process, in clock ticks.
server_cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

# One pass with the response cache (as served), one with it off (GRAPH__RESPONSECACHE=false): every
# request then reaches the store, which is what the cold figures measure.

measure() {
  local label="$1" cache="$2"
  GRAPH__RESPONSECACHE="$cache" "${graph[@]}" serve --db "$db" --urls "http://127.0.0.1:$port" >"$work/serve-$label.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
  # Up when /api/statistics answers; ready when it says the in-memory graph (paths, neighbourhoods) is built.
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/api/statistics" 2>/dev/null | grep -q '"ready": *true' && break
    sleep 0.5
  done
  [ -s "$work/paths.txt" ] || python3 "$repo/bench/load/make-requests.py" "http://127.0.0.1:$port" "$work"

  # Warm up: JIT, the in-memory graph and the quote tallies; with the cache on, every request once, so the
  # cached figures are steady-state ones (the cold pass measures what a miss costs).
  warm=5
  [ "$cache" = true ] && warm=100000
  for scenario in $scenarios; do
    head -n "$warm" "$work/$scenario.txt" | while read -r path; do curl -s -o /dev/null "http://127.0.0.1:$port$path"; done
  done

  printf '\n%s (response cache %s)\n%-14s %10s %10s %10s %10s %8s %10s\n' "$label" "$cache" scenario requests/s p50 p90 p99 errors cpu/req
  for scenario in $scenarios; do
    out="$work/$label-$scenario.wrk.txt"
    cpu_before=$(server_cpu_ticks)
    wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$repo/bench/load/rotate.lua" \
      "http://127.0.0.1:$port" -- "$work/$scenario.txt" >"$out"
    cpu_after=$(server_cpu_ticks)
    requests=$(awk '/requests in/ {print $1}' "$out")
    # The server's CPU (user + system) per request answered: with 64 connections on few cores, p99 is about
    # queue depth times this.
    cpu=$(awk -v t="$((cpu_after - cpu_before))" -v n="${requests:-0}" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { if (n > 0) printf "%.2fms", t * 1000 / hz / n; else print "-" }')
    rps=$(awk '/^Requests\/sec/ {print $2}' "$out")
    p50=$(awk '$1 == "50%" {print $2}' "$out")
    p90=$(awk '$1 == "90%" {print $2}' "$out")
    p99=$(awk '$1 == "99%" {print $2}' "$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$out")
    socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out")
    printf '%-14s %10s %10s %10s %10s %8s %10s\n' "$scenario" "$rps" "$p50" "$p90" "$p99" "$(( ${non2xx:-0} + ${socket:-0} ))" "$cpu"
  done
  kill $server; wait $server 2>/dev/null || true
  trap - EXIT
}

rm -f "$work/paths.txt"
for pass in $passes; do
  case "$pass" in
    cached) measure cached true ;;
    cold) measure cold false ;;
    *) echo "unknown pass '$pass' (cached or cold)" >&2; exit 2 ;;
  esac
done
echo "(wrk -t$threads -c$connections -d$duration, 64 connections; raw output in $work)"
