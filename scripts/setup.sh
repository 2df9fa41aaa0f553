#!/usr/bin/env bash
# Installs what Kubus needs to build and test, from Debian 12's packages, and
# the Mermaid CLI for tests/gaps/mermaid-renders.sh into .cache/mermaid.
# Idempotent: it asks apt only for packages that are missing, and npm only when
# the Mermaid CLI is missing or its lockfile changed. Run as root when packages
# are missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
packages=(
  build-essential cmake ninja-build pkg-config
  libantlr4-runtime-dev antlr4          # parser runtime; the tool regenerates the checked-in parser
  libyaml-cpp-dev libsqlite3-dev libboost-graph-dev
  catch2 libcli11-dev nlohmann-json3-dev libfmt-dev
  graphviz libgraphviz-dev time
  chromium                              # headless browser: report.html to PDF, the Mermaid CLI
  coinor-libcbc-dev coinor-cbc          # CBC, the MILP solver the planner's oracle test and benchmark compare with
)
# Debian's npm, unless Node.js came with its own (NodeSource's nodejs conflicts with it).
command -v npm >/dev/null || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
elif [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing packages: ${missing[*]}; run this script as root" >&2
  exit 2
else
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The Mermaid CLI at the versions of tests/gaps/mermaid/package-lock.json.
# Puppeteer downloads no browser of its own: the test points it at Debian's
# chromium. Installed beside and renamed into place, so a failed install leaves
# nothing half done.
lock="$root/tests/gaps/mermaid/package-lock.json"
mermaid="$root/.cache/mermaid"
if [ -x "$mermaid/node_modules/.bin/mmdc" ] && cmp -s "$lock" "$mermaid/package-lock.json"; then
  echo "setup: Mermaid CLI present"
  exit 0
fi
echo "setup: installing the Mermaid CLI into .cache/mermaid"
mkdir -p "$root/.cache"
staging=$(mktemp -d "$root/.cache/mermaid.XXXXXX")
trap 'rm -rf "$staging"' EXIT
chmod 755 "$staging"
cp "$root/tests/gaps/mermaid/package.json" "$lock" "$staging/"
# Only the Mermaid render test needs it: without the npm registry that one test is
# skipped (and says why), the build and every other test still run.
if ! (cd "$staging" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error); then
  echo "setup: warning: could not install the Mermaid CLI (no npm registry?); graph-mermaid-renders will be skipped" >&2
  exit 0
fi
rm -rf "$mermaid"
mv "$staging" "$mermaid"
