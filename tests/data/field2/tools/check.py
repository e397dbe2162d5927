"""Stand-alone validator for the field2 evaluation set (standard library only).
Checks: valid JSON per line, unique ids, enums and types as in
matching-data-format.md, every judgment refers to existing ids, grades 0-3,
no duplicate pairs, and no judged pair breaks a hard constraint."""
import json, math, sys, re, collections

LEVELS = ["A0", "A1", "A2", "B1", "B2", "C1"]
TYPES = {"taalcoach", "taalcafe", "taalstage", "werkervaringsplek", "vrijwilligerswerk", "maatje",
         "sport", "cultuur", "cursus", "ontmoeting", "huiswerkbegeleiding", "gezin"}
GOALS = {"taal", "werk", "ontmoeten", "gezondheid", "financien"}
MOB = {"walk", "bike", "ov", "car"}
DP = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)-(am|pm|eve)$")
LANG = re.compile(r"^[a-z]{2,3}$")
errors = []

def err(f, n, msg):
    errors.append(f"{f}:{n}: {msg}")

def load(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err(path, n, f"invalid JSON: {e}")
    return rows

def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

def common(f, n, r):
    if not isinstance(r.get("id"), str) or not r["id"]:
        err(f, n, "id missing")
    for k in ("kern", "gemeente"):
        if k in r and not isinstance(r[k], str):
            err(f, n, f"{k} not a string")
    for k in ("lat", "lon"):
        if k in r and not is_num(r[k]):
            err(f, n, f"{k} not a number")
    if "lat" in r and not (50.5 < r["lat"] < 53.7 and 3.2 < r["lon"] < 7.3):
        err(f, n, "lat/lon outside the Netherlands")

def check_profile(f, n, p):
    common(f, n, p)
    if not isinstance(p.get("languages"), list) or not all(isinstance(l, str) and LANG.match(l) for l in p["languages"]):
        err(f, n, "languages")
    if p.get("dutch_level") not in LEVELS: err(f, n, "dutch_level")
    if not isinstance(p.get("interests"), str): err(f, n, "interests")
    if "profession" in p and not isinstance(p["profession"], str): err(f, n, "profession")
    if "wants" in p and not (isinstance(p["wants"], list) and set(p["wants"]) <= TYPES): err(f, n, "wants")
    if "goals" in p and not (isinstance(p["goals"], list) and set(p["goals"]) <= GOALS): err(f, n, "goals")
    if "availability" in p and not all(isinstance(d, str) and DP.match(d) for d in p["availability"]): err(f, n, "availability")
    if "mobility" in p and not (isinstance(p["mobility"], list) and set(p["mobility"]) <= MOB): err(f, n, "mobility")
    if "max_km" in p and not is_num(p["max_km"]): err(f, n, "max_km")
    if "gender" in p and p["gender"] not in ("f", "m", "x"): err(f, n, "gender")
    if "birth_year" in p and not (isinstance(p["birth_year"], int) and 1900 < p["birth_year"] < 2026): err(f, n, "birth_year")
    if "needs_childcare" in p and not isinstance(p["needs_childcare"], bool): err(f, n, "needs_childcare")
    if p.get("lang") not in ("ar", "ti", "fa", "so", "en", "nl"): err(f, n, "lang")

def check_offer(f, n, o):
    common(f, n, o)
    if o.get("type") not in TYPES: err(f, n, "type")
    for k in ("title", "description", "organisation"):
        if k in o and not isinstance(o[k], str): err(f, n, k)
    if "tags" in o and not all(isinstance(t, str) for t in o["tags"]): err(f, n, "tags")
    if "schedule" in o and not all(isinstance(d, str) and DP.match(d) for d in o["schedule"]): err(f, n, "schedule")
    if "min_dutch_level" in o and o["min_dutch_level"] not in LEVELS: err(f, n, "min_dutch_level")
    if "host_languages" in o and not all(isinstance(l, str) and LANG.match(l) for l in o["host_languages"]): err(f, n, "host_languages")
    if "capacity" in o and not (isinstance(o["capacity"], int) and not isinstance(o["capacity"], bool) and o["capacity"] >= 0): err(f, n, "capacity")
    for k in ("women_only", "childcare", "language_rich"):
        if k in o and not isinstance(o[k], bool): err(f, n, k)
    for k in ("age_min", "age_max"):
        if k in o and not isinstance(o[k], int): err(f, n, k)
    if "cost_eur" in o and not is_num(o["cost_eur"]): err(f, n, "cost_eur")

def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))

def breaks(p, o):
    if o.get("capacity") == 0: return "capacity 0"
    if o.get("women_only") and p.get("gender") == "m": return "women_only"
    if "birth_year" in p:
        age = 2026 - p["birth_year"]
        if age < o.get("age_min", -1) or age > o.get("age_max", 999): return "age"
    if o.get("schedule") and p.get("availability") and not set(o["schedule"]) & set(p["availability"]): return "schedule"
    if "max_km" in p and "lat" in p and "lat" in o and km(p, o) > p["max_km"]: return "max_km"
    return None

def main(d="."):
    P, O = {}, {}
    for n, p in load(f"{d}/profiles.jsonl"):
        check_profile("profiles.jsonl", n, p)
        if p.get("id") in P: err("profiles.jsonl", n, "duplicate id")
        P[p.get("id")] = p
    for n, o in load(f"{d}/offers.jsonl"):
        check_offer("offers.jsonl", n, o)
        if o.get("id") in O: err("offers.jsonl", n, "duplicate id")
        O[o.get("id")] = o
    pairs = set()
    per = collections.Counter()
    for n, j in load(f"{d}/judgments.jsonl"):
        f = "judgments.jsonl"
        if set(j) != {"profile", "offer", "grade"}: err(f, n, f"keys {sorted(j)}")
        if j.get("profile") not in P: err(f, n, "unknown profile"); continue
        if j.get("offer") not in O: err(f, n, "unknown offer"); continue
        if j.get("grade") not in (0, 1, 2, 3) or isinstance(j.get("grade"), bool): err(f, n, "grade")
        k = (j["profile"], j["offer"])
        if k in pairs: err(f, n, "duplicate pair")
        pairs.add(k)
        per[j["profile"]] += 1
        b = breaks(P[j["profile"]], O[j["offer"]])
        if b: err(f, n, f"pair breaks hard constraint: {b}")
    for pid in P:
        if per[pid] == 0: errors.append(f"profile {pid} has no judgments")
    for e in errors: print(e)
    print(f"{len(P)} profiles, {len(O)} offers, {len(pairs)} judgments, {len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
