#!/usr/bin/env bash
# Builds the client into a site folder (target/site unless given): one wasm module per area of
# app (app::area::Area), each an entry point of app/entries, split by wasm-split-cli into the
# area's main module and the parts its lazy pages load when opened (`lazy_pages!`, ADR 0010),
# then wasm-bindgen, wasm-opt from npm's binaryen (Debian's wasm-opt 108 breaks the bundle) and
# esbuild to minify the JS. Each area's files sit in one folder under /pkg/ named by the hash of
# them all (the main module and its loader import each other, so no file can carry a hash of its
# own); a page per area with the style sheet and its boot script in it, which loads its main
# module after the page's first paint (a template: the server fills that paint in the
# visitor's language, server/src/http/site.rs); brotli + gzip copies that the server
# sends as they are; manifest.txt, which lists each area's files for the size check, and
# parts.txt, which names the file each lazy page needs (its part, or the part's pack: the part
# and the chunks it shares in one file), for the server to preload on a deep link and the size
# check to count, and part-files.txt, each part's files, for the size check to count a part
# opened after another page (what app/packs.js then fetches depends on the files they share).
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
esbuild=end2end/node_modules/.bin/esbuild
# -O3, not -Oz: -Oz's modules are 4-6 % smaller raw but pack worse; with -O3 every page of the
# size check downloads 0.2-7.4 KiB less as served, brotli (ADR 0010, 2026-12-07).
opt_flags="-O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals"

areas=(public account cabinet place_of_stay debt_certificate customs letters office form_preview)
[ "$mode" = production ] || areas+=(dev)

# One build per area: an area's feature brings its lazy pages into its own module only.
for area in "${areas[@]}"; do
  cargo build -p entries --bin "$area" --features "$area" --target wasm32-unknown-unknown \
    --profile "$profile"
done

rm -rf "$work" "$site"
mkdir -p "$work" "$site/pkg" "$cache"

# The style sheet, minified (its comments and spaces were a third of it as served), goes into
# every page: the first paint needs no request but the page's (ADR 0010, the first paint alone).
cat style/tokens.css style/base.css style/components/*.css \
  | "$esbuild" --loader=css --minify --log-level=warning > "$work/style.css"

# wasm-opt takes the longest and its output depends only on its input: a module already
# optimised (by another mode's build, say) is taken from the cache. It runs on node, so each
# call starts slowly: an area's many parts are optimised side by side, one per core.
optimise() {
  local key
  key=$(echo "$opt_flags $(sha256sum "$1" | cut -d' ' -f1)" | sha256sum | cut -c1-32)
  if [ ! -f "$cache/$key.wasm" ]; then
    # shellcheck disable=SC2086 # the flags are words
    # It warns of every part's name section it does not know; only a failure is worth reading.
    "$wasm_opt" $opt_flags -o "$cache/$key.tmp" "$1" 2> "$cache/$key.log" \
      || { cat "$cache/$key.log" >&2; return 1; }
    mv "$cache/$key.tmp" "$cache/$key.wasm"
  fi
  cp "$cache/$key.wasm" "$2"
}
export -f optimise
export opt_flags cache wasm_opt

# The copies the server sends as they are: brotli, and gzip for a browser without it (with no
# name or time, as an area's folder is named by the hash of its files).
compress() { brotli -q 11 -f -k "$1" && gzip -9 -n -f -k "$1"; }
export -f compress

: > "$site/manifest.txt"
: > "$site/parts.txt"
: > "$site/part-files.txt"
for area in "${areas[@]}"; do
  out="$work/$area"
  # The linked module keeps its relocations (.cargo/config.toml) for the splitter to move code.
  wasm-split-cli "target/wasm32-unknown-unknown/$profile/$area.wasm" "$out/split" \
    --target web --out-name "$area"
  # The parts import the main module's table and memory by the names the linker gave them.
  wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$out/pkg" \
    --out-name "$area" "$out/split/$area.wasm"
  optimise "$out/pkg/${area}_bg.wasm" "$out/pkg/${area}_bg.wasm.opt"
  mv "$out/pkg/${area}_bg.wasm.opt" "$out/pkg/${area}_bg.wasm"
  find "$out/split" -name 'split_*.wasm' -o -name 'chunk_*.wasm' \
    | xargs -r -P "$(nproc)" -I{} bash -c 'optimise "$1" "$2/$(basename "$1")"' _ {} "$out/pkg"
  loader=""
  : > "$out/parts"
  if grep -q '__wasm_split\.js' "$out/pkg/$area.js"; then
    loader="__wasm_split.js"
    # Each lazy page's part and the chunks it shares with other parts, by the page's name
    # (ClientRoute::page_name): the loader, as the splitter wrote it, names them.
    awk '
      match($0, /"\.\/split_[A-Za-z0-9_]+\.wasm"/) {
        file = substr($0, RSTART + 3, RLENGTH - 4)
        page = file; sub(/^split_/, "", page); sub(/\.wasm$/, "", page)
      }
      /^, \[/ && file != "" {
        line = page " " file
        n = split($0, deps, /__chunk_/)
        for (i = 2; i <= n; i++) { id = deps[i]; gsub(/[^0-9]/, "", id); line = line " chunk_" id ".wasm" }
        print line
        file = ""
      }' "$out/split/$loader" > "$out/parts"
    # A part of more than one file is also written as one, its pack (app/packs.js): each
    # file's length (four bytes, little-endian), then the files, the part's own first.
    while read -r page files; do
      # shellcheck disable=SC2086 # the files are words
      set -- $files
      [ $# -gt 1 ] || continue
      for file in "$@"; do
        length=$(printf '%08x' "$(stat -c %s "$out/pkg/$file")")
        printf "\\x${length:6:2}\\x${length:4:2}\\x${length:2:2}\\x${length:0:2}"
      done > "$out/pkg/pack_$page.bin"
      (cd "$out/pkg" && cat "$@") >> "$out/pkg/pack_$page.bin"
    done < "$out/parts"
    # The loader fetches a part's pack when it costs no more than the files the part lacks, as
    # served (brotli): it knows each pack by the numbers of the chunks in it, with what the
    # pack, the part's own module and each chunk weigh, in hundreds of bytes (every page
    # downloads the table; finer would not change a choice). Their compressed copies are made
    # here for that, and kept for the site.
    find "$out/pkg" \( -name 'split_*.wasm' -o -name 'chunk_*.wasm' -o -name 'pack_*.bin' \) \
      | xargs -r -P "$(nproc)" -I{} bash -c 'compress "$1"' _ {}
    served() { echo $((($(stat -c %s "$out/pkg/$1.br") + 50) / 100)); }
    packs=""
    while read -r page part files; do
      [ -n "$files" ] || continue
      # shellcheck disable=SC2086 # the files are words
      chunks=$(printf '%s\n' $files | tr -dc '0-9\n' | paste -sd,)
      packs="$packs${packs:+,}\"$page\":[$(served "pack_$page.bin"),$(served "$part"),[$chunks]]"
    done < "$out/parts"
    # Each chunk's weight at its number's place in a list (0 where no chunk has the number).
    chunk_weights=""
    last=$(find "$out/pkg" -name 'chunk_*.wasm' | sed 's|.*chunk_||; s|\.wasm$||' | sort -n | tail -1)
    for number in $(seq 0 "${last:--1}"); do
      weight=0
      [ -e "$out/pkg/chunk_$number.wasm" ] && weight=$(served "chunk_$number.wasm")
      chunk_weights="$chunk_weights${chunk_weights:+,}$weight"
    done
    grep -q 'fetch(new URL(' "$out/split/$loader" \
      || { echo "the splitter's loader no longer fetches with fetch(new URL(...)): see app/packs.js" >&2; exit 1; }
    { sed -e "s|{{PACKS}}|{$packs}|" -e "s|{{CHUNKS}}|[$chunk_weights]|" app/packs.js
      sed 's|fetch(new URL(|fetchModule(new URL(|g' "$out/split/$loader"
    } > "$out/pkg/$loader"
  fi
  # The generated JS, minified (a quarter less as served); the two import each other by name,
  # which minifying keeps. wasm-bindgen names the loader once per import in one object (the
  # same module each time), which esbuild would warn of.
  for file in "$area.js" $loader; do
    "$esbuild" "$out/pkg/$file" --minify --format=esm --log-level=warning \
      --log-override:duplicate-object-key=silent --outfile="$out/pkg/$file.min"
    mv "$out/pkg/$file.min" "$out/pkg/$file"
  done

  dir="$area-$(cd "$out/pkg" && sha256sum $(ls | sort) | sha256sum | cut -c1-16)"
  cp -r "$out/pkg" "$site/pkg/$dir"
  js="$dir/$area.js"
  wasm="$dir/${area}_bg.wasm"
  sed "s|{{APP_JS}}|$js|g" app/boot.js | "$esbuild" --minify --log-level=warning > "$out/boot.js"

  # parts.txt: a part's pack, or its one file.
  while read -r page file files; do
    [ -n "$files" ] && file="pack_$page.bin"
    echo "$area $page pkg/$dir/$file"
  done < "$out/parts" >> "$site/parts.txt"
  while read -r page files; do
    # shellcheck disable=SC2086 # the files are words
    echo "$area $page$(printf " pkg/$dir/%s" $files)"
  done < "$out/parts" >> "$site/part-files.txt"

  preloads="<link rel=\"modulepreload\" href=\"/pkg/$js\">"
  [ -n "$loader" ] && preloads="$preloads\n<link rel=\"modulepreload\" href=\"/pkg/$dir/$loader\">"
  preloads="$preloads\n<link rel=\"preload\" href=\"/pkg/$wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>"
  sed "s|{{PRELOADS}}|$preloads|" app/index.html > "$out/page.html"
  # The first paint is real: the home page's own heading and search (a plain form that works
  # without the app) in index.html, a loading line on every other page.
  pages=("$area:loading")
  [ "$area" = public ] && pages+=("index:home")
  for page in "${pages[@]}"; do
    awk -v style="$work/style.css" -v boot="$out/boot.js" -v main="app/shell/${page#*:}.html" '
      function insert(file, line) { while ((getline line < file) > 0) print line; close(file) }
      $0 == "{{STYLE}}" { insert(style); next }
      $0 == "{{BOOT}}" { insert(boot); next }
      $0 == "{{MAIN}}" { insert(main); next }
      { print }' "$out/page.html" > "$site/${page%%:*}.html"
  done
  echo "$area $area.html pkg/$js pkg/$wasm${loader:+ pkg/$dir/$loader}" >> "$site/manifest.txt"
done
cp -r public/. "$site/"

# The parts' files have their copies already (above).
find "$site" -type f \( -name '*.wasm' -o -name '*.bin' -o -name '*.js' -o -name '*.html' -o -name '*.svg' \) \
  | xargs -r -P "$(nproc)" -I{} bash -c '[ -f "$1.br" ] || compress "$1"' _ {}
echo "client ($mode) built in $site: ${areas[*]}"
