#!/usr/bin/env bash
# The storm of expensive path queries (issue 11): with the response cache off, ROUNDS x 64 concurrent
# /api/connections?...&maxHops=6&limit=50&quotes=true between entities 5-6 hops apart, while /api/statistics is
# asked every 100 ms. Target: every request answered (200, or 429/503 with Retry-After within 1 s) and statistics
# under 50 ms throughout. Prints the answers by status with their slowest time, the statistics' times, and the
# machine's load average. Needs python3 and curl; DB is a store made by `graph ingest` (e.g. bbc + korea).
#
#   DB=store.db bench/load/storm.sh [CONCURRENCY] [ROUNDS]      e.g. DB=/tmp/bk.db bench/load/storm.sh 64 2
#
# Optional: BIN=folder of a built graph.dll (skips the build), PORT, WORK (output folder).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
concurrency="${1:-64}"
rounds="${2:-2}"
port="${PORT:-5098}"
work="${WORK:-$repo/artifacts/bench/storm}"
db="${DB:?DB=store.db: a store made by graph ingest}"
mkdir -p "$work"
base="http://127.0.0.1:$port"

if [ -z "${BIN:-}" ]; then
  echo "Building graph (Release)..." >&2
  dotnet build "$repo/src/Graph.Cli" -c Release -o "$work/bin" -v quiet -nologo >&2
fi
graph=(dotnet "${BIN:-$work/bin}/graph.dll")

# Pairs 5-6 hops apart in the stored relationships, found by breadth-first search from the store itself.
python3 - "$db" "$work/storm.txt" "$concurrency" <<'EOF'
import collections, random, sqlite3, sys, urllib.parse
db, out, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute(
    "SELECT DISTINCT source_id, target_id FROM relations WHERE source_id <> target_id").fetchall()
neighbours = collections.defaultdict(set)
for a, b in rows:
    neighbours[a].add(b)
    neighbours[b].add(a)
random.seed(7)
starts = sorted(neighbours, key=lambda n: -len(neighbours[n]))[:200]
pairs = []
for start in random.sample(starts, len(starts)):
    depth = {start: 0}
    queue = collections.deque([start])
    while queue:
        node = queue.popleft()
        for other in neighbours[node]:
            if other not in depth:
                depth[other] = depth[node] + 1
                queue.append(other)
    far = sorted(n for n, d in depth.items() if d in (5, 6))
    pairs += [(start, n) for n in random.sample(far, min(3, len(far)))]
    if len(pairs) >= wanted:
        break
if not pairs:
    sys.exit("No entities 5-6 hops apart in this store.")
q = lambda text: urllib.parse.quote(text, safe="")
with open(out, "w") as file:
    for a, b in pairs[:wanted]:
        file.write(f"/api/connections?from={q(a)}&to={q(b)}&maxHops=6&limit=50&quotes=true\n")
print(f"{len(pairs[:wanted])} pairs 5-6 hops apart", file=sys.stderr)
EOF

GRAPH__RESPONSECACHE=false "${graph[@]}" serve --db "$db" --urls "$base" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "$base/api/statistics" 2>/dev/null | grep -q '"ready": *true' && break
  sleep 0.5
done
curl -s -o /dev/null "$base$(head -n 1 "$work/storm.txt")"   # warm-up: JIT and the graph through quotes

# The storm and the statistics probe from one Python process with threads: starting a curl pipeline per request
# (64 at a time) cost the two cores more than the server's answers did, and the probe timed that too.
python3 - "$base" "$work/storm.txt" "$concurrency" "$rounds" "$work/answers.txt" "$work/statistics.txt" <<'PY'
import http.client, sys, threading, time, urllib.parse
base, paths_file, concurrency, rounds, answers_file, statistics_file = sys.argv[1:7]
host = urllib.parse.urlsplit(base)
paths = [line.strip() for line in open(paths_file) if line.strip()][: int(concurrency)]

def get(path, timeout):
    started = time.perf_counter()
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started, response.getheader("Retry-After") or "-"
    except Exception:
        return 0, time.perf_counter() - started, "-"
    finally:
        connection.close()

answers, statistics, done = [], [], threading.Event()

def probe():
    while not done.is_set():
        status, seconds, _ = get("/api/statistics", 30)
        statistics.append((status, seconds))
        time.sleep(0.1)

poller = threading.Thread(target=probe)
poller.start()
for _ in range(int(rounds)):
    threads = [threading.Thread(target=lambda p=path: answers.append(get(p, 60))) for path in paths]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
done.set()
poller.join()
with open(answers_file, "w") as file:
    file.writelines(f"{status} {seconds:.3f} {retry}\n" for status, seconds, retry in answers)
with open(statistics_file, "w") as file:
    file.writelines(f"{status} {seconds:.3f}\n" for status, seconds in statistics)
PY
load=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "storm: $rounds x $concurrency concurrent path queries (maxHops=6, limit=50, quotes=true), response cache off"
awk '{ n[$1]++; if ($2 > max[$1]) max[$1] = $2; if ($3 == "-") bare[$1]++ }
     END { for (s in n) printf "  status %s: %d answers, slowest %.2f s%s\n", s, n[s], max[s], (s != 200 && bare[s] ? sprintf(" (%d without Retry-After)", bare[s]) : "") }' \
  "$work/answers.txt" | sort
sort -k2 -n "$work/statistics.txt" | awk '{ t[NR] = $2; if ($1 != 200) bad++ }
  END { printf "  /api/statistics: %d answers during the storm, p50 %.0f ms, p99 %.0f ms, max %.0f ms, %d not 200\n",
        NR, t[int(NR * 0.5) + 1] * 1000, t[int(NR * 0.99) + (NR * 0.99 > int(NR * 0.99))] * 1000, t[NR] * 1000, bad }'
echo "  load average (1, 5, 15 min) at the end: $load"
