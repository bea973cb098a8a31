#!/bin/sh
# `graph extract` end to end (start-up, reading, extraction on every core, JSON output) over a corpus in one call,
# side by side with compromise (people, places, organisations; bench/compromise-names.mjs) in the same run.
# Prints MB/s of text (wall) and CPU seconds for both, from hyperfine's runs.
# Usage: bench/extract-speed.sh [CORPUS_FOLDER]   (default ../shared/corpus/bbc; RUNS=3, WORK=/tmp/graph-extract-speed)
# Needs hyperfine, Node.js with npm, and the .NET SDK.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpus/bbc}
work=${WORK:-/tmp/graph-extract-speed}
mkdir -p "$work"
[ -d "$work/node_modules/compromise" ] || (cd "$work" && npm install --no-save --silent compromise@14)
cp "$root/bench/compromise-names.mjs" "$work/"
# The published command line, compiled ahead of time (ReadyToRun), as users run it.
dotnet publish "$root/src/Graph.Cli/Graph.Cli.csproj" -c Release -r linux-x64 --self-contained false -o "$work/graph" > "$work/publish.log"
bytes=$(find "$corpus" -type f -exec cat {} + | wc -c)
files=$(find "$corpus" -type f | wc -l)
hyperfine -N --warmup 1 --runs "${RUNS:-3}" --export-json "$work/extract-speed.json" \
  "dotnet $work/graph/graph.dll extract $corpus" \
  "node $work/compromise-names.mjs $corpus"
python3 - "$work/extract-speed.json" "$bytes" "$files" <<'PY'
import json, sys
runs, megabytes, files = json.load(open(sys.argv[1]))["results"], int(sys.argv[2]) / 1e6, sys.argv[3]
print(f"{files} files, {megabytes:.2f} MB of text")
for run in runs:
    cpu = run["user"] + run["system"]
    print(f"{run['command'].split()[1].split('/')[-1]:24} wall {run['mean']:.2f} s (min {run['min']:.2f}): {megabytes / run['mean']:.2f} MB/s "
          f"(best {megabytes / run['min']:.2f}); CPU {cpu:.2f} s: {megabytes / cpu:.2f} MB per CPU second")
PY
