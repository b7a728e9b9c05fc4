#!/usr/bin/env python3
"""How far two hand labellings of the same members agree: the ceiling any classifier scored against one of them meets.

Usage: agreement.py <first.tsv> <second.tsv> [-v]
Both files hold the same rows (repo@commit, file, container, member, member type, kind, label), the second labelled by
another person who saw neither the first labels nor the classifier. Prints, pooled and per code base: rows, personal rows
by each, rows both call personal, the second labelling read as a classifier of the first (precision, recall), Cohen's
kappa on personal / not, and how often both name the same category where both call a row personal. With -v, every row the two disagree on (personal or not), and the category disagreements."""
import signal
import sys
from collections import OrderedDict


def rows(path):
    out = []
    try:
        lines = open(path, encoding='utf-8').readlines()
    except OSError as e:
        sys.exit(f'{path}: cannot read it ({e.strerror})')
    for line in lines:
        if line.startswith('#') or not line.strip():
            continue
        c = line.rstrip('\n').split('\t')
        if len(c) < 7:
            sys.exit(f'{path}: a row without a label: {line.rstrip()}')
        out.append(c)
    return out


def kappa(a, b):
    n = len(a)
    if n == 0:
        return float('nan')
    po = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return float('nan') if pe == 1 else (po - pe) / (1 - pe)


def ratio(x, y):
    return f'{x / y:.3f} ({x}/{y})' if y else 'n/a'


def report(name, pairs):
    a = [p[0][6] != '-' for p in pairs]
    b = [p[1][6] != '-' for p in pairs]
    both = sum(x and y for x, y in zip(a, b))
    same = sum(p[0][6] == p[1][6] for p in pairs if p[0][6] != '-' and p[1][6] != '-')
    print(f'{name}: {len(pairs)} rows, personal first {sum(a)}, second {sum(b)}, both {both}; '
          f'second as classifier of first: precision {ratio(both, sum(b))}, recall {ratio(both, sum(a))}; '
          f'kappa {kappa(a, b):.3f}; same category {ratio(same, both)}')


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quietly stop when piped into head
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    first, second = rows(sys.argv[1]), rows(sys.argv[2])
    if len(first) != len(second):
        sys.exit(f'different row counts: {len(first)} and {len(second)}')
    for x, y in zip(first, second):
        if x[:6] != y[:6]:
            sys.exit(f'rows differ: {x[:6]} and {y[:6]}')
    pairs = list(zip(first, second))
    report('all', pairs)
    by_base = OrderedDict()
    for p in pairs:
        by_base.setdefault(p[0][0].split('@')[0], []).append(p)
    for base, ps in by_base.items():
        report('  ' + base, ps)
    if '-v' in sys.argv:
        for x, y in pairs:
            if (x[6] != '-') != (y[6] != '-') or x[6] != y[6]:
                print(f'{x[0].split("@")[0]} {x[2]}.{x[3]} ({x[4]}): first {x[6]}, second {y[6]}')


if __name__ == '__main__':
    main()
