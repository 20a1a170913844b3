#!/usr/bin/env bash
# Installs what `make serve` (setup.sh serve) or `make test` (setup.sh test)
# needs and is missing; skips what is there. Reaches only the package
# registries (crates.io, npm, Debian), never a release download.
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:-test}
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
installed=0

step() { echo "setup: $*"; installed=$((installed + 1)); }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  step "installing Debian packages: $*"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The toolchain's wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.21.14: 0.22+ needs a newer rustc than the one pinned here.
if [ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]; then
  step "installing trunk 0.21.14 (about 7 minutes)"
  cargo install trunk --version 0.21.14 --locked
fi

# wasm-bindgen-cli at exactly the version Cargo.lock pins, or Trunk would try to download one.
bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen" ]; then
  step "installing wasm-bindgen-cli $bindgen (about 3 minutes)"
  # Not --locked: its lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$bindgen"
fi

# Node and the npm packages in package-lock.json (binaryen's wasm-opt, playwright-core, axe-core).
if ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Debian's Chromium and its driver, for the browser suites.
if [ "$want" = test ] && ! { command -v chromium && command -v chromedriver; } >/dev/null; then
  apt_install chromium chromium-driver
fi

# The other two engines readers use, for tests/browsers/: Firefox ESR (driven by
# geckodriver, built from crates.io) and WebKitGTK's MiniBrowser (driven by
# WebKitWebDriver under a virtual X display).
if [ "$want" = test ] && ! { command -v firefox-esr && command -v WebKitWebDriver && command -v xvfb-run; } >/dev/null; then
  apt_install firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb
fi
if [ "$want" = test ] && ! command -v geckodriver >/dev/null; then
  step "installing geckodriver (about 3 minutes)"
  cargo install geckodriver --locked
fi

if [ "$installed" = 0 ]; then
  echo "setup: nothing to install; everything is in place"
fi
