#!/usr/bin/env python3
"""Turns lit's JSON results into sorted lines "OWNER STATUS PATH", where
OWNER is "ours" for tests linked in from this repo and "upstream" otherwise.

usage: results.py RESULTS_JSON TREE
"""
import json
import os
import sys


def main(results_json, tree):
    with open(results_json) as f:
        tests = json.load(f)["tests"]
    lines = []
    for t in tests:
        # "Suite :: relative/path": the suite is llvm/test or clang/test.
        suite, rel = t["name"].split(" :: ", 1)
        top = "clang" if suite.lower().startswith("clang") else "llvm"
        path = os.path.join(top, "test", rel)
        owner = "ours" if os.path.islink(os.path.join(tree, path)) else "upstream"
        lines.append(f"{owner} {t['code']} {path}")
    print("\n".join(sorted(lines, key=lambda l: l.split()[2])))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
