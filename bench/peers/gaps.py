#!/usr/bin/python3
"""The benchmark peer of `kubus gaps --format json`: the six silo-gap kinds of
ENGINE.md §2 with python-igraph, on models in the layout kubus-gen writes.

It is written to be fast, not general: one regex pass over each file for the
declarations of the kinds it needs, fields read from a declaration's
two-space-indented lines (nested blocks such as `feedback { ... }` are indented further and skipped),
and igraph's C core for strong components, connected components and articulation
points. It prints {"gaps": [{"kind", "id", "members"}]} sorted like kubus,
without kubus's evidence; bench/run.sh --peers compares the gap IDs.

Usage: gaps.py MODEL.kubus...
"""
import json
import re
import sys

import igraph

KINDS = ("touchpoint", "role", "component", "sla", "capability", "department")
FIELD = re.compile(r"^  ([\w-]+): (.*)$", re.M)
HANDOFF = re.compile(r"([\w.-]+)\s*->\s*([\w.-]+)")


def items(value):
    """The IDs of a list value `[a, b]` or of a single reference `a`."""
    return [v.strip() for v in value.strip("[] ").split(",") if v.strip()] if value.startswith("[") else [value]


def load(paths, extra=()):
    """{kind: {id: {field: value as written}}} of the kinds the peers read."""
    wanted = KINDS + tuple(extra)
    decl = re.compile(r"^(" + "|".join(wanted) + r") ([\w.-]+)[^\n]*\{\n(.*?)^\}", re.M | re.S)
    kinds = {k: {} for k in wanted}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for kind, ident, body in decl.findall(text):
            kinds[kind][ident] = dict(FIELD.findall(body))
    return kinds


def sorted_gaps(gaps):
    order = ["bottleneck-component", "context-break", "island-implementation", "isolated-department",
             "ping-pong", "uncovered-handoff"]
    return sorted(gaps, key=lambda g: (order.index(g["kind"]), g["members"]))


def gap(kind, members, ident=None):
    sep = "->" if kind in ("uncovered-handoff", "context-break") else ","
    return {"kind": kind, "id": ident or kind + ":" + sep.join(members), "members": members}


class Model:
    def __init__(self, kinds):
        self.tps = sorted(kinds["touchpoint"])
        self.tp_index = {t: i for i, t in enumerate(self.tps)}
        self.comps = sorted(kinds["component"])
        self.comp_index = {c: i for i, c in enumerate(self.comps)}
        role_dept = {r: f.get("department") for r, f in kinds["role"].items()}
        tp = kinds["touchpoint"]
        self.dept = [role_dept.get(tp[t].get("owner")) for t in self.tps]
        self.uses = [[self.comp_index[c] for c in items(tp[t].get("uses", "[]")) if c in self.comp_index]
                     for t in self.tps]
        self.handoffs = [(i, self.tp_index[n]) for i, t in enumerate(self.tps)
                         for n in items(tp[t].get("next", "[]")) if n in self.tp_index]
        comp = kinds["component"]
        self.comp_dept = [comp[c].get("department") for c in self.comps]
        self.comp_caps = [items(comp[c].get("capabilities", "[]")) for c in self.comps]
        self.comp_shared = [comp[c].get("shared") == "true" for c in self.comps]
        self.integrates = [(i, self.comp_index[o]) for i, c in enumerate(self.comps)
                           for o in items(comp[c].get("integrates", "[]")) if o in self.comp_index]
        self.slas = kinds["sla"]


def uncovered_handoffs(m):
    covered, pairs = set(), set()
    for f in m.slas.values():
        if "covers" in f:
            covered.update(HANDOFF.findall(f["covers"]))
        elif "from" in f and "to" in f:
            pairs.add((f["from"], f["to"]))
    out = []
    for a, b in m.handoffs:
        da, db = m.dept[a], m.dept[b]
        if da is None or db is None or da == db:
            continue
        if (m.tps[a], m.tps[b]) in covered or (da, db) in pairs:
            continue
        out.append(gap("uncovered-handoff", [m.tps[a], m.tps[b]]))
    return out


def ping_pongs(m):
    g = igraph.Graph(n=len(m.tps), edges=m.handoffs, directed=True)
    out = []
    for members in g.connected_components(mode="strong"):
        if len(members) > 1 and len({m.dept[t] for t in members} - {None}) > 1:
            out.append(gap("ping-pong", sorted(m.tps[t] for t in members)))
    return out


def island_implementations(m):
    by_cap = {}
    for c, caps in enumerate(m.comp_caps):
        for cap in caps:
            by_cap.setdefault(cap, []).append(c)
    out = []
    for cap, comps in by_cap.items():
        if len({m.comp_dept[c] for c in comps} - {None}) < 2 or all(m.comp_shared[c] for c in comps):
            continue
        members = sorted(m.comps[c] for c in comps)
        out.append(gap("island-implementation", members, f"island-implementation:{cap}:" + ",".join(members)))
    return out


def context_breaks(m):
    links = igraph.Graph(n=len(m.comps), edges=m.integrates)
    group = links.connected_components().membership
    history = [{group[c] for c in uses if "customer-history" in m.comp_caps[c]} for uses in m.uses]
    return [gap("context-break", [m.tps[a], m.tps[b]]) for a, b in m.handoffs if not history[a] & history[b]]


def isolated_departments(m):
    owning = sorted({d for d in m.dept if d is not None})
    index = {d: i for i, d in enumerate(owning)}
    pairs = set()

    def link(a, b):
        if a in index and b in index and a != b:
            pairs.add((index[a], index[b]))
    for a, b in m.handoffs:
        link(m.dept[a], m.dept[b])
    for f in m.slas.values():
        link(f.get("from"), f.get("to"))
    first_user = {}
    for t, uses in enumerate(m.uses):
        if m.dept[t] is not None:
            for c in uses:
                link(first_user.setdefault(c, m.dept[t]), m.dept[t])
    groups = igraph.Graph(n=len(owning), edges=list(pairs)).connected_components()
    if not owning:
        return []
    # Ties go to the group holding the smallest department ID: the first in `owning` order.
    largest = max(range(len(groups)), key=lambda g: (len(groups[g]), -min(groups[g])))
    keep = set(groups[largest])
    return [gap("isolated-department", [d]) for d, i in index.items() if i not in keep]


def bottlenecks(m):
    n = len(m.tps)
    edges = m.handoffs + [(t, n + c) for t, uses in enumerate(m.uses) for c in uses]
    g = igraph.Graph(n=n + len(m.comps), edges=edges)
    return [gap("bottleneck-component", [m.comps[v - n]]) for v in g.articulation_points() if v >= n]


def main(paths):
    m = Model(load(paths))
    gaps = (uncovered_handoffs(m) + ping_pongs(m) + island_implementations(m) + context_breaks(m)
            + isolated_departments(m) + bottlenecks(m))
    json.dump({"gaps": sorted_gaps(gaps)}, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
