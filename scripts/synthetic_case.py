#!/usr/bin/env python3
"""Writes a synthetic case of N persons for benchmarks of scheduled runs (docs/operations.md).

Persons form cells of 8-15; inside a cell persons are associates and call each other; a few
brokers link cells. Reports: one per cell (handling P) plus one restricted report (handling C) per
ten cells, carrying a third of that cell's calls. Seeded: the same N gives the same files.

usage: scripts/synthetic_case.py N OUT_DIR
"""
import csv
import os
import random
import sys


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(n)
    cells = []
    person = 0
    while person < n:
        size = min(rnd.randint(8, 15), n - person)
        cells.append(list(range(person, person + size)))
        person += size
    pid = lambda i: "S%06d" % i
    phone = lambda i: "+44770%07d" % i

    reports = []
    for c in range(len(cells)):
        reports.append(("SR-%05d" % c, "P"))
    for c in range(0, len(cells), 10):
        reports.append(("SRC-%05d" % c, "C"))
    with open(os.path.join(out, "reports.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["reportId", "agency", "receivedAt", "caseId", "grade", "handling", "summary"])
        for rid, handling in reports:
            w.writerow([rid, "SYN", "2024-06-01T00:00:00Z", "SYN-CASE", "2B", handling, "synthetic"])

    with open(os.path.join(out, "persons.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["reportId", "personId", "name", "aliases", "dob", "nationality"])
        for c, cell in enumerate(cells):
            for i in cell:
                w.writerow(["SR-%05d" % c, pid(i), "Person %d" % i, "", "", "GB"])

    with open(os.path.join(out, "phones.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["reportId", "personId", "phone", "from", "to"])
        for c, cell in enumerate(cells):
            for i in cell:
                w.writerow(["SR-%05d" % c, pid(i), phone(i), "", ""])

    with open(os.path.join(out, "associations.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["reportId", "personA", "personB", "kind"])
        for c, cell in enumerate(cells):
            for i in cell[1:]:
                a, b = sorted([pid(cell[0]), pid(i)])
                w.writerow(["SR-%05d" % c, a, b, "criminal"])
            # brokers: the cell's second member links to two other cells
            for other in rnd.sample(range(len(cells)), min(2, len(cells))):
                if other != c and len(cell) > 1:
                    a, b = sorted([pid(cell[1]), pid(cells[other][-1])])
                    w.writerow(["SR-%05d" % c, a, b, "social"])

    call = 0
    with open(os.path.join(out, "calls.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["reportId", "callId", "caller", "callee", "start", "durationS"])
        for c, cell in enumerate(cells):
            for _ in range(len(cell) * 3):
                a, b = rnd.sample(cell, 2) if len(cell) > 1 else (cell[0], cell[0])
                if a == b:
                    continue
                restricted = c % 10 == 0 and call % 3 == 0
                rid = ("SRC-%05d" % (c - c % 10)) if restricted else "SR-%05d" % c
                day = 1 + rnd.randrange(28)
                month = 1 + rnd.randrange(12)
                w.writerow([rid, "SC%07d" % call, phone(a), phone(b),
                            "2024-%02d-%02dT%02d:%02d:00Z" % (month, day, rnd.randrange(24), rnd.randrange(60)),
                            rnd.randint(10, 600)])
                call += 1


if __name__ == "__main__":
    main()
