#!/usr/bin/env python3
"""A learned baseline for discovery, as a measurement: can a classifier learned from the labelled sets (names, types,
containers; the same information the rules read) find on unseen code what the hand-written rules miss? Not shipped.

Usage: learned.py --cv [--binary] [--exclude heldout-14,heldout-15]
         leave-one-set-out: train without each labelled set in turn, print the model's precision and recall on it
       learned.py --curve [--binary]
         learning curve: held-out 4, 7, 10 and 13, each scored by models trained on the 2, 4 and all labelled sets
         before it (in the order tuning, held-out 1, 2, …)
       learned.py --union <set> <evaluation log> [--binary] [--exclude …]
         train without <set> (and the excluded sets), then print the rules' figures on <set> (read from the false
         negatives and positives a DiscoveryEvaluationTests run printed into <evaluation log>, e.g. of the commit that
         first scored <set>), and the figures of rules OR model at several thresholds
Rows come from tests/PiiGuard.Tests/Discovery/real/*.tsv (repo@commit, file, container, member, type, kind, label); the
never-tuned sets (default heldout-14, heldout-15) are never trained on. Model: logistic regression over the label ('-' or
a Category; with --binary, '-' or personal) with sparse features of the member's words, its type's kind, the container's
words and the member's kind; plain SGD with a fixed seed and order, so a run prints the same figures every time."""
import glob, math, os, random, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
REAL = os.path.join(ROOT, 'tests', 'PiiGuard.Tests', 'Discovery', 'real')
EPOCHS, RATE, L2, SEED = 15, 0.2, 1e-4, 7

def load(path):
    rows = []
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        c = line.rstrip('\n').split('\t')
        if len(c) >= 7:
            rows.append({'set': os.path.basename(path)[:-4], 'repo': c[0].split('@')[0], 'container': c[2], 'member': c[3],
                         'type': c[4], 'kind': c[5], 'label': c[6]})
    return rows

def words(name):
    # Lower-case ASCII words: camelCase and PascalCase humps, acronyms before a capitalised word, anything else splits.
    name = re.sub(r'([a-z0-9])([A-Z])', r'\1 \2', name)
    name = re.sub(r'([A-Z]+)([A-Z][a-z])', r'\1 \2', name)
    return [w for w in re.split(r'[^A-Za-z]+', name.lower()) if w]

SIMPLE = {'string': 'string', 'char': 'string', 'int': 'num', 'long': 'num', 'short': 'num', 'uint': 'num', 'ulong': 'num',
          'ushort': 'num', 'byte': 'num', 'sbyte': 'num', 'double': 'num', 'float': 'num', 'decimal': 'money', 'bool': 'bool',
          'DateTime': 'date', 'DateOnly': 'date', 'DateTimeOffset': 'date', 'TimeSpan': 'time', 'TimeOnly': 'time', 'Guid': 'guid',
          'byte[]': 'bytes', 'object': 'obj', 'dynamic': 'obj', 'String': 'string', 'Char': 'string', 'Int16': 'num', 'Int32': 'num',
          'Int64': 'num', 'UInt16': 'num', 'UInt32': 'num', 'UInt64': 'num', 'Byte': 'num', 'SByte': 'num', 'Double': 'num',
          'Single': 'num', 'Decimal': 'money', 'Boolean': 'bool', 'Object': 'obj', 'Byte[]': 'bytes'}
COLLECTIONS = ('List', 'IList', 'ICollection', 'IEnumerable', 'Collection', 'HashSet', 'ISet', 'IReadOnlyList', 'IReadOnlyCollection')

def type_kind(name):
    t = name.strip().replace(' ', '')
    if t.startswith('System.'):
        t = t[7:]
    t = t.rstrip('?')
    if t in SIMPLE:
        return SIMPLE[t]
    if t.endswith('[]') or any(t.startswith(c + '<') for c in COLLECTIONS):
        return 'coll'
    return 'custom'

def features(container, member, type_name, kind):
    mw, cw, t = words(member), words(container), type_kind(type_name)
    f = ['t:' + t, 'k:' + kind, 'b']
    for w in mw:
        f.append('m:' + w)
        f.append('m:' + w + '|t:' + t)
    if mw:
        f.append('ml:' + mw[-1])
        f.append('mf:' + mw[0])
        f.append('ml:' + mw[-1] + '|t:' + t)
    for a, b in zip(mw, mw[1:]):
        f.append('mb:' + a + '_' + b)
    for w in cw:
        f.append('c:' + w)
    if cw:
        f.append('cl:' + cw[-1])
        if mw:
            f.append('cl:' + cw[-1] + '|ml:' + mw[-1])
    return f

def row_features(r):
    return features(r['container'], r['member'], r['type'], r['kind'])

def train(rows, classes):
    index = {c: i for i, c in enumerate(classes)}
    weights = {}
    data = [(row_features(r), index[r['label']]) for r in rows]
    order = list(range(len(data)))
    rnd = random.Random(SEED)
    k = len(classes)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            feats, y = data[i]
            vecs = [weights.setdefault(f, [0.0] * k) for f in feats]
            z = [sum(v[j] for v in vecs) for j in range(k)]
            top = max(z)
            e = [math.exp(x - top) for x in z]
            s = sum(e)
            g = [e[j] / s - (1.0 if j == y else 0.0) for j in range(k)]
            for v in vecs:
                for j in range(k):
                    v[j] -= RATE * (g[j] + L2 * v[j])
    return weights

def probabilities(weights, feats, k):
    z = [0.0] * k
    for f in feats:
        v = weights.get(f)
        if v:
            for j in range(k):
                z[j] += v[j]
    top = max(z)
    e = [math.exp(x - top) for x in z]
    s = sum(e)
    return [x / s for x in e]

def rule_errors(log):
    """The (code base, container, member) keys a DiscoveryEvaluationTests run printed as false negatives and positives."""
    fn, fp = set(), set()
    for m in re.finditer(r'false (negative|positive): (\S+) (\S+)\.(\S+) \(', open(log, encoding='utf-8').read()):
        (fn if m.group(1) == 'negative' else fp).add((m.group(2), m.group(3), m.group(4)))
    return fn, fp

def main(argv):
    exclude, cv, union, binary, curve = {'heldout-14', 'heldout-15'}, False, None, False, False
    i = 0
    while i < len(argv):
        if argv[i] == '--exclude' and i + 1 < len(argv):
            exclude = set(x for x in argv[i + 1].split(',') if x); i += 1
        elif argv[i] == '--cv':
            cv = True
        elif argv[i] == '--curve':
            curve = True
        elif argv[i] == '--binary':
            binary = True
        elif argv[i] == '--union' and i + 2 < len(argv):
            union = (argv[i + 1], argv[i + 2]); i += 2
        else:
            sys.exit(__doc__)
        i += 1
    if not cv and not union and not curve:
        sys.exit(__doc__)
    sets = {}
    for path in sorted(glob.glob(os.path.join(REAL, '*.tsv'))):
        name = os.path.basename(path)[:-4]
        if not name.endswith('.attributes') and (name not in exclude or (union and name == union[0])):
            sets[name] = load(path)
            if binary:
                for r in sets[name]:
                    r['label'] = '-' if r['label'] == '-' else 'personal'
    rows = [r for name in sorted(sets) for r in sets[name]]
    classes = ['-'] + sorted(set(r['label'] for r in rows) - {'-'})
    k = len(classes)
    if curve:
        order = ['tuning'] + ['heldout-%d' % n for n in range(1, 14)]
        for n in (4, 7, 10, 13):
            for size in ((2, 4, n) if n > 4 else (2, n)):
                rows = [r for name in order[n - size:n] for r in sets[name]]
                w = train(rows, classes)
                a = b = c = 0
                for r in sets[order[n]]:
                    flagged, personal = probabilities(w, row_features(r), k)[0] < 0.5, r['label'] != '-'
                    a += flagged and personal; b += flagged; c += personal
                print('%s, trained on the %d sets before it (%d rows): precision %.3f recall %.3f' % (order[n], size, len(rows), a / max(1, b), a / c))
        return
    if union:
        held, log = union
        if held not in sets or not os.path.exists(log):
            sys.exit('no labelled set %s or no log %s' % (held, log))
        fn, fp = rule_errors(log)
        w = train([r for name in sorted(sets) if name != held for r in sets[name]], classes)
        scored = []
        for r in sets[held]:
            key, personal = (r['repo'], r['container'], r['member']), r['label'] != '-'
            scored.append((1 - probabilities(w, row_features(r), k)[0], (personal and key not in fn) or (not personal and key in fp), personal))
        y = sum(s[2] for s in scored)
        rt, rp = sum(s[1] and s[2] for s in scored), sum(s[1] for s in scored)
        print('%s: rules precision %.3f recall %.3f (%d/%d, %d)' % (held, rt / rp, rt / y, rt, rp, y))
        for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            mt, mp = sum(s[0] >= t and s[2] for s in scored), sum(s[0] >= t for s in scored)
            ut, up = sum((s[1] or s[0] >= t) and s[2] for s in scored), sum(s[1] or s[0] >= t for s in scored)
            print('  threshold %.1f: model %.3f / %.3f, rules or model %.3f / %.3f (%+d hits, %+d false hits)'
                  % (t, mt / max(1, mp), mt / y, ut / up, ut / y, ut - rt, (up - ut) - (rp - rt)))
        return
    tp = p = y = agree = 0
    for held in sorted(sets):
        w = train([r for name in sorted(sets) if name != held for r in sets[name]], classes)
        a = b = c = d = 0
        for r in sets[held]:
            pr = probabilities(w, row_features(r), k)
            flagged, personal = pr[0] < 0.5, r['label'] != '-'
            a += flagged and personal; b += flagged; c += personal
            if flagged and personal:
                d += classes[max(range(1, k), key=lambda j: pr[j])] == r['label']
        print('%s: precision %.3f recall %.3f (%d/%d, %d)' % (held, a / max(1, b), a / max(1, c), a, b, c))
        tp += a; p += b; y += c; agree += d
    print('all: precision %.3f recall %.3f (%d/%d, %d), category agreement %d/%d' % (tp / p, tp / y, tp, p, y, agree, tp))

if __name__ == '__main__':
    main(sys.argv[1:])
