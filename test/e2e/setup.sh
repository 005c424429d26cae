#!/usr/bin/env bash
# Installs what the end-to-end tests need, from scratch on a fresh Debian machine
# (as root, CI=true, no stdin), and does nothing, quietly, when it is all there.
#
# Why each step (see shared E2E.md): only the npm registry and Debian are reachable.
# - Debian: chromium (driven by playwright-core), libkrb5-dev (a native module of
#   code-server needs gssapi/gssapi.h), ripgrep (seeds @vscode/ripgrep's cache),
#   unzip (run.mjs unpacks the .vsix), a compiler and python for node-gyp.
# - @vscode/ripgrep downloads rg from GitHub at install unless its cache holds it.
# - code-server 4.100.3 is the newest that installs from the npm registry alone on Node 20.
# - npm 11 reviews dependency install scripts: package.json#allowScripts approves
#   code-server and argon2 here; code-server's postinstall runs a nested
#   `npm install` in lib/vscode, whose own policy we give it as lib/vscode/.npmrc
#   before running the install scripts (npm ci --ignore-scripts, then npm rebuild).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$HERE/.run"
LOG="$HERE/.run/setup.log"

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# One log per run of this script that installs anything.
log_started=false
start_log() {
  if [ "$log_started" = false ]; then : >"$LOG"; log_started=true; fi
}

# Runs a command with its output in the log; on failure shows the log's end and stops.
quiet() {
  if ! "$@" >>"$LOG" 2>&1; then
    echo "setup.sh: failed: $*" >&2
    tail -n 80 "$LOG" >&2
    exit 1
  fi
}

# --- Debian packages ---------------------------------------------------------
missing=()
for pkg in chromium libkrb5-dev ripgrep unzip fonts-dejavu-core; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
for cmd in make g++; do
  command -v "$cmd" >/dev/null || { missing+=(build-essential); break; }
done
command -v python3 >/dev/null || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
  start_log
  echo "setup.sh: installing Debian packages: ${missing[*]} (log: $LOG)"
  quiet $SUDO apt-get update -qq
  quiet $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# --- npm packages of test/e2e --------------------------------------------------
VSCODE_DIR="$HERE/node_modules/code-server/lib/vscode"
STAMP="$HERE/node_modules/.resolint-e2e-stamp"
# Install scripts that code-server's nested install (lib/vscode) may run.
NESTED_ALLOW="kerberos,native-watchdog,node-pty,@parcel/watcher,@vscode/deviceid,@vscode/ripgrep,@vscode/spdlog,@vscode/windows-process-tree,@vscode/windows-registry"
# Files that exist only when every install script did its work.
BUILT=(
  "$HERE/node_modules/.bin/code-server"
  "$HERE/node_modules/playwright-core/package.json"
  "$HERE/node_modules/mocha/lib/mocha.cjs"
  "$VSCODE_DIR/node_modules.asar"
  "$VSCODE_DIR/node_modules/node-pty/build/Release/pty.node"
  "$VSCODE_DIR/node_modules/kerberos/build/Release/kerberos.node"
  "$VSCODE_DIR/node_modules/@vscode/spdlog/build/Release/spdlog.node"
  "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg"
  "$VSCODE_DIR/extensions/node_modules/typescript/package.json"
)
# What the installed tree depends on; bump INSTALL_STEPS when the steps below change.
INSTALL_STEPS=1
want_stamp="steps $INSTALL_STEPS, $(cat "$HERE/package.json" "$HERE/package-lock.json" | sha256sum | cut -d' ' -f1), $NESTED_ALLOW, node $(node --version)"

all_built() {
  local f
  for f in "${BUILT[@]}"; do [ -e "$f" ] || return 1; done
  ls "$HERE"/node_modules/argon2/lib/binding/*/argon2.node >/dev/null 2>&1 || return 1
}

if [ "$(cat "$STAMP" 2>/dev/null)" = "$want_stamp" ] && all_built; then
  exit 0
fi

start_log
echo "setup.sh: installing code-server 4.100.3, playwright-core and mocha into test/e2e (about a minute; log: $LOG)"

# Seed @vscode/ripgrep's download cache with Debian's rg (the file name is what it looks for).
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
RG_TAR="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$RG_TAR" ]; then
  mkdir -p "$RG_CACHE"
  rg_tmp="$(mktemp -d)"
  cp /usr/bin/rg "$rg_tmp/rg"
  tar -czf "$RG_TAR.part" -C "$rg_tmp" rg
  mv "$RG_TAR.part" "$RG_TAR"
  rm -rf "$rg_tmp"
fi

cd "$HERE"
rm -rf node_modules
# 1) the files, exactly as locked, no scripts yet
quiet npm ci --ignore-scripts --no-audit --no-fund
# 2) the policy for code-server's nested install, then every install script
printf 'allow-scripts=%s\n' "$NESTED_ALLOW" >"$VSCODE_DIR/.npmrc"
# --unsafe-perm: code-server's postinstall refuses to run as root without it;
# npm_config_yes: node-pty's install runs `npx node-gyp`.
quiet env npm_config_yes=true npm rebuild --unsafe-perm --foreground-scripts --no-audit --no-fund

if ! all_built; then
  echo "setup.sh: code-server's install scripts did not build everything; missing:" >&2
  for f in "${BUILT[@]}"; do [ -e "$f" ] || echo "  $f" >&2; done
  tail -n 80 "$LOG" >&2
  exit 1
fi
echo "$want_stamp" >"$STAMP"
echo "setup.sh: done"
