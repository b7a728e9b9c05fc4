#!/usr/bin/env python3
"""What a member's names carry: a reader labels a studied set from names alone, and the labels are scored against the set's.

  names_only.py make <N> <dir>            writes <dir>/input-<N>.tsv: every row of real/heldout-<N>.tsv without its label, with
                                          the repository, the path, the container's other members (real/heldout-<N>.containers.tsv)
                                          — what the classifier reads, and the code base's and file's names besides; no code
  names_only.py score <N> <labels.tsv> [<rules.log>]
                                          precision and recall of the reader's labels (index, Container.Member, label) against the
                                          set's; with the detailed log of an evaluation run on the set (its "false negative:" lines),
                                          how many of the rules' misses the reader finds

Use only studied sets (never a set in NameModelTraining.NeverTunedOn): the reader's labels are compared with the set's labels.
"""
import collections
import os
import re
import sys

REAL = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'tests', 'PiiGuard.Tests', 'Discovery', 'real')
TRAINING = os.path.join(os.path.dirname(__file__), '..', 'name-model', 'NameModelTraining.cs')


def rows(n):
    with open(TRAINING, encoding='utf-8') as f:
        never = re.findall(r'"(heldout-\d+)"', next(l for l in f if 'NeverTunedOn =' in l))
    if f'heldout-{n}' in never:
        sys.exit(f'heldout-{n} is never tuned on: its labels are not to be compared with anything')
    with open(os.path.join(REAL, f'heldout-{n}.tsv'), encoding='utf-8') as f:
        return [l.rstrip('\n').split('\t') for l in f if l.strip() and not l.startswith('#')]


def make(n, out):
    siblings = collections.defaultdict(list)
    with open(os.path.join(REAL, f'heldout-{n}.containers.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                c = line.rstrip('\n').split('\t')
                siblings[(c[0], c[1], c[2])].append(f'{c[3]}: {c[4]}')
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, f'input-{n}.tsv'), 'w', encoding='utf-8') as o:
        o.write('# index\trepo\tfile\tcontainer\tmember\tmember type\tkind\tall members of the container (name: type)\n')
        for i, r in enumerate(rows(n), 1):
            o.write('\t'.join([str(i), r[0].split('@')[0], r[1], r[2], r[3], r[4], r[5], '; '.join(siblings.get((r[0], r[1], r[2]), []))]) + '\n')


def score(n, labels, log=None):
    gold = rows(n)
    reader = {}
    with open(labels, encoding='utf-8') as f:
        for line in f:
            p = line.rstrip('\n').split('\t')
            if len(p) >= 3 and p[0].isdigit():
                reader[int(p[0])] = (p[1], p[2].strip())
    if sorted(reader) != list(range(1, len(gold) + 1)):
        sys.exit(f'{labels}: {len(reader)} labelled rows, the set has {len(gold)}')
    for i, r in enumerate(gold, 1):
        if reader[i][0] != f'{r[2]}.{r[3]}':
            sys.exit(f'{labels}: row {i} is {reader[i][0]}, the set has {r[2]}.{r[3]}')
    personal = [i for i, r in enumerate(gold, 1) if r[6] != '-']
    tp = sum(1 for i in personal if reader[i][1] != '-')
    fp = sum(1 for i, r in enumerate(gold, 1) if r[6] == '-' and reader[i][1] != '-')
    category = sum(1 for i in personal if reader[i][1] == gold[i - 1][6])
    if tp + fp == 0 or not personal:
        sys.exit(f'heldout-{n}: nothing labelled personal by the reader or by the set')
    print(f'heldout-{n}: reader from names: precision {tp / (tp + fp):.3f} ({tp}/{tp + fp}), recall {tp / len(personal):.3f} '
          f'({tp}/{len(personal)}), category {category}/{tp}')
    if log:
        missed = collections.Counter()
        with open(log, encoding='utf-8') as f:
            for line in f:
                m = re.match(r'\s*false negative: (\S+) (\S+) \(', line)
                if m:
                    missed[(m.group(1), m.group(2))] += 1
        counted = collections.Counter()
        rules_missed = found = 0
        for i in personal:
            r = gold[i - 1]
            key = (r[0].split('@')[0], f'{r[2]}.{r[3]}')
            if counted[key] < missed[key]:
                counted[key] += 1
                rules_missed += 1
                found += reader[i][1] != '-'
        print(f'heldout-{n}: the rules miss {rules_missed}; the reader finds {found} of them')


if __name__ == '__main__':
    if len(sys.argv) >= 4 and sys.argv[1] == 'make':
        make(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'score':
        score(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
    else:
        sys.exit(__doc__)
