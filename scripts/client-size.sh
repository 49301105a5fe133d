#!/usr/bin/env bash
# The client's weight as a visitor downloads it (brotli, as served), per area, against the byte
# budgets in scripts/client-budgets.txt. Byte counts are deterministic, so CI holds them: this
# fails, with the table, when an area is over its budget.
#
#   scripts/client-size.sh [site folder]
#
# "first load" is an area's page with everything it preloads (boot, js, wasm, css); "adds" is
# what a visitor coming from the public area downloads on top (the css is already cached).
set -euo pipefail
cd "$(dirname "$0")/.."

site=${1:-target/site}
budgets=scripts/client-budgets.txt
manifest="$site/manifest.txt"
[ -f "$manifest" ] || { echo "no $manifest: build the client first (make client)" >&2; exit 2; }

br() { stat -c %s "$site/$1.br"; }
kib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }

public_css=$(awk '$1 == "public" { print $6 }' "$manifest")
over=0
printf '%-18s %12s %12s %12s %14s  %s\n' area "wasm (br)" "first load" adds budget ""
while read -r area page boot js wasm css; do
  # The simulators' pages exist only in development and demo builds; they have no budget.
  [ "$area" = dev ] && continue
  first=0
  for file in "$page" "$boot" "$js" "$wasm" "$css"; do first=$((first + $(br "$file"))); done
  adds=$first
  [ "$css" = "$public_css" ] && adds=$((first - $(br "$css")))
  budget=$(awk -v a="$area" '$1 == a { print $2; exit }' "$budgets")
  [ -n "$budget" ] || { echo "no budget for the area $area in $budgets" >&2; exit 2; }
  # The public area's budget is its first load; every other area's is what it adds.
  measured=$adds
  [ "$area" = public ] && measured=$first
  verdict=ok
  if [ "$measured" -gt "$budget" ]; then verdict="OVER by $(kib $((measured - budget))) KiB"; over=1; fi
  printf '%-18s %8s KiB %8s KiB %8s KiB %10s KiB  %s\n' "$area" "$(kib "$(br "$wasm")")" \
    "$(kib "$first")" "$(kib "$adds")" "$(kib "$budget")" "$verdict"
  if [ "$area" = public ]; then
    home=$((first - $(br "$page") + $(br index.html)))
    printf '%-18s %12s %8s KiB %12s %10s KiB  %s\n' "  / (index.html)" "" "$(kib "$home")" "" \
      "$(kib "$budget")" "$([ "$home" -le "$budget" ] && echo ok || { over=1; echo OVER; })"
  fi
done < "$manifest"

if [ "$over" -ne 0 ]; then
  echo "the client is over its byte budget (scripts/client-budgets.txt): see the table above" >&2
  exit 1
fi
