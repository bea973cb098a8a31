#!/bin/bash
# First-request timings of the period insights and of quotes by role, against a running `graph serve`.
# Usage: bench/period-insights.sh PORT SERVER_PID [DAY_A DAY_B DAY_C]
# Each request asks a period not asked before (the end day differs), so no kept period snapshot answers it; pass
# other days to run again against the same server. Prints: status, wall seconds, CPU seconds of the server process.
set -euo pipefail
PORT=$1; PID=$2; A=${3:-31}; B=${4:-30}; C=${5:-29}
tck=$(getconf CLK_TCK)
cpu() { awk '{print $14+$15}' "/proc/$PID/stat"; }
run() {
  local c0 c1 out
  c0=$(cpu)
  out=$(curl -s -o /dev/null -w "%{http_code} %{time_total}" "http://127.0.0.1:$PORT$1")
  c1=$(cpu)
  echo "$out cpu=$(echo "scale=2;($c1-$c0)/$tck" | bc) $1"
}
for y in 2018 2016; do
  run "/api/insights/most-quoted?since=$y-01-01&until=$y-12-$A"
  run "/api/insights/most-connected?since=$y-01-01&until=$y-12-$B"
  run "/api/insights/brokers?since=$y-01-01&until=$y-12-$C"
done
run "/api/insights/most-quoted?since=2017-01-01&until=2019-12-$A"
run "/api/insights/most-connected?since=2017-01-01&until=2019-12-$B"
run "/api/insights/brokers?since=2017-01-01&until=2019-12-$C"
run "/api/quotes?speakerRole=professor"
run "/api/quotes?speakerRole=senior%20fellow&limit=20"
