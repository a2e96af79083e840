#!/usr/bin/env bash
# The CLI as an installed .NET tool, against a running server: pack src/Roster.Cli, install the package into a
# private tool path, start the built server from another working directory (it must find its appsettings.json and
# seed beside its binary), and ask the installed `roster who` who headed 阳泉市公安局 on 2022-01-29 (靳润喜, from the
# seed gazette). Prints "# pass 1" or "# fail 1" so .ci/run counts it with the other tests; exits non-zero on failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "tool check: $*"; [ -f "$work/server.log" ] && tail -20 "$work/server.log"; echo "# fail 1"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

dotnet pack "$root/src/Roster.Cli" -c Release -o "$work/packages" -v q >/dev/null || fail "dotnet pack failed"
dotnet tool install Roster.Cli --tool-path "$work/tools" --add-source "$work/packages" >/dev/null || fail "dotnet tool install failed"

grpc=$(free_port); http=$(free_port)
mkdir -p "$work/run"
(cd "$work/run" && exec dotnet "$root/src/Roster.Server/bin/Debug/net10.0/Roster.Server.dll" \
  --urls "http://127.0.0.1:$grpc" --Roster:HttpUrl="http://127.0.0.1:$http" --Roster:MetricsUrl= >"$work/server.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$http/readyz" >/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || fail "the server exited"
  sleep 1
done
curl -sf "http://127.0.0.1:$http/readyz" >/dev/null || fail "the server did not become ready"
# appsettings.json beside the binary names the database data/roster.db, relative to the working directory.
[ -f "$work/run/data/roster.db" ] || fail "the server did not read its appsettings.json from beside its binary"

answer=$("$work/tools/roster" who 阳泉市公安局 --rank head --on 2022-01-29 --server "http://127.0.0.1:$grpc" 2>&1) \
  || fail "roster who failed: $answer"
echo "$answer"
grep -q 靳润喜 <<<"$answer" || fail "the installed roster who did not answer 靳润喜"
# README's `roster listing … --json | jq .`: the response is JSON (int64 as strings), not gazette text.
listing=$("$work/tools/roster" listing --from 2022-01-01 --to 2022-02-28 --json --server "http://127.0.0.1:$grpc" 2>&1) \
  || fail "roster listing --json failed: $listing"
jq -e '.listing.contents | length > 0' <<<"$listing" >/dev/null || fail "roster listing --json is not JSON with contents: $listing"
echo "# pass 1"
