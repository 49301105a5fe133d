#!/usr/bin/env bash
# A production build of the client has no development area: no page, no module, and none of the
# simulators' code or words inside the other areas' modules.
#
#   scripts/check-production-client.sh [site folder]
set -euo pipefail
cd "$(dirname "$0")/.."

site=${1:-target/site-production}
failed=0
fail() { echo "production client: $*" >&2; failed=1; }

[ -e "$site/dev.html" ] && fail "has the development page dev.html"
ls "$site"/pkg/dev-* >/dev/null 2>&1 && fail "has development modules: $(ls "$site"/pkg/dev-*)"
grep -q '^dev ' "$site/manifest.txt" && fail "its manifest lists the development area"

# Words only the simulators' pages show, as the catalogue has them, in every language.
for key in DevMailboxTitle DevMailboxNote DevOfficersTitle DevOfficersLead DevPhoneTitle DevPhoneNote DevPickerNote GatewayNote; do
  while read -r text; do
    [ -n "$text" ] || continue
    for module in "$site"/pkg/*/*.wasm "$site"/pkg/*/*.bin; do
      grep -qF -- "$text" "$module" && fail "${module#"$site"/} holds the development text «$text»"
    done
  done < <(grep -E "^    $key \{" app/src/i18n/messages.rs | grep -oE '(az|en|ru): "[^"]*"' | sed -E 's/^[a-z]+: "(.*)"$/\1/')
done

[ "$failed" -eq 0 ] && echo "production client in $site: no development area, page or code"
exit "$failed"
