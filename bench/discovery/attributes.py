#!/usr/bin/env python3
"""Reads the attributes written on each labelled member's declaration, for discovery's attribute evidence.

Usage: attributes.py <git-dir> <labelled.tsv> [<repo-name>]  > rows.tsv
For every row of the labelled file (of that code base, when a name is given), finds the member's declaration in the file at
the row's commit and prints: repo@commit, file, container, member, attributes — each as Name or Name(argument), separated by
'; ' (the argument: a Name/PropertyName/ElementName string, the first string literal, or an enum member such as
DataType.Password's "Password"). Rows without attributes are not printed. Syntax only, like extract.py; nothing of the code
base is kept beyond attribute names and their literal arguments."""
import re, subprocess, sys

ATTR_BLOCK = re.compile(r'\[([^\[\]]*)\]')
USAGE = re.compile(r'^\s*(?:\w+\s*:\s*)?([A-Za-z_][\w.]*)\s*(?:\((.*)\))?\s*$', re.S)

def git(gitdir, *args):
    return subprocess.run(['git', '--git-dir', gitdir, *args], capture_output=True, text=True, errors='replace').stdout

def split_top(text):
    parts, depth, cur, quote = [], 0, '', False
    for ch in text:
        if ch == '"': quote = not quote
        if not quote:
            if ch in '([': depth += 1
            if ch in ')]': depth -= 1
            if ch == ',' and depth == 0:
                parts.append(cur); cur = ''; continue
        cur += ch
    if cur.strip(): parts.append(cur)
    return parts

def argument(args):
    if args is None: return None
    m = re.search(r'\b(?:Name|PropertyName|ElementName)\s*=\s*@?"([^"]*)"', args)
    if m: return m.group(1)
    m = re.search(r'@?"([^"]*)"', args)
    if m: return m.group(1)
    m = re.match(r'\s*(?:[\w.]*\.)?(\w+)\s*(?:,|$)', args)
    return m.group(1) if m else None

def usages(text):
    out = []
    for block in ATTR_BLOCK.findall(text):
        for part in split_top(block):
            m = USAGE.match(part)
            if not m: continue
            name = m.group(1).split('.')[-1]
            arg = argument(m.group(2))
            out.append(name if arg is None else f'{name}({arg})')
    return out

def find(lines, container, member):
    start = 0
    for i, line in enumerate(lines):
        if re.search(r'\b(class|record|struct)\s+' + re.escape(container) + r'\b', line):
            start = i; break
    decl = re.compile(r'(?<![\w.])' + re.escape(member) + r'\s*(\{|=>|=|;|,|\))')
    for i in range(start, len(lines)):
        line = lines[i]
        m = decl.search(line)
        if not m: continue
        prefix = line[:m.start()]
        if re.search(r'\b(return|var|new|this|base)\b\s*$', prefix) or '.' in prefix[-1:]: continue
        found = usages(prefix)
        j = i - 1
        while j >= 0 and lines[j].strip().startswith('[') and lines[j].strip().endswith(']'):
            found = usages(lines[j]) + found
            j -= 1
        return found
    return []

def main():
    gitdir, labelled = sys.argv[1], sys.argv[2]
    only = sys.argv[3] if len(sys.argv) > 3 else None
    files = {}
    for row in open(labelled, encoding='utf-8'):
        if not row.strip() or row.startswith('#'): continue
        c = row.rstrip('\n').split('\t')
        repo, path, container, member = c[0], c[1], c[2], c[3]
        if only and repo.split('@')[0] != only: continue
        commit = repo.split('@')[1]
        key = (commit, path)
        if key not in files:
            files[key] = git(gitdir, 'show', f'{commit}:{path}').split('\n')
        found = find(files[key], container, member)
        if found:
            print('\t'.join([repo, path, container, member, '; '.join(found)]))

main()
