# shellcheck shell=bash
# The `peers` section of bench/run.sh (sourced by it): kubus side by side with the
# Python peers in bench/peers/, on the same generated models in one run, as CPU-time
# ratios. The targets are those of the scale issue (bench/README.md, "Peers").

# shellcheck disable=SC2153  # KUBUS, SIZES, TMP, FAILURES, ... are run.sh's
PEER_PYTHON=/usr/bin/python3  # Debian's, which has python3-igraph
PEERS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/peers" && pwd)
PEER_RULES="mandatory-owned-by-line touchpoint-has-channels mandatory-customer-kpi components-in-use"

# cpu_best RUNS COMMAND... : runs COMMAND (stdout to $TMP/peer.out) RUNS times; sets
# CPU_MS to the least user+system CPU of a run and RSS_MB to the largest peak RSS.
cpu_best() {
    local runs=$1 i cpu rss max_rss=0 best=""
    shift
    for ((i = 0; i < runs; i++)); do
        if ! /usr/bin/time -f '%U %S %M' -o "$TMP/time.out" "$@" >"$TMP/peer.out" 2>"$TMP/stderr.out"; then
            echo "   failed: $* (first lines of stderr):" >&2
            head -n 5 "$TMP/stderr.out" | sed 's/^/   | /' >&2
            FAILURES=$((FAILURES + 1))
        fi
        cpu=$(awk 'END { printf "%d", ($1 + $2) * 1000 }' "$TMP/time.out")
        rss=$(awk 'END { print $3 }' "$TMP/time.out")
        if [[ -z $best ]] || ((cpu < best)); then best=$cpu; fi
        ((rss > max_rss)) && max_rss=$rss
    done
    CPU_MS=$best
    RSS_MB=$(awk -v k="$max_rss" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# Whether two {"gaps": [...]} documents list the same gap IDs in the same order.
same_gaps() {
    "$PEER_PYTHON" - "$1" "$2" <<'EOF'
import json, sys
a, b = ([g["id"] for g in json.load(open(p))["gaps"]] for p in sys.argv[1:3])
print("yes" if a == b else f"NO: kubus {len(a)}, peer {len(b)}, {len(set(a) ^ set(b))} differ")
EOF
}

peers_gaps() {
    echo
    echo "== peers: kubus gaps --format json against bench/peers/gaps.py (python-igraph); CPU ms, target ratio >= 5"
    printf '%10s %9s %10s %10s %7s  %s\n' N "size MB" "kubus ms" "peer ms" ratio "same gaps"
    local n f runs kubus peer same
    for n in "${SIZES[@]}"; do
        f=$(model_file "$n")
        runs=$(runs_for "$n")
        cpu_best "$runs" "$KUBUS" gaps --format json "$f"
        kubus=$CPU_MS
        cp "$TMP/peer.out" "$TMP/gaps-kubus.json"
        cpu_best "$runs" "$PEER_PYTHON" "$PEERS_DIR/gaps.py" "$f"
        peer=$CPU_MS
        same=$(same_gaps "$TMP/gaps-kubus.json" "$TMP/peer.out")
        [[ $same == yes ]] || FAILURES=$((FAILURES + 1))
        printf '%10s %9s %10s %10s %7s  %s\n' "$n" "$(mb_of_bytes "$(stat -c %s "$f")")" "$kubus" "$peer" \
            "$(ratio "$peer" "$kubus")" "$same"
    done
}

peers_check() {
    echo
    echo "== peers: kubus check against bench/peers/tokens.py (a regex tokenizer); CPU ms, target ratio >= 5, <= 6 B RSS per input byte"
    printf '%10s %9s %10s %10s %7s %12s %8s\n' N "size MB" "kubus ms" "peer ms" ratio "kubus RSS MB" "B/byte"
    local n f runs kubus rss peer bytes
    for n in "${SIZES[@]}"; do
        f=$(model_file "$n")
        runs=$(runs_for "$n")
        bytes=$(stat -c %s "$f")
        cpu_best "$runs" "$KUBUS" check "$f"
        kubus=$CPU_MS rss=$RSS_MB
        cpu_best "$runs" "$PEER_PYTHON" "$PEERS_DIR/tokens.py" "$f"
        peer=$CPU_MS
        printf '%10s %9s %10s %10s %7s %12s %8s\n' "$n" "$(mb_of_bytes "$bytes")" "$kubus" "$peer" \
            "$(ratio "$peer" "$kubus")" "$rss" "$(awk -v r="$rss" -v b="$bytes" 'BEGIN { printf "%.1f", r * 1e6 / b }')"
    done
}

peers_assess() {
    echo
    echo "== peers: kubus assess against kubus check of the same assessment; target <= 3x check, <= 800 MB," \
        "CPU per touchpoint growing <= 1.15x"
    printf '%10s %10s %10s %7s %10s %10s %8s\n' N "check ms" "assess ms" ratio "assess MB" "us per tp" growth
    local n dir runs check assess per first=""
    for n in "${SIZES[@]}"; do
        dir=$(assessment_dir "$n")
        runs=$(runs_for "$n")
        cpu_best "$runs" "$KUBUS" check "$dir/model"
        check=$CPU_MS
        cpu_best "$runs" "$KUBUS" assess "$dir" -o "$TMP/peer-report-$n" --no-history
        assess=$CPU_MS
        per=$(awk -v c="$assess" -v n="$n" 'BEGIN { printf "%.1f", c * 1000 / n }')
        [[ -n $first ]] || first=$per
        printf '%10s %10s %10s %7s %10s %10s %8s\n' "$n" "$check" "$assess" "$(ratio "$assess" "$check")" "$RSS_MB" \
            "$per" "$(ratio "$per" "$first")"
    done
}

# Rule evaluation: kubus-bench-eval --per-rule times each rule alone (one thread, no
# column cache); the peer runs the same four rules as SQLite queries over indexed tables.
peers_eval() {
    echo
    echo "== peers: rule evaluation against bench/peers/rules_sqlite.py ($PEER_RULES);" \
        "CPU ns per instance, weighted by instances, target ratio >= 10"
    local bin n
    if ! bin=$(find_bin kubus-bench-eval); then
        echo "   not built: build the kubus-bench-eval target" >&2
        FAILURES=$((FAILURES + 1))
        return
    fi
    if ((SEED != 1)); then
        echo "   skipped: kubus-bench-eval generates its models with seed 1; run without --seed" >&2
        return
    fi
    printf '%10s %10s %10s %7s\n' N "kubus ns" "sqlite ns" ratio
    # shellcheck disable=SC2016  # an awk program
    local weigh='{ if (index(" " rules " ", " " $1 " ")) { n += $2; t += $2 * $(col) } } END { printf "%.1f", t / n }'
    for n in "${SIZES[@]}"; do
        local kubus sqlite
        kubus=$("$bin" --per-rule "$n" | awk -v rules="$PEER_RULES" -v col=4 "$weigh")
        sqlite=$("$PEER_PYTHON" "$PEERS_DIR/rules_sqlite.py" "$(model_file "$n")" |
            awk -v rules="$PEER_RULES" -v col=4 "$weigh")
        printf '%10s %10s %10s %7s\n' "$n" "$kubus" "$sqlite" "$(ratio "$sqlite" "$kubus")"
    done
}

section_peers() {
    if ((HAVE_TIME == 0)) || ! "$PEER_PYTHON" -c 'import igraph' 2>/dev/null; then
        echo "   the peers need /usr/bin/time and Debian's python3-igraph (scripts/setup.sh installs both)" >&2
        FAILURES=$((FAILURES + 1))
        return
    fi
    peers_gaps
    peers_check
    peers_assess
    peers_eval
}
