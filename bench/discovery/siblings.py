#!/usr/bin/env python3
"""Lists every member of each labelled container, for discovery's container evidence as the analyzer sees it.

Usage: siblings.py <git-dir> <labelled.tsv> [<repo-name>]  > rows.tsv
The analyzer reads every member of a type; a labelled set holds a sample of at most twelve members per container, so a person
anchor among a container's other members (a first name, a birth date) is found less often in the evaluation than in real code.
For every container of the labelled file (of that code base, when a name is given), this reads the container's declaration
in the row's file at the row's commit with extract.py's reader and prints one row per member: repo@commit, file, container,
member, member type, kind. Syntax only; nothing of the code base is kept beyond member names and types. Labels are not read."""
import os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import git, members  # noqa: E402

def main():
    gitdir, labelled = sys.argv[1], sys.argv[2]
    repo = sys.argv[3] if len(sys.argv) > 3 else None
    wanted = {}
    for line in open(labelled, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        c = line.rstrip('\n').split('\t')
        if len(c) < 6 or repo is not None and c[0].split('@')[0] != repo:
            continue
        wanted.setdefault((c[0], c[1]), set()).add(c[2])
    for (at, path) in sorted(wanted):
        commit = at.split('@')[1]
        full = git(gitdir, 'rev-parse', commit).strip() or commit
        src = git(gitdir, 'show', f'{full}:{path}')
        seen = set()
        for container, name, typ, kind in members(src):
            if container not in wanted[(at, path)] or (container, name) in seen:
                continue
            seen.add((container, name))
            print('\t'.join((at, path, container, name, typ, kind)))

if __name__ == '__main__':
    main()
