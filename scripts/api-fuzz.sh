#!/usr/bin/env bash
# Schemathesis against the server (the debug build, `make test-server`) on a fresh database, from
# the API's own description (/api/openapi.json): no answer may be a server error or fall outside
# its schema, status code or media type. Three passes: every operation anonymous (the logged-in
# ones must answer 401 in the error shape), then the logged-in ones as a citizen (Asan İmza's
# simulator) and as an officer (password and authenticator code), with the session cookie and its
# CSRF token.
#
# Usage: scripts/api-fuzz.sh [examples per operation, default 25]. Needs `make test-server` and
# `scripts/setup.sh` (which installs schemathesis).
set -euo pipefail
cd "$(dirname "$0")/.."

examples=${1:-25}
port=${QAPI_FUZZ_PORT:-3198}
base=http://127.0.0.1:$port
schemathesis=target/api-fuzz-venv/bin/schemathesis
[ -x "$schemathesis" ] || { echo "schemathesis is missing: run scripts/setup.sh" >&2; exit 1; }

run=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$run"' EXIT

# The API does not need the client; without a built one, pages that say so stand in.
site=target/site
if [ ! -f "$site/index.html" ]; then
  site=$run/site
  mkdir -p "$site"
  for page in index public account cabinet place_of_stay debt_certificate customs letters office form_preview dev; do
    echo '<!doctype html><title>Qapı</title>' >"$site/$page.html"
  done
  : >"$site/parts.txt"
fi

QAPI_ENVIRONMENT=development QAPI_APPLICATION__PORT=$port QAPI_DATA_DIR="$run/data" \
  QAPI_DATABASE__URL="sqlite://$run/qapi.db?mode=rwc" QAPI_SITE_DIR="$site" RUST_LOG=warn \
  ./target/debug/qapi >"$run/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do
  curl -sf "$base/api/health" >/dev/null && break
  sleep 0.2
done

json() { python3 -c "import json, sys; print(eval(sys.argv[1], {}, {'d': json.load(sys.stdin)}))" "$1"; }
session_cookie() { awk '$6 == "qapi_session" { print $7 }' "$1"; }

# A citizen, through the Asan İmza simulator's demo person (README, "Trying it").
citizen=$run/citizen.cookies
attempt=$(curl -sf -c "$citizen" -H 'content-type: application/json' \
  -d '{"phone":"050 211 22 33","user_id":"100001"}' "$base/api/login/asan-imza" | json "d['attempt']")
request=$(curl -sf "$base/api/dev/identity/asan-imza" | json "d[0]['id']")
curl -sf -o /dev/null -H 'content-type: application/json' -d '{"confirm":true,"pin1":"1111"}' \
  "$base/api/dev/identity/asan-imza/$request"
curl -sf -o /dev/null -c "$citizen" -X POST "$base/api/login/attempts/$attempt"
citizen_csrf=$(curl -sf -b "$citizen" "$base/api/session" | json "d['csrf_token']")

# An officer: the migration service's supervisor, with the code the dev page shows.
officer=$run/officer.cookies
email=supervisor@demo.qapi.az
challenge=$(curl -sf -H 'content-type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"Demo-officer-2026\"}" "$base/api/session" |
  json "d['challenge']")
code=$(curl -sf "$base/api/dev/officers" | json "[o['code'] for o in d if o['email'] == '$email'][0]")
curl -sf -o /dev/null -c "$officer" -H 'content-type: application/json' \
  -d "{\"challenge\":\"$challenge\",\"code\":\"$code\"}" "$base/api/session/second-factor"
officer_csrf=$(curl -sf -b "$officer" "$base/api/session" | json "d['csrf_token']")

fuzz() {
  "$schemathesis" run "$base/api/openapi.json" \
    --checks not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance \
    --phases examples,coverage,fuzzing --max-examples "$examples" --seed 19 \
    --suppress-health-check all --no-color "$@"
}
# The billing simulator's switch takes Azərişıq's billing down on purpose, and what needs it
# then answers 503 as it should: not a defect, so the switch stays off.
switch='^billing_switch$'
# What would end the session under test, or the account, is left to the anonymous pass.
leaves='^(log_out|log_out_everywhere|change_password|request_deletion)$'
status=0
echo "== anonymous: every operation"
fuzz --exclude-operation-id-regex "$switch" || status=1
echo "== a citizen: the operations of a logged-in person"
fuzz --include-path-regex '^/api/(account|applications|hosts|fines/mine|payments$|customs|billing|files|session)' \
  --exclude-operation-id-regex "$leaves" \
  -H "Cookie: qapi_session=$(session_cookie "$citizen")" -H "X-CSRF-Token: $citizen_csrf" || status=1
echo "== an officer: the back office"
fuzz --include-path-regex '^/api/office/' \
  -H "Cookie: qapi_session=$(session_cookie "$officer")" -H "X-CSRF-Token: $officer_csrf" || status=1
if grep -q ' ERROR ' "$run/server.log"; then
  echo "the server logged errors:" >&2
  grep ' ERROR ' "$run/server.log" >&2
  status=1
fi
exit $status
