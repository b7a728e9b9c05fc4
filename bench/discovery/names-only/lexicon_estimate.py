#!/usr/bin/env python3
"""Would domain vocabulary alone close discovery's gap? Counts, on the studied real sets (tuning and every held-out set not in
NameModelTraining.NeverTunedOn), how many of the rules' misses and how many true negatives a lexicon's words hit.

  lexicon_estimate.py <evaluation log> <lexicon.tsv>

<evaluation log>: a detailed run of the study filter (docs/discovery.md, Results), whose "false negative:"/"false positive:"
lines precede each set's "discovery (<set>):" line. <lexicon.tsv>: kind (member|container), word, category.
A member word counts when a word of the member's name is in the lexicon ("guarded": and the member is a plain value — a
string, number, date or flag type — not named like a key, count, type, status or code, nor a flag by Is/Has/Can/…); a
container word when a word of the container's name is, the member is plain-typed and has no member word.
"""
import re,collections,glob,os,sys
REAL=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'tests', 'PiiGuard.Tests', 'Discovery', 'real') + os.sep
NEVER={80,81,82,84,85,86,87}
if len(sys.argv) != 3:
    sys.exit(__doc__)
log=sys.argv[1]; lex=sys.argv[2]
fn=collections.Counter(); fp=collections.Counter()
buf=[]
for l in open(log):
    m=re.match(r'\s*false (negative|positive): (\S+) (\S+) \(',l)
    if m: buf.append((m.group(1),(m.group(2),m.group(3)))); continue
    d=re.match(r'\s*discovery \((.*)\): ',l)
    if d:
        if re.fullmatch(r'heldout-\d+\.tsv|tuning\.tsv', d.group(1)):
            for kind,key in buf: (fn if kind=='negative' else fp)[key]+=1
        buf=[]
def words(n):
    n=re.sub(r'^_+','',n)
    parts=re.findall(r'[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+',n)
    return [p.lower() for p in parts]
mem={}; con={}
for l in open(lex):
    if l.startswith('#') or not l.strip(): continue
    p=l.rstrip('\n').split('\t')
    if len(p)<3: continue
    (mem if p[0]=='member' else con)[p[1].strip().lower()]=p[2].strip()
files=[REAL+'tuning.tsv']+[f for f in glob.glob(REAL+'heldout-*.tsv') if re.search(r'heldout-\d+\.tsv$',f) and int(re.search(r'(\d+)\.tsv$',f).group(1)) not in NEVER]
stat=collections.Counter(); seenfn=collections.Counter(); seenfp=collections.Counter()
ex=collections.defaultdict(list)
for f in files:
    for l in open(f):
        if l.startswith('#') or not l.strip(): continue
        r=l.rstrip('\n').split('\t')
        key=(r[0].split('@')[0], f'{r[2]}.{r[3]}'); gold=r[6]
        if gold!='-':
            if seenfn[key]<fn[key]: seenfn[key]+=1; cls='fn'
            else: cls='tp'
        else:
            if seenfp[key]<fp[key]: seenfp[key]+=1; cls='fp'
            else: cls='tn'
        stat[cls]+=1
        mw=[w for w in words(r[3]) if w in mem]; cw=[w for w in words(r[2]) if w in con]
        texty = re.match(r'^(string|String|char|int|long|decimal|double|float|bool|DateTime|DateOnly|DateTimeOffset|TimeSpan)\??$', r[4].strip()) is not None
        guarded = texty and not re.search(r'(Id|ID|Ids|Count|Type|Status|Code)$', r[3]) and not re.match(r'^(Is|Has|Can|Allow|Enable|Show)[A-Z]', r[3]) and not re.match(r'^bool', r[4])
        if mw and guarded: stat[(cls,'member-word-guarded')]+=1
        if mw: stat[(cls,'member-word')]+=1; ex[(cls,'m')].append(f'{r[2]}.{r[3]}[{",".join(mw)}]')
        if cw and texty and not mw: stat[(cls,'container-word')]+=1; ex[(cls,'c')].append(f'{r[2]}.{r[3]}[{",".join(cw)}]')
print('rows', sum(stat[c] for c in ('tp','fp','fn','tn')), {c:stat[c] for c in ('tp','fp','fn','tn')})
for cls in ('fn','tn','tp','fp'):
    print(cls, 'member-word hits', stat[(cls,'member-word')], 'guarded', stat[(cls,'member-word-guarded')], '| container-word hits (plain-typed, no member word)', stat[(cls,'container-word')])
import random
random.seed(1)
for k in (('fn','m'),('tn','m'),('fn','c'),('tn','c')):
    xs=ex[k]; print(k, len(xs), random.sample(xs, min(25,len(xs))))
