#!/usr/bin/env bash
# Load benchmark: one server on a generated dataset, the closed-loop driver beside it.
#   bench/run-load.sh SIZE [driver options…]      SIZE: 20k | 200k | 2m
# Builds Release, generates bench/data/SIZE.db once (seed 1), starts the benchmark host (bench/Roster.Bench.Server:
# the production server plus the baselines) on 127.0.0.1:5090 pinned to CPU 0 and the driver to CPU 1 (taskset, when present), runs the driver,
# prints the server's RSS after the load, stops the server (by its pid).
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:?usage: bench/run-load.sh 20k|200k|2m [driver options]}"; shift
port="${ROSTER_BENCH_PORT:-5090}"
db="bench/data/$size.db"
[ -n "${ROSTER_BENCH_NO_BUILD:-}" ] || for project in bench/Roster.Bench.Server bench/Roster.Bench.Load; do dotnet build -c Release -v q --nologo "$project" | grep -E "error|warn" || true; done
if [ ! -f "$db" ]; then
  mkdir -p bench/data
  dotnet bench/Roster.Bench.Dataset/bin/Release/net10.0/roster-dataset.dll --size "$size" --seed 1 --db "$db"
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "run-load: 127.0.0.1:$port is taken; stop that process or set ROSTER_BENCH_PORT" >&2
  exit 1
fi
pin_server=(); pin_driver=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then pin_server=(taskset -c 0); pin_driver=(taskset -c 1); fi
"${pin_server[@]}" dotnet bench/Roster.Bench.Server/bin/Release/net10.0/roster-bench-server.dll --urls "http://127.0.0.1:$port" \
  "--ConnectionStrings:Roster=Data Source=$PWD/$db" --Roster:ImportSeed=false --Roster:RateLimit:PermitLimit=0 \
  --Roster:HttpUrl= --Roster:MetricsUrl= --Logging:LogLevel:Default=Warning &   # gRPC only: no JSON or metrics port to collide with
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
# Up to 15 minutes: the first start on a freshly loaded file builds the anomaly projection before it listens (about
# 45 s at 200k, 8 minutes at 2m; docs/performance.md).
for _ in $(seq 1 4500); do
  kill -0 "$server" 2>/dev/null || { echo "run-load: the benchmark server exited before listening (see its message above)" >&2; exit 1; }
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  sleep 0.2
done
echo "load before: $(uptime)"
echo "server pid $server, RSS at start: $(grep VmRSS /proc/$server/status | awk '{print $2/1024 " MB"}')"
"${pin_driver[@]}" dotnet bench/Roster.Bench.Load/bin/Release/net10.0/roster-load.dll --server "http://127.0.0.1:$port" --size "$size" "$@"
echo "load after: $(uptime)"
echo "server RSS after the load: $(grep VmRSS /proc/$server/status | awk '{print $2/1024 " MB"}') (peak $(grep VmHWM /proc/$server/status | awk '{print $2/1024 " MB"}'))"
