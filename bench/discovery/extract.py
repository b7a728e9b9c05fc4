#!/usr/bin/env python3
"""Extracts members (properties, fields, positional record parameters, constructor parameters) of model-like types
from a bare git directory of a public C# code base, and samples a balanced number of them for labelling.

Usage: extract.py <git-dir> <repo-name> <count> [seed] [revision]  > rows.tsv
(revision: a branch or commit when the default branch holds no code, as in OpenDental's release branches; default HEAD)
Rows: repo@commit, path, container, member, member type, kind. Labels are added by hand (docs/discovery.md).
Nothing of the code base is kept beyond these names."""
import random, re, subprocess, sys

MODEL_DIRS = re.compile(r'/(Models?|Entities|Entity|Domain|Dtos?|ViewModels?|Data|Contracts|Requests?|Responses?|Api/Models|Core/Domain|TableTypes|Tables)/', re.I)
SKIP = re.compile(r'(Test|Tests|Migrations?|Benchmark|Sample|/obj/|/bin/|Designer\.cs$|\.g\.cs$|AssemblyInfo)', re.I)
# Vendored third-party code is not the code base's own.
VENDORED = re.compile(r'(^|/)(redistributable|vendor|vendors|third[-_]?party)/', re.I)
TYPE_DECL = re.compile(r'\b(class|record|struct)\s+([A-Z]\w*)(\s*<[^>{(]*>)?\s*(\(([^)]*)\))?')
PROP = re.compile(r'^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|internal|protected|private|virtual|override|required|new|abstract|sealed|static)\s+)+([\w<>\[\]?,. ]+?)\s+([A-Za-z_]\w*)\s*(\{|=>)')
FIELD = re.compile(r'^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|internal|protected|private|readonly|static|volatile)\s+)+([\w<>\[\]?,. ]+?)\s+([A-Za-z_]\w*)\s*(=[^;]*)?;')
PARAM = re.compile(r'(?:\[[^\]]*\]\s*)*(?:this\s+|ref\s+|out\s+|in\s+|params\s+)?([\w<>\[\]?,. ]+?)\s+([A-Za-z_]\w*)\s*(=.*)?$')

def git(gitdir, *args):
    return subprocess.run(['git', '--git-dir', gitdir, *args], capture_output=True, text=True, errors='replace').stdout

def strip(src):
    # Remove comments and string contents, keep line structure.
    src = re.sub(r'/\*.*?\*/', lambda m: '\n' * m.group(0).count('\n'), src, flags=re.S)
    src = re.sub(r'//[^\n]*', '', src)
    src = re.sub(r'@?\$?"(?:[^"\\\n]|\\.)*"', '""', src)
    return src

def split_params(text):
    parts, depth, cur = [], 0, ''
    for ch in text:
        if ch in '<([': depth += 1
        if ch in '>)]': depth -= 1
        if ch == ',' and depth == 0:
            parts.append(cur); cur = ''
        else:
            cur += ch
    if cur.strip(): parts.append(cur)
    out = []
    for p in parts:
        m = PARAM.match(p.strip())
        if m and m.group(1) not in ('return',):
            out.append((m.group(1).strip(), m.group(2)))
    return out

def members(src):
    src = strip(src)
    stack = []  # (name, depth of body)
    depth = 0
    pending = None
    for line in src.split('\n'):
        m = TYPE_DECL.search(line)
        if m and not re.search(r'\bnew\s', line[:m.start()]):
            name = m.group(2)
            if m.group(4) and m.group(1) == 'record':
                for t, n in split_params(m.group(5)):
                    yield name, n, t, 'record-parameter'
            pending = name
        if stack and depth == stack[-1][1]:
            cname = stack[-1][0]
            ctor = re.match(r'^\s*(?:public|internal|protected|private)\s+' + re.escape(cname) + r'\s*\(([^)]*)\)', line)
            if ctor:
                for t, n in split_params(ctor.group(1)):
                    yield cname, n, t, 'constructor-parameter'
            else:
                p = PROP.match(line)
                if p and p.group(2) not in ('get', 'set') and '(' not in p.group(1):
                    yield cname, p.group(2), p.group(1).strip(), 'property'
                else:
                    f = FIELD.match(line)
                    if f and '(' not in f.group(1) and f.group(1).strip() not in ('return', 'const') and 'const ' not in line and 'event ' not in line:
                        yield cname, f.group(2), f.group(1).strip(), 'field'
        for ch in line:
            if ch == '{':
                depth += 1
                if pending:
                    stack.append((pending, depth)); pending = None
            elif ch == '}':
                if stack and stack[-1][1] == depth:
                    stack.pop()
                depth -= 1
        if pending and line.rstrip().endswith(';'):
            pending = None

def main():
    gitdir, repo, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 16
    rev = sys.argv[5] if len(sys.argv) > 5 else 'HEAD'
    commit = git(gitdir, 'rev-parse', rev).strip()
    files = [f for f in git(gitdir, 'ls-tree', '-r', '--name-only', commit).split('\n')
             if f.endswith('.cs') and MODEL_DIRS.search('/' + f) and not SKIP.search(f) and not VENDORED.search(f)]
    groups = {}
    for f in files:
        seen = set()
        for container, name, typ, kind in members(git(gitdir, 'show', f'{commit}:{f}')):
            if (container, name) in seen: continue
            seen.add((container, name))
            groups.setdefault((f, container), []).append((name, typ, kind))
    keys = sorted(groups)
    rnd = random.Random(f'{repo}:{seed}')
    rnd.shuffle(keys)
    rows, names = [], set()
    for key in keys:
        if len(rows) >= count: break
        f, container = key
        ms = groups[key]
        if len(ms) > 12:
            ms = rnd.sample(ms, 12)
        for name, typ, kind in ms:
            # A code base's repeated member (the same container and name in several files) counts once.
            if (container, name) in names: continue
            names.add((container, name))
            rows.append((f'{repo}@{commit[:12]}', f, container, name, typ, kind))
    for r in rows[:count]:
        print('\t'.join(r))

if __name__ == '__main__':
    main()
