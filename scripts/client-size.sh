#!/usr/bin/env bash
# The client's weight as a visitor downloads it (brotli, as served), page by page, against the
# byte budgets in scripts/client-budgets.txt. Byte counts are deterministic, so CI holds them:
# this fails, with the table, when a page is over its budget.
#
#   scripts/client-size.sh [site folder]
#
# A page's load is its area's page (index.html for the home page; the style sheet and the boot
# script are in it) with everything it preloads: js, the area's main module and its loader, and
# the parts of the module the page loads when it opens (parts.txt). Areas share no file, so a
# visitor coming from another area downloads all of it too.
# A row named `first+second` counts the part `second` opened after the page `first` (its part,
# or none where the area's main module draws it): `second` comes as its pack, or as the files
# `first` did not bring, one by one, whichever is fewer bytes, as app/packs.js chooses. An
# application's page is its service's part (`application+defined_form`); from "Müraciətlərim"
# the same part shares chunks (`my_applications+defined_form`).
# A budget of kind `load` holds that load, one of kind `part` a part's own file alone (issue 16's
# renderer, `defined_form`).
set -euo pipefail
cd "$(dirname "$0")/.."

site=${1:-target/site}
budgets=scripts/client-budgets.txt
manifest="$site/manifest.txt"
parts="$site/parts.txt"
part_files="$site/part-files.txt"
[ -f "$manifest" ] || { echo "no $manifest: build the client first (make client)" >&2; exit 2; }

br() { stat -c %s "$site/$1.br"; }
# What the loader weighs files by (scripts/build-client.sh's `served`): hundreds of bytes.
weight() { local total=0 file; for file in "$@"; do total=$((total + ($(br "$file") + 50) / 100)); done; echo "$total"; }
kib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
# The files parts.txt or part-files.txt names for this area's page.
files_of() { awk -v a="$area" -v p="$2" '$1 == a && $2 == p { $1 = ""; $2 = ""; print }' "$1"; }
sum() { local total=0 file; for file in "$@"; do total=$((total + $(br "$file"))); done; echo "$total"; }

over=0
# The row's verdict: `measured` against `budget`.
judge() {
  verdict=ok
  if [ "$measured" -gt "$budget" ]; then verdict="OVER by $(kib $((measured - budget))) KiB"; over=1; fi
}
printf '%-16s %-42s %9s %11s %11s  %s\n' area page "wasm" load budget ""
while read -r area page kind budget; do
  case "$area" in '' | '#'*) continue ;; esac
  # area page js wasm [loader]
  read -r _ html js wasm loader < <(awk -v a="$area" '$1 == a' "$manifest")
  if [ -z "${html:-}" ]; then
    # A production build has no development area; any other missing area is a broken build.
    [ "$area" = dev ] && continue
    echo "the built client has no area $area (scripts/client-budgets.txt names it)" >&2; exit 2
  fi
  case "$kind" in load | part) ;; *) echo "scripts/client-budgets.txt: a budget of kind $kind (load or part)" >&2; exit 2 ;; esac
  if [ "$kind" = part ]; then
    read -r own _ < <(files_of "$part_files" "$page") \
      || { echo "the built client has no part $page in $area" >&2; exit 2; }
    measured=$(br "$own")
    judge
    printf '%-16s %-42s %5s KiB %11s %7s KiB  %s %s\n' "$area" "$page" "$(kib "$measured")" - \
      "$(kib "$budget")" "$kind" "$verdict"
    continue
  fi
  [ "$area $page" = "public home" ] && html=index.html
  lazy=()
  if [ "$page" != - ]; then
    read -r -a lazy < <(files_of "$parts" "${page%%+*}") || true
  fi
  if [ "$page" != "${page#*+}" ]; then
    # A first page with no part of its own (its area's main module draws it) brings no file.
    brought=()
    read -r -a brought < <(files_of "$part_files" "${page%%+*}") || true
    read -r -a second < <(files_of "$part_files" "${page#*+}") || true
    [ "${#second[@]}" -gt 0 ] || { echo "the built client has no part ${page#*+} in $area" >&2; exit 2; }
    missing=()
    for file in "${second[@]}"; do
      [[ " ${brought[*]+"${brought[*]}"} " == *" $file "* ]] || missing+=("$file")
    done
    read -r -a pack < <(files_of "$parts" "${page#*+}") \
      || { echo "parts.txt has no line for the part ${page#*+} in $area" >&2; exit 2; }
    if [ "$(weight "${pack[@]}")" -le "$(weight ${missing[@]+"${missing[@]}"})" ]; then
      missing=("${pack[@]}")
    fi
    lazy+=(${missing[@]+"${missing[@]}"})
  fi
  modules=$(sum "$wasm" ${lazy[@]+"${lazy[@]}"})
  measured=$(sum "$html" "$js" "$wasm" ${loader:+"$loader"} ${lazy[@]+"${lazy[@]}"})
  judge
  printf '%-16s %-42s %5s KiB %7s KiB %7s KiB  %s %s\n' "$area" "$page" "$(kib "$modules")" \
    "$(kib "$measured")" "$(kib "$budget")" "$kind" "$verdict"
done < "$budgets"

if [ "$over" -ne 0 ]; then
  echo "the client is over its byte budget (scripts/client-budgets.txt): see the table above" >&2
  exit 1
fi
