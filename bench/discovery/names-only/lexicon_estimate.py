#!/usr/bin/env python3
"""Would domain vocabulary alone close discovery's gap? Counts, on the studied real sets (tuning and every held-out set not in
NameModelTraining.NeverTunedOn), how many of the rules' misses and how many true negatives a lexicon's words hit.

  lexicon_estimate.py <evaluation log> <lexicon.tsv>

<evaluation log>: a detailed run of the study filter (docs/discovery.md, Results), whose "false negative:"/"false positive:"
lines precede each set's "discovery (<set>):" line. <lexicon.tsv>: kind (member|container), word, category.
A name is split into words at case changes, underscores and other separators; digits stay with the letters before them
(last4, ipv4). A member word counts when a word of the member's name is in the lexicon; "guarded": and the member holds a
plain value (a string, number or date type, not a flag) whose last word is not id, ids, count, type, status or code. A
container word counts when a word of the container's name is in the lexicon, the member is plain-typed and has no member word.
"""
import collections
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(HERE, '..', '..', '..', 'tests', 'PiiGuard.Tests', 'Discovery', 'real')
TRAINING = os.path.join(HERE, '..', 'name-model', 'NameModelTraining.cs')
PLAIN = re.compile(r'^(string|String|char|int|long|short|decimal|double|float|DateTime|DateOnly|DateTimeOffset|TimeSpan)\??$')
KEY_WORDS = {'id', 'ids', 'count', 'type', 'status', 'code'}


def never_tuned():
    with open(TRAINING, encoding='utf-8') as f:
        line = next(l for l in f if 'NeverTunedOn =' in l)
    return set(re.findall(r'"(heldout-\d+)"', line))


def words(name):
    out = []
    for part in re.split(r'[\W_]+', name):
        current = ''
        for i, ch in enumerate(part):
            boundary = current and ch.isupper() and (current[-1].islower() or current[-1].isdigit()
                                                     or (current[-1].isupper() and i + 1 < len(part) and part[i + 1].islower()))
            if boundary:
                out.append(current)
                current = ch
            else:
                current += ch
        if current:
            out.append(current)
    return [w.lower() for w in out]


def main(log, lexicon):
    fn, fp = collections.Counter(), collections.Counter()
    pending = []
    with open(log, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'\s*false (negative|positive): (\S+) (\S+) \(', line)
            if m:
                pending.append((m.group(1), (m.group(2), m.group(3))))
                continue
            d = re.match(r'\s*discovery \((.*)\): ', line)
            if d:
                if re.fullmatch(r'heldout-\d+\.tsv|tuning\.tsv', d.group(1)):
                    for kind, key in pending:
                        (fn if kind == 'negative' else fp)[key] += 1
                pending = []
    member, container = {}, {}
    with open(lexicon, encoding='utf-8') as f:
        for line in f:
            p = line.rstrip('\n').split('\t')
            if line.startswith('#') or len(p) < 3:
                continue
            (member if p[0] == 'member' else container)[p[1].strip().lower()] = p[2].strip()
    never = never_tuned()
    files = [os.path.join(REAL, 'tuning.tsv')] + sorted(
        f for f in glob.glob(os.path.join(REAL, 'heldout-*.tsv'))
        if re.fullmatch(r'heldout-\d+\.tsv', os.path.basename(f)) and os.path.basename(f)[:-4] not in never)
    stat, seen, examples = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    for path in files:
        with open(path, encoding='utf-8') as f:
            for line in f:
                if line.startswith('#') or not line.strip():
                    continue
                r = line.rstrip('\n').split('\t')
                key = (r[0].split('@')[0], f'{r[2]}.{r[3]}')
                wrong = fn if r[6] != '-' else fp
                if seen[(r[6] != '-', key)] < wrong[key]:
                    seen[(r[6] != '-', key)] += 1
                    cls = 'fn' if r[6] != '-' else 'fp'
                else:
                    cls = 'tp' if r[6] != '-' else 'tn'
                stat[cls] += 1
                names = words(r[3])
                mw = [w for w in names if w in member]
                cw = [w for w in words(r[2]) if w in container]
                plain = PLAIN.match(r[4].strip()) is not None
                if mw:
                    stat[(cls, 'member')] += 1
                    examples[(cls, 'member')].append(f'{r[2]}.{r[3]}[{",".join(mw)}]')
                    if plain and names and names[-1] not in KEY_WORDS:
                        stat[(cls, 'guarded')] += 1
                elif cw and plain:
                    stat[(cls, 'container')] += 1
                    examples[(cls, 'container')].append(f'{r[2]}.{r[3]}[{",".join(cw)}]')
    print('sets', len(files), 'rows', sum(stat[c] for c in ('tp', 'fp', 'fn', 'tn')), {c: stat[c] for c in ('tp', 'fp', 'fn', 'tn')})
    for cls in ('fn', 'tn', 'tp', 'fp'):
        print(f"{cls}: member-word hits {stat[(cls, 'member')]} (guarded {stat[(cls, 'guarded')]}); "
              f"container-word hits, plain-typed without a member word {stat[(cls, 'container')]}")
    rng = random.Random(1)
    for key in (('fn', 'member'), ('tn', 'member'), ('fn', 'container'), ('tn', 'container')):
        xs = examples[key]
        print(key, len(xs), rng.sample(xs, min(15, len(xs))))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
