import math, sys
from src_offers import OFFERS
from src_profiles import PROFILES
def km(a,b):
    R=6371; la1,lo1,la2,lo2=map(math.radians,(a['lat'],a['lon'],b['lat'],b['lon']))
    h=math.sin((la2-la1)/2)**2+math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2
    return 2*R*math.asin(math.sqrt(h))
LV=["A0","A1","A2","B1","B2","C1"]
def hard(p,o):
    r=[]
    if o.get('capacity')==0: r.append('cap0')
    if o.get('women_only') and p.get('gender')=='m': r.append('women')
    if 'birth_year' in p:
        age=2026-p['birth_year']
        if 'age_min' in o and age<o['age_min']: r.append('age')
        if 'age_max' in o and age>o['age_max']: r.append('age')
    if o.get('schedule') and p.get('availability') and not set(o['schedule'])&set(p['availability']): r.append('sched')
    if 'max_km' in p and km(p,o)>p['max_km']: r.append('km')
    return r
if __name__=="__main__":
    ids=sys.argv[1:]
    for p in PROFILES:
        if ids and p['id'] not in ids: continue
        print("==",p['id'],p['kern'],p['dutch_level'],p.get('mobility'),p.get('wants'),p.get('gender'),2026-p['birth_year'])
        for o in sorted(OFFERS,key=lambda o:km(p,o)):
            d=km(p,o)
            if d>60: continue
            h=hard(p,o)
            print(f"  {o['id']} {d:5.1f} {o['type'][:10]:10} {o.get('min_dutch_level','')} {'X:'+','.join(h) if h else ''} {o['title'][:60]}")
