#!/usr/bin/env bash
# The benchmark in the report (docs/team-store.md, "The benchmark in the
# report"): a store seeded with six other organisations' runs (five of the
# sector energy supply, one of health insurance). Alone in the store an
# assessment's report has no benchmark; energie (energy supply, five sector
# peers) is compared within its sector, zorg (one sector peer) with every
# sector; report.json, .md, .html and .xlsx show it and never a peer's title;
# `kubus history` and `benchmark` follow the assessment's language unless --lang says.
# BACKEND sqlite (the default) or postgres, under tests/pg/with-server.sh.
# Usage: benchmark-report.sh KUBUS SOURCE_DIR [BACKEND]
set -euo pipefail
kubus=$1
src=$2
backend=${3:-sqlite}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
unset KUBUS_HISTORY
cp -r "$src/assessments/energieleverancier" "$tmp/energie"
cp -r "$src/assessments/zorgverzekeraar" "$tmp/zorg"
if [ "$backend" = postgres ]; then
  "$PG_BIN/createdb" kubus_benchmark_report
  store=dbname=kubus_benchmark_report
  sql() { "$PG_BIN/psql" -qX -v ON_ERROR_STOP=1 -d kubus_benchmark_report -c "$1" > /dev/null; }
else
  store=$tmp/team.db
  sql() { sqlite3 "$store" "$1"; }
fi
json() { jq -c "$2" "$1"; }

"$kubus" assess "$tmp/energie" -o "$tmp/alone" --history "$store" > /dev/null || fail "first assess"
[ "$(json "$tmp/alone/report.json" .benchmark)" = null ] || fail "a store without peers gives a benchmark"
! grep -q 'id="benchmark"' "$tmp/alone/report.html" || fail "report.html has a benchmark section without peers"
! grep -q "^## The benchmark against peers" "$tmp/alone/report.md" || fail "report.md has a benchmark section without peers"

# Peers 1 to 5 (energy supply) score 1.5, 2, 2.5, 3 and 3.5 overall and in every
# dimension energie has; peer 6 (health insurance) 4.
sql "INSERT INTO runs(id, recorded_at, tool_version, title, assessment_date, model_hash, git_commit, git_dirty,
       matrix_id, matrix_hash, overall, overall_level, assessment, author, organisation, sector)
     SELECT 100 + k, '2026-12-01T00:00:00Z', 'test', 'Secret Peer ' || k, '2026-12-01', 'h', '', 0, 'ccm', 'mh',
       CASE WHEN k = 6 THEN 4.0 ELSE 1.0 + k / 2.0 END, 2, 'peer-' || k, 'test', 'Secret Peer ' || k,
       CASE WHEN k = 6 THEN 'health insurance' ELSE 'energy supply' END
     FROM (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
           UNION ALL SELECT 6) AS p;
     INSERT INTO scores(run_id, dimension, level, score, target)
     SELECT r.id, s.dimension, 2, r.overall, NULL FROM runs r, scores s WHERE r.id > 100 AND s.run_id = 1;"

"$kubus" assess "$tmp/energie" -o "$tmp/energie-r" --history "$store" > /dev/null || fail "energie's assess"
r=$tmp/energie-r/report.json
[ "$(json "$r" '.benchmark | [.sector, .organisation_sector, .sector_peers]')" = '["energy supply","energy supply",5]' ] ||
  fail "energie is not compared within its sector: $(json "$r" .benchmark)"
[ "$(json "$r" '.benchmark.overall | [.peers, .p25, .median, .p75]')" = '[5,2,2.5,3]' ] ||
  fail "energie's overall standing: $(json "$r" .benchmark.overall)"
# The percentile: the share of the five peers below energie's overall score, ties counted half.
expected=$(jq '.overall.score as $s | [1.5, 2, 2.5, 3, 3.5] | (map(select(. < $s)) | length) +
  (map(select(. == $s)) | length) / 2 | . * 20 | . * 10000 | round / 10000' "$r")
[ "$(json "$r" .benchmark.overall.percentile)" = "$expected" ] ||
  fail "energie's percentile $(json "$r" .benchmark.overall.percentile), expected $expected"
[ "$(json "$r" '.benchmark.dimensions | length')" = "$(json "$r" '.dimensions | length')" ] ||
  fail "the benchmark does not cover every dimension"
grep -q "Compared with the newest assessments of 5 other organisations in the sector energy supply." \
  "$tmp/energie-r/report.md" || fail "report.md does not say whom energie is compared with"
grep -q '<section id="benchmark"' "$tmp/energie-r/report.html" || fail "report.html has no benchmark section"
unzip -p "$tmp/energie-r/report.xlsx" xl/workbook.xml | grep -q 'name="Benchmark"' || fail "report.xlsx has no Benchmark sheet"

# zorg: one peer of its sector, too few: compared with all seven others.
"$kubus" assess "$tmp/zorg" -o "$tmp/zorg-r" --history "$store" --lang nl > /dev/null || fail "zorg's assess"
z=$tmp/zorg-r/report.json
[ "$(json "$z" '.benchmark | [.sector, .organisation_sector, .sector_peers, .overall.peers]')" = \
  '[null,"health insurance",1,7]' ] || fail "zorg's benchmark: $(json "$z" .benchmark)"
grep -q "## De benchmark met andere organisaties" "$tmp/zorg-r/report.md" || fail "report.md (nl) has no benchmark heading"
grep -q "De sector health insurance telt er 1, minder dan de 5 die een vergelijking binnen de sector vraagt." \
  "$tmp/zorg-r/report.md" || fail "report.md (nl) does not say why every sector is compared"

# The history's text follows the assessment's language: when --lang does not say otherwise.
echo "language: nl" >> "$tmp/zorg/assessment.yaml"
"$kubus" history "$tmp/zorg" --history "$store" | grep -q "^meting  *[0-9]*  .*  totaal [0-9]*,[0-9][0-9] (niveau " ||
  fail "history does not follow the assessment's language: $("$kubus" history "$tmp/zorg" --history "$store")"
"$kubus" benchmark "$tmp/zorg" --history "$store" --lang en | grep -q "^Compared with the newest run of 7 other assessments.$" ||
  fail "benchmark --lang en: $("$kubus" benchmark "$tmp/zorg" --history "$store" --lang en)"

for f in "$tmp"/energie-r/report.{json,md,html} "$tmp"/zorg-r/report.{json,md,html}; do
  ! grep -q "Secret Peer\|peer-[0-9]" "$f" || fail "$f names a peer"
done
! grep -q "Stroom & Gas" "$tmp"/zorg-r/report.{json,md,html} || fail "zorg's report names energie"
for f in "$tmp"/energie-r/report.xlsx "$tmp"/zorg-r/report.xlsx; do
  ! unzip -p "$f" | grep -aq "Secret Peer" || fail "$f names a peer"
done
echo "benchmark-report: ok"
