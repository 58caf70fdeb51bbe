#!/usr/bin/env bash
# make demo: code the bundled sample corpus and print what was found.
set -euo pipefail
BUILD_DIR=${1:-build}
"$BUILD_DIR/dyadwatch" version
