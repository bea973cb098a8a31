#!/usr/bin/env bash
# Scale benchmark (issue 10): ingest news-37k (37,542 articles; the .jsonl.gz is read directly, streaming)
# into a fresh SQLite store, then the same file again (every article unchanged: the re-ingest figure).
# Prints for both runs: wall and CPU time, articles/s, MB/s of article text, peak RSS; then the database
# size and what takes the space, and the cost of each 1,000 articles (from the progress lines).
# LOAD=1 then runs the load test (bench/load/run.sh) on the same store.
#
#   bench/scale.sh [INPUT...]       default: ../shared/corpus/news-37k/articles.jsonl.gz
#   GRAPH_BIN=path/to/graph bench/scale.sh    uses a build you made instead of publishing one
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
[[ -x /usr/bin/time ]] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
inputs=("$@")
((${#inputs[@]})) || inputs=("$repo/../shared/corpus/news-37k/articles.jsonl.gz")
work="${WORK:-$repo/artifacts/bench/scale}"
db="$work/news.db"
mkdir -p "$work"
rm -f "$db" "$db-wal" "$db-shm"

graph="${GRAPH_BIN:-}"
if [[ -z "$graph" ]]; then
  echo "Publishing graph (Release)..." >&2
  dotnet publish "$repo/src/Graph.Cli" -c Release -o "$work/bin" --nologo -v quiet >/dev/null
  graph="$work/bin/graph"
fi

run() { # run LABEL: one timed ingest, its progress lines kept in LABEL.err
  echo "Ingesting (${1})..." >&2
  /usr/bin/time -v "$graph" ingest "${inputs[@]}" --db "$db" >"$work/$1.out" 2>"$work/$1.err" || true
}
run first
run second

python3 - "$work" "$db" <<'PY'
import os, re, sqlite3, sys
work, db = sys.argv[1], sys.argv[2]

def figures(label):
    out = open(f"{work}/{label}.out").read()
    err = open(f"{work}/{label}.err").read()
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)", err).group(1)
    wall = sum(float(p) * 60 ** i for i, p in enumerate(reversed(clock.split(":"))))
    user = float(re.search(r"User time \(seconds\): ([0-9.]+)", err).group(1))
    system = float(re.search(r"System time \(seconds\): ([0-9.]+)", err).group(1))
    peak = int(re.search(r"Maximum resident set size \(kbytes\): ([0-9]+)", err).group(1)) / 1024
    counts = re.search(r"(\d+) new, (\d+) updated, (\d+) unchanged, (\d+) failed", out)
    progress = re.findall(r"^ingest: (\d+) articles in ([0-9.]+) s: .*?([0-9.]+) MB/s of text.*?CPU ([0-9.]+) s", err, re.M)
    articles = sum(int(counts.group(i)) for i in (1, 2, 3)) if counts else 0
    mbps = float(progress[-1][2]) if progress else 0.0
    return dict(label=label, wall=wall, cpu=user + system, user=user, system=system, peak=peak, articles=articles,
                failed=int(counts.group(4)) if counts else -1, rate=articles / max(wall, 0.001), mbps=mbps,
                progress=[(int(n), float(t)) for n, t, _, _ in progress], cpu_progress=[(int(n), float(c)) for n, _, _, c in progress])

runs = [figures("first"), figures("second")]
print(f"{'run':<7} {'articles':>8} {'failed':>6} {'wall s':>8} {'CPU s':>8} {'articles/s':>10} {'MB/s text':>9} {'peak MB':>8}")
for r in runs:
    print(f"{r['label']:<7} {r['articles']:>8} {r['failed']:>6} {r['wall']:>8.1f} {r['cpu']:>8.1f} {r['rate']:>10.1f} {r['mbps']:>9.2f} {r['peak']:>8.0f}")

size = sum(os.path.getsize(db + suffix) for suffix in ("", "-wal") if os.path.exists(db + suffix))
print(f"\ndatabase: {size / 1e6:.0f} MB ({db})")
try:
    connection = sqlite3.connect(db)
    rows = connection.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12").fetchall()
    for name, bytes_ in rows:
        print(f"  {name:<40} {bytes_ / 1e6:>8.1f} MB")
except sqlite3.Error as e:
    print(f"  (no per-table sizes: {e})")

# Seconds per 1,000 articles, wall and CPU, interpolated between the progress lines (one every few seconds).
# On a shared machine the CPU curve is the one to read.
def per_thousand(points):
    points = [(0, 0.0)] + points
    marks, previous = [], 0.0
    for k in range(1000, points[-1][0] + 1, 1000):
        for (n0, t0), (n1, t1) in zip(points, points[1:]):
            if n0 <= k <= n1 and n1 > n0:
                at = t0 + (t1 - t0) * (k - n0) / (n1 - n0)
                marks.append((k, at - previous))
                previous = at
                break
    return "  " + "  ".join(f"{k // 1000}k:{s:.1f}" for k, s in marks)

print("\nfirst run, wall seconds per 1,000 articles:")
print(per_thousand(runs[0]["progress"]))
print("first run, CPU seconds per 1,000 articles:")
print(per_thousand(runs[0]["cpu_progress"]))
PY

if [[ "${LOAD:-0}" == "1" ]]; then
  DB="$db" "$repo/bench/load/run.sh" "${inputs[0]}"
fi
