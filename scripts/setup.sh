#!/usr/bin/env bash
# Installs what building and testing Qapı needs, and only what is missing: Debian's chromium,
# brotli, clamav-daemon, openssl, postgresql and python3-venv, the wasm target, wasm-bindgen-cli at the version Cargo.lock pins, wasm-split-cli,
# schemathesis and moto's S3 server (each in a venv under target/), npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v brotli >/dev/null || missing+=(brotli)
# ClamAV's daemon, which the antivirus API test runs with a signature of its own.
command -v clamd >/dev/null || missing+=(clamav-daemon)
# The API suite checks a signed bundle with openssl alone, as the README tells anyone to.
command -v openssl >/dev/null || missing+=(openssl)
# PostgreSQL: the API suite runs on it too, in a throwaway cluster (`make api-postgres`), and
# `qapi backup` on it calls pg_dump.
{ command -v pg_virtualenv && ls /usr/lib/postgresql/*/bin/postgres; } >/dev/null 2>&1 || missing+=(postgresql)
# schemathesis runs in a venv of its own (`scripts/api-fuzz.sh`).
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "installing ${missing[*]} with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# The CLI must match the wasm-bindgen crate exactly; --locked fails here (its lockfile pins a
# crate the registry lacks).
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# The splitter that cuts each area's module into the parts its lazy pages load (ADR 0010). It
# prints no version: cargo's list of installed packages says which one is here.
split=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$split:"; then
  echo "installing wasm-split-cli $split"
  cargo install --locked wasm_split_cli_support --version "$split" --features build-binary --force
fi

# Schemathesis, which tests the API against its own description (`make api-fuzz`), pinned so a
# new release's checks do not change what CI holds.
schemathesis=4.32.5
venv=target/api-fuzz-venv
if [ "$("$venv/bin/schemathesis" --version 2>/dev/null | awk '{ print $3 }')" != "$schemathesis" ]; then
  echo "installing schemathesis $schemathesis"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$schemathesis"
fi

# moto's S3 server, which the API test of the S3 file store (server/tests/api/object_store.rs)
# keeps its scans in; pinned, in a venv of its own.
moto=5.2.5
venv=target/moto-venv
if [ "$("$venv/bin/python" -c 'import moto; print(moto.__version__)' 2>/dev/null)" != "$moto" ]; then
  echo "installing moto[server] $moto"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$moto"
fi

for dir in end2end "$@"; do
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund)
  fi
done
