import sys
from view import *
lim=float(sys.argv[1]); ids=sys.argv[2:]
for p in PROFILES:
    if p['id'] not in ids: continue
    print("==",p['id'],p['kern'],p['dutch_level'],p.get('mobility'),p.get('wants'),p.get('gender'),2026-p['birth_year'],'avail' if p.get('availability') else 'noavail', p.get('max_km',''))
    ex=[]
    for o in sorted(OFFERS,key=lambda o:km(p,o)):
        d=km(p,o); h=hard(p,o)
        if h:
            if d<=lim: ex.append(o['id'])
            continue
        if d>lim: continue
        print(f"  {o['id']} {d:4.1f} {o['type'][:8]:8} {o.get('min_dutch_level','')} {o['title'][:55]}")
    print("  excluded-near:", ' '.join(ex))
