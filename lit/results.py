#!/usr/bin/env python3
"""Turns lit's JSON results into sorted lines "OWNER STATUS PATH", where
OWNER is "ours" for tests our patches add (absent from the tree's "pristine"
tag) and "upstream" otherwise.

usage: results.py RESULTS_JSON TREE
"""
import json
import os
import subprocess
import sys


def pristine_tests(tree):
    """The test files of upstream's 22.1.8 sources in the work tree."""
    out = subprocess.run(["git", "-C", tree, "ls-tree", "-r", "--name-only",
                          "pristine", "--", "llvm/test", "clang/test"],
                         check=True, capture_output=True, text=True).stdout
    return set(out.split())


def main(results_json, tree):
    with open(results_json) as f:
        tests = json.load(f)["tests"]
    upstream = pristine_tests(tree)
    lines = []
    for t in tests:
        # "Suite :: relative/path": the suite is llvm/test or clang/test.
        suite, rel = t["name"].split(" :: ", 1)
        top = "clang" if suite.lower().startswith("clang") else "llvm"
        path = os.path.join(top, "test", rel)
        owner = "upstream" if path in upstream else "ours"
        lines.append(f"{owner} {t['code']} {path}")
    print("\n".join(sorted(lines, key=lambda l: l.split()[2])))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
