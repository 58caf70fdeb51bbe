#!/usr/bin/env bash
# Installs the Debian 12 packages dyadwatch needs to build and test. Idempotent and quiet when
# everything is already there; uses sudo only when not root.
set -euo pipefail
PKGS=(
  build-essential cmake pkg-config
  libicu-dev zlib1g-dev libzstd-dev libsimdjson-dev libsqlite3-dev libpq-dev
  libcli11-dev libfmt-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  time zstd
  postgresql  # the store tests start a throwaway local server
  python3-networkx
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
