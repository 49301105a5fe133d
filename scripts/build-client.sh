#!/usr/bin/env bash
# Builds the client into target/site: wasm in its own size profile, wasm-bindgen, wasm-opt from
# npm's binaryen (Debian's wasm-opt 108 breaks the bundle), content-hashed names under /pkg/,
# and brotli + gzip copies that the server sends as they are.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=wasm-release
site=target/site
work=target/client-build
wasm_opt=end2end/node_modules/.bin/wasm-opt

cargo build -p app --lib --target wasm32-unknown-unknown --profile "$profile"

rm -rf "$work" "$site"
mkdir -p "$work" "$site/pkg"
wasm-bindgen --target web --no-typescript --out-dir "$work" --out-name app \
  "target/wasm32-unknown-unknown/$profile/app.wasm"
"$wasm_opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals -o "$work/app.opt.wasm" "$work/app_bg.wasm"

hash() { sha256sum "$1" | cut -c1-16; }

wasm="app-$(hash "$work/app.opt.wasm").wasm"
cp "$work/app.opt.wasm" "$site/pkg/$wasm"

sed "s/app_bg\.wasm/$wasm/g" "$work/app.js" > "$work/app.named.js"
app_js="app-$(hash "$work/app.named.js").js"
cp "$work/app.named.js" "$site/pkg/$app_js"

cat style/tokens.css style/base.css style/components/*.css > "$work/qapi.css"
css="qapi-$(hash "$work/qapi.css").css"
cp "$work/qapi.css" "$site/pkg/$css"

sed "s/{{APP_JS}}/$app_js/g" app/boot.js > "$work/boot.js"
boot="boot-$(hash "$work/boot.js").js"
cp "$work/boot.js" "$site/pkg/$boot"

# The first paint is real: the home page's own heading and search (a plain form that works
# without the app) in index.html, a loading line in shell.html for every other page.
sed -e "s/{{CSS}}/$css/g" -e "s/{{APP_JS}}/$app_js/g" -e "s/{{WASM}}/$wasm/g" -e "s/{{BOOT}}/$boot/g" \
  app/index.html > "$work/page.html"
for page in index:home shell:loading; do
  awk -v part="app/shell/${page#*:}.html" \
    '/{{MAIN}}/ { while ((getline line < part) > 0) print line; next } { print }' \
    "$work/page.html" > "$site/${page%%:*}.html"
done
cp -r public/. "$site/"

find "$site" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' \) \
  | while read -r file; do
      brotli -q 11 -f -k "$file"
      gzip -9 -f -k "$file"
    done
echo "client built in $site: $wasm $app_js $css"
