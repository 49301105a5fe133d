#!/usr/bin/env bash
# Benchmarks that report (never fail): the client's first-load weight, the back office's queue
# with 1 000 and 100 000 applications, then Lighthouse's median of three mobile runs on the
# home page against a fresh server.
set -euo pipefail
cd "$(dirname "$0")/.."

site=target/site
echo "== first load of the home page (what index.html pulls in) =="
total_raw=0
total_br=0
for file in "$site/index.html" $(grep -oE '/pkg/[^"]+' "$site/index.html" | sort -u | sed "s|^|$site|"); do
  raw=$(stat -c %s "$file")
  br=$(stat -c %s "$file.br")
  total_raw=$((total_raw + raw))
  total_br=$((total_br + br))
  printf '%-40s %8d B raw %8d B brotli\n' "${file#"$site"/}" "$raw" "$br"
done
printf '%-40s %8d B raw %8d B brotli (budget 184320 B)\n' "total" "$total_raw" "$total_br"

cargo run --quiet --release -p server --example queue_bench

echo "== lighthouse, mobile, home page =="
run=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$run"' EXIT
QAPI_ENVIRONMENT=development QAPI_APPLICATION__PORT=3199 QAPI_DATA_DIR="$run/data" \
  QAPI_DATABASE__URL="sqlite://$run/qapi.db?mode=rwc" QAPI_SITE_DIR="$site" RUST_LOG=warn \
  ./target/release/qapi &
server=$!
for _ in $(seq 50); do
  curl -sf http://127.0.0.1:3199/api/health >/dev/null && break
  sleep 0.2
done
(cd bench && node lighthouse.mjs http://127.0.0.1:3199/) || echo "lighthouse could not measure"
