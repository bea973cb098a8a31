#!/usr/bin/env python3
"""Writes one file of request paths per scenario, using entities that exist in the served graph.

Usage: make-requests.py BASE_URL OUT_DIR
"""
import json
import sys
import urllib.parse
import urllib.request

base, out = sys.argv[1].rstrip("/"), sys.argv[2]


def get(path):
    with urllib.request.urlopen(base + path) as response:
        return json.load(response)


def q(text):
    return urllib.parse.quote(text, safe="")


people = [item["entity"] for item in get("/api/insights/most-connected?type=Person&limit=50")["items"]]
orgs = [item["entity"] for item in get("/api/insights/most-connected?type=Organization&limit=20")["items"]]
entities = people + orgs
if len(people) < 4:
    sys.exit("The graph holds too few connected people to benchmark; ingest the corpus first.")

scenarios = {
    "search": [f"/api/entities?q={q(name[:n])}" for e in entities for name in [e["name"]] for n in (4, len(name))],
    "entity": [f"/api/entities/{q(e['id'])}" for e in entities],
    "relationships": [f"/api/entities/{q(e['id'])}/relationships?type={t}" for e in entities for t in ("MET", "AFFILIATED_WITH", "LEADER_OF")],
    "quotes": [f"/api/quotes?speaker={q(e['id'])}" for e in entities] + [f"/api/quotes?about={q(e['id'])}" for e in people],
    "paths": [f"/api/connections?from={q(a['id'])}&to={q(b['id'])}&maxHops=4"
              for i, a in enumerate(people[:20]) for b in people[i + 1:i + 6]],
    "neighbourhood": [f"/api/entities/{q(e['id'])}/neighbourhood?depth=1" for e in entities],
}
for name, paths in scenarios.items():
    with open(f"{out}/{name}.txt", "w") as file:
        file.write("\n".join(paths) + "\n")
    print(f"{name}: {len(paths)} distinct requests", file=sys.stderr)
