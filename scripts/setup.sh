#!/usr/bin/env bash
# Installs what Kubus needs to build and test, from Debian 12's packages, and
# from npm the Mermaid CLI (tests/gaps/mermaid-renders.sh) into .cache/mermaid,
# puppeteer-core (tests/browser) into .cache/browser
# and the VS Code extension's packages (editors/vscode) into .cache/vscode.
# Idempotent: it asks apt only for packages that are missing, and npm only when
# a package set is missing or its lockfile changed. Run as root when packages
# are missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
packages=(
  build-essential cmake ninja-build pkg-config
  libantlr4-runtime-dev antlr4          # parser runtime; the tool regenerates the checked-in parser
  libyaml-cpp-dev libsqlite3-dev libboost-graph-dev
  libpq-dev postgresql                  # the team store (libpq); tests start a throw-away server (docs/team-store.md)
  catch2 libcli11-dev nlohmann-json3-dev libfmt-dev
  graphviz libgraphviz-dev time
  libdtl-dev                            # unified diffs for `kubus fmt --diff`
  libpugixml-dev                        # XML: JUnit reports, the parts of XLSX sheets
  libcsv-dev                            # CSV sheets to import (RFC 4180)
  libzip-dev                            # unpacking XLSX sheets to import
  libxlsxwriter-dev                     # XLSX questionnaires and reports
  libjemalloc-dev                       # the allocator of kubus and the benchmarks, on transparent huge pages
  libboost-locale-dev gettext           # report languages: Boost.Locale reads the catalogues msgfmt compiles
  chromium                              # headless browser: report.html to PDF, the Mermaid CLI
  pandoc librsvg2-bin                   # report.md to DOCX; rsvg-convert gives its SVG charts a PNG
  poppler-utils                         # pdfinfo, pdftotext, pdftoppm: the tests read report.pdf back
  clang libclang-rt-14-dev llvm         # fuzz targets (libFuzzer), llvm-symbolizer for sanitizer traces
  clang-tidy clang-format               # scripts/tidy.sh and the ctest clang-tidy; .clang-format
  vim neovim                            # the editor tests: Vim's syntax file, Neovim's LSP client
  coinor-libcbc-dev coinor-cbc          # CBC, the MILP solver the planner's oracle test and benchmark compare with
  python3 python3-igraph                # the benchmark peers in bench/peers/ (bench/run.sh --peers)
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

# npm packages for tests and the VS Code extension, each at the versions of its
# package-lock.json, into .cache/NAME: installed beside and renamed into place,
# so a failed install leaves nothing half done. Without the npm registry only
# the tests that need them are skipped (and say why); the build and every other
# test still run.
npm_install() {
  local name=$1 lock=$2 what=$3
  local dest="$root/.cache/$name"
  if [ -d "$dest/node_modules" ] && cmp -s "$lock" "$dest/package-lock.json"; then
    echo "setup: $what present"
    return 0
  fi
  echo "setup: installing $what into .cache/$name"
  mkdir -p "$root/.cache"
  local staging
  staging=$(mktemp -d "$root/.cache/$name.XXXXXX")
  chmod 755 "$staging"
  cp "$(dirname "$lock")/package.json" "$lock" "$staging/"
  if ! (cd "$staging" && npm ci --no-audit --no-fund --loglevel=error); then
    echo "setup: warning: could not install $what (no npm registry?); the tests that need it will be skipped" >&2
    rm -rf "$staging"
    return 0
  fi
  rm -rf "$dest"
  mv "$staging" "$dest"
}

# The Mermaid CLI for tests/gaps/mermaid-renders.sh. Puppeteer downloads no
# browser of its own: the test points it at Debian's chromium.
PUPPETEER_SKIP_DOWNLOAD=1 npm_install mermaid "$root/tests/gaps/mermaid/package-lock.json" "the Mermaid CLI"
# puppeteer-core for the browser test of report.html (tests/browser), driving
# Debian's chromium.
PUPPETEER_SKIP_DOWNLOAD=1 npm_install browser "$root/tests/browser/package-lock.json" "puppeteer-core for the browser test"
# The VS Code extension's client library, its packager and the grammar test's
# TextMate engine (editors/vscode).
npm_install vscode "$root/editors/vscode/package-lock.json" "the VS Code extension's packages"
