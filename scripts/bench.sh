#!/usr/bin/env bash
# Benchmarks that report (never fail): the client's weight per page, the back office's queue
# with 1 000 and 100 000 applications, authenticated reads and draft saves from 10 and 50
# connections, submissions against bare durable commits, fines found from an address each
# (each lookup counted against a limit; then the queue, drafts, submissions and fines again on
# PostgreSQL), memory under 150 logins at once, the outbox's delivery rate over SMTP, the
# public catalogue's reads (list, agencies, search) from 100 connections as ratios to a
# service's page, then Lighthouse's median of three mobile runs on the home page, a service's
# card and the place-of-stay flow against a fresh server.
set -euo pipefail
cd "$(dirname "$0")/.."

site=target/site
echo "== the client's weight per page (brotli, as served; CI holds these budgets) =="
./scripts/client-size.sh "$site" || true

cargo run --quiet --release -p server --example queue_bench
cargo run --quiet --release -p server --example session_bench
cargo run --quiet --release -p server --example draft_bench
cargo run --quiet --release -p server --example submit_bench
cargo run --quiet --release -p server --example limits_bench
cargo run --quiet --release -p server --example login_bench
cargo run --quiet --release -p server --example outbox_bench
cargo run --quiet --release -p server --example catalogue_bench

echo "== the same writes and queue on PostgreSQL (a throwaway cluster, fsync on) =="
pg_virtualenv env QAPI_TEST_DATABASE=postgres sh -c '
  cargo run --quiet --release -p server --example queue_bench &&
  cargo run --quiet --release -p server --example draft_bench &&
  cargo run --quiet --release -p server --example submit_bench &&
  cargo run --quiet --release -p server --example limits_bench'

echo "== lighthouse, mobile =="
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
for path in / /services/33.11 /services/33.11/apply; do
  echo "-- $path"
  (cd bench && node lighthouse.mjs "http://127.0.0.1:3199$path") || echo "lighthouse could not measure $path"
done
