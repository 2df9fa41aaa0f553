#!/usr/bin/env bash
# Kubus benchmark harness: generates synthetic models with kubus-gen and times the
# kubus commands on them. Builds nothing: point it at an existing build directory.
# See bench/README.md for the columns and how to add a section.
#
#   bench/run.sh [BUILD_DIR] [--sizes "1000 10000 100000"] [--only check,...]
#                [--huge] [--huge-mb 100] [--seed 1] [--csv FILE] [--keep] [--peers]
set -euo pipefail
shopt -s inherit_errexit

usage() {
    cat <<'EOF'
usage: bench/run.sh [BUILD_DIR] [options]

  BUILD_DIR          build directory holding kubus and kubus-gen (default: build)
  -b, --build DIR    same as BUILD_DIR
  --sizes "N ..."    touchpoint counts of the generated models (default: "1000 10000 100000")
  --only LIST        comma-separated sections to run (default: all; see --list)
  --list             list the sections and exit
  --runs K           runs per measurement, overriding the default per size
                     (5 up to 1k touchpoints, 3 up to 10k, 2 above)
  --huge             also generate a ~100 MB model and measure each section on it
  --huge-mb M        size of the huge model in MB (default 100; implies --huge)
  --seed S           generator seed (default 1)
  --csv FILE         also append the results as CSV rows to FILE
  --keep             keep the temporary directory with the models
  --peers            run the peers section: kubus against the Python peers in
                     bench/peers/ as CPU-time ratios (alone, or with --only's sections)
  -h, --help         this help

Environment: KUBUS and KUBUS_GEN override the binaries found in BUILD_DIR.
EOF
}

# ------------------------------------------------------------------ sections
# A section is a function `section_NAME` that calls `table_header NAME TITLE` once and then
# `measure ROW_LABEL MODEL_FILE COMMAND...` per model. Add a new one by writing the
# function and adding NAME to SECTIONS.
SECTIONS=(check assess eval gaps plan lsp report)
# shellcheck source=bench/peers.sh
source "$(dirname "${BASH_SOURCE[0]}")/peers.sh"  # section_peers, run by --peers

section_check() {
    table_header check "kubus check FILE"
    local n
    for n in "${SIZES[@]}"; do
        measure "$n" "$(model_file "$n")" "$KUBUS" check "$(model_file "$n")"
    done
    if ((HUGE)); then
        measure "huge" "$(huge_model)" "$KUBUS" check "$(huge_model)"
    fi
}

section_assess() {
    table_header assess "kubus assess DIR --no-history (size MB: the model)"
    local n dir
    for n in "${SIZES[@]}"; do
        dir=$(assessment_dir "$n")
        measure "$n" "$dir/model/model-000.kubus" "$KUBUS" assess "$dir" -o "$TMP/report-$n" --no-history
    done
}

# The bench programs print their own tables (bench/README.md explains them).
section_eval() { bench_program kubus-bench-eval "rule evaluation: instances per CPU second" "${SIZES[@]}"; }
section_gaps() { bench_program kubus-bench-gaps "silo gaps: graph build and the six passes" "${SIZES[@]}"; }
# The comparison with CBC takes an hour or more: run kubus-bench-plan --skip-timing for it (bench/README.md).
section_plan() { bench_program kubus-bench-plan "roadmap planning: 50, 200 and 500 initiatives" --skip-cbc; }
# Every edit resolves the whole model again: above 10,000 touchpoints 200 edits take minutes.
section_lsp() {
    local n sizes=()
    for n in "${SIZES[@]}"; do
        if ((n <= 10000)); then sizes+=("$n"); fi
    done
    if ((${#sizes[@]} == 0)); then
        echo
        echo "== kubus-bench-lsp: skipped (it runs on sizes up to 10000)"
        return
    fi
    bench_program kubus-bench-lsp "language server: didChange to publishDiagnostics" "${sizes[@]}"
}

# The report's size and print length (not a time): report.html and report.md in
# KB, and the A4 pages report.html prints to in headless chromium (pdfinfo counts them).
section_report() {
    echo
    echo "== report: size of report.html and report.md, A4 pages printed by headless chromium"
    if ! command -v chromium >/dev/null || ! command -v pdfinfo >/dev/null; then
        echo "   needs chromium and pdfinfo (apt-get install chromium poppler-utils)" >&2
        FAILURES=$((FAILURES + 1))
        return
    fi
    printf '%10s %12s %12s %10s\n' N "html KB" "md KB" "A4 pages"
    local n dir out pages rc
    for n in "${SIZES[@]}"; do
        dir=$(assessment_dir "$n")
        out="$TMP/report-$n"
        rc=0
        "$KUBUS" assess "$dir" -o "$out" --no-history >/dev/null 2>&1 || rc=$?
        if ((rc > 1)); then  # 1: the gates or findings; the reports are written
            echo "   kubus assess exited $rc on $n touchpoints" >&2
            FAILURES=$((FAILURES + 1))
            continue
        fi
        timeout 300 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
            --print-to-pdf="$out/report.pdf" "file://$out/report.html" >/dev/null 2>&1 || true
        pages=$(pdfinfo "$out/report.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
        printf '%10s %12.1f %12.1f %10s\n' "$n" "$(awk -v b="$(stat -c %s "$out/report.html")" 'BEGIN { print b / 1000 }')" \
            "$(awk -v b="$(stat -c %s "$out/report.md")" 'BEGIN { print b / 1000 }')" "${pages:-n/a}"
        [[ -n $pages ]] || FAILURES=$((FAILURES + 1))
    done
}

# ------------------------------------------------------------------ options
BUILD=build
SIZES=(1000 10000 100000)
ONLY=""
RUNS_OVERRIDE=""
HUGE=0
HUGE_MB=100
SEED=1
CSV=""
KEEP=0
PEERS=0

die() {
    echo "bench/run.sh: $*" >&2
    exit 2
}

build_set=0
while (($#)); do
    case "$1" in
        -h | --help) usage; exit 0 ;;
        --list) printf '%s\n' "${SECTIONS[@]}"; exit 0 ;;
        -b | --build) [[ $# -ge 2 ]] || die "$1 needs a value"; BUILD=$2; build_set=1; shift 2 ;;
        --sizes) [[ $# -ge 2 ]] || die "$1 needs a value"; read -r -a SIZES <<<"$2"; shift 2 ;;
        --only) [[ $# -ge 2 ]] || die "$1 needs a value"; ONLY=$2; shift 2 ;;
        --runs) [[ $# -ge 2 ]] || die "$1 needs a value"; RUNS_OVERRIDE=$2; shift 2 ;;
        --huge) HUGE=1; shift ;;
        --huge-mb) [[ $# -ge 2 ]] || die "$1 needs a value"; HUGE=1; HUGE_MB=$2; shift 2 ;;
        --seed) [[ $# -ge 2 ]] || die "$1 needs a value"; SEED=$2; shift 2 ;;
        --csv) [[ $# -ge 2 ]] || die "$1 needs a value"; CSV=$2; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --peers) PEERS=1; shift ;;
        -*) die "unknown option $1 (see --help)" ;;
        *)
            ((build_set == 0)) || die "more than one build directory given"
            BUILD=$1; build_set=1; shift ;;
    esac
done

for n in "${SIZES[@]}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || die "--sizes: '$n' is not a positive number"
done
[[ -z $RUNS_OVERRIDE || $RUNS_OVERRIDE =~ ^[1-9][0-9]*$ ]] || die "--runs: '$RUNS_OVERRIDE' is not a positive number"
[[ $SEED =~ ^[0-9]+$ ]] || die "--seed: '$SEED' is not a number"
[[ $HUGE_MB =~ ^[0-9]+([.][0-9]+)?$ ]] || die "--huge-mb: '$HUGE_MB' is not a number"

RUN_SECTIONS=("${SECTIONS[@]}")
((PEERS == 0)) || RUN_SECTIONS=()
if [[ -n $ONLY ]]; then
    IFS=',' read -r -a RUN_SECTIONS <<<"$ONLY"
    for s in "${RUN_SECTIONS[@]}"; do
        declare -F "section_$s" >/dev/null || die "unknown section '$s' (sections: ${SECTIONS[*]})"
    done
fi
((PEERS == 0)) || RUN_SECTIONS+=(peers)

# ------------------------------------------------------------------ binaries
[[ -d $BUILD ]] || die "build directory '$BUILD' not found (build first: cmake -S . -B $BUILD && cmake --build $BUILD)"

find_bin() { # NAME -> path of an executable NAME in the build directory
    local name=$1 d
    for d in "$BUILD" "$BUILD/bin" "$BUILD/src" "$BUILD/tools" "$BUILD/src/cli" "$BUILD/Release" "$BUILD/tools/Release"; do
        if [[ -x $d/$name && -f $d/$name ]]; then
            echo "$d/$name"
            return 0
        fi
    done
    local found
    found=$(find "$BUILD" -maxdepth 4 -type f -name "$name" -perm -u+x -print -quit 2>/dev/null || true)
    [[ -n $found ]] || return 1
    echo "$found"
}

KUBUS=${KUBUS:-$(find_bin kubus || true)}
KUBUS_GEN=${KUBUS_GEN:-$(find_bin kubus-gen || true)}
[[ -n $KUBUS && -x $KUBUS ]] || die "no kubus executable in '$BUILD' (build the kubus target, or set KUBUS=path)"
[[ -n $KUBUS_GEN && -x $KUBUS_GEN ]] || die "no kubus-gen executable in '$BUILD' (build the kubus-gen target, or set KUBUS_GEN=path)"

HAVE_TIME=1
if [[ ! -x /usr/bin/time ]]; then
    HAVE_TIME=0
    echo "bench/run.sh: /usr/bin/time not found: peak RSS is not measured." >&2
    echo "bench/run.sh: install it with: apt-get install time" >&2
fi

# ------------------------------------------------------------------ temp dir
TMP=$(mktemp -d "${TMPDIR:-/tmp}/kubus-bench.XXXXXX")
cleanup() {
    if ((KEEP)); then
        echo "bench/run.sh: models kept in $TMP" >&2
    else
        rm -rf "$TMP"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ helpers
now_ns() { date +%s%N; }

mb_of_bytes() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1e6 }'; }

# Generates (once) the model with N touchpoints; prints its path.
model_file() {
    local n=$1 f="$TMP/model-$1.kubus"
    if [[ ! -f $f ]]; then
        local t0 t1
        t0=$(now_ns)
        "$KUBUS_GEN" --touchpoints "$n" --seed "$SEED" -o "$f.tmp"
        t1=$(now_ns)
        mv "$f.tmp" "$f"
        printf 'generated %s touchpoints: %s MB in %d ms\n' "$n" "$(mb_of_bytes "$(stat -c %s "$f")")" \
            $(((t1 - t0) / 1000000)) >&2
    fi
    echo "$f"
}

# Generates (once) the huge model of about HUGE_MB megabytes; prints its path.
huge_model() {
    local f="$TMP/model-huge.kubus"
    if [[ ! -f $f ]]; then
        local t0 t1
        t0=$(now_ns)
        "$KUBUS_GEN" --target-mb "$HUGE_MB" --seed "$SEED" -o "$f.tmp"
        t1=$(now_ns)
        mv "$f.tmp" "$f"
        printf 'generated huge model: %s MB, %s touchpoints, in %d ms\n' "$(mb_of_bytes "$(stat -c %s "$f")")" \
            "$(grep -c '^touchpoint ' "$f")" $(((t1 - t0) / 1000000)) >&2
    fi
    echo "$f"
}

# Generates (once) the assessment with N touchpoints (model plus assessment.yaml
# on the bundled ccm library); prints its directory.
assessment_dir() {
    local n=$1 d="$TMP/assessment-$1"
    if [[ ! -d $d ]]; then
        "$KUBUS_GEN" --touchpoints "$n" --seed "$SEED" --assessment "$d.tmp" >/dev/null
        mv "$d.tmp" "$d"
    fi
    echo "$d"
}

# bench_program NAME TITLE ARGS... : runs the bench program NAME from the build
# directory and prints its output under a section header.
bench_program() {
    local name=$1 title=$2 bin rc=0
    shift 2
    echo
    echo "== $name: $title"
    if ! bin=$(find_bin "$name"); then
        echo "   not built: build the $name target (ninja -C $BUILD $name)" >&2
        FAILURES=$((FAILURES + 1))
        return
    fi
    "$bin" "$@" || rc=$?
    if ((rc != 0)); then
        echo "   $name exited $rc" >&2
        FAILURES=$((FAILURES + 1))
    fi
}

runs_for() { # LABEL -> number of runs
    if [[ -n $RUNS_OVERRIDE ]]; then echo "$RUNS_OVERRIDE"; return; fi
    case "$1" in
        huge) echo 1 ;;
        *)
            if (($1 <= 1000)); then echo 5
            elif (($1 <= 10000)); then echo 3
            else echo 2
            fi ;;
    esac
}

CURRENT_TABLE=""
FMT='%-8s %10s %5s %10s %10s %9s %9s %13s %6s\n'

table_header() { # SECTION_ID TITLE
    CURRENT_TABLE=$1
    echo
    echo "== $2"
    # shellcheck disable=SC2059
    printf "$FMT" "N" "size MB" "runs" "best ms" "median ms" "MB/s" "CPU ms" "peak RSS MB" "exit"
}

# measure LABEL MODEL COMMAND... : runs COMMAND (stdout discarded) several times and
# prints one table row. A non-zero exit is shown in the row; stderr of the last failing
# run is shown below it.
measure() {
    local label=$1 model=$2
    shift 2
    local runs bytes i t0 t1 ms rc rss max_rss=0 worst_rc=0 cpu best_cpu=""
    local -a times=()
    runs=$(runs_for "$label")
    bytes=$(stat -c %s "$model")
    for ((i = 0; i < runs; i++)); do
        rc=0
        t0=$(now_ns)
        if ((HAVE_TIME)); then
            /usr/bin/time -f '%e %M %U %S' -o "$TMP/time.out" "$@" >/dev/null 2>"$TMP/stderr.out" || rc=$?
        else
            "$@" >/dev/null 2>"$TMP/stderr.out" || rc=$?
        fi
        t1=$(now_ns)
        ms=$(((t1 - t0) / 1000))  # microseconds
        times+=("$ms")
        if ((HAVE_TIME)) && [[ -s $TMP/time.out ]]; then
            rss=$(awk 'END { print $2 }' "$TMP/time.out")
            [[ $rss =~ ^[0-9]+$ ]] && ((rss > max_rss)) && max_rss=$rss
            cpu=$(awk 'END { printf "%d", ($3 + $4) * 1000 }' "$TMP/time.out")
            if [[ $cpu =~ ^[0-9]+$ ]] && [[ -z $best_cpu || $cpu -lt $best_cpu ]]; then best_cpu=$cpu; fi
        fi
        if ((rc != 0)); then
            worst_rc=$rc
            cp "$TMP/stderr.out" "$TMP/stderr.fail"
        fi
    done
    local sorted best median
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    best=$(head -n1 <<<"$sorted")
    median=$(sed -n "$(((runs + 1) / 2))p" <<<"$sorted")
    local size_mb best_ms median_ms mbs rss_mb cpu_ms=${best_cpu:-n/a}
    size_mb=$(mb_of_bytes "$bytes")
    best_ms=$(awk -v u="$best" 'BEGIN { printf "%.1f", u / 1000 }')
    median_ms=$(awk -v u="$median" 'BEGIN { printf "%.1f", u / 1000 }')
    mbs=$(awk -v b="$bytes" -v u="$best" 'BEGIN { if (u > 0) printf "%.1f", b / u; else print "inf" }')
    if ((HAVE_TIME)); then
        rss_mb=$(awk -v k="$max_rss" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')
    else
        rss_mb="n/a"
    fi
    # shellcheck disable=SC2059
    printf "$FMT" "$label" "$size_mb" "$runs" "$best_ms" "$median_ms" "$mbs" "$cpu_ms" "$rss_mb" "$worst_rc"
    if ((worst_rc != 0)); then
        echo "   exit $worst_rc; stderr (first lines):" >&2
        head -n 5 "$TMP/stderr.fail" | sed 's/^/   | /' >&2
        FAILURES=$((FAILURES + 1))
    fi
    if [[ -n $CSV ]]; then
        printf '%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n' "$CURRENT_TABLE" "$label" "$bytes" "$runs" "$best_ms" \
            "$median_ms" "$mbs" "$rss_mb" "$worst_rc" "$cpu_ms" >>"$CSV"
    fi
}

# ------------------------------------------------------------------ main
FAILURES=0
if [[ -n $CSV && ! -s $CSV ]]; then
    echo "section,label,bytes,runs,best_ms,median_ms,mb_per_s,peak_rss_mb,exit,cpu_ms" >"$CSV"
fi

echo "kubus:     $KUBUS"
echo "kubus-gen: $KUBUS_GEN"
echo "seed $SEED; sizes ${SIZES[*]}$( ((HUGE)) && echo "; huge ${HUGE_MB} MB")"
echo "host: $(uname -srm), $(nproc) CPUs"

# The cost of starting a process under the timer, included in every time below.
overhead_us() {
    local i t0 t1 best=""
    for ((i = 0; i < 5; i++)); do
        t0=$(now_ns)
        if ((HAVE_TIME)); then
            /usr/bin/time -f '%e %M' -o "$TMP/time.out" true >/dev/null 2>&1
        else
            true
        fi
        t1=$(now_ns)
        if [[ -z $best ]] || (((t1 - t0) / 1000 < best)); then best=$(((t1 - t0) / 1000)); fi
    done
    echo "$best"
}
echo "timer overhead: $(awk -v u="$(overhead_us)" 'BEGIN { printf "%.1f", u / 1000 }') ms per run (included in the times)"

for s in "${RUN_SECTIONS[@]}"; do
    "section_$s"
done

if ((FAILURES > 0)); then
    echo
    echo "bench/run.sh: $FAILURES measurement(s) exited non-zero (see above)" >&2
    exit 1
fi
