#!/usr/bin/env bash
# Prints the bin/ folder of Node.js MAJOR (e.g. 24), fetched once from the npm registry (the
# node-linux-<arch> package holds the official binary and its C++ headers) into a cache outside the
# repository, so .ci/run can run the suite on a second Node without nodejs.org or a system install.
set -euo pipefail
major="${1:?usage: scripts/node-binaries.sh MAJOR}"
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64) arch=arm64 ;;
  *) echo "Không có gói Node cho kiến trúc $(uname -m)" >&2; exit 1 ;;
esac
cache="${XDG_CACHE_HOME:-$HOME/.cache}/congtin/node$major"
bin="$cache/node_modules/node-linux-$arch/bin"
if [ ! -x "$bin/node" ]; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-save --no-package-lock --no-audit --no-fund --silent "node-linux-$arch@$major" >&2
fi
"$bin/node" --version >&2
echo "$bin"
