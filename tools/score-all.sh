#!/usr/bin/env bash
# Scores the extractor on the canonical article and the dev set with ../shared/eval/score.py.
# usage: tools/score-all.sh [--verbose]   (extra gold files in tests/Graph.Extraction.Tests/Gold are scored too)
#        BLIND=1 tools/score-all.sh       scores only the first blind set, tests/Graph.Extraction.Tests/Gold/Blind
#        BLIND=2 tools/score-all.sh       scores only the second blind set, tests/Graph.Extraction.Tests/Gold/Blind2
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${GRAPH_SHARED_DIR:-$root/../shared}"
verbose="${1:-}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet build "$root/bench/Graph.Extraction.Benchmarks" -c Release -v q -nologo >&2
harness="$root/bench/Graph.Extraction.Benchmarks/bin/Release/net10.0/Graph.Extraction.Benchmarks.dll"

pairs=()
if [ "${BLIND:-0}" = "1" ]; then
  for g in "$root"/tests/Graph.Extraction.Tests/Gold/Blind/*.json; do pairs+=("$g"); done
elif [ "${BLIND:-0}" = "2" ]; then
  for g in "$root"/tests/Graph.Extraction.Tests/Gold/Blind2/*.json; do pairs+=("$g"); done
else
  pairs+=("$shared/eval/gold/kim-xi-beijing.json")
  for g in "$shared"/eval/gold/dev/*.json; do pairs+=("$g"); done
  if [ "${EXTRA:-1}" = "1" ] && compgen -G "$root/tests/Graph.Extraction.Tests/Gold/*.json" >/dev/null; then
    for g in "$root"/tests/Graph.Extraction.Tests/Gold/*.json; do pairs+=("$g"); done
  fi
fi

# An "article" reference FILE.jsonl[.gz]#L<n> names line n (1-based) of a JSON Lines file (corpus/news-37k):
# that record's "text" field (text only, no title) is written to a temporary .txt file, which is scored.
files=()
for g in "${pairs[@]}"; do
  files+=("$(python3 - "$g" "$shared" "$out" <<'PY'
import gzip, json, os, re, sys
gold, shared, out = sys.argv[1:4]
ref = json.load(open(gold, encoding="utf-8"))["article"]
m = re.match(r"^(.+\.jsonl(?:\.gz)?)#L([1-9][0-9]*)$", ref)
if not m:
    print(os.path.join(shared, ref))
    sys.exit(0)
path, want = os.path.join(shared, m.group(1)), int(m.group(2))
with (gzip.open if path.endswith(".gz") else open)(path, "rt", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if n == want:
            break
    else:
        sys.exit(f"{gold}: {path} has fewer than {want} lines")
txt = os.path.join(out, "article-" + os.path.basename(gold)[:-len(".json")] + ".txt")
with open(txt, "w", encoding="utf-8") as f:
    f.write(json.loads(line)["text"])
print(txt)
PY
)")
done
dotnet "$harness" extract "${files[@]}" > "$out/all.jsonl"

total=0; n=0; i=0
for g in "${pairs[@]}"; do
  i=$((i+1))
  sed -n "${i}p" "$out/all.jsonl" > "$out/one.json"
  name="$(basename "$g" .json)"
  echo "== $name"
  if [ "$verbose" = "--verbose" ]; then
    python3 "$shared/eval/score.py" "$g" "$out/one.json" --text "${files[$((i-1))]}" --verbose
  else
    python3 "$shared/eval/score.py" "$g" "$out/one.json" --text "${files[$((i-1))]}" | grep -E "^(entities|relations|quotes|score)"
  fi
  s="$(python3 "$shared/eval/score.py" "$g" "$out/one.json" --text "${files[$((i-1))]}" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["score"])')"
  total="$(python3 -c "print($total + $s)")"; n=$((n+1))
done
python3 -c "print(f'mean score over $n articles: {$total / $n:.3f}')"
