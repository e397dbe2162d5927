"""Builds offers.jsonl, profiles.jsonl and judgments.jsonl from the hand-written sources."""
import json
from src_offers import OFFERS
from src_profiles import PROFILES
from view import hard

def dump(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

from src_extra import EXTRA
for o in OFFERS:
    if o["id"] in EXTRA:
        o["description"] = o["description"] + " " + EXTRA[o["id"]]
for p in PROFILES:
    p["languages"] = [l for l in p["languages"] if l != "nl"]  # A2 Dutch is not "speaks well"
    if not p.get("profession"):
        p.pop("profession", None)  # missing = unknown
P = {p["id"]: p for p in PROFILES}
O = {o["id"]: o for o in OFFERS}
J = []
bad = []
for line in open("grades.txt", encoding="utf-8"):
    line = line.strip()
    if not line:
        continue
    pid, rest = line.split(":", 1)
    seen = set()
    for item in rest.split():
        oid, g = item.split("=")
        assert oid in O, (pid, oid)
        assert oid not in seen, ("duplicate", pid, oid)
        seen.add(oid)
        h = hard(P[pid], O[oid])
        if h:
            bad.append((pid, oid, h))
        J.append({"profile": pid, "offer": oid, "grade": int(g)})
if bad:
    for b in bad:
        print("HARD CONSTRAINT BROKEN:", b)
    raise SystemExit(1)
dump("offers.jsonl", OFFERS)
dump("profiles.jsonl", PROFILES)
dump("judgments.jsonl", J)
print(len(OFFERS), "offers", len(PROFILES), "profiles", len(J), "judgments")
