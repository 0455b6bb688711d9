#!/usr/bin/env python3
"""Check a crimegraph CSV folder and print the person network it projects to.

Usage: /usr/bin/python3 scripts/check_sample_data.py [DIR] [--leader P001] [--max-source N]
       (DIR defaults to sample-data/ next to this script's folder)

Needs only the standard library and networkx (Debian: apt-get install python3-networkx).

1. Referential integrity: headers exactly as in docs/input-formats.md, every reportId exists,
   every personId / locationId / vrm / routeId referenced exists, ids unique, IBAN checksums
   (mod 97) valid, phones in E.164 (start with '+'), grades 1A..3E, handling P/C, timestamps parse.
2. Person network, by the projection rules (no time window, no grading threshold):
   two persons are linked when they are associates; phones they use called each other; accounts
   they hold exchanged money; they share a phone, account, vehicle or address; they operate the
   same route; they attended the same meeting; their vehicles crossed at the same location within
   30 minutes of each other. Prints nodes/edges, components, articulation points, bridges,
   top-10 betweenness (unweighted shortest paths, normalised) and the leader's degree.
--max-source 2 drops (after the integrity checks) every link row citing a report whose source
evaluation is 3 (persons and locations stay), to see what a grading threshold does.
Exit status 1 when an integrity check fails.
"""
import csv
import itertools
import os
import re
import sys
from collections import defaultdict
from datetime import datetime, timedelta

import networkx as nx

HEADERS = {
    "reports": "reportId,agency,receivedAt,caseId,grade,handling,summary",
    "persons": "reportId,personId,name,aliases,dob,nationality",
    "locations": "reportId,locationId,name,country,kind,lat,lon",
    "addresses": "reportId,personId,locationId,from,to",
    "phones": "reportId,personId,phone,from,to",
    "calls": "reportId,callId,caller,callee,start,durationS",
    "accounts": "reportId,personId,iban,bank,from,to",
    "transactions": "reportId,txId,fromIban,toIban,ts,amount,currency",
    "vehicles": "reportId,personId,vrm,country,relation,make",
    "crossings": "reportId,crossingId,vrm,country,locationId,ts,direction",
    "routes": "reportId,routeId,name,operatorId",
    "route_stops": "reportId,routeId,seq,locationId",
    "meetings": "reportId,meetingId,ts,locationId,attendees",
    "associations": "reportId,personA,personB,kind",
}
IBAN_LENGTH = {"GB": 22, "FR": 27}
CROSSING_WINDOW = timedelta(minutes=30)

errors = []


def err(msg):
    errors.append(msg)


def load(folder):
    data = {}
    for name, header in HEADERS.items():
        path = os.path.join(folder, name + ".csv")
        if not os.path.exists(path):
            err("missing file %s.csv" % name)
            data[name] = []
            continue
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            if set(reader.fieldnames or []) != set(header.split(",")):
                err("%s.csv: header %s, expected %s" % (name, reader.fieldnames, header))
            data[name] = list(reader)
    return data


def norm_iban(s):
    return s.replace(" ", "").upper()


def iban_ok(iban):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return False
    if iban[:2] in IBAN_LENGTH and len(iban) != IBAN_LENGTH[iban[:2]]:
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def check(d):
    reports = {r["reportId"] for r in d["reports"]}
    persons = {r["personId"] for r in d["persons"]}
    locations = {r["locationId"] for r in d["locations"]}
    vehicles = {(r["vrm"], r["country"]) for r in d["vehicles"]}
    routes = {r["routeId"] for r in d["routes"]}
    phones = {r["phone"] for r in d["phones"]}
    ibans = {norm_iban(r["iban"]) for r in d["accounts"]}

    for r in d["reports"]:
        if not re.fullmatch(r"[123][A-E]", r["grade"]):
            err("report %s: bad grade %r" % (r["reportId"], r["grade"]))
        if r["handling"] not in ("P", "C"):
            err("report %s: bad handling %r" % (r["reportId"], r["handling"]))
        ts(r["receivedAt"])
    for key, name in (("reportId", "reports"), ("personId", "persons"), ("locationId", "locations"),
                      ("callId", "calls"), ("txId", "transactions"), ("crossingId", "crossings"),
                      ("meetingId", "meetings")):
        ids = [r[key] for r in d[name]]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            err("%s: duplicate %s %s" % (name, key, sorted(dup)))
    for name, rows in d.items():
        if name == "reports":
            continue
        for i, r in enumerate(rows, 2):
            if r["reportId"] not in reports:
                err("%s.csv line %d: unknown report %s" % (name, i, r["reportId"]))

    def need_person(name, i, pid):
        if pid not in persons:
            err("%s.csv line %d: unknown person %s" % (name, i, pid))

    def need_location(name, i, lid):
        if lid not in locations:
            err("%s.csv line %d: unknown location %s" % (name, i, lid))

    for name in ("addresses", "phones", "accounts", "vehicles"):
        for i, r in enumerate(d[name], 2):
            need_person(name, i, r["personId"])
    for i, r in enumerate(d["addresses"], 2):
        need_location("addresses", i, r["locationId"])
    for i, r in enumerate(d["phones"], 2):
        if not re.fullmatch(r"\+\d{8,15}", r["phone"]):
            err("phones.csv line %d: phone %s not E.164" % (i, r["phone"]))
    for i, r in enumerate(d["calls"], 2):
        for k in ("caller", "callee"):
            if not r[k].startswith("+"):
                err("calls.csv line %d: %s %s not E.164" % (i, k, r[k]))
            elif r[k] not in phones:
                err("calls.csv line %d: %s %s not in phones.csv" % (i, k, r[k]))
        ts(r["start"])
        int(r["durationS"])
    for i, r in enumerate(d["accounts"], 2):
        if not iban_ok(norm_iban(r["iban"])):
            err("accounts.csv line %d: invalid IBAN %s" % (i, r["iban"]))
    for i, r in enumerate(d["transactions"], 2):
        for k in ("fromIban", "toIban"):
            if not iban_ok(norm_iban(r[k])):
                err("transactions.csv line %d: invalid IBAN %s" % (i, r[k]))
            elif norm_iban(r[k]) not in ibans:
                err("transactions.csv line %d: %s not in accounts.csv" % (i, r[k]))
        ts(r["ts"])
        float(r["amount"])
    for i, r in enumerate(d["vehicles"], 2):
        if r["relation"] not in ("DRIVES", "KEEPER_OF"):
            err("vehicles.csv line %d: bad relation %s" % (i, r["relation"]))
    for i, r in enumerate(d["crossings"], 2):
        if (r["vrm"], r["country"]) not in vehicles:
            err("crossings.csv line %d: unknown vehicle %s/%s" % (i, r["vrm"], r["country"]))
        need_location("crossings", i, r["locationId"])
        ts(r["ts"])
    for i, r in enumerate(d["routes"], 2):
        need_person("routes", i, r["operatorId"])
    for i, r in enumerate(d["route_stops"], 2):
        if r["routeId"] not in routes:
            err("route_stops.csv line %d: unknown route %s" % (i, r["routeId"]))
        need_location("route_stops", i, r["locationId"])
    for i, r in enumerate(d["meetings"], 2):
        need_location("meetings", i, r["locationId"])
        for p in r["attendees"].split("|"):
            need_person("meetings", i, p)
        ts(r["ts"])
    for i, r in enumerate(d["associations"], 2):
        need_person("associations", i, r["personA"])
        need_person("associations", i, r["personB"])
        if r["kind"] not in ("family", "lives_with", "social", "criminal"):
            err("associations.csv line %d: bad kind %s" % (i, r["kind"]))
    for i, r in enumerate(d["locations"], 2):
        if r["kind"] not in ("address", "port", "border_crossing", "cell_site", "city"):
            err("locations.csv line %d: bad kind %s" % (i, r["kind"]))


def project(d):
    """Person network by the projection rules; edge attribute 'kinds' = set of evidence kinds."""
    g = nx.Graph()
    for r in d["persons"]:
        g.add_node(r["personId"], name=r["name"])

    def link(a, b, kind):
        if a == b:
            return
        if g.has_edge(a, b):
            g[a][b]["kinds"].add(kind)
        else:
            g.add_edge(a, b, kinds={kind})

    def share(groups, kind):
        for members in groups.values():
            for a, b in itertools.combinations(sorted(members), 2):
                link(a, b, kind)

    for r in d["associations"]:
        link(r["personA"], r["personB"], "associate:" + r["kind"])

    users = defaultdict(set)
    for r in d["phones"]:
        users[r["phone"]].add(r["personId"])
    share(users, "shared_phone")
    for r in d["calls"]:
        for a in users[r["caller"]]:
            for b in users[r["callee"]]:
                link(a, b, "call")

    holders = defaultdict(set)
    for r in d["accounts"]:
        holders[norm_iban(r["iban"])].add(r["personId"])
    share(holders, "shared_account")
    for r in d["transactions"]:
        for a in holders[norm_iban(r["fromIban"])]:
            for b in holders[norm_iban(r["toIban"])]:
                link(a, b, "money")

    by_vehicle = defaultdict(set)
    for r in d["vehicles"]:
        by_vehicle[(r["vrm"], r["country"])].add(r["personId"])
    share(by_vehicle, "shared_vehicle")

    residents = defaultdict(set)
    for r in d["addresses"]:
        residents[r["locationId"]].add(r["personId"])
    share(residents, "shared_address")

    operators = defaultdict(set)
    for r in d["routes"]:
        operators[r["routeId"]].add(r["operatorId"])
    share(operators, "same_route")

    share({r["meetingId"]: set(r["attendees"].split("|")) for r in d["meetings"]}, "same_meeting")

    by_loc = defaultdict(list)
    for r in d["crossings"]:
        by_loc[r["locationId"]].append((ts(r["ts"]), (r["vrm"], r["country"])))
    for events in by_loc.values():
        events.sort()
        for i, (t1, v1) in enumerate(events):
            for t2, v2 in events[i + 1:]:
                if t2 - t1 > CROSSING_WINDOW:
                    break
                if v1 != v2:
                    for a in by_vehicle[v1]:
                        for b in by_vehicle[v2]:
                            link(a, b, "crossed_together")
    return g


def main():
    args = sys.argv[1:]
    leader = "P001"
    if "--leader" in args:
        i = args.index("--leader")
        leader = args[i + 1]
        del args[i:i + 2]
    max_source = None
    if "--max-source" in args:
        i = args.index("--max-source")
        max_source = int(args[i + 1])
        del args[i:i + 2]
    folder = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sample-data")
    d = load(folder)
    check(d)
    if max_source is not None:
        keep = {r["reportId"] for r in d["reports"] if int(r["grade"][0]) <= max_source}
        for n in HEADERS:
            if n not in ("reports", "persons", "locations"):
                d[n] = [r for r in d[n] if r["reportId"] in keep]
        print("(projection restricted to rows citing reports with source evaluation <= %d)" % max_source)
    counts = ", ".join("%s %d" % (n, len(d[n])) for n in HEADERS)
    print("rows: " + counts)
    if errors:
        print("INTEGRITY: %d problem(s)" % len(errors))
        for e in errors[:50]:
            print("  - " + e)
    else:
        print("INTEGRITY: OK (reports, persons, locations, vehicles, routes referenced exist; "
              "IBANs valid; phones E.164; grades/handling valid)")

    g = project(d)
    name = nx.get_node_attributes(g, "name")
    label = lambda p: "%s %s" % (p, name.get(p, "?"))
    print()
    print("person network: %d nodes, %d edges" % (g.number_of_nodes(), g.number_of_edges()))
    comps = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    print("connected components: %d (sizes %s)" % (len(comps), [len(c) for c in comps]))
    for c in comps[1:]:
        print("  minor component: " + ", ".join(label(p) for p in sorted(c)))
    aps = sorted(nx.articulation_points(g))
    print("articulation points: %d" % len(aps))
    for p in aps:
        h = g.copy()
        h.remove_node(p)
        parts = sorted(nx.connected_components(h.subgraph(set(h) & set().union(*[c for c in comps if p in c]))),
                       key=len)
        cut = [sorted(c) for c in parts[:-1]]
        print("  %s (deg %d) -> removing it splits off %s" % (label(p), g.degree(p), cut))
    bridges = sorted(tuple(sorted(e)) for e in nx.bridges(g))
    print("bridges: %s" % ", ".join("%s-%s" % e for e in bridges))
    bc = nx.betweenness_centrality(g, normalized=True)
    print("top-10 betweenness (unweighted, normalised):")
    for p, v in sorted(bc.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
        print("  %-26s %.4f  deg %d" % (label(p), v, g.degree(p)))
    main = comps[0]
    try:
        communities = nx.community.louvain_communities(g.subgraph(main), seed=1)
        q = nx.community.modularity(g.subgraph(main), communities)
        print("Louvain communities of the largest component (seed 1, modularity %.3f):" % q)
        for cm in sorted(communities, key=min):
            print("  " + " ".join(sorted(cm)))
    except AttributeError:
        print("Louvain communities: needs networkx >= 2.8")
    if leader in g:
        degs = sorted((dd for _, dd in g.degree()), reverse=True)
        rank = sorted(bc, key=lambda p: -bc[p]).index(leader) + 1
        main_min = min(g.degree(p) for p in main)
        print("leader %s: degree %d (network max %d, median %d, lowest in largest component %d), "
              "neighbours %s, betweenness %.4f (rank %d of %d)"
              % (label(leader), g.degree(leader), degs[0], degs[len(degs) // 2], main_min,
                 sorted(g.neighbors(leader)), bc[leader], rank, len(bc)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
