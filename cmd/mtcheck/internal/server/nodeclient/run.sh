#!/usr/bin/env bash
# Checks mtcheck serve with a real LanguageTool client in Node: builds the
# binary, starts the server on a free loopback port, waits for /readyz, runs
# client.mjs against it, stops the server and exits with the client's status.
# Needs Go and Node, and `npm ci` in this directory first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
if [ ! -d "$here/node_modules/annotatedtext-remark" ]; then
  echo "run.sh: no node_modules in $here; run npm ci there first" >&2
  exit 2
fi

tmp="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "run.sh: building mtcheck"
(cd "$root" && go build -o "$tmp/mtcheck" ./cmd/mtcheck)

port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
url="http://127.0.0.1:$port"
echo "run.sh: starting mtcheck serve on $url"
"$tmp/mtcheck" serve --addr "127.0.0.1:$port" --no-config >"$tmp/server.log" 2>&1 &
pid=$!

ready=""
for _ in $(seq 1 150); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "run.sh: mtcheck serve exited before it was ready:" >&2
    cat "$tmp/server.log" >&2
    pid=""
    exit 2
  fi
  if node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url/readyz"; then
    ready=1
    break
  fi
  sleep 0.2
done
if [ -z "$ready" ]; then
  echo "run.sh: $url/readyz did not answer 200 within 30 s:" >&2
  cat "$tmp/server.log" >&2
  exit 2
fi

status=0
node "$here/client.mjs" "$url" || status=$?
if [ "$status" -ne 0 ]; then
  echo "run.sh: client failed with status $status; server log:" >&2
  tail -n 50 "$tmp/server.log" >&2
fi
exit "$status"
