#!/usr/bin/env bash
# Installs what Kubus needs to build and test, from Debian 12's packages.
# Idempotent: it asks apt only for packages that are missing. Run as root.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libantlr4-runtime-dev antlr4          # parser runtime; the tool regenerates the checked-in parser
  libyaml-cpp-dev libsqlite3-dev libboost-graph-dev
  catch2 libcli11-dev nlohmann-json3-dev libfmt-dev
  graphviz libgraphviz-dev time
  chromium                              # tests: report.html prints to PDF
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing packages: ${missing[*]}; run this script as root" >&2
  exit 2
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
