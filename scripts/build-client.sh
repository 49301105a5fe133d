#!/usr/bin/env bash
# Builds the client into a site folder (target/site unless given): one wasm module per area of
# app (app::routes::Area), each an entry point of app/entries, through wasm-bindgen and
# wasm-opt from npm's binaryen (Debian's wasm-opt 108 breaks the bundle); content-hashed names
# under /pkg/; a page per area that preloads its own module; brotli + gzip copies that the
# server sends as they are; and manifest.txt, which lists each area's files for the size check.
#
#   scripts/build-client.sh [development|production] [site folder]
#
# A production build has no development area: neither its module nor its page exists.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-development}
site=${2:-target/site}
case "$mode" in
  development | production) ;;
  *) echo "usage: $0 [development|production] [site folder]" >&2; exit 2 ;;
esac

profile=wasm-release
work=target/client-build/$mode
cache=target/client-build/wasm-opt-cache
wasm_opt=end2end/node_modules/.bin/wasm-opt
opt_flags=(-Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals)

areas=(public account cabinet place_of_stay fines debt_certificate customs office)
[ "$mode" = production ] || areas+=(dev)

bins=()
for area in "${areas[@]}"; do bins+=(--bin "$area"); done
cargo build -p entries "${bins[@]}" --target wasm32-unknown-unknown --profile "$profile"

rm -rf "$work" "$site"
mkdir -p "$work" "$site/pkg" "$cache"

hash() { sha256sum "$1" | cut -c1-16; }

cat style/tokens.css style/base.css style/components/*.css > "$work/qapi.css"
css="qapi-$(hash "$work/qapi.css").css"
cp "$work/qapi.css" "$site/pkg/$css"

# wasm-opt takes the longest and its output depends only on its input: a module already
# optimised (by another mode's build, say) is taken from the cache.
optimise() {
  local key
  key=$(echo "${opt_flags[*]} $(sha256sum "$1" | cut -d' ' -f1)" | sha256sum | cut -c1-32)
  if [ ! -f "$cache/$key.wasm" ]; then
    "$wasm_opt" "${opt_flags[@]}" -o "$cache/$key.tmp" "$1"
    mv "$cache/$key.tmp" "$cache/$key.wasm"
  fi
  cp "$cache/$key.wasm" "$2"
}

: > "$site/manifest.txt"
for area in "${areas[@]}"; do
  out="$work/$area"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$area" \
    "target/wasm32-unknown-unknown/$profile/$area.wasm"
  optimise "$out/${area}_bg.wasm" "$out/$area.opt.wasm"

  wasm="$area-$(hash "$out/$area.opt.wasm").wasm"
  cp "$out/$area.opt.wasm" "$site/pkg/$wasm"
  sed "s/${area}_bg\.wasm/$wasm/g" "$out/$area.js" > "$out/$area.named.js"
  js="$area-$(hash "$out/$area.named.js").js"
  cp "$out/$area.named.js" "$site/pkg/$js"
  sed "s/{{APP_JS}}/$js/g" app/boot.js > "$out/boot.js"
  boot="boot-$(hash "$out/boot.js").js"
  cp "$out/boot.js" "$site/pkg/$boot"

  sed -e "s/{{CSS}}/$css/g" -e "s/{{APP_JS}}/$js/g" -e "s/{{WASM}}/$wasm/g" -e "s/{{BOOT}}/$boot/g" \
    app/index.html > "$out/page.html"
  # The first paint is real: the home page's own heading and search (a plain form that works
  # without the app) in index.html, a loading line on every other page.
  pages=("$area:loading")
  [ "$area" = public ] && pages+=("index:home")
  for page in "${pages[@]}"; do
    awk -v part="app/shell/${page#*:}.html" \
      '/{{MAIN}}/ { while ((getline line < part) > 0) print line; next } { print }' \
      "$out/page.html" > "$site/${page%%:*}.html"
  done
  echo "$area $area.html pkg/$boot pkg/$js pkg/$wasm pkg/$css" >> "$site/manifest.txt"
done
cp -r public/. "$site/"

find "$site" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' \) \
  | while read -r file; do
      brotli -q 11 -f -k "$file"
      gzip -9 -f -k "$file"
    done
echo "client ($mode) built in $site: ${areas[*]}"
