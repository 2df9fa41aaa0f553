#!/usr/bin/python3
"""The benchmark peer of rule evaluation: four rules of bench/rules/eval-bench.kubus
as SQLite queries over indexed tables.

Loading the model into an in-memory SQLite database is not timed (kubus-bench-eval
does not time loading either). Each query returns the failing instances of its
rule; it is run repeatedly for at least MIN_SECONDS of CPU time, and the CPU
nanoseconds per rule instance of the cheapest run are printed, one line per rule:

    RULE INSTANCES FINDINGS NS_PER_INSTANCE

Usage: rules_sqlite.py MODEL.kubus...
"""
import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gaps import items, load  # noqa: E402  the same partial parser as the gaps peer

MIN_SECONDS = 0.5
CUSTOMER_METRICS = {"nps", "csat", "ces", "fcr", "retention"}

SCHEMA = """
CREATE TABLE department (id TEXT PRIMARY KEY, kind TEXT);
CREATE TABLE role (id TEXT PRIMARY KEY, department TEXT REFERENCES department(id));
CREATE TABLE touchpoint (id TEXT PRIMARY KEY, mandatory INTEGER, owner TEXT REFERENCES role(id));
CREATE TABLE touchpoint_channel (touchpoint TEXT, channel TEXT);
CREATE INDEX touchpoint_channel_tp ON touchpoint_channel(touchpoint);
CREATE TABLE uses (touchpoint TEXT, component TEXT);
CREATE INDEX uses_component ON uses(component);
CREATE TABLE component (id TEXT PRIMARY KEY, shared INTEGER);
CREATE TABLE kpi (id TEXT PRIMARY KEY, of TEXT, orientation TEXT);
CREATE INDEX kpi_of ON kpi(of, orientation);
CREATE INDEX touchpoint_mandatory ON touchpoint(mandatory);
"""

# rule ID -> (instances query, failing-instances query), as eval-bench.kubus states them.
RULES = {
    "mandatory-owned-by-line": (
        "SELECT count(*) FROM touchpoint WHERE mandatory",
        """SELECT t.id FROM touchpoint t LEFT JOIN role r ON r.id = t.owner
           LEFT JOIN department d ON d.id = r.department
           WHERE t.mandatory AND (t.owner IS NULL OR d.kind IS NOT 'line')"""),
    "touchpoint-has-channels": (
        "SELECT count(*) FROM touchpoint",
        """SELECT t.id FROM touchpoint t
           WHERE NOT EXISTS (SELECT 1 FROM touchpoint_channel c WHERE c.touchpoint = t.id)"""),
    "mandatory-customer-kpi": (
        "SELECT count(*) FROM touchpoint WHERE mandatory",
        """SELECT t.id FROM touchpoint t WHERE t.mandatory
           AND NOT EXISTS (SELECT 1 FROM kpi k WHERE k.of = t.id AND k.orientation = 'customer')"""),
    "components-in-use": (
        "SELECT count(*) FROM component",
        """SELECT c.id FROM component c
           WHERE NOT c.shared AND NOT EXISTS (SELECT 1 FROM uses u WHERE u.component = c.id)"""),
}


def fill(db, kinds):
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO department VALUES (?, ?)", [(i, f.get("kind")) for i, f in kinds["department"].items()])
    db.executemany("INSERT INTO role VALUES (?, ?)", [(i, f.get("department")) for i, f in kinds["role"].items()])
    tps = kinds["touchpoint"]
    db.executemany("INSERT INTO touchpoint VALUES (?, ?, ?)",
                   [(i, f.get("mandatory") == "true", f.get("owner")) for i, f in tps.items()])
    db.executemany("INSERT INTO touchpoint_channel VALUES (?, ?)",
                   [(i, c) for i, f in tps.items() for c in items(f.get("channels", "[]"))])
    db.executemany("INSERT INTO uses VALUES (?, ?)", [(i, c) for i, f in tps.items() for c in items(f.get("uses", "[]"))])
    db.executemany("INSERT INTO component VALUES (?, ?)",
                   [(i, f.get("shared") == "true") for i, f in kinds["component"].items()])
    db.executemany("INSERT INTO kpi VALUES (?, ?, ?)",
                   [(i, f.get("of"), f.get("orientation") or
                     ("customer" if f.get("metric") in CUSTOMER_METRICS else "internal"))
                    for i, f in kinds["kpi"].items()])
    db.execute("ANALYZE")


def cheapest_ns(db, query):
    best, spent = None, 0.0
    while spent < MIN_SECONDS or best is None:
        t0 = time.process_time_ns()
        findings = len(db.execute(query).fetchall())
        t = time.process_time_ns() - t0
        best = t if best is None else min(best, t)
        spent += t / 1e9
    return best, findings


def main(paths):
    kinds = load(paths, extra=("kpi",))
    db = sqlite3.connect(":memory:")
    fill(db, kinds)
    for rule, (count, failing) in RULES.items():
        instances = db.execute(count).fetchone()[0]
        ns, findings = cheapest_ns(db, failing)
        print(f"{rule} {instances} {findings} {ns / max(instances, 1):.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
